"""Shared pytest fixtures: repository paths, sample files, and an AppTest factory for the dashboard."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data"


@pytest.fixture(scope="session", autouse=True)
def _reader_pool():
    """The reader workers (core.sandbox) started once, as the dashboard starts them (app.py): a timed test does
    not pay a worker's start-up."""
    from core import sandbox

    sandbox.warm()
    yield
    sandbox.shutdown()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture
def app_test():
    """Factory for ``AppTest`` runs of app.py (timeout 60 s: Excel parsing is slower than 3 s on CI)."""
    from streamlit.testing.v1 import AppTest

    def make(timeout: float = 60) -> AppTest:
        return AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)

    return make


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def loaded_app(app_test):
    """Factory: app.py run with quotes loaded (the sample, or ``upload=(name, xlsx bytes)``), in ``lang``, on
    ``page`` (a views/ file name) when given; each step must run without an exception."""

    def make(page: str | None = None, lang: str = "zh", upload: tuple[str, bytes] | None = None,
             timeout: float = 60):
        at = app_test(timeout)
        at.run()
        if lang != "zh":
            at.radio(key="lang").set_value(lang).run()
        if upload is None:
            at.button(key="up_sample").click().run()
        else:
            at.file_uploader[0].set_value((*upload, XLSX_MIME)).run()
        assert not at.exception
        if page:
            at.switch_page(f"views/{page}.py").run()
            assert not at.exception
        return at

    return make
