"""A labelled table of real cell texts (tests/cases/cells.tsv: field, text -> value, status), written blind from
docs/analyst-reading.md: claims, conditions, line items, tax, multi-fact cells, feature names, source delivery."""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from core import schema
from core.reading import read_value

TABLE = Path(__file__).parent / "cases" / "cells.tsv"


def _rows() -> list[dict]:
    with TABLE.open(encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def _want(field: str, text: str):
    if text == "null":
        return None
    if field == "features":
        return set() if text == "[]" else {x.strip() for x in text.split(",") if x.strip()}
    if text in ("true", "false"):
        return text == "true"
    if field == "source_code_delivery":
        return text
    return float(text)


def _got(field: str, r):
    if field == "features":
        return None if r.value is None else set(r.value)
    if field == "policy_adaptation_fee_cny" and r.value is None:
        return r.fee
    return r.value


def test_table_is_large_and_covers_every_scored_field():
    assert len(ROWS) >= 300
    assert set(schema.SCORED_FIELDS) <= {r["field"] for r in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=[f"{i + 2}-{r['field']}" for i, r in enumerate(ROWS)])
def test_cell(row):
    field, text = row["field"], row["text"]
    r = read_value(field, text)
    want, got = _want(field, row["value"]), _got(field, r)
    if isinstance(want, float) and isinstance(got, (int, float)) and not isinstance(got, bool):
        same = math.isclose(got, want, rel_tol=1e-3, abs_tol=0.01)
    else:
        same = got == want and type(got) is type(want) if isinstance(want, bool) else got == want
    assert same and r.status == row["status"], (
        f"{field}: {text!r} -> {got!r} ({r.status}); the analyst: {want!r} ({row['status']}) — {row['note']}")
