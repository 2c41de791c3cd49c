"""The sample quotes: fictional vendors a new user can try, never mixed with real quotes unnoticed.

A file is the sample when its bytes are those of a quote file in sample_data/ (whatever it is called): the
dashboard labels it (file card, sidebar, workbook) and the first upload of the user's own quotes replaces it (a
file the project wrote that carries no other quotes, such as a clarification letter answered for the sample, does
not).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "sample_data"
SAMPLES = {  # business type -> the sample quote file the dashboard loads for it
    "personal_credit": "报价对比表_个人信用贷.xlsx",
    "merchant_loan": "商户经营贷_报价汇总.xlsx",
    "consumer_installment": "报价汇总_GBK.csv",
}
_QUOTE_FILES = (*SAMPLES.values(), "vendor_quotes_en.xlsx")  # the blank template is not a sample of quotes


@lru_cache(maxsize=1)
def _digests() -> frozenset[bytes]:
    out = set()
    for name in _QUOTE_FILES:
        try:
            out.add(hashlib.sha256((SAMPLE_DIR / name).read_bytes()).digest())
        except OSError:  # an installation without sample_data: nothing is a sample
            pass
    return frozenset(out)


def is_sample(data: bytes) -> bool:
    """Whether these bytes are one of the sample quote files."""
    return hashlib.sha256(data).digest() in _digests()


def sample_bytes(business_type: str) -> tuple[str, bytes]:
    """(file name, bytes) of the sample quotes for a business type."""
    name = SAMPLES[business_type]
    return name, (SAMPLE_DIR / name).read_bytes()


def replaces_sample(res) -> bool:
    """Whether a read upload (core.ingest.ReadResult) brings quotes of the user's own: a quote file that is not the
    sample, or a scored workbook of other files; not a letter, a score sheet or the sample's own workbook."""
    if res.sample:
        return False
    if res.own is None:
        return True
    return bool(res.records) and any(sh.file not in _QUOTE_FILES for sh in res.sheets)
