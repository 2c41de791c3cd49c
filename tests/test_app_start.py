"""`make run` starts the dashboard on the sample data (`-- --sample`); a plain start is empty."""
from __future__ import annotations

import sys

from core.i18n import t


def test_sample_flag_opens_on_the_sample_quotes(app_test, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py", "--sample"])
    at = app_test()
    at.run()
    assert not at.exception
    assert at.session_state["_ctx"].res.top.quote.vendor == "安信科技"
    assert any("安信科技" in s.value for s in at.success)
    # the user can still clear it and start from an empty page
    at.button(key="up_clear").click().run()
    assert at.session_state["_ctx"].empty
    assert t("ui.empty.title", "zh") in [m.value.strip("*") for m in at.markdown]


def test_plain_start_is_empty(app_test, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = app_test()
    at.run()
    assert at.session_state["_ctx"].empty
