"""导出 / Export: the scored Excel workbook, the JSON result and the profile."""
from __future__ import annotations

from functools import partial

import streamlit as st

from core.report import download_name, result_json
from views import _common as c

lang = c.lang()

st.title(c.tr("ui.export.title"))
if c.empty_state("export"):
    st.stop()
res = c.ctx().res
c.top_pick(res)

col_x, col_j, col_p = st.columns(3)
with col_x, st.container(border=True):
    st.markdown(f"**{c.tr('ui.export.workbook')}**")
    st.caption(c.tr("ui.export.workbook_help"))
    c.workbook_button(res, key="exp_xlsx")
with col_j, st.container(border=True):
    st.markdown(f"**{c.tr('ui.export.json')}**")
    st.caption(c.tr("ui.export.json_help"))
    st.download_button(c.tr("ui.dl.json"), data=partial(result_json, res, lang), key="exp_json",
                       file_name=download_name(res, lang, "json"), mime="application/json", on_click="ignore",
                       icon=":material/download:")
with col_p, st.container(border=True):
    st.markdown(f"**{c.tr('ui.export.profile')}**")
    st.caption(c.tr("ui.export.profile_help"))
    c.profile_button(res.profile, key="exp_profile")
