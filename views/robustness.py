"""稳健性 / Robustness: why the top pick wins, weight sensitivity, rank stability, what-if, TOPSIS."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core import robustness as rb
from core import schema
from core.charts import (CURVE_QUOTES, curve_quotes, position_of, sensitivity_figure, stability_figure,
                         vendor_label, waterfall_figure)
from core.i18n import t
from core.model import remember
from views import _common as c
from views import _evaluation

ss = st.session_state
lang = c.lang()
SURE = 0.8  # the top pick first in at least this share of the weight draws: a robust choice
BOOL_FIELDS = schema.YES_NO_FIELDS
NUMBER_FIELDS = {  # field -> (unit shown, multiplier to the stored value)
    "price_cny": (c.tr("ui.robust.unit_wan"), schema.WAN),
    "annual_fee_after_warranty_cny": (c.tr("ui.robust.unit_wan"), schema.WAN),
    "free_maintenance_months": ("", 1), "response_hours": ("", 1), "audit_log_months": ("", 1),
}

st.title(c.tr("ui.nav.robustness"))
if c.empty_state("robustness"):
    st.stop()
res = c.ctx().res
qs = res.quoteset
c.top_pick(res)
st.caption(c.tr("ui.robust.intro"))

# --- why -------------------------------------------------------------------------------------
st.subheader(c.tr("ui.robust.explain"))
rank_of = {position_of(res, vr): i for i, vr in enumerate(res.vendors)}  # the quotes in ranked order
idx = rank_of[c.pick_quote(st, c.tr("ui.robust.explain_pick"), res, list(rank_of), key="rob_explain")]
expl = rb.explain(res, idx)
st.markdown(expl.sentence(lang, esc=c.md))
st.caption(c.tr("ui.robust.explain_help"))
st.plotly_chart(waterfall_figure(expl, lang), key="rob_waterfall", config={"displaylogo": False})

# --- sensitivity -----------------------------------------------------------------------------
st.subheader(c.tr("ui.robust.sensitivity"))
st.caption(c.tr("ui.robust.sensitivity_help"))
sens = rb.sensitivity(res)
c.static_table(pd.DataFrame([{
    c.tr("ui.robust.col.group"): t(f"group.{s.group}", lang),
    c.tr("ui.robust.col.current"): f"{100 * s.current:.0f}%",
    c.tr("ui.robust.col.interval"): f"{100 * s.low:.0f}% – {100 * s.high:.0f}%",
    c.tr("ui.robust.col.top"): s.top,
} for s in sens]).set_index(c.tr("ui.robust.col.group")))
# Widgets whose shown options depend on the language carry it in their key: Streamlit remembers a choice by
# the text it showed, which no longer exists after a language switch.
group = st.radio(c.tr("ui.robust.group"), res.groups, key=f"rob_group_{lang}", horizontal=True,
                 format_func=lambda g: t(f"group.{g}", lang))
shown_sens = next(s for s in sens if s.group == group)
if len(res.vendors) > CURVE_QUOTES:
    st.caption(c.tr("ui.robust.curves_of", shown=len(curve_quotes(shown_sens, res)), n=len(res.vendors)))
st.plotly_chart(sensitivity_figure(shown_sens, res, lang), key="rob_sens", config={"displaylogo": False})

# --- stability -------------------------------------------------------------------------------
st.subheader(c.tr("ui.robust.stability"))
cols = st.columns(2)
conc = cols[0].select_slider(c.tr("ui.robust.concentration"), options=[2, 5, 10, 20, 50, 100, 500], value=50,
                             key="rob_conc")
draws = cols[1].select_slider(c.tr("ui.robust.draws"), options=[10_000, 20_000, 50_000], value=10_000,
                              key="rob_draws", format_func=lambda n: f"{n:,}")
st.caption(c.tr("ui.robust.stability_help", draws=f"{draws:,}"))
stab = rb.stability(res, draws=draws, concentration=conc)
top = res.top.quote.key
p_top = stab.p_first.get(res.top.quote.id, 0.0)
sure = p_top >= SURE
(st.success if sure else st.warning)(c.tr("ui.robust.verdict_sure" if sure else "ui.robust.verdict_close", vendor=top,
                                          p=f"{100 * p_top:.0f}%"))
st.plotly_chart(stability_figure(stab, res, lang), key="rob_stab", config={"displaylogo": False})
if stab.rank_probs.shape[1] > 1:
    n_ranks = min(stab.rank_probs.shape[1], 6)
    with st.expander(c.tr("ui.robust.rank_table")):
        st.dataframe(pd.DataFrame(
            (100 * stab.rank_probs[:, :n_ranks]).round(1),
            index=[vendor_label(v) for v in res.vendors],
            columns=[c.tr("ui.robust.rank_n", n=r + 1) for r in range(n_ranks)]), width="stretch",
            key="rob_rank_probs")

# --- under each evaluator's own weights (issue 13) ---------------------------------------------
_evaluation.weight_rankings_section(res, key="rob_eval")

# --- what-if ---------------------------------------------------------------------------------
st.subheader(c.tr("ui.robust.whatif"))
st.caption(c.tr("ui.robust.whatif_help"))
cols = st.columns(3)
pos = c.pick_quote(cols[0], c.tr("ui.robust.whatif_quote"), res, sorted(position_of(res, vr) for vr in res.vendors),
                   key="rob_wi_quote")
fld = cols[1].selectbox(c.tr("ui.robust.whatif_field"), BOOL_FIELDS + tuple(NUMBER_FIELDS), key=f"rob_wi_field_{lang}",
                        format_func=lambda f: t(f"field.{f}", lang))
# the value the quote is scored on (the comparable price, tax and must-have options included): unchanged, no rank moves
current = next(vr for vr in res.vendors if position_of(res, vr) == pos).scored_values.get(fld)
if fld in BOOL_FIELDS:
    shown = {"yes": c.tr("ui.robust.yes"), "no": c.tr("ui.robust.no"), "unknown": c.tr("ui.robust.unknown")}
    choice = cols[2].radio(c.tr("ui.robust.whatif_value"), tuple(shown), horizontal=True,
                           key=f"rob_wi_bool_{pos}_{fld}_{lang}",
                           index=2 if current is None else (0 if current else 1), format_func=shown.get)
    value = {"yes": True, "no": False, "unknown": None}[choice]
else:
    unit, mult = NUMBER_FIELDS[fld]
    num = cols[2].number_input(f"{c.tr('ui.robust.whatif_value')} {unit}".strip(), min_value=0.0,
                               value=float(current / mult) if current is not None else None,
                               placeholder=c.tr("ui.robust.unknown"),
                               key=f"rob_wi_num_{pos}_{fld}")
    value = None if num is None else num * mult  # left empty: still unknown
moves = remember(res, ("what_if", pos, fld, value),  # the last what-ifs are kept with the result; nothing changed:
                 lambda: rb.rank_moves(res, res if value == current  # the quote as it is scored
                                       else rb.what_if(qs, res.profile, pos, fld, value)))
if all(m["before"] == m["after"] for m in moves):
    st.info(c.tr("ui.robust.whatif_same"))
c.table(c.by_quote({
    c.tr("ui.col.vendor"): [m["vendor"] for m in moves], c.tr("ui.robust.col.before"): [m["before"] for m in moves],
    c.tr("ui.robust.col.after"): [m["after"] for m in moves],
    c.tr("ui.robust.col.total"): [f"{m['total']:.1f}" for m in moves],
}, [m["id"] for m in moves]), key="rob_wi_table", hide_index=True)

# --- TOPSIS ----------------------------------------------------------------------------------
st.subheader(c.tr("ui.robust.topsis"))
st.caption(c.tr("ui.robust.topsis_help"))
comp = rb.method_comparison(res)
differ = [m for m in comp if m["rank_change"]]
st.markdown(c.tr("ui.robust.methods_differ", n=len(differ)) if differ else c.tr("ui.robust.methods_agree"))
change = c.tr("ui.robust.col.change")
df = c.by_quote({  # column by column: a header is translated once, not once per quote
    c.tr("ui.col.vendor"): [m["vendor"] for m in comp],
    c.tr("ui.robust.col.ws"): [f"{m['weighted_sum']:.1f}" for m in comp],
    c.tr("ui.robust.col.ws_rank"): [m["rank_weighted_sum"] for m in comp],
    c.tr("ui.robust.col.topsis"): [f"{m['topsis']:.1f}" for m in comp],
    c.tr("ui.robust.col.topsis_rank"): [m["rank_topsis"] for m in comp],
    change: [f"{m['rank_change']:+d}" for m in comp],
}, [m["id"] for m in comp])
c.table(df, key="rob_methods_table", hide_index=True, row_style=lambda row: [
    "background-color: #fff3cd" if row[change] != "+0" else "" for _ in row])
