"""An auction's bid history: one row per bid, a participant bidding again and again.

A reverse e-auction's event report lists every bid (Bid no. | Time | Participant | Bid | Entered by | Status | Rank): a
participant's price is its last bid the platform accepted — a bid the buyer retracted ("input error") or the platform
rejected ("received after close") is none. Read as a table, each bid would be a quote of its own. Here each participant is
one quote priced at its last accepted bid (the column's tax words kept: "Bid (CNY, excl. VAT)"); the bids that do not
count are listed with their status, and ranks, times and bid numbers are no amounts.
"""
from __future__ import annotations

import re

from .ingest import RawSheet, Record, RecordCell, Skipped, _text, blank
from .mapping import match_label

_BID_HEAD_RE = re.compile(r"^(?:bid|bids|bid amount|bid value|bid price|offer|出价|出价金额|报价金额|竞价|竞价金额)(?:\s*[(（].*)?$", re.I)
_STATUS_HEAD_RE = re.compile(r"^(?:status|bid status|状态|出价状态|有效性)$", re.I)
_SEQ_HEAD_RE = re.compile(r"^(?:bid\s*no\.?|bid\s*#|no\.?|#|序号|出价序号|time.*|时间.*|出价时间.*)$", re.I)
_NOT_COUNTED_RE = re.compile(r"retract|reject|withdraw|invalid|void|cancel|superseded|撤回|撤销|无效|拒绝|作废|被拒|超时", re.I)
_SCAN = 8


def _header(sh: RawSheet) -> tuple[int, int, int, int] | None:
    """(header row, participant column, bid column, status column) of a bid history; None for any other sheet."""
    for h in range(min(_SCAN, len(sh.rows))):
        head = [_text(v).strip() for v in sh.rows[h]]
        vc = next((c for c, t in enumerate(head) if t and (x := match_label(t).target) is not None and x.code == "vendor"), None)
        bc = next((c for c, t in enumerate(head) if _BID_HEAD_RE.match(t)), None)
        sc = next((c for c, t in enumerate(head) if _STATUS_HEAD_RE.match(t)), None)
        seq = any(_SEQ_HEAD_RE.match(t) for t in head if t)
        if None not in (vc, bc, sc) and seq:
            return h, vc, bc, sc
    return None


def read_bid_history(sh: RawSheet) -> tuple[list[Record], list[Skipped]] | None:
    """A quote per participant at its last accepted bid; None unless the sheet is a bid history."""
    found = _header(sh)
    if found is None:
        return None
    h, vc, bc, sc = found
    bids: dict[str, list[int]] = {}
    for r in range(h + 1, len(sh.rows)):
        name = _text(sh.cell(r, vc)).strip()
        if name and not blank(sh.cell(r, bc)):
            bids.setdefault(name, []).append(r)
    if not bids or all(len(rs) < 2 for rs in bids.values()):
        return None  # every participant once: a table of quotes, read as one
    label = _text(sh.cell(h, bc)).strip()
    records: list[Record] = []
    listed: list[Skipped] = []
    for name, rs in bids.items():
        counted = [r for r in rs if not _NOT_COUNTED_RE.search(_text(sh.cell(r, sc)))]
        for r in rs:
            if r not in counted:
                listed.append(Skipped(sh.file, sh.sheet, sh.address(r, bc), "note.bid_not_counted",
                                      f"{name}: {_text(sh.cell(r, bc))} — {_text(sh.cell(r, sc))}"[:200]))
        if not counted:
            continue
        last = counted[-1]
        rec = Record(sh.file, sh.sheet, sh.address(last, vc), [
            RecordCell("供应商", name, sh.address(last, vc)), RecordCell(label, sh.cell(last, bc), sh.address(last, bc))])
        rec.fixed = {"供应商": "vendor", label: "price_cny"}  # the bid column is the price, its tax words with it
        records.append(rec)
    return records, listed
