"""Optional access control: off by default; with a password configured nothing is shown before login."""
from __future__ import annotations

from core.i18n import t


def test_no_password_means_no_login(app_test, monkeypatch):
    monkeypatch.delenv("QUOTE_APP_PASSWORD", raising=False)
    at = app_test()
    at.run()
    assert not at.exception
    assert at.title[0].value == t("ui.nav.upload", "zh")
    assert len(at.file_uploader) == 1


def test_password_hides_everything_until_login(app_test, monkeypatch):
    monkeypatch.setenv("QUOTE_APP_PASSWORD", "s3cret-口令")
    at = app_test()
    at.run()
    assert not at.exception
    assert at.title[0].value == t("ui.auth.title", "zh")
    assert len(at.file_uploader) == 0 and len(at.sidebar.radio) == 0  # no upload, no sidebar, no data
    assert "_ctx" not in at.session_state

    at.text_input(key="auth_pw").set_value("wrong")
    at.button[0].click().run()
    assert at.error and at.error[0].value == t("ui.auth.wrong", "zh")
    assert len(at.file_uploader) == 0

    at.text_input(key="auth_pw").set_value("s3cret-口令")
    at.button[0].click().run()
    assert not at.exception
    assert at.title[0].value == t("ui.nav.upload", "zh")
    assert len(at.file_uploader) == 1
    assert at.session_state["auth_pw"] == ""  # the password is not kept in the session
