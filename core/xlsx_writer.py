"""Saving an openpyxl workbook quickly and in memory.

openpyxl builds the workbook: sheets, styles, column widths, merged cells, conditional formats, filters,
charts, page set-up. Its cell model is the slow part (one ``Cell`` object per value, then one lxml element
per cell at save time: 5 s for the ~300,000 cells of a 1,000-quote scored workbook), and its
``Workbook.save`` writes every sheet to a temporary file on disk first, which this product must not do
(nothing is written to disk except what the user downloads).

So cell values live in a ``Grid`` per sheet (plain tuples) and ``save`` runs openpyxl's own writer with
every sheet streamed into memory, splicing in a ``<sheetData>`` built straight from the grid. Strings are
written as inline strings (``t="inlineStr"``), exactly as openpyxl writes them: text is never a formula.

This leans on two openpyxl internals, ``ExcelWriter.write_worksheet`` and ``WorksheetWriter.write_rows``
(openpyxl is pinned in requirements.txt; tests/test_excel.py re-reads every sheet).
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from typing import Any
from xml.sax.saxutils import escape

from .ingest import col_letter
from .untrusted import xml_text

_DATE_FORMATS = (  # as openpyxl formats them (openpyxl.cell.cell.TIME_FORMATS)
    (_dt.datetime, "yyyy-mm-dd h:mm:ss"), (_dt.date, "yyyy-mm-dd"), (_dt.time, "h:mm:ss"),
    (_dt.timedelta, "[hh]:mm:ss"))


def letter(col: int) -> str:
    """Column letter of a 1-based column number."""
    return col_letter(col - 1)


class Grid:
    """The cells of one sheet: ``rows[r][c] = (value, style spec)``, plus custom row heights."""

    __slots__ = ("rows", "heights")

    def __init__(self) -> None:
        self.rows: dict[int, dict[int, tuple[Any, str]]] = {}
        self.heights: dict[int, float] = {}

    def put(self, r: int, c: int, value: Any, spec: str = "") -> None:
        row = self.rows.get(r)
        if row is None:
            row = self.rows[r] = {}
        row[c] = (value, spec)

    def value(self, r: int, c: int) -> Any:
        cell = self.rows.get(r, {}).get(c)
        return None if cell is None else cell[0]

    def restyle(self, r: int, c: int, spec: str) -> None:
        self.put(r, c, self.value(r, c), spec)

    def values(self, min_row: int = 1, max_row: int | None = None):
        """(row, column, value) of the cells in rows min_row..max_row that hold a value."""
        for r in sorted(self.rows):
            if r < min_row or (max_row is not None and r > max_row):
                continue
            for c, (v, _spec) in self.rows[r].items():
                if v is not None:
                    yield r, c, v

    @property
    def ref(self) -> str:
        if not self.rows:
            return "A1"
        lo_r, hi_r = min(self.rows), max(self.rows)
        cols = [c for row in self.rows.values() for c in row] or [1]
        return f"{letter(min(cols))}{lo_r}:{letter(max(cols))}{hi_r}"


def grid(ws) -> Grid:
    """The grid of an openpyxl worksheet (created on first use)."""
    g = ws.__dict__.get("_vqc_grid")
    if g is None:
        g = ws.__dict__["_vqc_grid"] = Grid()
    return g


_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _text_xml(s: str) -> str:
    """A text as an inline string that reads back as written (Excel, LibreOffice, calamine, openpyxl):
    characters XML cannot hold become U+FFFD (the reader reported them); text that looks like Excel's own
    escape (_x000D_) is escaped itself (_x005F_x000D_), or a reader would turn it into a carriage return; a
    carriage return is a character reference, which XML's line-end normalisation leaves alone."""
    s = _ESCAPE_LIKE.sub(r"_x005F_\1", xml_text(s))
    space = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<is><t{space}>{escape(s).replace(chr(13), '&#13;')}</t></is>"


def _sheet_data(g: Grid, style_id, text_cache: dict[str, str]) -> str:
    """``<sheetData>`` of a grid. ``style_id(spec) -> int`` registers a style with the workbook."""
    from openpyxl.utils.datetime import to_excel

    out = ["<sheetData>"]
    add = out.append
    ids: dict[str, int] = {}
    letters: dict[int, str] = {}
    heights = g.heights
    for r in sorted(g.rows):
        row = g.rows[r]
        h = heights.get(r)
        add(f'<row r="{r}" ht="{h:g}" customHeight="1">' if h else f'<row r="{r}">')
        rs = str(r)
        for c in sorted(row):
            v, spec = row[c]
            t = type(v)
            if t is not str and t is not float and t is not int and t is not bool and v is not None:
                for kind, fmt in _DATE_FORMATS:
                    if isinstance(v, kind):
                        spec = f"{spec}|{fmt}" if spec else fmt
                        v = to_excel(v)
                        break
                else:
                    v = str(v)
                t = type(v)
            sid = ids.get(spec)
            if sid is None:
                sid = ids[spec] = style_id(spec)
            s = f' s="{sid}"' if sid else ""
            col = letters.get(c)
            if col is None:
                col = letters[c] = letter(c)
            ref = col + rs
            if t is str:
                x = text_cache.get(v)
                if x is None:
                    x = text_cache[v] = _text_xml(v)
                add(f'<c r="{ref}"{s} t="inlineStr">{x}</c>')
            elif t is bool:
                add(f'<c r="{ref}"{s} t="b"><v>{int(v)}</v></c>')
            elif v is None:
                if sid:
                    add(f'<c r="{ref}"{s}/>')
            else:
                add(f'<c r="{ref}"{s} t="n"><v>{v!r}</v></c>')
        add("</row>")
    add("</sheetData>")
    return "".join(out)


def save(wb, style_id) -> bytes:
    """The workbook as .xlsx bytes, written in memory. ``style_id(wb, spec) -> int``: the workbook's cell
    style index for a style spec (see core.excel._style_id)."""
    from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
    from openpyxl.worksheet._writer import WorksheetWriter
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.writer.excel import ExcelWriter

    text_cache: dict[str, str] = {}

    class _SheetWriter(WorksheetWriter):
        def write_dimensions(self):
            self.xf.send(SheetDimension(grid(self.ws).ref).to_tree())

        def write_rows(self):  # an empty <sheetData/>, replaced below
            xf = self.xf.send(True)
            with xf.element("sheetData"):
                pass
            self.xf.send(None)

    class _Writer(ExcelWriter):
        def write_worksheet(self, ws):
            ws._drawing = SpreadsheetDrawing()
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            buf = io.BytesIO()
            writer = _SheetWriter(ws, out=buf)
            writer.write()
            ws._rels = writer._rels
            xml = buf.getvalue()
            data = _sheet_data(grid(ws), lambda spec: style_id(wb, spec), text_cache).encode("utf-8")
            for empty in (b"<sheetData/>", b"<sheetData></sheetData>"):
                at = xml.find(empty)  # the first one: nothing before sheetData holds text from the user
                if at >= 0:
                    xml = xml[:at] + data + xml[at + len(empty):]
                    break
            else:  # pragma: no cover - openpyxl changed how it writes an empty element
                raise RuntimeError("openpyxl wrote no empty sheetData")
            self._archive.writestr(ws.path[1:], xml)
            self.manifest.append(ws)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        wb.properties.modified = _dt.datetime.now(tz=_dt.timezone.utc).replace(tzinfo=None)
        _Writer(wb, archive).write_data()
    return buf.getvalue()
