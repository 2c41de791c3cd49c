"""LibreOffice for the tests that check a real office suite opens our files (headless, a fresh profile): Calc for the
workbooks, Writer for the evaluation report (.docx)."""
from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path


def soffice_pdf(xlsx: Path, outdir: Path) -> Path:
    """``xlsx`` (or a .docx) converted to PDF by LibreOffice in ``outdir``; the PDF's path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed: `make system-deps` installs libreoffice-calc-nogui and -writer-nogui"
    profile = (outdir / f"lo_profile_{uuid.uuid4().hex[:8]}").as_uri()
    proc = subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                           "--outdir", str(outdir), str(xlsx)], capture_output=True, text=True, timeout=240)
    pdf = outdir / (xlsx.stem + ".pdf")
    assert proc.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, proc.stdout + proc.stderr
    return pdf
