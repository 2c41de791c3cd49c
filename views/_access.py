"""Optional access control for a shared deployment. Off unless configured; nothing is shown before login.

- Password: set the environment variable ``QUOTE_APP_PASSWORD`` or ``password = "..."`` in
  ``.streamlit/secrets.toml``. Compared in constant time; remembered for the browser session only.
- Single sign-on: an ``[auth]`` section in ``.streamlit/secrets.toml`` (Streamlit's OIDC settings:
  redirect_uri, cookie_secret, client_id, client_secret, server_metadata_url) turns on ``st.login``.
"""
from __future__ import annotations

import hmac
import os

import streamlit as st

from views import _common as c

ENV_PASSWORD = "QUOTE_APP_PASSWORD"


def _secret(key: str):
    try:
        return st.secrets.get(key)
    except Exception:  # noqa: BLE001 - no secrets file (the usual case on a laptop) means "not configured"
        return None


def configured_password() -> str | None:
    return os.environ.get(ENV_PASSWORD) or _secret("password") or None


def _check() -> None:
    given = st.session_state.get("auth_pw", "")
    expected = configured_password() or ""
    st.session_state["auth_ok"] = bool(expected) and hmac.compare_digest(given.encode(), expected.encode())
    st.session_state["auth_failed"] = not st.session_state["auth_ok"]
    st.session_state["auth_pw"] = ""  # never kept in the session


def allowed() -> bool:
    """True when the visitor may see the app; otherwise draws the login and returns False."""
    if _secret("auth"):
        if st.user.is_logged_in:
            return True
        st.title(c.tr("ui.auth.title"))
        st.button(c.tr("ui.auth.sso"), key="auth_sso", on_click=st.login, type="primary")
        return False
    if not configured_password() or st.session_state.get("auth_ok"):
        return True
    st.title(c.tr("ui.auth.title"))
    st.caption(c.tr("ui.auth.help"))
    with st.form("auth_form"):
        st.text_input(c.tr("ui.auth.password"), type="password", key="auth_pw")
        st.form_submit_button(c.tr("ui.auth.submit"), on_click=_check, type="primary")
    if st.session_state.get("auth_failed"):
        st.error(c.tr("ui.auth.wrong"))
    return False
