"""Group weights that obey the buyer: whole percentages summing to 100, where what the buyer set stays set.

When one group's weight changes, the others must make room. ``rebalance`` moves only the groups the buyer has not
touched: a group locked explicitly never moves; a group the buyer set earlier stays where it was put while untouched
groups can absorb the change, and gives way only when they cannot (the one set longest ago first). Pure functions,
no streamlit: the Scoring settings page calls them from its callbacks.
"""
from __future__ import annotations

from typing import Iterable

TOTAL = 100


def hundred(weights: dict[str, float], total: int = TOTAL) -> dict[str, int]:
    """Scale non-negative weights to integers summing to ``total`` (largest remainder; all zero: equal)."""
    keys = list(weights)
    if not keys:
        return {}
    given = sum(max(0.0, float(weights[k])) for k in keys)
    if given <= 0:
        raw = {k: total / len(keys) for k in keys}
    else:
        raw = {k: total * max(0.0, float(weights[k])) / given for k in keys}
    out = {k: int(raw[k]) for k in keys}
    for k in sorted(keys, key=lambda k: raw[k] - out[k], reverse=True)[: total - sum(out.values())]:
        out[k] += 1
    return out


def rebalance(weights: dict[str, int], changed: str, value: int, locked: Iterable[str] = (),
              held: Iterable[str] = (), basis: dict[str, float] | None = None) -> dict[str, int]:
    """The weights after the buyer set ``changed`` to ``value``.

    ``locked``: groups that never move (the changed one stops where the locked ones leave no more room).
    ``held``: groups the buyer set before, most recent first; they keep their weight while the other groups can
    absorb the change, the oldest giving way first when they cannot. The untouched groups share what is left in
    proportion to their weights in ``basis`` (default: ``weights``; equally when all are 0): a slider moved step by
    step passes the weights from before its first step, so whole-percent rounding does not drift. The result sums
    to 100."""
    others = [g for g in weights if g != changed]
    fixed = [g for g in others if g in set(locked)]
    room = TOTAL - sum(weights[g] for g in fixed)
    value = max(0, min(int(value), room))
    keep = [g for g in dict.fromkeys(held) if g in others and g not in fixed]
    while True:
        free = [g for g in others if g not in fixed and g not in keep]
        rest = room - value - sum(weights[g] for g in keep)
        if (free and rest >= 0) or not keep:
            break
        keep.pop()  # the group set longest ago gives way
    out = dict(weights)
    out[changed] = value
    if free:
        out.update(hundred({g: (basis or weights)[g] for g in free}, total=rest))
    else:  # every other group is locked: the changed one takes exactly the room they leave
        out[changed] = room
    return out
