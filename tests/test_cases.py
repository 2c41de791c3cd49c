"""Quote sheets written in other voices (tests/cases/*.toml), each with the reading a careful analyst gave before
any code ran: top pick, gate per vendor, comparable price, key values and their standing, features, flags.

The expectations were written blind from shared/domain.md and docs/analyst-reading.md (tests/cases/make_cases_*.py
write the sheets). A failure here means the product reads a real quote differently from the analyst.
"""
from __future__ import annotations

import json
import math
import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from core.__main__ import main

CASES = Path(__file__).parent / "cases"
TOMLS = sorted(CASES.glob("*.toml"))


def _run(case: dict, tmp_path: Path) -> dict:
    out = tmp_path / "out.json"
    files = [str(CASES / f) for f in case["files"]]
    rc = main(["score", *files, "--type", case["business_type"], "--json", str(out)])
    assert rc == 0, f"the CLI refused the case (exit {rc})"
    return json.loads(out.read_text(encoding="utf-8"))


def _name(s: str | None) -> str | None:
    """A name as the product shows it: full-width brackets and spaces written half-width ('（联合体）' is '(联合体)')."""
    return unicodedata.normalize("NFKC", s).strip() if isinstance(s, str) else s


def _find(vendors: list[dict], name: str, package: str | None) -> dict:
    hits = [v for v in vendors if _name(v["vendor"]) == _name(name) and (package is None or v["package"] == package)]
    assert hits, f"vendor {name!r} / {package!r} not read; read: {[(v['vendor'], v['package']) for v in vendors]}"
    return hits[0]


def _same(got, want) -> bool:
    if want == "null":
        return got is None
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and math.isclose(got, want, rel_tol=0.005, abs_tol=1.0)
    return got == want


def _key(v: dict) -> str:
    return f"{v['vendor']} / {v['package']}" if v.get("package") else v["vendor"]


def test_at_least_fifteen_cases():
    assert len(TOMLS) >= 15
    types = {tomllib.loads(p.read_text(encoding="utf-8"))["business_type"] for p in TOMLS}
    assert types == {"personal_credit", "merchant_loan", "consumer_installment"}
    exts = {Path(f).suffix for p in TOMLS for f in tomllib.loads(p.read_text(encoding="utf-8"))["files"]}
    assert {".xlsx", ".csv"} <= exts


@pytest.mark.parametrize("path", TOMLS, ids=[p.stem for p in TOMLS])
def test_case_reads_as_the_analyst_did(path: Path, tmp_path: Path):
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    res = _run(case, tmp_path)
    vendors = res["vendors"]
    problems: list[str] = []
    expected = case.get("vendor", [])
    listed = {(e["vendor"], e.get("package")) for e in expected}
    names = {_name(e["vendor"]) for e in expected}
    extra = [_key(v) for v in vendors if _name(v["vendor"]) not in names]
    if extra:
        problems.append(f"quotes the analyst does not see: {extra}")
    for e in expected:
        try:
            v = _find(vendors, e["vendor"], e.get("package"))
        except AssertionError as err:
            problems.append(str(err))
            continue
        who = _key(v)
        if v["gate"] != e["gate"]:
            problems.append(f"{who}: gate {v['gate']}, analyst {e['gate']}")
        if "price_cny" in e and not _same(v["values"]["price_cny"], e["price_cny"]):
            problems.append(f"{who}: price_cny {v['values']['price_cny']}, analyst {e['price_cny']}")
        for f, want in e.get("values", {}).items():
            if not _same(v["values"].get(f), want):
                problems.append(f"{who}: {f} = {v['values'].get(f)!r}, analyst {want!r}")
        for f, want in e.get("status", {}).items():
            got = v["evidence"].get(f, {}).get("status")
            if got != want:
                problems.append(f"{who}: {f} status {got}, analyst {want}")
        feats = set(v["values"].get("features") or [])
        fx = e.get("features", {})
        for f in fx.get("include", []):
            if f not in feats:
                problems.append(f"{who}: feature {f} not read")
        for f in fx.get("exclude", []):
            if f in feats:
                problems.append(f"{who}: feature {f} read, analyst says no")
        codes = {fl["code"] for fl in v["flags"]}
        fl = e.get("flags", {})
        for c in fl.get("include", []):
            if c not in codes:
                problems.append(f"{who}: flag {c} missing")
        for c in fl.get("exclude", []):
            if c in codes:
                problems.append(f"{who}: flag {c} raised, analyst says no")
    unfilled = [f"{s['sheet']} {s['where']}: {s['reason']}" for s in res["skipped"]
                if re.search(r"\{[a-z_]+\}", s["reason"])]
    if unfilled:
        problems.append(f"reasons shown with a blank left in: {unfilled}")
    top = vendors[0]
    if _name(case["top"]) not in (_name(top["vendor"]), _name(_key(top))):
        problems.append(f"top pick {_key(top)!r}, analyst {case['top']!r}")
    del listed
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)
