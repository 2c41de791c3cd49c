"""Clarification letters out (澄清函), and what the rounds changed in the scored workbook.

``letter_bytes(vendor_result, lang)`` writes one .xlsx per quote: a cover (a title the buyer may edit, vendor,
package, the quote it refers to, date, reply-by date, the quote's fingerprint and the marker core.own_files
recognises it by), one sheet of questions — one row per value not stated, only claimed or conditional and per red
or amber flag, red first, each with its field code, the question (the flags' own wording, core.flags), what we read
and where, the unit, and the answer and evidence cells the vendor fills in — and an instructions sheet, all in the
letter's language. Only the title, answer and evidence cells are unlocked (no password); yes/no items have a
drop-down. Every cell goes through core.excel._put: a quote's text is written as text, never a formula.

``letters_zip`` packs one letter per quote; ``changes_sheet`` adds the Changes sheet to the scored workbook when
quotes were revised or letters answered (core.rounds, core.letters).
"""
from __future__ import annotations

import datetime as _dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .excel import _fit_rows, _landscape, _lines, _put, _row_height, _save, _style_header
from .flags import Flag
from .i18n import LANGS, feature_names, t
from .letters import FIELDS, MARKER, fingerprint, unit_kind
from .report import evidence, value_text
from .rounds import rank_moves

REPLY_DAYS = 7  # the reply-by date: a week after the letter
# Flags that say a value's standing (what a row about an unknown, claimed or conditional value asks).
STANDING_CODES = ("unverified", "claimed", "conditional", "price_missing", "options_added", "unconfirmed")
ASKED = ("unknown", "claimed", "conditional")
# The question table: (column id, width); ids name the i18n headers clar.h.<id> (core.letters.COLUMNS).
TABLE = (("no", 6), ("field", 18), ("features", 16), ("item", 18), ("question", 46), ("read", 40), ("unit", 14),
         ("answer", 30), ("evidence", 28))
_COL = {cid: i for i, (cid, _w) in enumerate(TABLE, 1)}
_COVER_ROW = 4  # the cover block starts here (row 1: the title, row 2: the introduction)
_FILE_NAME_CHARS = 60


@dataclass
class Row:
    field: str
    features: tuple[str, ...]
    question: str
    severity: str


def letter_rows(r, lang: str = "zh") -> list[Row]:
    """The questions for one scored quote: every red and amber flag (red first, the flags' order), then every scored
    value not stated, only claimed or conditional that no flag asked about yet. One row per distinct question."""
    ev = evidence(r)
    rows: list[Row] = []
    seen: set[str] = set()

    def add(f: Flag) -> None:
        if f.field not in FIELDS:
            return
        question = f.question(lang)
        if question in seen:
            return
        seen.add(question)
        feats = ()
        if f.field == "features":
            feats = tuple(f.params.get("features") or (("anti_fraud",) if f.code == "no_anti_fraud" else ()))
        rows.append(Row(f.field, feats, question, f.severity))

    for f in r.flags:
        if f.severity in ("red", "amber"):
            add(f)
    asked = {row.field for row in rows}
    for fid in FIELDS:
        if fid in asked or ev.get(fid, {}).get("status") not in ASKED:
            continue
        mine = [f for f in r.flags if f.code in STANDING_CODES
                and (f.field == fid or (fid == "features" and f.code == "options_added"))]
        add(mine[0] if mine else Flag("unconfirmed", "info", fid, False))
    return rows


def _read_text(r, ev: dict, fid: str, lang: str) -> str:
    """What we read for a field: the vendor's words and where, and how we understood them."""
    e = ev.get(fid) or {"status": "unknown", "text": "", "cell": ""}
    value = r.scored_values.get(fid)
    shown = value_text(fid, value, lang)
    if e["status"] not in ("stated", "unknown"):
        shown = t("val.with_status", lang, value=shown, status=t(f"status.{e['status']}", lang))
    q = r.quote
    if e["text"]:
        cell = e["cell"]
        where = cell if "›" in cell else " › ".join(x for x in (q.file, q.sheet, cell or q.origin) if x)
        return t("clar.read_as", lang, text=e["text"][:300], where=where, value=shown)
    if value is not None:
        return t("clar.read_value", lang, value=shown)
    return t("clar.read_nothing", lang)


def _item(row: Row, lang: str) -> str:
    name = t(f"field.{row.field}", lang)
    return t("clar.item_features", lang, field=name, features=feature_names(row.features, lang)) if row.features else name


def letter_name(q, lang: str = "zh") -> str:
    """The letter's file name: the vendor and the package, in characters every file system takes."""
    raw = f"{q.vendor}_{q.package}" if q.package else q.vendor
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in raw).strip("_")[:_FILE_NAME_CHARS] or "quote"
    return t("clar.file", lang, name=safe)


def letter_bytes(r, lang: str = "zh", today: _dt.date | None = None) -> bytes:
    """One quote's clarification letter as .xlsx bytes (see the module's doc)."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = lang if lang in LANGS else "zh"
    today = today or _dt.date.today()
    q = r.quote
    rows = letter_rows(r, lang)
    ev = evidence(r)
    wb = Workbook()
    ws = wb.active
    ws.title = t("clar.sheet.questions", lang)
    last = len(TABLE)
    for cid, w in TABLE:
        ws.column_dimensions[_letter(_COL[cid])].width = w
    _put(ws, 1, 1, t("clar.title_for", lang, vendor=q.key), "big|unlocked")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    _row_height(ws, 1, 26)
    intro = t("clar.intro", lang)
    _put(ws, 2, 1, intro, "wrap")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    _row_height(ws, 2, 15 * _lines(intro, sum(w for _c, w in TABLE) * 0.95) + 4)
    cover = (("vendor", q.vendor), ("package", q.package or ""),
             ("quote", " › ".join(x for x in (q.file, q.sheet, q.origin) if x)),
             ("date", today.isoformat()), ("reply_by", (today + _dt.timedelta(days=REPLY_DAYS)).isoformat()),
             ("fingerprint", fingerprint(q)), ("file_type", MARKER))
    label_end, value_col = _COL["features"], _COL["item"]
    for i, (key, value) in enumerate(cover):
        row = _COVER_ROW + i
        _put(ws, row, 1, t(f"clar.cover.{key}", lang), "bold")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=label_end)
        _put(ws, row, value_col, value, "grey" if key == "file_type" else "")
        ws.merge_cells(start_row=row, start_column=value_col, end_row=row, end_column=_COL["read"])
    head = _COVER_ROW + len(cover) + 1
    for cid, _w in TABLE:
        _put(ws, head, _COL[cid], t(f"clar.h.{cid}", lang))
    _style_header(ws, head, last)
    _row_height(ws, head, 30)
    yes_no = DataValidation(type="list", formula1=f'"{t("xl.tpl.yes", lang)},{t("xl.tpl.no", lang)}"',
                            allow_blank=True, showErrorMessage=False, showInputMessage=True,
                            promptTitle=t("clar.dv_title", lang), prompt=t("clar.dv_prompt", lang))
    ws.add_data_validation(yes_no)
    for n, row in enumerate(rows, 1):
        at = head + n
        sev = f"|sev:{row.severity}" if row.severity in ("red", "amber") else ""
        cells = {"no": (n, "top" + sev), "field": (row.field, "top"), "features": (", ".join(row.features) or None, "wrap"),
                 "item": (_item(row, lang), "wrap"), "question": (row.question, "wrap"),
                 "read": (_read_text(r, ev, row.field, lang), "wrap"), "unit": (t(f"clar.unit.{unit_kind(row.field)}", lang),
                                                                         "wrap"),
                 "answer": (None, "input|wrap"), "evidence": (None, "input|wrap")}
        for cid, (value, style) in cells.items():
            _put(ws, at, _COL[cid], value, style)
        if unit_kind(row.field) == "yes_no":
            yes_no.add(f"{_letter(_COL['answer'])}{at}")
    if not yes_no.sqref:
        ws.data_validations.dataValidation.remove(yes_no)
    _fit_rows(ws, head + 1, tuple(_COL[c] for c in ("item", "question", "read", "unit")))
    ws.freeze_panes = f"A{head + 1}"
    ws.print_title_rows = f"{head}:{head}"
    _protect(ws)
    _landscape(ws)

    guide = wb.create_sheet(t("clar.sheet.instructions", lang))
    _put(guide, 1, 1, t("clar.help.title", lang), "h2")
    for i, line in enumerate(t("clar.help.body", lang).split("\n"), 3):
        _put(guide, i, 1, line, "wrap")
        _row_height(guide, i, 15 * _lines(line, 100) + 4)
    guide.column_dimensions["A"].width = 110
    _protect(guide)
    _landscape(guide)
    wb.active = 0
    wb.properties.title = t("clar.title", lang)
    wb.properties.creator = "vendor-quote-compare"
    return _save(wb)


def _letter(col: int) -> str:
    from .xlsx_writer import letter

    return letter(col)


def _protect(ws) -> None:
    """Every locked cell protected, no password: the vendor fills in the unlocked cells and may resize rows."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def letters_zip(res, lang: str = "zh") -> bytes:
    """Every quote's letter in one .zip (quotes with nothing to ask have none); names kept apart when two quotes
    share a vendor and package."""
    buf = io.BytesIO()
    names: set[str] = set()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for r in res.vendors:
            if not letter_rows(r, lang):
                continue
            zf.writestr(_unique(letter_name(r.quote, lang), names), letter_bytes(r, lang))
    return buf.getvalue()


def _unique(name: str, taken: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    out, n = name, 1
    while out in taken:
        n += 1
        out = f"{stem}_{n}{dot}{ext}"
    taken.add(out)
    return out


def write_letters(res, lang: str, out_dir: Path) -> list[tuple[Path | None, object, int]]:
    """The CLI's letters: one file per quote in ``out_dir`` (created). (path or None when nothing to ask, quote,
    number of questions) per scored quote, in rank order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    done, names = [], set()
    for r in res.vendors:
        n = len(letter_rows(r, lang))
        if not n:
            done.append((None, r.quote, 0))
            continue
        path = out_dir / _unique(letter_name(r.quote, lang), names)
        path.write_bytes(letter_bytes(r, lang))
        done.append((path, r.quote, n))
    return done


# ------------------------------------------------------------------------------------------------
# What changed: the history of a quote, in words (the dashboard and the workbook's Changes sheet)
# ------------------------------------------------------------------------------------------------
def change_value(fid: str, value, status: str, lang: str) -> str:
    if isinstance(value, str) and fid.endswith("_cny"):  # a yearly fee written as a share of the contract
        shown = value
    else:
        shown = value_text(fid, value, lang)
    return shown if status in ("stated", "unknown") else t("val.with_status", lang, value=shown,
                                                          status=t(f"status.{status}", lang))


def history_rows(q, lang: str = "zh") -> list[dict]:
    """Each change of one quote: item, from, to (with their standing), source."""
    return [{"field": t(f"field.{h['field']}", lang),
             "from": change_value(h["field"], h["from"], h.get("status_from", "stated"), lang),
             "to": change_value(h["field"], h["to"], h.get("status_to", "stated"), lang),
             "source": h["source"]} for h in q.history]


def versions_text(q, lang: str = "zh") -> str:
    """The versions of a quote, the earlier ones kept and the one scored, each with where it is."""
    def where(x) -> str:
        return " › ".join(v for v in (x.file, x.sheet, x.origin) if v)

    lines = [t("clar.ui.earlier", lang, n=i, where=where(old)) for i, old in enumerate(q.earlier, 1)]
    return "\n".join(lines + [t("clar.ui.scored", lang, n=len(q.earlier) + 1, where=where(q))])


def rounds_lines(result, lang: str = "zh") -> list[str]:
    """The CLI's lines about the rounds: each revised quote's scored version, each returned letter's answers."""
    lines = []
    for v in result.vendors:
        q = v.quote
        if q.earlier:
            lines.append(t("clar.cli.revised", lang, vendor=q.key, n=len(q.earlier) + 1, k=len(q.earlier),
                           where=" › ".join(x for x in (q.file, q.sheet, q.origin) if x)))
    for o in result.quoteset.rounds.letters.values():
        lines.append(t("clar.cli.applied", lang, file=o.file, n=o.applied))
    return lines


def changes_sheet(wb, result, lang: str) -> None:
    """The scored workbook's Changes sheet: ranks before and after, then every change with its source. Added only
    when quotes were revised or letters answered."""
    if result.quoteset.rounds is None:
        return
    ws = wb.create_sheet(t("clar.xl.sheet", lang))
    _put(ws, 1, 1, t("clar.xl.ranks", lang), "h2")
    heads = ("vendor", "before", "after", "move", "total_before", "total_after", "changes", "versions")
    for c, h in enumerate(heads, 1):
        _put(ws, 2, c, t(f"clar.col.{h}", lang))
    _style_header(ws, 2, len(heads))
    row = 2
    for m in rank_moves(result):
        row += 1
        q = m["quote"]
        move = None if m["before"] is None else m["before"] - m["after"]
        for c, (v, fmt) in enumerate(((q.key, ""), (m["before"], "0"), (m["after"], "0"), (move, "+0;-0;0"),
                                      (m["total_before"], "0.0"), (m["total_after"], "0.0"), (m["changes"], "0"),
                                      (versions_text(q, lang), "wrap")), 1):
            _put(ws, row, c, v, fmt)
    row += 2
    _put(ws, row, 1, t("clar.xl.history", lang), "h2")
    row += 1
    heads2 = ("vendor", "field", "from", "to", "source")
    for c, h in enumerate(heads2, 1):
        _put(ws, row, c, t(f"clar.col.{h}", lang))
    _style_header(ws, row, len(heads2))
    start = row + 1
    for v in result.vendors:
        for h in history_rows(v.quote, lang):
            row += 1
            for c, val in enumerate((v.quote.key, h["field"], h["from"], h["to"], h["source"]), 1):
                _put(ws, row, c, val, "wrap")
    for col, w in zip("ABCDEFGH", (24, 16, 22, 22, 40, 12, 10, 50)):
        ws.column_dimensions[col].width = w
    _fit_rows(ws, start, (1, 3, 4, 5))
    _fit_rows(ws, 3, (8,))
    _landscape(ws)
