"""The objects that flow through the engine: Quote, QuoteSet, Profile, Result."""
from __future__ import annotations

import json
import math
import numbers
from collections import Counter, OrderedDict
from dataclasses import asdict, dataclass, field
from typing import Any

from . import schema
from .ingest import RawSheet, Skipped, Warning_  # noqa: F401 - Warning_ lives with the reader, used everywhere


@dataclass(slots=True)  # one per mapped cell: millions at 50,000 quotes
class Source:
    """One cell behind a value. Its first three fields are the JSON's evidence entry as they stand (orjson writes a
    slots dataclass at C speed and leaves out the underscored label), so the result needs no dict per field."""
    status: str  # what the cell says for its field: stated | claimed | conditional | unknown
    text: str  # cell as written
    cell: str  # cell address in its sheet
    _label: str  # header or row label as written

    @property
    def label(self) -> str:
        return self._label

    @property
    def address(self) -> str:
        return self.cell


@dataclass
class Quote:
    vendor: str
    package: str | None
    values: dict[str, Any]  # every schema.VALUE_FIELDS id; unknown = None
    sources: dict[str, list[Source]]  # field id -> where its value came from
    extras: dict[str, str]  # unmapped label -> text (kept, not scored)
    unknown_features: list[str]
    file: str
    sheet: str
    origin: str  # row number or column letter of the quote in its sheet
    # field id -> (status, text, cell) of the value kept: stated | claimed | conditional | unknown
    evidence: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # how the price was written: base (as written), tax mark, line items, stated total, options (label, feature, cost),
    # the yearly fee as a share of the contract; None when a plain price (or none) was given
    price_parts: dict[str, Any] | None = None
    # what changed since the first round: {field, from, to, source, status_from, status_to} (core.rounds, core.letters)
    history: list[dict] = field(default_factory=list)
    earlier: tuple["Quote", ...] = ()  # the earlier versions of this quote (a revised quote), oldest first; not scored
    uid: str = ""  # set by QuoteSet when another quote has the same file, sheet and origin
    superseded: bool = False  # an earlier round of its sheet (轮次 首轮 beside 二轮): only ever a version of the latest

    @property
    def id(self) -> str:
        """The quote's own identity: where it was read (file › sheet › row or column), unique in its QuoteSet. It
        stays the same in the next session and through the scored workbook (its Original sheets keep every cell in
        place), so pages key their tables by it and an exclusion remembers it; vendor and package may repeat."""
        return self.uid or f"{self.file} › {self.sheet} › {self.origin}"

    @property
    def key(self) -> str:
        return f"{self.vendor} / {self.package}" if self.package else self.vendor

    def source_text(self, fid: str) -> str:
        srcs = self.sources.get(fid)
        if not srcs:
            return ""
        if len(srcs) == 1:
            return srcs[0].text
        return "; ".join(s.text for s in srcs if s.text)


@dataclass
class MappingRow:
    file: str
    sheet: str
    label: str
    code: str | None  # Target.code or None (unmapped, kept)
    unit: float | None
    manual: bool = False


@dataclass(frozen=True)
class InputFile:
    """One file given to load, read or not: its name, the SHA-256 of its bytes (anyone can check later that a
    report or a workbook was made from exactly these files) and what it was: ``quotes``, the kind of one of the
    project's own files (core.own_files: ``scored_workbook``…), or ``unread`` (its reason is among the warnings)."""
    name: str
    sha256: str
    kind: str


@dataclass
class QuoteSet:
    quotes: list[Quote]
    warnings: list[Warning_]
    mapping: list[MappingRow]
    skipped: list[Skipped]
    notes: list[Skipped]
    sheets: list[RawSheet]
    files: list[str]
    # Found in an uploaded scored workbook and never applied by loading: the user decides (core.restore).
    profile: dict | None = None  # its profile, as written
    restored_overrides: dict[str, str] = field(default_factory=dict)  # its mapping corrections, as written
    settings_file: str = ""  # the workbook they came from
    uploaded_as: dict[str, str] = field(default_factory=dict)  # a scored workbook's source file -> its name
    inputs: list[InputFile] = field(default_factory=list)  # every file given: read ones first, then unread ones
    # The project's other files that came back (core.own_files: score sheets, blind keys), in upload order, and the
    # team's merged scores (core.evaluation.Team) when score sheets were among them; None: results as without.
    own_files: list = field(default_factory=list)
    evaluation: Any = None
    rounds: Any = None  # core.rounds.Rounds when quotes were revised or letters answered; None otherwise
    sample_files: list[str] = field(default_factory=list)  # files that are the sample quotes (core.samples)
    own_uploads: dict[str, Any] = field(default_factory=dict)  # upload -> core.own_uploads.Brought

    def __post_init__(self) -> None:
        seen: set[str] = set()  # two quotes at the same place (the same file read twice): the later gets a number
        for q in self.quotes:
            qid = q.id
            if qid in seen:
                n = 2
                while f"{qid} #{n}" in seen:
                    n += 1
                q.uid = qid = f"{qid} #{n}"
            seen.add(qid)

    def quotes_from(self, upload: str) -> int:
        """How many quotes an uploaded file gave (a scored workbook gives back quotes of its source files)."""
        return sum(1 for q in self.quotes if q.file == upload or self.uploaded_as.get(q.file) == upload)

    def position(self, quote: "Quote") -> int:
        """Where a quote sits in this set, by identity (duplicates keep their own place). Pages ask this for
        every quote on every rerun: a dict built once, not a scan of the list each time."""
        pos = self.__dict__.get("_positions")
        i = None if pos is None else pos.get(id(quote))
        if i is None or i >= len(self.quotes) or self.quotes[i] is not quote:  # first call, or a copied set
            pos = self.__dict__["_positions"] = {id(q): n for n, q in enumerate(self.quotes)}
            i = pos.get(id(quote))
            if i is None:
                raise ValueError("quote not in this set")
        return i

    @property
    def sample(self) -> bool:
        """Some quotes come from the sample files (fictional vendors): every place that shows them says so."""
        return bool(self.sample_files)

    def key_count(self, key: str) -> int:
        """How many quotes carry this 'vendor / package' key (more than one: a duplicate)."""
        memo = self.__dict__.get("_key_counts")
        if memo is None or memo[0] != len(self.quotes):
            memo = self.__dict__["_key_counts"] = (len(self.quotes), Counter(q.key for q in self.quotes))
        return memo[1].get(key, 0)

    @property
    def unmapped_columns(self) -> list[dict]:
        return [{"file": m.file, "sheet": m.sheet, "label": m.label} for m in self.mapping if m.code is None]


@dataclass
class Profile:
    business_type: str = "personal_credit"
    budget_cny: tuple[float, float] | None = None  # None: the business type's band
    horizon_years: int = schema.DEFAULT_HORIZON_YEARS
    group_weights: dict[str, float] = field(default_factory=lambda: dict(schema.DEFAULT_GROUP_WEIGHTS))
    criterion_weights: dict[str, float] = field(default_factory=lambda: {c.id: c.weight for c in schema.CRITERIA})
    gates: dict[str, bool] = field(default_factory=lambda: {c: True for c in schema.GATE_CODES})
    method: str = "weighted_sum"
    vat_rate: float = schema.DEFAULT_VAT_RATE  # added to tax-exclusive prices (docs/analyst-reading.md section 3)
    excluded: list[dict] = field(default_factory=list)  # quotes left out, with the reason (core.exclude)
    # The evaluation team's settings (core.evaluation): disagreement spread, consensus scores with their comments.
    # Empty until set, and then left out of to_dict, so a profile without them reads and writes as before.
    evaluation: dict = field(default_factory=dict)

    @classmethod
    def default(cls, business_type: str) -> "Profile":
        if business_type not in schema.BUSINESS_TYPES:
            from .errors import QuoteError

            raise QuoteError("err.bad_type", type=business_type)
        return cls(business_type=business_type)

    @property
    def budget(self) -> tuple[float, float]:
        return tuple(self.budget_cny) if self.budget_cny else schema.BUSINESS_TYPES[self.business_type].budget_cny

    def group_weight(self, group: str) -> float:
        """A group's weight as set; the evaluation group's default applies until the buyer sets one."""
        return self.group_weights.get(group, schema.EVAL_GROUP_WEIGHT if group == schema.EVAL_GROUP else 0.0)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["budget_cny"] = list(self.budget)
        if not self.evaluation:
            del d["evaluation"]
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, d: dict, business_type: str | None = None) -> "Profile":
        """The one gate for a profile from outside (a JSON file, a scored workbook, the session): missing keys
        default, unknown top-level keys are ignored, numbers may be written as text. Anything else is refused
        with a QuoteError naming the setting: a value that is not a number or of the wrong type
        (err.bad_profile), an infinite or NaN number, a weight outside 0-100, a horizon outside
        1-MAX_HORIZON_YEARS, a budget not finite, negative or not ordered, an unknown group, criterion or gate, an
        exclusion that is not {"quote": text, "vendor": text, "reason": text} (quote required; texts up to
        core.exclude.MAX_TEXT characters). Nothing is clamped: a profile is used as written or not at all."""
        from .errors import QuoteError

        if not isinstance(d, dict):
            raise QuoteError("err.bad_profile")
        bt = business_type or d.get("business_type") or "personal_credit"
        if not isinstance(bt, str):
            raise QuoteError("err.bad_profile")
        p = cls.default(bt)
        budget = d.get("budget_cny")
        if budget not in (None, [], ""):  # None or empty: the business type's band
            if not isinstance(budget, (list, tuple)) or len(budget) != 2:
                raise QuoteError("err.bad_profile")
            lo, hi = (_number(x, "budget_cny", 0, schema.MAX_BUDGET_CNY) for x in budget)
            if lo > hi:
                raise QuoteError("err.profile_budget", lo=_shown(budget[0]), hi=_shown(budget[1]))
            p.budget_cny = (lo, hi)
        if d.get("horizon_years") is not None:
            years = _number(d["horizon_years"], "horizon_years", 1, schema.MAX_HORIZON_YEARS)
            if not float(years).is_integer():
                raise QuoteError("err.profile_range", field="horizon_years", value=_shown(d["horizon_years"]),
                                 lo=1, hi=schema.MAX_HORIZON_YEARS)
            p.horizon_years = int(years)
        for key, known, later in (("group_weights", p.group_weights, (schema.EVAL_GROUP,)),
                                  ("criterion_weights", p.criterion_weights, schema.EVAL_CRITERION_IDS)):
            given = d.get(key)
            if given is None:
                continue
            if not isinstance(given, dict):
                raise QuoteError("err.bad_profile")
            for k, v in given.items():
                if k not in known and k not in later:  # the evaluation team's weights: set once sheets exist
                    raise QuoteError("err.profile_unknown", field=f"{key}.{_shown(k)}")
                known[k] = _number(v, f"{key}.{k}", 0, schema.MAX_WEIGHT)
        gates = d.get("gates")
        if gates is not None:
            if not isinstance(gates, dict):
                raise QuoteError("err.bad_profile")
            for k, v in gates.items():
                if k not in p.gates:
                    raise QuoteError("err.profile_unknown", field=f"gates.{_shown(k)}")
                if not isinstance(v, bool) and v not in (0, 1):
                    raise QuoteError("err.bad_profile")
                p.gates[k] = bool(v)
        method = d.get("method")
        if method is not None:
            if method not in schema.METHODS:
                raise QuoteError("err.profile_unknown", field=f"method: {_shown(method)}")
            p.method = method
        if d.get("vat_rate") is not None:  # a share, not a percentage: 0.13, never 13
            p.vat_rate = _number(d["vat_rate"], "vat_rate", 0, schema.MAX_VAT_RATE)
        if d.get("evaluation") not in (None, {}):
            from .evaluation import profile_settings

            p.evaluation = profile_settings(d["evaluation"])
        if sum(p.group_weights[g] for g in schema.GROUPS) <= 0:  # the quotes always count
            raise QuoteError("err.bad_profile")
        if d.get("excluded") is not None:
            p.excluded = _exclusions(d["excluded"])
        return p


def _exclusions(given: Any) -> list[dict]:
    """The profile's exclusions, validated (core.exclude describes them); QuoteError naming the problem."""
    from .errors import QuoteError
    from .exclude import KEYS, MAX_TEXT

    if not isinstance(given, (list, tuple)):
        raise QuoteError("err.bad_profile")
    out = []
    for e in given:
        if not isinstance(e, dict):
            raise QuoteError("err.bad_profile")
        for k in e:
            if k not in KEYS:
                raise QuoteError("err.profile_unknown", field=f"excluded.{_shown(k)}")
        texts = {k: e.get(k, "") if e.get(k) is not None else "" for k in KEYS}
        if not all(isinstance(v, str) and len(v) <= MAX_TEXT for v in texts.values()) or not texts["quote"].strip():
            raise QuoteError("ux.err.exclusion", quote=_shown(e.get("quote", "")), max=MAX_TEXT)
        out.append({k: v.strip() for k, v in texts.items()})
    return out


def _shown(v: Any, limit: int = 40) -> str:
    """A value as a message shows it (cut short; the edges escape it for their medium)."""
    s = repr(v) if isinstance(v, float) else str(v)
    return s if len(s) <= limit else s[:limit] + "…"


def _number(v: Any, name: str, lo: float, hi: float) -> float:
    """A finite number within [lo, hi] (text such as "35" is accepted); QuoteError otherwise."""
    from .errors import QuoteError

    if isinstance(v, bool) or not isinstance(v, (numbers.Real, str)):  # numpy numbers from the session too
        raise QuoteError("err.bad_profile")
    try:
        x = float(v)
    except (ValueError, OverflowError):  # "lots"; an integer too large for a float is also not finite
        if isinstance(v, int):
            raise QuoteError("err.profile_not_finite", field=name, value=_shown(v)) from None
        raise QuoteError("err.bad_profile") from None
    if not math.isfinite(x):
        raise QuoteError("err.profile_not_finite", field=name, value=_shown(v))
    if not lo <= x <= hi:
        raise QuoteError("err.profile_range", field=name, value=_shown(v), lo=f"{lo:g}", hi=f"{hi:g}")
    return x


MEMO_ENTRIES = 16


def remember(obj, key: tuple, compute):
    """``compute()`` once per object and key, kept on the object (a scored Result, a QuoteSet). The dashboard
    reuses a Result across reruns while files, mapping and profile stay the same, so a what-if, a picker, a page
    switch or the workbook download does not recompute sensitivity, stability or the mapping examples. The least
    recently used of MEMO_ENTRIES entries goes first (what-ifs add up)."""
    memo = obj.__dict__.setdefault("_memo", OrderedDict())
    if key in memo:
        memo.move_to_end(key)
    else:
        memo[key] = compute()
        while len(memo) > MEMO_ENTRIES:
            memo.popitem(last=False)
    return memo[key]
