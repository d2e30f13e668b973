"""openpyxl helpers for this batch's Calc workbooks: the page setup an analyst would choose in Excel (landscape
or portrait A4, fit to width, header and footer codes) and row heights set as Excel would store them (Calc does
not grow rows for wrapped text in an .xlsx that has no heights)."""
from __future__ import annotations

from openpyxl.styles import Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import common

THIN = Side(style="thin", color="8C8C8C")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def properties(wb, title: str, creator: str) -> None:
    wb.properties.creator = creator
    wb.properties.title = title
    wb.properties.created = common.FIXED_DATE
    wb.properties.modified = common.FIXED_DATE
    wb.properties.lastModifiedBy = creator


def page_setup(ws, widths, *, landscape=True, fit_height=0, margins=(0.4, 0.6)):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = margins[0]
    ws.page_margins.top = ws.page_margins.bottom = margins[1]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def lines_needed(text: str, width_chars: float, size: float = 10) -> int:
    """How many lines a wrapped cell needs, roughly as Excel would measure it (Liberation Sans)."""
    per_line = max(1, int(width_chars * 1.05 * 10 / size))
    n = 0
    for part in str(text).split("\n"):
        words, line = part.split(), 0
        cur = 0
        for w in words:
            add = len(w) + (1 if cur else 0)
            if cur + add > per_line and cur:
                line += 1
                cur = len(w)
            else:
                cur += add
        n += line + 1
    return max(1, n)
