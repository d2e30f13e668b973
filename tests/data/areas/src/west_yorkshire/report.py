"""Word-style report helpers for the West Yorkshire area (python-docx, converted by LibreOffice)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, page_break, para, shade, table


def cover(d, org, title_lines, subtitle, date, fill, sub_colour="FFFFFF", org_colour=None, footer=None,
          top_space=40, bottom_space=150):
    para(d, org, bold=True, size=13, colour=org_colour or fill, space_after=top_space)
    lines = [(t, 30, True, "FFFFFF") for t in title_lines]
    lines += [("", 8, False, "FFFFFF"), (subtitle, 14, False, sub_colour), ("", 8, False, "FFFFFF"),
              (date, 11, True, sub_colour)]
    cover_block(d, lines, fill, height_cm=10.5)
    para(d, "", space_after=bottom_space)
    if footer:
        para(d, footer, size=9, colour="595959")
    page_break(d)


def stat_table(d, items, fills, width_cm=16.4):
    """Rows of statistic tiles: items are (number, caption), four to a row."""
    cols = 4
    rows = []
    for k in range(0, len(items), cols):
        chunk = items[k:k + cols]
        rows.append([n for n, _ in chunk])
        rows.append([c for _, c in chunk])
    t = table(d, rows, [width_cm / cols] * cols, head_fill=None, band=None, size=9)
    for r in range(len(rows)):
        for c in range(cols):
            shade(t.cell(r, c), fills[(r // 2 + c) % len(fills)])
            for p in t.cell(r, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    if r % 2 == 0:
                        run.font.size = Pt(19)
                        run.bold = True
    return t


def back_page(d, lines, fill, space=290):
    page_break(d)
    para(d, "", space_after=space)
    cover_block(d, [(t, 14 if i == 0 else 10, i == 0, "FFFFFF") for i, t in enumerate(lines)], fill, height_cm=5)


def build_docx(make, out: Path, needles: dict, stem: str, first: int = 3):
    """Two-pass build: write the .docx, convert, locate the headings, rebuild with page numbers."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{stem}.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles, first)
    return out
