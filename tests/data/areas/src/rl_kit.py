"""Small reportlab toolkit for the designed brochures and slide decks."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and ids: deterministic output

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

__all__ = ["colors", "mm", "A4", "landscape", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "ParagraphStyle",
           "Paragraph", "Spacer", "Table", "TableStyle", "PageBreak", "FrameBreak", "NextPageTemplate",
           "KeepTogether", "CondPageBreak", "Flowable", "Frame", "PageTemplate", "BaseDocTemplate",
           "fonts", "Banner", "Label", "Marker", "ContentsLine", "Tiles", "bullets", "RuledBox",
           "make_doc", "hexc", "brochure_templates"]

_FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
              "/usr/share/fonts/truetype/liberation2"]
_REGISTERED: set[str] = set()


def _find(fname: str) -> str | None:
    for d in _FONT_DIRS:
        p = Path(d) / fname
        if p.exists():
            return str(p)
    return None


def fonts(family: str) -> tuple[str, str]:
    """Return (regular, bold) font names, registering TTFs when needed."""
    table = {
        "helvetica": ("Helvetica", "Helvetica-Bold"),
        "times": ("Times-Roman", "Times-Bold"),
        "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        "dejavu-cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
        "liberation-sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        "liberation-serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
        "liberation-narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
    }
    reg, bold = table[family]
    if not reg.endswith(".ttf"):
        return reg, bold
    out = []
    for f in (reg, bold):
        name = f[:-4]
        if name not in _REGISTERED:
            path = _find(f)
            if path is None:  # fall back to a base-14 font
                return ("Helvetica", "Helvetica-Bold")
            pdfmetrics.registerFont(TTFont(name, path))
            _REGISTERED.add(name)
        out.append(name)
    return out[0], out[1]


def hexc(s: str):
    return colors.HexColor(s)


class Marker(Flowable):
    """Zero-size flowable that records the page it lands on."""

    def __init__(self, key: str, sink: dict):
        super().__init__()
        self.key, self.sink = key, sink

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.sink.setdefault(self.key, self.canv.getPageNumber())


class Label(Flowable):
    """A small spaced-out label line such as 'OBJECTIVE 2', optionally with a rule."""

    def __init__(self, text, font, size, colour, rule=True, space=4):
        super().__init__()
        self.text, self.font, self.size, self.colour, self.rule, self.space = text, font, size, colour, rule, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.space + 2

    def draw(self):
        c = self.canv
        c.setFillColor(self.colour)
        c.setFont(self.font, self.size)
        c.drawString(0, self.space, self.text)
        if self.rule:
            w = pdfmetrics.stringWidth(self.text, self.font, self.size)
            c.setStrokeColor(self.colour)
            c.setLineWidth(1.2)
            c.line(w + 6, self.space + self.size * 0.35, min(w + 60, self.aw), self.space + self.size * 0.35)


class Banner(Flowable):
    """Coloured band with a wrapped heading; may bleed to the page edges."""

    def __init__(self, text, style, fill, pad=8, bleed_left=0, bleed_right=0, accent=None):
        super().__init__()
        self.para = Paragraph(text, style)
        self.fill, self.pad, self.bl, self.br, self.accent = fill, pad, bleed_left, bleed_right, accent

    def wrap(self, aw, ah):
        self.aw = aw
        _, h = self.para.wrap(aw - 2 * self.pad, ah)
        self.h = h + 2 * self.pad
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.fill)
        c.rect(-self.bl, 0, self.aw + self.bl + self.br, self.h, stroke=0, fill=1)
        if self.accent is not None:
            c.setFillColor(self.accent)
            c.rect(-self.bl, 0, 6 + self.bl, self.h, stroke=0, fill=1)
        self.para.drawOn(c, self.pad + (6 if self.accent is not None else 0), self.pad)


class ContentsLine(Flowable):
    """Contents entry with a dot leader and a right-aligned page number."""

    def __init__(self, text, page, font, size, colour=colors.black, indent=0, leader=True, gap=6):
        super().__init__()
        self.text, self.page, self.font, self.size = text, page, font, size
        self.colour, self.indent, self.leader, self.gap = colour, indent, leader, gap

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.gap

    def draw(self):
        c = self.canv
        c.setFillColor(self.colour)
        c.setFont(self.font, self.size)
        c.drawString(self.indent, self.gap / 2, self.text)
        num = str(self.page)
        c.drawRightString(self.aw, self.gap / 2, num)
        if self.leader:
            x0 = self.indent + pdfmetrics.stringWidth(self.text, self.font, self.size) + 4
            x1 = self.aw - pdfmetrics.stringWidth(num, self.font, self.size) - 4
            dot = pdfmetrics.stringWidth(".", self.font, self.size) + 1.2
            n = int((x1 - x0) / dot)
            if n > 0:
                t = c.beginText(x1 - n * dot, self.gap / 2)
                t.setFont(self.font, self.size)
                t.setCharSpace(1.2)
                t.textOut("." * n)
                c.drawText(t)


class RuledBox(Flowable):
    """A filled box holding a list of flowables (case study, quote, note)."""

    def __init__(self, flowables, fill, pad=8, border=None):
        super().__init__()
        self.items, self.fill, self.pad, self.border = flowables, fill, pad, border

    def wrap(self, aw, ah):
        self.aw = aw
        self.sizes = [f.wrap(aw - 2 * self.pad, ah) for f in self.items]
        self.h = sum(h for _, h in self.sizes) + 2 * self.pad + 2 * (len(self.items) - 1)
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(self.fill)
        if self.border is not None:
            c.setStrokeColor(self.border)
            c.setLineWidth(1)
        c.roundRect(0, 0, self.aw, self.h, 4, stroke=1 if self.border is not None else 0, fill=1)
        y = self.h - self.pad
        for f, (_, h) in zip(self.items, self.sizes):
            y -= h
            f.drawOn(c, self.pad, y)
            y -= 2


def Tiles(items, cols, width, num_style, cap_style, fills, height=None, gap=6):
    """Statistic tiles: items are (number, caption)."""
    rows, row = [], []
    for i, (n, cap) in enumerate(items):
        row.append([Paragraph(n, num_style), Paragraph(cap, cap_style)])
        if len(row) == cols:
            rows.append(row)
            row = []
    if row:
        while len(row) < cols:
            row.append("")
        rows.append(row)
    cw = width / cols
    t = Table(rows, colWidths=[cw] * cols, rowHeights=height)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8),
          ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 8),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
          ("GRID", (0, 0), (-1, -1), gap, colors.white)]
    k = 0
    for r in range(len(rows)):
        for cidx in range(cols):
            if rows[r][cidx] != "":
                st.append(("BACKGROUND", (cidx, r), (cidx, r), fills[k % len(fills)]))
                k += 1
    t.setStyle(TableStyle(st))
    return t


def bullets(items, style, bullet="\u2022", indent=10):
    out = []
    for it in items:
        out.append(Paragraph(it, style, bulletText=bullet))
    return out


def brochure_templates(pagesize, theme, cover_fn, back_fn, header_fn, banner_h=62 * mm):
    """Page templates: cover, single, section (banner frame + 2 columns), twocol, back."""
    W, H = pagesize
    m_l, m_r, m_t, m_b = theme.get("margins", (18 * mm, 18 * mm, 24 * mm, 22 * mm))
    gut = theme.get("gutter", 8 * mm)
    cw = (W - m_l - m_r - gut) / 2
    body_h = H - m_t - m_b
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    t = []
    t.append(PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover_fn))
    t.append(PageTemplate("single", [Frame(m_l, m_b, W - m_l - m_r, body_h, id="s", **pad)], onPage=header_fn))
    t.append(PageTemplate("section", [
        Frame(m_l, H - m_t - banner_h, W - m_l - m_r, banner_h, id="top", **pad),
        Frame(m_l, m_b, cw, body_h - banner_h - 4 * mm, id="c1", **pad),
        Frame(m_l + cw + gut, m_b, cw, body_h - banner_h - 4 * mm, id="c2", **pad)], onPage=header_fn))
    t.append(PageTemplate("twocol", [
        Frame(m_l, m_b, cw, body_h, id="a1", **pad),
        Frame(m_l + cw + gut, m_b, cw, body_h, id="a2", **pad)], onPage=header_fn))
    t.append(PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back_fn))
    return t


def make_doc(path, pagesize, templates, title, author, subject=""):
    doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=author, subject=subject,
                          creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0,
                          bottomMargin=0)
    doc.addPageTemplates(templates)
    return doc
