"""The look of the hand-made case workbooks (make_cases_d.py, make_cases_e.py): borders, fills, column widths."""
from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
GREY = PatternFill("solid", fgColor="E7E6E6")
BLUE = PatternFill("solid", fgColor="DDEBF7")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
GREEN = PatternFill("solid", fgColor="E2EFDA")


def widths(ws, values):
    for i, w in enumerate(values, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put_row(ws, r, values, *, font=None, fill=None, align=WRAP, border=True, start=1):
    """One row of values from column `start` (None leaves a cell empty), styled alike."""
    for c, v in enumerate(values, start=start):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = align
        if font:
            cell.font = font
        if fill:
            cell.fill = fill
        if border:
            cell.border = BOX
