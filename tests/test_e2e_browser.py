"""End to end in a real headless Chromium: `streamlit run app.py` on loopback, driven by Playwright.

Uses Debian's chromium (``make test`` installs it when absent). The same helpers take the README
screenshots: ``.venv/bin/python -m tests.test_e2e_browser --screenshots docs/screenshots``.
"""
from __future__ import annotations

from pathlib import Path

from tests.browser import (CHROMIUM, ROOT, chromium_page, exceptions, open_app, open_page, open_with, streamlit_server,
                           wait_idle)

SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
PAGES = ("upload", "settings", "ranking", "compare", "risks", "robustness", "evaluation", "export")


# ------------------------------------------------------------------------------------------------
def test_browser_upload_rank_compare_download(tmp_path):
    assert Path(CHROMIUM).exists(), "Chromium is missing: `make test` installs it (apt-get install chromium)"
    from openpyxl import load_workbook

    from core.i18n import t

    with streamlit_server() as url, chromium_page() as page:
        # Upload a sample file through the real uploader; the top pick appears.
        open_with(page, url, SAMPLE)
        assert "安信科技" in page.get_by_test_id("stAlert").filter(has_text="首选").inner_text()
        assert SAMPLE.name in page.get_by_test_id("stMain").inner_text()
        assert exceptions(page) == []

        # Every page opens without an exception.
        for pid in PAGES[1:]:
            open_page(page, t(f"ui.nav.{pid}", "zh"))
            assert exceptions(page) == [], pid
            if pid == "compare":
                chart = page.get_by_test_id("stPlotlyChart").first
                chart.locator(".polarlayer").wait_for(timeout=30_000)
                traces = chart.locator(".polarlayer .trace").count()
                assert traces >= 2, f"radar has {traces} traces"
                assert "安信科技" in chart.inner_text()  # the legend, in Chinese

        # Download the scored workbook: its first ranked vendor is the top pick.
        with page.expect_download(timeout=60_000) as dl:
            page.get_by_role("button", name=t("ui.dl.workbook", "zh")).click()
        path = tmp_path / "scored.xlsx"
        dl.value.save_as(path)
        wb = load_workbook(path, read_only=True)
        ws = wb[t("xl.sheet.ranking", "zh")]
        rows = list(ws.iter_rows(min_row=2, max_row=2, values_only=True))
        assert rows and rows[0][0] == 1 and rows[0][1] == "安信科技", rows
        wb.close()

        # Download the evaluation report (issue 14, built when clicked): a Word file naming the top pick and the
        # SHA-256 of the uploaded file.
        import hashlib

        import docx

        with page.expect_download(timeout=90_000) as dl:
            page.get_by_role("button", name=t("rep.ui.download", "zh")).click()
        report = tmp_path / dl.value.suggested_filename
        dl.value.save_as(report)
        assert report.suffix == ".docx"
        doc = docx.Document(str(report))
        text = "\n".join([p.text for p in doc.paragraphs] + [c.text for tb in doc.tables for r in tb.rows
                                                              for c in r.cells])
        assert "推荐 安信科技 / 标准版" in text and hashlib.sha256(SAMPLE.read_bytes()).hexdigest() in text

        # The risks of every vendor as one Markdown file (built when clicked): one section per quote.
        open_page(page, t("ui.nav.risks", "zh"))
        with page.expect_download(timeout=60_000) as dl:
            page.get_by_role("button", name=t("ui.dl.risks_all", "zh")).click()
        md = (tmp_path / "risks.md")
        dl.value.save_as(md)
        titles = [ln for ln in md.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")]
        assert len(titles) == 4 and "安信科技" in titles[0], titles

        open_page(page, "上传与核对")
        assert exceptions(page) == []


# ------------------------------------------------------------------------------------------------
def test_browser_letters_zip_and_a_filled_letter_back(tmp_path):
    """Issue 12 in a real browser: the Risks page's .zip of letters downloads; one letter, filled in as a vendor
    would, uploaded beside the quotes is applied (Upload & review says so) and the Ranking page shows the move."""
    import io
    import zipfile

    from core.i18n import t
    from tests.test_clarify import fill

    with streamlit_server() as url, chromium_page() as page:
        open_with(page, url, SAMPLE)
        open_page(page, t("ui.nav.risks", "zh"))
        with page.expect_download(timeout=60_000) as dl:
            page.get_by_role("button", name=t("clar.ui.dl_zip", "zh")).click()
        assert dl.value.suggested_filename == t("clar.zip_file", "zh")
        zpath = tmp_path / "letters.zip"
        dl.value.save_as(zpath)
        with zipfile.ZipFile(zpath) as zf:
            names = zf.namelist()
            assert len(names) == 4 and "澄清函_云贷通_旗舰版.xlsx" in names, names
            letter = zf.read("澄清函_云贷通_旗舰版.xlsx")
        reply = tmp_path / "云贷通_回复.xlsx"
        reply.write_bytes(fill(letter, {"price_cny": ("23.5", None)}))  # the price it had left 面议

        open_page(page, t("ui.nav.upload", "zh"))
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(reply))
        page.get_by_test_id("stAlert").filter(has_text=t("clar.ui.applied", "zh", n=1)).wait_for(timeout=60_000)
        wait_idle(page)
        _full_page(page, tmp_path / "upload_letter.png")
        assert exceptions(page) == []

        open_page(page, t("ui.nav.ranking", "zh"))
        main = page.get_by_test_id("stMain")
        main.get_by_text(t("clar.ui.changes", "zh")).wait_for(timeout=30_000)
        assert "云贷通 / 旗舰版：1 处变化" in main.inner_text()
        page.get_by_test_id("stExpander").filter(has_text="云贷通").click()
        wait_idle(page)
        _full_page(page, tmp_path / "ranking_changes.png")
        assert exceptions(page) == []


# ------------------------------------------------------------------------------------------------
def take_screenshots(out_dir: Path, langs: tuple[str, ...] = ("zh", "en")) -> list[Path]:
    """Full-page screenshots of every page in each language, with the personal-credit sample loaded."""
    from core.i18n import t

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with streamlit_server() as url:
        for lang in langs:
            with chromium_page(width=1440, height=900) as page:
                open_app(page, url, lang)
                page.get_by_role("button", name=t("ui.upload.sample", lang)).first.click()
                page.get_by_test_id("stAlert").filter(has_text=t("ui.top.pick", lang).split("**")[0]).wait_for(
                    timeout=60_000)
                wait_idle(page)
                for pid in PAGES:
                    if pid != "upload":
                        open_page(page, t(f"ui.nav.{pid}", lang))
                    if pid == "risks":  # a vendor with flags shows more of the page
                        page.get_by_test_id("stMain").get_by_test_id("stSelectbox").click()
                        page.get_by_role("option").nth(2).click()
                        wait_idle(page)
                    written.append(_full_page(page, out_dir / f"{pid}_{lang}.png"))
    return written


def _full_page(page, path: Path) -> Path:
    """Streamlit scrolls inside its main block: grow the viewport to the content, then shoot."""
    page.mouse.move(1, 1)
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], int(height) + 16)})
    wait_idle(page, settle=0.8)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--screenshots", type=Path, required=True, help="output folder, e.g. docs/screenshots")
    args = ap.parse_args()
    for p in take_screenshots(args.screenshots):
        print(p)
