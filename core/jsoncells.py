"""A form's answer kept as JSON in one cell: each key a labelled cell of the quote.

An approval tool (企业微信 审批, 钉钉, a web form built in-house) can land a vendor's whole answer in one 多行文本 control as
raw JSON — {"quote_amount": "31.8万", "tax_included": "是", "modules": ["企业征信", …], "options": [{"module": …,
"amount": …}], …} — or, from an older form version, as a Python-style dict with single quotes. Read as text it is one
long notes cell; read by key it is the vendor's form: every key becomes a cell labelled by its words ("quote_amount" →
"quote amount"), at the same address, so nothing is lost and every value names its cell.

Text is data: the cell is parsed as JSON, or as a Python literal (``ast.literal_eval``: literals only, never code);
anything else, or a cell over MAX_CHARS, stays the text it was.
"""
from __future__ import annotations

import ast
import json
import re
from typing import Any

from .ingest import ReadResult, RecordCell, blank

MAX_CHARS = 20_000  # a form's answer, not a data dump: longer cells stay text
_SAMPLE = 20  # records looked at to find the columns that hold JSON
_HEAD_RE = re.compile(r"\s*\{\s*[\"'][^\"']{1,60}[\"']\s*:")  # '{"vendor_name": …' / "{'vendor_name': …"
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _object(text: str) -> dict | None:
    """The dict a cell holds, or None when it holds none."""
    if len(text) > MAX_CHARS or not _HEAD_RE.match(text):
        return None
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        try:
            obj = ast.literal_eval(text.strip())
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return None
    return obj if isinstance(obj, dict) else None


def _label(key: Any) -> str:
    """'quote_amount' -> 'quote amount', 'taxIncluded' -> 'tax Included'."""
    return _CAMEL_RE.sub(" ", str(key)).replace("_", " ").replace("-", " ").strip()


def _flat(v: Any) -> Any:
    """A value as a cell would hold it: a list joined with 、, a list of records one per clause ('数据分析大屏 2.6万')."""
    if v is None or isinstance(v, (int, float, str)):
        return True if v is True else False if v is False else v
    if isinstance(v, dict):
        return "；".join(f"{_label(k)}：{f}" for k, x in v.items() if not blank(f := _flat(x)))
    if isinstance(v, (list, tuple)):
        parts = []
        for x in v:
            if isinstance(x, dict):
                parts.append(" ".join(str(f) for y in x.values() if not blank(f := _flat(y))))
            elif not blank(f := _flat(x)):
                parts.append(str(f))
        sep = "；" if any(isinstance(x, dict) for x in v) else "、"
        return sep.join(p for p in parts if p)
    return str(v)


def expand(res: ReadResult, start: int) -> None:
    """Replace, in the records from `start` on, every cell of a JSON-holding column by a cell per key."""
    recs = res.records[start:]
    labels = {c[0] for rec in recs[:_SAMPLE] for c in rec.cells
              if c[1].__class__ is str and c[1][:1] in "{ " and _HEAD_RE.match(c[1])}
    if not labels:
        return
    for rec in recs:
        cells = []
        for cell in rec.cells:
            obj = _object(cell[1]) if cell[0] in labels and cell[1].__class__ is str else None
            if obj is None:
                cells.append(cell)
                continue
            for k, v in obj.items():
                value = _flat(v)
                if not blank(value) and str(k).strip():
                    cells.append(RecordCell(_label(k), value, cell[2]))
        rec.cells = cells
