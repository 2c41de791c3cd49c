"""Shared pytest fixtures: repository paths, sample files, and an AppTest factory for the dashboard."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture
def app_test(monkeypatch):
    """Factory for ``AppTest`` runs of app.py (timeout 60 s: Excel parsing is slower than 3 s on CI).

    Works around a Streamlit 1.67 AppTest quirk: AppTest resets ``PagesManager.uses_pages_directory``
    before every run and the PagesManager sets it again because a ``pages/`` folder exists, so from
    the second run on AppTest would execute the page file directly instead of app.py (legacy
    pages-folder mode). app.py uses st.navigation, which disables that mode in a real server.
    """
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)

    def make(timeout: float = 60) -> AppTest:
        return AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)

    return make
