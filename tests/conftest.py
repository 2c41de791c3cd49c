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
def app_test():
    """Factory for ``AppTest`` runs of app.py (timeout 60 s: Excel parsing is slower than 3 s on CI)."""
    from streamlit.testing.v1 import AppTest

    def make(timeout: float = 60) -> AppTest:
        return AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)

    return make
