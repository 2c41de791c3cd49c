"""导出 / Export: the evaluation report (Word), the scored Excel workbook, the JSON result and the profile."""
from __future__ import annotations

from functools import partial

import streamlit as st

from core.i18n import t
from core.report import download_name, result_json
from core.word_report import DOCX_MIME, report_bytes
from views import _common as c

lang = c.lang()

st.title(c.tr("ui.export.title"))
if c.empty_state("export"):
    st.stop()
res = c.ctx().res
bt = res.profile.business_type
c.top_pick(res)

col_r, col_x, col_j, col_p = st.columns(4)
with col_r, st.container(border=True):
    st.markdown(f"**{c.tr('rep.ui.export')}**")
    st.caption(c.tr("rep.ui.export_help"))
    st.download_button(c.tr("rep.ui.download"), key="exp_report", mime=DOCX_MIME, on_click="ignore",
                       data=partial(report_bytes, res, lang, st.session_state["report_title"]),
                       file_name=t("rep.file", lang, type=bt), icon=":material/description:", type="primary")
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
