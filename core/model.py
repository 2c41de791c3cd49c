"""The objects that flow through the engine: Quote, QuoteSet, Profile, Result."""
from __future__ import annotations

import json
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


@dataclass
class QuoteSet:
    quotes: list[Quote]
    warnings: list[Warning_]
    mapping: list[MappingRow]
    skipped: list[Skipped]
    notes: list[Skipped]
    sheets: list[RawSheet]
    files: list[str]
    profile: dict | None = None  # a profile found in an uploaded scored workbook

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

    @classmethod
    def default(cls, business_type: str) -> "Profile":
        if business_type not in schema.BUSINESS_TYPES:
            from .errors import QuoteError

            raise QuoteError("err.bad_type", type=business_type)
        return cls(business_type=business_type)

    @property
    def budget(self) -> tuple[float, float]:
        return tuple(self.budget_cny) if self.budget_cny else schema.BUSINESS_TYPES[self.business_type].budget_cny

    def to_dict(self) -> dict:
        d = asdict(self)
        d["budget_cny"] = list(self.budget)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, d: dict, business_type: str | None = None) -> "Profile":
        """Lenient: unknown keys ignored, missing keys default, numbers coerced; raises QuoteError if unusable."""
        from .errors import QuoteError

        if not isinstance(d, dict):
            raise QuoteError("err.bad_profile")
        bt = business_type or d.get("business_type") or "personal_credit"
        p = cls.default(bt)
        try:
            if d.get("budget_cny"):
                lo, hi = (float(x) for x in d["budget_cny"])
                if not (0 <= lo <= hi):
                    raise ValueError
                p.budget_cny = (lo, hi)
            if d.get("horizon_years") is not None:
                p.horizon_years = max(1, min(schema.MAX_HORIZON_YEARS, int(d["horizon_years"])))
            for k, v in (d.get("group_weights") or {}).items():
                if k in p.group_weights:
                    p.group_weights[k] = max(0.0, float(v))
            for k, v in (d.get("criterion_weights") or {}).items():
                if k in p.criterion_weights:
                    p.criterion_weights[k] = max(0.0, float(v))
            for k, v in (d.get("gates") or {}).items():
                if k in p.gates:
                    p.gates[k] = bool(v)
            if d.get("method") in ("weighted_sum", "topsis"):
                p.method = d["method"]
            if d.get("vat_rate") is not None:
                vat = float(d["vat_rate"])
                if not (0.0 <= vat <= 0.3):  # a share, not a percentage: 0.13, never 13
                    raise ValueError
                p.vat_rate = vat
        except (TypeError, ValueError) as e:
            raise QuoteError("err.bad_profile") from e
        if sum(p.group_weights.values()) <= 0:
            raise QuoteError("err.bad_profile")
        return p


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
