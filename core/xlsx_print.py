"""Print set-up for the scored workbook: every sheet fits its pages, as a board member prints it.

``finish(wb)`` runs once, after every sheet is written (so a sheet added later gets it too). Each visible sheet:
A4, fit to one page wide, landscape when its columns are wider than a portrait page, the sheet's name at the top
and the page number at the bottom of every page, its header rows repeated on every page, and page breaks placed
so that the pages are evenly filled: no page holds only the last row or two of a table. A sheet asks for more with
``plan(ws, title_rows=..., one_page=...)``.

Heights are those the writer set (core.excel sets every wrapped row's height) or the default 15 pt, so the page
breaks computed here are the ones LibreOffice and Excel use; a safety margin absorbs their rounding.
"""
from __future__ import annotations

from . import xlsx_writer

CM = 72 / 2.54  # points per centimetre
A4 = (21.0 * CM, 29.7 * CM)  # portrait width, height in points
MARGIN_SIDE, MARGIN_TOP = 0.4, 0.75  # inches (the header and footer sit inside the top and bottom margins)
DEFAULT_ROW = 15.0  # points: openpyxl's default row height
DEFAULT_COL = 8.43  # characters
FILL = 0.9  # share of a page's height the breaks plan for (LibreOffice rounds row heights up a little)


def plan(ws, title_rows: int = 0, one_page: bool | float = False, columns: int | None = None) -> None:
    """What a sheet asks of the print set-up: ``title_rows`` repeated at the top of every page, ``one_page`` to
    shrink it onto a single page (True: always, a chart; a number: when that is the smallest scale it needs, a
    summary that is only a little too long), ``columns`` printed (default: every column written)."""
    ws.__dict__["_vqc_print"] = {"title_rows": title_rows, "one_page": one_page, "columns": columns}


def _col_points(width: float | None) -> float:
    return ((width or DEFAULT_COL) * 7 + 5) * 0.75  # characters -> pixels (Calibri 11) -> points


def sheet_width(ws, columns: int) -> float:
    """Points the first ``columns`` columns take."""
    dims = ws.column_dimensions
    return sum(_col_points(dims[xlsx_writer.letter(c)].width if xlsx_writer.letter(c) in dims else None)
               for c in range(1, columns + 1))


def _last_cell(ws) -> tuple[int, int]:
    g = xlsx_writer.grid(ws)
    rows = [r for r, row in g.rows.items() if any(v is not None for v, _s in row.values())]
    cols = [c for row in g.rows.values() for c, (v, _s) in row.items() if v is not None]
    return (max(rows) if rows else 1), (max(cols) if cols else 1)


def page_breaks(heights: list[float], capacity: float, head: float = 0.0) -> list[int]:
    """Indexes (into ``heights``) before which a new page starts, so that every page holds at most ``capacity``
    points with ``head`` (the header rows, printed on every page) on top, and the pages are evenly filled: the
    fewest pages, then the lowest tallest page (so the last page is never left with a row or two)."""
    def greedy(cap: float) -> list[int]:
        breaks, used = [], head
        for i, h in enumerate(heights):
            if used + h > cap and used > head:
                breaks.append(i)
                used = head
            used += h
        return breaks

    pages = len(greedy(capacity))
    lo, hi = head + max(heights, default=0.0), capacity
    if not pages or lo >= hi:
        return greedy(capacity)
    for _ in range(40):  # the lowest page height that needs no more pages
        mid = (lo + hi) / 2
        if len(greedy(mid)) <= pages:
            hi = mid
        else:
            lo = mid
    return greedy(hi)


def _printable(landscape: bool) -> tuple[float, float]:
    w, h = (A4[1], A4[0]) if landscape else A4
    return w - 2 * MARGIN_SIDE * 72, h - 2 * MARGIN_TOP * 72


def setup(ws) -> None:
    """The print set-up of one sheet (see the module's note)."""
    from openpyxl.worksheet.pagebreak import Break

    want = ws.__dict__.get("_vqc_print") or {"title_rows": 0, "one_page": False, "columns": None}
    last_row, last_col = _last_cell(ws)
    columns = want["columns"] or last_col
    width = sheet_width(ws, columns)
    landscape = width > _printable(False)[0]
    page_w, page_h = _printable(landscape)
    ps = ws.page_setup
    ps.orientation = "landscape" if landscape else "portrait"
    ps.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ps.fitToWidth = 1
    ws.print_options.gridLines = False
    ws.print_options.horizontalCentered = False
    ws.page_margins.left = ws.page_margins.right = MARGIN_SIDE
    ws.page_margins.top = ws.page_margins.bottom = MARGIN_TOP
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if not ws.oddHeader.center.text:
        ws.oddHeader.center.text = "&A"  # the sheet's name
    ws.oddFooter.center.text = "&P / &N"
    if not ws.print_area and want["columns"]:
        ws.print_area = f"A1:{xlsx_writer.letter(columns)}{last_row}"
    title = want["title_rows"]
    if title:
        ws.print_title_rows = f"1:{title}"
    heights = xlsx_writer.grid(ws).heights
    rows = [heights.get(r, DEFAULT_ROW) for r in range(1, last_row + 1)]
    scale = min(1.0, page_w / width) if width else 1.0
    capacity = page_h / scale * FILL
    one = want["one_page"]
    if one is True or (one and sum(rows) <= page_h / min(scale, float(one)) * FILL):
        ps.fitToHeight = 1
        return
    ps.fitToHeight = 0  # as many pages as the rows need, one page wide
    head = sum(rows[:title])
    body = rows[title:]
    if sum(rows) <= capacity:
        return
    breaks = page_breaks(body, capacity, head)
    ws.row_breaks.brk = []
    for i in breaks:
        ws.row_breaks.append(Break(id=title + i))  # a page ends after sheet row title + i (body index i - 1)


def finish(wb) -> None:
    """The print set-up of every visible sheet of a workbook."""
    for ws in wb.worksheets:
        if ws.sheet_state == "visible":
            setup(ws)
