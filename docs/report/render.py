"""Render pages of the evaluation report (评审报告) of the personal-credit sample as PNG, through LibreOffice.

    .venv/bin/python docs/report/render.py

Writes docs/report/recommendation_zh.png (the page with the file checksums and the recommendation, Chinese) and
docs/report/ranking_en.png (the landscape page with the ranking and the charts, English). Needs soffice with
Writer, pdftotext and pdftoppm (``make system-deps``).
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.i18n import t  # noqa: E402
from core.load import load  # noqa: E402
from core.model import Profile  # noqa: E402
from core.scoring import score  # noqa: E402
from core.word_report import report_bytes  # noqa: E402
from tests.office import soffice_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent
SAMPLE = ROOT / "sample_data" / "报价对比表_个人信用贷.xlsx"
SHOTS = (("zh", "rep.h.recommendation", "recommendation_zh.png"), ("en", "rep.h.ranking", "ranking_en.png"))


def page_with(pdf: Path, heading: str) -> int:
    """The first page whose text holds ``heading``."""
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                                             check=True).stdout).group(1))
    for n in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        if re.sub(r"\s+", "", heading) in re.sub(r"\s+", "", text):
            return n
    raise SystemExit(f"{heading!r} not found in {pdf}")


def main() -> None:
    res = score(load([(SAMPLE.name, SAMPLE.read_bytes())]), Profile.default("personal_credit"))
    with tempfile.TemporaryDirectory(prefix="vqc_report_") as tmp:
        tmp = Path(tmp)
        for lang, key, name in SHOTS:
            doc = tmp / f"report_{lang}.docx"
            doc.write_bytes(report_bytes(res, lang))
            pdf = soffice_pdf(doc, tmp)
            n = page_with(pdf, t(key, lang))
            stem = tmp / f"page_{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(n), "-l", str(n), "-singlefile", str(pdf),
                            str(stem)], check=True)
            (OUT / name).write_bytes(stem.with_suffix(".png").read_bytes())
            print(OUT / name, f"(page {n})")


if __name__ == "__main__":
    main()
