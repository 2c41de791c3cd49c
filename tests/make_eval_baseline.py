"""The results of today's engine on the sample quotes, kept to prove that score sheets change nothing until one is
loaded (tests/test_evaluation.py, issue 13).

For every sample file under every business type (and TOPSIS and English for some): the result JSON and every cell
value of the scored workbook (the Summary's date left out), gzipped into tests/data/eval_baseline.json.gz.
Run it from the root of a checkout whose results are the reference (the baseline in the repository was made on
main at 4c2c2c9 merged with issue 12, the state just before issue 13 was merged): ``python tests/make_eval_baseline.py tests/data/eval_baseline.json.gz``.
When scoring changes on purpose, make it again and say so in the commit.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

SAMPLES = ("报价对比表_个人信用贷.xlsx", "商户经营贷_报价汇总.xlsx", "报价汇总_GBK.csv", "vendor_quotes_en.xlsx")
TYPES = ("personal_credit", "merchant_loan", "consumer_installment")


def cases():
    """(sample, business type, method, lang) of every case kept."""
    for s in SAMPLES:
        for bt in TYPES:
            yield s, bt, "weighted_sum", "zh"
    yield SAMPLES[0], "personal_credit", "topsis", "zh"
    yield SAMPLES[3], "personal_credit", "weighted_sum", "en"


def workbook_values(data: bytes, lang: str) -> dict[str, list[list]]:
    """Every sheet's cell values as rows (the Summary's date row left out: it is today's date)."""
    from openpyxl import load_workbook

    from core.i18n import t

    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = {}
    for ws in wb.worksheets:
        rows = [[v if not hasattr(v, "isoformat") else v.isoformat() for v in r] for r in ws.iter_rows(values_only=True)]
        out[ws.title] = [r for r in rows if not (r and r[0] == t("xl.sum.date", lang))]
    wb.close()
    return out


def results(root: Path) -> dict[str, dict]:
    from core.excel import workbook_bytes
    from core.load import load
    from core.model import Profile
    from core.report import result_dict
    from core.scoring import score

    out = {}
    for sample, bt, method, lang in cases():
        qs = load([(sample, (root / "sample_data" / sample).read_bytes())])
        p = Profile.default(bt)
        p.method = method
        res = score(qs, p)
        out["|".join((sample, bt, method, lang))] = {
            "json": json.loads(json.dumps(result_dict(res, lang), ensure_ascii=False, default=str)),
            "workbook": json.loads(json.dumps(workbook_values(workbook_bytes(res, lang), lang), ensure_ascii=False,
                                              default=str))}
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(Path.cwd()))
    data = json.dumps(results(Path.cwd()), ensure_ascii=False, sort_keys=True).encode("utf-8")
    Path(sys.argv[1]).write_bytes(gzip.compress(data, mtime=0))
    print(f"{sys.argv[1]}: {len(data):,} bytes of JSON")
