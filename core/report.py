"""Result -> plain data (the JSON contract of design.md).

Encoded with orjson: at 10,000 quotes the standard library's encoder took a quarter of the CLI's time.
orjson writes NaN and infinity as null and tuples as lists, as the contract wants.
"""
from __future__ import annotations

import os
from operator import itemgetter
from typing import Any

import orjson

from . import schema
from .i18n import feature_names, money, money_range, skipped_text, t, warning_text
from .reading import said_about
from .scoring import Result, VendorResult


# Indented for people up to this many quotes; compact above (the CLI streams those vendor by vendor).
_READABLE_QUOTES = 200
_PARALLEL_QUOTES = 2_000  # from here the CLI encodes the vendors in two processes (write_result_json)
_OPTS = orjson.OPT_SERIALIZE_NUMPY  # numpy scalars (totals, utilities) as plain numbers


def _dumps(obj: Any, indent: bool = False) -> bytes:
    return orjson.dumps(obj, option=_OPTS | (orjson.OPT_INDENT_2 if indent else 0))


def _flag_dicts(r: VendorResult, lang: str, memo: dict) -> list[dict]:
    """Flags as dicts; identical flags (same code and parameters) are worded once per result."""
    out = []
    for f in r.flags:
        p = f.params  # most flags quote only the vendor's words: then the words are the key
        key = (f.code, f.field, f.gate, p["text"]) if len(p) == 1 and "text" in p else \
            (f.code, f.field, f.gate, repr(p) if p else "", None)
        d = memo.get(key)
        if d is None:
            d = memo[key] = {"code": f.code, "severity": f.severity, "field": f.field, "gate": f.gate,
                             "message": f.message(lang)}
        out.append(d)
    return out


def vendor_dict(r: VendorResult, lang: str, memo: dict | None = None) -> dict:
    """One vendor for the JSON. The cells as written are not repeated here (the scored workbook's Criteria
    and Original sheets carry them); ``source`` says where the quote is."""
    q = r.quote
    values = {"vendor": q.vendor, "package": q.package}
    sv = r.scored_values
    try:
        values.update(zip(schema.VALUE_FIELDS, _VALUES_OF(sv)))  # every field present: one C-level pass
    except KeyError:  # a hand-built quote without every field: unknown
        values.update({f: sv.get(f) for f in schema.VALUE_FIELDS})
    return {
        "id": q.id,
        "vendor": q.vendor,
        "package": q.package,
        "rank": r.rank,
        "total": round(r.total, 4),
        "gate": r.gate,
        "groups": {g: round(v, 4) for g, v in r.groups.items()},
        "values": values,
        "utilities": r.utilities,
        "evidence": evidence(r),
        "price_build": r.price_build,
        "flags": _flag_dicts(r, lang, {} if memo is None else memo),
        "tco_cny": r.tco_cny,
        "tco_estimated": r.tco_estimated,
        "source": {"file": q.file, "sheet": q.sheet, "origin": q.origin},
        "extras": q.extras,
        "unknown_features": q.unknown_features,
        "history": q.history,  # revised quotes and answered letters: {field, from, to, source} (issue 12)
        **({} if r.evaluation is None else {"evaluation": r.evaluation}),  # once score sheets are merged
    }


_VALUES_OF = itemgetter(*schema.VALUE_FIELDS)
# the policy fee stands with policy_adaptation_free (one cell says both)
_EVIDENCE_FIELDS = tuple(dict.fromkeys(schema.SCORED_FIELDS + ("annual_fee_after_warranty_cny",)))


_NOTHING = {"status": "unknown", "text": "", "cell": ""}  # nothing written for the field: one shared entry
_STATED_BLANK = {"status": "stated", "text": "", "cell": ""}


def evidence(r: VendorResult) -> dict:
    """field -> {status, text, cell}: the standing of every scored value, with the words and the cell it came from."""
    q = r.quote
    vg, sg = r.scored_values.get, q.sources.get
    out = {f: (_NOTHING if vg(f) is None else _STATED_BLANK) if (s := sg(f)) is None
           else {"status": "unknown" if vg(f) is None else "stated", "text": s[0].text, "cell": s[0].cell}
           for f in _EVIDENCE_FIELDS}
    for f, (status, text, cell) in q.evidence.items():  # claimed, conditional, or read from another cell
        if f in out:
            out[f] = {"status": "unknown" if vg(f) is None and status == "stated" else status, "text": text,
                      "cell": cell}
    pb = r.price_build
    if pb and pb.get("options_added"):  # a must-have bought as an option: the price and the list are conditional
        for f in ("price_cny", "features"):
            out[f] = {**out[f], "status": "conditional"}
    return out


def result_dict(res: Result, lang: str = "zh", vendors: bool = True) -> dict:
    qs = res.quoteset
    memo: dict = {}
    return {
        "business_type": res.profile.business_type,
        "profile": res.profile.to_dict(),
        "vendors": [vendor_dict(r, lang, memo) for r in res.vendors] if vendors else [],
        "weights": {k: round(v, 10) for k, v in res.weights.items()},
        "warnings": [{"code": w.code, "file": w.file, "sheet": w.sheet, "cell": w.cell,
                      "message": warning_text(w, lang)} for w in qs.warnings],
        "unmapped_columns": qs.unmapped_columns,
        "skipped": [{"file": s.file, "sheet": s.sheet, "where": s.where, "reason": skipped_text(s, lang), "text": s.text}
                    for s in qs.skipped],
        "excluded": [{"id": q.id, "vendor": q.vendor, "package": q.package, "reason": reason}
                     for q, reason in res.excluded],
        **({} if qs.evaluation is None else {"evaluators": _evaluators(res)}),  # who scored (core.evaluation)
    }


def _evaluators(res: Result) -> list:
    from .evaluation import evaluators_json  # only once score sheets were merged: most runs never import it

    return evaluators_json(res)


def result_json(res: Result, lang: str = "zh", **extra) -> str:
    return _dumps({**result_dict(res, lang), **extra}, indent=len(res.vendors) <= _READABLE_QUOTES).decode("utf-8")


def _encoded(vs: list, lang: str, memo: dict) -> list[bytes]:
    """The vendors' JSON objects, 500 to a piece (few writes, little memory)."""
    return [b",".join([_dumps(vendor_dict(r, lang, memo)) for r in vs[i:i + 500]]) for i in range(0, len(vs), 500)]


def _send_pieces(fd: int, head: bytes, pieces: list[bytes]) -> None:
    """`head`, then each piece length-prefixed, into a pipe (closed after)."""
    with os.fdopen(fd, "wb") as out:
        out.write(head)
        for piece in pieces:
            out.write(len(piece).to_bytes(8, "little") + piece)


def _read_pieces(f) -> list[bytes] | None:
    """The length-prefixed pieces up to the end of the pipe; None when the last one is cut short (the writer died)."""
    pieces = []
    while head := f.read(8):
        n = int.from_bytes(head, "little")
        piece = f.read(n)
        if len(head) < 8 or len(piece) < n:
            return None
        pieces.append(piece)
    return pieces


def _encoded_in_child(vs: list, lang: str):
    """Encodes `vs` in a forked child, on the other core, while the caller encodes the rest. Returns a function
    that gives the child's pieces (or None when the child failed: the caller then encodes them itself)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write length-prefixed pieces, then leave without running any exit handler
        code = 1
        try:
            os.close(r)
            _send_pieces(w, b"", _encoded(vs, lang, {}))  # all encoded first: a write blocks once the pipe is
            code = 0  # full, until the caller has encoded its own part and reads
        finally:
            os._exit(code)
    os.close(w)

    def collect() -> list[bytes] | None:
        with os.fdopen(r, "rb") as f:
            pieces = _read_pieces(f)
        _, status = os.waitpid(pid, 0)
        return pieces if status == 0 else None

    return collect


class Twin:
    """A forked copy of the CLI process, started when the reader's replies are in and before they are decoded
    (``fork_twin``): it decodes, builds and scores the same quotes as the caller, on the other core, from objects of
    its own, and encodes the second half of the vendors' JSON. The late fork of ``write_result_json`` pays
    copy-on-write instead: every reference count it touches copies a page the caller shares, so each half took half
    as long again as in a process of its own; a fork after decoding pays it on every cell (issue 11)."""

    def __init__(self, pid: int | None, fd: int) -> None:
        self.pid, self.fd = pid, fd

    @property
    def is_child(self) -> bool:
        return self.pid is None

    def send(self, res: Result, lang: str) -> None:
        """In the twin: the ids of its vendors, then their JSON, into the pipe; then the twin ends (never returns)."""
        code = 1
        try:
            rest = res.vendors[_twin_split(len(res.vendors)):]
            _send_pieces(self.fd, b"", [_ids(rest), *_encoded(rest, lang, {})])
            code = 0
        finally:
            os._exit(code)

    def pieces(self, rest: list) -> list[bytes] | None:
        """In the caller: the twin's pieces for `rest` (the second half of the caller's vendors), or None when the
        twin failed or scored other vendors there (the caller then encodes them itself)."""
        with os.fdopen(self.fd, "rb") as f:
            pieces = _read_pieces(f)
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not pieces or pieces[0] != _ids(rest):
            return None
        return pieces[1:]

    def abandon(self) -> None:
        """In the caller, when the twin's half is not wanted: the twin is stopped and reaped."""
        import signal

        os.close(self.fd)
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)


def _twin_split(n: int) -> int:
    """Where the twin's vendors start: it takes 55 %, since the caller also writes the rest of the JSON (the
    warnings' messages, the profile) and the file."""
    return n - n * 11 // 20


def _ids(vs: list) -> bytes:
    return "\n".join([r.quote.id for r in vs]).encode("utf-8")


def fork_twin() -> Twin:
    """Fork the calling process (the CLI's main thread, once the reader's replies are in: no other thread works for
    it then). The twin's standard output and error go to /dev/null: it says nothing, it only sends its half of the
    JSON (Twin.send)."""
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        return Twin(None, w)
    os.close(w)
    return Twin(pid, r)


def write_result_json(res: Result, fp, lang: str = "zh", parallel: bool = False, twin: Twin | None = None,
                      **extra) -> None:
    """The same JSON as result_json, written vendor by vendor: thousands of quotes never sit in memory as one
    dict and one string (at 50,000 quotes that is half a gigabyte). ``fp``: a text or binary file. With
    `parallel` (the CLI: a single-threaded process, where fork is safe) and thousands of quotes, the second
    half of the vendors is encoded by a forked child at the same time; with a `twin` (core.__main__), by it."""
    binary = not hasattr(fp, "encoding")
    write = fp.write if binary else (lambda b: fp.write(b.decode("utf-8")))
    vs = res.vendors
    if twin is not None and len(vs) < _PARALLEL_QUOTES:
        twin.abandon()
        twin = None
    if len(vs) <= _READABLE_QUOTES:
        write(result_json(res, lang, **extra).encode("utf-8"))
        return
    if twin is not None:  # the twin encodes the last vendors from its own objects (Twin.send)
        half = _twin_split(len(vs))
        rest = (lambda: twin.pieces(vs[half:]))
    else:
        half = len(vs) // 2 if parallel and len(vs) >= _PARALLEL_QUOTES and hasattr(os, "fork") else len(vs)
        rest = _encoded_in_child(vs[half:], lang) if half < len(vs) else None  # started first: it works meanwhile
    head = {**result_dict(res, lang, vendors=False), **extra}
    memo: dict = {}
    for i, key in enumerate(head):
        write((b"{" if i == 0 else b",") + _dumps(key) + b":")
        if key != "vendors":
            write(_dumps(head[key]))
            continue
        write(b"[")
        first = True
        for start in range(0, half, 500):
            write((b"" if first else b",") + b",".join([_dumps(vendor_dict(r, lang, memo))
                                                        for r in vs[start:min(start + 500, half)]]))
            first = False
        if rest is not None:
            for piece in rest() or _encoded(vs[half:], lang, memo):
                write((b"" if first else b",") + piece)
                first = False
        write(b"]")
    write(b"}")


def download_name(res: Result, lang: str, kind: str, today=None) -> str:
    """A downloaded file's name in the user's language: 报价评分_商户经营性贷_2026-11-29.xlsx /
    quote_scores_merchant_business_loans_2026-11-29.xlsx (with 示例 / sample for the sample quotes).
    ``kind``: workbook or json."""
    import datetime as _dt
    import re

    name = t(f"bt.{res.profile.business_type}", lang)
    if res.quoteset.sample:
        name = f"{t('ux.file.sample', lang)}_{name}"
    if lang != "zh":
        name = re.sub(r"\W+", "_", name.lower()).strip("_")
    key = {"workbook": "ui.dl.workbook_file", "json": "ui.dl.json_file"}[kind]
    return t(key, lang, type=name, date=(today or _dt.date.today()).isoformat())


def sentences(texts: list[str], lang: str) -> str:
    """Messages joined as one text: 甲；乙。 / A. B. (each message is a sentence of its own)."""
    if lang == "zh":
        return "；".join(x.rstrip("。；; ") for x in texts) + ("。" if texts else "")
    return " ".join(texts)


# ------------------------------------------------------------------------------------------------
# What the engine understood, in words (the workbook's Criteria sheet and the Compare page)
# ------------------------------------------------------------------------------------------------
def wan_number(cny: float | None) -> str:
    """An amount in 万 as a bare number for a sentence: 228000 -> '22.8'; unknown -> ''."""
    return "" if cny is None else f"{round(cny / schema.WAN, 2):g}"


def _yes_no(v: Any, lang: str) -> str:
    return t("val.unknown", lang) if v is None else t("val.yes" if v else "val.no", lang)


def _features_text(ids, lang: str) -> str:
    return feature_names(ids, lang) if ids else t("val.none", lang)


def criterion_text(cid: str, r: VendorResult, profile, lang: str = "zh") -> str:
    """The value behind one criterion of one scored quote, in words (the values it was scored on: the comparable
    price, must-have options included), with its standing when it is not a stated fact."""
    text = _criterion_value_text(cid, r, profile, lang)
    st = criterion_status(cid, r)
    return text if st in ("stated", "unknown") else t("val.with_status", lang, value=text,
                                                       status=t(f"status.{st}", lang))


_CRIT_FIELD = {c.id: c.fields[0] for c in schema.CRITERIA}


def criterion_status(cid: str, r: VendorResult) -> str:
    """The standing of the value behind a criterion (its first field: the features list, the price…)."""
    fid = _CRIT_FIELD[cid]
    ev = r.quote.evidence.get(fid)
    if fid in ("price_cny", "features") and (r.price_build or {}).get("options_added"):
        return "conditional"
    if ev is not None:
        return ev[0]
    return "unknown" if r.scored_values.get(fid) is None else "stated"


def _count(key: str, n: float, lang: str) -> str:
    """'1 hour', '2 hours' ('val.hour' for one, 'val.hours' otherwise)."""
    return t(key if n == 1 else key + "s", lang, n=f"{n:g}")


def value_text(fid: str, v: Any, lang: str = "zh") -> str:
    """One canonical value in words: 12 个月, 2 小时, 22.8 万元, 是/否, feature names, 完整源码; 未说明 when unknown."""
    if v is None:
        return t("val.unknown", lang)
    if fid.endswith("_months"):
        return _count("val.month", v, lang)
    if fid == "response_hours":
        return _count("val.hour", v, lang)
    if fid.endswith("_cny"):
        return money(v, lang)
    if fid == "features":
        return _features_text(v, lang)
    if fid == "source_code_delivery":
        return t(f"val.source.{v}", lang)
    if isinstance(v, bool):
        return _yes_no(v, lang)
    return str(v)


def standing_rows(r: VendorResult, lang: str = "zh") -> list[dict]:
    """Every scored value of one quote with its standing, the words it came from (of a cell stating several terms,
    those about the field) and the cell (Upload & review)."""
    ev = evidence(r)
    vals = r.scored_values
    return [{"field": t(f"field.{f}", lang), "value": value_text(f, vals.get(f), lang),
             "status": t(f"status.{ev[f]['status']}", lang), "text": said_about(f, ev[f]["text"]),
             "cell": ev[f]["cell"], "code": ev[f]["status"]} for f in _EVIDENCE_FIELDS]


def standing_fields(r: VendorResult) -> dict[str, list[str]]:
    """The scored fields of one quote that are claimed, conditional or not stated."""
    out: dict[str, list[str]] = {"claimed": [], "conditional": [], "unknown": []}
    for f, e in evidence(r).items():
        if e["status"] in out and f in schema.SCORED_FIELDS:
            out[e["status"]].append(f)
    return out


def standing_of(r: VendorResult) -> dict[str, int]:
    """How many scored values of one quote are claimed, conditional or not stated."""
    return {k: len(v) for k, v in standing_fields(r).items()}


def standing_counts(res) -> dict[str, int]:
    """How many scored values of all quotes are claimed, conditional or not stated."""
    out = {"claimed": 0, "conditional": 0, "unknown": 0}
    for r in res.vendors:
        for k, n in standing_of(r).items():
            out[k] += n
    return out


def _criterion_value_text(cid: str, r: VendorResult, profile, lang: str = "zh") -> str:
    v = r.scored_values
    unknown = t("val.unknown", lang)
    if cid in ("audit_log_months", "free_maintenance_months"):
        return unknown if v[cid] is None else _count("val.month", v[cid], lang)
    if cid == "response_hours":
        return unknown if v[cid] is None else _count("val.hour", v[cid], lang)
    wanted = schema.feature_criteria(schema.BUSINESS_TYPES[profile.business_type]).get(cid)
    if wanted is not None:
        feats = v["features"]
        if feats is None:
            return unknown
        have = [f for f in wanted if f in feats]
        if cid == "no_bloat":
            return t("val.bloat", lang, list=_features_text(have, lang))
        missing = [f for f in wanted if f not in feats]
        return t("val.has_missing", lang, has=_features_text(have, lang), missing=_features_text(missing, lang))
    if cid == "price_vs_budget":
        lo, hi = profile.budget
        if v["price_cny"] is None:
            return unknown
        return t("val.price", lang, price=money(v["price_cny"], lang), budget=money_range(lo, hi, lang))
    if cid == "tco":
        if r.tco_cny is None:
            return unknown
        s = t("val.tco", lang, tco=money(r.tco_cny, lang), years=profile.horizon_years)
        return s + (t("val.estimated", lang) if r.tco_estimated else "")
    if cid == "policy_adaptation_free":
        s = _yes_no(v[cid], lang)
        if v[cid] is False and v["policy_adaptation_fee_cny"] is not None:
            s += t("val.fee", lang, fee=money(v["policy_adaptation_fee_cny"], lang))
        return s
    return _yes_no(v.get(cid), lang)
