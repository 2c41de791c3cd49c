"""The evaluation team (issue 13), end to end: score sheets out, filled in Excel as three evaluators would, merged.

The story, on the personal-credit sample (安信科技 A, 融科软件 R, 云贷通 Y, 信达系统 X):

- 张三 (a named sheet, in Chinese) scores A 2, R 5, Y 3, X 1 on every criterion, except A's risk-approval demo, which
  impressed him: 5. His own group weights lean on compliance.
- 李四 (a named sheet, in English) scores A 1, R 5, Y 3, X 1 and A's risk-approval demo 1: he disagrees strongly with
  张三 there. He leaves the reason of R's reference customers blank. His weights lean on the evaluation.
- 王五 (a blind sheet: codes, no names, no prices) scores A 1, R 4, Y 3, X 2, types 6 for Y's vendor stability (not
  on the scale) and does not sign the declaration.
- 张三's sheet is sent a second time.

Merged: A 4/3 on seven criteria and 7/3 (1-5, n 3) on the risk-approval demo, a disagreement; R 14/3; Y 3 (stability
n 2); X 4/3. The Evaluation group (weight 25 against the other four's 100, a fifth of the total) turns the ranking:
R first, then A, Y (unverified), X (fails a gate). A consensus of 2 on A's demo replaces its mean.
"""
from __future__ import annotations

import functools
import gzip
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from openpyxl import load_workbook

from core import schema
from core.errors import QuoteError
from core.i18n import EN, ZH, t
from core.load import load
from core.model import Profile
from core.report import result_dict
from core.scoring import score

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
A, R, Y, X = "安信科技 / 标准版", "融科软件 / 专业版", "云贷通 / 旗舰版", "信达系统 / 基础版"
DEMO = "demo_risk_approval"
CRITERIA = [j.id for j in schema.judgements("personal_credit")]
FORMULA_LIKE = '=HYPERLINK("http://example.com","点我")'  # a reason typed as text: it must stay text


def plan(base: dict[str, int], special: dict[tuple[str, str], object], name: str, blank: tuple = ()):
    """What one evaluator writes on each row: (score, reason) for (criterion, quote)."""
    def row(crit: str, quote: str):
        score = special.get((crit, quote), base[quote])
        if (crit, quote) in blank:
            return score, None
        if (name, crit, quote) == ("张三", "references", X):
            return score, FORMULA_LIKE
        return score, f"{name}：{quote} 的 {crit} 表现为 {score} 分"
    return row


PLANS = {
    "张三": plan({A: 2, R: 5, Y: 3, X: 1}, {(DEMO, A): 5}, "张三"),
    "李四": plan({A: 1, R: 5, Y: 3, X: 1}, {(DEMO, A): 1}, "李四", blank=(("references", R),)),
    "王五": plan({A: 1, R: 4, Y: 3, X: 2}, {("vendor_stability", Y): 6}, "王五"),
}
WEIGHTS = {"张三": {"compliance": 40, "features": 20, "after_sales": 20, "price": 10, "evaluation": 10},
           "李四": {"compliance": 10, "features": 10, "after_sales": 10, "price": 10, "evaluation": 60}}
DECLARED = {"张三": "是", "李四": "Yes", "王五": None}
# the team's mean per (criterion, quote): (mean, min, max, n)
EXPECTED = {(c, q): {A: (4 / 3, 1, 2, 3), R: (14 / 3, 4, 5, 3), Y: (3, 3, 3, 3), X: (4 / 3, 1, 2, 3)}[q]
            for c in CRITERIA for q in (A, R, Y, X)}
EXPECTED[(DEMO, A)] = (7 / 3, 1, 5, 3)
EXPECTED[("vendor_stability", Y)] = (3, 3, 3, 2)


def expected_group(quote: str, consensus: float | None = None) -> float:
    """The Evaluation group's score (0-100): criterion utilities (mean - 1) / 4, weighted inside the group."""
    js = schema.judgements("personal_credit")
    total = sum(j.weight for j in js)
    u = 0.0
    for j in js:
        mean = EXPECTED[(j.id, quote)][0]
        if consensus is not None and (j.id, quote) == (DEMO, A):
            mean = consensus
        u += j.weight * (mean - 1) / 4
    return 100 * u / total


# ------------------------------------------------------------------------------------------------
# Filling a sheet as an evaluator would in Excel
# ------------------------------------------------------------------------------------------------
def _rows(ws):
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value in (ZH["eval.col.code"],
                                                                               EN["eval.col.code"]))
    decl = next(r for r in range(1, head) if ws.cell(r, 1).value in (ZH["eval.sheet.declaration"],
                                                                     EN["eval.sheet.declaration"]))
    return head, decl


def codes_of(key: bytes) -> dict[str, str]:
    """A blind key as the buyer reads it: code -> quote."""
    ws = load_workbook(io.BytesIO(key)).worksheets[0]
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value in (ZH["eval.key.col.code"],
                                                                               EN["eval.key.col.code"]))
    return {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(head + 1, ws.max_row + 1)}


def fill(sheet: bytes, name: str, codes: dict[str, str] | None = None) -> tuple[bytes, dict]:
    """The sheet filled in with openpyxl by ``name`` (PLANS, WEIGHTS, DECLARED); and where things were written:
    (criterion, quote) -> row, and the declaration's row."""
    wb = load_workbook(io.BytesIO(sheet))
    ws = wb.worksheets[0]
    head, decl = _rows(ws)
    if DECLARED[name] is not None:
        ws.cell(decl, 5).value = DECLARED[name]
    for r in range(1, head):
        code = ws.cell(r, 3).value
        if code in WEIGHTS.get(name, {}):
            ws.cell(r, 2).value = WEIGHTS[name][code]
    where = {"declaration": decl}
    for r in range(head + 1, ws.max_row + 1):
        crit, label = ws.cell(r, 1).value, ws.cell(r, 4).value
        if not crit:
            continue
        quote = codes[label] if codes else label
        score, reason = PLANS[name](crit, quote)
        ws.cell(r, 5).value = score
        ws.cell(r, 6).value = reason
        if reason == FORMULA_LIKE:
            ws.cell(r, 6).data_type = "s"  # typed as text ('=…), not a formula
        where[(crit, quote)] = r
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), where


def check_merged(d: dict, where: dict[str, dict], files: dict[str, str], consensus: float | None = None) -> None:
    """The result JSON of the three sheets merged: means, spread, flags, warnings, ranks — exactly."""
    vendors = {f"{v['vendor']} / {v['package']}": v for v in d["vendors"]}
    assert [f"{v['vendor']} / {v['package']}" for v in d["vendors"]] == [R, A, Y, X]
    assert [v["rank"] for v in d["vendors"]] == [1, 2, 3, 4]
    for q, v in vendors.items():
        assert list(v["evaluation"]) == CRITERIA
        for c in CRITERIA:
            mean, lo, hi, n = EXPECTED[(c, q)]
            got = v["evaluation"][c]
            assert (got["mean"], got["min"], got["max"], got["n"]) == (round(mean, 4), lo, hi, n), (q, c, got)
            assert got["disagreement"] is ((c, q) == (DEMO, A)), (q, c)
        assert v["groups"]["evaluation"] == pytest.approx(expected_group(q, consensus if q == A else None), abs=1e-4)
        split = [f for f in v["flags"] if f["code"] == "disagreement"]
        if q == A and consensus is None:
            assert len(split) == 1 and split[0]["severity"] == "info"
            assert "1" in split[0]["message"] and "5" in split[0]["message"]
        else:
            assert split == []
    if consensus is not None:
        assert vendors[A]["evaluation"][DEMO]["consensus"]["score"] == consensus
    # the evaluation group weighs 25 against the four's 100: a fifth of the total
    shares = {g: sum(w for c, w in d["weights"].items() if c in {x.id for x in schema.CRITERIA if x.group == g})
              for g in schema.GROUPS}
    eval_share = sum(d["weights"][c] for c in CRITERIA)
    assert eval_share == pytest.approx(0.2)
    assert sum(shares.values()) == pytest.approx(0.8)
    warned = {(w["code"], w["file"], w["cell"]) for w in d["warnings"] if w["code"].startswith("eval.")}
    assert warned == {
        ("eval.warn.no_reason", files["李四"], f"F{where['李四'][('references', R)]}"),
        ("eval.warn.bad_score", files["王五"], f"E{where['王五'][('vendor_stability', Y)]}"),
        ("eval.warn.unsigned", files["王五"], f"E{where['王五']['declaration']}"),
        ("eval.warn.same_evaluator", files["again"], "B3"),
    }, warned
    people = {e["name"]: e for e in d["evaluators"]}
    assert [e["name"] for e in d["evaluators"]] == ["张三", "李四", "王五", "张三"]
    assert people["王五"]["blind"] is True and people["王五"]["signed"] is False
    assert [e["counted"] for e in d["evaluators"]] == [True, True, True, False]
    assert [e["scores"] for e in d["evaluators"]] == [32, 32, 31, 0]


def baseline_totals() -> dict[str, float]:
    res = score(load([(SAMPLE.name, SAMPLE.read_bytes())]), Profile.default("personal_credit"))
    return {vr.quote.key: vr.total for vr in res.vendors}


# ------------------------------------------------------------------------------------------------
# The command line, end to end
# ------------------------------------------------------------------------------------------------
def cli(*args: str) -> subprocess.CompletedProcess:
    cp = subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert "Traceback" not in cp.stderr, cp.stderr
    return cp


@pytest.fixture(scope="module")
def returned(tmp_path_factory) -> dict:
    """Three sheets made with `python -m core scoresheet`, filled with openpyxl, and 张三's sent twice."""
    tmp = tmp_path_factory.mktemp("sheets")
    made = {"张三": ("zh", False), "李四": ("en", False), "王五": ("zh", True)}
    files, where, paths = {}, {}, []
    for name, (lang, blind) in made.items():
        out = tmp / f"{name}.xlsx"
        cp = cli("scoresheet", str(SAMPLE), "--type", "personal_credit", "--evaluator", name, "--lang", lang,
                 "--out", str(out), *(["--blind"] if blind else []))
        assert cp.returncode == 0, cp.stderr
        assert t("eval.cli.sheet_written", lang, file=str(out), evaluator=name, quotes=4, criteria=8) in cp.stdout
        key = out.with_name(f"{name}.key.xlsx")
        assert key.exists() is blind
        codes = codes_of(key.read_bytes()) if blind else None
        data, where[name] = fill(out.read_bytes(), name, codes)
        back = tmp / f"returned_{name}.xlsx"
        back.write_bytes(data)
        files[name] = back.name
        paths += [back] + ([key] if blind else [])
    again = tmp / "张三_again.xlsx"
    shutil.copy(tmp / "returned_张三.xlsx", again)
    files["again"] = again.name
    paths.append(again)
    return {"tmp": tmp, "paths": paths, "where": where, "files": files}


def test_cli_merges_three_sheets_exactly(returned):
    tmp = returned["tmp"]
    out, xlsx = tmp / "merged.json", tmp / "merged.xlsx"
    cp = cli("score", str(SAMPLE), *map(str, returned["paths"]), "--type", "personal_credit", "--json", str(out),
             "--xlsx", str(xlsx))
    assert cp.returncode == 0, cp.stderr
    d = json.loads(out.read_text(encoding="utf-8"))
    check_merged(d, returned["where"], returned["files"])
    old = baseline_totals()
    for v in d["vendors"]:
        key = f"{v['vendor']} / {v['package']}"
        assert v["total"] == pytest.approx(0.8 * old[key] + 0.2 * expected_group(key), abs=1e-3)
    assert t("eval.cli.merged", "zh", n=3, scores=95, split=1, weight="20%") in cp.stdout
    # each evaluator's own weights: 张三's (compliance first) keep 安信科技 first, 李四's and the team's mean do not
    assert t("eval.cli.weights", "zh", top=R, k=1, m=2) in cp.stdout

    # The workbook: an Evaluation sheet with every score and reason, the reason typed as a formula kept as text.
    wb = load_workbook(xlsx)
    ws = wb[t("eval.xl.sheet", "zh")]
    rows = list(ws.iter_rows(values_only=True))
    every = next(i for i, r in enumerate(rows) if r[0] == t("eval.xl.every", "zh"))
    scores = [r for r in rows[every + 2:] if r[0]]
    assert len(scores) == 95
    assert {r[0] for r in scores} == {"张三", "李四", "王五"}
    assert any(r[5] == FORMULA_LIKE for r in scores)
    cell = next(c for row in ws.iter_rows(min_row=every + 3) for c in row if c.value == FORMULA_LIKE)
    assert cell.data_type == "s"
    summary = {(r[1], r[2]): r for r in rows[4:every - 1] if r[2]}
    assert summary[(A, DEMO)][4:10] == (pytest.approx(7 / 3, abs=1e-4), None, 1, 5, 3, t("val.yes", "zh"))
    ranking = wb[t("xl.sheet.ranking", "zh")]
    head = [c.value for c in next(ranking.iter_rows(max_row=1))]
    assert t("group.evaluation", "zh") in head
    assert [r[1] for r in ranking.iter_rows(min_row=2, values_only=True)] == ["融科软件", "安信科技", "云贷通", "信达系统"]


def test_cli_consensus_from_the_profile_overrides_the_mean(returned):
    tmp = returned["tmp"]
    prof = Profile.default("personal_credit").to_dict()
    prof["evaluation"] = {"consensus": [{"criterion": DEMO, "vendor": A, "score": 2,
                                         "comment": "复核录像：审批流程靠后台改数据才走通"}]}
    (tmp / "profile.json").write_text(json.dumps(prof, ensure_ascii=False), encoding="utf-8")
    out = tmp / "agreed.json"
    cp = cli("score", str(SAMPLE), *map(str, returned["paths"]), "--profile", str(tmp / "profile.json"), "--json",
             str(out))
    assert cp.returncode == 0, cp.stderr
    d = json.loads(out.read_text(encoding="utf-8"))
    check_merged(d, returned["where"], returned["files"], consensus=2)
    assert d["profile"]["evaluation"]["consensus"][0]["comment"] == "复核录像：审批流程靠后台改数据才走通"
    assert t("eval.cli.merged", "zh", n=3, scores=95, split=0, weight="20%") in cp.stdout

    # a consensus without its comment is refused with one line, exit 2
    prof["evaluation"]["consensus"][0]["comment"] = "  "
    (tmp / "bad.json").write_text(json.dumps(prof, ensure_ascii=False), encoding="utf-8")
    cp = cli("score", str(SAMPLE), *map(str, returned["paths"]), "--profile", str(tmp / "bad.json"))
    assert cp.returncode == 2
    assert cp.stderr.strip() == t("eval.err.consensus_comment", "zh", criterion=DEMO, vendor=A)


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}


def test_a_blind_sheet_holds_no_vendor_name_and_no_price(returned, tmp_path):
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    names = {q.vendor for q in qs.quotes} | {q.package for q in qs.quotes if q.package}
    prices = {v for q in qs.quotes for v in (q.values.get("price_cny"),) if v}
    assert len(names) == 8 and len(prices) == 3  # 云贷通 quotes 面议
    money = {f"{p:g}" for p in prices} | {f"{p / schema.WAN:g}" for p in prices} | {f"{p:,.0f}" for p in prices}
    for lang in ("zh", "en"):
        cp = cli("scoresheet", str(SAMPLE), "--type", "personal_credit", "--evaluator", "王五", "--blind", "--lang",
                 lang, "--out", str(tmp_path / f"blind_{lang}.xlsx"))
        assert cp.returncode == 0, cp.stderr
        parts = _parts((tmp_path / f"blind_{lang}.xlsx").read_bytes())
        assert any("sheet" in p for p in parts) and len(parts) >= 8
        for part, text in parts.items():  # every XML part of the file: cells, names, properties, validations
            found = [w for w in names | money | {SAMPLE.name, SAMPLE.stem} if w in text]
            assert not found, (lang, part, found)
        # the named sheet of the same quotes has them: the check looks where they would be
        cp = cli("scoresheet", str(SAMPLE), "--type", "personal_credit", "--evaluator", "王五", "--lang", lang,
                 "--out", str(tmp_path / f"named_{lang}.xlsx"))
        named = "".join(_parts((tmp_path / f"named_{lang}.xlsx").read_bytes()).values())
        assert all(w in named for w in names) and "22.8" in named
        # the key has them all, with the codes of the sheet
        key = (tmp_path / f"blind_{lang}.key.xlsx").read_bytes()
        codes = codes_of(key)
        assert sorted(codes.values()) == sorted(q.key for q in qs.quotes)
        assert sorted(codes) == sorted(t("eval.blind_code", lang, code=c) for c in "ABCD")


# ------------------------------------------------------------------------------------------------
# Without score sheets, every result is today's
# ------------------------------------------------------------------------------------------------
def test_without_score_sheets_every_result_is_todays():
    """The samples under every business type (and TOPSIS, and English): the JSON and every cell of the scored
    workbook as main gave them before issue 13 (tests/make_eval_baseline.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import make_eval_baseline as mb

    kept = json.loads(gzip.decompress((ROOT / "tests" / "data" / "eval_baseline.json.gz").read_bytes()))
    now = json.loads(json.dumps(mb.results(ROOT), ensure_ascii=False, sort_keys=True))
    assert sorted(now) == sorted(kept) and len(kept) == 14
    for case in kept:
        for part in ("json", "workbook"):
            assert now[case][part] == kept[case][part], (case, part)


def test_a_key_or_an_unfilled_sheet_alone_changes_nothing(returned, tmp_path):
    """Loaded without a usable score, the Evaluation group does not exist: the ranking is the quotes' own."""
    base = result_dict(score(load([(SAMPLE.name, SAMPLE.read_bytes())]), Profile.default("personal_credit")))
    cp = cli("scoresheet", str(SAMPLE), "--type", "personal_credit", "--evaluator", "赵六", "--blind", "--out",
             str(tmp_path / "赵六.xlsx"))
    assert cp.returncode == 0
    files = [(SAMPLE.name, SAMPLE.read_bytes()), ("赵六.xlsx", (tmp_path / "赵六.xlsx").read_bytes()),
             ("赵六.key.xlsx", (tmp_path / "赵六.key.xlsx").read_bytes())]
    for loaded in (files[:1] + files[2:], files):
        d = result_dict(score(load(loaded), Profile.default("personal_credit")))
        assert [v["total"] for v in d["vendors"]] == [v["total"] for v in base["vendors"]]
        assert all("evaluation" not in v["groups"] and "evaluation" not in v for v in d["vendors"])
        assert d["weights"] == base["weights"]


# ------------------------------------------------------------------------------------------------
# Warnings, never a crash
# ------------------------------------------------------------------------------------------------
def test_every_problem_is_a_warning_naming_its_cell(tmp_path):
    from core.evaluation import score_sheet

    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    out = score_sheet(qs, "personal_credit", "钱七", "zh")
    wb = load_workbook(io.BytesIO(out.sheet))
    ws = wb.worksheets[0]
    head, decl = _rows(ws)
    ws.cell(3, 2).value = None  # no evaluator's name
    ws.cell(decl, 5).value = "否"
    weights_row = next(r for r in range(1, head) if ws.cell(r, 3).value == "price")
    ws.cell(weights_row, 2).value = "很多"
    bad = {head + 1: ("很好", "写了字"), head + 2: (0, "零分"), head + 3: (5.5, "超出"), head + 4: (True, "勾选"),
           head + 5: ("4分", None)}
    for r, (s, reason) in bad.items():
        ws.cell(r, 5).value, ws.cell(r, 6).value = s, reason
    ws.cell(head + 6, 4).value = "不存在的供应商"
    ws.cell(head + 6, 5).value = 3
    ws.cell(head + 7, 1).value = "no_such_code"
    ws.cell(head + 7, 5).value = 3
    buf = io.BytesIO()
    wb.save(buf)
    qs2 = load([(SAMPLE.name, SAMPLE.read_bytes()), ("钱七.xlsx", buf.getvalue())])
    got = {(w.code, w.cell) for w in qs2.warnings if w.code.startswith("eval.")}
    assert got == {("eval.warn.no_evaluator", "B3"), ("eval.warn.unsigned", f"E{decl}"),
                   ("eval.warn.bad_weight", f"B{weights_row}"), ("eval.warn.bad_score", f"E{head + 1}"),
                   ("eval.warn.bad_score", f"E{head + 2}"), ("eval.warn.bad_score", f"E{head + 3}"),
                   ("eval.warn.bad_score", f"E{head + 4}"), ("eval.warn.no_reason", f"F{head + 5}"),
                   ("eval.warn.unknown_vendor", f"D{head + 6}"), ("eval.warn.unknown_criterion", f"A{head + 7}")}
    team = qs2.evaluation
    assert [(e.score, e.cell) for e in team.entries] == [(4.0, f"E{head + 5}")]  # '4分' reads as 4
    for w in qs2.warnings:  # every message worded in both languages, no placeholder left
        for lang in ("zh", "en"):
            assert "{" not in t(w.code, lang, **w.params)
    res = score(qs2, Profile.default("personal_credit"))
    assert res.top is not None and "evaluation" in res.groups

    # a blind sheet without its key: its scores are left out, said once
    blind = score_sheet(qs, "personal_credit", "孙八", "zh", blind=True)
    codes = codes_of(blind.key)
    data, _where = fill_any(blind.sheet, codes)
    qs3 = load([(SAMPLE.name, SAMPLE.read_bytes()), ("孙八.xlsx", data)])
    assert [(w.code, w.params["n"]) for w in qs3.warnings if w.code.startswith("eval.")][-1] == ("eval.warn.no_key", 32)
    assert score(qs3, Profile.default("personal_credit")).groups == schema.GROUPS


def fill_any(sheet: bytes, codes: dict | None) -> tuple[bytes, dict]:
    PLANS.setdefault("孙八", plan({A: 3, R: 3, Y: 3, X: 3}, {}, "孙八"))
    DECLARED.setdefault("孙八", "是")
    return fill(sheet, "孙八", codes)


def test_the_profile_keeps_consensus_strictly():
    p = Profile.default("personal_credit")
    assert "evaluation" not in p.to_dict()
    good = {"consensus": [{"criterion": DEMO, "vendor": A, "score": 2, "comment": "复核后一致"}], "disagreement": 3}
    q = Profile.from_dict({**p.to_dict(), "evaluation": good, "group_weights": {"evaluation": 40},
                           "criterion_weights": {"references": 3}})
    assert q.evaluation == {"consensus": [{"criterion": DEMO, "vendor": A, "score": 2.0, "comment": "复核后一致"}],
                            "disagreement": 3.0}
    assert q.group_weight("evaluation") == 40 and p.group_weight("evaluation") == schema.EVAL_GROUP_WEIGHT
    assert Profile.from_dict(q.to_dict()).to_dict() == q.to_dict()
    bad = [
        ({"consensus": [{"criterion": DEMO, "vendor": A, "score": 2, "comment": ""}]}, "eval.err.consensus_comment"),
        ({"consensus": [{"criterion": DEMO, "vendor": A, "score": 2}]}, "eval.err.consensus_comment"),
        ({"consensus": [{"criterion": DEMO, "vendor": A, "score": 6, "comment": "x"}]}, "err.profile_range"),
        ({"consensus": [{"criterion": "tco", "vendor": A, "score": 2, "comment": "x"}]}, "err.profile_unknown"),
        ({"consensus": [{"criterion": DEMO, "vendor": A, "score": 2, "comment": "x", "by": "me"}]}, "err.bad_profile"),
        ({"consensus": [{"criterion": DEMO, "vendor": A, "score": 2, "comment": "x"}] * 2}, "eval.err.consensus_twice"),
        ({"disagreement": 0}, "err.profile_range"),
        ({"spread": 2}, "err.profile_unknown"),
        ([], "err.bad_profile"),
    ]
    for settings_, code in bad:
        with pytest.raises(QuoteError) as e:
            Profile.from_dict({"evaluation": settings_})
        assert e.value.key == code, (settings_, e.value.key)
    with pytest.raises(QuoteError):  # the quotes always count: the four groups may not all weigh 0
        Profile.from_dict({"group_weights": {"compliance": 0, "features": 0, "after_sales": 0, "price": 0,
                                             "evaluation": 100}})


def test_consensus_survives_the_scored_workbook(returned):
    """Saved in the workbook's Profile sheet, restored from it like every setting."""
    from core.excel import workbook_bytes
    from core.restore import restored_profile

    files = [(SAMPLE.name, SAMPLE.read_bytes())] + [(p.name, p.read_bytes()) for p in returned["paths"]]
    prof = Profile.from_dict({"evaluation": {"consensus": [{"criterion": DEMO, "vendor": A, "score": 2,
                                                            "comment": "一致"}]}})
    res = score(load(files), prof)
    qs = load([("scored.xlsx", workbook_bytes(res, "zh"))])
    assert restored_profile(qs).evaluation == prof.evaluation
    from core.restore import offer

    changes = offer(qs, Profile.default("personal_credit"), {}, "zh").changes  # what applying it would change
    assert (t("eval.restore.consensus", "zh", vendor=A, criterion=t(f"crit.{DEMO}", "zh")), "—",
            t("eval.consensus_value", "zh", score="2", comment="一致")) in changes


# ------------------------------------------------------------------------------------------------
# The heatmap (built where it is tested: core.charts)
# ------------------------------------------------------------------------------------------------
def test_heatmap_is_evaluators_by_quotes(returned):
    from core.charts import evaluation_heatmap, figure_texts

    files = [(SAMPLE.name, SAMPLE.read_bytes())] + [(p.name, p.read_bytes()) for p in returned["paths"]]
    res = score(load(files), Profile.default("personal_credit"))
    fig = evaluation_heatmap(res, "zh")
    hm = fig.data[0]
    assert list(hm.y) == ["张三", "李四", "王五"]
    assert [x.split(". ", 1)[1] for x in hm.x] == [R, A, Y, X]
    rows = {name: dict(zip([R, A, Y, X], z)) for name, z in zip(hm.y, hm.z)}
    assert rows["张三"][A] == pytest.approx((2 * 7 + 5) / 8) and rows["李四"][A] == pytest.approx(1)
    assert rows["王五"][Y] == pytest.approx(3) and rows["王五"][R] == pytest.approx(4)
    flag = next(f for vr in res.vendors for f in vr.flags if f.code == "disagreement")
    for lang in ("zh", "en"):  # worded, with the criterion's name, in both languages
        assert t(f"crit.{DEMO}", lang) in flag.message(lang) and "{" not in flag.message(lang)
        assert t(f"crit.{DEMO}", lang) in flag.question(lang) and "{" not in flag.question(lang)
    one = evaluation_heatmap(res, "en", DEMO).data[0]
    assert [dict(zip([R, A, Y, X], z))[A] for z in one.z] == [5, 1, 1]
    assert any("张三" in h for row in one.hovertext for h in row)
    assert "张三" in list(figure_texts(fig))


# ------------------------------------------------------------------------------------------------
# The dashboard, end to end (AppTest)
# ------------------------------------------------------------------------------------------------
def test_dashboard_sheets_out_back_disagreement_and_consensus(loaded_app):
    at = loaded_app(page="evaluation")
    assert not at.exception
    assert any(t("eval.ui.none", "zh") in x.value for x in at.info)
    sheets = {}
    for name, blind in (("张三", False), ("李四", False), ("王五", True)):
        at.text_input(key="eval_name").set_value(name).run()
        at.toggle(key="eval_blind").set_value(blind).run()
        at.button(key="eval_make").click().run()
        assert not at.exception
        made = at.session_state["eval_made"]
        assert made["evaluator"] == name and (made["key_name"] is not None) is blind
        sheets[name] = made
    files = at.session_state["files"]
    key_name = sheets["王五"]["key_name"]
    assert key_name in files  # the buyer's key stays in the session, loaded beside the quotes
    uploads, where, names = [], {}, {}
    for name, made in sheets.items():
        codes = codes_of(files[key_name]) if made["key_name"] else None
        data, where[name] = fill(made["sheet"], name, codes)
        names[name] = f"back_{name}.xlsx"
        uploads.append((names[name], data, XLSX))
    uploads.append(("张三_again.xlsx", uploads[0][1], XLSX))
    names["again"] = "张三_again.xlsx"
    at.file_uploader[0].set_value(uploads).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("eval.ui.m_evaluators", "zh")] == "3"
    assert metrics[t("eval.ui.m_scores", "zh")] == "95"
    assert metrics[t("eval.ui.m_split", "zh")] == "1"
    assert metrics[t("eval.ui.m_warnings", "zh")] == "4"
    res = at.session_state["_ctx"].res
    d = result_dict(res)
    check_merged(d, where, names)
    # the disagreement, with both reasons side by side
    text = " ".join(m.value for m in at.markdown)
    assert "安信科技 / 标准版" in text and t(f"crit.{DEMO}", "zh") in text
    assert PLANS["张三"](DEMO, A)[1] in text and PLANS["李四"](DEMO, A)[1] in text
    by_label = {m.label: m.value for m in at.metric}
    assert (by_label["张三"], by_label["李四"], by_label["王五"]) == ("5", "1", "1")

    # a consensus without a comment is refused, with one the mean is replaced and the flag goes
    at.selectbox(key="eval_con_cell").set_value(f"{DEMO}|{A}")
    at.select_slider(key="eval_con_score").set_value(2)
    at.button(key="eval_con_save").click().run()
    assert [e.value for e in at.error] == [t("eval.err.consensus_comment", "zh", criterion=t(f"crit.{DEMO}", "zh"),
                                             vendor=A)]
    at.selectbox(key="eval_con_cell").set_value(f"{DEMO}|{A}")
    at.select_slider(key="eval_con_score").set_value(2)
    at.text_area(key="eval_con_comment").set_value("复核录像：审批流程靠后台改数据才走通")
    at.button(key="eval_con_save").click().run()
    assert not at.exception and not at.error
    assert at.session_state["profile"]["evaluation"]["consensus"] == [
        {"criterion": DEMO, "vendor": A, "score": 2.0, "comment": "复核录像：审批流程靠后台改数据才走通"}]
    check_merged(result_dict(at.session_state["_ctx"].res), where, names, consensus=2)
    assert {m.label: m.value for m in at.metric}[t("eval.ui.m_split", "zh")] == "0"

    # the rankings under each evaluator's own weights
    frames = [df.value for df in at.table]
    ranks = next(f for f in frames if "张三" in [str(c) for c in f.columns])
    assert ranks.loc[A, "张三"] == 1 and ranks.loc[R, "李四"] == 1

    # the Settings page shows the group (now weighted) and every step of the scale; Robustness the rankings
    at.switch_page("views/settings.py").run()
    assert not at.exception
    assert at.slider(key="set_gw_evaluation").value == 25
    at.slider(key="set_gw_evaluation").set_value(0).run()
    assert not at.exception
    assert at.session_state["_ctx"].res.top.quote.key == A  # the team's scores weigh nothing: A first again
    at.switch_page("views/robustness.py").run()
    assert not at.exception
    assert any(t("eval.rob.title", "zh") == h.value for h in at.subheader)


def test_settings_show_the_criteria_and_their_scale_before_any_sheet(loaded_app):
    at = loaded_app(page="settings", lang="en")
    assert not at.exception
    with pytest.raises(KeyError):
        at.slider(key="set_gw_evaluation")  # weight 0 until sheets exist: no slider, a sentence
    assert any(t("eval.set.none", "en", w="25", share="20%") == x.value for x in at.caption)
    editor = next(e for e in at.data_editor if "look" in e.value.columns)
    table = editor.value
    assert list(table["criterion"]) == CRITERIA
    row = list(table["criterion"]).index("references")  # weights editable like the others
    at.session_state[editor.key] = {"edited_rows": {row: {"weight": 0.0}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception and at.session_state["profile"]["criterion_weights"]["references"] == 0.0
    from core.untrusted import md

    scales = next(x.value for x in at.table if md(t("eval.set.step", "en", n=5)) in list(x.value.columns))
    assert len(scales) == len(schema.EVAL_SCALES)  # every scale, every step, in full
    for kind, (_label, line) in zip(schema.EVAL_SCALES, scales.iterrows()):
        assert list(line) == [md(t(f"eval.scale.{kind}.{n}", "en")) for n in schema.EVAL_SCALE]


def test_every_eval_string_is_worded_in_both_languages():
    keys = [k for k in ZH if k.startswith("eval.")]
    assert keys and all(ZH[k].strip() and EN[k].strip() for k in keys)
    used = set()
    for path in [ROOT / "views" / "evaluation.py", ROOT / "views" / "_evaluation.py", ROOT / "core" / "evaluation.py",
                 ROOT / "core" / "charts.py", ROOT / "core" / "own_files.py"]:
        used |= set(re.findall(r"""["'](eval\.[a-z_]+(?:\.[a-z_]+)+)["']""", path.read_text(encoding="utf-8")))
    prefixes = {k for k in used if any(z.startswith(k + ".") for z in ZH)}  # a header's keys: eval.key.col.<name>
    assert used and not sorted(k for k in used - prefixes if k not in ZH)
    for j in schema.JUDGEMENTS.values():
        assert f"crit.{j.id}" in ZH and f"eval.look.{j.id}" in ZH
    for s in schema.EVAL_SCALES:
        assert all(f"eval.scale.{s}.{n}" in EN for n in schema.EVAL_SCALE)


# ------------------------------------------------------------------------------------------------
# A real browser (headless Chromium on loopback)
# ------------------------------------------------------------------------------------------------
def test_browser_two_sheets_show_the_heatmap_and_the_disagreement(tmp_path):
    from core.evaluation import score_sheet
    from tests.browser import CHROMIUM, chromium_page, exceptions, open_app, open_page, streamlit_server, wait_idle
    from tests.test_e2e_browser import _full_page

    assert Path(CHROMIUM).exists(), "Chromium is missing: `make test` installs it (apt-get install chromium)"
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    paths = []
    for name in ("张三", "李四"):
        data, _where = fill(score_sheet(qs, "personal_credit", name, "zh").sheet, name)
        paths.append(tmp_path / f"评分表_{name}.xlsx")
        paths[-1].write_bytes(data)
    with streamlit_server() as url, chromium_page() as page:
        open_app(page, url)
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(SAMPLE), *map(str, paths)])
        page.get_by_test_id("stAlert").filter(has_text="首选").wait_for(timeout=60_000)
        wait_idle(page)
        main = page.get_by_test_id("stMain")
        for name in ("张三", "李四"):  # each returned sheet is listed as what it is
            assert t("eval.file.sheet", "zh", evaluator=name, n=32) in main.inner_text()
        open_page(page, t("ui.nav.evaluation", "zh"))
        chart = page.get_by_test_id("stPlotlyChart").first
        chart.locator(".heatmaplayer").wait_for(timeout=30_000)
        wait_idle(page)
        assert chart.locator(".heatmaplayer .hm").count() == 1
        shown = chart.inner_text()
        assert "张三" in shown and "李四" in shown and "安信科技" in shown
        text = main.inner_text()
        assert t("eval.ui.split", "zh", n=1) in text
        assert "安信科技 / 标准版 — 演示：风控审批流程：1–5 分" in text
        assert PLANS["张三"](DEMO, A)[1] in text and PLANS["李四"](DEMO, A)[1] in text
        assert exceptions(page) == []
        _full_page(page, tmp_path / "evaluation_zh.png")
    assert (tmp_path / "evaluation_zh.png").stat().st_size > 10_000


def take_screenshots(out_dir: Path, langs: tuple[str, ...] = ("zh", "en")) -> list[Path]:
    """The Evaluation team page with the story's three sheets merged, in each language (for the README)."""
    import tempfile

    from core.evaluation import score_sheet
    from tests.browser import chromium_page, open_app, open_page, streamlit_server, wait_idle
    from tests.test_e2e_browser import _full_page

    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    tmp = Path(tempfile.mkdtemp())
    paths = [SAMPLE]
    for name, blind in (("张三", False), ("李四", False), ("王五", True)):
        out = score_sheet(qs, "personal_credit", name, "zh", blind=blind)
        data, _where = fill(out.sheet, name, codes_of(out.key) if blind else None)
        paths.append(tmp / f"评分表_{name}.xlsx")
        paths[-1].write_bytes(data)
        if blind:
            paths.append(tmp / f"评分表_{name}.key.xlsx")
            paths[-1].write_bytes(out.key)
    written = []
    with streamlit_server() as url:
        for lang in langs:
            with chromium_page(width=1440, height=900) as page:
                open_app(page, url, lang)
                page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(p) for p in paths])
                page.get_by_test_id("stAlert").filter(has_text=t("ui.top.pick", lang).split("**")[0]).wait_for(
                    timeout=60_000)
                wait_idle(page)
                open_page(page, t("ui.nav.evaluation", lang))
                page.get_by_test_id("stPlotlyChart").first.locator(".heatmaplayer").wait_for(timeout=30_000)
                written.append(_full_page(page, out_dir / f"evaluation_team_{lang}.png"))
    shutil.rmtree(tmp, ignore_errors=True)
    return written


if __name__ == "__main__":  # .venv/bin/python -m tests.test_evaluation --screenshots docs/screenshots
    import argparse

    ap = argparse.ArgumentParser(description=take_screenshots.__doc__)
    ap.add_argument("--screenshots", type=Path, required=True)
    for p in take_screenshots(ap.parse_args().screenshots):
        print(p)


def test_an_evaluators_words_are_shown_as_written(loaded_app):
    """A name or a reason from a returned sheet is data: no link, image or heading on the page."""
    from core.evaluation import score_sheet

    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    evil = "[点我](http://evil.example)"
    uploads = []
    for name, score_ in ((evil, 5), ("# 标题", 1)):
        wb = load_workbook(io.BytesIO(score_sheet(qs, "personal_credit", name, "zh").sheet))
        ws = wb.worksheets[0]
        head, decl = _rows(ws)
        ws.cell(decl, 5).value = "是"
        ws.cell(head + 1, 5).value = score_
        ws.cell(head + 1, 6).value = f"![图](http://evil.example/x.png) {name}"
        buf = io.BytesIO()
        wb.save(buf)
        uploads.append((f"{score_}.xlsx", buf.getvalue(), XLSX))
    at = loaded_app(page="evaluation")
    at.file_uploader[0].set_value(uploads).run()
    assert not at.exception
    shown = [m.value for m in at.markdown] + [m.label for m in at.metric] + [h.value for h in at.subheader]
    words = [s for s in shown if "evil.example" in s or "标题" in s]
    assert len(words) >= 4  # both names (metric labels) and both reasons are there…
    for s in words:  # …as text: brackets escaped, the link's scheme broken, no heading
        assert "[" not in s.replace("\\[", "") and "](" not in s and "http://" not in s, s
        assert not s.lstrip().startswith("#"), s


# ------------------------------------------------------------------------------------------------
# Whatever a returned sheet holds: warnings, never a crash
# ------------------------------------------------------------------------------------------------
_ANY = hs.one_of(hs.none(), hs.booleans(), hs.integers(-10, 10), hs.floats(allow_nan=True, allow_infinity=True),
                 hs.text(max_size=12), hs.sampled_from(["是", "否", "Yes", "3", "４分", " 5 ", "=1+1", ""]))


@settings(max_examples=200, derandomize=True, deadline=None)
@given(rows=hs.lists(hs.tuples(hs.sampled_from(CRITERIA + ["tco", ""]), hs.sampled_from([A, R, "供应商A", "", "?"]),
                               _ANY, _ANY), max_size=12),
       declaration=_ANY, weight=_ANY, name=hs.sampled_from(["张三", "", "张三 "]), blind=hs.booleans())
def test_any_returned_sheet_merges_or_warns(rows, declaration, weight, name, blind):
    from core.evaluation import merge, scored
    from core.own_files import KIND_SCORE_SHEET, OwnFile, ScoreSheet, SheetRow

    quotes = _sample_quotes()
    sheet_rows = [SheetRow(c, v, s, "" if r is None else str(r), {"code": f"A{i}", "vendor": f"D{i}", "score": f"E{i}",
                                                                   "reason": f"F{i}"})
                  for i, (c, v, s, r) in enumerate(rows, 30)]
    sheets = [OwnFile(KIND_SCORE_SHEET, payload=ScoreSheet(f"{k}.xlsx", "评分表", name, "personal_credit", "ID", blind,
                                                           declaration, {"price": weight}, sheet_rows,
                                                           {"evaluator": "B3", "declaration": "E10",
                                                            "weights.price": "B17", "sheet_id": "B5"}))
              for k in range(2)]
    team = merge(sheets, quotes)
    assert team is not None and all(w.cell for w in team.warnings)  # every warning names its cell
    assert [e.counted for e in team.evaluators] == [True, False]  # the same evaluator twice
    for e in team.entries:
        assert 1 <= e.score <= 5 and e.reason == e.reason.strip()
    out = scored(team, quotes, Profile.default("personal_credit"))
    if out is not None:
        for u in out.utilities.values():
            assert ((0 <= u) & (u <= 1)).all()


@functools.lru_cache(maxsize=1)
def _sample_quotes() -> list:
    return load([(SAMPLE.name, SAMPLE.read_bytes())]).quotes


def test_the_report_records_each_score_the_dissent_and_the_consensus(returned):
    """The evaluation report (issue 14, part 6) with the three sheets merged: every evaluator, the disputed cell with
    both scores and both reasons side by side, and (from the profile) the consensus with its comment."""
    from docx import Document

    tmp = returned["tmp"]
    for consensus in (False, True):
        prof = Profile.default("personal_credit").to_dict()
        if consensus:
            prof["evaluation"] = {"consensus": [{"criterion": DEMO, "vendor": A, "score": 2, "comment": "复核录像后一致"}]}
        (tmp / "rep_profile.json").write_text(json.dumps(prof, ensure_ascii=False), encoding="utf-8")
        out = tmp / f"report_{consensus}.docx"
        cp = cli("score", str(SAMPLE), *map(str, returned["paths"]), "--profile", str(tmp / "rep_profile.json"),
                 "--report", str(out))
        assert cp.returncode == 0, cp.stderr
        doc = Document(str(out))
        text = "\n".join([p.text for p in doc.paragraphs] +
                         [c.text for tb in doc.tables for row in tb.rows for c in row.cells])
        assert all(name in text for name in ("张三", "李四", "王五"))
        assert t("rep.team.none", "zh") not in text and t("rep.team.no_scores", "zh") not in text
        a_given = [PLANS[n](DEMO, A) for n in ("张三", "李四")]
        assert {s for s, _r in a_given} == {1, 5}
        assert all(reason in text for _s, reason in a_given if reason)  # both sides of the dissent, as written
        assert ("复核录像后一致" in text) is consensus
        assert (t("rep.team.no_consensus", "zh") in text) is not consensus
