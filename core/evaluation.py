"""The evaluation team (issue 13): score sheets out, returned sheets merged, disagreement shown, consensus kept.

Part of a vendor's choice cannot come from its quote: how the scripted demo went, what reference customers say,
who will implement, whether the vendor will still be there. Several evaluators score that independently on an
Excel sheet each (nobody's data leaves the buyer's machine; an evaluator needs nothing but Excel); the returned
sheets are uploaded beside the quotes and become a fifth group, 评审打分 / Evaluation.

- Out: ``score_sheet(qs, business_type, evaluator, lang, blind, profile)`` -> the evaluator's workbook, and for a
  blind sheet the buyer's key (codes instead of names, no price in the sheet; the key never goes out).
- Back: core.own_files recognises a returned sheet and a key by content (``ScoreSheet`` / ``BlindKey``);
  ``merge(own_files, quotes)`` checks every row and keeps the valid scores (``Team``), with a warning naming the
  cell for a missing reason, a score outside 1-5 (left out of the mean), an unsigned declaration, the same
  evaluator twice, a code without its key, a vendor or criterion not known. core.load calls it.
- Scored: ``scored(team, quotes, profile)`` -> the group's criteria and utilities (the mean, or the consensus
  score the buyer recorded with its comment in the profile), mean/min/max/n per criterion and quote, and a
  ``disagreement`` flag where the scores spread by the profile's threshold or more. core.scoring calls it.
- Each evaluator's own group weights: ``weight_rankings(res)`` ranks under each and under the team's mean.

Without a returned score sheet nothing here runs: every result is what the quotes alone give.
"""
from __future__ import annotations

import math
import random
import secrets
import statistics
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from . import schema
from .errors import QuoteError
from .flags import Flag
from .i18n import t
from .ingest import Warning_
from .own_files import (KEY_COLUMNS, KEY_MARKER, KIND_BLIND_KEY, KIND_SCORE_SHEET, SHEET_ANSWER_COL, SHEET_MARKER,
                        WEIGHED_GROUPS, BlindKey, OwnFile, ScoreSheet, said_yes)

SCORE_LO, SCORE_HI = schema.EVAL_SCALE[0], schema.EVAL_SCALE[-1]
MAX_COMMENT = 2000  # characters of a consensus comment
MAX_VENDOR = 300  # characters of the quote a consensus names


def _fold(s: str) -> str:
    return " ".join(str(s).split()).casefold()


# ------------------------------------------------------------------------------------------------
# Merging the returned sheets
# ------------------------------------------------------------------------------------------------
@dataclass
class Entry:
    """One valid score: who gave it, on what, with which reason, and where it is written."""
    evaluator: str
    criterion: str
    quote: int  # position in the QuoteSet
    score: float
    reason: str
    file: str
    sheet: str
    cell: str  # the score's cell
    reason_cell: str


@dataclass
class Evaluator:
    name: str
    file: str
    sheet: str
    cell: str  # where the name is written
    sheet_id: str
    blind: bool
    signed: bool  # the no-conflict-of-interest declaration answered yes
    business_type: str | None
    weights: dict[str, float] | None  # group -> weight as given; None: none given (or unusable)
    counted: bool = True  # False: the same evaluator's second sheet, left out


@dataclass
class Team:
    """Every returned sheet merged: the evaluators, every valid score, and what was left out or is doubtful."""
    evaluators: list[Evaluator]
    entries: list[Entry]
    warnings: list[Warning_] = field(default_factory=list)

    def cells(self) -> dict[tuple[str, int], list[Entry]]:
        """(criterion, quote position) -> the scores given, in upload order."""
        out: dict[tuple[str, int], list[Entry]] = {}
        for e in self.entries:
            out.setdefault((e.criterion, e.quote), []).append(e)
        return out

    @property
    def counted(self) -> list[Evaluator]:
        return [e for e in self.evaluators if e.counted]


def _score_value(v: Any) -> float | None:
    """A score as written -> a number (None when it is not one): 4, 4.0, '4', '４分', '4 points'."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v) if math.isfinite(v) else None
    s = unicodedata.normalize("NFKC", str(v)).strip().casefold()
    for unit in ("分", "points", "point", "pts", "pt"):
        s = s.removesuffix(unit).strip()
    try:
        x = float(s)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _shown(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    s = str(v)
    return s if len(s) <= 40 else s[:40] + "…"


def _weights(sh: ScoreSheet, warnings: list[Warning_]) -> dict[str, float] | None:
    """The evaluator's own group weights (blank groups 0); None when none are given or one is not 0-100."""
    if not sh.weights:
        return None
    out = {g: 0.0 for g in WEIGHED_GROUPS}
    for g, v in sh.weights.items():
        x = _score_value(v)
        if x is None or not 0 <= x <= schema.MAX_WEIGHT:
            warnings.append(Warning_("eval.warn.bad_weight", sh.file, sh.sheet, sh.cells.get(f"weights.{g}", ""),
                                     {"evaluator": sh.evaluator, "text": _shown(v), "max": schema.MAX_WEIGHT}))
            return None
        out[g] = x
    if sum(out.values()) <= 0:
        return None
    return out


def merge(own_files: list[OwnFile], quotes: list) -> Team | None:
    """The returned score sheets among the loaded files, checked and merged; None when there is none."""
    sheets = [o.payload for o in own_files if o.kind == KIND_SCORE_SHEET]
    if not sheets:
        return None
    keys: dict[str, BlindKey] = {}
    for o in own_files:
        if o.kind == KIND_BLIND_KEY and o.payload.sheet_id:
            keys.setdefault(o.payload.sheet_id, o.payload)
    by_key: dict[str, int] = {}
    for i, q in enumerate(quotes):
        by_key.setdefault(_fold(q.key), i)
    team = Team([], [])
    seen: dict[str, Evaluator] = {}
    for sh in sheets:
        _merge_sheet(sh, keys, by_key, quotes, team, seen)
    return team


def _merge_sheet(sh: ScoreSheet, keys: dict[str, BlindKey], by_key: dict[str, int], quotes: list, team: Team,
                 seen: dict[str, Evaluator]) -> None:
    w = team.warnings

    def warn(code: str, cell: str, **params) -> None:
        w.append(Warning_(code, sh.file, sh.sheet, cell, {"evaluator": name, **params}))

    name = sh.evaluator or sh.file
    if not sh.evaluator:
        warn("eval.warn.no_evaluator", sh.cells.get("evaluator", ""))
    ev = Evaluator(name, sh.file, sh.sheet, sh.cells.get("evaluator", ""), sh.sheet_id, sh.blind,
                   said_yes(sh.declaration), sh.business_type, None)
    team.evaluators.append(ev)
    first = seen.get(_fold(name)) or (seen.get("#" + sh.sheet_id) if sh.sheet_id else None)
    if first is not None:
        ev.counted = False
        warn("eval.warn.same_evaluator", ev.cell, first=f"{first.file} › {first.sheet} › {first.cell}")
        return
    seen[_fold(name)] = ev
    if sh.sheet_id:
        seen["#" + sh.sheet_id] = ev
    ev.weights = _weights(sh, w)
    if not ev.signed:
        warn("eval.warn.unsigned", sh.cells.get("declaration", ""),
             text="—" if _blank(sh.declaration) else _shown(sh.declaration))
    key = keys.get(sh.sheet_id) if sh.blind else None
    if sh.blind and key is None:
        given = sum(1 for r in sh.rows if not _blank(r.score))
        warn("eval.warn.no_key", sh.cells.get("sheet_id", ""), id=sh.sheet_id, n=given)
        return
    done: set[tuple[str, int]] = set()
    for row in sh.rows:
        if row.criterion not in schema.JUDGEMENTS:
            warn("eval.warn.unknown_criterion", row.cells.get("code", ""), text=_shown(row.criterion))
            continue
        quote_key = key.codes.get(row.vendor, "") if key is not None else row.vendor
        pos = by_key.get(_fold(quote_key)) if quote_key else None
        if pos is None:
            warn("eval.warn.unknown_vendor", row.cells.get("vendor", ""), text=_shown(row.vendor))
            continue
        if _blank(row.score):
            continue  # not scored: nothing to count (n says how many did)
        params = {"vendor": quotes[pos].key, "criterion": row.criterion,  # named in each language's message
                  "criterion_zh": t(f"crit.{row.criterion}", "zh"), "criterion_en": t(f"crit.{row.criterion}", "en")}
        x = _score_value(row.score)
        if x is None or not SCORE_LO <= x <= SCORE_HI:
            warn("eval.warn.bad_score", row.cells.get("score", ""), text=_shown(row.score), **params)
            continue
        if (row.criterion, pos) in done:
            warn("eval.warn.twice_in_sheet", row.cells.get("score", ""), **params)
            continue
        done.add((row.criterion, pos))
        if not row.reason.strip():
            warn("eval.warn.no_reason", row.cells.get("reason", ""), score=_shown(x), **params)
        team.entries.append(Entry(name, row.criterion, pos, x, row.reason.strip(), sh.file, sh.sheet,
                                  row.cells.get("score", ""), row.cells.get("reason", "")))


# ------------------------------------------------------------------------------------------------
# The profile's part: disagreement threshold and consensus scores (validated like every setting)
# ------------------------------------------------------------------------------------------------
def profile_settings(d: Any) -> dict:
    """``Profile.evaluation`` from outside, validated strictly (QuoteError naming the setting): ``disagreement``
    a spread of 1-4 points; ``consensus`` a list of {criterion, vendor, score 1-5, comment (required)}, one per
    criterion and quote."""
    from .model import _number

    if not isinstance(d, dict):
        raise QuoteError("err.bad_profile")
    out: dict[str, Any] = {}
    for k, v in d.items():
        if k == "disagreement":
            out[k] = _number(v, "evaluation.disagreement", 1, SCORE_HI - SCORE_LO)
        elif k == "consensus":
            if not isinstance(v, list):
                raise QuoteError("err.bad_profile")
            out[k] = []
            seen = set()
            for item in v:
                c = _consensus_item(item)
                if (c["criterion"], _fold(c["vendor"])) in seen:
                    raise QuoteError("eval.err.consensus_twice", criterion=c["criterion"], vendor=c["vendor"][:60])
                seen.add((c["criterion"], _fold(c["vendor"])))
                out[k].append(c)
        else:
            raise QuoteError("err.profile_unknown", field=f"evaluation.{str(k)[:40]}")
    return out


def _consensus_item(item: Any) -> dict:
    from .model import _number

    if not isinstance(item, dict) or set(item) - {"criterion", "vendor", "score", "comment"}:
        raise QuoteError("err.bad_profile")
    crit, vendor, comment = item.get("criterion"), item.get("vendor"), item.get("comment")
    if crit not in schema.JUDGEMENTS:
        raise QuoteError("err.profile_unknown", field=f"evaluation.consensus: {str(crit)[:40]}")
    if not isinstance(vendor, str) or not vendor.strip() or len(vendor) > MAX_VENDOR:
        raise QuoteError("err.bad_profile")
    score = _number(item.get("score"), "evaluation.consensus.score", SCORE_LO, SCORE_HI)
    if not isinstance(comment, str) or not comment.strip():
        raise QuoteError("eval.err.consensus_comment", criterion=crit, vendor=vendor[:60])
    if len(comment) > MAX_COMMENT:
        raise QuoteError("err.bad_profile")
    return {"criterion": crit, "vendor": vendor.strip(), "score": score, "comment": comment.strip()}


def disagreement(profile) -> float:
    return float(profile.evaluation.get("disagreement", schema.EVAL_DISAGREEMENT))


def consensus(profile) -> dict[tuple[str, str], dict]:
    """(criterion, folded quote key) -> the consensus recorded for it."""
    return {(c["criterion"], _fold(c["vendor"])): c for c in profile.evaluation.get("consensus", ())}


def with_consensus(profile_dict: dict, criterion: str, vendor: str, score: float | None, comment: str = "") -> dict:
    """A profile's evaluation settings with one consensus recorded (or removed: score None), validated."""
    ev = dict(profile_dict.get("evaluation") or {})
    items = [c for c in ev.get("consensus", ()) if (c["criterion"], _fold(c["vendor"])) != (criterion, _fold(vendor))]
    if score is not None:
        items.append({"criterion": criterion, "vendor": vendor, "score": score, "comment": comment})
    ev["consensus"] = items
    if not items:
        del ev["consensus"]
    return profile_settings(ev)


# ------------------------------------------------------------------------------------------------
# Scoring: the fifth group under one profile
# ------------------------------------------------------------------------------------------------
@dataclass
class Scored:
    criteria: tuple[schema.Criterion, ...]
    utilities: dict[str, np.ndarray]  # criterion -> 0..1 per quote (QuoteSet order)
    stats: list[dict[str, dict]]  # per quote: criterion -> {mean, min, max, n, disagreement[, consensus]}
    flags: list[list[Flag]]


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(float(x), 4)


def scored(team: Team, quotes: list, profile) -> Scored | None:
    """The team's scores as the evaluation group's criteria: the mean of the valid scores (the consensus where one
    is recorded), 1 -> 0 and 5 -> 1. Only the criteria of the business type that someone scored (or agreed on)
    make the group, and a quote nobody scored on one of them counts as the worst case there, like any unknown.
    A spread of ``disagreement(profile)`` or more without a consensus is flagged. None: nothing to score yet (no
    valid score), so the result is what the quotes alone give."""
    n = len(quotes)
    spread = disagreement(profile)
    agreed = consensus(profile)
    cells = team.cells()
    keys = {_fold(q.key) for q in quotes}
    used = {cid for cid, _pos in cells} | {cid for cid, key in agreed if key in keys}
    crit = tuple(c for c in schema.eval_criteria(profile.business_type) if c.id in used)
    if not crit:
        return None
    util = {c.id: np.zeros(n) for c in crit}
    stats: list[dict[str, dict]] = [{} for _ in range(n)]
    flags: list[list[Flag]] = [[] for _ in range(n)]
    for i, q in enumerate(quotes):
        for c in crit:
            xs = [e.score for e in cells.get((c.id, i), ())]
            mean = statistics.fmean(xs) if xs else None
            st: dict[str, Any] = {"mean": None if mean is None else round(mean, 4),
                                  "min": _num(min(xs)) if xs else None, "max": _num(max(xs)) if xs else None,
                                  "n": len(xs)}
            split = len(xs) >= 2 and max(xs) - min(xs) >= spread
            st["disagreement"] = split
            value = mean
            con = agreed.get((c.id, _fold(q.key)))
            if con is not None:
                st["consensus"] = {"score": _num(con["score"]), "comment": con["comment"]}
                value = con["score"]
            elif split:
                flags[i].append(Flag("disagreement", schema.FLAGS["disagreement"].severity, None, False,
                                     {"criterion": c.id, "low": _num(min(xs)), "high": _num(max(xs)), "n": len(xs)}))
            util[c.id][i] = 0.0 if value is None else (value - SCORE_LO) / (SCORE_HI - SCORE_LO)
            stats[i][c.id] = st
    return Scored(crit, util, stats, flags)


def disagreements(res) -> list[tuple]:
    """(vendor result, criterion, the scores given) of every criterion x quote whose spread is a disagreement,
    resolved by a consensus or not, in rank order."""
    team = res.quoteset.evaluation
    if team is None:
        return []
    cells = team.cells()
    out = []
    for vr in res.vendors:
        pos = res.quoteset.position(vr.quote)
        for cid, st in (vr.evaluation or {}).items():
            if st["disagreement"]:
                out.append((vr, cid, cells.get((cid, pos), [])))
    return out


def report_view(res) -> dict | None:
    """The team for the evaluation report (core.word_report, part 6): evaluators, every score with its reason,
    each disagreement with every score and reason (dissent recorded, not averaged away), each consensus and its
    comment; None without score sheets."""
    team = res.quoteset.evaluation
    if team is None:
        return None
    key = {res.quoteset.position(vr.quote): vr.quote.key for vr in res.vendors}
    rank = {res.quoteset.position(vr.quote): vr.rank for vr in res.vendors}
    scores = sorted(team.entries, key=lambda e: (rank.get(e.quote, 0), e.criterion, e.evaluator))
    out = {"evaluators": [e.name for e in team.evaluators],
           "scores": [{"evaluator": e.evaluator, "quote": key.get(e.quote, ""), "criterion": e.criterion,
                       "score": e.score, "reason": e.reason} for e in scores],
           "disagreements": [], "consensus": []}
    for vr, cid, given in disagreements(res):
        vals = [e.score for e in given]
        out["disagreements"].append({"quote": vr.quote.key, "criterion": cid,
                                     "spread": (max(vals) - min(vals)) if vals else 0,
                                     "scores": [{"evaluator": e.evaluator, "score": e.score, "reason": e.reason}
                                                for e in given]})
    for vr in res.vendors:
        for cid, st in (vr.evaluation or {}).items():
            if st.get("consensus"):
                out["consensus"].append({"quote": vr.quote.key, "criterion": cid, **st["consensus"]})
    return out


# ------------------------------------------------------------------------------------------------
# Each evaluator's own group weights
# ------------------------------------------------------------------------------------------------
@dataclass
class WeightRankings:
    names: list[str]  # the evaluators who gave weights
    shares: list[dict[str, float]]  # per evaluator, then the team's mean (last): group -> share of the total (0..1)
    keys: list[str]  # quotes in the current ranking's order
    ranks: list[list[int]]  # per quote: rank under each evaluator's weights, then under the team's mean
    firsts: list[int]  # per quote: how many columns rank it first
    top: str  # first under the team's mean
    top_holds: int  # evaluators' weight sets under which that quote is first too


def weight_rankings(res) -> WeightRankings | None:
    """The ranking under each evaluator's own group weights and under their mean (each evaluator's weights as
    shares, averaged); None when no evaluator gave weights."""
    from .model import remember

    team = res.quoteset.evaluation
    if team is None:
        return None
    return remember(res, ("weight_rankings",), lambda: _weight_rankings(res, team))


def _weight_rankings(res, team: Team) -> WeightRankings | None:
    from .scoring import score

    sets = [(e.name, e.weights) for e in team.counted if e.weights]
    if not sets:
        return None
    shares = [{g: w[g] / sum(w.values()) for g in WEIGHED_GROUPS} for _n, w in sets]
    mean = {g: statistics.fmean(s[g] for s in shares) for g in WEIGHED_GROUPS}
    names = [n for n, _w in sets]
    shares.append(mean)
    order = [res.quoteset.position(vr.quote) for vr in res.vendors]
    ranks_by_pos: dict[int, list[int]] = {p: [] for p in order}
    for s in shares:
        p = replace(res.profile, group_weights={g: 100 * s[g] for g in WEIGHED_GROUPS})
        for vr in score(res.quoteset, p).vendors:
            ranks_by_pos[res.quoteset.position(vr.quote)].append(vr.rank)
    ranks = [ranks_by_pos[p] for p in order]
    keys = [vr.quote.key for vr in res.vendors]
    top_i = min(range(len(ranks)), key=lambda i: ranks[i][-1]) if ranks else 0
    return WeightRankings(names, shares, keys, ranks, [r.count(1) for r in ranks],
                          keys[top_i] if keys else "", ranks[top_i][:-1].count(1) if ranks else 0)


# ------------------------------------------------------------------------------------------------
# Score sheets out
# ------------------------------------------------------------------------------------------------
@dataclass
class SheetOut:
    sheet: bytes  # the evaluator's workbook
    key: bytes | None  # the buyer's key to a blind sheet (never sent to the evaluator)
    sheet_id: str
    rows: int  # criterion x quote lines to score


def blind_code(i: int, lang: str) -> str:
    """供应商A, 供应商B, … 供应商AA (Vendor A, …) for the i-th quote of a blind sheet."""
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return t("eval.blind_code", lang, code=letters)


def sheet_quotes(quotes: list) -> list:
    """The quotes a sheet lists: each 'vendor / package' once, in upload order."""
    seen, out = set(), []
    for q in quotes:
        if _fold(q.key) not in seen:
            seen.add(_fold(q.key))
            out.append(q)
    return out


def score_sheet(qs, business_type: str, evaluator: str, lang: str = "zh", blind: bool = False, profile=None,
                sheet_id: str | None = None) -> SheetOut:
    """One evaluator's score sheet for every quote of the set (and, blind, the buyer's key to its codes)."""
    from .model import Profile

    if business_type not in schema.BUSINESS_TYPES:
        raise QuoteError("err.bad_type", type=business_type)
    evaluator = " ".join(str(evaluator or "").split())
    if not evaluator:
        raise QuoteError("eval.err.no_evaluator")
    quotes = sheet_quotes(qs.quotes)
    if len(quotes) > schema.EVAL_MAX_QUOTES:
        raise QuoteError("eval.err.too_many_quotes", n=len(quotes), max=schema.EVAL_MAX_QUOTES)
    sheet_id = sheet_id or secrets.token_hex(4).upper()
    if blind:  # codes in an order drawn for this sheet: the upload order is not a clue
        order = list(range(len(quotes)))
        random.Random(sheet_id).shuffle(order)
        listed = [(blind_code(k, lang), quotes[i]) for k, i in enumerate(order)]
    else:
        listed = [(q.key, q) for q in quotes]
    if profile is None or profile.business_type != business_type:
        profile = Profile.default(business_type)
    sheet = _sheet_bytes(listed, business_type, evaluator, lang, blind, profile, sheet_id)
    key = _key_bytes(listed, business_type, evaluator, lang, sheet_id) if blind else None
    return SheetOut(sheet, key, sheet_id, len(listed) * len(schema.judgements(business_type)))


_INPUT = "sev:info"  # the cells an evaluator fills in
_YES_NO = ("eval.yes", "eval.no")


def _opening(marker: str, sheet_key: str, title_key: str, lang: str, meta: list[tuple]):
    """A new workbook opened as the project's own files are: the marker core.own_files looks for in A1, a title,
    then one labelled row per (label, value, code) of ``meta``. Returns (workbook, sheet, last row)."""
    from openpyxl import Workbook

    from .excel import _put, _row_height

    wb = Workbook()
    ws = wb.active
    ws.title = t(sheet_key, lang)
    _put(ws, 1, 1, marker, "example")
    _put(ws, 2, 1, t(title_key, lang), "big")
    _row_height(ws, 2, 26)
    r = 2
    for label, value, code in meta:
        r += 1
        _put(ws, r, 1, t(f"eval.sheet.{label}", lang), "bold")
        _put(ws, r, 2, value)
        if code:
            _put(ws, r, 3, code, "example")
    return wb, ws, r


def _sheet_bytes(listed: list, business_type: str, evaluator: str, lang: str, blind: bool, profile,
                 sheet_id: str) -> bytes:
    from openpyxl.worksheet.datavalidation import DataValidation

    from .excel import _fit_rows, _landscape, _put, _row_height, _save, _style_header
    from .scoring import effective

    yes, no = (t(k, lang) for k in _YES_NO)
    wb, ws, r = _opening(SHEET_MARKER, "eval.sheet.main_sheet", "eval.sheet.title", lang, [
        ("evaluator", evaluator, None), ("business_type", t(f"bt.{business_type}", lang), business_type),
        ("sheet_id", sheet_id, None), ("blind", yes if blind else no, None)])
    r += 2
    _put(ws, r, 1, t("eval.sheet.how", lang), "wrap")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    _row_height(ws, r, 48)
    r += 2
    decl = r
    _put(ws, r, 1, t("eval.sheet.declaration", lang), "bold|top")
    _put(ws, r, 2, t("eval.sheet.declaration_text", lang), "wrap")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    _put(ws, r, SHEET_ANSWER_COL + 1, None, _INPUT)
    _put(ws, r, SHEET_ANSWER_COL + 2, t("eval.sheet.declaration_pick", lang), "example|wrap")
    _row_height(ws, r, 40)
    yn = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True, showErrorMessage=True,
                        errorTitle=t("eval.sheet.yn_title", lang), error=t("eval.sheet.yn_error", lang))
    ws.add_data_validation(yn)
    yn.add(f"E{decl}")
    r += 2
    _put(ws, r, 1, t("eval.sheet.weights", lang), "bold")
    _put(ws, r, 2, t("eval.sheet.weights_help", lang), "example|wrap")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    _row_height(ws, r, 32)
    r += 1
    for col, key in enumerate(("eval.col.group", "eval.col.weight", "eval.col.group_code"), 1):
        _put(ws, r, col, t(key, lang))
    _style_header(ws, r, 3)
    w_num = DataValidation(type="decimal", operator="between", formula1="0", formula2=str(schema.MAX_WEIGHT),
                           allow_blank=True, showErrorMessage=True, errorTitle=t("eval.sheet.weight_title", lang),
                           error=t("eval.sheet.weight_error", lang, max=schema.MAX_WEIGHT))
    ws.add_data_validation(w_num)
    for g in WEIGHED_GROUPS:
        r += 1
        _put(ws, r, 1, t(f"group.{g}", lang))
        _put(ws, r, 2, None, _INPUT)
        _put(ws, r, 3, g, "example")
        w_num.add(f"B{r}")
    r += 2
    head = r
    columns = ["code", "criterion", "look", "vendor", "score", "reason"] + ([] if blind else ["price"])
    for col, name in enumerate(columns, 1):
        _put(ws, r, col, t(f"eval.col.{name}", lang))
    _style_header(ws, r, len(columns))
    scores = DataValidation(type="list", formula1='"' + ",".join(str(s) for s in schema.EVAL_SCALE) + '"',
                            allow_blank=True, showErrorMessage=True, errorTitle=t("eval.sheet.score_title", lang),
                            error=t("eval.sheet.score_error", lang))
    ws.add_data_validation(scores)
    _row_height(ws, r, 32)
    for j in schema.judgements(business_type):
        for k, (label, q) in enumerate(listed):
            r += 1
            _put(ws, r, 1, j.id, "top")
            _put(ws, r, 2, t(f"crit.{j.id}", lang), "wrap")
            if k == 0:  # what to check: once per criterion (the Scale sheet has it beside every step)
                _put(ws, r, 3, t(f"eval.look.{j.id}", lang), "wrap|example")
            _put(ws, r, 4, label, "wrap")
            _put(ws, r, 5, None, _INPUT + "|top")
            _put(ws, r, 6, None, _INPUT + "|wrap")
            if not blind:
                price = effective(q, profile)[0].get("price_cny")
                _put(ws, r, 7, None if price is None else price / schema.WAN, "0.0|top")
    if r > head:
        scores.add(f"E{head + 1}:E{r}")
    for letter, width in zip("ABCDEFG", (28, 22, 40, 24, 9, 48, 14)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = f"A{head + 1}"
    _fit_rows(ws, head + 1, (2, 3, 4))
    _landscape(ws)
    _scale_sheet(wb.create_sheet(t("eval.sheet.scale_sheet", lang)), business_type, lang)
    wb.active = 0
    wb.properties.title = t("eval.sheet.title", lang)
    wb.properties.creator = "vendor-quote-compare"
    return _save(wb)


def _scale_sheet(ws, business_type: str, lang: str) -> None:
    """What every step of the 1-5 scale means, for each criterion of the sheet."""
    from .excel import _fit_rows, _landscape, _put, _style_header

    headers = [t("eval.col.code", lang), t("eval.col.criterion", lang), t("eval.col.look", lang)] + [
        t("eval.sheet.step", lang, n=s) for s in schema.EVAL_SCALE]
    for col, h in enumerate(headers, 1):
        _put(ws, 1, col, h)
    _style_header(ws, 1, len(headers))
    for r, j in enumerate(schema.judgements(business_type), 2):
        _put(ws, r, 1, j.id, "top")
        _put(ws, r, 2, t(f"crit.{j.id}", lang), "wrap")
        _put(ws, r, 3, t(f"eval.look.{j.id}", lang), "wrap")
        for col, s in enumerate(schema.EVAL_SCALE, 4):
            _put(ws, r, col, t(f"eval.scale.{j.scale}.{s}", lang), "wrap")
    for letter, width in zip("ABCDEFGH", (24, 20, 36, 26, 26, 26, 26, 26)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "C2"
    _fit_rows(ws, 2, (2, 3, 4, 5, 6, 7, 8))
    _landscape(ws)


def _key_bytes(listed: list, business_type: str, evaluator: str, lang: str, sheet_id: str) -> bytes:
    from .excel import _fit_columns, _put, _save, _style_header

    wb, ws, r = _opening(KEY_MARKER, "eval.key.sheet", "eval.key.title", lang, [
        ("evaluator", evaluator, None), ("sheet_id", sheet_id, None),
        ("business_type", t(f"bt.{business_type}", lang), None)])
    r += 2
    for col, name in enumerate(KEY_COLUMNS, 1):
        _put(ws, r, col, t(f"eval.key.col.{name}", lang))
    _style_header(ws, r, len(KEY_COLUMNS))
    for code, q in sorted(listed, key=lambda x: (len(x[0]), x[0])):
        r += 1
        for col, v in enumerate((code, q.key, q.vendor, q.package or ""), 1):
            _put(ws, r, col, v)
    _fit_columns(ws, minimum=10, maximum=40, start_row=5)
    wb.properties.creator = "vendor-quote-compare"
    return _save(wb)


# ------------------------------------------------------------------------------------------------
# The scored workbook's Evaluation sheet
# ------------------------------------------------------------------------------------------------
def write_sheet(ws, res, lang: str) -> None:
    """Per criterion and quote: the mean, the consensus that replaces it, lowest, highest, n, disagreement; below,
    every score with its reason, evaluator and cell. The two tables share their columns' widths."""
    from .excel import _fit_rows, _landscape, _put, _row_height, _style_header

    team = res.quoteset.evaluation
    _put(ws, 1, 1, t("eval.xl.title", lang), "h3")
    _put(ws, 2, 1, t("eval.xl.note", lang, spread=f"{disagreement(res.profile):g}",
                     evaluators=len(team.counted)), "wrap")
    ws.merge_cells("A2:J2")
    _row_height(ws, 2, 32)

    def header(r: int, keys: list[str]) -> None:
        for col, h in enumerate(keys, 1):
            _put(ws, r, col, t(h, lang))
        _style_header(ws, r, len(keys))
        _row_height(ws, r, 30)

    r = 4
    header(r, ["xl.h.rank", "field.vendor", "eval.col.code", "eval.col.criterion", "eval.xl.mean", "eval.xl.consensus",
               "eval.xl.min", "eval.xl.max", "eval.xl.n", "eval.xl.disagreement"])
    yes = t("val.yes", lang)
    for vr in res.vendors:
        for cid, st in (vr.evaluation or {}).items():
            r += 1
            con = st.get("consensus")
            agreed = None if con is None else t("eval.consensus_value", lang, score=f"{con['score']:g}",
                                               comment=con["comment"])
            mark = "|sev:amber" if st["disagreement"] and con is None else ""  # open: to discuss
            row = ((vr.rank, "0"), (vr.quote.key, ""), (cid, ""), (t(f"crit.{cid}", lang), ""), (st["mean"], "0.00"),
                   (agreed, ""), (st["min"], "0"), (st["max"], "0"), (st["n"], "0"),
                   (yes if st["disagreement"] else "", mark))
            for col, (v, fmt) in enumerate(row, 1):
                _put(ws, r, col, v, fmt + "|wrap")
    r += 2
    _put(ws, r, 1, t("eval.xl.every", lang), "h2")
    r += 1
    header(r, ["eval.xl.evaluator", "field.vendor", "eval.col.code", "eval.col.criterion", "eval.col.score",
               "eval.col.reason", "eval.xl.blind", "eval.xl.signed", "xl.h.file", "eval.xl.cell"])
    signed = {e.name: e.signed for e in team.counted}
    blind = {e.name: e.blind for e in team.counted}
    rank = {res.quoteset.position(vr.quote): vr.rank for vr in res.vendors}
    order = {cid: i for i, cid in enumerate(schema.JUDGEMENTS)}
    who = {e.name: i for i, e in enumerate(team.evaluators)}
    for e in sorted(team.entries, key=lambda e: (rank[e.quote], order[e.criterion], who[e.evaluator])):
        r += 1
        row = (e.evaluator, res.quoteset.quotes[e.quote].key, e.criterion, t(f"crit.{e.criterion}", lang),
               _num(e.score), e.reason, yes if blind.get(e.evaluator) else "",
               yes if signed.get(e.evaluator) else t("val.no", lang), e.file, f"{e.sheet} › {e.cell}")
        for col, v in enumerate(row, 1):
            _put(ws, r, col, v, "wrap" + ("|sev:amber" if col == 6 and not e.reason else ""))
    for letter, width in zip("ABCDEFGHIJ", (14, 22, 27, 27, 9, 44, 9, 12, 18, 16)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "C5"
    _fit_rows(ws, 5, (2, 4, 6, 9, 10))
    _landscape(ws)


# ------------------------------------------------------------------------------------------------
# Words for the edges
# ------------------------------------------------------------------------------------------------
def evaluation_changes(current, restored, lang: str) -> list[tuple[str, str, str]]:
    """(setting, current, restored) in words for the evaluation team's settings a restored profile changes: the
    group's weight and the criteria's, the disagreement spread, each consensus (core.restore lists them)."""
    out = []

    def add(name: str, a: str, b: str) -> None:
        if a != b:
            out.append((name, a, b))

    add(t("restore.group", lang, name=t(f"group.{schema.EVAL_GROUP}", lang)),
        f"{current.group_weight(schema.EVAL_GROUP):g}", f"{restored.group_weight(schema.EVAL_GROUP):g}")
    for j in schema.judgements(restored.business_type):
        add(t("restore.criterion", lang, name=t(f"crit.{j.id}", lang)),
            f"{current.criterion_weights.get(j.id, j.weight):g}", f"{restored.criterion_weights.get(j.id, j.weight):g}")
    add(t("eval.restore.spread", lang), f"{disagreement(current):g}", f"{disagreement(restored):g}")
    now, then = consensus(current), consensus(restored)
    for k in list(now) + [k for k in then if k not in now]:
        c = then.get(k) or now[k]
        shown = ["—" if x is None else t("eval.consensus_value", lang, score=f"{x['score']:g}",
                                          comment=x["comment"]) for x in (now.get(k), then.get(k))]
        add(t("eval.restore.consensus", lang, vendor=c["vendor"], criterion=t(f"crit.{c['criterion']}", lang)),
            *shown)
    return out


def describe(own: OwnFile, lang: str) -> str | None:
    """One line on a loaded score sheet or key (the upload page's file list); None for other kinds."""
    if own.kind == KIND_SCORE_SHEET:
        sh = own.payload
        return t("eval.file.sheet", lang, evaluator=sh.evaluator or "?", n=sum(1 for r in sh.rows
                                                                               if not _blank(r.score)))
    if own.kind == KIND_BLIND_KEY:
        return t("eval.file.key", lang, evaluator=own.payload.evaluator or "?", n=len(own.payload.codes))
    return None


def evaluators_json(res) -> list[dict]:
    """The evaluators merged (the JSON's ``evaluators``): name, file, blind, signed, counted, own weights."""
    team = res.quoteset.evaluation
    return [{"name": e.name, "file": e.file, "blind": e.blind, "signed": e.signed, "counted": e.counted,
             "business_type": e.business_type, "weights": e.weights,
             "scores": sum(1 for x in team.entries if x.evaluator == e.name) if e.counted else 0}
            for e in team.evaluators]


def cli_lines(res, lang: str) -> list[str]:
    """What the CLI says after the ranking when score sheets were merged."""
    team = res.quoteset.evaluation
    if team is None:
        return []
    split = sum(1 for vr in res.vendors for st in (vr.evaluation or {}).values()
                if st["disagreement"] and "consensus" not in st)
    lines = [t("eval.cli.merged", lang, n=len(team.counted), scores=len(team.entries), split=split,
               weight=f"{100 * sum(res.weights[c.id] for c in res.criteria if c.group == schema.EVAL_GROUP):.0f}%")]
    wr = weight_rankings(res)
    if wr is not None:
        lines.append(t("eval.cli.weights", lang, top=wr.top, k=wr.top_holds, m=len(wr.names)))
    return lines
