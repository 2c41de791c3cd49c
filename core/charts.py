"""Plotly figure builders for the dashboard: pure functions, Result in, figure out.

No streamlit here. Every figure uses a font stack with CJK glyphs, and every vendor keeps one colour
on every page: the colour comes from the quote's position in the uploaded QuoteSet, never from its
rank, so re-weighting reorders vendors without recolouring them.
"""
from __future__ import annotations

import html
from typing import Iterable, Sequence

import numpy as np
import plotly.graph_objects as go

from . import schema
from .i18n import t
from .scoring import Result, VendorResult

FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

# Twelve well-separated colours (Tableau 10 plus two); position i -> PALETTE[i % 12].
PALETTE: tuple[str, ...] = (
    "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2",
    "#EDC948", "#9C755F", "#FF9DA7", "#BAB0AC", "#1F3A93", "#2CA58D",
)
GROUP_COLORS: dict[str, str] = {
    "compliance": "#3B6EA5", "features": "#6BA368", "after_sales": "#E0A33A", "price": "#B4656F",
    "evaluation": "#7E6BAF",  # the evaluation team's group, once score sheets are merged
}
TOTAL_COLOR = "#4E5D6C"
HOVER_TEXT_MAX = 60


def color_for(position: int) -> str:
    """The colour of the quote at ``position`` in the uploaded QuoteSet."""
    return PALETTE[position % len(PALETTE)]


# Quotes one chart draws before it keeps to the best ranked: thousands of bars or lines are unreadable, and
# slow to send. The tables, the JSON and the workbook keep every quote.
CHART_QUOTES = 30
CURVE_QUOTES = 10


def position_of(res: Result, vr: VendorResult) -> int:
    """Where the quote sits in the uploaded QuoteSet (identity, so duplicates keep their own place)."""
    return res.quoteset.position(vr.quote)


def vendor_colors(res: Result) -> dict[int, str]:
    """QuoteSet position -> colour, for every scored quote."""
    return {position_of(res, vr): color_for(position_of(res, vr)) for vr in res.vendors}


def vendor_label(vr: VendorResult) -> str:
    """Unique, readable label: rank and 'vendor / package'."""
    return f"{vr.rank}. {vr.quote.key}"


def group_points(res: Result) -> list[dict[str, float]]:
    """Per vendor (rank order): points each group adds to the total; they sum to the total."""
    out = []
    for vr in res.vendors:
        pts = {g: 0.0 for g in res.groups}
        for c in res.criteria:
            pts[c.group] += 100 * res.weights.get(c.id, 0.0) * vr.utilities.get(c.id, 0.0)
        out.append(pts)
    return out


def _plain(text: str) -> str:
    """A text from a file as plotly shows it: plotly reads <b>, <a href=...> and entities in every label, so
    < > & are written as entities (a vendor called <a href=...> stays text, not a link)."""
    return html.escape(text, quote=False)


def _short(text: str, limit: int = HOVER_TEXT_MAX) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def original_text(vr: VendorResult, criterion_id: str) -> str:
    """The cells as written behind one criterion ('; '-joined, de-duplicated)."""
    crit = next((c for c in schema.CRITERIA if c.id == criterion_id), None)
    if crit is None:  # an evaluation criterion: scored by people, written in no quote cell
        return ""
    parts = [vr.quote.source_text(f) for f in crit.fields]
    return "; ".join(dict.fromkeys(p for p in parts if p))


def _layout(fig: go.Figure, **kw) -> go.Figure:
    fig.update_layout(font={"family": FONT_FAMILY, "size": 13},
                      hoverlabel={"font": {"family": FONT_FAMILY}, "align": "left"},
                      margin={"l": 40, "r": 40, "t": 40, "b": 40}, **kw)
    return fig


def radar_figure(res: Result, positions: Sequence[int], level: str = "group", lang: str = "zh") -> go.Figure:
    """Scatterpolar, one trace per chosen quote (by QuoteSet position), axes = groups or criteria.

    Values are 0-100 (group scores, or criterion utilities x 100). Hover shows the score and the
    original text behind it.
    """
    if level not in ("group", "criterion"):
        raise ValueError(f"level must be 'group' or 'criterion', not {level!r}")
    by_pos = {position_of(res, vr): vr for vr in res.vendors}
    axes = list(res.groups) if level == "group" else list(res.criterion_ids)
    theta = [t(f"group.{a}", lang) if level == "group" else t(f"crit.{a}", lang) for a in axes]
    orig_label = t("ui.chart.original", lang)
    fig = go.Figure()
    for pos in positions:
        vr = by_pos.get(pos)
        if vr is None:
            continue
        if level == "group":
            r = [vr.groups[g] for g in axes]
            hover = []
            for g in axes:
                lines = [f"<b>{html.escape(vr.quote.key)}</b>", f"{html.escape(t(f'group.{g}', lang))}: {vr.groups[g]:.1f}"]
                for c in res.criteria:
                    if c.group != g:
                        continue
                    text = original_text(vr, c.id)
                    lines.append(f"· {html.escape(t(f'crit.{c.id}', lang))} {100 * vr.utilities[c.id]:.0f}"
                                 + (f" — {html.escape(_short(text, 40))}" if text else ""))
                hover.append("<br>".join(lines))
        else:
            r = [100 * vr.utilities[c] for c in axes]
            hover = []
            for c in axes:
                text = original_text(vr, c)
                hover.append(f"<b>{html.escape(vr.quote.key)}</b><br>{html.escape(t(f'crit.{c}', lang))}: "
                             f"{100 * vr.utilities[c]:.0f}<br>{orig_label}: {html.escape(_short(text)) if text else '—'}")
        color = color_for(pos)
        fig.add_trace(go.Scatterpolar(
            r=r + r[:1], theta=theta + theta[:1], name=_plain(vr.quote.key), mode="lines+markers",
            line={"color": color, "width": 2}, marker={"color": color, "size": 6},
            fill="toself", fillcolor=_rgba(color, 0.12), opacity=0.95,
            hovertext=hover + hover[:1], hoverinfo="text"))
    return _layout(fig, polar={"radialaxis": {"range": [0, 100], "tickvals": [20, 40, 60, 80, 100],
                                              "tickfont": {"size": 10}},
                               "angularaxis": {"tickfont": {"size": 12 if level == "group" else 11}}},
                   showlegend=True, legend={"orientation": "h", "y": -0.12, "x": 0.5, "xanchor": "center"},
                   height=520 if level == "group" else 620)


def points_figure(res: Result, lang: str = "zh", limit: int = CHART_QUOTES) -> go.Figure:
    """Horizontal stacked bars: each vendor's total split into the points each group adds.

    Vendors top-down in rank order (the first ``limit``); the tick label carries a dot in the vendor's
    colour and a mark when the quote fails a gate (✗) or its gates wait for proof (?).
    """
    shown = res.vendors[:limit]
    pts = group_points(res)[:limit]
    labels = [_plain(vendor_label(vr)) for vr in shown]  # categories: shown again by the hover (%{y})
    ticks = [f'<span style="color:{color_for(position_of(res, vr))}">●</span> {_plain(vendor_label(vr))}'
             + (" " + schema.GATE_MARK[vr.gate] if vr.gate != "pass" else "") for vr in shown]
    fig = go.Figure()
    for g in res.groups:
        name = t(f"group.{g}", lang)
        fig.add_trace(go.Bar(
            y=labels, x=[p[g] for p in pts], name=name, orientation="h",
            marker={"color": GROUP_COLORS[g]},
            customdata=[[vr.groups[g], vr.total] for vr in shown],
            hovertemplate=(f"%{{y}}<br>{html.escape(name)}: %{{x:.1f}} "
                           f"({html.escape(t('ui.chart.group_score', lang))} %{{customdata[0]:.0f}})"
                           f"<br>{html.escape(t('ui.chart.total', lang))}: %{{customdata[1]:.1f}}<extra></extra>")))
    height = max(260, 70 + 44 * len(labels))
    fig = _layout(fig, barmode="stack", height=height,
                  legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "traceorder": "normal"},
                  xaxis={"range": [0, 100], "title": {"text": t("ui.chart.points", lang)}})
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=labels, ticktext=ticks)
    return fig


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def figure_texts(fig: go.Figure) -> Iterable[str]:
    """Every label a figure shows (trace names, axis categories, tick texts): for tests."""
    for tr in fig.data:
        if getattr(tr, "name", None):
            yield tr.name
        for attr in ("theta", "y", "x"):
            vals = getattr(tr, attr, None)
            if vals is not None:
                yield from (str(v) for v in vals)
    ya = fig.layout.yaxis
    if ya is not None and ya.ticktext:
        yield from (str(v) for v in ya.ticktext)


# ------------------------------------------------------------------------------------------------
# Robustness: explanation waterfall, weight sensitivity, rank stability
# ------------------------------------------------------------------------------------------------
WIN_COLOR, LOSS_COLOR = "#59A14F", "#E15759"


def waterfall_figure(expl, lang: str = "zh", limit: int = 10) -> go.Figure:
    """Points won (+) and lost (-) per criterion against the reference quote, biggest first, then the gap."""
    items = sorted(((d, c) for c, d in expl.deltas.items() if d), key=lambda x: -abs(x[0]))
    shown = [x for x in items[:limit] if abs(x[0]) >= 0.05]
    rest = [x for x in items if x not in shown]  # small and many: one bar, so the bars still add up
    x = [t(f"crit.{c}", lang) for _, c in shown]
    y = [d for d, _ in shown]
    if rest:
        x.append(t("ui.robust.other_criteria", lang, n=len(rest)))
        y.append(sum(d for d, _ in rest))
    fig = go.Figure(go.Waterfall(
        x=x + [t("ui.robust.gap", lang)], y=y + [expl.total_gap],
        measure=["relative"] * len(y) + ["total"], text=[f"{v:+.1f}" for v in y] + [f"{expl.total_gap:+.1f}"],
        textposition="outside", increasing={"marker": {"color": WIN_COLOR}},
        decreasing={"marker": {"color": LOSS_COLOR}}, totals={"marker": {"color": TOTAL_COLOR}},
        connector={"line": {"color": "#bbbbbb"}},
        hovertemplate="%{x}: %{y:+.2f}<extra></extra>"))
    return _layout(fig, height=380, showlegend=False,
                   yaxis={"title": t("ui.robust.points_vs", lang, ref=expl.reference), "zeroline": True},
                   xaxis={"tickangle": -30})


def curve_quotes(sens, res: Result, limit: int = CURVE_QUOTES) -> list[VendorResult]:
    """The quotes a sensitivity chart draws: every quote that comes first anywhere on the grid (gates
    respected), then the best ranked, ``limit`` in all (more when more quotes take the lead somewhere)."""
    if len(res.vendors) <= limit:
        return list(res.vendors)
    passing = {vr.quote.id for vr in res.vendors if vr.gate == "pass"}
    keys = [k for k in sens.curves if k in passing] or list(sens.curves)  # a failing quote never comes first
    leaders = {keys[i] for i in np.asarray([sens.curves[k] for k in keys]).argmax(axis=0)}
    chosen = {id(vr): vr for vr in res.vendors if vr.quote.id in leaders}
    for vr in res.vendors:
        if len(chosen) >= limit:
            break
        chosen.setdefault(id(vr), vr)
    return sorted(chosen.values(), key=lambda vr: vr.rank)


def sensitivity_figure(sens, res: Result, lang: str = "zh", limit: int = CURVE_QUOTES) -> go.Figure:
    """Quotes' totals as one group's weight share moves (others rescaled); the current share is marked and the
    interval where the top pick stays is shaded. Large sets: the quotes of ``curve_quotes``."""
    fig = go.Figure()
    fig.add_vrect(x0=100 * sens.low, x1=100 * sens.high, fillcolor="#59A14F", opacity=0.10, line_width=0,
                  annotation_text=t("ui.robust.stays", lang, vendor=_plain(_short(sens.top, 24))),
                  annotation_position="top left")
    grid = [100 * g for g in sens.grid]
    for vr in curve_quotes(sens, res, limit):
        fig.add_trace(go.Scatter(
            x=grid, y=sens.curves[vr.quote.id], mode="lines", name=_plain(vendor_label(vr)),
            line={"color": color_for(position_of(res, vr)), "width": 2.5 if vr.rank == 1 else 1.5,
                  "dash": {"fail": "dot", "unverified": "dash"}.get(vr.gate, "solid")},
            hovertemplate=f"{html.escape(vr.quote.key)}<br>%{{x:.0f}}% → %{{y:.1f}}<extra></extra>"))
    fig.add_vline(x=100 * sens.current, line={"color": "#333333", "dash": "dash"},
                  annotation_text=t("ui.robust.current", lang), annotation_position="bottom right")
    return _layout(fig, height=380, legend={"orientation": "h", "y": -0.25},
                   xaxis={"title": t("ui.robust.share_of", lang, group=t(f"group.{sens.group}", lang)),
                          "range": [0, 100], "ticksuffix": "%"},
                   yaxis={"title": t("ui.col.total", lang), "range": [0, 100]})


def stability_figure(stab, res: Result, lang: str = "zh", limit: int = 12) -> go.Figure:
    """Probability of ranking first, per quote (the likeliest first; each quote by its id, named with its rank)."""
    by_id = {vr.quote.id: vr for vr in res.vendors}
    items = sorted(stab.p_first.items(), key=lambda kv: -kv[1])[:limit]
    fig = go.Figure(go.Bar(
        x=[100 * p for _, p in items][::-1], y=[_plain(_short(vendor_label(by_id[k]), 30)) for k, _ in items][::-1],
        orientation="h", marker={"color": [color_for(position_of(res, by_id[k])) for k, _ in items][::-1]},
        text=[f"{100 * p:.1f}%" for _, p in items][::-1], textposition="outside",
        hovertemplate="%{y}: %{x:.1f}%<extra></extra>"))
    return _layout(fig, height=max(220, 40 * len(items) + 100), showlegend=False,
                   xaxis={"title": t("ui.robust.p_first", lang), "range": [0, 110], "ticksuffix": "%"})


# ------------------------------------------------------------------------------------------------
# The evaluation team (issue 13)
# ------------------------------------------------------------------------------------------------
SCORE_COLORS = [[0.0, "#E15759"], [0.5, "#EDC948"], [1.0, "#59A14F"]]  # 1 red, 3 yellow, 5 green


def evaluation_heatmap(res: Result, lang: str = "zh", criterion: str | None = None) -> go.Figure:
    """Evaluators (rows) x quotes (columns, rank order): each evaluator's mean score on the quote over the evaluation
    criteria scored (or the score on one ``criterion``, its reason in the hover); blank where they gave none."""
    team = res.quoteset.evaluation
    people = [e.name for e in team.counted] if team is not None else []
    wanted = {criterion} if criterion else {c.id for c in res.criteria if c.group == schema.EVAL_GROUP}
    given: dict[tuple[str, int], list] = {}
    for e in team.entries if team is not None else ():
        if e.criterion in wanted:
            given.setdefault((e.evaluator, e.quote), []).append(e)
    positions = [position_of(res, vr) for vr in res.vendors]
    z, text, hover = [], [], []
    for name in people:
        zr, tr_, hr = [], [], []
        for vr, pos in zip(res.vendors, positions):
            got = given.get((name, pos), [])
            x = sum(e.score for e in got) / len(got) if got else None
            zr.append(x)
            tr_.append("" if x is None else f"{x:.1f}")
            lines = [f"<b>{html.escape(name)}</b> → {html.escape(vr.quote.key)}",
                     t("eval.ui.heat_none", lang) if x is None else f"{x:.1f}"]
            if criterion and got:
                lines.append(html.escape(_short(got[0].reason or "—", HOVER_TEXT_MAX)))
            elif got:
                lines.append(t("eval.ui.heat_n", lang, n=len(got)))
            hr.append("<br>".join(lines))
        z.append(zr)
        text.append(tr_)
        hover.append(hr)
    fig = go.Figure(go.Heatmap(
        z=z, x=[_plain(vendor_label(vr)) for vr in res.vendors], y=[_plain(p) for p in people], text=text,
        texttemplate="%{text}", hovertext=hover, hoverinfo="text", zmin=schema.EVAL_SCALE[0],
        zmax=schema.EVAL_SCALE[-1], colorscale=SCORE_COLORS, xgap=3, ygap=3,
        colorbar={"title": {"text": t("eval.col.score", lang)}, "tickvals": list(schema.EVAL_SCALE)}))
    return _layout(fig, height=max(240, 90 + 56 * len(people)), xaxis={"side": "top"},
                   yaxis={"autorange": "reversed"})
