"""Two real browser sessions at once against one server: neither sees the other's data."""
from __future__ import annotations

from pathlib import Path

from tests.browser import CHROMIUM, CHROMIUM_ARGS, ROOT, open_with, streamlit_server, wait_idle

MERCHANT = ROOT / "sample_data" / "商户经营贷_报价汇总.xlsx"
PERSONAL = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"


def _main_text(page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def test_two_sessions_are_isolated():
    assert Path(CHROMIUM).exists(), "Chromium is missing: `make test` installs it"
    from playwright.sync_api import sync_playwright

    with streamlit_server() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            a = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            b = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            b.goto(url)  # B's session is open before A uploads
            b.get_by_role("heading", name="上传与核对", level=1).wait_for(timeout=60_000)
            wait_idle(b)
            open_with(a, url, PERSONAL)

            b.reload()  # a fresh run of B after A has uploaded: still B's own empty session
            b.get_by_role("heading", name="上传与核对", level=1).wait_for(timeout=60_000)
            wait_idle(b)
            text_b = _main_text(b)
            assert PERSONAL.name not in text_b and "安信科技" not in text_b

            b.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(MERCHANT))
            b.get_by_test_id("stAlert").filter(has_text="金服云").wait_for(timeout=60_000)
            wait_idle(b)
            a.get_by_test_id("stSidebar").get_by_text("English").click()  # a rerun in A after B's upload
            wait_idle(a)

            text_a, text_b = _main_text(a), _main_text(b)
            assert "安信科技" in text_a and MERCHANT.name not in text_a and "金服云" not in text_a
            assert "金服云" in text_b and PERSONAL.name not in text_b and "安信科技" not in text_b
        finally:
            browser.close()


def test_ten_concurrent_sessions_all_succeed():
    """The load test of benchmarks/load_test.py, run as a test: every session sees its own top pick
    (timings are printed by the benchmark, not asserted here)."""
    import asyncio

    from benchmarks.load_test import run

    with streamlit_server() as url:
        results = asyncio.run(run(10, url))
    assert [name for ok, _, name in results if not ok] == []
