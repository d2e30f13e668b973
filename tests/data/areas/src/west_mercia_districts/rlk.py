"""Canvas-level reportlab helpers for the west_mercia_districts area (dashboards and assessments).

Every page is drawn explicitly, so page numbers are known when the contents page is drawn.  reportlab runs
with invariant=1 (fixed dates and ids), so the output is byte-identical from build to build.
"""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

__all__ = ["colors", "mm", "A4", "landscape", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "ParagraphStyle",
           "Paragraph", "Table", "TableStyle", "Doc", "face", "C", "S", "heat_colour"]

_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
         "/usr/share/fonts/truetype/liberation2"]
_FACES = {
    "sans": ("LiberationSans-Regular", "LiberationSans-Bold"),
    "narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold"),
    "serif": ("LiberationSerif-Regular", "LiberationSerif-Bold"),
    "dejavu": ("DejaVuSans", "DejaVuSans-Bold"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
    "dserif": ("DejaVuSerif", "DejaVuSerif-Bold"),
}
_DONE: set[str] = set()


def face(name: str) -> tuple[str, str]:
    """(regular, bold) font names of a family, registered on first use."""
    out = []
    for f in _FACES[name]:
        if f not in _DONE:
            for d in _DIRS:
                p = Path(d) / (f + ".ttf")
                if p.exists():
                    pdfmetrics.registerFont(TTFont(f, str(p)))
                    _DONE.add(f)
                    break
            else:
                raise FileNotFoundError(f)
        out.append(f)
    return out[0], out[1]


def C(h: str):
    return colors.HexColor(h)


def S(name, font, size, colour="#222222", lead=None, align=TA_LEFT, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          textColor=C(colour) if isinstance(colour, str) else colour, alignment=align, **kw)


class Doc:
    """A canvas with a cursor-free drawing API: every call says where to draw."""

    def __init__(self, path: Path, title: str, author: str, pagesize=A4, subject: str = ""):
        self.path = Path(path)
        self.c = canvas.Canvas(str(self.path), pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(subject)
        self.c.setCreator("reportlab")
        self.W, self.H = pagesize
        self.page = 1

    # ------------------------------------------------------------------ pages
    def next(self):
        self.c.showPage()
        self.page += 1

    def save(self) -> Path:
        self.c.save()
        return self.path

    # ------------------------------------------------------------------ primitives
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        if fill is not None:
            c.setFillColor(C(fill) if isinstance(fill, str) else fill)
        if stroke is not None:
            c.setStrokeColor(C(stroke) if isinstance(stroke, str) else stroke)
            c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x1, y1, x2, y2, colour="#999999", lw=0.6, dash=None):
        c = self.c
        c.setStrokeColor(C(colour))
        c.setLineWidth(lw)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, y1, x2, y2)
        c.setDash([], 0)

    def string(self, x, y, text, font, size, colour="#222222", align="left"):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(C(colour))
        {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align](x, y, text)

    def para(self, x, ytop, w, html, style) -> float:
        """Draw a paragraph with its top at ytop; return its height."""
        p = Paragraph(html, style)
        _, h = p.wrap(w, 10000)
        p.drawOn(self.c, x, ytop - h)
        return h

    def paras(self, x, ytop, w, items, gap=4) -> float:
        """Draw (html, style) pairs one under another; return the y under the last."""
        y = ytop
        for html, style in items:
            y -= self.para(x, y, w, html, style) + gap
        return y

    def table(self, x, ytop, rows, widths, style_cmds, row_heights=None) -> float:
        t = Table(rows, colWidths=widths, rowHeights=row_heights)
        t.setStyle(TableStyle(style_cmds))
        _, h = t.wrap(sum(widths), 10000)
        t.drawOn(self.c, x, ytop - h)
        return ytop - h

    # ------------------------------------------------------------------ charts
    def spark(self, x, y, w, h, values, colour, lw=1.1, dot=True):
        lo, hi = min(values), max(values)
        span = (hi - lo) or 1
        pts = [(x + i * w / (len(values) - 1), y + (v - lo) / span * h) for i, v in enumerate(values)]
        c = self.c
        c.setStrokeColor(C(colour))
        c.setLineWidth(lw)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        c.drawPath(p, stroke=1, fill=0)
        if dot:
            c.setFillColor(C(colour))
            c.circle(*pts[-1], 1.6, stroke=0, fill=1)

    def hbars(self, x, ytop, w, labels, values, colour, font, size=7.5, bar_h=9, gap=4, label_w=None,
              fmt="{:,}", track="#EEEEEE"):
        """Horizontal bar chart: label left, bar, value right.  Returns the y under it."""
        label_w = label_w or w * 0.38
        top = max(values) or 1
        y = ytop
        for lab, v in zip(labels, values):
            y -= bar_h
            self.string(x, y + 2, lab, font, size, "#333333")
            bw = (w - label_w - 30) * v / top
            self.rect(x + label_w, y, w - label_w - 30, bar_h, fill=track)
            self.rect(x + label_w, y, bw, bar_h, fill=colour)
            self.string(x + w, y + 2, fmt.format(v), font, size, "#333333", align="right")
            y -= gap
        return y

    def vbars(self, x, y, w, h, labels, series, colours, font, size=6.5, legend=None):
        """Grouped column chart with x-axis labels and an optional legend under it."""
        n, k = len(labels), len(series)
        top = max(max(s) for s in series) or 1
        slot = w / n
        bw = slot * 0.7 / k
        self.line(x, y, x + w, y, "#777777", 0.5)
        for gi in range(1, 4):
            yy = y + h * gi / 4
            self.line(x, yy, x + w, yy, "#DDDDDD", 0.3)
            self.string(x - 2, yy - 2, f"{round(top * gi / 4):,}", font, size - 1, "#777777", align="right")
        for i, lab in enumerate(labels):
            for j, s in enumerate(series):
                bh = h * s[i] / top
                self.rect(x + i * slot + slot * 0.15 + j * bw, y, bw - 0.6, bh, fill=colours[j])
            self.string(x + i * slot + slot / 2, y - size - 2, lab, font, size, "#444444", align="centre")
        if legend:
            lx = x
            for name, col in zip(legend, colours):
                self.rect(lx, y - 2 * size - 9, 6, 6, fill=col)
                self.string(lx + 9, y - 2 * size - 8, name, font, size, "#444444")
                lx += 14 + pdfmetrics.stringWidth(name, font, size) + 8

    def donut(self, cx, cy, r, parts, colours, hole="#FFFFFF", width=0.42):
        total = sum(parts) or 1
        start = 90.0
        c = self.c
        for v, col in zip(parts, colours):
            ext = -360.0 * v / total
            c.setFillColor(C(col))
            c.setStrokeColor(C("#FFFFFF"))
            c.setLineWidth(0.8)
            c.wedge(cx - r, cy - r, cx + r, cy + r, start, ext, stroke=1, fill=1)
            start += ext
        c.setFillColor(C(hole))
        c.circle(cx, cy, r * (1 - width), stroke=0, fill=1)

    def contents(self, x, ytop, w, entries, font, bold, size=11, colour="#222222", leader=".", step=20,
                 num_colour=None):
        """entries: (text, page, level).  Dot-leader lines."""
        y = ytop
        for text, page, level in entries:
            f = bold if level == 0 else font
            ind = 0 if level == 0 else 14
            self.string(x + ind, y, text, f, size, colour)
            tw = pdfmetrics.stringWidth(text, f, size)
            num = str(page)
            nw = pdfmetrics.stringWidth(num, f, size)
            if leader:
                lw = pdfmetrics.stringWidth(leader + " ", font, size)
                start = x + ind + tw + 6
                cnt = int((x + w - nw - 6 - start) / lw)
                self.string(start, y, (leader + " ") * max(cnt, 0), font, size, "#999999")
            self.string(x + w, y, num, f, size, num_colour or colour, align="right")
            y -= step
        return y


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def heat_colour(v: float, lo: float, hi: float, ramp=("#fbe9ec", "#f2b8c2", "#dd6b80", "#b0243b")) -> str:
    t = 0 if hi == lo else (v - lo) / (hi - lo)
    return ramp[min(int(t * (len(ramp) - 1) + 0.5), len(ramp) - 1)]
