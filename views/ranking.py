"""排名 / Ranking: the ranked table, points per group, and the scored workbook."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from core import schema
from core.charts import CHART_QUOTES, GROUP_COLORS, TOTAL_COLOR, color_for, points_figure, position_of
from core.flags import settling
from core.i18n import money_range, t
from core.report import sentences
from views import _common as c
from views import _rounds

lang = c.lang()
GATE_ROW = {"unverified": "background-color: rgba(242, 142, 43, 0.10);",
            "fail": "background-color: rgba(225, 87, 89, 0.10); color: #8a8a8a;"}

st.title(c.tr("ui.ranking.title"))
if c.empty_state("ranking"):
    st.stop()
res = c.ctx().res
p = res.profile
c.restore_panel("rank")
c.top_pick(res)
lo, hi = p.budget
st.caption(c.tr("ui.ranking.basis", type=c.bt_name(p.business_type), budget=money_range(lo, hi, lang),
                years=p.horizon_years))

rows = []
for vr in res.vendors:
    rows.append({
        "rank": vr.rank, "color": "", "vendor": vr.quote.vendor, "package": vr.quote.package or "",
        "total": round(vr.total, 1), **{g: round(vr.groups[g], 1) for g in res.groups},
        "gate": f"{schema.GATE_MARK[vr.gate]} {t(f'gate.{vr.gate}', lang)}",
        "red": vr.count("red"), "amber": vr.count("amber"),
        "tco": (("≈ " if vr.tco_estimated else "") + c.wan(vr.tco_cny)) if vr.tco_cny is not None else "—",
    })
df = pd.DataFrame(rows)
# The vendor's colour (the one it has on every chart) as a swatch beside its name: the name stays in the table's own
# dark text, readable whatever the colour (pale yellow, pink or grey names were hard to read).
colors = [color_for(position_of(res, vr)) for vr in res.vendors]
gates = [vr.gate for vr in res.vendors]


def _style(row: pd.Series) -> list[str]:
    i = row.name
    base = GATE_ROW.get(gates[i], "")
    return [f"background-color: {colors[i]};" if col == "color" else
            base + ("font-weight: 700;" if col == "vendor" else "") for col in row.index]


bar = partial(st.column_config.ProgressColumn, min_value=0, max_value=100, format="%.1f")
st.dataframe(
    df.style.apply(_style, axis=1) if len(df) <= c.STYLED_ROWS else df, hide_index=True, width="stretch",
    key="rank_table",
    column_config={
        "rank": st.column_config.NumberColumn(c.tr("ui.col.rank"), width=48, pinned=True),
        "color": st.column_config.TextColumn("", width=8, pinned=True),
        "vendor": st.column_config.TextColumn(c.tr("ui.col.vendor"), width=100, pinned=True),
        "package": st.column_config.TextColumn(c.tr("ui.col.package"), width=64),
        "total": bar(c.tr("ui.col.total"), help=c.tr("ui.ranking.total_help"), width=100, color=TOTAL_COLOR),
        **{g: bar(t(f"group.{g}", lang), width=88, color=GROUP_COLORS[g]) for g in res.groups},
        "gate": st.column_config.TextColumn(c.tr("ui.col.gate"), help=c.tr("ui.ranking.gate_help"), width=86),
        "red": st.column_config.NumberColumn(c.tr("ui.col.red"), width=46),
        "amber": st.column_config.NumberColumn(c.tr("ui.col.amber"), width=46),
        "tco": st.column_config.TextColumn(c.tr("ui.col.tco", years=p.horizon_years),
                                           help=c.tr("ui.ranking.tco_help"), width=112),
    })
waiting = [vr for vr in res.vendors if vr.gate == "unverified"]
for vr in waiting[:c.LIST_LINES]:
    items = " ".join(f.question(lang) for f in settling(vr.flags))
    st.markdown(c.tr("ui.ranking.unverified_line", vendor=vr.quote.key, items=items))
failed = [vr for vr in res.vendors if vr.gate == "fail"]
for vr in failed[:c.LIST_LINES]:
    reasons = sentences([f.message(lang) for f in vr.flags if f.gate], lang)
    st.markdown(c.tr("ui.ranking.gate_line", vendor=vr.quote.key, reasons=reasons))
if len(failed) > c.LIST_LINES:
    st.markdown(c.tr("ui.ranking.gate_more", n=len(failed) - c.LIST_LINES, page=c.tr("ui.nav.risks"),
                     sheet=t("xl.sheet.flags", lang)))

_rounds.show_changes(res)  # revised quotes and answered letters: ranks before and after, what changed

with st.expander(c.tr("ux.exclude.title"), expanded=bool(res.excluded), icon=":material/block:",
                 key="rank_ex_box"):
    st.caption(c.tr("ux.exclude.help"))
    c.exclusion_panel("rank")

st.subheader(c.tr("ui.ranking.chart"))
st.caption(c.tr("ui.ranking.chart_help"))
if len(res.vendors) > CHART_QUOTES:
    st.caption(c.tr("ui.chart.top_of", shown=CHART_QUOTES, n=len(res.vendors)))
st.plotly_chart(points_figure(res, lang), key="rank_chart", config={"displaylogo": False})

c.workbook_button(res, key="rank_dl_xlsx")
