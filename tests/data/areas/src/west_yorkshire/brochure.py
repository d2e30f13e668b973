"""Designed-brochure helpers for the West Yorkshire area (reportlab).

A brochure has a full-colour cover, a contents page, and body pages whose
section title sits on a coloured band that bleeds to the page edges, with
two-column text below.  Running headers are drawn after the page content
(onPageEnd) so that they sit on top of the band; page numbers alternate left
(even pages) and right (odd pages) with the footer title on the other side.
"""
from __future__ import annotations

from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Marker, RuledBox, Tiles, bullets, make_doc  # noqa: F401

W, H = A4
M_L, M_R, M_T, M_B = 18 * mm, 18 * mm, 20 * mm, 20 * mm
GUT = 8 * mm
BAND_BOTTOM = H - 66 * mm  # absolute y where a section band ends
TOP_FRAME_H = 40 * mm
COL_TOP = BAND_BOTTOM - 8 * mm


class Band(Flowable):
    """Kicker line and section title set on a full-bleed coloured band.

    The band runs from the top of the page down to BAND_BOTTOM whatever the
    height of the text; an optional accent stripe runs along its lower edge."""

    def __init__(self, title, fill, tstyle, kicker=None, kstyle=None, accent=None, bottom=BAND_BOTTOM, gap=3):
        super().__init__()
        self.tp = Paragraph(title, tstyle)
        self.kp = Paragraph(kicker, kstyle) if kicker else None
        self.fill, self.accent, self.bottom, self.gap = fill, accent, bottom, gap

    def wrap(self, aw, ah):
        self.aw = aw
        self.kh = self.kp.wrap(aw, ah)[1] + self.gap if self.kp else 0
        self.th = self.tp.wrap(aw, ah)[1]
        self.h = self.kh + self.th
        return aw, self.h

    def draw(self):
        c = self.canv
        ax, ay = c.absolutePosition(0, 0)
        c.saveState()
        c.setFillColor(self.fill)
        c.rect(-ax, self.bottom - ay, W, H - self.bottom, stroke=0, fill=1)
        if self.accent is not None:
            c.setFillColor(self.accent)
            c.rect(-ax, self.bottom - ay, W, 2.2 * mm, stroke=0, fill=1)
        c.restoreState()
        y = self.h
        if self.kp:
            y -= self.kh
            self.kp.drawOn(c, 0, y + self.gap)
        y -= self.th
        self.tp.drawOn(c, 0, y)


class Theme:
    """Colours, fonts and running-header text for one brochure."""

    def __init__(self, *, ink, accent, fills, light, family="dejavu", head_left="", head_right="",
                 foot_title="", head_bar=None, number_box=False):
        self.ink, self.accent, self.fills, self.light = ink, accent, fills, light
        self.REG, self.BOLD = fonts(family)
        self.head_left, self.head_right, self.foot_title = head_left, head_right, foot_title
        self.head_bar = head_bar
        self.number_box = number_box
        R, B = self.REG, self.BOLD
        self.body = ParagraphStyle("body", fontName=R, fontSize=9.2, leading=13, spaceAfter=5,
                                   textColor=hexc("#222222"), alignment=4)
        self.bl = ParagraphStyle("bl", parent=self.body, leftIndent=10, bulletIndent=0, spaceAfter=2.5, alignment=0)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=B, fontSize=11.5, leading=14.5, textColor=ink,
                                 spaceBefore=6, spaceAfter=4, alignment=0)
        self.h3 = ParagraphStyle("h3", parent=self.body, fontName=B, fontSize=9.8, leading=12.4, textColor=accent,
                                 spaceBefore=4, spaceAfter=2, alignment=0)
        self.title = ParagraphStyle("title", fontName=B, fontSize=24, leading=29, textColor=ink, spaceAfter=12)
        self.band_st = ParagraphStyle("band", fontName=B, fontSize=22, leading=26.5, textColor=colors.white)
        self.kick = ParagraphStyle("kick", fontName=B, fontSize=10, leading=12.5, textColor=colors.white)
        self.intro = ParagraphStyle("intro", parent=self.body, fontSize=11, leading=15, textColor=accent, alignment=0)
        self.num = ParagraphStyle("num", fontName=B, fontSize=21, leading=24, textColor=colors.white, alignment=1)
        self.cap = ParagraphStyle("cap", fontName=R, fontSize=8, leading=10, textColor=colors.white, alignment=1)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.4, leading=9.4,
                                    textColor=hexc("#666666"), alignment=0)
        self.cell = ParagraphStyle("cell", fontName=R, fontSize=8.3, leading=10.4, textColor=hexc("#222222"))
        self.cellh = ParagraphStyle("cellh", parent=self.cell, fontName=B, textColor=colors.white)
        self.quote = ParagraphStyle("quote", parent=self.intro, fontName=B, textColor=colors.white)

    # ------------------------------------------------------------ page furniture
    def _footer(self, c, p, colour):
        c.setFillColor(colour)
        if self.number_box:
            c.setFillColor(self.accent)
            x = M_L if p % 2 == 0 else W - M_R - 9 * mm
            c.rect(x, 9 * mm, 9 * mm, 7 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(self.BOLD, 8.5)
            c.drawCentredString(x + 4.5 * mm, 11.3 * mm, str(p))
            c.setFillColor(colour)
            c.setFont(self.REG, 7.6)
            if p % 2 == 0:
                c.drawRightString(W - M_R, 11.3 * mm, self.foot_title)
            else:
                c.drawString(M_L, 11.3 * mm, self.foot_title)
            return
        c.setFont(self.BOLD, 8.5)
        if p % 2 == 0:
            c.drawString(M_L, 11 * mm, str(p))
            c.setFont(self.REG, 7.6)
            c.drawRightString(W - M_R, 11 * mm, self.foot_title)
        else:
            c.drawRightString(W - M_R, 11 * mm, str(p))
            c.setFont(self.REG, 7.6)
            c.drawString(M_L, 11 * mm, self.foot_title)

    def _head(self, c, colour):
        c.setFillColor(colour)
        c.setFont(self.BOLD, 7.6)
        c.drawString(M_L, H - 9.5 * mm, self.head_left)
        c.setFont(self.REG, 7.6)
        c.drawRightString(W - M_R, H - 9.5 * mm, self.head_right)

    def plain_page(self, c, doc):
        c.saveState()
        if self.head_bar is not None:
            c.setFillColor(self.head_bar)
            c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
            self._head(c, colors.white)
        else:
            self._head(c, self.ink)
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.8)
            c.line(M_L, H - 12 * mm, W - M_R, H - 12 * mm)
        self._footer(c, c.getPageNumber(), hexc("#555555"))
        c.restoreState()

    def band_page(self, c, doc):
        c.saveState()
        self._head(c, colors.white)
        self._footer(c, c.getPageNumber(), hexc("#555555"))
        c.restoreState()

    def templates(self, cover_fn, back_fn):
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cw = (W - M_L - M_R - GUT) / 2
        full_w = W - M_L - M_R
        body_h = H - M_T - M_B - 6 * mm
        top_y = H - 20 * mm - TOP_FRAME_H
        col_h = COL_TOP - M_B
        return [
            PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover_fn),
            PageTemplate("single", [Frame(M_L, M_B, full_w, body_h, id="s", **pad)], onPageEnd=self.plain_page),
            PageTemplate("twocol", [Frame(M_L, M_B, cw, body_h, id="a1", **pad),
                                    Frame(M_L + cw + GUT, M_B, cw, body_h, id="a2", **pad)],
                         onPageEnd=self.plain_page),
            PageTemplate("section", [Frame(M_L, top_y, full_w, TOP_FRAME_H, id="top", **pad),
                                     Frame(M_L, M_B, cw, col_h, id="c1", **pad),
                                     Frame(M_L + cw + GUT, M_B, cw, col_h, id="c2", **pad)],
                         onPageEnd=self.band_page),
            PageTemplate("sectionone", [Frame(M_L, top_y, full_w, TOP_FRAME_H, id="top1", **pad),
                                        Frame(M_L, M_B, full_w, col_h, id="w1", **pad)],
                         onPageEnd=self.band_page),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back_fn),
        ]

    # ------------------------------------------------------------ flowables
    def band(self, title, fill=None, kicker=None, accent=None):
        return Band(title, fill or self.ink, self.band_st, kicker=kicker, kstyle=self.kick, accent=accent)

    def contents(self, entries, pages, leader=True):
        """entries: (text, key, indent)."""
        out = []
        for text, key, ind in entries:
            out.append(ContentsLine(text, pages.get(key, 0), self.REG if ind else self.BOLD, 9.6 if ind else 10.8,
                                    hexc("#444444") if ind else self.ink, indent=ind, leader=leader,
                                    gap=8 if ind else 11))
        return out

    def glance(self, items, width, cols=2, row_h=36 * mm, fills=None, title_size=11.5):
        """Coloured "at a glance" grid: items are (title, sub)."""
        fills = fills or self.fills
        gst = ParagraphStyle("g", fontName=self.BOLD, fontSize=title_size, leading=title_size * 1.22,
                             textColor=colors.white)
        gsub = ParagraphStyle("gs", fontName=self.REG, fontSize=7.9, leading=10, textColor=colors.white)
        cells, row = [], []
        for title, sub in items:
            row.append([Paragraph(title, gst), Spacer(1, 3), Paragraph(sub, gsub)])
            if len(row) == cols:
                cells.append(row)
                row = []
        if row:
            while len(row) < cols:
                row.append("")
            cells.append(row)
        t = Table(cells, colWidths=[width / cols] * cols, rowHeights=[row_h] * len(cells))
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 4, colors.white),
              ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
              ("TOPPADDING", (0, 0), (-1, -1), 9)]
        for i in range(len(items)):
            st.append(("BACKGROUND", (i % cols, i // cols), (i % cols, i // cols), fills[i % len(fills)]))
        t.setStyle(TableStyle(st))
        return t

    def tiles(self, items, cols, width, fills=None):
        return Tiles(items, cols, width, self.num, self.cap, fills or self.fills)

    def bullets(self, items, bullet="\u2022"):
        return bullets(items, self.bl, bullet=bullet)

    def box(self, title, text, fill=None, title_colour=None):
        st = ParagraphStyle("bx", parent=self.h3, textColor=title_colour or self.accent)
        items = [Paragraph(title, st)]
        for t in (text if isinstance(text, list) else [text]):
            items.append(Paragraph(t, self.body))
        return RuledBox(items, fill or self.light)

    def table(self, rows, widths, head_fill=None, band_fill=None):
        data = []
        for r, row in enumerate(rows):
            data.append([Paragraph(v, self.cellh if r == 0 else self.cell) for v in row])
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("BACKGROUND", (0, 0), (-1, 0), head_fill or self.ink), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#BBBBBB")), ("TOPPADDING", (0, 0), (-1, -1), 4),
              ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 5),
              ("RIGHTPADDING", (0, 0), (-1, -1), 5)]
        for r in range(1, len(rows)):
            if r % 2 == 0:
                st.append(("BACKGROUND", (0, r), (-1, r), band_fill or self.light))
        t.setStyle(TableStyle(st))
        return t


def build_twice(out, theme, cover_fn, back_fn, story_fn, title, author):
    """Build with placeholder page numbers, then again with the pages recorded by Markers."""
    toc: dict = {}

    def run(pages):
        toc.clear()
        doc = make_doc(out, A4, theme.templates(cover_fn, back_fn), title, author)
        doc.build(story_fn(pages, toc))
        return dict(toc)

    first = run({})
    second = run(first)
    if second != first:
        third = run(second)
        assert third == second, "contents page numbers did not settle"
    return out
