"""LibreOffice for the tests that check a real office suite opens our files (headless, a fresh profile): Calc for the
workbooks, Writer for the evaluation report (.docx)."""
from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path


def soffice_convert(path: Path, outdir: Path, fmt: str) -> Path:
    """``path`` (an .xlsx or a .docx) converted by LibreOffice to ``fmt`` (pdf, xlsx…) in ``outdir``; its path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed: `make system-deps` installs libreoffice-calc-nogui and -writer-nogui"
    profile = (outdir / f"lo_profile_{uuid.uuid4().hex[:8]}").as_uri()
    proc = subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", fmt,
                           "--outdir", str(outdir), str(path)], capture_output=True, text=True, timeout=240)
    out = outdir / (path.stem + "." + fmt)
    assert proc.returncode == 0 and out.exists() and out.stat().st_size > 1000, proc.stdout + proc.stderr
    return out


def soffice_pdf(xlsx: Path, outdir: Path) -> Path:
    """``xlsx`` (or a .docx) converted to PDF by LibreOffice in ``outdir``; the PDF's path."""
    return soffice_convert(xlsx, outdir, "pdf")
