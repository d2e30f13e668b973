"""reportlab helpers for the nottinghamshire_districts area (written for this area).

A document module gives a theme (fonts, colours, footer text) and a `story(pages, k)` function; `build_pdf`
lays it out on portrait pages (template "P") or landscape pages (template "L"), with a two-pass contents.
"""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # deterministic output

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from common import two_pass

FONTS = {
    "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavu-cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavu-serif": ("DejaVuSerif", "DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    "lib-sans": ("LiberationSans-Regular", "LiberationSans-Bold",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "lib-serif": ("LiberationSerif-Regular", "LiberationSerif-Bold",
                  "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                  "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "lib-narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold",
                   "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
                   "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
    "helvetica": ("Helvetica", "Helvetica-Bold", None, None),
    "times": ("Times-Roman", "Times-Bold", None, None),
}


def font(name: str) -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    reg, bold, preg, pbold = FONTS[name]
    if preg:
        for n, p in ((reg, preg), (bold, pbold)):
            if n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, p))
        pdfmetrics.registerFontFamily(reg, normal=reg, bold=bold, italic=reg, boldItalic=bold)
    return reg, bold


C = colors.HexColor


class Kit:
    """Paragraph styles and small builders for one theme."""

    def __init__(self, theme: dict):
        self.t = theme
        self.reg, self.bold = font(theme.get("font", "dejavu"))
        self.hreg, self.hbold = font(theme.get("head_font", theme.get("font", "dejavu")))
        ink, accent = C(theme.get("ink", "#222222")), C(theme["accent"])
        self.ink, self.accent = ink, accent
        self.light = C(theme.get("light", "#EEF2F5"))
        sz = theme.get("size", 10)
        al = TA_JUSTIFY if theme.get("justify") else TA_LEFT
        self.body = ParagraphStyle("b", fontName=self.reg, fontSize=sz, leading=sz * 1.38, textColor=ink,
                                   spaceAfter=sz * 0.6, alignment=al)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=sz - 1.5, leading=(sz - 1.5) * 1.3,
                                    spaceAfter=2, alignment=TA_LEFT)
        self.cell = ParagraphStyle("c", parent=self.small, spaceAfter=0)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=self.bold)
        self.cellh = ParagraphStyle("ch", parent=self.cell, fontName=self.bold, textColor=colors.white)
        self.h1 = ParagraphStyle("h1", fontName=self.hbold, fontSize=theme.get("h1", 20), leading=theme.get("h1", 20) * 1.2,
                                 textColor=accent, spaceAfter=8, spaceBefore=0)
        self.h2 = ParagraphStyle("h2", fontName=self.hbold, fontSize=sz + 3, leading=(sz + 3) * 1.25,
                                 textColor=C(theme.get("h2", theme["accent"])), spaceBefore=8, spaceAfter=4)
        self.h3 = ParagraphStyle("h3", fontName=self.bold, fontSize=sz + 0.5, leading=(sz + 0.5) * 1.3,
                                 textColor=ink, spaceBefore=5, spaceAfter=2)
        self.toc = ParagraphStyle("toc", parent=self.body, spaceAfter=5)

    # -- text
    def H1(self, s):
        return Paragraph(s, self.h1)

    def H2(self, s):
        return Paragraph(s, self.h2)

    def H3(self, s):
        return Paragraph(s, self.h3)

    def P(self, s, style=None):
        return Paragraph(s, style or self.body)

    def bullets(self, items, style=None):
        st = style or self.body
        bs = ParagraphStyle("bl", parent=st, leftIndent=12, bulletIndent=2, spaceAfter=3)
        return [Paragraph(x, bs, bulletText=self.t.get("bullet", "\u2022")) for x in items]

    def note(self, s):
        return Paragraph(f"<i>{s}</i>", ParagraphStyle("n", parent=self.small, textColor=C("#555555")))

    # -- tables
    def table(self, rows, widths, head=True, spans=(), zebra=True, valign="TOP", extra=(), head_bg=None,
              grid="#B8C2CC", bold_first=False):
        data = []
        for ri, r in enumerate(rows):
            out = []
            for ci, x in enumerate(r):
                if isinstance(x, str):
                    st = self.cellh if (head and ri == 0) else (self.cellb if bold_first and ci == 0 else self.cell)
                    out.append(Paragraph(x, st))
                else:
                    out.append(x)
            data.append(out)
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, C(grid)), ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if head:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg or self.accent))
        if zebra:
            for i in range(1 if head else 0, len(rows)):
                if i % 2 == 0:
                    cmds.append(("BACKGROUND", (0, i), (-1, i), self.light))
        for a, b in spans:
            cmds.append(("SPAN", a, b))
        cmds += list(extra)
        t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
        t.setStyle(TableStyle(cmds))
        return t

    def tiles(self, stats, width, cols=3, bg=None, fg=None):
        """Illustrative statistic tiles: (figure, caption)."""
        cw = width / cols
        big = ParagraphStyle("big", fontName=self.hbold, fontSize=20, leading=24, textColor=fg or self.accent,
                             alignment=TA_CENTER)
        cap = ParagraphStyle("cap", parent=self.cell, alignment=TA_CENTER)
        cells = [[Paragraph(f, big), Paragraph(c, cap)] for f, c in stats]
        rows = []
        for i in range(0, len(cells), cols):
            chunk = cells[i:i + cols]
            while len(chunk) < cols:
                chunk.append("")
            rows.append([Table([[c[0]], [c[1]]], colWidths=[cw - 10]) if c else "" for c in chunk])
        t = Table(rows, colWidths=[cw] * cols)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg or self.light), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.white),
                               ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return t

    def contents(self, entries, pages, leader=True, title="Contents"):
        out = [self.H1(title)]
        for key, label in entries:
            n = pages.get(key, 0) or ""
            if leader:
                out.append(Paragraph(f"{label}<font color='#999999'> {'.' * 4} </font>{n}", self.toc))
            else:
                out.append(Paragraph(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;{label}", self.toc))
        return out


def build_pdf(out: Path, theme: dict, story_fn, needles: dict, title: str, decorate=None, cover=None) -> Path:
    """Build with a two-pass contents. `story_fn(pages, kit) -> flowables`; `decorate(canvas, doc, kit)` draws
    running heads/footers on pages after the cover; `cover(canvas, doc, kit)` draws page 1."""
    out = Path(out)
    kit = Kit(theme)
    m = theme.get("margins", (20 * mm, 20 * mm, 22 * mm, 20 * mm))  # left, right, top, bottom

    def make(pages):
        doc = BaseDocTemplate(str(out), pagesize=A4, title=title, author=theme.get("author", ""),
                              leftMargin=m[0], rightMargin=m[1], topMargin=m[2], bottomMargin=m[3])
        pw, ph = A4
        lw, lh = landscape(A4)

        def on_page(c, d):
            c.saveState()
            if d.page == 1 and cover:
                cover(c, d, kit)
            elif decorate:
                decorate(c, d, kit)
            c.restoreState()

        fp = Frame(m[0], m[3], pw - m[0] - m[1], ph - m[2] - m[3], id="fp", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        fl = Frame(m[0], m[3], lw - m[0] - m[1], lh - m[2] - m[3], id="fl", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("P", [fp], onPage=on_page, pagesize=A4),
                              PageTemplate("L", [fl], onPage=on_page, pagesize=landscape(A4))])
        doc.build(story_fn(pages, kit))

    two_pass(make, out, needles)
    return out


__all__ = ["Kit", "build_pdf", "C", "colors", "mm", "A4", "landscape", "Paragraph", "ParagraphStyle", "Spacer",
           "Table", "TableStyle", "PageBreak", "NextPageTemplate", "KeepTogether", "Flowable", "TA_CENTER",
           "TA_LEFT", "TA_RIGHT"]
