"""对比 / Compare: 2-6 quotes on a radar chart, and criterion by criterion with the original text."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from core import schema
from core.charts import original_text, position_of, radar_figure, vendor_label
from core.i18n import t
from core.report import criterion_text
from views import _common as c

lang = c.lang()
PICK_MAX, PICK_DEFAULT = 6, 3  # quotes on the radar at most / at first (the best ranked)
BEST = "background-color: rgba(89, 161, 79, 0.22);"
WORST = "background-color: rgba(225, 87, 89, 0.20);"


st.title(c.tr("ui.compare.title"))
if c.empty_state("compare"):
    st.stop()
res = c.ctx().res
by_pos = {position_of(res, vr): vr for vr in res.vendors}
options = sorted(by_pos)
default = [position_of(res, vr) for vr in res.vendors[:PICK_DEFAULT]]
picked = st.multiselect(c.tr("ui.compare.pick", max=PICK_MAX), options, default=default, max_selections=PICK_MAX,
                        key="cmp_pick", format_func=partial(c.quote_label, res),
                        help=c.tr("ui.compare.pick_help", n=PICK_DEFAULT))
criterion_level = st.toggle(c.tr("ui.compare.level"), key="cmp_level", help=c.tr("ui.compare.level_help"))

if len(picked) < 2:
    st.info(c.tr("ui.compare.need_two"), icon=":material/info:")
    st.stop()

st.plotly_chart(radar_figure(res, picked, "criterion" if criterion_level else "group", lang), key="cmp_radar",
                config={"displaylogo": False})

st.subheader(c.tr("ui.compare.table"))
st.caption(c.tr("ui.compare.table_help"))
with_text = st.toggle(c.tr("ux.compare.originals"), key="cmp_originals", help=c.tr("ux.compare.originals_help"))
chosen = [by_pos[p] for p in picked]
val_col = {id(vr): vendor_label(vr) for vr in chosen}  # one column per quote: every picked quote in view
orig_col = {id(vr): f"{vendor_label(vr)} · {c.tr('ui.compare.original')}" for vr in chosen} if with_text else {}
rows, utils = [], []
for cr in schema.CRITERIA:
    row = {c.tr("ui.col.group"): t(f"group.{cr.group}", lang), c.tr("ui.col.criterion"): t(f"crit.{cr.id}", lang)}
    for vr in chosen:
        row[val_col[id(vr)]] = criterion_text(cr.id, vr, res.profile, lang)
        if with_text:
            row[orig_col[id(vr)]] = original_text(vr, cr.id) or "—"
    rows.append(row)
    utils.append([vr.utilities[cr.id] for vr in chosen])
table = pd.DataFrame(rows)


def _highlight(df: pd.DataFrame) -> pd.DataFrame:
    styles = pd.DataFrame("", index=df.index, columns=df.columns)
    for i, us in enumerate(utils):
        hi, lo = max(us), min(us)
        if hi - lo < 1e-9:
            continue
        for vr, u in zip(chosen, us):
            css = BEST if u >= hi - 1e-9 else WORST if u <= lo + 1e-9 else ""
            styles.loc[i, val_col[id(vr)]] = css
            if with_text:
                styles.loc[i, orig_col[id(vr)]] = css
    return styles


# Column widths that keep every picked quote on screen: the page's main column is about 960 px wide on a laptop,
# the two pinned columns take theirs, the quotes share the rest (with their own words too, the table scrolls).
PAGE_PX = 960
pinned = (90, 100) if lang == "zh" else (130, 150)
quote_cols = [*val_col.values(), *orig_col.values()]
width = max(110, min(280, (PAGE_PX - sum(pinned)) // len(quote_cols)))
st.dataframe(table.style.apply(_highlight, axis=None), hide_index=True, width="stretch", key="cmp_table",
             height="content", column_config={
                 c.tr("ui.col.group"): st.column_config.TextColumn(width=pinned[0], pinned=True),
                 c.tr("ui.col.criterion"): st.column_config.TextColumn(width=pinned[1], pinned=True),
                 **{col: st.column_config.TextColumn(width=width) for col in quote_cols}})
