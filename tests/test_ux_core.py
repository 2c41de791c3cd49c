"""Issue 15 in core and the CLI: own files never counted twice, quotes left out through the profile, questions
worth sending, and the workbook a board reads without help."""
from __future__ import annotations

import json

import pytest

from core.errors import QuoteError
from core.excel import workbook_bytes
from core.load import load
from core.model import Profile
from core.scoring import score
from tests.test_cli import PERSONAL, run, score_json


def _book(tmp_path, files=(PERSONAL,), profile: Profile | None = None, lang: str = "zh"):
    res = score(load([(f.name, f.read_bytes()) for f in files]), profile or Profile.default("personal_credit"))
    path = tmp_path / f"scored_{lang}.xlsx"
    path.write_bytes(workbook_bytes(res, lang))
    return path, res


# ------------------------------------------------------------------------------------------------
# Own files beside the originals
# ------------------------------------------------------------------------------------------------
def test_cli_with_the_workbook_beside_its_original_scores_each_quote_once(tmp_path):
    book, res = _book(tmp_path)
    out = score_json([PERSONAL, book], "personal_credit", tmp_path)
    assert [v["vendor"] for v in out["vendors"]] == [v.quote.vendor for v in res.vendors]
    assert not [w for w in out["warnings"] if w["code"] == "warn.duplicate_quote"]
    alone = score_json([book], "personal_credit", tmp_path)  # the workbook alone brings them back
    assert [v["vendor"] for v in alone["vendors"]] == [v.quote.vendor for v in res.vendors]


# ------------------------------------------------------------------------------------------------
# Quotes left out through the profile (the CLI's --profile too)
# ------------------------------------------------------------------------------------------------
def test_cli_profile_leaves_quotes_out_by_id_or_by_name(tmp_path):
    qs = load([(PERSONAL.name, PERSONAL.read_bytes())])
    by_id = next(q for q in qs.quotes if q.vendor == "云贷通")
    p = Profile.default("personal_credit").to_dict()
    p["excluded"] = [{"quote": by_id.id, "reason": "withdrawn"},
                     {"quote": "信达系统 / 基础版", "reason": "not a quote"},
                     {"quote": "nobody / nothing"}]
    prof = tmp_path / "p.json"
    prof.write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
    cp = run("score", str(PERSONAL), "--profile", str(prof), "--json", str(tmp_path / "o.json"), "--lang", "en")
    assert cp.returncode == 0, cp.stderr
    out = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert [v["vendor"] for v in out["vendors"]] == ["安信科技", "融科软件"]
    assert [(e["vendor"], e["reason"]) for e in out["excluded"]] == [("信达系统", "not a quote"), ("云贷通", "withdrawn")]
    assert out["profile"]["excluded"][0] == {"quote": by_id.id, "vendor": "", "reason": "withdrawn"}
    assert "left out: 云贷通 / 旗舰版 (withdrawn)" in cp.stdout
    assert "'nobody / nothing' matches no quote" in cp.stderr
    assert all(v["id"] for v in out["vendors"])


def test_cli_profile_with_every_quote_left_out_exits_2(tmp_path):
    p = {"excluded": [{"quote": n} for n in ("信达系统 / 基础版", "安信科技 / 标准版", "融科软件 / 专业版", "云贷通 / 旗舰版")]}
    prof = tmp_path / "p.json"
    prof.write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
    cp = run("score", str(PERSONAL), "--profile", str(prof))
    assert cp.returncode == 2 and "Traceback" not in cp.stderr
    assert cp.stderr.strip() == "所有报价都被排除了，没有可以评分的报价。请恢复至少一份。"


@pytest.mark.parametrize("bad,key", [
    ("no", "err.bad_profile"), ([["x"]], "err.bad_profile"), ([{"quote": "a", "why": "b"}], "err.profile_unknown"),
    ([{"reason": "b"}], "ux.err.exclusion"), ([{"quote": "  "}], "ux.err.exclusion"), ([{"quote": 5}], "ux.err.exclusion"),
    ([{"quote": "a", "reason": "x" * 501}], "ux.err.exclusion")])
def test_profile_refuses_exclusions_it_cannot_use(bad, key):
    with pytest.raises(QuoteError) as e:
        Profile.from_dict({"excluded": bad})
    assert e.value.key == key


def test_exclusions_round_trip_through_the_profile_json():
    p = Profile.from_dict({"excluded": [{"quote": "a.xlsx › S › 3", "vendor": "甲 / 标准版", "reason": " 撤回 "}]})
    assert p.excluded == [{"quote": "a.xlsx › S › 3", "vendor": "甲 / 标准版", "reason": "撤回"}]
    assert Profile.from_dict(json.loads(p.to_json())).excluded == p.excluded
