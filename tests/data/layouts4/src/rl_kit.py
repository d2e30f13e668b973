"""reportlab helpers: fonts, a fixed-metadata canvas and a small cursor-based page writer, so that every
page's content is decided by the source, not by a flow engine. layouts3 and layouts5 load this file from
their own src/rl_kit.py rather than keep copies."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Table, TableStyle

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
_FONTS = {
    "Sans": "LiberationSans-Regular.ttf", "Sans-Bold": "LiberationSans-Bold.ttf",
    "Sans-Italic": "LiberationSans-Italic.ttf", "Sans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    "Serif": "LiberationSerif-Regular.ttf", "Serif-Bold": "LiberationSerif-Bold.ttf",
    "Serif-Italic": "LiberationSerif-Italic.ttf", "Serif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
    "DejaVu": "DejaVuSans.ttf", "DejaVu-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuCond": "DejaVuSansCondensed.ttf", "DejaVuCond-Bold": "DejaVuSansCondensed-Bold.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in _FONTS.items():
        for d in FONT_DIRS:
            if (d / file).exists():
                pdfmetrics.registerFont(TTFont(name, str(d / file)))
                break
        else:
            raise SystemExit(f"font {file} not found: apt-get install fonts-liberation fonts-dejavu-core")
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic", boldItalic="Sans-BoldItalic")
    registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                       boldItalic="Serif-BoldItalic")
    registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold")
    _registered = True


def make_canvas(path: Path, title: str, author: str, pagesize=A4, subject: str = "") -> rl_canvas.Canvas:
    register_fonts()
    c = rl_canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject or title)
    c.setCreator("reportlab")
    c.setKeywords("community safety")
    return c


def hexc(h: str):
    return colors.HexColor("#" + h.lstrip("#"))


def style(name="body", font="Sans", size=10.5, leading=None, color="222222", align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          textColor=hexc(color), alignment=align, **kw)


class Writer:
    """Writes flowing blocks down a page region; the caller decides when to change page."""

    def __init__(self, c, x, top, width, bottom=60, font="Sans", body_size=10.5, accent="1F4E79"):
        self.c, self.x, self.top, self.width, self.bottom = c, x, top, width, bottom
        self.y = top
        self.font, self.body_size, self.accent = font, body_size, accent

    def reset(self, x=None, top=None, width=None):
        if x is not None:
            self.x = x
        if width is not None:
            self.width = width
        self.top = top if top is not None else self.top
        self.y = self.top

    def space(self, h):
        self.y -= h

    def para(self, text, *, size=None, font=None, color="222222", leading=None, after=6, indent=0,
             align=TA_LEFT, width=None, **kw):
        st = style(font=font or self.font, size=size or self.body_size, leading=leading, color=color,
                   align=align, **kw)
        p = Paragraph(text, st)
        w = (width or self.width) - indent
        _, h = p.wrap(w, 10000)
        p.drawOn(self.c, self.x + indent, self.y - h)
        self.y -= h + after
        if self.y < self.bottom:
            raise OverflowError(f"page overflow by {self.bottom - self.y:.0f}pt at: {text[:60]!r}")
        return h

    def heading(self, text, size=16, color=None, after=6, before=4, font=None):
        self.y -= before
        return self.para(text, size=size, font=font or (self.font + "-Bold"), color=color or self.accent,
                         after=after, leading=size * 1.2)

    def bullets(self, items, *, size=None, bullet="\u2022", after=3, indent=12, color="222222"):
        for it in items:
            st = style(font=self.font, size=size or self.body_size, color=color, leftIndent=indent,
                       bulletIndent=0, bulletFontName=self.font)
            p = Paragraph(it, st, bulletText=bullet)
            _, h = p.wrap(self.width, 10000)
            p.drawOn(self.c, self.x, self.y - h)
            self.y -= h + after
        if self.y < self.bottom:
            raise OverflowError("page overflow in bullets")

    def table(self, data, col_widths, *, head_bg="1F4E79", size=9, zebra="EEF3F8", after=10, repeat=1,
              valign="TOP", extra=None, bold_col0=False):
        st = style(font=self.font, size=size, leading=size * 1.25)
        sth = style(font=self.font + "-Bold", size=size, leading=size * 1.25, color="FFFFFF")
        st0 = style(font=self.font + "-Bold", size=size, leading=size * 1.25)
        rows = []
        for i, r in enumerate(data):
            rows.append([Paragraph(str(v), sth if i == 0 else (st0 if (bold_col0 and j == 0) else st))
                         for j, v in enumerate(r)])
        t = Table(rows, colWidths=col_widths, repeatRows=repeat)
        cmds = [("BACKGROUND", (0, 0), (-1, 0), hexc(head_bg)), ("VALIGN", (0, 0), (-1, -1), valign),
                ("GRID", (0, 0), (-1, -1), 0.4, hexc("BBBBBB")), ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if zebra:
            for i in range(2, len(rows), 2):
                cmds.append(("BACKGROUND", (0, i), (-1, i), hexc(zebra)))
        cmds += extra or []
        t.setStyle(TableStyle(cmds))
        _, h = t.wrap(sum(col_widths), 10000)
        t.drawOn(self.c, self.x, self.y - h)
        self.y -= h + after
        if self.y < self.bottom:
            raise OverflowError("page overflow in table")
        return h


def box(c, x, y, w, h, fill, stroke=None, radius=0):
    c.saveState()
    c.setFillColor(hexc(fill))
    if stroke:
        c.setStrokeColor(hexc(stroke))
    if radius:
        c.roundRect(x, y, w, h, radius, stroke=1 if stroke else 0, fill=1)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1)
    c.restoreState()


def text(c, x, y, s, font="Sans", size=10, color="222222", anchor="left", char_space=0):
    c.saveState()
    c.setFillColor(hexc(color))
    c.setFont(font, size)
    if char_space:
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(char_space)
        t.textOut(s)
        c.drawText(t)
    elif anchor == "center":
        c.drawCentredString(x, y, s)
    elif anchor == "right":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.restoreState()


def para_at(c, text, x, top, width, *, font="Sans", size=10, color="222222", leading=None, align=TA_LEFT, **kw):
    """Draw a wrapped paragraph with its top-left corner at (x, top); return its height."""
    p = Paragraph(text, style(font=font, size=size, color=color, leading=leading, align=align, **kw))
    _, h = p.wrap(width, 10000)
    p.drawOn(c, x, top - h)
    return h


def arrow(c, x1, y1, x2, y2, color="666666", width=2, head=7):
    """A straight arrow from (x1, y1) to (x2, y2) with a filled head."""
    import math
    c.saveState()
    c.setStrokeColor(hexc(color))
    c.setFillColor(hexc(color))
    c.setLineWidth(width)
    ang = math.atan2(y2 - y1, x2 - x1)
    bx, by = x2 - head * math.cos(ang), y2 - head * math.sin(ang)
    c.line(x1, y1, bx, by)
    p = c.beginPath()
    p.moveTo(x2, y2)
    p.lineTo(bx + head * 0.6 * math.sin(ang), by - head * 0.6 * math.cos(ang))
    p.lineTo(bx - head * 0.6 * math.sin(ang), by + head * 0.6 * math.cos(ang))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()
