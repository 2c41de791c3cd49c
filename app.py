"""The dashboard entry point: session defaults, sidebar (language, business type, status), navigation.

Run with `make run` (or `streamlit run app.py`). Pages live in views/ and stay thin over core/. The folder is
not called "pages/": Streamlit treats a folder of that name as a legacy multipage app on the first run after
start-up (and in AppTest on every run), which loses the first click.
"""
from __future__ import annotations

from functools import partial

import streamlit as st

from core import sandbox, schema
from core.i18n import LANGS
from views import _access
from views import _common as c

c.init_state()
sandbox.warm()  # the reader workers for uploads (core.sandbox), started once in the background
st.set_page_config(page_title=c.tr("ui.app.title"), page_icon=":material/balance:", layout="wide")
if not _access.allowed():  # a configured password or SSO: nothing else is drawn (or read) before login
    st.stop()
ctx = c.refresh()  # before the sidebar: a restored profile may still set the business type


def _on_language() -> None:
    # A select widget remembers its choice as the text it showed, which is now in the other language:
    # set the choices again as codes (read back with the previous texts), and re-seed the settings page.
    st.session_state["bt"] = st.session_state["bt"]
    c.reset_settings_widgets()


lang = c.lang()
with st.sidebar:
    st.radio(c.tr("ui.sidebar.language"), LANGS, key="lang", horizontal=True, on_change=_on_language,
             format_func=partial(c.lang_name, lang))
    st.selectbox(c.tr("ui.sidebar.business_type"), list(schema.BUSINESS_TYPES), key="bt",
                 format_func=partial(c.bt_name, lang_=lang), on_change=c.reset_settings_widgets)
    if ctx.res is not None:
        top = ctx.res.top
        key = {"pass": "ui.sidebar.status", "unverified": "ui.sidebar.status_unverified"}.get(top.gate,
                                                                                            "ui.sidebar.status_fail")
        if ctx.qs.sample:
            st.caption(f":blue-badge[{c.tr('ux.sample.badge')}] {c.tr('ux.sample.sidebar')}")
        st.caption(c.tr(key, n=len(ctx.res.vendors), files=len(ctx.files), top=top.quote.key, total=f"{top.total:.1f}"))
    elif ctx.error is not None:
        st.caption(c.tr("ui.sidebar.status_error", files=len(ctx.files)))
    else:
        st.caption(c.tr("ui.sidebar.status_empty"))
    st.caption(c.tr("ui.sidebar.privacy"))

pages = [st.Page(path, title=c.tr(f"ui.nav.{pid}"), icon=icon, url_path=pid, default=(pid == "upload"))
         for pid, (path, icon) in c.PAGES.items()]
c.show_notice()
c.localize_uploaders()
st.navigation(pages, position="sidebar").run()
