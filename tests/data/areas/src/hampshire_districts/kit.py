"""Canvas toolkit for the hampshire_districts area: designed brochures drawn page by page with reportlab.

Every page is drawn explicitly on a canvas (no automatic pagination), so each document knows the page of each
section in advance and its contents page is written with the final numbers.  reportlab runs with invariant=1,
so two builds give byte-identical PDFs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A3, A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402

__all__ = ["A3", "A4", "landscape", "mm", "colors", "hx", "Brand", "Doc", "TA_CENTER", "TA_LEFT", "TA_RIGHT",
           "Paragraph", "Spacer", "Table", "TableStyle", "Frame", "simpleSplit", "pdfmetrics", "math"]

_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
FAMILIES = {
    "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "dejavu-cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
    "dejavu-serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "dejavu-serif-cond": ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic"),
    "lib-sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
    "lib-serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
    "lib-narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic"),
}
_REG: set[str] = set()


def family(name: str) -> tuple[str, str, str]:
    """Register a TTF family (regular, bold, italic) and return its three font names."""
    fams = FAMILIES[name]
    for f in fams:
        if f not in _REG:
            for d in _DIRS:
                p = Path(d) / (f + ".ttf")
                if p.exists():
                    pdfmetrics.registerFont(TTFont(f, str(p)))
                    _REG.add(f)
                    break
            else:
                raise FileNotFoundError(f)
    pdfmetrics.registerFontFamily(fams[0], normal=fams[0], bold=fams[1], italic=fams[2], boldItalic=fams[1])
    return fams


def hx(s: str):
    return colors.HexColor(s)


@dataclass
class Brand:
    """A district's house style."""
    org: str
    body: str  # family key
    head: str  # family key
    primary: str
    secondary: str
    accent: str
    ink: str = "#222222"
    tint: str = "#f2f2f2"
    size: tuple = A4
    folio: str = "{n}"  # format of the page number
    folio_pos: str = "br"  # br, bl, bc, outer
    heading: str = "rule"  # rule, band, caps, block, bar
    running: str = ""  # running footer text
    margin: float = 18 * mm
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        self.B = family(self.body)
        self.Hd = family(self.head)
        self.P, self.S, self.A = hx(self.primary), hx(self.secondary), hx(self.accent)
        self.I, self.T = hx(self.ink), hx(self.tint)


_STYLES: dict = {}


def style(font, size, colour, leading=None, align=TA_LEFT, space_after=0, left=0, first=0, bullet=0):
    key = (font, size, str(colour), leading, align, space_after, left, first, bullet)
    if key not in _STYLES:
        _STYLES[key] = ParagraphStyle(
            f"s{len(_STYLES)}", fontName=font, fontSize=size, textColor=colour,
            leading=leading or size * 1.3, alignment=align, spaceAfter=space_after, leftIndent=left,
            firstLineIndent=first, bulletIndent=bullet)
    return _STYLES[key]


class Doc:
    """One PDF drawn page by page."""

    def __init__(self, path: Path, brand: Brand, title: str, subject: str = ""):
        self.path, self.b = Path(path), brand
        self.c = Canvas(str(path), pagesize=brand.size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(brand.org)
        self.c.setSubject(subject or title)
        self.c.setCreator("stratalign test data: designed brochure re-created with reportlab")
        self.n = 0
        self.W, self.H = brand.size

    # ------------------------------------------------------------------ pages
    def new(self, size=None, folio=True, label=None):
        if self.n:
            self.c.showPage()
        self.n += 1
        size = size or self.b.size
        self.c.setPageSize(size)
        self.W, self.H = size
        if folio:
            self.folio(label)
        return self.W, self.H

    def save(self) -> Path:
        self.c.showPage()
        self.c.save()
        return self.path

    def folio(self, label=None):
        b, c = self.b, self.c
        txt = b.folio.format(n=label if label is not None else self.n)
        c.setFont(b.B[0], 8)
        c.setFillColor(b.I)
        y = 9 * mm
        pos = b.folio_pos
        if pos == "outer":
            pos = "br" if self.n % 2 else "bl"
        if pos == "br":
            c.drawRightString(self.W - b.margin, y, txt)
            if b.running:
                c.setFillColor(colors.grey)
                c.drawString(b.margin, y, b.running)
        elif pos == "bl":
            c.drawString(b.margin, y, txt)
            if b.running:
                c.setFillColor(colors.grey)
                c.drawRightString(self.W - b.margin, y, b.running)
        else:
            c.drawCentredString(self.W / 2, y, txt)

    # ------------------------------------------------------------------ text
    def para(self, html, st, x, ytop, w):
        """Draw a paragraph with its top-left corner at (x, ytop); return its height."""
        p = Paragraph(html, st)
        _, h = p.wrap(w, 10000)
        p.drawOn(self.c, x, ytop - h)
        return h

    def paras(self, items, x, ytop, w, gap=4):
        """Draw (html, style) pairs one under another; return the y below the last."""
        y = ytop
        for html, st in items:
            y -= self.para(html, st, x, y, w) + gap
        return y

    def flow(self, story, frames):
        """Flow platypus flowables through frames given as (x, y, w, h); return what did not fit."""
        story = list(story)
        for (x, y, w, h) in frames:
            f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
            f.addFromList(story, self.c)
            if not story:
                break
        if story:
            raise RuntimeError(f"{self.path.name} p{self.n}: text does not fit ({len(story)} flowables left)")
        return story

    def lines(self, text, font, size, w):
        return simpleSplit(text, font, size, w)

    def centred(self, text, font, size, cx, ytop, w, colour, leading=None):
        """Wrap `text` to width w and draw it centred on cx from ytop down; return the y below it."""
        leading = leading or size * 1.2
        c = self.c
        c.setFont(font, size)
        c.setFillColor(colour)
        y = ytop - size
        for ln in simpleSplit(text, font, size, w):
            c.drawCentredString(cx, y, ln)
            y -= leading
        return y + leading - size * 0.3

    def left(self, text, font, size, x, ytop, w, colour, leading=None):
        leading = leading or size * 1.2
        c = self.c
        c.setFont(font, size)
        c.setFillColor(colour)
        y = ytop - size
        for ln in simpleSplit(text, font, size, w):
            c.drawString(x, y, ln)
            y -= leading
        return y + leading - size * 0.3

    def outlined(self, text, font, size, x, y, colour, width=1.2):
        """Big outlined (stroked, unfilled) text such as the numerals 01 02 03."""
        c = self.c
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setTextRenderMode(1)
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        t.textOut(text)
        t.setTextRenderMode(0)
        c.drawText(t)

    # ------------------------------------------------------------------ shapes
    def photo(self, x, y, w, h, seed=1, base="#1d2630"):
        """A stand-in for a photograph: a dark rectangle with soft, deterministic shapes."""
        c = self.c
        c.saveState()
        p = c.beginPath()
        p.rect(x, y, w, h)
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColor(hx(base))
        c.rect(x, y, w, h, stroke=0, fill=1)
        r, g, bl = hx(base).rgb()
        for k in range(7):
            f = 1.0 + 0.10 * ((seed * 7 + k * 3) % 5)
            c.setFillColor(colors.Color(min(r * f, 1), min(g * f, 1), min(bl * f, 1)))
            cx = x + w * (((seed * 37 + k * 53) % 100) / 100.0)
            cy = y + h * (((seed * 61 + k * 29) % 100) / 100.0)
            rad = min(w, h) * (0.25 + 0.08 * ((seed + k) % 4))
            c.circle(cx, cy, rad, stroke=0, fill=1)
        c.setFillColor(colors.Color(0, 0, 0, alpha=0.35))
        c.rect(x, y, w, h * 0.55, stroke=0, fill=1)
        c.restoreState()

    def icon(self, kind, cx, cy, r, colour, bg=None):
        """Simple pictograms drawn from shapes (no text)."""
        c = self.c
        c.saveState()
        if bg is not None:
            c.setFillColor(bg)
            c.circle(cx, cy, r, stroke=0, fill=1)
        c.setFillColor(colour)
        c.setStrokeColor(colour)
        c.setLineWidth(max(r * 0.09, 1))
        s = r * 0.55
        if kind == "house":
            p = c.beginPath()
            p.moveTo(cx - s, cy - s * 0.1)
            p.lineTo(cx, cy + s * 0.8)
            p.lineTo(cx + s, cy - s * 0.1)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.rect(cx - s * 0.7, cy - s * 0.9, s * 1.4, s * 0.85, stroke=0, fill=1)
        elif kind == "person":
            c.circle(cx, cy + s * 0.45, s * 0.32, stroke=0, fill=1)
            c.wedge(cx - s * 0.6, cy - s * 0.95, cx + s * 0.6, cy + s * 0.25, 0, 180, stroke=0, fill=1)
        elif kind == "shield":
            p = c.beginPath()
            p.moveTo(cx - s * 0.7, cy + s * 0.7)
            p.lineTo(cx + s * 0.7, cy + s * 0.7)
            p.lineTo(cx + s * 0.7, cy)
            p.curveTo(cx + s * 0.6, cy - s * 0.6, cx, cy - s * 0.9, cx, cy - s * 0.9)
            p.curveTo(cx, cy - s * 0.9, cx - s * 0.6, cy - s * 0.6, cx - s * 0.7, cy)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif kind == "car":
            c.roundRect(cx - s, cy - s * 0.3, s * 2, s * 0.6, s * 0.15, stroke=0, fill=1)
            c.roundRect(cx - s * 0.55, cy + s * 0.2, s * 1.1, s * 0.45, s * 0.15, stroke=0, fill=1)
            c.setFillColor(bg or colors.white)
            c.circle(cx - s * 0.55, cy - s * 0.35, s * 0.22, stroke=0, fill=1)
            c.circle(cx + s * 0.55, cy - s * 0.35, s * 0.22, stroke=0, fill=1)
        elif kind == "tree":
            c.circle(cx, cy + s * 0.25, s * 0.6, stroke=0, fill=1)
            c.rect(cx - s * 0.12, cy - s * 0.9, s * 0.24, s * 0.8, stroke=0, fill=1)
        elif kind == "heart":
            c.circle(cx - s * 0.32, cy + s * 0.2, s * 0.38, stroke=0, fill=1)
            c.circle(cx + s * 0.32, cy + s * 0.2, s * 0.38, stroke=0, fill=1)
            p = c.beginPath()
            p.moveTo(cx - s * 0.68, cy + s * 0.1)
            p.lineTo(cx + s * 0.68, cy + s * 0.1)
            p.lineTo(cx, cy - s * 0.8)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif kind == "lock":
            c.rect(cx - s * 0.6, cy - s * 0.8, s * 1.2, s * 0.9, stroke=0, fill=1)
            c.setFillColor(colors.white if bg is None else bg)
            c.circle(cx, cy - s * 0.35, s * 0.14, stroke=0, fill=1)
            c.arc(cx - s * 0.4, cy - s * 0.1, cx + s * 0.4, cy + s * 0.8, 0, 180)
        elif kind == "pill":
            c.roundRect(cx - s * 0.9, cy - s * 0.3, s * 1.8, s * 0.6, s * 0.3, stroke=0, fill=1)
            c.setStrokeColor(bg or colors.white)
            c.line(cx, cy - s * 0.3, cx, cy + s * 0.3)
        elif kind == "coin":
            c.circle(cx, cy, s * 0.75, stroke=0, fill=1)
            c.setFillColor(bg or colors.white)
            c.circle(cx, cy, s * 0.45, stroke=0, fill=1)
        elif kind == "eye":
            c.ellipse(cx - s * 0.9, cy - s * 0.45, cx + s * 0.9, cy + s * 0.45, stroke=0, fill=1)
            c.setFillColor(bg or colors.white)
            c.circle(cx, cy, s * 0.25, stroke=0, fill=1)
        elif kind == "wave":
            for k in range(3):
                yy = cy + s * (0.5 - 0.5 * k)
                p = c.beginPath()
                p.moveTo(cx - s, yy)
                p.curveTo(cx - s * 0.5, yy + s * 0.3, cx, yy - s * 0.3, cx + s * 0.1, yy)
                p.curveTo(cx + s * 0.4, yy + s * 0.3, cx + s * 0.7, yy - s * 0.3, cx + s, yy)
                c.drawPath(p, stroke=1, fill=0)
        elif kind == "store":
            c.rect(cx - s * 0.8, cy - s * 0.8, s * 1.6, s * 1.0, stroke=0, fill=1)
            for k in range(4):
                c.wedge(cx - s * 0.8 + k * s * 0.4, cy + s * 0.05, cx - s * 0.4 + k * s * 0.4, cy + s * 0.6,
                        180, 180, stroke=0, fill=1)
        else:  # dot
            c.circle(cx, cy, s * 0.5, stroke=0, fill=1)
        c.restoreState()

    # ------------------------------------------------------------------ headings
    def heading(self, text, ytop=None, kicker=None):
        """A page heading in the brand's style; return the y below it."""
        b, c = self.b, self.c
        m = b.margin
        y = ytop if ytop is not None else self.H - 20 * mm
        if kicker:
            c.setFont(b.Hd[1], 8)
            c.setFillColor(b.S)
            c.drawString(m, y, kicker.upper())
            y -= 5 * mm
        if b.heading == "band":
            c.setFillColor(b.P)
            c.rect(0, y - 12 * mm, self.W, 17 * mm, stroke=0, fill=1)
            c.setFont(b.Hd[1], 20)
            c.setFillColor(colors.white)
            c.drawString(m, y - 6 * mm, text)
            return y - 20 * mm
        if b.heading == "caps":
            c.setFont(b.Hd[1], 17)
            c.setFillColor(b.P)
            t = c.beginText(m, y - 6 * mm)
            t.setFont(b.Hd[1], 17)
            t.setCharSpace(1.5)
            t.textOut(text.upper())
            t.setCharSpace(0)
            c.drawText(t)
            c.setFillColor(b.A)
            c.rect(m, y - 10 * mm, 22 * mm, 1.8 * mm, stroke=0, fill=1)
            return y - 17 * mm
        if b.heading == "block":
            c.setFillColor(b.A)
            c.rect(m - 4 * mm, y - 9 * mm, 3 * mm, 12 * mm, stroke=0, fill=1)
            c.setFont(b.Hd[1], 22)
            c.setFillColor(b.P)
            c.drawString(m + 1 * mm, y - 6 * mm, text)
            return y - 16 * mm
        if b.heading == "bar":
            c.setFillColor(b.S)
            c.rect(0, self.H - 8 * mm, self.W, 8 * mm, stroke=0, fill=1)
            c.setFont(b.Hd[0], 24)
            c.setFillColor(b.P)
            c.drawString(m, y - 8 * mm, text)
            return y - 17 * mm
        # rule
        c.setFont(b.Hd[1], 21)
        c.setFillColor(b.P)
        c.drawString(m, y - 6 * mm, text)
        c.setStrokeColor(b.A)
        c.setLineWidth(1.5)
        c.line(m, y - 9.5 * mm, self.W - m, y - 9.5 * mm)
        return y - 16 * mm

    # ------------------------------------------------------------------ standard styles
    def st_body(self, size=9.5, colour=None, align=TA_LEFT):
        return style(self.b.B[0], size, colour or self.b.I, size * 1.38, align, space_after=size * 0.6)

    def st_bold(self, size=11, colour=None):
        return style(self.b.Hd[1], size, colour or self.b.P, size * 1.25, space_after=size * 0.35)

    def st_bullet(self, size=9.5, colour=None):
        return style(self.b.B[0], size, colour or self.b.I, size * 1.35, left=11, bullet=0, space_after=2.5)

    def story(self, blocks, size=9.5):
        """Turn simple blocks into flowables: ('h', text), ('p', html), ('b', [items]), ('s', pts)."""
        out = []
        for kind, val in blocks:
            if kind == "h":
                out.append(Paragraph(val, self.st_bold(size + 2)))
            elif kind == "p":
                out.append(Paragraph(val, self.st_body(size)))
            elif kind == "b":
                for it in val:
                    out.append(Paragraph(it, self.st_bullet(size), bulletText="\u2022"))
                out.append(Spacer(1, 4))
            elif kind == "s":
                out.append(Spacer(1, val))
            elif kind == "i":
                out.append(Paragraph(val, style(self.b.B[2], size, self.b.S, size * 1.4, space_after=6)))
        return out

    def table(self, header, rows, widths, x, ytop, size=8, head_fill=None, zebra=True, bold_first=False):
        """A brand-styled table drawn from (x, ytop); return the y below it."""
        b = self.b
        hs = style(b.Hd[1], size, colors.white, size * 1.25)
        cs = style(b.B[0], size, b.I, size * 1.3)
        fs = style(b.B[1], size, b.I, size * 1.3)
        data = [[Paragraph(h, hs) for h in header]]
        for r in rows:
            data.append([Paragraph(v, fs if (bold_first and i == 0) else cs) for i, v in enumerate(r)])
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("BACKGROUND", (0, 0), (-1, 0), head_fill or b.P), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(0.75, 0.75, 0.75)),
              ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
        if zebra:
            for i in range(2, len(data), 2):
                st.append(("BACKGROUND", (0, i), (-1, i), b.T))
        t.setStyle(TableStyle(st))
        _, h = t.wrap(sum(widths), 10000)
        t.drawOn(self.c, x, ytop - h)
        return ytop - h


from reportlab.platypus import Flowable  # noqa: E402


class Pull(Flowable):
    """A pull quote or sidebar set inside a column: rules above and below, large coloured text."""

    def __init__(self, text, font, size, colour, rule, attribution=None, afont=None, fill=None):
        super().__init__()
        self.p = Paragraph(text, style(font, size, colour, size * 1.22))
        self.a = Paragraph(attribution, style(afont or font, 7.5, colour, 9.5)) if attribution else None
        self.rule, self.fill = rule, fill

    def wrap(self, aw, ah):
        self.aw = aw
        _, self.h1 = self.p.wrap(aw - 8, ah)
        self.h2 = self.a.wrap(aw - 8, ah)[1] if self.a else 0
        self.h = self.h1 + self.h2 + 22
        return aw, self.h

    def draw(self):
        c = self.canv
        if self.fill is not None:
            c.setFillColor(self.fill)
            c.rect(0, 4, self.aw, self.h - 8, stroke=0, fill=1)
        c.setStrokeColor(self.rule)
        c.setLineWidth(2)
        c.line(0, self.h - 4, self.aw, self.h - 4)
        c.line(0, 4, self.aw, 4)
        self.p.drawOn(c, 4, self.h - 10 - self.h1)
        if self.a:
            self.a.drawOn(c, 4, 9)
