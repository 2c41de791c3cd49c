"""Issue 15 in core and the CLI: own files never counted twice, quotes left out through the profile, questions
worth sending, and the workbook a board reads without help."""
from __future__ import annotations

import json

from core.excel import workbook_bytes
from core.load import load
from core.model import Profile
from core.scoring import score
from tests.test_cli import PERSONAL, run, score_json


def _book(tmp_path, files=(PERSONAL,), profile: Profile | None = None, lang: str = "zh"):
    res = score(load([(f.name, f.read_bytes()) for f in files]), profile or Profile.default("personal_credit"))
    path = tmp_path / f"scored_{lang}.xlsx"
    path.write_bytes(workbook_bytes(res, lang))
    return path, res


# ------------------------------------------------------------------------------------------------
# Own files beside the originals
# ------------------------------------------------------------------------------------------------
def test_cli_with_the_workbook_beside_its_original_scores_each_quote_once(tmp_path):
    book, res = _book(tmp_path)
    out = score_json([PERSONAL, book], "personal_credit", tmp_path)
    assert [v["vendor"] for v in out["vendors"]] == [v.quote.vendor for v in res.vendors]
    assert not [w for w in out["warnings"] if w["code"] == "warn.duplicate_quote"]
    alone = score_json([book], "personal_credit", tmp_path)  # the workbook alone brings them back
    assert [v["vendor"] for v in alone["vendors"]] == [v.quote.vendor for v in res.vendors]
