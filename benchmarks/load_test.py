"""Load test: N concurrent real browser sessions (headless Chromium) each open the dashboard, upload a quote
file and wait for the top pick. Reports success count and p50/p95 of the time to the top pick.

Run: .venv/bin/python benchmarks/load_test.py [--sessions 10]   (starts its own server on loopback)
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402

SAMPLES = [ROOT / "sample_data" / n for n in ("报价对比表_个人信用贷.xlsx", "商户经营贷_报价汇总.xlsx",
                                               "vendor_quotes_en.xlsx", "报价汇总_GBK.csv")]
TOP = {"报价对比表_个人信用贷.xlsx": "安信科技", "商户经营贷_报价汇总.xlsx": "金服云", "vendor_quotes_en.xlsx": "FinStack",
       "报价汇总_GBK.csv": "分期宝科技"}


async def session(browser, url: str, i: int) -> tuple[bool, float, str]:
    sample = SAMPLES[i % len(SAMPLES)]
    ctx = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await ctx.new_page()
    t0 = time.perf_counter()
    try:
        await page.goto(url)
        await page.get_by_role("heading", name="上传与核对", level=1).wait_for(timeout=120_000)
        await page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(sample))
        # every session must see its own file's top-scored vendor, whatever the others upload
        await page.get_by_test_id("stAlert").filter(has_text=TOP[sample.name]).wait_for(timeout=120_000)
        ok = await page.get_by_test_id("stException").count() == 0
        return ok, time.perf_counter() - t0, sample.name
    except Exception as e:  # noqa: BLE001 - a failed session is counted, not fatal
        return False, time.perf_counter() - t0, f"{sample.name}: {type(e).__name__}"
    finally:
        await ctx.close()


async def run(n: int, url: str) -> list[tuple[bool, float, str]]:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return await asyncio.gather(*(session(browser, url, i) for i in range(n)))
        finally:
            await browser.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=10)
    args = ap.parse_args()
    with streamlit_server() as url:
        results = asyncio.run(run(args.sessions, url))
    times = sorted(t for ok, t, _ in results if ok)
    failed = [name for ok, _, name in results if not ok]
    p95 = times[min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))] if times else float("nan")
    print(f"sessions: {args.sessions}, succeeded: {len(times)}, failed: {len(failed)} {failed or ''}")
    if times:
        print(f"time to top pick (open + upload + score): p50 {statistics.median(times):.2f} s, p95 {p95:.2f} s, "
              f"max {times[-1]:.2f} s")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
