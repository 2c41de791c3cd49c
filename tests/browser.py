"""Helpers for the real-browser tests and the load test: a Streamlit server on loopback and headless Chromium.

Not a test module (benchmarks/load_test.py imports it too).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(timeout: float = 60, args: tuple[str, ...] = ()) -> Iterator[str]:
    """Start `streamlit run app.py` on a free loopback port (``args`` for the app, e.g. "--sample" as `make run`
    passes it); yield its URL; stop it (by pid) at the end."""
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
           "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"] + (["--", *args] if args else [])
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"streamlit exited early:\n{log.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("streamlit did not become healthy in time")
            time.sleep(0.3)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


@contextlib.contextmanager
def chromium_page(width: int = 1600, height: int = 1000):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,
                                          locale="zh-CN")
            yield context.new_page()
        finally:
            browser.close()


def wait_idle(page, settle: float = 0.4) -> None:
    """Wait until the script run is over (and the page has had a moment to draw)."""
    time.sleep(settle)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=30_000)
    time.sleep(settle)


def open_app(page, url: str, lang: str = "zh") -> None:
    """The dashboard opened at ``url``, in ``lang`` (Chinese first, then the sidebar's switch)."""
    from core.i18n import t

    page.goto(url)
    page.get_by_role("heading", name=t("ui.nav.upload", "zh"), level=1).wait_for(timeout=60_000)
    wait_idle(page)
    if lang != "zh":
        page.get_by_test_id("stSidebar").get_by_text(t(f"ui.lang.{lang}", lang), exact=True).click()
        page.get_by_role("heading", name=t("ui.nav.upload", lang), level=1).wait_for(timeout=30_000)
        wait_idle(page)


def open_with(page, url: str, path) -> None:
    """Open the dashboard (Chinese) and upload one quote file through the real uploader; wait for the top pick."""
    page.goto(url)
    page.get_by_role("heading", name="上传与核对", level=1).wait_for(timeout=60_000)
    wait_idle(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(path))
    page.get_by_test_id("stAlert").filter(has_text="首选").wait_for(timeout=60_000)
    wait_idle(page)


def open_page(page, title: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=title, level=1).wait_for(timeout=30_000)
    wait_idle(page)


def exceptions(page) -> list[str]:
    return page.get_by_test_id("stException").all_inner_texts()
