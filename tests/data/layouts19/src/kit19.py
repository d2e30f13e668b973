"""Batch 19's reportlab layer for FULL-LENGTH strategies: a platypus document (text flows from page to page,
unlike the cursor writer of layouts4's rl_kit) with page templates for a cover, body pages with a running
header that names the current chapter, two-column body pages, full-bleed chapter dividers and landscape
appendix pages; a two-pass build so that the contents page can print real page numbers; and a few drawn
flowables (bar charts, an organisation chart, priority tiles).

Fonts and the pinned canvas settings come from layouts4's rl_kit (through this batch's shim); `close` pins the
PDF's dates and /ID with this batch's common.normalise_pdf."""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

import common
from rl_kit import hexc, register_fonts, style

W, H = A4
LW, LH = landscape(A4)
M = 20 * mm


class Styles:
    def __init__(self, font="Sans", accent="1F4E79", body=10, ink="222222"):
        f = font
        self.font, self.accent = f, accent
        self.body = style("b", font=f, size=body, leading=body * 1.38, color=ink, spaceAfter=5)
        self.small = style("s", font=f, size=body - 1.5, leading=(body - 1.5) * 1.3, color="444444", spaceAfter=3)
        self.note = style("n", font=f, size=7.5, leading=9.5, color="444444", spaceAfter=1)
        self.h1 = style("h1", font=f + "-Bold", size=21, leading=25, color=accent, spaceAfter=10, spaceBefore=0)
        self.h2 = style("h2", font=f + "-Bold", size=13.5, leading=17, color=accent, spaceAfter=5, spaceBefore=9)
        self.h3 = style("h3", font=f + "-Bold", size=11, leading=14, color="333333", spaceAfter=3, spaceBefore=6)
        self.bullet = style("bl", font=f, size=body, leading=body * 1.35, color=ink, leftIndent=13,
                            bulletIndent=2, spaceAfter=2.5, bulletFontName=f)
        self.cell = style("c", font=f, size=8.6, leading=10.8, color=ink)
        self.cellb = style("cb", font=f + "-Bold", size=8.6, leading=10.8, color=ink)
        self.cellh = style("ch", font=f + "-Bold", size=8.6, leading=10.8, color="FFFFFF")
        self.quote = style("q", font=f + "-Italic", size=body + 1, leading=(body + 1) * 1.4, color=accent,
                           leftIndent=10, spaceAfter=4)


class Chapter(Flowable):
    """An invisible marker: from this page on the running header names `header`; `key` records the page for
    the contents. Zero size, so it never moves anything."""

    def __init__(self, key: str, header: str | None):
        super().__init__()
        self.key, self.header = key, header
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class Fill(Chapter):
    """Zero-size marker placed BEFORE the page break into a divider: the next divider's background colour."""

    def __init__(self, colour: str):
        super().__init__("", None)
        self.divider_fill = colour


class Doc(BaseDocTemplate):
    """A flowing A4 document. Page templates: cover, body, two (two columns), divider (full-bleed colour),
    land (landscape), plain (no header). Headers and footers are drawn when a page ENDS, so a chapter that
    starts on a page already names it in that page's header."""

    def __init__(self, path: Path, *, title: str, author: str, st: Styles, footer: str,
                 header_left: str = "", cover=None, divider_colour="1F4E79", folio_offset=0, head_rule=True):
        register_fonts()
        self.out_path = Path(path)
        self.buf = io.BytesIO()
        super().__init__(self.buf, pagesize=A4, title=title, author=author, subject=title, creator="reportlab",
                         keywords="community safety", invariant=1, pageCompression=1,
                         leftMargin=M, rightMargin=M, topMargin=M + 6 * mm, bottomMargin=M)
        self.st, self.footer, self.header_left, self.cover_fn = st, footer, header_left, cover
        self.divider_colour, self.folio_offset, self.head_rule = divider_colour, folio_offset, head_rule
        self.chapter = ""
        self.pages: dict[str, int] = {}
        self.divider_fill = divider_colour
        fw, fh = W - 2 * M, H - 2 * M - 6 * mm
        gap = 8 * mm
        col = (fw - gap) / 2
        lfw, lfh = LW - 2 * M, LH - 2 * M - 6 * mm
        self.addPageTemplates([
            PageTemplate("cover", [Frame(M, M, fw, H - 2 * M, id="c")], onPage=self._cover),
            PageTemplate("body", [Frame(M, M, fw, fh, id="b")], onPageEnd=self._furniture),
            PageTemplate("two", [Frame(M, M, col, fh, id="l"), Frame(M + col + gap, M, col, fh, id="r")],
                         onPageEnd=self._furniture),
            PageTemplate("divider", [Frame(M + 10 * mm, M, fw - 20 * mm, H - 2 * M, id="d")],
                         onPage=self._divider),
            PageTemplate("land", [Frame(M, M, lfw, lfh, id="L")], onPageEnd=self._furniture,
                         pagesize=landscape(A4)),
            PageTemplate("plain", [Frame(M, M, fw, fh, id="p")], onPageEnd=self._footer_only),
        ])

    # ------------------------------------------------------------------ page furniture
    def _cover(self, c, doc):
        if self.cover_fn:
            self.cover_fn(c, self)

    def _divider(self, c, doc):
        c.saveState()
        c.setFillColor(hexc(self.divider_fill))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.restoreState()

    def _footer_only(self, c, doc):
        pw = c._pagesize[0]
        c.saveState()
        c.setFont(self.st.font, 7.5)
        c.setFillColor(hexc("666666"))
        c.drawString(M, 11 * mm, self.footer)
        c.drawRightString(pw - M, 11 * mm, str(c.getPageNumber() + self.folio_offset))
        c.restoreState()

    def _furniture(self, c, doc):
        pw, ph = c._pagesize
        c.saveState()
        c.setFont(self.st.font, 7.5)
        c.setFillColor(hexc("666666"))
        if self.header_left:
            c.drawString(M, ph - 12 * mm, self.header_left)
        head = getattr(self, "_page_head", None) or self.chapter
        if head:
            c.setFont(self.st.font + "-Bold", 7.5)
            c.setFillColor(hexc(self.st.accent))
            c.drawRightString(pw - M, ph - 12 * mm, head)
        if self.head_rule:
            c.setStrokeColor(hexc("BBBBBB"))
            c.setLineWidth(0.5)
            c.line(M, ph - 14 * mm, pw - M, ph - 14 * mm)
        c.restoreState()
        self._footer_only(c, doc)

    def beforePage(self):
        self._page_head = None

    def afterFlowable(self, f):
        if isinstance(f, Chapter):
            if f.key and f.key not in self.pages:
                self.pages[f.key] = self.page
            if f.header is not None:
                if getattr(self, "_page_head", None) is None:
                    self._page_head = f.header
                self.chapter = f.header
        fill = getattr(f, "divider_fill", None)
        if fill:
            self.divider_fill = fill

    # ------------------------------------------------------------------ two-pass build
    def build_twice(self, make_story) -> dict[str, int]:
        """make_story(pages) -> story; pages holds the first pass's page numbers (empty on the first pass)."""
        self.build(make_story({}))
        first = dict(self.pages)
        self.pages, self.chapter, self.divider_fill = {}, "", self.divider_colour
        self.buf.seek(0)
        self.buf.truncate()
        self.build(make_story(first))
        if self.pages != first:
            raise SystemExit(f"contents page numbers moved between passes: {first} -> {self.pages}")
        self.out_path.write_bytes(self.buf.getvalue())
        common.normalise_pdf(self.out_path)
        return self.pages


# ---------------------------------------------------------------------- story helpers
def P(st, text, s=None):
    return Paragraph(text, s or st.body)


def bullets(st, items, s=None):
    return [Paragraph(t, s or st.bullet, bulletText="\u2022") for t in items]


def numbered(st, items, fmt="{n}."):
    return [Paragraph(t, st.bullet, bulletText=fmt.format(n=n)) for n, t in enumerate(items, 1)]


def table(st, rows, widths, *, head="1F4E79", zebra="EEF2F6", bold_col0=False, extra=None, repeat=1,
          first_bold_rows=()):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, v in enumerate(r):
            if isinstance(v, Flowable):
                line.append(v)
                continue
            s = st.cellh if i == 0 and repeat else (st.cellb if (bold_col0 and j == 0) or i in first_bold_rows
                                                    else st.cell)
            line.append(Paragraph(str(v), s))
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=repeat)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, hexc("BBBBBB")),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if repeat:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), hexc(head)))
    if zebra:
        for i in range(2, len(data), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), hexc(zebra)))
    t.setStyle(TableStyle(cmds + (extra or [])))
    return t


class BarChart(Flowable):
    """Horizontal bars drawn as rectangles, with labels and values as text."""

    def __init__(self, title, items, width, *, colour="1F4E79", unit="", bar_h=11, font="Sans", maxv=None):
        super().__init__()
        self.title, self.items, self.width, self.colour, self.unit = title, items, width, colour, unit
        self.bar_h, self.font = bar_h, font
        self.maxv = maxv or max(v for _, v in items)
        self.height = 18 + len(items) * (bar_h + 6) + 4

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont(self.font + "-Bold", 8.5)
        c.setFillColor(hexc("333333"))
        c.drawString(0, self.height - 10, self.title)
        lab = self.width * 0.38
        span = self.width - lab - 34
        y = self.height - 20 - self.bar_h
        for name, v in self.items:
            c.setFillColor(hexc("333333"))
            c.setFont(self.font, 7.8)
            c.drawRightString(lab - 4, y + 2.5, name)
            c.setFillColor(hexc("E6E9EE"))
            c.rect(lab, y, span, self.bar_h, stroke=0, fill=1)
            c.setFillColor(hexc(self.colour))
            c.rect(lab, y, span * v / self.maxv, self.bar_h, stroke=0, fill=1)
            c.setFillColor(hexc("333333"))
            c.drawString(lab + span * v / self.maxv + 3, y + 2.5, f"{v:g}{self.unit}")
            y -= self.bar_h + 6


class ColumnChart(Flowable):
    """Vertical columns by year, drawn as rectangles."""

    def __init__(self, title, items, width, height=120, *, colour="1F4E79", font="Sans"):
        super().__init__()
        self.title, self.items, self.width, self.height, self.colour, self.font = (title, items, width, height,
                                                                                    colour, font)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont(self.font + "-Bold", 8.5)
        c.setFillColor(hexc("333333"))
        c.drawString(0, self.height - 10, self.title)
        top = self.height - 30
        base = 16
        mx = max(v for _, v in self.items)
        n = len(self.items)
        slot = self.width / n
        c.setStrokeColor(hexc("999999"))
        c.line(0, base, self.width, base)
        for i, (lab, v) in enumerate(self.items):
            h = (top - base) * v / mx
            x = i * slot + slot * 0.2
            c.setFillColor(hexc(self.colour))
            c.rect(x, base, slot * 0.6, h, stroke=0, fill=1)
            c.setFillColor(hexc("333333"))
            c.setFont(self.font, 7.5)
            c.drawCentredString(x + slot * 0.3, base + h + 3, f"{v:,}")
            c.drawCentredString(x + slot * 0.3, base - 10, lab)


class OrgChart(Flowable):
    """A board at the top, an executive group under it, and a row of sub-group boxes; lines between them."""

    def __init__(self, top, middle, groups, width, *, colour="1F4E79", font="Sans", side=None):
        super().__init__()
        self.top, self.middle, self.groups, self.width = top, middle, groups, width
        self.colour, self.font, self.side = colour, font, side
        self.height = 190

    def wrap(self, aw, ah):
        return self.width, self.height

    def _box(self, x, y, w, h, txt, fill, ink="FFFFFF", size=8):
        c = self.canv
        c.setFillColor(hexc(fill))
        c.roundRect(x, y, w, h, 4, stroke=0, fill=1)
        p = Paragraph(txt, style(font=self.font + "-Bold", size=size, leading=size * 1.2, color=ink,
                                 align=TA_CENTER))
        _, ph = p.wrap(w - 8, h)
        p.drawOn(c, x + 4, y + (h - ph) / 2)

    def draw(self):
        c = self.canv
        w = self.width
        bw = w * 0.46
        self._box((w - bw) / 2, 150, bw, 36, self.top, self.colour, size=9)
        self._box((w - bw) / 2, 96, bw, 34, self.middle, "5A6B7D", size=8.5)
        if self.side:
            self._box(w - w * 0.2, 96, w * 0.2, 34, self.side, "D9DEE4", ink="222222", size=7.5)
        c.setStrokeColor(hexc("777777"))
        c.setLineWidth(1)
        c.line(w / 2, 150, w / 2, 130)
        n = len(self.groups)
        gap = 6
        gw = (w - gap * (n - 1)) / n
        c.line(w / 2, 96, w / 2, 80)
        c.line(gw / 2, 80, w - gw / 2, 80)
        for i, g in enumerate(self.groups):
            x = i * (gw + gap)
            c.line(x + gw / 2, 80, x + gw / 2, 66)
            self._box(x, 0, gw, 66, g, "EEF1F5", ink="222222", size=7.5)


class Tiles(Flowable):
    """Coloured tiles in a grid, each with a big number and a wrapped text."""

    def __init__(self, items, width, *, cols=3, tile_h=92, colours=("1F4E79",), font="Sans", size=10.5,
                 number_fmt="{n}", ink="FFFFFF"):
        super().__init__()
        self.items, self.width, self.cols, self.tile_h = items, width, cols, tile_h
        self.colours, self.font, self.size, self.number_fmt, self.ink = colours, font, size, number_fmt, ink
        rows = (len(items) + cols - 1) // cols
        self.height = rows * tile_h + (rows - 1) * 8

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        tw = (self.width - 8 * (self.cols - 1)) / self.cols
        for i, txt in enumerate(self.items):
            r, k = divmod(i, self.cols)
            x = k * (tw + 8)
            y = self.height - (r + 1) * self.tile_h - r * 8
            c.setFillColor(hexc(self.colours[i % len(self.colours)]))
            c.roundRect(x, y, tw, self.tile_h, 6, stroke=0, fill=1)
            c.setFillColor(hexc(self.ink))
            c.setFont(self.font + "-Bold", 22)
            c.drawString(x + 9, y + self.tile_h - 28, self.number_fmt.format(n=i + 1))
            p = Paragraph(txt, style(font=self.font + "-Bold", size=self.size, leading=self.size * 1.22,
                                     color=self.ink))
            _, ph = p.wrap(tw - 18, self.tile_h)
            p.drawOn(c, x + 9, y + self.tile_h - 36 - ph)


def contents(st, entries, pages, *, width=W - 2 * M):
    """A contents list: (title, key, level) -> dotted leaders and the page number from the first pass."""
    rows = []
    for title, key, level in entries:
        n = str(pages.get(key, "00"))
        s = st.cellb if level == 0 else st.cell
        rows.append([Paragraph(("" if level == 0 else "&nbsp;&nbsp;&nbsp;&nbsp;") + title, s),
                     Paragraph(n, style(font=st.font + ("-Bold" if level == 0 else ""), size=8.6, align=2))])
    t = Table(rows, colWidths=[width - 40, 40])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, hexc("CCCCCC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    return t


__all__ = ["Doc", "Fill", "Styles", "Chapter", "P", "bullets", "numbered", "table", "BarChart", "ColumnChart", "OrgChart",
           "Tiles", "contents", "W", "H", "LW", "LH", "M", "mm", "PageBreak", "NextPageTemplate", "Spacer",
           "KeepTogether", "CondPageBreak", "Paragraph", "Table", "TableStyle", "TA_CENTER", "TA_LEFT", "style",
           "hexc"]
