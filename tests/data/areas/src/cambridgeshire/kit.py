"""Shared helpers for the cambridgeshire area: an HTML skeleton printed by Chromium (one <section> per printed
page), a docx save-and-convert step, and a small reportlab page writer for the documents drawn page by page.
Every builder checks its page count after the build, so the hand-written contents pages stay right."""
from __future__ import annotations

import html
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from common import chromium_to_pdf, num_pages
from cambridgeshire.work import work_file
from rl_kit import fonts


def e(s: str) -> str:
    return html.escape(s, quote=False)


def check_pages(pdf: Path, expected: int) -> None:
    n = num_pages(pdf)
    if n != expected:
        raise RuntimeError(f"{pdf.name}: {n} pages, expected {expected} (a page overflowed)")


def html_pdf(root: Path, rel: str, stem: str, title: str, css: str, sections: list[str], pages: int) -> Path:
    body = "\n".join(sections)
    doc = (f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)}</title>'
           f'<style>{css}</style></head><body>{body}</body></html>')
    src = work_file(stem + ".html")
    src.write_text(doc, encoding="utf-8")
    out = root / rel
    chromium_to_pdf(src, out)
    check_pages(out, pages)
    return out


def docx_pdf(root: Path, rel: str, stem: str, d, pages: int, symbol_at: int = 0) -> Path:
    from cambridgeshire.work import soffice_stable
    src = work_file(stem + ".docx")
    d.save(str(src))
    out = root / rel
    soffice_stable(src, out, symbol_at=symbol_at)
    check_pages(out, pages)
    return out


class RL:
    """A canvas with a running header, a folio and simple flowing blocks (title, h2, paragraphs, bullets,
    tables) drawn from the top of each page down."""

    def __init__(self, out: Path, pagesize, title: str, author: str, header: str, folio, accent, ink,
                 family="dejavu", head_family="liberation-serif", margin=20 * mm):
        self.W, self.H = pagesize
        self.c = canvas.Canvas(str(out), pagesize=pagesize, invariant=1)
        self.c.setTitle(title); self.c.setAuthor(author); self.c.setCreator("stratalign test data")
        self.reg, self.bold = fonts(family)
        self.sreg, self.sbold = fonts(head_family)
        self.header, self.folio, self.accent, self.ink = header, folio, accent, ink
        self.L, self.R = margin, self.W - margin
        self.TW = self.R - self.L
        self.n = 0
        self.y = 0
        self.body = ParagraphStyle("b", fontName=self.reg, fontSize=9.4, leading=13.4, spaceAfter=0)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
        self.h1 = ParagraphStyle("h1", fontName=self.sbold, fontSize=21, leading=25, textColor=ink)
        self.h2 = ParagraphStyle("h2", fontName=self.bold, fontSize=11.5, leading=15, textColor=accent)
        self.cell = ParagraphStyle("c", fontName=self.reg, fontSize=8.4, leading=11)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=self.bold, textColor=colors.white)

    def para(self, text, style=None, x=None, y_top=None, w=None) -> float:
        p = Paragraph(text, style or self.body)
        w = w or self.TW
        _, h = p.wrap(w, 10000)
        x = self.L if x is None else x
        y_top = self.y if y_top is None else y_top
        p.drawOn(self.c, x, y_top - h)
        return y_top - h

    def page(self, title: str | None = None):
        self.n += 1
        c = self.c
        c.setFillColor(self.ink); c.setFont(self.reg, 7.8)
        c.drawString(self.L, self.H - 12 * mm, self.header)
        c.setStrokeColor(self.accent); c.setLineWidth(1); c.line(self.L, self.H - 14 * mm, self.R, self.H - 14 * mm)
        c.setFillColor(colors.HexColor("#555555")); c.setFont(self.reg, 8)
        c.drawCentredString(self.W / 2, 10 * mm, self.folio(self.n))
        self.y = self.H - 22 * mm
        if title:
            self.y = self.para(title, self.h1) - 5 * mm

    def end(self):
        self.c.showPage()

    def p(self, *texts, gap=2.6 * mm, style=None):
        for t in texts:
            self.y = self.para(t, style) - gap

    def h(self, text):
        self.y = self.para(text, self.h2) - 1.8 * mm

    def bullets(self, items, gap=1.4 * mm):
        st = ParagraphStyle("bl", parent=self.body, leftIndent=11, bulletIndent=2)
        for t in items:
            p = Paragraph(t, st, bulletText="\u2022")
            _, h = p.wrap(self.TW, 10000)
            p.drawOn(self.c, self.L, self.y - h)
            self.y -= h + gap
        self.y -= 1.5 * mm

    def table(self, rows, widths, head_fill=None, band="#F2F2F2"):
        head_fill = head_fill or self.ink
        data = [[Paragraph(str(v), self.cellb if r == 0 else self.cell) for v in row] for r, row in enumerate(rows)]
        t = Table(data, colWidths=widths)
        st = [("BACKGROUND", (0, 0), (-1, 0), head_fill), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r in range(2, len(rows), 2):
            st.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(band)))
        t.setStyle(TableStyle(st))
        _, h = t.wrapOn(self.c, self.TW, 10000)
        t.drawOn(self.c, self.L, self.y - h)
        self.y -= h + 4 * mm

    def contents(self, entries, size=11):
        c = self.c
        for t, pg in entries:
            c.setFont(self.reg, size); c.setFillColor(self.ink)
            c.drawString(self.L, self.y, t); c.drawRightString(self.R, self.y, str(pg))
            c.setStrokeColor(colors.HexColor("#999999")); c.setDash(1, 3)
            c.line(self.L + c.stringWidth(t, self.reg, size) + 4, self.y + 1, self.R - 12, self.y + 1); c.setDash()
            self.y -= 9 * mm

    def save(self, pages: int):
        self.c.save()
