"""A small block-based reportlab report builder for this area's reportlab documents.

Each document passes its own house style (fonts, colours, cover painter, running header and folio) and a list
of pages; each page is a list of blocks ("h1", "h2", "p", "bul", "table", "tiles", "box", "flow").  A page break
follows every page, so the page of every block is known when the document is written.
"""
from __future__ import annotations

from pathlib import Path

from rl_kit import (A4, BaseDocTemplate, ContentsLine, Frame, NextPageTemplate, PageBreak, PageTemplate,
                    Paragraph, ParagraphStyle, Spacer, Table, TableStyle, Tiles, colors, fonts, hexc, mm)


def _families():
    """Register italic faces and font families, so that <i> and <b> work in every house style."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fams = {"LiberationSerif": ("liberation-serif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"),
            "LiberationSans": ("liberation-sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"),
            "LiberationSansNarrow": ("liberation-narrow",
                                     "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Italic.ttf"),
            "DejaVuSans": ("dejavu", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
            "DejaVuSansCondensed": ("dejavu-cond", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf")}
    for fam, (key, ital) in fams.items():
        reg, bold = fonts(key)
        if not Path(ital).exists():
            continue
        iname = Path(ital).stem
        if iname not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(iname, ital))
        addMapping(reg, 0, 0, reg)
        addMapping(reg, 1, 0, bold)
        addMapping(reg, 0, 1, iname)
        addMapping(reg, 1, 1, bold)
        addMapping(bold, 1, 0, bold)
        addMapping(iname, 0, 1, iname)


_families()


class House:
    def __init__(self, body="liberation-sans", head=None, size=9.6, ink="#222222", main="#1f3a5f",
                 accent="#c0504d", tint="#eef2f7", header="", folio="{n}", folio_pos="right",
                 margins=(20, 20, 24, 20), leader=True, cover=None, rule=True):
        self.body, self.bold = fonts(body)
        self.hfont, self.hbold = fonts(head or body)
        self.size, self.ink, self.main, self.accent, self.tint = size, hexc(ink), hexc(main), hexc(accent), hexc(tint)
        self.header, self.folio, self.folio_pos, self.leader, self.rule = header, folio, folio_pos, leader, rule
        self.margins = [m * mm for m in margins]
        self.cover = cover
        s = self.size
        self.p = ParagraphStyle("p", fontName=self.body, fontSize=s, leading=s * 1.38, textColor=self.ink,
                                spaceAfter=5)
        self.small = ParagraphStyle("sm", parent=self.p, fontSize=s - 1.6, leading=(s - 1.6) * 1.3,
                                    textColor=hexc("#555555"))
        self.cell = ParagraphStyle("c", parent=self.p, fontSize=s - 1.2, leading=(s - 1.2) * 1.3, spaceAfter=0)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=self.bold)
        self.cellh = ParagraphStyle("ch", parent=self.cellb, textColor=colors.white)
        self.h1 = ParagraphStyle("h1", fontName=self.hbold, fontSize=s + 9, leading=(s + 9) * 1.2,
                                 textColor=self.main, spaceBefore=2, spaceAfter=9)
        self.h2 = ParagraphStyle("h2", fontName=self.hbold, fontSize=s + 2.6, leading=(s + 2.6) * 1.25,
                                 textColor=self.main, spaceBefore=8, spaceAfter=4)
        self.bul = ParagraphStyle("b", parent=self.p, leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.tnum = ParagraphStyle("tn", fontName=self.hbold, fontSize=20, leading=23, textColor=colors.white)
        self.tcap = ParagraphStyle("tc", fontName=self.body, fontSize=s - 1, leading=(s - 1) * 1.3,
                                   textColor=colors.white)


def block(b, h: House, width):
    kind = b[0]
    if kind == "h1":
        return [Paragraph(b[1], h.h1)]
    if kind == "h2":
        return [Paragraph(b[1], h.h2)]
    if kind == "p":
        return [Paragraph(b[1], h.p)]
    if kind == "small":
        return [Paragraph(b[1], h.small)]
    if kind == "gap":
        return [Spacer(1, b[1] * mm)]
    if kind == "bul":
        return [Paragraph(x, h.bul, bulletText="\u2022") for x in b[1]]
    if kind == "tiles":
        fills = [h.main, h.accent]
        return [Tiles(b[1], b[2] if len(b) > 2 else 3, width, h.tnum, h.tcap, fills), Spacer(1, 6)]
    if kind == "table":
        rows, fr = b[1], b[2]
        data = [[Paragraph(c, h.cellh) for c in rows[0]]]
        for r in rows[1:]:
            data.append([Paragraph(c, h.cell) for c in r])
        t = Table(data, colWidths=[f * width for f in fr], repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), h.main), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#bbbbbb")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, h.tint]),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return [t, Spacer(1, 8)]
    if kind == "box":
        inner = [Paragraph(f"<b>{b[1]}</b>", h.p)] + [Paragraph(x, h.cell) for x in b[2]]
        t = Table([[inner]], colWidths=[width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), h.tint),
                               ("LINEBEFORE", (0, 0), (0, -1), 3, h.accent),
                               ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return [Spacer(1, 3), t, Spacer(1, 8)]
    if kind == "flow":
        return list(b[1]) if isinstance(b[1], (list, tuple)) else [b[1]]
    raise ValueError(kind)


def contents_page(entries, h: House):
    """entries: (text, page, level)."""
    out = [Paragraph("Contents", h.h1), Spacer(1, 4)]
    for text, page, level in entries:
        out.append(ContentsLine(text, page, h.bold if level == 0 else h.body, h.size + (1 if level == 0 else 0),
                                h.ink, indent=14 * level, leader=h.leader, gap=9 if level == 0 else 6))
    return out


def build(path, title, author, h: House, contents, pages, meta=None):
    """pages[0] is the body of page 3 onwards (cover and contents are made here)."""
    W, H = A4
    ml, mr, mt, mb = h.margins
    total = len(pages) + 2

    def cover(c, doc):
        c.saveState()
        h.cover(c, W, H, meta or {})
        c.restoreState()

    def page(c, doc):
        n = c.getPageNumber()
        c.saveState()
        c.setFont(h.body, 7.6)
        c.setFillColor(hexc("#666666"))
        if h.header:
            c.drawString(ml, H - mt + 9 * mm, h.header)
            if h.rule:
                c.setStrokeColor(h.main)
                c.setLineWidth(0.6)
                c.line(ml, H - mt + 7 * mm, W - mr, H - mt + 7 * mm)
        txt = h.folio.format(n=n, total=total)
        y = mb - 10 * mm
        if h.folio_pos == "right":
            c.drawRightString(W - mr, y, txt)
        elif h.folio_pos == "left":
            c.drawString(ml, y, txt)
        else:
            c.drawCentredString(W / 2, y, txt)
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title=title, author=author, creator="stratalign test data",
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
        PageTemplate("body", [Frame(ml, mb, W - ml - mr, H - mt - mb, id="b", **pad)], onPage=page)])
    width = W - ml - mr
    story = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
    story += contents_page(contents, h)
    for pg in pages:
        story.append(PageBreak())
        for b in pg:
            story += block(b, h, width)
    doc.build(story)
    return path
