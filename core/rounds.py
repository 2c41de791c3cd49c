"""Rounds of a procurement: revised quotes (二次报价) and answered letters, and what they changed.

``versions(quotes)`` finds the quotes that are versions of one another (the same vendor and package): the latest is
scored, the earlier ones are kept on it (``Quote.earlier``) and what changed between them goes into its
``history``. A version is later when it is marked so (第二轮 / 二次报价 / revised / v2…) in its file name, sheet
name, title rows or a round column; else when it is dated later (a 报价日期 / date cell), when every version has a
date; else when it was given (uploaded) later. Two rows of one sheet are versions only when a round tells them
apart (a summary table's rows are separate offers otherwise): they stay duplicates (warned, both scored), as does
the same quote uploaded twice.

``Rounds`` (on the QuoteSet) keeps the first round as it was read, so the ranks before can be shown beside the
ranks after (``rank_moves``), and what became of each returned letter.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from . import schema
from .ingest import RawSheet, Warning_

# What marks a later round, and the round it names (a mark without a number: the second).
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ROUND_RE = re.compile(r"第\s*([一二三四五六七八九十\d]{1,2})\s*(?:轮|次报价|次\s*报价)|([一二两三四五])\s*次报价|"
                       r"([一二两三四五])轮报价|(?:再次|重新|修订|更新后?|调整后?)报价|报价修订|修订版|"
                       r"\brevised\b|\brevision\b|\bsecond\s+round\b|\bround\s*(\d{1,2})\b", re.I)
_VERSION_RE = re.compile(r"(?:^|[^a-z0-9])v\s*(\d{1,2})(?![0-9])|\bversion\s*(\d{1,2})\b|版本\s*(\d{1,2})", re.I)
_ROUND_LABEL = re.compile(r"轮次|报价轮|报价版本|版本号|\bround\b|\bversion\b|revision", re.I)
_DATE_LABEL = re.compile(r"日期|时间|date", re.I)
_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_TITLE_ROWS = 5  # rows at the top of a sheet that may carry its title ('XX科技 第二轮报价单', '报价日期: …')
HISTORY_FIELDS = tuple(dict.fromkeys(schema.SCORED_FIELDS + ("annual_fee_after_warranty_cny", "policy_adaptation_fee_cny")))


@dataclass
class Rounds:
    first_round: list  # the first version of each scored quote, as read (no answer applied), aligned with quotes
    letters: dict[str, Any] = field(default_factory=dict)  # letter file -> core.letters.Outcome


def _number(s: str | None) -> int | None:
    if not s:
        return None
    return int(s) if s.isdigit() else _CN_NUM.get(s)


def round_in(text: str, loose: bool = False) -> int | None:
    """The round a text names ('第二轮报价' 2, '二次报价' 2, 'revised' 2, 'round 3' 3), None when it names none.
    ``loose``: a file or sheet name or a round column, where 'v2' / 'version 2' counts too."""
    if not text:
        return None
    m = _ROUND_RE.search(text)
    if m:
        return next((n for n in map(_number, m.groups()) if n), 2)
    if loose:
        m = _VERSION_RE.search(text)
        if m:
            return next((n for n in map(_number, m.groups()) if n), None)
    return None


def date_in(v: Any) -> _dt.date | None:
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    m = _DATE_RE.search(str(v or ""))
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _sheet_marks(sh: RawSheet | None) -> tuple[int | None, _dt.date | None]:
    """The round and the date a sheet's title rows state."""
    if sh is None:
        return None, None
    rnd, date = None, None
    for row in sh.rows[:_TITLE_ROWS]:
        cells = [v for v in row if v not in (None, "")]
        for i, v in enumerate(cells):
            s = str(v)
            if len(s) > 60:
                continue
            if len(cells) <= 2:
                rnd = rnd or round_in(s)
            if i + 1 < len(cells) and _DATE_LABEL.search(s) and len(s) <= 12:
                date = date or date_in(cells[i + 1])
            elif _DATE_LABEL.search(s):
                date = date or date_in(s)
    return rnd, date


def marks(q, sheet: RawSheet | None) -> tuple[int | None, _dt.date | None]:
    """(round, date) a quote carries: its own round or date cells first, then its sheet's title, file and sheet name."""
    rnd, date = None, None
    for label, text in q.extras.items():
        if _ROUND_LABEL.search(label):
            rnd = rnd or round_in(text, loose=True)
        elif _DATE_LABEL.search(label):
            date = date or date_in(text)
        elif len(text) <= 60:
            rnd = rnd or round_in(text)
    s_rnd, s_date = _sheet_marks(sheet)
    stem = q.file.rsplit(".", 1)[0]
    rnd = rnd or s_rnd or round_in(q.sheet, loose=True) or round_in(stem, loose=True)
    return rnd, date or s_date


def versions(quotes: list, sheets: list[RawSheet], warnings: list[Warning_]) -> tuple[list, bool]:
    """The quotes to score: each vendor and package once, its latest version (earlier ones on ``Quote.earlier``,
    what changed in its ``history``); duplicates warned and kept. Returns (quotes, whether any was revised)."""
    from .letters import fingerprint

    groups: dict[tuple, list[int]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault((q.vendor.casefold(), (q.package or "").casefold()), []).append(i)
    by_sheet = {(sh.file, sh.sheet): sh for sh in sheets}
    drop: set[int] = set()
    revised = False
    for idx in groups.values():
        if len(idx) < 2:
            continue
        group = [quotes[i] for i in idx]
        m = [marks(q, by_sheet.get((q.file, q.sheet))) for q in group]
        prints = [fingerprint(q) for q in group]
        # rows of one sheet (a buyer's summary table) are versions only when a round column or mark says so
        same_place = len({(q.file, q.sheet) for q in group}) == 1 and len({r for r, _d in m}) == 1
        superseded = any(q.superseded for q in group)  # the sheet's own 轮次 column already said which is the latest
        if not superseded and (same_place or len(set(prints)) == 1):  # nothing tells them apart, or the same quote twice
            _warn_duplicates(group, warnings)
            continue
        dated = all(d is not None for _r, d in m)
        order = sorted(range(len(group)), key=lambda k: (not group[k].superseded, m[k][0] or 1,
                                                         m[k][1] if dated else _dt.date.min, k))
        chain = [group[k] for k in order]
        latest = chain[-1]
        latest.earlier = tuple(chain[:-1])
        for old, new in zip(chain, chain[1:]):
            latest.history += changes(old, new)
        drop.update(i for i, q in zip(idx, group) if q is not latest)
        revised = True
    if not drop:
        return quotes, revised
    return [q for i, q in enumerate(quotes) if i not in drop], revised


def settle(quotes: list, results: list, sheets: list[RawSheet], warnings: list[Warning_]) -> tuple[list, Rounds | None]:
    """Where the QuoteSet is built (core.load): revised quotes become versions, returned letters are applied. Returns
    the quotes to score and their Rounds (None when nothing was revised and no letter came back)."""
    from .letters import apply_letters
    from .own_files import KIND_LETTER

    quotes, revised = versions(quotes, sheets, warnings)
    letters = [r.own.payload for r in results if r.own is not None and r.own.kind == KIND_LETTER]
    if not revised and not letters:
        return quotes, None
    outcomes, before = apply_letters(quotes, letters, warnings)
    return quotes, Rounds([q.earlier[0] if q.earlier else before.get(id(q), q) for q in quotes], outcomes)


def _warn_duplicates(group: list, warnings: list[Warning_]) -> None:
    first = group[0]
    for q in group[1:]:
        warnings.append(Warning_("warn.duplicate_quote", q.file, q.sheet, q.origin,
                                 {"vendor": q.key, "first": f"{first.file} {first.sheet} {first.origin}"}))


def _status(q, fid: str) -> str:
    ev = q.evidence.get(fid)
    if ev is not None:
        return "unknown" if q.values.get(fid) is None and ev[0] == "stated" else ev[0]
    return "unknown" if q.values.get(fid) is None else "stated"


def changes(old, new) -> list[dict]:
    """What a revised quote changed: one entry per field whose value or standing differs."""
    out = []
    for fid in HISTORY_FIELDS:
        a, b = old.values.get(fid), new.values.get(fid)
        if fid == "features" and a is not None and b is not None:
            same = set(a) == set(b)
        else:
            same = a == b
        sa, sb = _status(old, fid), _status(new, fid)
        if same and sa == sb:
            continue
        srcs = new.sources.get(fid)
        cell = srcs[0].cell if srcs else new.origin
        out.append({"field": fid, "from": a, "to": b, "source": f"{new.file} › {new.sheet} › {cell}",
                    "status_from": sa, "status_to": sb})
    return out


def price_rises(quotes: list, prices: tuple) -> dict[int, float]:
    """Quote index -> its first-round price, for the revised quotes whose price rose after the first round (the
    comparable price now against the first version's price as read)."""
    out = {}
    for i, q in enumerate(quotes):
        if not q.earlier:
            continue
        first, now = q.earlier[0].values.get("price_cny"), prices[i]
        if first is not None and now is not None and now > first + 0.5:
            out[i] = first
    return out


# ------------------------------------------------------------------------------------------------
# Ranks before and after
# ------------------------------------------------------------------------------------------------
def before_result(res):
    """The first round scored under the same profile (each quote as first read, no answer applied)."""
    from .model import QuoteSet
    from .scoring import score

    qs = res.quoteset
    first = QuoteSet(list(qs.rounds.first_round), [], qs.mapping, [], [], [], qs.files)
    return score(first, res.profile)


def rank_moves(res) -> list[dict]:
    """Per scored quote, in today's rank order: its rank before the revisions and answers, its rank now, and how many
    changes it carries. Empty when nothing was revised or answered."""
    if res.quoteset.rounds is None:
        return []
    before = before_result(res)
    was = {id(v.quote): v for v in before.vendors}
    first = res.quoteset.rounds.first_round
    out = []
    for v in res.vendors:
        b = was.get(id(first[res.quoteset.position(v.quote)]))
        out.append({"quote": v.quote, "before": b and b.rank, "after": v.rank, "total_before": b and b.total,
                    "total_after": v.total, "changes": len(v.quote.history), "versions": len(v.quote.earlier) + 1})
    return out
