"""Clarification letters coming back (澄清函): what a returned letter says, and its answers applied to the quotes.

The letter itself is written by core.clarify; this is the reading side, below core.own_files (which recognises a
letter by its content: the marker cell of its cover and the header codes of its question table) and above the
generic reader. ``parse_letter(sheets)`` gives a ``Letter`` (its cover: vendor, package, fingerprint of the quote it
asks about; its answered rows) or None for anything else. ``apply_letters`` (called where the QuoteSet is built,
core.load) sets each answered field of the quote the letter refers to, with status stated (or conditional when the
answer names a condition) and its source (letter file, cell); an answer that cannot be read, a formula, a letter
whose quote is missing or whose fingerprint does not match is a warning, and changes nothing.

Nothing here writes a file, and nothing from a letter is ever evaluated: answers are read as text.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import schema
from .i18n import t
from .ingest import RawSheet, Warning_
from .parse import is_blank
from .reading import Reading, read_feature_cell, read_value

MARKER = "vqc:clarification-letter v1"
MARKER_PREFIX = "vqc:clarification-letter"
# The question table's columns, in order (i18n clar.h.<id>); field and answer are what makes a letter readable.
COLUMNS = ("no", "field", "features", "item", "question", "read", "unit", "answer", "evidence")
COVER = ("vendor", "package", "quote", "date", "reply_by", "fingerprint", "file_type")  # i18n clar.cover.<id>
# Fields a letter may ask about and set: the scored ones and the fees the total cost reads.
FIELDS = tuple(dict.fromkeys(schema.SCORED_FIELDS + ("annual_fee_after_warranty_cny", "policy_adaptation_fee_cny")))
# The unit a letter states for an amount or a duration: a bare number in the answer is read in it.
UNITS = {"money": schema.WAN, "months": 1.0, "hours": 1.0}
# A letter's row names its field as a quote's label does ('等保三级' | '证书编号…'): read in that context (core.load).
CONTEXT = {"mlps_level3": "mlps", "sm4_encryption": "sm4"}
MAX_ANSWER_SHOWN = 80  # characters of an answer quoted in a warning


def unit_kind(fid: str) -> str:
    """How a field's answer is written: money (万元), months, hours, yes_no, features, source or text."""
    kind = schema.FIELDS[fid].kind
    if kind in UNITS:
        return kind
    if fid in schema.YES_NO_FIELDS:
        return "yes_no"
    return {"features": "features", "source": "source"}.get(kind, "text")


@lru_cache(maxsize=64)
def _labels(key: str) -> frozenset[str]:
    return frozenset((t(key, "zh").strip().casefold(), t(key, "en").strip().casefold()))


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.isoformat()
    return str(v).strip()


# ------------------------------------------------------------------------------------------------
# The quote a letter refers to
# ------------------------------------------------------------------------------------------------
def fingerprint(q) -> str:
    """A short digest of what a quote says (vendor, package and every cell as written, with its label), the same
    however its columns are mapped and whatever its file is called: a letter names the quote it asks about."""
    pairs = {(s.label, s.text) for srcs in q.sources.values() for s in srcs if s.text}
    pairs.update((k, v) for k, v in q.extras.items() if v)
    h = hashlib.sha256()
    for part in [q.vendor, q.package or ""] + [f"{a}\x1e{b}" for a, b in sorted(pairs)]:
        h.update(part.encode("utf-8", "surrogatepass") + b"\x1f")
    x = h.hexdigest()[:16].upper()
    return "-".join(x[i:i + 4] for i in range(0, 16, 4))


# ------------------------------------------------------------------------------------------------
# A returned letter
# ------------------------------------------------------------------------------------------------
@dataclass
class Answer:
    field: str
    features: tuple[str, ...]  # the modules a features row asks about (empty: the list itself)
    answer: Any  # the answer cell as read (text, number…)
    evidence: str
    cell: str  # the answer cell's address
    evidence_cell: str = ""
    formula: str = ""  # the answer or evidence cell held a formula (never used)
    question: str = ""  # the row's question as the letter asked it


@dataclass
class Letter:
    file: str
    sheet: str
    vendor: str
    package: str | None
    fingerprint: str
    marker: str
    answers: list[Answer] = field(default_factory=list)  # answered rows, in the letter's order
    blank: list[Answer] = field(default_factory=list)  # rows left unanswered (as the file's values read)
    problems: list[Warning_] = field(default_factory=list)  # rows or a cover that could not be read
    header_row: int = -1  # the question table's header row (-1: none found)

    @property
    def unanswered(self) -> int:
        return len(self.blank)

    def note_formulas(self, data: bytes) -> None:
        """The answer and evidence cells that hold a formula in the file (an .xlsx): never used, each said. A formula
        Excel has not computed reads as an empty cell: such a row is an answer that cannot be used, not a blank."""
        cells = _formula_cells(data, self.sheet)
        if not cells:
            return
        for a in self.answers + self.blank:
            a.formula = cells.get(a.cell) or cells.get(a.evidence_cell) or ""
        self.answers = sorted(self.answers + [a for a in self.blank if a.formula], key=lambda a: _row_of(a.cell))
        self.blank = [a for a in self.blank if not a.formula]


def _find_marker(sh: RawSheet) -> tuple[int, int, str] | None:
    for r, row in enumerate(sh.rows[:20]):
        for c, v in enumerate(row[:6]):
            if isinstance(v, str) and v.strip().startswith(MARKER_PREFIX):
                return r, c, v.strip()
    return None


def _find_header(sh: RawSheet) -> tuple[int, dict[str, int]] | None:
    wanted = {col: _labels(f"clar.h.{col}") for col in COLUMNS}
    for r, row in enumerate(sh.rows[:40]):
        found: dict[str, int] = {}
        for c, v in enumerate(row):
            s = _text(v).casefold()
            for col, names in wanted.items():
                if s in names and col not in found:
                    found[col] = c
        if "field" in found and "answer" in found:
            return r, found
    return None


def parse_letter(sheets: list[RawSheet]) -> Letter | None:
    """A returned clarification letter from its sheets, or None when these sheets are no letter. A sheet is a letter
    when it holds the marker cell or the question table's header codes (字段代码 … 答复); one with either but not
    both is a letter that cannot be read, said by its ``problems``."""
    for sh in sheets:
        if not sh.rows:
            continue
        mark = _find_marker(sh)
        head = _find_header(sh)
        if mark is None and (head is None or not {"question", "evidence"} <= set(head[1])):
            continue
        cover = _cover(sh)
        letter = Letter(sh.file, sh.sheet, cover.get("vendor", ""), cover.get("package") or None,
                        cover.get("fingerprint", ""), mark[2] if mark else "")
        if mark is None or mark[2] != MARKER or head is None or not letter.vendor:
            code = "clar.warn_version" if mark is not None and mark[2] != MARKER else "clar.warn_broken"
            letter.problems.append(Warning_(code, sh.file, sh.sheet, "", {"file": sh.file, "marker": letter.marker}))
            return letter
        _rows(sh, letter, *head)
        return letter
    return None


def _cover(sh: RawSheet) -> dict[str, str]:
    names = {key: _labels(f"clar.cover.{key}") for key in COVER}
    out: dict[str, str] = {}
    for row in sh.rows[:20]:
        cells = [_text(v) for v in row]
        for c, s in enumerate(cells[:-1]):
            for key, labels in names.items():
                if s.casefold() in labels and key not in out:
                    out[key] = next((x for x in cells[c + 1:] if x), "")
    return out


def _rows(sh: RawSheet, letter: Letter, header: int, cols: dict[str, int]) -> None:
    letter.header_row = header
    for r in range(header + 1, len(sh.rows)):
        fid = _text(sh.cell(r, cols["field"]))
        answer = sh.cell(r, cols["answer"])
        evidence = _text(sh.cell(r, cols["evidence"])) if "evidence" in cols else ""
        if not fid:
            continue
        cell = sh.address(r, cols["answer"])
        if fid not in FIELDS:
            letter.problems.append(Warning_("clar.warn_field", sh.file, sh.sheet, cell, {"code": fid[:40]}))
            continue
        feats = tuple(f for f in re.split(r"[\s,，、]+", _text(sh.cell(r, cols["features"]))) if f in schema.FEATURES) \
            if "features" in cols else ()
        ev_cell = sh.address(r, cols["evidence"]) if "evidence" in cols else ""
        question = _text(sh.cell(r, cols["question"])) if "question" in cols else ""
        row = Answer(fid, feats, answer, evidence, cell, ev_cell, question=question[:300])
        (letter.blank if (answer is None or is_blank(answer)) and not evidence else letter.answers).append(row)


def _formula_cells(data: bytes, sheet: str) -> dict[str, str]:
    """Cell address -> formula, for the cells of one xlsx sheet that hold a formula (an .ods or .xls letter: none
    found here; its cells are read as the values the spreadsheet shows). The file already passed the reader's
    guards; only a sheet that mentions a formula element is inflated."""
    from .ingest import _mentions, _xlsx_sheet_parts

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        member = dict(_xlsx_sheet_parts(zf)).get(sheet)
        if not member or not _mentions(zf, member, b"<f"):
            return {}
        xml = zf.read(member)
    except Exception:  # noqa: BLE001 - not an xlsx, or a part the reader managed without: nothing found
        return {}
    out = {}
    for m in _CELL_RE.finditer(xml):
        body = m.group(2) or b""
        f = _F_RE.search(body)
        if f:
            out[m.group(1).decode("ascii")] = _unescape(f.group(1).decode("utf-8", "replace"))[:MAX_ANSWER_SHOWN]
    return out


def _row_of(cell: str) -> int:
    return int(cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or 0)


_CELL_RE = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*?(?:/>|>(.*?)</c>)', re.S)
_F_RE = re.compile(rb"<f\b[^>]*?(?:/>|>(.*?)</f>)", re.S)


def _unescape(s: str) -> str:
    from xml.sax.saxutils import unescape

    return "=" + unescape(s or "")


# ------------------------------------------------------------------------------------------------
# Answers applied
# ------------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What became of one returned letter (the Upload & review page shows it beside the file)."""
    file: str
    vendor: str  # 'vendor / package' the letter names
    applied: int = 0
    unanswered: int = 0
    problems: int = 0
    status: str = "applied"  # applied | no_quote | fingerprint | broken

    @property
    def ok(self) -> bool:
        return self.status == "applied"


def _key(vendor: str, package: str | None) -> tuple[str, str]:
    return vendor.strip().casefold(), (package or "").strip().casefold()


def read_answer(a: Answer) -> tuple[Reading | None, str | None]:
    """(reading, None) for an answer that states the field's value; (None, warning code) when it cannot be used:
    a formula, text that is no value for the field, or a claim still without proof."""
    if a.formula:
        return None, "clar.warn_formula"
    raw = a.answer if a.answer is not None and not is_blank(a.answer) else a.evidence
    if isinstance(raw, str) and a.evidence and raw is not a.evidence:
        raw = f"{raw.strip()}（{a.evidence}）"
    kind = unit_kind(a.field)
    if a.field == "features":
        return _feature_answer(a, raw)
    r = read_value(a.field, raw, UNITS.get(kind))
    if kind == "money" and r.value is not None and r.value >= schema.WAN * schema.WAN:  # '235000' meant in 元
        r = read_value(a.field, raw, 1.0)
    context = CONTEXT.get(a.field)
    if context and (r.value is True and r.status == "claimed" or r.status == "unknown") and isinstance(raw, str):
        from .load import _in_context  # the row names the field as a quote's label does: '等保三级' | '证书编号…'

        r = _in_context(context, r, raw, UNITS.get(kind))
    if r.status == "unknown" or (r.value is None and r.share is None):  # a fee as a share of the contract is one
        return None, "clar.warn_unreadable"
    if r.status == "claimed":
        return None, "clar.warn_claim"
    return r, None


def _feature_answer(a: Answer, raw: Any) -> tuple[Reading | None, str | None]:
    """A features row: a list of modules adds them; a yes / no / option answers for the modules the row names."""
    listed = read_value("features", raw)
    if listed.value:
        return Reading(tuple(listed.value), "stated"), None
    if not a.features:
        return None, "clar.warn_unreadable"
    r = read_feature_cell(raw)
    if r.status == "unknown" or r.value is None and r.status != "conditional":
        return None, "clar.warn_unreadable"
    if r.status == "conditional":
        cost = r.options[0][2] if r.options else None
        return Reading(False, "conditional", options=tuple(("", f, cost) for f in a.features)), None
    return Reading(a.features if r.value else False, "stated"), None  # False: the modules asked about are not offered


def apply_letters(quotes: list, letters: list[Letter], warnings: list[Warning_]) -> tuple[dict, dict]:
    """Apply every letter's answers to the quote it refers to (its latest version). Returns (file -> Outcome,
    id(quote) -> the quote as it was before any answer: the first round, for the ranks before)."""
    by_key: dict[tuple, list] = {}
    for q in quotes:
        by_key.setdefault(_key(q.vendor, q.package), []).append(q)
    outcomes: dict[str, Outcome] = {}
    before: dict[int, Any] = {}
    for letter in letters:
        name = f"{letter.vendor} / {letter.package}" if letter.package else letter.vendor
        out = outcomes[letter.file] = Outcome(letter.file, name, unanswered=letter.unanswered)
        warnings.extend(letter.problems)
        out.problems = len(letter.problems)
        if letter.problems and not letter.answers and letter.header_row < 0:
            out.status = "broken"
            continue
        n = len(letter.answers)
        found = by_key.get(_key(letter.vendor, letter.package), [])
        if not found:
            out.status = "no_quote"
            warnings.append(Warning_("clar.warn_no_quote", letter.file, letter.sheet, "",
                                     {"file": letter.file, "vendor": name, "n": n}))
            continue
        target, version = _matching(found, letter.fingerprint)
        if target is None:
            out.status = "fingerprint"
            warnings.append(Warning_("clar.warn_fingerprint", letter.file, letter.sheet, "",
                                     {"file": letter.file, "vendor": name, "letter": letter.fingerprint or "—",
                                      "quote": fingerprint(found[0]), "n": n}))
            continue
        superseded = 0
        kept: dict[str, tuple] = {}  # field and modules -> (cell, what its answer said)
        for a in letter.answers:
            r, problem = read_answer(a)
            shown = _text(a.formula or a.answer or a.evidence)[:MAX_ANSWER_SHOWN]
            if problem is not None:
                warnings.append(Warning_(problem, letter.file, letter.sheet, a.cell,
                                         {"field": a.field, "text": shown}))
                out.problems += 1
                continue
            slot = a.field + ":" + ",".join(a.features)
            if slot in kept:  # two questions about one item (a flag and a standing): the same answer is no problem
                if kept[slot][1] != (r.value, r.status):
                    warnings.append(Warning_("clar.warn_twice", letter.file, letter.sheet, a.cell,
                                             {"field": a.field, "text": shown, "cell": kept[slot][0]}))
                    out.problems += 1
                continue
            if version is not target and _stated(target, a.field):  # the revised quote says it itself
                superseded += 1
                continue
            if id(target) not in before:
                before[id(target)] = _copy(target)
            kept[slot] = (a.cell, (r.value, r.status))
            _set(target, a, r, f"{letter.file} › {letter.sheet} › {a.cell}")
            out.applied += 1
        if superseded:
            warnings.append(Warning_("clar.warn_superseded", letter.file, letter.sheet, "",
                                     {"file": letter.file, "vendor": name, "n": superseded}))
    return outcomes, before


def _matching(found: list, fp: str):
    """(the quote to answer, the version the letter was written for): the scored quote whose fingerprint matches,
    or the scored quote whose earlier version matches; (None, None) when none does."""
    for q in found:
        if fingerprint(q) == fp:
            return q, q
    for q in found:
        for old in getattr(q, "earlier", ()):
            if fingerprint(old) == fp:
                return q, old
    return None, None


def _stated(q, fid: str) -> bool:
    ev = q.evidence.get(fid)
    return q.values.get(fid) is not None and (ev is None or ev[0] == "stated")


def _copy(q):
    return dataclasses.replace(q, values=dict(q.values), evidence=dict(q.evidence), history=list(q.history),
                               price_parts=None if q.price_parts is None else dict(q.price_parts))


def _set(q, a: Answer, r: Reading, source: str) -> None:
    """One answer into the quote: its value, its standing (stated, or conditional when it names a condition) with
    the letter's words and cell, and a line of history."""
    fid = a.field
    old_value, old_status = q.values.get(fid), (q.evidence.get(fid) or (None,))[0]
    if old_status is None:
        old_status = "unknown" if old_value is None else "stated"
    text = _text(a.answer)
    if a.evidence:
        text = f"{text}（{a.evidence}）" if text else a.evidence
    status = r.status
    if fid == "features":
        feats = list(q.values.get("features") or [])
        if r.status == "conditional":
            pp = q.price_parts or {"base": q.values.get("price_cny"), "tax": None, "options": [], "fee_share": None}
            q.price_parts = {**pp, "options": list(pp.get("options") or ()) + [(text[:40], f, c) for _l, f, c in r.options]}
            if q.values.get("features") is None:
                q.values["features"] = []
        elif r.value is False:  # 'no': the modules asked about are not offered
            q.values["features"] = [f for f in feats if f not in a.features]
        else:
            q.values["features"] = list(dict.fromkeys(feats + list(r.value)))
        new_value = q.values["features"]
    elif fid == "price_cny":
        new_value = r.value
        q.values[fid] = r.value
        if q.price_parts is not None or r.tax == "excl":  # the written total replaces how the price was built
            pp = q.price_parts or {"options": [], "fee_share": None}
            q.price_parts = {**pp, "base": r.pretax if r.pretax is not None else r.value, "tax": r.tax,
                             "items": [], "total": None, "vat_rate": r.vat}
    elif fid == "annual_fee_after_warranty_cny" and r.value is None:  # '按合同额15%/年': a share of the price
        q.price_parts = {**(q.price_parts or {"base": q.values.get("price_cny"), "tax": None, "options": []}),
                         "fee_share": r.share}
        new_value = f"{100 * r.share:g}%"
    else:
        new_value = r.value
        q.values[fid] = r.value
        if fid == "policy_adaptation_free" and r.fee is not None:
            q.values["policy_adaptation_fee_cny"] = r.fee
    q.evidence[fid] = (status, text, source)
    entry = {"field": fid, "from": old_value, "to": new_value, "source": source, "status_from": old_status,
             "status_to": status, "question": a.question}
    if a.evidence:
        entry["evidence"] = a.evidence
    q.history.append(entry)
