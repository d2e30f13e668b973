"""Page-by-page reportlab mechanics for the norfolk_districts area.

Every document is written as a list of pages; each page is a list of flowables that must fit its frame (the build
fails if any page overflows, so the page numbers in the contents are known before building).  A house style is a
dict of fonts and colours; the page decoration (cover, bands, footers, tabs) is a function the module passes in.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rl_kit import fonts, hexc  # noqa: E402  (shared: font registration only)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402,F401
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402,F401
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402,F401
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402,F401
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate,  # noqa: E402,F401
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from common import num_pages  # noqa: E402


def house(font: str, head: str, **cols) -> dict:
    reg, bold = fonts(font)
    hreg, hbold = fonts(head)
    h = {"reg": reg, "bold": bold, "hreg": hreg, "hbold": hbold}
    for k, v in cols.items():
        h[k] = hexc(v) if isinstance(v, str) and v.startswith("#") else v
    return h


def styles(h: dict, size: float = 9.6) -> dict[str, ParagraphStyle]:
    ink = h.get("ink", colors.HexColor("#222222"))
    acc = h.get("accent", colors.black)
    s = {
        "body": ParagraphStyle("body", fontName=h["reg"], fontSize=size, leading=size * 1.42, textColor=ink,
                               spaceAfter=size * 0.6),
        "small": ParagraphStyle("small", fontName=h["reg"], fontSize=size - 1.6, leading=(size - 1.6) * 1.35,
                                textColor=ink, spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName=h["hbold"], fontSize=size + 11, leading=(size + 11) * 1.18,
                             textColor=acc, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=h["hbold"], fontSize=size + 4.5, leading=(size + 4.5) * 1.25,
                             textColor=h.get("accent2", acc), spaceBefore=6, spaceAfter=5),
        "h3": ParagraphStyle("h3", fontName=h["bold"], fontSize=size + 1, leading=(size + 1) * 1.3,
                             textColor=ink, spaceBefore=4, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=h["reg"], fontSize=size - 1.4, leading=(size - 1.4) * 1.3,
                               textColor=ink),
        "cellb": ParagraphStyle("cellb", fontName=h["bold"], fontSize=size - 1.4, leading=(size - 1.4) * 1.3,
                                textColor=ink),
        "cellh": ParagraphStyle("cellh", fontName=h["bold"], fontSize=size - 1.4, leading=(size - 1.4) * 1.3,
                                textColor=colors.white),
        "bullet": ParagraphStyle("bullet", fontName=h["reg"], fontSize=size, leading=size * 1.42, textColor=ink,
                                 leftIndent=12, bulletIndent=2, spaceAfter=2),
    }
    return s


def P(text: str, style: ParagraphStyle, **kw) -> Paragraph:
    return Paragraph(text, style, **kw)


def bullets(items, style, mark="\u2022"):
    return [Paragraph(t, style, bulletText=mark) for t in items]


def grid(rows, widths, st, head_bg=None, line=None, zebra=None, pad=4, extra=()):
    """A table of Paragraph cells; the first row is a header row when head_bg is given."""
    data = []
    for r, row in enumerate(rows):
        out = []
        for c in row:
            if isinstance(c, str):
                style = st["cellh"] if (r == 0 and head_bg is not None) else st["cell"]
                out.append(Paragraph(c, style))
            else:
                out.append(c)
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if head_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if line is not None:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, line))
    if zebra is not None:
        for r in range(1 if head_bg is not None else 0, len(rows), 2):
            cmds.append(("BACKGROUND", (0, r), (-1, r), zebra))
    cmds += list(extra)
    t.setStyle(TableStyle(cmds))
    return t


class Fill(Flowable):
    """A coloured block of fixed height (a spacer that shows)."""

    def __init__(self, h, fill, w=None):
        super().__init__()
        self.h, self.fill, self.w = h, fill, w

    def wrap(self, aw, ah):
        self.aw = self.w or aw
        return self.aw, self.h

    def draw(self):
        self.canv.setFillColor(self.fill)
        self.canv.rect(0, 0, self.aw, self.h, stroke=0, fill=1)


def build_pages(path: Path, pages: list[list], deco, title: str, author: str, pagesize=A4,
                margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm), cover_frame=None, frames=None) -> Path:
    """Build `pages` (page 1 = cover) into `path`.  deco(canvas, pageno) draws the page furniture.  margins =
    (left, right, top, bottom) of the body frame; cover_frame = (x, y, w, h) of the cover's frame; frames: optional
    {pageno: (x, y, w, h)} for pages with a frame of their own."""
    W, H = pagesize
    l, r, t, b = margins
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(c, d):
        c.saveState()
        deco(c, c.getPageNumber())
        c.restoreState()

    cf = cover_frame or (l, b, W - l - r, H - t - b)
    tpls = [PageTemplate("cover", [Frame(*cf, id="cover", **pad)], onPage=on_page),
            PageTemplate("body", [Frame(l, b, W - l - r, H - t - b, id="body", **pad)], onPage=on_page)]
    frames = frames or {}
    for n, f in frames.items():
        tpls.append(PageTemplate(f"p{n}", [Frame(*f, id=f"f{n}", **pad)], onPage=on_page))
    doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=author, creator="norfolk_districts test data",
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.addPageTemplates(tpls)
    story = []
    for i, pg in enumerate(pages, start=1):
        nxt = i + 1
        story += pg
        if i < len(pages):
            story.append(NextPageTemplate(f"p{nxt}" if nxt in frames else "body"))
            story.append(PageBreak())
    doc.build(story)
    n = num_pages(path)
    if n != len(pages):
        raise RuntimeError(f"{path.name}: {n} pages built from {len(pages)} page lists (a page overflows)")
    return path

