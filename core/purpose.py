"""The business type a file names in its own words: a title such as '消费分期系统采购比价表' or 'Reverse Auction – Loan
System Source Code (Consumer Instalment)'. The dashboard scores for the type chosen in its sidebar (personal credit
unless changed); when the quotes do not say which type they are for, the file's title may, and the buyer is told.

Only titles count: a file or sheet name, or a short cell of a sheet's first rows, that names a business type together
with what the file is about (系统, 采购, 报价, tender…). A feature ('分期试算'), a vendor's name ('…分期科技有限公司')
or a bare '分期' names no type.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import schema

TITLE_ROWS = 6  # the first rows of a sheet, where its title and heading are
_MAX_TITLE = 150  # characters: a longer cell is a statement, not a title


@lru_cache(maxsize=1)
def _type_words() -> list[tuple[re.Pattern, str]]:
    out = []
    for bt in schema.BUSINESS_TYPES.values():
        words = [w for w in bt.synonyms if "_" not in w and (len(w) >= 3 if not w.isascii() else " " in w)]
        out.append((re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)), re.I), bt.id))
    return out


_PURPOSE_RE = re.compile("|".join(map(re.escape, schema.TITLE_PURPOSE_WORDS)), re.I)


def types_named(text: str) -> set[str]:
    """The business types a title names ('个人信用贷系统报价对比' -> {'personal_credit'}); none without a purpose word."""
    if not text or len(text) > _MAX_TITLE or not _PURPOSE_RE.search(text):
        return set()
    return {bid for rx, bid in _type_words() if rx.search(text)}


def said_business_type(qs) -> str | None:
    """The one business type the files' titles name, or None (none named, or several)."""
    vendors = [q.vendor for q in qs.quotes if q.vendor and len(q.vendor) >= 2]
    found: set[str] = set()
    texts = [*qs.files, *{sh.sheet for sh in qs.sheets}]
    for sh in qs.sheets:
        for row in sh.rows[:TITLE_ROWS]:
            texts += [v for v in row if v.__class__ is str and v.strip()]
    for text in dict.fromkeys(texts):
        named = types_named(text)
        if named and not any(v in text for v in vendors):  # '合肥天鹅湖消费分期科技有限公司': a name, not a subject
            found |= named
    return next(iter(found)) if len(found) == 1 else None


def declared_business_type(qs) -> str | None:
    """The business type most quotes say they are for (their 业务类型 cells), or None when none says."""
    declared = Counter(b for q in qs.quotes for b in set(q.values.get("business_types") or ()))
    if not declared:
        return None
    top = max(declared.values())
    best = [b for b, n in declared.items() if n == top]
    return best[0] if len(best) == 1 else None
