"""The scored Excel workbook (the file the buyer takes to the board, and back) and the blank template.

``workbook_bytes(result, lang)`` writes Summary, Ranking, Criteria, Flags, Charts, one Original sheet per
input sheet (every cell as read, at the same position) and a Profile sheet the app reads back
(core.own_files recognises a re-uploaded scored workbook and gives back its source sheets, profile and
mapping overrides, so the same quotes score the same way).

Safety: every cell goes through ``_put``, which keeps text as text (saved as an inline string by
core.xlsx_writer), so a vendor called ``=HYPERLINK(...)`` stays a string and no formula from input reaches
the file. The workbook is saved in memory (openpyxl's own save would stage every sheet in a temporary file).

openpyxl is imported inside the writers, so importing this module stays cheap.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
from functools import lru_cache
import unicodedata
from typing import Any

from . import schema
from .i18n import LANGS, join_list, t
from .flags import settling
from . import xlsx_print, xlsx_writer
from .ingest import RawSheet
from .report import criterion_text, wan_number
from .own_files import MARKER, PROFILE_KEYS, SEC_OVERRIDES, SEC_PROFILE, SEC_SHEETS
from .untrusted import xml_text


MAX_CHART_QUOTES = 5
DATA_SHEET = "vqc_data"  # the hidden sheet core.own_files reads back (its marker, the profile, the source sheets)
TEMPLATE_LAST_ROW = 200
_MAX_TEXT = 32_767  # Excel's limit for one cell

# Colours (ARGB without alpha).
_HEADER_FILL = "1F4E78"
_HEADER_FONT = "FFFFFF"
_FAIL_FILL = "EDEDED"
_FAIL_FONT = "808080"
_INPUT_FILL = "FFF2CC"
_SEVERITY_FILL = {"red": "FFC7CE", "amber": "FFEB9C", "info": "DDEBF7"}
_GATE_FILL = {"pass": "E2EFDA", "unverified": "FFF2CC", "fail": "D9D9D9"}  # the gate cell of a quote's row
_GATE_BAR = {"pass": "5B9BD5", "unverified": "F4B183", "fail": "BFBFBF"}  # its bar on the totals chart
_SCORE_FMT = "0.0"
_WAN_FMT = "0.0"


# ------------------------------------------------------------------------------------------------
# Cells
# ------------------------------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def _clean_text(s: str) -> str:
    return xml_text(s)[:_MAX_TEXT]


def _cell_value(v: Any) -> Any:
    """A value a cell can store as data (never as a formula)."""
    if v is None:
        return None
    if isinstance(v, str):
        return _clean_text(v)
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v if abs(v) < 10**15 else str(v)
    if isinstance(v, float):
        return v if math.isfinite(v) else str(v)
    if isinstance(v, (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)):
        if getattr(v, "tzinfo", None) is not None:  # Excel has no time zones
            v = v.replace(tzinfo=None)
        return v
    if hasattr(v, "item") and not isinstance(v, bytes):  # numpy scalar
        try:
            return _cell_value(v.item())
        except (TypeError, ValueError):
            pass
    return _clean_text(str(v))


def _put(ws, row: int, col: int, value: Any, style: str | None = None) -> None:
    """The one way a cell is written: text stays text (an inline string, never a formula), numbers stay
    numbers. ``style``: see ``_style_id``. Cells live in the sheet's grid until ``_save``."""
    xlsx_writer.grid(ws).put(row, col, _cell_value(value), style or "")


def _row_height(ws, row: int, points: float) -> None:
    xlsx_writer.grid(ws).heights[row] = points


def _style_id(wb, spec: str) -> int:
    """The workbook's cell style index for a spec such as ``"0.0|grey|wrap"`` (the words below, ``sev:red``, or
    number formats); each distinct spec is built once per workbook."""
    cache = wb.__dict__.setdefault("_vqc_styles", {})
    sid = cache.get(spec)
    if sid is not None:
        return sid
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    cell = Cell(wb.worksheets[0])
    font: dict[str, Any] = {}
    align: dict[str, Any] = {}
    fill = None
    for part in spec.split("|"):
        if part in ("input", "unlocked"):  # a cell to fill in on a protected sheet (clarification letters)
            fill = _INPUT_FILL if part == "input" else fill
            cell.protection = Protection(locked=False)
            continue
        if part == "grey":
            font["color"], fill = _FAIL_FONT, _FAIL_FILL
        elif part == "wrap":
            align.update(wrap_text=True, vertical="top")
        elif part == "top":
            align["vertical"] = "top"
        elif part == "bold":
            font["bold"] = True
        elif part in ("big", "h2", "h3"):
            font.update(bold=True, size={"big": 16, "h2": 13, "h3": 14}[part])
        elif part == "header":
            font.update(bold=True, color=_HEADER_FONT)
            fill = _HEADER_FILL
            align.update(wrap_text=True, vertical="center", horizontal="center")
        elif part == "example":
            font.update(italic=True, color="808080")
        elif part.startswith("sev:"):
            fill = _SEVERITY_FILL[part[4:]]
        elif part.startswith("gate:"):
            fill = _GATE_FILL[part[5:]]
        elif part:
            cell.number_format = part
    if font:
        cell.font = Font(**font)
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    if align:
        cell.alignment = Alignment(**align)
    sid = cache[spec] = cell.style_id
    return sid


def _save(wb) -> bytes:
    return xlsx_writer.save(wb, _style_id)


def _display_width(v: Any) -> int:
    return _text_width(v if isinstance(v, str) else ("" if v is None else str(v)))


@lru_cache(maxsize=65536)
def _text_width(s: str) -> int:
    """Columns a text needs (CJK counts double); texts repeat across quotes, so each is measured once."""
    line = max(s.splitlines() or [""], key=len)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


_WIDTH_SAMPLE_ROWS = 500


def _fit_columns(ws, minimum: int = 6, maximum: int = 50, start_row: int = 1, widths: dict[int, int] | None = None):
    best: dict[int, int] = {}
    # The first rows are a fair sample of a column's widths; scanning 20,000 criteria rows is not needed.
    for _r, col, v in xlsx_writer.grid(ws).values(start_row, start_row + _WIDTH_SAMPLE_ROWS):
        w = _display_width(v if not isinstance(v, float) else f"{v:.1f}")
        if w > best.get(col, 0):
            best[col] = w
    for col, w in best.items():
        ws.column_dimensions[xlsx_writer.letter(col)].width = max(minimum, min(maximum, w + 2))
    for col, w in (widths or {}).items():
        ws.column_dimensions[xlsx_writer.letter(col)].width = w


def _fit_rows(ws, start_row: int, wrap_cols: tuple[int, ...], line_height: float = 15.0, max_lines: int = 12) -> None:
    """Row heights for the wrapped text columns (LibreOffice and Excel do not grow rows written by openpyxl)."""
    g = xlsx_writer.grid(ws)
    room = {c: max(1.0, (ws.column_dimensions[xlsx_writer.letter(c)].width or 8.43) - 1) for c in wrap_cols}
    for r, row in g.rows.items():
        if r < start_row:
            continue
        lines = 1
        for col in wrap_cols:
            cell = row.get(col)
            v = None if cell is None else cell[0]
            if isinstance(v, str) and v:
                n = _lines(v, room[col])
                if n > lines:
                    lines = n
        if lines > 1:
            g.heights[r] = line_height * min(lines, max_lines) + 2


@lru_cache(maxsize=65536)
def _lines(text: str, room: float) -> int:
    return sum(max(1, math.ceil(_display_width(part) / room)) for part in text.split("\n"))


def _style_header(ws, row: int, ncols: int, start_col: int = 1) -> None:
    g = xlsx_writer.grid(ws)
    for col in range(start_col, start_col + ncols):
        g.restyle(row, col, "header")


def _landscape(ws, fit_height: bool = False, title_rows: int = 1, columns: int | None = None) -> None:
    """How a sheet prints (core.xlsx_print applies it to every sheet when the workbook is saved): one page wide,
    landscape when wide, ``title_rows`` repeated on every page, ``fit_height`` onto one page, ``columns``
    printed (default all)."""
    xlsx_print.plan(ws, title_rows=0 if fit_height else title_rows, one_page=fit_height, columns=columns)


def gate_text(r, lang: str) -> str:
    """A quote's gate state as a person reads it, with its mark: ✓ 通过 / ? 待核实 / ✗ 未通过."""
    return f"{schema.GATE_MARK[r.gate]} {t(f'gate.{r.gate}', lang)}"


def _marked(r) -> str:
    """A quote's name with its gate mark (charts and their data)."""
    return f"{schema.GATE_MARK[r.gate]} {r.quote.key}"


# ------------------------------------------------------------------------------------------------
# Words
# ------------------------------------------------------------------------------------------------
def _original_text(q, fields: tuple[str, ...], lang: str) -> str:
    parts = []
    for fid in fields:
        srcs = [s for s in q.sources.get(fid, []) if str(s.text).strip()]
        if not srcs:
            continue
        if len(fields) == 1 and len(srcs) == 1:
            parts.append(srcs[0].text)
        else:
            parts += [f"{s.label}: {s.text}" for s in srcs]
    return "\n".join(parts)


def _group_name(g: str, lang: str) -> str:
    return t(f"group.{g}", lang)


def original_sheet_names(sheets: list[RawSheet], lang: str) -> list[str]:
    """Names of the Original sheets, one per input sheet (≤ 31 characters, unique)."""
    return [t("xl.sheet.original", lang, n=i)[:31] for i in range(1, len(sheets) + 1)]


# ------------------------------------------------------------------------------------------------
# The scored workbook
# ------------------------------------------------------------------------------------------------
def workbook_bytes(result, lang: str = "zh", overrides: dict[str, str] | None = None) -> bytes:
    """The scored workbook as .xlsx bytes. ``overrides``: the user's mapping corrections (label -> code)."""
    from openpyxl import Workbook

    lang = lang if lang in LANGS else "zh"
    wb = Workbook()
    ws = wb.active
    ws.title = t("xl.sheet.summary", lang)
    orig_names = original_sheet_names(result.quoteset.sheets, lang)
    _summary(ws, result, lang, orig_names)
    _ranking(wb.create_sheet(t("xl.sheet.ranking", lang)), result, lang)
    _criteria(wb.create_sheet(t("xl.sheet.criteria", lang)), result, lang)
    _flags(wb.create_sheet(t("xl.sheet.flags", lang)), result, lang)
    _charts(wb.create_sheet(t("xl.sheet.charts", lang)), result, lang)
    if result.quoteset.evaluation is not None:  # returned score sheets: every score and reason (core.evaluation)
        from .evaluation import write_sheet

        write_sheet(wb.create_sheet(t("eval.xl.sheet", lang)), result, lang)
    from .clarify import changes_sheet  # revised quotes and answered letters (issue 12): only when there are some

    changes_sheet(wb, result, lang)
    for name, sh in zip(orig_names, result.quoteset.sheets):
        _original(wb.create_sheet(name), sh)
    merged = {m.label.strip(): (m.code or "") for m in result.quoteset.mapping if m.manual}
    merged.update({str(k).strip(): (v or "") for k, v in (overrides or {}).items()})
    _settings(wb.create_sheet(t("xl.sheet.profile", lang)), result, lang, merged)
    data = wb.create_sheet(DATA_SHEET)  # the same settings for the app to read back: hidden, not for people
    _profile(data, result, lang, orig_names, merged)
    data.sheet_state = "hidden"
    wb.active = 0
    wb.properties.title = t("xl.title", lang)
    wb.properties.creator = "vendor-quote-compare"
    xlsx_print.finish(wb)
    return _save(wb)


def _robustness_rows(result, lang: str) -> list[tuple[str, str]]:
    """Why the top pick wins, how likely it stays first, where the weights would change it, and TOPSIS."""
    from .robustness import explain, method_comparison, sensitivity, stability

    if len(result.vendors) < 2:
        return []
    top = result.top.quote.key
    stab = stability(result)
    ranges = join_list([f"{_group_name(s.group, lang)} {100 * s.low:.0f}–{100 * s.high:.0f}%"
                        for s in sensitivity(result)], lang)
    differ = sum(1 for m in method_comparison(result) if m["rank_change"])
    return [
        (t("xl.sum.lead", lang), explain(result, 0).sentence(lang)),
        (t("xl.sum.stability", lang), t("xl.sum.stability_line", lang, vendor=top,
                                        p=f"{100 * stab.p_first.get(result.top.quote.id, 0.0):.0f}%", draws=f"{stab.draws:,}",
                                        ranges=ranges)),
        (t("xl.sum.topsis", lang), t("xl.sum.topsis_differ", lang, n=differ) if differ
         else t("xl.sum.topsis_agree", lang)),
    ]


def _summary(ws, result, lang: str, orig_names: list[str]) -> None:
    p = result.profile
    widths = {"A": 22, "B": 16, "C": 16, "D": 45}  # a portrait page wide
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w
    value_width = widths["B"] + widths["C"] + widths["D"]

    def line(r: int, label: str, value: Any) -> None:
        _put(ws, r, 1, label, "bold|top")
        _put(ws, r, 2, value, "wrap")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        n = _lines(str(value), value_width - 2)
        if n > 1:
            _row_height(ws, r, 15 * n + 2)

    def title(r: int, text: str) -> None:
        _put(ws, r, 1, text, "h2")

    _put(ws, 1, 1, t("xl.title", lang), "big")
    rows: list[tuple[str, Any]] = [(t("ux.sample.workbook_label", lang), t("ux.sample.workbook", lang))] * bool(
        result.quoteset.sample) + [
        (t("xl.sum.business_type", lang), t(f"bt.{p.business_type}", lang)),
        (t("xl.sum.date", lang), _dt.date.today().isoformat()),
        (t("xl.sum.quotes", lang), t("xl.sum.quotes_line", lang, n=len(result.vendors),
                                    companies=len({r.quote.vendor.casefold() for r in result.vendors}),
                                    **{g: sum(r.gate == g for r in result.vendors) for g in schema.GATE_MARK})),
    ]
    if result.excluded:  # left out by the buyer: each with the reason, and where it was read
        rows.append((t("ux.exclude.workbook_label", lang), "\n".join(
            t("ux.exclude.workbook_line", lang, vendor=q.key, reason=reason or t("ux.exclude.no_reason", lang),
              where=f"{q.file} › {q.sheet} › {q.origin}") for q, reason in result.excluded)))
    top = result.top
    if top is not None:
        best = max(schema.GROUPS, key=lambda g: (top.groups[g], -schema.GROUPS.index(g)))
        worst = min(schema.GROUPS, key=lambda g: (top.groups[g], schema.GROUPS.index(g)))
        rows.append((t("xl.sum.top", lang), t("xl.sum.top_line", lang, vendor=top.quote.key, total=top.total,
                                              gate=gate_text(top, lang))))
        why = t("xl.sum.why_line", lang, best=_group_name(best, lang), best_score=top.groups[best],
                worst=_group_name(worst, lang), worst_score=top.groups[worst])
        why += ("" if lang == "zh" else " ") + t("xl.sum.top_flags", lang, red=top.count("red"),
                                                  amber=top.count("amber"))
        if top.gate == "fail":
            why += ("" if lang == "zh" else " ") + t("xl.sum.all_fail", lang)
        elif top.gate == "unverified":
            why += ("" if lang == "zh" else " ") + t("ux.xl.top_unverified", lang, fields=join_list(list(
                dict.fromkeys(t(f"field.{f.field}", lang) for f in settling(top.flags) if f.field)), lang))
        rows.append((t("xl.sum.why", lang), why))
        rows += _robustness_rows(result, lang)
    method = t("xl.sum.method_note", lang, years=p.horizon_years)
    if p.method == "topsis":
        method += ("" if lang == "zh" else " ") + t("xl.sum.method_topsis", lang)
    rows.append((t("xl.sum.method", lang), method))
    if result.quoteset.warnings:
        rows.append((t("xl.sum.warnings", lang), t("xl.sum.warnings_line", lang, n=len(result.quoteset.warnings))))
    r = 3
    for label, value in rows:
        line(r, label, value)
        r += 1

    # The profile as a table: group weights, then budget, horizon, gates, method.
    r += 1
    title(r, t("xl.sum.profile", lang))
    r += 1
    for col, h in enumerate((t("xl.h.group", lang), t("xl.h.weight_set", lang), t("xl.h.share", lang)), 1):
        _put(ws, r, col, h)
    _style_header(ws, r, 3)
    total_w = sum(max(0.0, float(p.group_weight(g))) for g in result.groups) or 1.0
    for g in result.groups:
        r += 1
        w = max(0.0, float(p.group_weight(g)))
        _put(ws, r, 1, _group_name(g, lang))
        _put(ws, r, 2, w, "0.##")
        _put(ws, r, 3, w / total_w, "0.0%")
    lo, hi = p.budget
    gates = [t(f"xl.gatename.{c}", lang) for c in schema.GATE_CODES if p.gates.get(c, True)]
    r += 1
    for label, value in (
        (t("xl.sum.budget", lang), f"{wan_number(lo)}–{wan_number(hi)}"),
        (t("xl.sum.horizon", lang), t("xl.sum.horizon_line", lang, n=p.horizon_years)),
        (t("xl.sum.gates", lang), join_list(gates, lang) if gates else t("val.none", lang)),
        (t("xl.sum.method_name", lang), t(f"xl.method.{p.method}", lang)),
    ):
        r += 1
        line(r, label, value)

    # Where the quotes came from: each input sheet is copied, cell for cell, into an Original sheet.
    r += 2
    title(r, t("xl.sum.sources", lang))
    r += 1
    for col, h in ((1, t("xl.h.orig_sheet", lang)), (2, t("xl.h.sheet", lang)), (4, t("xl.h.file", lang))):
        _put(ws, r, col, h)
    _style_header(ws, r, 4)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    for name, sh in zip(orig_names, result.quoteset.sheets):
        r += 1
        _put(ws, r, 1, name)
        _put(ws, r, 2, sh.sheet)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        _put(ws, r, 4, sh.file)
    xlsx_print.plan(ws, one_page=0.7)  # on one page unless that would shrink it below 70 %


def _ranking_headers(result, lang: str) -> list[str]:
    return ([t("xl.h.rank", lang), t("field.vendor", lang), t("field.package", lang), t("xl.h.total", lang)]
            + [_group_name(g, lang) for g in result.groups]
            + [t("xl.h.gate", lang), t("xl.h.knockout_reasons", lang), t("xl.h.flags_red", lang),
               t("xl.h.flags_amber", lang), t("xl.h.flags_info", lang), t("xl.h.price_wan", lang),
               t("xl.h.tco_wan", lang, n=result.profile.horizon_years), t("xl.h.tco_note", lang),
               t("xl.h.file", lang), t("xl.h.sheet", lang), t("xl.h.origin", lang)])


def _ranking(ws, result, lang: str) -> None:
    from openpyxl.formatting.rule import ColorScaleRule, DataBarRule

    headers = _ranking_headers(result, lang)
    for col, h in enumerate(headers, 1):
        _put(ws, 1, col, h)
    _style_header(ws, 1, len(headers))
    for i, r in enumerate(result.vendors, 2):
        q = r.quote
        reasons = [t(f"xl.gatename.{f.code}", lang) for f in r.flags if f.gate]
        if r.gate == "unverified":  # what would settle it: the fields to prove
            reasons = [t("xl.unverified_reason", lang, fields=join_list(list(dict.fromkeys(
                t(f"field.{f.field}", lang) for f in settling(r.flags) if f.field)), lang))]
        price = r.scored_values.get("price_cny")
        row = ([(r.rank, "0"), (q.vendor, None), (q.package or "", None), (r.total, _SCORE_FMT)]
               + [(r.groups[g], _SCORE_FMT) for g in result.groups]
               + [(gate_text(r, lang), f"gate:{r.gate}"), (join_list(list(dict.fromkeys(reasons)), lang), None),
                  (r.count("red"), "0"), (r.count("amber"), "0"), (r.count("info"), "0"),
                  (None if price is None else price / schema.WAN, _WAN_FMT),
                  (None if r.tco_cny is None else r.tco_cny / schema.WAN, _WAN_FMT),
                  (t("xl.tco_estimated", lang) if r.tco_estimated and r.tco_cny is not None else "", None),
                  (q.file, None), (q.sheet, None), (q.origin, None)])
        grey = "|grey" if r.gate == "fail" else ""
        for col, (v, fmt) in enumerate(row, 1):
            _put(ws, i, col, v, (fmt or "") + grey)
    last = len(result.vendors) + 1
    ncol = len(headers)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{xlsx_writer.letter(ncol)}{last}"
    if last >= 2:
        ws.conditional_formatting.add(f"D2:D{last}", DataBarRule(start_type="num", start_value=0, end_type="num",
                                                                 end_value=100, color="5B9BD5", showValue=True))
        g0, g1 = xlsx_writer.letter(5), xlsx_writer.letter(4 + len(result.groups))
        ws.conditional_formatting.add(f"{g0}2:{g1}{last}", ColorScaleRule(
            start_type="num", start_value=0, start_color="F8696B", mid_type="num", mid_value=60,
            mid_color="FFEB84", end_type="num", end_value=100, end_color="63BE7B"))
    _row_height(ws, 1, 36)
    _fit_columns(ws, minimum=6, maximum=36, start_row=2)
    g = xlsx_writer.grid(ws)
    for col, h in enumerate(headers, 1):  # long headers wrap onto two lines
        letter = xlsx_writer.letter(col)
        data = ws.column_dimensions[letter].width if any(
            g.value(i, col) not in (None, "") for i in range(2, last + 1)) else 0
        ws.column_dimensions[letter].width = max(data or 0, min(_display_width(h) + 2, 16))
    _landscape(ws, columns=ncol - 3)  # the board's page: without the source columns


def _criteria(ws, result, lang: str) -> None:

    headers = [t("xl.h.rank", lang), t("field.vendor", lang), t("field.package", lang), t("xl.h.gate", lang),
               t("xl.h.group", lang), t("xl.h.criterion", lang), t("xl.h.original", lang), t("xl.h.value", lang),
               t("xl.h.utility", lang), t("xl.h.weight", lang), t("xl.h.points", lang)]
    for col, h in enumerate(headers, 1):
        _put(ws, 1, col, h)
    _style_header(ws, 1, len(headers))
    row = 2
    for r in result.vendors:
        q = r.quote
        extra = "|wrap" + ("|grey" if r.gate == "fail" else "")
        for c in schema.CRITERIA:
            u = r.utilities[c.id]
            w = result.weights[c.id]
            vals = [(r.rank, "0"), (q.vendor, None), (q.package or "", None), (gate_text(r, lang), f"gate:{r.gate}"),
                    (_group_name(c.group, lang), None),
                    (t(f"crit.{c.id}", lang), None), (_original_text(q, c.fields, lang), None),
                    (criterion_text(c.id, r, result.profile, lang), None), (u, "0.00"), (w, "0.0%"),
                    (100 * u * w, "0.00")]
            for col, (v, fmt) in enumerate(vals, 1):
                _put(ws, row, col, v, (fmt or "") + extra)
            row += 1
    ws.freeze_panes = "E2"
    ws.auto_filter.ref = f"A1:{xlsx_writer.letter(len(headers))}{max(row - 1, 1)}"
    _row_height(ws, 1, 30)
    _fit_columns(ws, minimum=8, maximum=40)
    _fit_rows(ws, 2, (2, 3, 6, 7, 8))
    _landscape(ws)


def _flags(ws, result, lang: str) -> None:

    # the flag's code is for programs: the last column, outside the printed page
    headers = [t("xl.h.rank", lang), t("field.vendor", lang), t("field.package", lang), t("xl.h.gate", lang),
               t("xl.h.severity", lang), t("xl.h.knockout", lang), t("xl.h.field", lang), t("xl.h.message", lang),
               t("xl.h.question", lang), t("xl.h.clause", lang), t("ux.xl.code", lang)]
    for col, h in enumerate(headers, 1):
        _put(ws, 1, col, h)
    _style_header(ws, 1, len(headers))
    row = 2
    for r in result.vendors:
        for f in r.flags:
            vals = [(r.rank, "0"), (r.quote.vendor, None), (r.quote.package or "", None),
                    (gate_text(r, lang), f"gate:{r.gate}"), (t(f"severity.{f.severity}", lang), f"sev:{f.severity}"),
                    (t("val.yes", lang) if f.gate else "", None),
                    (t(f"field.{f.field}", lang) if f.field else "", None),
                    (f.message(lang), None), (f.question(lang), None), (f.clause(lang) or "", None),
                    (f.code, "example")]
            for col, (v, fmt) in enumerate(vals, 1):
                _put(ws, row, col, v, (fmt or "") + "|wrap")
            row += 1
    ws.freeze_panes = "E2"
    ws.auto_filter.ref = f"A1:{xlsx_writer.letter(len(headers))}{max(row - 1, 1)}"
    _fit_columns(ws, minimum=6, maximum=24, widths={4: 10, 5: 8, 6: 8, 7: 16, 8: 44, 9: 48, 10: 40, 11: 28})
    _fit_rows(ws, 2, (2, 3, 7, 8, 9, 10))
    _landscape(ws, columns=len(headers) - 1)


def _text_categories(chart, ref) -> None:
    """Category labels are text: a string reference (openpyxl's set_categories writes a number reference)."""
    from openpyxl.chart.data_source import AxDataSource, StrRef

    for s in chart.series:
        s.cat = AxDataSource(strRef=StrRef(f=str(ref)))


def _charts(ws, result, lang: str) -> None:
    """Native charts on top (radar of the top quotes' group scores, bar of every total), their data below."""
    from openpyxl.chart import BarChart, RadarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
    from openpyxl.drawing.xdr import XDRPositiveSize2D

    _put(ws, 1, 1, t("xl.sheet.charts", lang), "h3")
    _put(ws, 2, 1, t("ux.xl.marks", lang))  # what the marks and the bar colours say
    top = result.vendors[:MAX_CHART_QUOTES]
    n = len(result.vendors)
    radar_h, radar_w = 11.0, 16.0  # cm
    bar_h, bar_w = min(40.0, max(7.0, 0.9 * n + 3)), 16.0
    row_cm = 0.53  # default row height (15 pt)
    trow = 3 + math.ceil(max(radar_h, bar_h) / row_cm) + 2  # the data tables start below the charts

    # Data for the radar: groups down, top quotes across.
    _put(ws, trow, 1, t("xl.h.group", lang))
    for j, r in enumerate(top, 2):
        _put(ws, trow, j, _marked(r))
    for i, g in enumerate(schema.GROUPS, trow + 1):
        _put(ws, i, 1, _group_name(g, lang))
        for j, r in enumerate(top, 2):
            _put(ws, i, j, r.groups[g], _SCORE_FMT)
    _style_header(ws, trow, len(top) + 1)
    # Data for the bar chart: every quote's total, in rank order.
    brow = trow + len(schema.GROUPS) + 2
    _put(ws, brow, 1, t("field.vendor", lang))
    _put(ws, brow, 2, t("xl.h.total", lang))
    _put(ws, brow, 3, t("xl.h.gate", lang))
    _style_header(ws, brow, 3)
    for i, r in enumerate(result.vendors, brow + 1):
        _put(ws, i, 1, _marked(r))
        _put(ws, i, 2, r.total, _SCORE_FMT)
        _put(ws, i, 3, gate_text(r, lang), f"gate:{r.gate}")
    _fit_columns(ws, minimum=10, maximum=22, start_row=trow)
    if not top:
        _landscape(ws, fit_height=True)
        return

    radar = RadarChart()
    radar.type = "marker"
    radar.style = 26
    radar.title = t("xl.chart.radar", lang, n=len(top))
    radar.add_data(Reference(ws, min_col=2, max_col=len(top) + 1, min_row=trow, max_row=trow + len(schema.GROUPS)),
                   titles_from_data=True)
    _text_categories(radar, Reference(ws, min_col=1, min_row=trow + 1, max_row=trow + len(schema.GROUPS)))
    radar.y_axis.scaling.min = 0
    radar.y_axis.scaling.max = 100
    radar.y_axis.majorUnit = 25
    radar.y_axis.number_format = "0"
    radar.y_axis.delete = False
    radar.x_axis.delete = False
    radar.height, radar.width = radar_h, radar_w
    radar.legend.position = "b"
    ws.add_chart(radar, "A3")

    bar = BarChart()
    bar.type = "bar"
    bar.style = 10
    bar.title = t("xl.chart.bar", lang)
    bar.add_data(Reference(ws, min_col=2, min_row=brow, max_row=brow + n), titles_from_data=True)
    _text_categories(bar, Reference(ws, min_col=1, min_row=brow + 1, max_row=brow + n))
    bar.x_axis.scaling.orientation = "maxMin"  # rank 1 at the top
    bar.y_axis.scaling.min = 0
    bar.y_axis.scaling.max = 100
    bar.y_axis.majorGridlines = None
    bar.y_axis.number_format = "0"
    bar.x_axis.delete = False
    bar.y_axis.delete = False
    bar.legend = None
    bar.dataLabels = DataLabelList()
    bar.dataLabels.showVal = True
    for attr in ("showCatName", "showSerName", "showLegendKey", "showPercent"):
        setattr(bar.dataLabels, attr, False)
    bar.dataLabels.numFmt = _SCORE_FMT
    from openpyxl.chart.marker import DataPoint
    from openpyxl.chart.shapes import GraphicalProperties

    for i, r in enumerate(result.vendors):  # each bar in its gate's colour: a failing quote is never read as a pick
        bar.series[0].dPt.append(DataPoint(idx=i, spPr=GraphicalProperties(solidFill=_GATE_BAR[r.gate])))
    bar.height, bar.width = bar_h, bar_w
    # Beside the radar, 0.6 cm right of it: find that column and the offset inside it (widths in characters).
    target, x_cm, col = radar_w + 0.6, 0.0, 1
    while True:
        w_cm = ((ws.column_dimensions[xlsx_writer.letter(col)].width or 8.43) * 7 + 5) / 37.8
        if x_cm + w_cm > target:
            break
        x_cm += w_cm
        col += 1
    emu = 360_000  # per cm
    bar.anchor = OneCellAnchor(_from=AnchorMarker(col=col - 1, colOff=int((target - x_cm) * emu), row=2, rowOff=0),
                               ext=XDRPositiveSize2D(int(bar_w * emu), int(bar_h * emu)))
    ws.add_chart(bar)
    _landscape(ws, fit_height=True)


def _original(ws, sh: RawSheet) -> None:
    for r, row in enumerate(sh.rows, 1):
        for c, v in enumerate(row, 1):
            if v is None or (isinstance(v, str) and v == ""):
                continue
            _put(ws, r, c, v)
    hdr = xml_text(f"{sh.file} › {sh.sheet}").replace("&", "&&")
    ws.oddHeader.center.text = hdr
    _fit_columns(ws, minimum=6, maximum=40)


def _settings(ws, result, lang: str, overrides: dict[str, str]) -> None:
    """The settings this workbook was scored with, as a person reads them (the hidden data sheet holds the same
    for the app): general settings, group weights, criterion weights, quotes left out, mapping corrections."""
    from .restore import target_name
    from .scoring import criterion_weights

    p = result.profile
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 14
    _put(ws, 1, 1, t("xl.sum.profile", lang), "big")
    _put(ws, 2, 1, t("ux.xl.set_note", lang), "example")
    r = 3

    def table(title: str, headers: list[str], rows: list[list[tuple[Any, str]]]) -> None:
        nonlocal r
        r += 1
        _put(ws, r, 1, title, "h2")
        r += 1
        for col, h in enumerate(headers, 1):
            _put(ws, r, col, h)
        _style_header(ws, r, len(headers))
        for row in rows:
            r += 1
            for col, (v, fmt) in enumerate(row, 1):
                _put(ws, r, col, v, fmt + "|wrap")
            n = max(_lines(str(v), (ws.column_dimensions[xlsx_writer.letter(c)].width or 8) - 1)
                    for c, (v, _f) in enumerate(row, 1) if isinstance(v, str)) if row else 1
            if n > 1:
                _row_height(ws, r, 15 * n + 2)
        r += 1

    lo, hi = p.budget
    onoff = {True: t("restore.on", lang), False: t("restore.off", lang)}
    table(t("ux.xl.set_general", lang), [t("ux.xl.set_item", lang), t("ux.xl.set_value", lang)], [
        [(t("xl.sum.business_type", lang), ""), (t(f"bt.{p.business_type}", lang), "")],
        [(t("xl.sum.budget", lang), ""), (f"{wan_number(lo)}–{wan_number(hi)}", "")],
        [(t("xl.sum.horizon", lang), ""), (t("xl.sum.horizon_line", lang, n=p.horizon_years), "")],
        [(t("restore.vat", lang), ""), (f"{100 * p.vat_rate:g}%", "")],
        [(t("xl.sum.method_name", lang), ""), (t(f"xl.method.{p.method}", lang), "")],
    ] + [[(t(f"ui.gate.{c}", lang), ""), (onoff[p.gates.get(c, True)], "")] for c in schema.GATE_CODES])
    total_w = sum(max(0.0, float(p.group_weight(g))) for g in result.groups) or 1.0
    table(t("ui.settings.groups", lang), [t("xl.h.group", lang), t("xl.h.weight_set", lang), t("xl.h.share", lang)],
          [[(_group_name(g, lang), ""), (float(p.group_weight(g)), "0.##"), (float(p.group_weight(g)) / total_w,
                                                                             "0.0%")] for g in result.groups])
    cw = criterion_weights(p)
    table(t("ui.settings.criteria", lang), [t("xl.h.group", lang), t("xl.h.criterion", lang),
                                            t("ui.settings.weight", lang), t("xl.h.share", lang)],
          [[(_group_name(c.group, lang), ""), (t(f"crit.{c.id}", lang), ""),
            (float(p.criterion_weights.get(c.id, 0.0)), "0.0"), (result.weights[c.id], "0.0%")]
           for c in schema.CRITERIA if c.id in cw])
    table(t("ux.exclude.workbook_label", lang), [t("ux.xl.set_quote", lang), t("ui.col.where", lang),
                                                  t("ux.exclude.reason", lang)],
          [[(q.key, ""), (f"{q.file} › {q.sheet} › {q.origin}", ""),
            (reason or t("ux.exclude.no_reason", lang), "")] for q, reason in result.excluded]
          or [[(t("val.none", lang), "")]])
    table(t("ux.xl.set_mapping", lang), [t("ui.map.label", lang), t("ui.map.target", lang)],
          [[(label, ""), (target_name(code or None, lang), "")] for label, code in overrides.items()]
          or [[(t("val.none", lang), "")]])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    xlsx_print.plan(ws, one_page=0.7)


def prof_desc(key: str) -> str:
    """The i18n key of a profile entry's description."""
    return "ux.prof.excluded" if key == "excluded" else f"xl.prof.{key}"


def _profile(ws, result, lang: str, orig_names: list[str], overrides: dict[str, str]) -> None:
    d = result.profile.to_dict()
    _put(ws, 1, 1, MARKER, "bold")
    _put(ws, 1, 2, t("xl.prof.note", lang))
    r = 3
    for col, h in enumerate((SEC_PROFILE, t("xl.h.json", lang), t("xl.h.desc", lang)), 1):
        _put(ws, r, col, h)
    _style_header(ws, r, 3)
    for k in PROFILE_KEYS:
        if k not in d:  # the evaluation team's settings, written once there are any
            continue
        r += 1
        _put(ws, r, 1, k)
        _put(ws, r, 2, json.dumps(d.get(k), ensure_ascii=False, sort_keys=True))
        _put(ws, r, 3, t(prof_desc(k), lang))
    r += 2
    for col, h in enumerate((SEC_SHEETS, t("xl.h.file", lang), t("xl.h.sheet", lang)), 1):
        _put(ws, r, col, h)
    _style_header(ws, r, 3)
    for name, sh in zip(orig_names, result.quoteset.sheets):
        r += 1
        _put(ws, r, 1, name)
        _put(ws, r, 2, sh.file)
        _put(ws, r, 3, sh.sheet)
    r += 2
    for col, h in enumerate((SEC_OVERRIDES, t("xl.h.target", lang), t("xl.h.label_note", lang)), 1):
        _put(ws, r, col, h)
    _style_header(ws, r, 3)
    for label, code in overrides.items():
        r += 1
        _put(ws, r, 1, label)
        _put(ws, r, 2, code or "")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 40
    _landscape(ws)


# ------------------------------------------------------------------------------------------------
# The blank template
# ------------------------------------------------------------------------------------------------
_NUMBER_KINDS = ("money", "months", "hours")


NOTES = "notes"  # the template's last column: what fits no other (a fee per incident, a condition); read as notes


def template_columns() -> list[tuple[str, str]]:
    """(field id, kind) for each template column: text, num or yn; the notes column last."""
    return [(fid, "yn" if fid in schema.YES_NO_FIELDS else "num" if spec.kind in _NUMBER_KINDS else "text")
            for fid, spec in schema.FIELDS.items()] + [(NOTES, "text")]


def tpl_key(part: str, fid: str) -> str:
    """The i18n key of a template column's header (h), help or example (ex)."""
    return f"ux.tpl.{part}.{fid}" if fid == NOTES else f"xl.tpl.{part}.{fid}"


def template_header(fid: str, lang: str) -> str:
    zh, en = t(tpl_key("h", fid), "zh"), t(tpl_key("h", fid), "en")
    return f"{zh} {en}" if lang == "zh" else f"{en} {zh}"


def _template_example(fid: str, kind: str, lang: str) -> Any:
    if kind == "num":
        return {"price_cny": 22.8, "annual_fee_after_warranty_cny": 3, "policy_adaptation_fee_cny": 0,
                "audit_log_months": 12, "free_maintenance_months": schema.FREE_MAINTENANCE_MIN_MONTHS,
                "response_hours": schema.RESPONSE_MAX_HOURS}[fid]
    if kind == "yn":
        return t("xl.tpl.yes", lang)
    return t(tpl_key("ex", fid), lang)


def template_bytes(lang: str = "zh") -> bytes:
    """The blank quote template: canonical columns with zh/en headers, yes/no drop-downs, an example row
    (its vendor contains 示例, so the reader skips it) and an instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = lang if lang in LANGS else "zh"
    wb = Workbook()
    ws = wb.active
    ws.title = t("xl.sheet.template", lang)
    yes, no = t("xl.tpl.yes", lang), t("xl.tpl.no", lang)
    yn = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True, showErrorMessage=True,
                        errorTitle=t("xl.tpl.yn_title", lang), error=t("xl.tpl.yn_error", lang))
    num = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                         showErrorMessage=True, errorTitle=t("xl.tpl.num_title", lang),
                         error=t("xl.tpl.num_error", lang))
    ws.add_data_validation(yn)
    ws.add_data_validation(num)
    for col, (fid, kind) in enumerate(template_columns(), 1):
        letter = xlsx_writer.letter(col)
        header = template_header(fid, lang)
        _put(ws, 1, col, header)
        example = _template_example(fid, kind, lang)
        _put(ws, 2, col, example, "example")
        if kind == "yn":
            yn.add(f"{letter}2:{letter}{TEMPLATE_LAST_ROW}")
        elif kind == "num":
            num.add(f"{letter}2:{letter}{TEMPLATE_LAST_ROW}")
        half = max(_display_width(w) for w in header.split(" "))
        ws.column_dimensions[letter].width = min(max(12, half + 4, _display_width(example) + 2), 48)
    _style_header(ws, 1, len(template_columns()))
    _row_height(ws, 1, 48)
    ws.freeze_panes = "B2"

    guide = wb.create_sheet(t("xl.sheet.instructions", lang))
    for col, h in enumerate((t("xl.tpl.col", lang), t("xl.tpl.explain", lang)), 1):
        _put(guide, 1, col, h)
    _style_header(guide, 1, 2)
    r = 1
    for fid, _kind in template_columns():
        r += 1
        _put(guide, r, 1, template_header(fid, lang), "wrap")
        _put(guide, r, 2, t(tpl_key("help", fid), lang), "wrap")
    r += 2
    _put(guide, r, 1, t("xl.tpl.general_title", lang), "bold|top")
    _put(guide, r, 2, t("xl.tpl.general", lang), "wrap")
    guide.column_dimensions["A"].width = 44
    guide.column_dimensions["B"].width = 80
    guide.freeze_panes = "A2"
    _fit_rows(guide, 2, (1, 2))
    _landscape(ws)
    _landscape(guide)
    wb.active = 0
    return _save(wb)
