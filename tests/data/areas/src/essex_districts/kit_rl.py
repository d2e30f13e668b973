"""reportlab shell shared by the essex_districts documents built with reportlab.

Every document has the same six-page skeleton (cover; contents on p2; foreword with the previous plan's
priorities; context with illustrative statistics, findings and the PFCC's priorities quoted; the priorities
page; delivery, measures and governance).  The priorities page is drawn by one of the layout flowables below:
beach huts (house style H), sticky notes on a pin board (house style N), jigsaw pieces and a clipboard
checklist.
"""
from __future__ import annotations

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from rl_kit import ContentsLine, fonts

W, H = A4
ML = 20 * mm


class Doc:
    def __init__(self, d: dict):
        self.d = d
        self.reg, self.bold = fonts(d.get("font", "liberation-sans"))
        self.c1 = colors.HexColor(d["c1"])
        self.c2 = colors.HexColor(d["c2"])
        self.ink = colors.HexColor("#222222")
        self.grey = colors.HexColor("#666666")
        base = dict(fontName=self.reg, fontSize=9.6, leading=13.2, textColor=self.ink, spaceAfter=5)
        self.body = ParagraphStyle("b", **base)
        self.small = ParagraphStyle("s", **dict(base, fontSize=8.4, leading=11, textColor=self.grey))
        self.h1 = ParagraphStyle("h1", fontName=self.bold, fontSize=19, leading=23, textColor=self.c1,
                                 spaceAfter=8)
        self.h2 = ParagraphStyle("h2", fontName=self.bold, fontSize=12, leading=15, textColor=self.c2,
                                 spaceBefore=6, spaceAfter=4)
        self.cell = ParagraphStyle("c", **dict(base, fontSize=8.4, leading=10.6, spaceAfter=0))
        self.cellb = ParagraphStyle("cb", **dict(base, fontName=self.bold, fontSize=8.4, leading=10.6,
                                                 spaceAfter=0, textColor=colors.white))

    # ---------------------------------------------------------------- page furniture
    def cover(self, c, doc):
        d = self.d
        c.saveState()
        c.setFillColor(self.c1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(self.c2)
        c.rect(0, H * 0.36, W, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 12)
        c.drawString(ML, H - 30 * mm, d["org"].upper())
        y = H * 0.62
        for line in d["title_lines"]:
            c.setFont(self.bold, 30)
            c.drawString(ML, y, line)
            y -= 36
        c.setFont(self.reg, 15)
        c.drawString(ML, y - 6, d["years"])
        c.setFont(self.reg, 9)
        c.drawString(ML, 22 * mm, d.get("cover_note", "All statistics in this document are illustrative."))
        c.restoreState()

    def page(self, c, doc):
        d = self.d
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(self.c1)
        c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.reg, 8)
        c.drawString(ML, H - 6 * mm, d["short"])
        c.setFillColor(self.grey)
        c.setFont(self.reg, 8.5)
        c.drawRightString(W - ML, 10 * mm, d.get("folio", "Page {n}").format(n=n, short=d["short"]))
        c.restoreState()

    # ---------------------------------------------------------------- sections
    def contents(self):
        d = self.d
        out = [Paragraph("Contents", self.h1), Spacer(1, 6)]
        for title, pg in d["contents"]:
            out.append(ContentsLine(title, str(pg), self.reg, 11, self.ink))
            out.append(Spacer(1, 7))
        out.append(Spacer(1, 14))
        out.append(Paragraph(d.get("contents_note", "Alternative formats are available on request from "
                                   "the partnership team."), self.small))
        return out

    def foreword(self):
        d = self.d
        out = [Paragraph(d.get("foreword_title", "Foreword"), self.h1)]
        out += [Paragraph(p, self.body) for p in d["foreword"]]
        out.append(Paragraph(d["signed"], ParagraphStyle("sig", parent=self.body, fontName=self.bold)))
        out.append(Spacer(1, 8))
        out.append(Paragraph(d["prev_title"], self.h2))
        out.append(Paragraph(d["prev_intro"], self.body))
        out += [Paragraph("\u2013 " + p, self.body) for p in d["previous"]]
        return out

    def context(self):
        d = self.d
        out = [Paragraph(d.get("context_title", "Our area and what the evidence tells us"), self.h1)]
        out.append(Paragraph(d["context_intro"], self.body))
        big = ParagraphStyle("big", fontName=self.bold, fontSize=20, leading=23, textColor=self.c1,
                             alignment=TA_CENTER)
        cap = ParagraphStyle("cap", parent=self.small, alignment=TA_CENTER)
        cells = [[Paragraph(n, big) for n, _ in d["stats"]], [Paragraph(t, cap) for _, t in d["stats"]]]
        t = Table(cells, colWidths=[(W - 2 * ML) / len(d["stats"])] * len(d["stats"]))
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, self.c2),
                               ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        out += [t, Paragraph("Illustrative figures for this document, not official statistics.", self.small)]
        out.append(Paragraph(d.get("findings_title", "Key findings of the strategic assessment"), self.h2))
        out += [Paragraph("\u2022 " + f, self.body) for f in d["findings"]]
        out.append(Paragraph(d.get("pcc_title", "How we fit with the Police, Fire and Crime Commissioner's plan"),
                             self.h2))
        out.append(Paragraph(d.get("pcc_intro", "The Essex Police, Fire and Crime Plan 2025\u20132029 sets six "
                                   "priorities for the county. Our work contributes to several of them:"),
                             self.body))
        out.append(Paragraph("; ".join(d["pcc"]) + ".", ParagraphStyle("q", parent=self.body,
                                                                      textColor=self.grey, leftIndent=12)))
        return out

    def delivery(self):
        d = self.d
        out = [Paragraph(d.get("delivery_title", "Delivering the plan"), self.h1)]
        out.append(Paragraph(d["delivery_intro"], self.body))
        rows = [[Paragraph("Theme", self.cellb), Paragraph("Action", self.cellb), Paragraph("Lead", self.cellb)]]
        rows += [[Paragraph(a, self.cell), Paragraph(b, self.cell), Paragraph(c, self.cell)]
                 for a, b, c in d["actions"]]
        t = Table(rows, colWidths=[38 * mm, 100 * mm, (W - 2 * ML) - 138 * mm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), self.c2),
                               ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out.append(t)
        out.append(Paragraph("How we will measure progress", self.h2))
        out += [Paragraph("\u2022 " + m, self.body) for m in d["measures"]]
        out.append(Paragraph("Governance", self.h2))
        out.append(Paragraph(d["governance"], self.body))
        out.append(Paragraph("Contact: " + d["contact"], self.small))
        return out

    def build(self, path, layout_flowables):
        d = self.d
        doc = BaseDocTemplate(str(path), pagesize=A4, title=d["pdf_title"], author=d["org"],
                              creator="stratalign test data")
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("cover", [Frame(0, 0, W, H, **pad)], onPage=self.cover),
            PageTemplate("body", [Frame(ML, 18 * mm, W - 2 * ML, H - 36 * mm, **pad)], onPage=self.page)])
        story = [NextPageTemplate("body"), PageBreak()]
        story += self.contents() + [PageBreak()]
        story += self.foreword() + [PageBreak()]
        story += self.context() + [PageBreak()]
        story += [Paragraph(d["pri_title"], self.h1), Paragraph(d["pri_intro"], self.body), Spacer(1, 6)]
        story += layout_flowables + [PageBreak()]
        story += self.delivery()
        doc.build(story)
        return path


def wrap_lines(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class BeachHuts(Flowable):
    """House style H: a row of drawn beach huts, three then two (or three), each door carrying a priority."""

    def __init__(self, doc: Doc, items, palette):
        super().__init__()
        self.doc, self.items, self.pal = doc, items, palette
        self.hw, self.hh = 52 * mm, 62 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        rows = (len(self.items) + 2) // 3
        return aw, rows * (self.hh + 26 * mm) + 12 * mm

    def draw(self):
        c, dd = self.canv, self.doc
        rows = (len(self.items) + 2) // 3
        total_h = rows * (self.hh + 26 * mm) + 12 * mm
        gap = (self.aw - 3 * self.hw) / 2
        # sand strip
        c.setFillColor(colors.HexColor("#efe2bf"))
        c.rect(-ML, 0, self.aw + 2 * ML, 10 * mm, stroke=0, fill=1)
        for i, (title, desc) in enumerate(self.items):
            r, k = divmod(i, 3)
            n_in_row = min(3, len(self.items) - r * 3)
            off = (self.aw - (n_in_row * self.hw + (n_in_row - 1) * gap)) / 2
            x = off + k * (self.hw + gap)
            y = total_h - (r + 1) * (self.hh + 26 * mm)
            col = colors.HexColor(self.pal[i % len(self.pal)])
            # stripes
            c.setFillColor(col)
            c.rect(x, y + 22 * mm, self.hw, self.hh - 16 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            for s in range(1, 8, 2):
                c.rect(x + s * self.hw / 8, y + 22 * mm, self.hw / 16, self.hh - 16 * mm, stroke=0, fill=1)
            # roof
            c.setFillColor(dd.c1)
            p = c.beginPath()
            p.moveTo(x - 3 * mm, y + 22 * mm + self.hh - 16 * mm)
            p.lineTo(x + self.hw / 2, y + 22 * mm + self.hh - 2 * mm)
            p.lineTo(x + self.hw + 3 * mm, y + 22 * mm + self.hh - 16 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            # door board with the priority
            c.setFillColor(colors.white)
            c.setStrokeColor(dd.c1)
            c.setLineWidth(1)
            bx, bw = x + 4 * mm, self.hw - 8 * mm
            c.roundRect(bx, y + 26 * mm, bw, self.hh - 24 * mm, 2 * mm, stroke=1, fill=1)
            c.setFillColor(dd.c1)
            lines = wrap_lines(title, dd.bold, 10.5, bw - 6 * mm)
            ty = y + 26 * mm + self.hh - 24 * mm - 7 * mm
            for ln in lines:
                c.setFont(dd.bold, 10.5)
                c.drawString(bx + 3 * mm, ty, ln)
                ty -= 12.5
            # steps and caption
            c.setFillColor(colors.HexColor("#8a6d45"))
            c.rect(x + 6 * mm, y + 18 * mm, self.hw - 12 * mm, 4 * mm, stroke=0, fill=1)
            c.setFillColor(dd.grey)
            ty = y + 13 * mm
            for ln in wrap_lines(desc, dd.reg, 7.6, self.hw):
                c.setFont(dd.reg, 7.6)
                c.drawString(x, ty, ln)
                ty -= 9


class StickyNotes(Flowable):
    """House style N: square sticky notes pinned to a cork board, two per row, each a priority in bold with a
    short pencilled line under it."""

    def __init__(self, doc: Doc, items, palette, board="#c89b63"):
        super().__init__()
        self.doc, self.items, self.pal, self.board = doc, items, palette, board
        self.nw, self.nh = 70 * mm, 50 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        rows = (len(self.items) + 1) // 2
        self.h = rows * (self.nh + 8 * mm) + 10 * mm
        return aw, self.h

    def draw(self):
        c, dd = self.canv, self.doc
        c.setFillColor(colors.HexColor(self.board))
        c.setStrokeColor(colors.HexColor("#5b3d1e"))
        c.setLineWidth(5)
        c.rect(0, 0, self.aw, self.h, stroke=1, fill=1)
        gap = (self.aw - 2 * self.nw) / 3
        for i, (title, desc) in enumerate(self.items):
            r, k = divmod(i, 2)
            x = gap + k * (self.nw + gap)
            y = self.h - 5 * mm - (r + 1) * (self.nh + 8 * mm) + 8 * mm
            c.setFillColor(colors.Color(0, 0, 0, alpha=0.25))
            c.rect(x + 1.5 * mm, y - 1.5 * mm, self.nw, self.nh, stroke=0, fill=1)
            c.setFillColor(colors.HexColor(self.pal[i % len(self.pal)]))
            c.rect(x, y, self.nw, self.nh, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#b01c1c"))
            c.circle(x + self.nw / 2, y + self.nh - 3.5 * mm, 2.2 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#1d1d1d"))
            ty = y + self.nh - 12 * mm
            for ln in wrap_lines(title, dd.bold, 12, self.nw - 10 * mm):
                c.setFont(dd.bold, 12)
                c.drawString(x + 5 * mm, ty, ln)
                ty -= 14
            ty -= 3
            c.setFillColor(colors.HexColor("#4a4a4a"))
            for ln in wrap_lines(desc, dd.reg, 8.2, self.nw - 10 * mm):
                c.setFont(dd.reg, 8.2)
                c.drawString(x + 5 * mm, ty, ln)
                ty -= 10


class Jigsaw(Flowable):
    """Three drawn jigsaw pieces in a row, joined by knobs, each lettered with a priority."""

    def __init__(self, doc: Doc, items, palette):
        super().__init__()
        self.doc, self.items, self.pal = doc, items, palette

    def wrap(self, aw, ah):
        self.aw = aw
        self.pw = (aw - 10 * mm) / len(self.items)
        self.h = 95 * mm
        return aw, self.h

    def draw(self):
        c, dd = self.canv, self.doc
        r = 6 * mm
        xs = [5 * mm + i * self.pw for i in range(len(self.items))]
        cols = [colors.HexColor(self.pal[i % len(self.pal)]) for i in range(len(self.items))]
        c.setStrokeColor(colors.white)
        c.setLineWidth(2)
        for x, col in zip(xs, cols):
            c.setFillColor(col)
            c.rect(x, 0, self.pw, self.h, stroke=1, fill=1)
        for i, (x, col) in enumerate(zip(xs, cols)):
            c.setFillColor(col)
            if i < len(xs) - 1:  # knob into the next piece
                c.circle(x + self.pw, self.h * 0.25, r, stroke=0, fill=1)
            if i > 0:  # knob on top
                c.circle(x + self.pw / 2, self.h, r, stroke=0, fill=1)
        c.setFillColor(colors.white)
        for (title, desc), x in zip(self.items, xs):
            ty = self.h - 16 * mm
            for ln in wrap_lines(title, dd.bold, 13, self.pw - 16 * mm):
                c.setFont(dd.bold, 13)
                c.drawString(x + 8 * mm, ty, ln)
                ty -= 15.5
            ty -= 6
            for ln in wrap_lines(desc, dd.reg, 8.4, self.pw - 16 * mm):
                c.setFont(dd.reg, 8.4)
                c.drawString(x + 8 * mm, ty, ln)
                ty -= 10.5


class Clipboard(Flowable):
    """A drawn clipboard holding a checklist: a tick box, then the priority in bold and a line under it."""

    def __init__(self, doc: Doc, items, heading):
        super().__init__()
        self.doc, self.items, self.heading = doc, items, heading

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = 40 * mm + 30 * mm * len(self.items)
        return aw, self.h

    def draw(self):
        c, dd = self.canv, self.doc
        bx, bw = 12 * mm, self.aw - 24 * mm
        c.setFillColor(colors.HexColor("#a0703c"))
        c.roundRect(bx, 0, bw, self.h, 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(bx + 7 * mm, 7 * mm, bw - 14 * mm, self.h - 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#9a9a9a"))
        c.roundRect(bx + bw / 2 - 25 * mm, self.h - 18 * mm, 50 * mm, 14 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(dd.c1)
        c.setFont(dd.bold, 10)
        c.drawString(bx + 14 * mm, self.h - 28 * mm, self.heading)
        y = self.h - 44 * mm
        for title, desc in self.items:
            c.setStrokeColor(dd.c1)
            c.setLineWidth(1.2)
            c.rect(bx + 14 * mm, y - 1 * mm, 6 * mm, 6 * mm, stroke=1, fill=0)
            c.setFillColor(colors.HexColor("#1d1d1d"))
            ty = y
            for ln in wrap_lines(title, dd.bold, 12, bw - 44 * mm):
                c.setFont(dd.bold, 12)
                c.drawString(bx + 25 * mm, ty, ln)
                ty -= 14
            c.setFillColor(dd.grey)
            c.setFont(dd.reg, 8.4)
            for ln in wrap_lines(desc, dd.reg, 8.4, bw - 44 * mm):
                c.drawString(bx + 25 * mm, ty - 1, ln)
                ty -= 10.5
            c.setStrokeColor(colors.HexColor("#cfd8dc"))
            c.setLineWidth(0.5)
            c.line(bx + 14 * mm, y - 10 * mm - 4, bx + bw - 14 * mm, y - 10 * mm - 4)
            y -= 30 * mm
