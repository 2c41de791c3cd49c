"""Issue 15 in core and the CLI: own files never counted twice, quotes left out through the profile, questions
worth sending, and the workbook a board reads without help."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import schema
from core.errors import QuoteError
from core.excel import workbook_bytes
from core.load import load
from core.model import Profile
from core.report import standing_of
from core.scoring import score
from tests.test_cli import PERSONAL, ROOT, run, score_json


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


# ------------------------------------------------------------------------------------------------
# Questions worth sending
# ------------------------------------------------------------------------------------------------
CASES = sorted((ROOT / "tests" / "cases").glob("*.xlsx"))[:8]


def test_every_question_names_the_vendors_words_and_asks_for_something_checkable():
    from core.i18n import t

    files = [PERSONAL] + CASES
    res = score(load([(f.name, f.read_bytes()) for f in files]), Profile.default("personal_credit"))
    seen = 0
    for vr in res.vendors:
        for f in vr.flags:
            for lang in ("zh", "en"):
                q = f.question(lang)
                assert "{" not in q and q != t("flag.unconfirmed.ask", lang, field_name=t(f"field.{f.field}", lang))
                text = f._params(lang)["text"]
                if f.field and text:  # the vendor's own words, quoted
                    assert (f"“{text}”" if lang == "zh" else f"'{text}'") in q, q
                elif f.field:  # or that the quote leaves the field out
                    assert q.startswith(t("ux.said.blank", lang, field_name=t(f"field.{f.field}", lang))), q
                seen += 1
    assert seen > 200
    # an unstated field is asked about in its own terms: a number, a clause, a certificate
    asks = {t(f"ux.ask.{fid}", "zh") for fid in schema.SCORED_FIELDS}
    assert len(asks) == len(schema.SCORED_FIELDS)
    assert all(any(w in a for w in ("请给出", "请写明", "请提供", "请在")) for a in asks)


def test_a_quote_with_unknowns_is_never_shown_risk_free(loaded_app):
    """A quote that states only its vendor and price: no red or amber flag once the gates are off, yet the Risks
    page counts what it leaves out and is not green."""
    from core.i18n import t

    csv = "供应商,套餐,报价\n空白科技,基础版,22万\n安信科技,标准版,22.8万\n".encode()
    at = loaded_app("risks", upload=("thin.csv", csv))
    at.session_state["profile"]["gates"] = {g: False for g in schema.GATE_CODES}
    at.run()
    pos = next(i for i, q in enumerate(at.session_state["_ctx"].qs.quotes) if q.vendor == "空白科技")
    at.selectbox(key="risk_vendor").set_value(at.session_state["_ctx"].qs.quotes[pos].key).run()
    assert not at.exception
    vr = next(v for v in at.session_state["_ctx"].res.vendors if v.quote.vendor == "空白科技")
    assert not [f for f in vr.flags if f.severity in ("red", "amber")]
    assert not at.success
    n = standing_of(vr)
    assert n["unknown"] >= 11
    verify = n["claimed"] + n["conditional"]
    assert t("ux.risks.not_clear", "zh", unknown=n["unknown"], verify=verify) in [w.value for w in at.warning]
    metric = next(m for m in at.metric if m.label == t("ux.risks.open", "zh"))
    assert metric.value == f"{n['unknown']} / {verify}"
    assert any(m.value.startswith(f"**{n['unknown']} 项未说明**") for m in at.markdown)  # one count on the page


# ------------------------------------------------------------------------------------------------
# Weights that obey
# ------------------------------------------------------------------------------------------------
DEFAULT = {"compliance": 35, "features": 20, "after_sales": 30, "price": 15}


def test_a_group_set_by_the_buyer_stays_while_the_others_rebalance():
    from core.weights import rebalance

    w = rebalance(DEFAULT, "after_sales", 40)
    assert w["after_sales"] == 40 and sum(w.values()) == 100
    w2 = rebalance(w, "price", 20, held=["after_sales"])  # the case: after-sales is no longer pulled back
    assert w2["after_sales"] == 40 and w2["price"] == 20 and sum(w2.values()) == 100
    assert w2["compliance"] > w2["features"]  # the untouched groups keep their proportions
    # when the untouched groups cannot absorb it, the group set longest ago gives way first
    w3 = rebalance(w2, "compliance", 70, held=["price", "after_sales"])
    assert w3["compliance"] == 70 and w3["price"] == 20 and sum(w3.values()) == 100


def test_a_locked_group_never_moves():
    from core.weights import rebalance

    w = rebalance(DEFAULT, "price", 50, locked=["after_sales"])
    assert w["after_sales"] == 30 and w["price"] == 50 and sum(w.values()) == 100
    w = rebalance(w, "price", 90, locked=["after_sales"])  # the room ends where the lock starts
    assert w["after_sales"] == 30 and w["price"] == 70 and w["compliance"] == w["features"] == 0
    w = rebalance(DEFAULT, "price", 60, locked=["after_sales", "compliance", "features"])  # nothing else can move
    assert w == DEFAULT


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from(schema.GROUPS), st.integers(0, 100)), min_size=1, max_size=12),
       st.sets(st.sampled_from(schema.GROUPS), max_size=3))
def test_any_sequence_of_changes_sums_to_100_and_respects_locks(moves, locked):
    from core.weights import rebalance

    w, held = dict(DEFAULT), []
    for g, v in moves:
        if g in locked:
            continue
        before = dict(w)
        w = rebalance(w, g, v, locked, held)
        held = [g] + [x for x in held if x != g]
        assert sum(w.values()) == 100 and all(0 <= x <= 100 for x in w.values())
        assert all(w[x] == before[x] for x in locked)
        if len(locked) < len(schema.GROUPS) - 1 and v <= 100 - sum(before[x] for x in locked):
            assert w[g] == v  # the value set is the value kept, unless locks leave no room for it


def test_a_slider_moved_step_by_step_ends_where_one_move_would():
    from core.weights import rebalance

    w, held = dict(DEFAULT), []
    basis = dict(w)
    for v in range(31, 51):  # twenty arrow-key steps on after-sales
        w = rebalance(w, "after_sales", v, held=held, basis=basis)
        held = ["after_sales"]
    assert w == rebalance(DEFAULT, "after_sales", 50)


def test_one_hour_and_one_month_are_singular_in_english():
    from core.report import value_text

    assert value_text("response_hours", 1.0, "en") == "1 hour"
    assert value_text("response_hours", 4.0, "en") == "4 hours"
    assert value_text("free_maintenance_months", 1.0, "en") == "1 month"
    assert value_text("audit_log_months", 12.0, "en") == "12 months"
    assert value_text("response_hours", 1.0, "zh") == "1 小时"


def test_a_question_quotes_only_what_a_multi_fact_cell_says_about_its_field():
    """A 售后服务 cell states five terms: the question about the response time quotes the response, not all five."""
    from core.flags import questions

    data = ("供应商,报价,售后服务\n"
            "甲科技,22万,免费维护6个月，仅修复bug；工作日9:00-18:00技术支持；4小时内响应；政策调整另行报价；终身技术咨询\n"
            ).encode("utf-8")
    qs = load([("quotes.csv", data)])
    r = score(qs, Profile.default("personal_credit")).vendors[0]
    asked = [q for q in questions(r.flags, "zh") if "4小时内响应" in q]
    assert asked, questions(r.flags, "zh")
    assert all("终身技术咨询" not in q and "工作日9:00-18:00" not in q for q in asked)


def test_the_standing_table_shows_what_a_multi_fact_cell_says_about_each_field():
    from core.report import standing_rows

    data = ("供应商,报价,安全\n"
            "甲科技,22万,等保三级，备案证明编号51010043287-23006；身份证号、手机号SM4加密存储；全站HTTPS；RBAC角色权限\n"
            ).encode("utf-8")
    from core.i18n import t

    r = score(load([("quotes.csv", data)]), Profile.default("personal_credit")).vendors[0]
    rows = {row["field"]: row for row in standing_rows(r, "zh")}
    assert rows[t("field.tls", "zh")]["text"] == "全站HTTPS" and rows[t("field.tls", "zh")]["cell"] == "C2"
    assert rows[t("field.mlps_level3", "zh")]["text"] == "等保三级，备案证明编号51010043287-23006"


def test_the_business_type_a_files_title_names():
    """A title names a business type with what the file is about; a feature, a vendor's name or a bare '分期' does
    not; two titles naming different types name none."""
    from core.load import load
    from core.purpose import said_business_type, types_named

    assert types_named("消费分期系统采购比价表") == {"consumer_installment"}
    assert types_named("Reverse Auction – Loan System Source Code (Consumer Instalment)") == {"consumer_installment"}
    assert types_named("商户经营贷 源码报价汇总") == {"merchant_loan"}
    assert types_named("个人信用贷系统选型") == {"personal_credit"}
    assert types_named("分期试算") == set() and types_named("分期试算模块报价") == set()  # a feature, bare 分期
    assert types_named("消费分期") == set()  # a type with nothing about the file: may be a module or a vendor's line

    def csv(title: str, vendor: str = "丁软件") -> tuple[str, bytes]:
        text = f"{title}\n\n供应商,报价,等保三级\n{vendor},22万,是\n乙科技,19万,否\n"
        return ("q.csv", text.encode("utf-8"))

    assert said_business_type(load([csv("消费分期系统采购比价表")])) == "consumer_installment"
    # the only mention is in a vendor's name: not the file's subject
    assert said_business_type(load([csv("比价表", "丁消费分期系统有限公司")])) is None
    assert said_business_type(load([csv("消费分期系统采购比价表"), ("m.csv", csv("经营贷系统报价")[1])])) is None
