"""core/charts.py: pure figure builders (fonts, vendor colours, radar, stacked points)."""
from __future__ import annotations

import json

import pytest

from core import charts, schema
from core.i18n import t
from core.load import load
from core.model import Profile
from core.scoring import score

SAMPLE = "报价对比表_个人信用贷.xlsx"


@pytest.fixture(scope="module")
def qs(sample_dir):
    return load([(SAMPLE, (sample_dir / SAMPLE).read_bytes())])


@pytest.fixture(scope="module")
def res(qs):
    return score(qs, Profile.default("personal_credit"))


def _pos(res, vendor: str) -> int:
    return next(i for i, q in enumerate(res.quoteset.quotes) if q.vendor == vendor)


def test_font_stack_has_cjk_fonts_and_a_fallback(res):
    for fam in ('"Noto Sans CJK SC"', '"Microsoft YaHei"', '"PingFang SC"'):
        assert fam in charts.FONT_FAMILY
    assert charts.FONT_FAMILY.endswith("sans-serif")
    for fig in (charts.radar_figure(res, [0, 1]), charts.points_figure(res)):
        assert fig.layout.font.family == charts.FONT_FAMILY
        assert fig.layout.hoverlabel.font.family == charts.FONT_FAMILY


def test_palette_is_distinct_and_wraps():
    first = [charts.color_for(i) for i in range(len(charts.PALETTE))]
    assert len(set(first)) == len(first)
    assert charts.color_for(len(charts.PALETTE)) == charts.color_for(0)
    assert all(c.startswith("#") and len(c) == 7 for c in first)


def test_colours_follow_upload_position_not_rank(qs, res):
    before = charts.vendor_colors(res)
    assert before == {i: charts.color_for(i) for i in range(len(qs.quotes))}
    p = Profile.default("personal_credit")
    p.group_weights = {"compliance": 0, "features": 0, "after_sales": 100, "price": 0}
    p.gates = {g: False for g in p.gates}  # 云贷通 (面议) no longer waits for a price: its after-sales lead
    moved = score(qs, p)
    assert [v.quote.vendor for v in moved.vendors] != [v.quote.vendor for v in res.vendors]  # rank changed
    assert charts.vendor_colors(moved) == before
    for r in (res, moved):
        fig = charts.radar_figure(r, [_pos(r, "安信科技"), _pos(r, "云贷通")])
        colours = {tr.name: tr.line.color for tr in fig.data}
        assert colours["安信科技 / 标准版"] == charts.color_for(_pos(r, "安信科技"))
        assert colours["云贷通 / 旗舰版"] == charts.color_for(_pos(r, "云贷通"))


def test_group_points_add_up_to_the_total(res):
    for vr, pts in zip(res.vendors, charts.group_points(res)):
        assert set(pts) == set(schema.GROUPS)
        assert sum(pts.values()) == pytest.approx(vr.total, abs=1e-3)  # utilities are rounded to 6 places
        for g in schema.GROUPS:  # a group adds its weight share of its own score
            share = sum(res.weights[c.id] for c in schema.CRITERIA if c.group == g)
            assert pts[g] == pytest.approx(share * vr.groups[g], abs=1e-3)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_radar_group_level(res, lang):
    picks = [_pos(res, v) for v in ("安信科技", "云贷通", "融科软件")]
    fig = charts.radar_figure(res, picks, "group", lang)
    assert [tr.type for tr in fig.data] == ["scatterpolar"] * 3
    labels = [t(f"group.{g}", lang) for g in schema.GROUPS]
    for tr in fig.data:
        assert list(tr.theta) == labels + labels[:1]  # closed loop
        assert tr.r[0] == tr.r[-1]
        assert all(0 <= r <= 100 for r in tr.r)
    by_name = {tr.name: tr for tr in fig.data}
    vr = next(v for v in res.vendors if v.quote.vendor == "安信科技")
    assert list(by_name["安信科技 / 标准版"].r[:4]) == [vr.groups[g] for g in schema.GROUPS]
    assert tuple(fig.layout.polar.radialaxis.range) == (0, 100)


def test_radar_criterion_level_hover_shows_original_text(res):
    pos = _pos(res, "安信科技")
    fig = charts.radar_figure(res, [pos, _pos(res, "信达系统")], "criterion", "zh")
    tr = fig.data[0]
    assert len(tr.theta) == len(schema.CRITERIA) + 1
    assert tr.theta[0] == t("crit.mlps_level3", "zh")
    mlps = tr.hovertext[0]
    assert "安信科技" in mlps and "原文" in mlps and "等保三级(2023年取得)" in mlps
    vr = next(v for v in res.vendors if v.quote.vendor == "安信科技")
    assert list(tr.r[:-1]) == pytest.approx([100 * vr.utilities[c] for c in schema.CRITERION_IDS])


def test_radar_group_hover_lists_criteria_with_original_text(res):
    fig = charts.radar_figure(res, [_pos(res, "融科软件"), _pos(res, "云贷通")], "group", "en")
    after_sales = fig.data[0].hovertext[schema.GROUPS.index("after_sales")]
    assert "After-sales" in after_sales and t("crit.support_7x24", "en") in after_sales
    assert "工作日" in after_sales  # the vendor's own words for its support hours


def test_radar_rejects_unknown_level_and_skips_unknown_positions(res):
    with pytest.raises(ValueError):
        charts.radar_figure(res, [0, 1], "vendor")
    assert len(charts.radar_figure(res, [0, 99]).data) == 1


def test_points_figure(res):
    fig = charts.points_figure(res, "zh")
    assert [tr.name for tr in fig.data] == [t(f"group.{g}", "zh") for g in schema.GROUPS]
    assert fig.layout.barmode == "stack"
    labels = [charts.vendor_label(v) for v in res.vendors]
    for tr in fig.data:
        assert list(tr.y) == labels and tr.orientation == "h"
    totals = [sum(tr.x[i] for tr in fig.data) for i in range(len(labels))]
    assert totals == pytest.approx([v.total for v in res.vendors])
    ticks = list(fig.layout.yaxis.ticktext)
    for vr, tick in zip(res.vendors, ticks):
        assert charts.color_for(charts.position_of(res, vr)) in tick
        assert vr.quote.key in tick
        assert tick.endswith("✗") == (vr.gate == "fail")
    assert labels[0].startswith("1. 安信科技")


def test_figures_serialise_with_chinese_intact(res):
    for fig in (charts.radar_figure(res, [0, 1, 2], "criterion"), charts.points_figure(res)):
        data = json.loads(fig.to_json())
        assert data["layout"]["font"]["family"] == charts.FONT_FAMILY
        text = json.dumps(data, ensure_ascii=False)
        assert "安信科技" in text and ("合规与安全" in text or "等保三级" in text)
    assert "安信科技 / 标准版" in set(charts.figure_texts(charts.radar_figure(res, [0, 1])))


def test_duplicate_quotes_keep_their_own_colour(sample_dir):
    data = (sample_dir / SAMPLE).read_bytes()
    dup = load([(SAMPLE, data), ("copy.xlsx", data)])
    r = score(dup, Profile.default("personal_credit"))
    positions = sorted(charts.position_of(r, v) for v in r.vendors)
    assert positions == list(range(8))
    assert len(set(charts.vendor_colors(r).values())) == 8
