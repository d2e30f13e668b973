"""Build helpers for the leicestershire_districts area (written for this area only).

Every document here is built page by page: each entry of `pages` is one printed page, so the contents
page can give fixed page numbers, and `build_rl` / `build_html` fail loudly if any page overflows.
"""
from __future__ import annotations

import html as _html
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from rl_kit import (A4, ContentsLine, Flowable, Frame, NextPageTemplate, PageBreak,  # noqa: E402
                    PageTemplate, Paragraph, ParagraphStyle, Spacer, Table, TableStyle,
                    TA_CENTER, colors, fonts, hexc, landscape, make_doc, mm)
from reportlab.pdfbase import pdfmetrics  # noqa: E402

WORK = Path("/tmp/leicestershire_districts_build")
ILLUS = "All figures on this page are illustrative, for this fictional re-creation; they are not official statistics."


# ------------------------------------------------------------------ styles
def styles(t: dict) -> dict:
    reg, bold = fonts(t.get("font", "helvetica"))
    hreg, hbold = fonts(t.get("hfont", t.get("font", "helvetica")))
    ink = hexc(t.get("ink", "#222222"))
    main = hexc(t["main"])
    s = {
        "reg": reg, "bold": bold, "hbold": hbold, "hreg": hreg, "main": main, "ink": ink,
        "acc": hexc(t.get("acc", t["main"])), "pale": hexc(t.get("pale", "#EEEEEE")),
        "h1": ParagraphStyle("h1", fontName=hbold, fontSize=t.get("h1", 20), leading=t.get("h1", 20) * 1.2,
                             textColor=main, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=hbold, fontSize=12.5, leading=15, textColor=main, spaceBefore=6,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=reg, fontSize=t.get("size", 9.6), leading=t.get("size", 9.6) * 1.38,
                               textColor=ink, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=reg, fontSize=7.6, leading=9.6, textColor=hexc("#555555")),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=8.4, leading=10.4, textColor=ink),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=8.6, leading=10.6, textColor=ink),
        "head": ParagraphStyle("head", fontName=bold, fontSize=8.4, leading=10.2, textColor=colors.white),
        "tile_n": ParagraphStyle("tn", fontName=hbold, fontSize=19, leading=22, textColor=colors.white),
        "tile_c": ParagraphStyle("tc", fontName=reg, fontSize=8.2, leading=10, textColor=colors.white),
    }
    s["bullet"] = ParagraphStyle("bul", parent=s["body"], leftIndent=11, bulletIndent=1, spaceAfter=3)
    return s


def P(text, st):
    return Paragraph(text, st)


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def grid_table(S, header, rows, widths, head_fill=None, zebra=True, bold_first=False, fs=None):
    """A plain styled table: header row filled, body rows zebra-striped."""
    data = [[P(h, S["head"]) for h in header]]
    for r in rows:
        data.append([c if not isinstance(c, str) else P(c, S["cellb"] if (bold_first and i == 0) else S["cell"])
                     for i, c in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), head_fill or S["main"]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#BBBBBB")),
          ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if zebra:
        for i in range(2, len(data), 2):
            st.append(("BACKGROUND", (0, i), (-1, i), S["pale"]))
    t.setStyle(TableStyle(st))
    return t


def bullets(S, items):
    return [Paragraph(i, S["bullet"], bulletText="\u2022") for i in items]


def tiles(S, items, width, cols=3, fills=None):
    """Statistic tiles: (number, caption)."""
    fills = fills or [S["main"], S["acc"]]
    rows, row = [], []
    for n, c in items:
        row.append([P(n, S["tile_n"]), P(c, S["tile_c"])])
        if len(row) == cols:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (cols - len(row)))
    t = Table(rows, colWidths=[width / cols] * cols)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 5, colors.white),
          ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
          ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    k = 0
    for r in range(len(rows)):
        for c in range(cols):
            if rows[r][c] != "":
                st.append(("BACKGROUND", (c, r), (c, r), fills[k % len(fills)]))
                k += 1
    t.setStyle(TableStyle(st))
    return t


def contents(S, entries, title="Contents"):
    out = [P(title, S["h1"]), Spacer(1, 6)]
    for text, page in entries:
        out.append(ContentsLine(text, page, S["reg"], 10.5, S["ink"], gap=9))
    return out


def section(S, title, blocks):
    """blocks: str (paragraph), ('h2', str), ('bul', [..]), ('sp', n), or a flowable."""
    out = [P(title, S["h1"])]
    for b in blocks:
        if isinstance(b, str):
            out.append(P(b, S["body"]))
        elif isinstance(b, tuple) and b[0] == "h2":
            out.append(P(b[1], S["h2"]))
        elif isinstance(b, tuple) and b[0] == "bul":
            out += bullets(S, b[1])
        elif isinstance(b, tuple) and b[0] == "sp":
            out.append(Spacer(1, b[1]))
        elif isinstance(b, tuple) and b[0] == "small":
            out.append(P(b[1], S["small"]))
        else:
            out.append(b)
    return out


# ------------------------------------------------------------------ reportlab documents
class _Count(Flowable):
    def __init__(self, sink, i):
        super().__init__()
        self.sink, self.i = sink, i

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.sink[self.i] = self.canv.getPageNumber()


def build_rl(path: Path, meta: dict, t: dict, pages: list, cover, back=None, chrome=None, margins=None):
    """pages: list of (kind, [flowables]) for pages 2..; kind 'p' portrait, 'l' landscape.
    cover(canvas, doc) draws page 1; back(canvas, doc) draws the last page if given; chrome(canvas, doc,
    n, landscape) draws running heads and folios on body pages."""
    W, H = A4
    ml, mr, mt, mb = margins or (20 * mm, 20 * mm, 24 * mm, 22 * mm)
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on(kind):
        def f(c, d):
            c.saveState()
            chrome(c, d, c.getPageNumber(), kind == "l")
            c.restoreState()
        return f

    LW, LH = landscape(A4)
    tpls = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover, pagesize=A4),
            PageTemplate("p", [Frame(ml, mb, W - ml - mr, H - mt - mb, id="b", **pad)], onPage=on("p"),
                         pagesize=A4),
            PageTemplate("l", [Frame(ml, mb - 4 * mm, LW - ml - mr, LH - mt - mb + 4 * mm, id="lb", **pad)],
                         onPage=on("l"), pagesize=landscape(A4))]
    if back:
        tpls.append(PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back, pagesize=A4))
    doc = make_doc(path, A4, tpls, meta["title"], meta["author"], meta.get("subject", ""))
    sink: dict[int, int] = {}
    story = [Spacer(1, 1)]
    kinds = [k for k, _ in pages] + (["back"] if back else [])
    for i, kind in enumerate(kinds):
        story += [NextPageTemplate(kind), PageBreak(), _Count(sink, i)]
        if i < len(pages):
            story += pages[i][1]
        else:
            story.append(Spacer(1, 1))
    doc.build(story)
    want = len(kinds) + 1
    got = [sink.get(i) for i in range(len(kinds))]
    if got != list(range(2, want + 1)):
        raise RuntimeError(f"{Path(path).name}: page overflow, pages start at {got}")
    return Path(path)


def text_width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap_lines(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if text_width(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_lines(c, lines, x, y, font, size, lead, centre=False):
    """Draw lines top-down from baseline y; returns y after the last line."""
    c.setFont(font, size)
    for ln in lines:
        if centre:
            c.drawCentredString(x, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= lead
    return y


# ------------------------------------------------------------------ HTML documents (Chromium)
def build_html(out_pdf: Path, name: str, css: str, pages: list[str], title: str):
    """pages: HTML of each page; every page is a fixed A4 box (overflow is checked in the PDF)."""
    from common import chromium_to_pdf, num_pages

    WORK.mkdir(parents=True, exist_ok=True)
    body = "\n".join(f'<section class="page {cls}">{inner}</section>' for cls, inner in pages)
    doc = (f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>"
           f"<style>{css}</style></head><body>{body}</body></html>")
    src = WORK / f"{name}.html"
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out_pdf)
    n = num_pages(out_pdf)
    if n != len(pages):
        raise RuntimeError(f"{out_pdf.name}: {n} pages printed, {len(pages)} designed (overflow?)")
    return Path(out_pdf)
