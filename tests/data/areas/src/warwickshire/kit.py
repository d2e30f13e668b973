"""Small renderers shared by the warwickshire documents: a reportlab canvas page (header, footer, a frame of
flowables that must fit), HTML page shells for Chromium, and checks that each build has the pages expected.
Each document module draws its own priorities page."""
from __future__ import annotations

import html as _html
import subprocess
from pathlib import Path

from rl_kit import (A4, TA_CENTER, Frame, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, fonts,
                    hexc, mm)
from reportlab.pdfgen import canvas as _canvas

W, H = A4


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def pdf_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    pages = out.decode("utf-8", "replace").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def expect(pdf: Path, n: int, marks: dict[int, str]) -> None:
    """The build has n pages and each page in `marks` contains its text (so contents numbers are right)."""
    pages = pdf_pages(pdf)
    if len(pages) != n:
        raise RuntimeError(f"{pdf.name}: {len(pages)} pages, expected {n}")
    sq = lambda s: " ".join(s.split()).lower()
    for pg, text in marks.items():
        if sq(text) not in sq(pages[pg - 1]):
            raise RuntimeError(f"{pdf.name}: {text!r} not on page {pg}")


# ------------------------------------------------------------------ reportlab canvas documents
class RLDoc:
    def __init__(self, path: Path, title: str, author: str, family="dejavu", head_family="liberation-serif",
                 accent="#1B4D3E", footer="Page {n}", running=""):
        self.c = _canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("stratalign test data")
        self.f, self.fb = fonts(family)
        self.hf, self.hfb = fonts(head_family)
        self.accent = hexc(accent)
        self.footer, self.running, self.n = footer, running, 0
        self.body = ParagraphStyle("b", fontName=self.f, fontSize=9.4, leading=13.4, spaceAfter=5,
                                   textColor=hexc("#222222"))
        self.small = ParagraphStyle("s", parent=self.body, fontSize=7.6, leading=10, textColor=hexc("#555555"))
        self.h2 = ParagraphStyle("h2", fontName=self.hfb, fontSize=12.5, leading=15, spaceBefore=6, spaceAfter=4,
                                 textColor=self.accent)
        self.h1 = ParagraphStyle("h1", fontName=self.hfb, fontSize=21, leading=25, textColor=self.accent)
        self.bul = ParagraphStyle("bu", parent=self.body, leftIndent=11, bulletIndent=2, spaceAfter=3)

    # flowable helpers
    def p(self, text, style=None):
        return Paragraph(text, style or self.body)

    def bullets(self, items):
        return [Paragraph(esc(t), self.bul, bulletText="\u2022") for t in items]

    def table(self, rows, widths, head="#1B4D3E", size=8.4):
        st = ParagraphStyle("t", parent=self.body, fontSize=size, leading=size * 1.3, spaceAfter=0)
        sth = ParagraphStyle("th", parent=st, fontName=self.fb, textColor=colors.white)
        data = [[Paragraph(esc(c), sth if r == 0 else st) for c in row] for r, row in enumerate(rows)]
        t = Table(data, colWidths=[w * mm for w in widths])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc(head)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#C8CFCC")),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return t

    def tiles(self, items, cols=3, fill="#E6EFEA"):
        ns = ParagraphStyle("n", parent=self.body, fontName=self.fb, fontSize=19, leading=22, textColor=self.accent)
        cs = ParagraphStyle("c", parent=self.body, fontSize=8.2, leading=10.5)
        rows, row = [], []
        for n, cap in items:
            row.append([Paragraph(n, ns), Paragraph(esc(cap), cs)])
            if len(row) == cols:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (cols - len(row)))
        cw = (W - 40 * mm) / cols
        t = Table(rows, colWidths=[cw] * cols)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc(fill)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 5, colors.white), ("TOPPADDING", (0, 0), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        return t

    # pages
    def _chrome(self):
        c = self.c
        c.setFillColor(self.accent)
        c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.f, 7.5)
        c.drawString(20 * mm, H - 6 * mm, self.running)
        c.setFillColor(hexc("#555555"))
        c.setFont(self.f, 8)
        c.drawRightString(W - 20 * mm, 11 * mm, self.footer.format(n=self.n))

    def cover(self, draw):
        self.n += 1
        draw(self.c)
        self.c.showPage()

    def page(self, title, flows, draw=None, frame=None, chrome=True):
        """A page with its title and flowables in a frame; raises if they do not fit."""
        self.n += 1
        c = self.c
        if chrome:
            self._chrome()
        if draw:
            draw(c)
        x, y, w, h = frame or (20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm)
        items = ([Paragraph(esc(title), self.h1), Spacer(1, 5 * mm)] if title else []) + list(flows)
        fr = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
        left = fr.addFromList(items, c)
        if items:
            raise RuntimeError(f"page {self.n} ({title}) overflows: {len(items)} flowables left")
        c.showPage()

    def contents(self, entries, lead="Contents"):
        cs = ParagraphStyle("ct", parent=self.body, fontSize=11, leading=15)
        rows = [[Paragraph(esc(t), cs), Paragraph(str(n), cs)] for t, n in entries]
        t = Table(rows, colWidths=[(W - 40 * mm) - 15 * mm, 15 * mm])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, hexc("#B7C4BE")), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        self.page(lead, [t])

    def save(self):
        self.c.save()


def wrap_lines(text, font, size, width):
    """Greedy word wrap for canvas drawing."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    return lines


def centred_block(c, lines, font, size, cx, top, leading=None):
    leading = leading or size * 1.2
    for i, ln in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(cx, top - size - i * leading, ln)


# ------------------------------------------------------------------ HTML documents
def html_doc(title: str, css: str, parts: list[str]) -> str:
    return ('<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>' + esc(title) + '</title><style>'
            + css + '</style></head><body>' + "\n".join(parts) + '</body></html>')
