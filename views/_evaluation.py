"""The evaluation team's parts of other pages (issue 13): the Settings page's judgement criteria and group weight,
the rankings under each evaluator's own weights (Robustness and Evaluation team pages). Not a page."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core import schema
from core.evaluation import weight_rankings
from core.i18n import t
from core.scoring import Result
from views import _common as c

ss = st.session_state


def has_scores(res: Result | None) -> bool:
    """Whether returned score sheets gave at least one valid score (the evaluation group exists)."""
    return res is not None and schema.EVAL_GROUP in res.groups


def _on_eval_weight() -> None:
    ss["profile"]["group_weights"][schema.EVAL_GROUP] = float(ss["set_gw_evaluation"])


def settings_section(res: Result | None) -> None:
    """评审打分 on the Settings page: the group's weight (0 until score sheets exist), the judgement criteria of
    the business type with their weights, and every step of their 1-5 scales."""
    lang = c.lang()
    prof = ss["profile"]
    st.subheader(c.tr("eval.set.title"))
    four = sum(float(prof["group_weights"].get(g, 0)) for g in schema.GROUPS)
    if has_scores(res):
        w = float(prof["group_weights"].get(schema.EVAL_GROUP, schema.EVAL_GROUP_WEIGHT))
        st.slider(t(f"group.{schema.EVAL_GROUP}", lang), 0, 100, int(round(w)), step=1, key="set_gw_evaluation",
                  on_change=_on_eval_weight, help=c.tr("eval.set.weight_help"))
        st.caption(c.tr("eval.set.share", share=f"{100 * w / (four + w) if four + w > 0 else 0:.0f}%",
                        w=f"{w:g}", four=f"{four:g}"))
    else:
        st.caption(c.tr("eval.set.none", w=f"{schema.EVAL_GROUP_WEIGHT:g}",
                        share=f"{100 * schema.EVAL_GROUP_WEIGHT / (four + schema.EVAL_GROUP_WEIGHT):.0f}%"))
    st.caption(c.tr("eval.set.criteria_help"))
    js = schema.judgements(ss["bt"])
    table = pd.DataFrame([{"criterion": j.id, "name": t(f"crit.{j.id}", lang), "look": t(f"eval.look.{j.id}", lang),
                           "scale": t(f"eval.set.scale.{j.scale}", lang),
                           "weight": float(prof["criterion_weights"].get(j.id, j.weight))} for j in js])
    edited = st.data_editor(
        table, key=f"set_eval_crit_{ss['nonce']}", hide_index=True, width="stretch", num_rows="fixed",
        column_order=["name", "weight", "scale", "look"], disabled=["criterion", "name", "look", "scale"],
        column_config={
            "name": st.column_config.TextColumn(c.tr("ui.col.criterion"), width="medium"),
            "weight": st.column_config.NumberColumn(c.tr("ui.settings.weight"), min_value=0.0, max_value=10.0,
                                                    step=0.5, format="%.1f", required=True),
            "scale": st.column_config.TextColumn(c.tr("eval.set.scale_col"), width="small"),
            "look": st.column_config.TextColumn(c.tr("eval.set.look"), width="large")})
    new = dict(zip(edited["criterion"], edited["weight"].fillna(0.0).astype(float)))
    old = {j.id: float(prof["criterion_weights"].get(j.id, j.weight)) for j in js}
    if any(abs(new[k] - old[k]) > 1e-9 for k in new):
        prof["criterion_weights"].update({k: max(0.0, v) for k, v in new.items()})
        ss["nonce"] += 1
        st.rerun()
    with st.expander(c.tr("eval.set.scales"), expanded=True):  # every step of every scale, wrapped in full
        kinds = list(dict.fromkeys(j.scale for j in js))
        c.static_table(pd.DataFrame([[t(f"eval.scale.{k}.{n}", lang) for n in schema.EVAL_SCALE] for k in kinds],
                                    index=pd.Index([t(f"eval.set.scale.{k}", lang) for k in kinds],
                                                   name=c.tr("eval.set.scale_col")),
                                    columns=[c.tr("eval.set.step", n=n) for n in schema.EVAL_SCALE]))


def weight_rankings_section(res: Result, key: str) -> None:
    """The ranking under each evaluator's own group weights and under the team's mean, with how stable it is."""
    if res.quoteset.evaluation is None:
        return
    st.subheader(c.tr("eval.rob.title"))
    wr = weight_rankings(res)
    if wr is None:
        st.caption(c.tr("eval.rob.none"))
        return
    st.caption(c.tr("eval.rob.help"))
    mean = c.tr("eval.rob.team_mean")
    m = len(wr.names)
    held = wr.top_holds == m
    (st.success if held else st.warning)(c.tr("eval.rob.verdict_all" if held else "eval.rob.verdict_some",
                                               top=wr.top, k=wr.top_holds, m=m))
    columns = [*wr.names, mean]
    df = pd.DataFrame(wr.ranks, columns=pd.Index(columns), index=pd.Index(wr.keys, name=c.tr("ui.col.vendor")))
    df[c.tr("eval.rob.best")] = [min(r) for r in wr.ranks]
    df[c.tr("eval.rob.worst")] = [max(r) for r in wr.ranks]
    df[c.tr("eval.rob.firsts")] = [f"{k} / {m + 1}" for k in wr.firsts]
    c.table(df, key=f"{key}_ranks")
    with st.expander(c.tr("eval.rob.shares")):
        c.table(pd.DataFrame([[f"{100 * s[g]:.0f}%" for g in (*schema.GROUPS, schema.EVAL_GROUP)]
                              for s in wr.shares], index=pd.Index(columns, name=c.tr("eval.xl.evaluator")),
                             columns=[t(f"group.{g}", c.lang()) for g in (*schema.GROUPS, schema.EVAL_GROUP)]),
                key=f"{key}_shares")
