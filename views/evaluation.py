"""评审小组 / Evaluation team: score sheets out, returned sheets merged, disagreement shown, consensus recorded."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from core import schema
from core.charts import evaluation_heatmap
from core.errors import QuoteError
from core.evaluation import disagreements, score_sheet, with_consensus
from core.i18n import LANGS, t
from views import _common as c
from views import _evaluation as ev

ss = st.session_state
lang = c.lang()
ss.setdefault("eval_made", None)  # the last sheet made here: file names and bytes (the key is loaded too)


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)[:40] or "_"


def _make() -> None:
    """Button callback: one evaluator's sheet; a blind sheet's key joins the loaded files (it stays here)."""
    ctx = c.ctx()
    sheet_lang = ss.get("eval_sheet_lang", lang)
    try:
        out = score_sheet(ctx.qs, ss["bt"], ss.get("eval_name", ""), sheet_lang, blind=bool(ss.get("eval_blind")),
                          profile=c.profile())
    except QuoteError as e:
        ss["eval_error"] = e
        return
    name = " ".join(ss["eval_name"].split())
    stem = t("eval.ui.sheet_file", sheet_lang, evaluator=_safe(name))
    made = {"evaluator": name, "sheet_name": f"{stem}.xlsx", "sheet": out.sheet, "key_name": None, "id": out.sheet_id}
    if out.key is not None:
        made["key_name"] = f"{stem}.key.xlsx"
        ss["files"][made["key_name"]] = out.key  # the buyer's key: loaded, so the returned sheet merges
        ss["nonce"] += 1
    ss["eval_made"] = made


def _on_upload() -> None:
    for f in ss.get(f"eval_up_{ss['nonce']}") or []:
        ss["files"][f.name] = f.getvalue()
    ss["nonce"] += 1


def _on_spread() -> None:
    settings = dict(ss["profile"].get("evaluation") or {})
    settings["disagreement"] = float(ss["eval_spread"])
    ss["profile"]["evaluation"] = settings


def _record() -> None:
    """Form callback: the consensus score of one criterion x quote, with its required comment."""
    cell = ss.get("eval_con_cell")
    if not cell:
        return
    cid, vendor = cell.split("|", 1)
    comment = (ss.get("eval_con_comment") or "").strip()
    if not comment:
        ss["eval_error"] = QuoteError("eval.err.consensus_comment", criterion=t(f"crit.{cid}", lang), vendor=vendor)
        return
    ss["profile"]["evaluation"] = with_consensus(ss["profile"], cid, vendor, float(ss["eval_con_score"]), comment)
    ss["eval_con_comment"] = ""
    c.notify("eval.ui.con_saved", vendor=vendor, criterion=t(f"crit.{cid}", lang))


def _remove() -> None:
    cell = ss.get("eval_con_del")
    if cell:
        cid, vendor = cell.split("|", 1)
        ss["profile"]["evaluation"] = with_consensus(ss["profile"], cid, vendor, None)
        c.notify("eval.ui.con_removed", vendor=vendor, criterion=t(f"crit.{cid}", lang))


st.title(c.tr("ui.nav.evaluation"))
st.caption(c.tr("eval.ui.intro"))
if c.empty_state("evaluation"):
    st.stop()
res = c.ctx().res
qs = res.quoteset
team = qs.evaluation
if ss.get("eval_error") is not None:
    st.error(c.error_text(ss["eval_error"]), icon=":material/error:")
    ss["eval_error"] = None

# --- score sheets out -------------------------------------------------------------------------------
with st.container(border=True):
    st.subheader(c.tr("eval.ui.out"))
    st.caption(c.tr("eval.ui.out_help", n=len(schema.judgements(ss["bt"])), type=c.bt_name(ss["bt"])))
    col_name, col_blind, col_lang, col_go = st.columns([2, 1, 1, 1], vertical_alignment="bottom")
    col_name.text_input(c.tr("eval.ui.evaluator"), key="eval_name", max_chars=60)
    col_blind.toggle(c.tr("eval.ui.blind"), key="eval_blind", help=c.tr("eval.ui.blind_help"))
    col_lang.radio(c.tr("eval.ui.sheet_lang"), LANGS, key="eval_sheet_lang", horizontal=True,
                   index=LANGS.index(lang), format_func=partial(c.lang_name, lang))
    col_go.button(c.tr("eval.ui.make"), key="eval_make", on_click=_make, type="primary", icon=":material/add:")
    made = ss["eval_made"]
    if made:
        d1, d2 = st.columns(2)
        d1.download_button(c.tr("eval.ui.dl_sheet", evaluator=made["evaluator"]), data=made["sheet"],
                           file_name=made["sheet_name"], mime=c.XLSX_MIME, key="eval_dl_sheet", on_click="ignore",
                           icon=":material/download:")
        if made["key_name"]:
            key_bytes = ss["files"].get(made["key_name"])
            if key_bytes is not None:
                d2.download_button(c.tr("eval.ui.dl_key"), data=key_bytes, file_name=made["key_name"],
                                   mime=c.XLSX_MIME, key="eval_dl_key", on_click="ignore", icon=":material/key:")
            st.caption(c.tr("eval.ui.key_kept", file=made["key_name"], id=made["id"]))

# --- score sheets back ------------------------------------------------------------------------------
st.file_uploader(c.tr("eval.ui.upload"), type=["xlsx"], accept_multiple_files=True, key=f"eval_up_{ss['nonce']}",
                 on_change=_on_upload, help=c.tr("eval.ui.upload_help"))
if team is None:
    st.info(c.tr("eval.ui.none"), icon=":material/info:")
    st.stop()

split = disagreements(res)
open_ = [d for d in split if "consensus" not in d[0].evaluation[d[1]]]
m1, m2, m3, m4 = st.columns(4)
m1.metric(c.tr("eval.ui.m_evaluators"), len(team.counted), border=True)
m2.metric(c.tr("eval.ui.m_scores"), len(team.entries), border=True)
m3.metric(c.tr("eval.ui.m_split"), len(open_), border=True)
m4.metric(c.tr("eval.ui.m_warnings"), len(team.warnings), border=True)
if not ev.has_scores(res):
    st.warning(c.tr("eval.ui.no_scores"), icon=":material/warning:")
else:
    share = sum(res.weights[cr.id] for cr in res.criteria if cr.group == schema.EVAL_GROUP)
    st.caption(c.tr("eval.ui.weight", share=f"{100 * share:.0f}%", page=c.tr("ui.nav.settings")))
other = sorted({e.business_type for e in team.counted if e.business_type and e.business_type != ss["bt"]})
if other:
    st.warning(c.tr("eval.ui.other_type", types="、".join(c.bt_name(b) for b in other) if lang == "zh" else
                    ", ".join(c.bt_name(b) for b in other), type=c.bt_name(ss["bt"])), icon=":material/warning:")
if team.warnings:
    with st.expander(c.tr("eval.ui.warnings", n=len(team.warnings)), expanded=True):
        st.dataframe(pd.DataFrame({
            c.tr("ui.col.file"): [w.file for w in team.warnings], c.tr("ui.col.sheet"): [w.sheet for w in team.warnings],
            c.tr("ui.col.cell"): [w.cell for w in team.warnings],
            c.tr("ui.col.problem"): [t(w.code, lang, **w.params) for w in team.warnings]}),
            hide_index=True, width="stretch", key="eval_warnings",
            column_config={c.tr("ui.col.problem"): st.column_config.TextColumn(width="large")})

if not ev.has_scores(res):
    st.stop()

# --- heatmap ------------------------------------------------------------------------------------------
st.subheader(c.tr("eval.ui.heatmap"))
st.caption(c.tr("eval.ui.heatmap_help"))
crits = [cr.id for cr in res.criteria if cr.group == schema.EVAL_GROUP]
shown = st.selectbox(c.tr("eval.ui.heat_pick"), ["", *crits], key=f"eval_heat_{lang}",
                     format_func=lambda x: c.tr("eval.ui.heat_all") if not x else t(f"crit.{x}", lang))
st.plotly_chart(evaluation_heatmap(res, lang, shown or None), key="eval_heatmap", config={"displaylogo": False})

# --- disagreement -------------------------------------------------------------------------------------
st.subheader(c.tr("eval.ui.split", n=len(open_)))
st.number_input(c.tr("eval.ui.spread"), min_value=1.0, max_value=4.0, step=0.5, format="%.1f", key="eval_spread",
                value=float(res.profile.evaluation.get("disagreement", schema.EVAL_DISAGREEMENT)),
                on_change=_on_spread, help=c.tr("eval.ui.spread_help"))
if not split:
    st.success(c.tr("eval.ui.split_none"), icon=":material/handshake:")
for vr, cid, entries in split:
    st_ = vr.evaluation[cid]
    con = st_.get("consensus")
    with st.container(border=True):
        head = c.tr("eval.ui.split_line", vendor=vr.quote.key, criterion=t(f"crit.{cid}", lang), low=st_["min"],
                    high=st_["max"], mean=f"{st_['mean']:.2f}", n=st_["n"])
        st.markdown(head)
        if con:
            st.success(c.tr("eval.ui.split_agreed", score=con["score"], comment=con["comment"]),
                       icon=":material/handshake:")
        cols = st.columns(max(1, len(entries)))
        for col, e in zip(cols, entries):  # the reasons side by side
            col.metric(c.md(e.evaluator), f"{e.score:g}", border=True)
            col.markdown(c.md(e.reason) if e.reason else c.tr("eval.ui.no_reason"))

# --- consensus ----------------------------------------------------------------------------------------
st.subheader(c.tr("eval.ui.consensus"))
st.caption(c.tr("eval.ui.consensus_help"))
cells = [f"{cid}|{vr.quote.key}" for vr, cid, _e in open_]
cells += [f"{cid}|{vr.quote.key}" for vr in res.vendors for cid in crits if f"{cid}|{vr.quote.key}" not in cells]
label = {x: f"{x.split('|', 1)[1]} — {t('crit.' + x.split('|', 1)[0], lang)}" for x in cells}
with st.form("eval_con_form", border=True):
    st.selectbox(c.tr("eval.ui.con_cell"), cells, key="eval_con_cell", format_func=label.get)
    st.select_slider(c.tr("eval.ui.con_score"), options=list(schema.EVAL_SCALE), value=3, key="eval_con_score")
    st.text_area(c.tr("eval.ui.con_comment"), key="eval_con_comment", max_chars=2000,
                 placeholder=c.tr("eval.ui.con_placeholder"))
    st.form_submit_button(c.tr("eval.ui.con_save"), key="eval_con_save", on_click=_record, type="primary",
                          icon=":material/gavel:")
recorded = res.profile.evaluation.get("consensus", [])
if recorded:
    c.table(pd.DataFrame({c.tr("ui.col.vendor"): [x["vendor"] for x in recorded],
                          c.tr("eval.col.criterion"): [t(f"crit.{x['criterion']}", lang) for x in recorded],
                          c.tr("eval.ui.con_score"): [f"{x['score']:g}" for x in recorded],
                          c.tr("eval.ui.con_comment"): [x["comment"] for x in recorded]}), key="eval_con_table")
    keys = [f"{x['criterion']}|{x['vendor']}" for x in recorded]
    r1, r2 = st.columns([3, 1], vertical_alignment="bottom")
    r1.selectbox(c.tr("eval.ui.con_pick"), keys, key="eval_con_del",
                 format_func=lambda x: f"{x.split('|', 1)[1]} — {t('crit.' + x.split('|', 1)[0], lang)}")
    r2.button(c.tr("eval.ui.con_remove"), key="eval_con_remove", on_click=_remove, icon=":material/delete:")

# --- each evaluator's weights -------------------------------------------------------------------------
ev.weight_rankings_section(res, key="eval")
