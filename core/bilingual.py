"""A comparison written twice, in two languages: which words are the vendor's.

* A translation row under each original row ('EN original 供应商原文' | '中文译文（实习生，仅供参考）' in a column of its own): the
  original is the vendor's; the translation is the buyer's (an intern's, 'for reference only') and is left out, as is the
  column naming the rows' kinds.
* A column pair per vendor under a row of language tags ('EN | 中文'): the version the sheet says prevails is read ('中英文不一致时
  以中文为准', 'the Chinese version shall prevail'; Chinese when the sheet says nothing, English when it says English governs); the
  other column and the tag row are left out.

Both return the sheet with those cells blanked (addresses unchanged), or None for any other sheet."""
from __future__ import annotations

import re

from .ingest import RawSheet, _text, blank

_ORIGINAL_RE = re.compile(r"原文|original|vendor'?s? (?:text|words)", re.I)
_TRANSLATION_RE = re.compile(r"译文|翻译|translation|translated|仅供参考|for reference only", re.I)
_EN_TAG_RE = re.compile(r"^\s*(?:en|eng|english|英文|英)\s*$", re.I)
_ZH_TAG_RE = re.compile(r"^\s*(?:中文|中|cn|zh|chinese|汉语)\s*$", re.I)
_ENGLISH_GOVERNS_RE = re.compile(r"以英文(?:版本?|为准)|英文为准|english (?:version )?(?:shall )?(?:prevail|govern)s?", re.I)


def _blanked(sh: RawSheet, rows: list[list]) -> list[RawSheet]:
    return [RawSheet(sh.file, sh.sheet, rows, sh.issues, sh.hidden, sh.hidden_rows, sh.hidden_cols, sh.merges)]


def read_translation_rows(sh: RawSheet) -> list[RawSheet] | None:
    rows = sh.rows
    if len(rows) > 2000:
        return None
    width = max((len(r) for r in rows), default=0)
    for c in range(min(3, width)):
        kinds = [_text(r[c]) for r in rows if c < len(r) and not blank(r[c])]
        trans = sum(1 for k in kinds if _TRANSLATION_RE.search(k) and not _ORIGINAL_RE.search(k))
        orig = sum(1 for k in kinds if _ORIGINAL_RE.search(k) and not _TRANSLATION_RE.search(k))
        if trans < 3 or orig < 3:
            continue
        out = []
        for r in rows:
            r = list(r)
            if c < len(r) and not blank(r[c]) and _TRANSLATION_RE.search(_text(r[c])) and not _ORIGINAL_RE.search(_text(r[c])):
                r = [None] * len(r)  # the buyer's translation of the row above: no vendor's words
            elif c < len(r):
                k = _text(r[c])
                if _ORIGINAL_RE.search(k) or len(k) <= 12:  # the row's kind, or the column's own header ('Line 行')
                    r[c] = None
            out.append(r)
        return _blanked(sh, out)
    return None


def read_language_pairs(sh: RawSheet) -> list[RawSheet] | None:
    rows = sh.rows
    if len(rows) > 2000:
        return None
    for t in range(1, min(15, len(rows))):
        tags = rows[t]
        en = [c for c, v in enumerate(tags) if v.__class__ is str and _EN_TAG_RE.match(v)]
        zh = [c for c, v in enumerate(tags) if v.__class__ is str and _ZH_TAG_RE.match(v)]
        if len(en) < 2 or len(en) != len(zh) or not all(z == e + 1 or z == e - 1 for e, z in zip(en, zh)):
            continue
        said = " ".join(_text(v) for row in rows[:t] for v in row if v.__class__ is str)
        keep_en = bool(_ENGLISH_GOVERNS_RE.search(said))
        head = rows[t - 1]
        out = [list(r) for r in rows]
        for e, z in zip(en, zh):
            keep, drop = (e, z) if keep_en else (z, e)
            name = next((head[c] for c in (e, z) if c < len(head) and not blank(head[c])), None)
            for r in range(len(out)):
                if drop < len(out[r]):
                    out[r][drop] = None
            if keep < len(out[t - 1]):
                out[t - 1][keep] = name  # the vendor's name over the column read
        out[t] = [None] * len(out[t])  # the tag row
        return _blanked(sh, out)
    return None
