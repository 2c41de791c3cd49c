"""Quotes the buyer leaves out (a row that is not a quote, a quote withdrawn), remembered in the profile.

Each exclusion is ``{"quote": id, "vendor": name, "reason": text}`` in ``Profile.excluded``: ``quote`` is the
quote's own id (core.model.Quote.id: file › sheet › row or column), which stays the same in the next session and
through the scored workbook. A profile written by hand may name the quote as 'vendor / package' instead: such an
entry leaves out every quote of that name. An excluded quote is not scored and not ranked; it is listed, with
its reason, wherever the ranking is (the dashboard, the workbook, the CLI and its JSON).
"""
from __future__ import annotations

from typing import Iterable

MAX_TEXT = 500  # characters of an exclusion's quote id, name or reason
KEYS = ("quote", "vendor", "reason")


def entry(quote, reason: str = "") -> dict:
    """The profile entry that leaves out ``quote``."""
    return {"quote": quote.id, "vendor": quote.key, "reason": reason.strip()[:MAX_TEXT]}


def split(quotes: list, excluded: Iterable[dict]) -> tuple[list, list[tuple]]:
    """(quotes to score, [(quote, reason), ...] left out), each list in upload order."""
    entries = list(excluded)
    if not entries:
        return quotes, []
    by_id = {e["quote"]: e for e in entries}
    ids = {q.id for q in quotes}
    by_name = {e["quote"].casefold(): e for e in entries if e["quote"] not in ids}
    keep, out = [], []
    for q in quotes:
        e = by_id.get(q.id) or (by_name.get(q.key.casefold()) if by_name else None)
        if e is None:
            keep.append(q)
        else:
            out.append((q, e.get("reason", "")))
    return keep, out


def unmatched(quotes: list, excluded: Iterable[dict]) -> list[dict]:
    """Entries that leave out no loaded quote (another file's quote, or a name written differently)."""
    ids = {q.id for q in quotes}
    names = {q.key.casefold() for q in quotes}
    return [e for e in excluded if e["quote"] not in ids and e["quote"].casefold() not in names]


def without(excluded: Iterable[dict], quote) -> list[dict]:
    """The entries without those that leave ``quote`` out, by its id or its name (the quote is restored; an entry
    by name restores every quote of that name)."""
    name = quote.key.casefold()
    return [e for e in excluded if e["quote"] != quote.id and e["quote"].casefold() != name]
