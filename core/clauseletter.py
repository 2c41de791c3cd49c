"""Each vendor's letter pasted whole into one cell, its terms numbered clause by clause ('一、合同价款：…', '二、交付内容：…',
'三、质量保证：…'), as a 商务条款确认函 comes back from a vendor's contract department: read as the table the clauses make, a
column per clause label and each vendor's clause under it — the price clause a price, '交付内容' both the module list and
the source delivered, a clause with no field of its own ('质量保证', '服务水平', an unlabelled '本确认函内容纳入合同') the
vendor's words on several terms. The letter's address line, opening and signature are kept beside it, never read as terms;
a cell of no clauses (a letter declining to quote) stays as it was written."""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank
from .mapping import match_label

_CLAUSE_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}条\s*[、：:]?)\s*"
                        r"(?:(?P<label>[^：:，,。；;、\n]{2,12}?)\s*[：:])?\s*(?P<text>.*)$")
_DELIVERY_RE = re.compile(r"交付内容|交付范围|供货内容|供货范围|交付物|交付清单|功能范围|系统功能|建设内容")
_MIN_CLAUSES = 3
_OTHER = "其他"


def _clauses(cell) -> tuple[list[tuple[str, str]], list[str]] | None:
    """(label, text) of each numbered clause and the letter's other lines; None when the cell is no such letter."""
    if cell.__class__ is not str or "、" not in cell or "\n" not in cell:
        return None
    clauses, rest = [], []
    for line in cell.splitlines():
        if not line.strip():
            continue
        m = _CLAUSE_RE.match(line)
        if m is None:
            if clauses and not rest and line.startswith((" ", "\u3000", "\t")):
                label, text = clauses[-1]
                clauses[-1] = (label, f"{text}\n{line.strip()}")  # a clause carried on to the next line
            else:
                rest.append(line.strip())
            continue
        clauses.append(((m.group("label") or _OTHER).strip(), m.group("text").strip()))
    labelled = sum(1 for label, _t in clauses if label != _OTHER)
    return (clauses, rest) if labelled >= _MIN_CLAUSES else None


def _captions(label: str) -> list[str]:
    """The column(s) a clause label becomes: its own words when they name a term; 'X（交付内容）' twice for the modules and
    the source delivered; '商务条款（X）' — the vendor's words — otherwise."""
    if label == _OTHER:
        return ["商务条款（其他）"]
    if _DELIVERY_RE.search(label):
        return [f"功能模块（{label}）", f"源码交付（{label}）"]
    return [label] if match_label(label).target is not None else [f"商务条款（{label}）"]


def read_clause_letters(sh: RawSheet):
    """(rows, moved, kept) of the table the letters make, or None when no column holds two such letters or more."""
    rows = sh.rows
    if len(rows) > 2000:
        return None
    width = max((len(r) for r in rows), default=0)
    found = None
    for c in range(width):
        letters = {r: got for r in range(len(rows)) if c < len(rows[r]) and (got := _clauses(rows[r][c])) is not None}
        if len(letters) >= 2:
            found = (c, letters)
            break
    if found is None:
        return None
    c, letters = found
    first = min(letters)
    head = next((h for h in range(first - 1, -1, -1) if any(not blank(x) for x in rows[h])), None)
    if head is None:
        return None
    vc = next((k for k, x in enumerate(rows[head]) if x.__class__ is str and (t := match_label(x).target) is not None
               and t.code == "vendor"), None)
    if vc is None or vc == c:
        return None
    labels: list[str] = []
    for r in sorted(letters):
        for label, _t in letters[r][0]:
            if label not in labels:
                labels.append(label)
    cols = [(label, cap) for label in labels for cap in _captions(label)]
    base = width + 1  # the letter's own lines (address, opening, signature) in a column after the table
    out, moved, kept = [], {}, []
    for r, row in enumerate(rows):
        new = [row[k] if k < len(row) else None for k in range(width)] + [None] * (1 + len(cols))
        moved.update({(r, k): (r, k) for k in range(width)})
        if r == head:
            new[base - 1] = "确认函抬头及落款"
            for j, (_label, cap) in enumerate(cols):
                new[base + j] = cap
        elif r in letters:
            clauses, rest = letters[r]
            new[c] = None
            new[base - 1] = "\n".join(rest) or None
            moved[(r, base - 1)] = (r, c)
            for j, (label, _cap) in enumerate(cols):
                said = [t for lb, t in clauses if lb == label and t]
                new[base + j] = "；".join(said) or None
                moved[(r, base + j)] = (r, c)
        out.append(new)
    return out, moved, kept
