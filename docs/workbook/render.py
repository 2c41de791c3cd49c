"""Render the Ranking and Charts sheets of the scored sample workbook as PNG, through LibreOffice.

    .venv/bin/python docs/workbook/render.py

Writes docs/workbook/{ranking,charts}.png (Chinese) and {ranking,charts}_en.png (English). Needs soffice,
pdftotext and pdftoppm (``make system-deps``) and Pillow (a Streamlit dependency) for cropping.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.excel import workbook_bytes  # noqa: E402
from core.i18n import t  # noqa: E402
from core.load import load  # noqa: E402
from core.model import Profile  # noqa: E402
from core.scoring import score  # noqa: E402

OUT = Path(__file__).resolve().parent
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"


def to_pdf(xlsx: Path, outdir: Path) -> Path:
    profile_dir = outdir / f"lo_profile_{uuid.uuid4().hex[:8]}"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile_dir.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
                   check=True, timeout=180, capture_output=True)
    return outdir / (xlsx.stem + ".pdf")


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def find_page(pdf: Path, first_line: str) -> int:
    for page in range(1, page_count(pdf) + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
        if text.strip().splitlines()[:1] == [first_line]:
            return page
    raise LookupError(first_line)


def render(pdf: Path, page: int, dpi: int, out: Path) -> None:
    from PIL import Image, ImageChops

    stem = out.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True, timeout=120)
    img = Image.open(out).convert("RGB")
    bbox = ImageChops.difference(img, Image.new("RGB", img.size, "white")).getbbox()
    if bbox:
        m = dpi // 6
        img = img.crop((max(0, bbox[0] - m), max(0, bbox[1] - m), min(img.width, bbox[2] + m),
                        min(img.height, bbox[3] + m)))
    img.save(out, optimize=True)


def main() -> None:
    qs = load([(SAMPLE.name, SAMPLE.read_bytes())])
    res = score(qs, Profile.default("personal_credit"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for lang, suffix in (("zh", ""), ("en", "_en")):
            xlsx = tmp / f"scored_{lang}.xlsx"
            xlsx.write_bytes(workbook_bytes(res, lang))
            pdf = to_pdf(xlsx, tmp)
            render(pdf, find_page(pdf, t("xl.h.rank", lang)), 150, OUT / f"ranking{suffix}.png")
            render(pdf, find_page(pdf, t("xl.sheet.charts", lang)), 110, OUT / f"charts{suffix}.png")
            print("wrote", OUT / f"ranking{suffix}.png", OUT / f"charts{suffix}.png")


if __name__ == "__main__":
    main()
