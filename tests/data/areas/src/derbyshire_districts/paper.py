"""reportlab board-paper template for derbyshire_districts: a committee report on A4 with a cover sheet
(a table of meeting details), a contents page (page 2), then one numbered section a page.
"""
from __future__ import annotations

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from .slides_rl import fonts, hexc


class Paper:
    def __init__(self, fam: str, accent: str, light: str, header: str, footer: str):
        self.reg, self.bold, self.ital = fonts(fam)
        self.fam, self.accent, self.light = fam, accent, light
        self.header, self.footer = header, footer
        self.body = ParagraphStyle("b", fontName=self.reg, fontSize=10.5, leading=14.5, spaceAfter=7)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=9, leading=12)
        self.h1 = ParagraphStyle("h1", fontName=self.bold, fontSize=15, leading=19, textColor=hexc(accent),
                                 spaceAfter=10)
        self.h2 = ParagraphStyle("h2", fontName=self.bold, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5)
        self.cell = ParagraphStyle("c", fontName=self.reg, fontSize=9, leading=11.5, alignment=TA_LEFT)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=self.bold, textColor=hexc("#FFFFFF"))
        self.bullet = ParagraphStyle("bl", parent=self.body, leftIndent=14, bulletIndent=3, spaceAfter=3)

    def p(self, t, st=None):
        return Paragraph(t, st or self.body)

    def bullets(self, items):
        return [Paragraph(t, self.bullet, bulletText="•") for t in items]

    def table(self, rows, widths, head=True):
        data = [[Paragraph(c, self.cellb if (head and i == 0) else self.cell) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("GRID", (0, 0), (-1, -1), 0.4, hexc("#AAAAAA")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if head:
            st.append(("BACKGROUND", (0, 0), (-1, 0), hexc(self.accent)))
        t.setStyle(TableStyle(st))
        return t

    def cover(self, meeting_rows, title, summary):
        rows = [[Paragraph(k, ParagraphStyle("k", parent=self.cell, fontName=self.bold)), Paragraph(v, self.cell)]
                for k, v in meeting_rows]
        t = Table(rows, colWidths=[120, 330])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, hexc("#999999")),
                               ("BACKGROUND", (0, 0), (0, -1), hexc(self.light)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        big = ParagraphStyle("t", fontName=self.bold, fontSize=20, leading=25, textColor=hexc(self.accent),
                             spaceAfter=14)
        return [Spacer(1, 20), Paragraph(title, big), t, Spacer(1, 16)] + [self.p(x) for x in summary]

    def contents(self, sections, word="Contents"):
        rows = [[Paragraph(f"{i}", self.cell), Paragraph(h, self.cell), Paragraph(str(i + 2), self.cell)]
                for i, (h, _) in enumerate(sections, start=1)]
        t = Table(rows, colWidths=[30, 360, 60])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#BBBBBB")),
                               ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
        return [Paragraph(word, self.h1), t]

    def build(self, out, title, cover, sections):
        def deco(c, doc):
            W, H = A4
            c.saveState()
            c.setFillColor(hexc(self.accent))
            c.rect(0, H - 14, W, 14, stroke=0, fill=1)
            c.setFont(self.reg, 8.5)
            c.setFillColor(hexc("#555555"))
            c.drawString(56, H - 34, self.header)
            c.drawString(56, 30, self.footer)
            c.drawRightString(W - 56, 30, f"Page {doc.page}")
            c.restoreState()

        doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=56,
                              title=title, author="", invariant=1)
        doc.addPageTemplates([PageTemplate("p", [Frame(56, 56, A4[0] - 112, A4[1] - 112, id="f")], onPage=deco)])
        story = list(cover) + [PageBreak()] + self.contents(sections)
        for i, (h, flow) in enumerate(sections, start=1):
            story += [PageBreak(), Paragraph(f"{i}&nbsp;&nbsp;{h}", self.h1)] + list(flow)
        doc.build(story)
        return out
