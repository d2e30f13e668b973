"""python-docx documents converted by LibreOffice for this area (Hastings, Arun, East Sussex youth justice).

Pages are lists of blocks; the first paragraph of every page after the cover carries "page break before", so
the page of every block is known when the document is written.  No Word bullet style is used (bullets are
typed dashes with a hanging indent), so LibreOffice embeds no OpenSymbol font and the output is stable.
"""
from __future__ import annotations

from pathlib import Path

from common import soffice_to_pdf
from docx_kit import (Cm, Pt, contents, cover_block, header_footer, heading, new_doc, para, rgb, set_widths,
                      shade, table)
from docx.enum.text import WD_ALIGN_PARAGRAPH
from sussex_districts.work import work_file


def dash_list(d, items, mark="\u2013", indent=0.6):
    for it in items:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-indent)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
        p.paragraph_format.space_after = Pt(3)
        p.add_run(f"{mark}\t{it}")


def render(d, b):
    kind = b[0]
    if kind == "h1":
        return heading(d, b[1], 1)
    if kind == "h2":
        return heading(d, b[1], 2)
    if kind == "p":
        return para(d, b[1])
    if kind == "note":
        return para(d, b[1], italic=True, size=8.5, colour="666666")
    if kind == "bul":
        dash_list(d, b[1])
        return None
    if kind == "table":
        t = table(d, b[1], b[2], head_fill=b[3] if len(b) > 3 else "1F3864", size=b[4] if len(b) > 4 else 9)
        d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t
    if kind == "custom":
        return b[1](d)
    raise ValueError(kind)


def build(out_pdf: Path, name: str, d, cover_lines, cover_fill, toc, pages, cover_after=None):
    """d: a document from docx_kit.new_doc with its header and footer set; pages: page 3 onwards."""
    cover_block(d, cover_lines, cover_fill, height_cm=12)
    if cover_after:
        cover_after(d)
    h = heading(d, "Contents", 1)
    h.paragraph_format.page_break_before = True
    contents(d, toc, {k: k for _, k, _ in toc})
    for pg in pages:
        first = None
        for b in pg:
            r = render(d, b)
            if first is None:
                first = r if r is not None else d.paragraphs[-1]
        if hasattr(first, "paragraph_format"):
            first.paragraph_format.page_break_before = True
        else:  # a table first: break before its first cell paragraph
            first.rows[0].cells[0].paragraphs[0].paragraph_format.page_break_before = True
    src = work_file(name + ".docx")
    d.save(str(src))
    soffice_to_pdf(src, out_pdf)
    return out_pdf
