"""评分设置 / Scoring settings: business type, budget, horizon, weights, gates; save and load as JSON.

The profile lives in st.session_state["profile"] (business type in "bt"); widgets here are seeded
from it and write back through callbacks, so every page scores with the same profile.
"""
from __future__ import annotations

import json
from functools import partial

import pandas as pd
import streamlit as st

from core import schema
from core.errors import QuoteError
from core.i18n import feature_names, money_range, t
from core.charts import TOTAL_COLOR
from core.model import Profile
from core.scoring import effective_weights
from core.weights import rebalance
from views import _common as c
from views import _evaluation

ss = st.session_state
lang = c.lang()
prof = ss["profile"]
p = c.profile()


def _on_budget() -> None:
    lo, hi = ss["set_budget"]
    prof["budget_cny"] = [lo * schema.WAN, hi * schema.WAN]


def _on_horizon() -> None:
    prof["horizon_years"] = int(ss["set_horizon"])


def _on_vat() -> None:
    prof["vat_rate"] = float(ss["set_vat"]) / 100


# Each group has a slider and a number box. When a callback moves a widget the user did not touch, that widget gets a
# new key (its version in ss["gw_ver"]) instead of a new value: the browser sends every widget's value with the next
# change, and a value the page had just overwritten would come back as if the user had set it (quick arrow-key
# presses were lost that way, and set groups pulled back). Every settings widget is given its value as its default
# (``value=``), never through session state: a value set through session state reaches the browser only with the run
# that set it, and when the next change cut that run short the browser drew the new widget at its bare default (a
# group's slider at 0 while its weight was 27).
def _gw_key(kind: str, g: str) -> str:
    return f"set_{kind}_{g}_{ss['gw_ver'].get(f'{kind}_{g}', 0)}"


def _on_group(changed: str, kind: str, key: str) -> None:
    """One group set by slider ("gw") or number box ("gwn"): the groups the user has not set (or locked) make room,
    the sum stays 100 (core.weights.rebalance). A widget the page has replaced since (``key`` is no longer its
    current key) only echoes an old value: ignored."""
    gw = prof["group_weights"]
    value = ss.get(key)
    if key != _gw_key(kind, changed) or value is None:  # a stale echo, or a number box emptied: nothing to apply
        return
    now = {g: int(round(gw[g])) for g in schema.GROUPS}
    if ss["gw_held"][:1] != [changed] or "gw_basis" not in ss:  # a group starts moving: the others' shares now
        ss["gw_basis"] = now
    new = rebalance(now, changed, int(round(value)), ss["gw_locked"], ss["gw_held"], ss["gw_basis"])
    ss["gw_held"] = [changed] + [g for g in ss["gw_held"] if g != changed]
    for g in schema.GROUPS:
        gw[g] = new[g]
        for k in ("gw", "gwn"):
            if ss.get(_gw_key(k, g)) != new[g]:
                ss["gw_ver"][f"{k}_{g}"] = ss["gw_ver"].get(f"{k}_{g}", 0) + 1


def _on_lock(g: str) -> None:
    locked = [x for x in ss["gw_locked"] if x != g]
    ss["gw_locked"] = locked + [g] if ss[f"set_gwlock_{g}"] else locked


def _reset_weights() -> None:
    """Group and criterion weights back to the defaults; locks and hand-set groups forgotten."""
    d = Profile.default(ss["bt"])
    prof["group_weights"] = c.hundred(d.group_weights)
    prof["criterion_weights"] = dict(d.criterion_weights)
    ss["gw_held"], ss["gw_locked"] = [], []
    c.reset_settings_widgets()
    c.notify("ux.weights.reset_done")


def _on_gate(code: str) -> None:
    prof["gates"][code] = bool(ss[f"set_gate_{code}"])


def _reset() -> None:
    d = Profile.default(ss["bt"])
    d.excluded = list(prof.get("excluded") or [])  # quotes left out stay out: they are not a scoring setting
    ss["gw_locked"] = []
    c.set_profile(d)
    c.notify("ui.settings.reset_done")


def _on_load() -> None:
    f = ss.get(f"set_load_{ss['nonce']}")
    if f is None:
        return
    try:
        raw = json.loads(f.getvalue().decode("utf-8-sig"))
        loaded = Profile.from_dict(raw)
    except (ValueError, UnicodeDecodeError):
        ss["profile_error"] = QuoteError("err.bad_profile")
        return
    except QuoteError as e:
        ss["profile_error"] = e
        return
    ss["profile_error"] = None
    c.set_profile(loaded)
    c.notify("ui.settings.loaded", file=f.name)


st.title(c.tr("ui.settings.title"))
st.caption(c.tr("ui.settings.intro"))
c.empty_state("settings")  # settings work without quotes; the pointer still shows where to start
c.restore_panel("cfg")  # not "set_": those keys are re-seeded
if ss.get("profile_error") is not None:
    st.error(c.error_text(ss["profile_error"]), icon=":material/error:")
    ss["profile_error"] = None

# --- business type, budget, horizon -------------------------------------------------------------
col_bt, col_budget, col_years = st.columns([1.2, 1.4, 0.8])
with col_bt:
    ss["set_bt"] = ss["bt"]
    st.selectbox(c.tr("ui.sidebar.business_type"), list(schema.BUSINESS_TYPES), key="set_bt",
                 format_func=partial(c.bt_name, lang_=lang), on_change=lambda: c.set_business_type(ss["set_bt"]))
    bt = schema.BUSINESS_TYPES[ss["bt"]]
    st.caption(c.tr("ui.settings.must_have", features=feature_names(bt.must_have, lang)))
with col_budget:
    lo, hi = p.budget
    st.slider(c.tr("ui.settings.budget"), 0.0, max(80.0, hi / schema.WAN), step=0.5, format="%.1f",
              value=(lo / schema.WAN, hi / schema.WAN), key="set_budget", on_change=_on_budget)
    dlo, dhi = bt.budget_cny
    st.caption(c.tr("ui.settings.budget_help", type=c.bt_name(ss["bt"]), budget=money_range(dlo, dhi, lang)))
with col_years:
    st.number_input(c.tr("ui.settings.horizon"), min_value=1, max_value=schema.MAX_HORIZON_YEARS, step=1,
                    value=int(p.horizon_years), key="set_horizon", on_change=_on_horizon,
                    help=c.tr("ui.settings.horizon_help"))
    st.number_input(c.tr("ui.settings.vat"), min_value=0.0, max_value=30.0, step=1.0, format="%.0f",
                    value=round(100 * p.vat_rate, 2), key="set_vat", on_change=_on_vat,
                    help=c.tr("ui.settings.vat_help"))

# --- group weights ------------------------------------------------------------------------------
st.subheader(c.tr("ui.settings.groups"))
st.caption(c.tr("ui.settings.groups_help"))
cols = st.columns(len(schema.GROUPS))
for col, g in zip(cols, schema.GROUPS):
    with col, st.container(border=True):
        weight = int(round(prof["group_weights"][g]))
        st.markdown(f"**{c.tr(f'group.{g}')}**")
        slider, number = st.columns([3, 2], vertical_alignment="bottom")
        key_s, key_n = _gw_key("gw", g), _gw_key("gwn", g)
        slider.slider(t(f"group.{g}", lang), 0, 100, weight, step=1, format="%d%%", label_visibility="collapsed",
                      key=key_s, on_change=_on_group, args=(g, "gw", key_s))
        number.number_input(c.tr("ux.weights.number", group=t(f"group.{g}", lang)), 0, 100, weight, step=1,
                            label_visibility="collapsed", key=key_n, on_change=_on_group, args=(g, "gwn", key_n))
        st.toggle(c.tr("ux.weights.lock"), value=g in ss["gw_locked"], key=f"set_gwlock_{g}", on_change=_on_lock,
                  args=(g,), help=c.tr("ux.weights.lock_help"))
total_col, reset_col = st.columns([3, 1], vertical_alignment="center")
total_col.caption(c.tr("ui.settings.groups_sum", total=sum(int(prof["group_weights"][g]) for g in schema.GROUPS)))
reset_col.button(c.tr("ux.weights.reset"), key="set_weights_reset", on_click=_reset_weights,
                 icon=":material/restart_alt:", width="stretch")

# --- criterion weights --------------------------------------------------------------------------
st.subheader(c.tr("ui.settings.criteria"))
st.caption(c.tr("ui.settings.criteria_help"))
eff = effective_weights(p)
table = pd.DataFrame([{
    "criterion": cr.id,
    "group": t(f"group.{cr.group}", lang),
    "name": t(f"crit.{cr.id}", lang),
    "weight": float(prof["criterion_weights"].get(cr.id, cr.weight)),
    "share": 100 * eff[cr.id],
} for cr in schema.CRITERIA])
edited = st.data_editor(
    table, key=f"set_crit_{ss['nonce']}", hide_index=True, width="stretch", num_rows="fixed", height="content",
    column_order=["group", "name", "weight", "share"], disabled=["criterion", "group", "name", "share"],
    column_config={
        "group": st.column_config.TextColumn(c.tr("ui.col.group")),
        "name": st.column_config.TextColumn(c.tr("ui.col.criterion")),
        "weight": st.column_config.NumberColumn(c.tr("ui.settings.weight"), min_value=0.0, max_value=10.0, step=0.5,
                                                format="%.1f", required=True, help=c.tr("ui.settings.weight_help")),
        "share": st.column_config.ProgressColumn(c.tr("ui.settings.share"), min_value=0,
                                                 max_value=max(10, int(100 * max(eff.values())) + 1),
                                                 format="%.1f%%", help=c.tr("ui.settings.share_help"),
                                                 color=TOTAL_COLOR),
    })
new_weights = dict(zip(edited["criterion"], edited["weight"].fillna(0.0).astype(float)))
if any(abs(new_weights[k] - float(prof["criterion_weights"].get(k, 0.0))) > 1e-9 for k in new_weights):
    prof["criterion_weights"].update({k: max(0.0, v) for k, v in new_weights.items()})
    ss["nonce"] += 1
    st.rerun()

# --- the evaluation team's group: weight and judgement criteria (issue 13) -----------------------------
_evaluation.settings_section(c.ctx().res)

# --- gates --------------------------------------------------------------------------------------
st.subheader(c.tr("ui.settings.gates"))
st.caption(c.tr("ui.settings.gates_help"))
gcols = st.columns(len(schema.GATE_CODES))
for col, code in zip(gcols, schema.GATE_CODES):
    with col:
        st.toggle(c.tr(f"ui.gate.{code}"), value=bool(p.gates.get(code, True)), key=f"set_gate_{code}",
                  on_change=_on_gate, args=(code,))

# --- reset, save, load --------------------------------------------------------------------------
st.subheader(c.tr("ui.settings.file"))
b1, b2, b3 = st.columns([1, 1, 2], vertical_alignment="bottom")
b1.button(c.tr("ui.settings.reset"), key="set_reset_btn", on_click=_reset, icon=":material/restart_alt:")
c.profile_button(p, key="set_save", where=b2)
b3.file_uploader(c.tr("ui.settings.load"), type=["json"], key=f"set_load_{ss['nonce']}", on_change=_on_load)

# --- the evaluation report ------------------------------------------------------------------------
# Its title is not a scoring setting: kept in the session (ss["report_title"]), not in the profile, so editing it
# neither re-scores nor turns up as a setting to restore from a workbook.
st.subheader(c.tr("rep.ui.section"))
ss.setdefault("rep_title_box", ss["report_title"])
st.text_input(c.tr("rep.ui.title"), key="rep_title_box", max_chars=120, placeholder=t("rep.title_default", lang),
              help=c.tr("rep.ui.title_help"), on_change=lambda: ss.update(report_title=ss["rep_title_box"].strip()))
