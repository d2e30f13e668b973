"""Page-by-page builders for the humberside_districts area (outcome-based and logic-model documents).

Two producers:
- `rl_pages`: reportlab (invariant=1). A document is a list of pages; each page is a list of flowables that
  must fit on one page (the build fails if the page count comes out different), so every page number is known
  before the build and contents pages need no second pass.
- `html_pages`: HTML/CSS printed by headless Chromium, one fixed-size <section> per page, then
  common.normalise_pdf.
"""
from __future__ import annotations

import html as _html
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True

from rl_kit import (A4, BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,  # noqa: E402
                    ParagraphStyle, Spacer, Table, TableStyle, colors, fonts, hexc, mm, TA_CENTER)
from common import chromium_to_pdf  # noqa: E402

STRAT = "strategies"


def count_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    for ln in out.splitlines():
        if ln.startswith("Pages:"):
            return int(ln.split()[1])
    return 0


# ----------------------------------------------------------------------------------------------- reportlab
def styles(family: str, head_family: str, accent: str, ink: str = "#222222", size: float = 9.6) -> dict:
    reg, bold = fonts(family)
    hreg, hbold = fonts(head_family)
    a, k = hexc(accent), hexc(ink)
    s = {
        "reg": reg, "bold": bold, "hreg": hreg, "hbold": hbold, "accent": a, "ink": k,
        "h1": ParagraphStyle("h1", fontName=hbold, fontSize=19, leading=23, textColor=a, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=hbold, fontSize=12.5, leading=15.5, textColor=k, spaceBefore=6,
                             spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=10.5, leading=13, textColor=a, spaceBefore=4,
                             spaceAfter=2),
        "body": ParagraphStyle("body", fontName=reg, fontSize=size, leading=size * 1.42, textColor=k,
                               spaceAfter=5),
        "small": ParagraphStyle("small", fontName=reg, fontSize=7.6, leading=9.6, textColor=hexc("#555555")),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=8.2, leading=10.2, textColor=k),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=8.2, leading=10.2, textColor=k),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=8.2, leading=10.2, textColor=colors.white),
        "bullet": ParagraphStyle("bullet", fontName=reg, fontSize=size, leading=size * 1.38, textColor=k,
                                 leftIndent=12, bulletIndent=2, spaceAfter=2),
        "kicker": ParagraphStyle("kicker", fontName=bold, fontSize=8, leading=10, textColor=a, spaceAfter=2),
        "quote": ParagraphStyle("quote", fontName=reg, fontSize=10.5, leading=14.5, textColor=a, leftIndent=10,
                                spaceAfter=6),
        "toc": ParagraphStyle("toc", fontName=reg, fontSize=11, leading=15, textColor=k),
        "center": ParagraphStyle("center", fontName=reg, fontSize=size, leading=size * 1.4, textColor=k,
                                 alignment=TA_CENTER),
    }
    return s


def esc(t: str) -> str:
    return _html.escape(t, quote=False)


def grid(rows, widths, S, head_fill="#333333", zebra="#F2F2F2", bold_first=False, line="#BBBBBB",
         pad=4):
    """A table of Paragraph cells; the first row is a header."""
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            if isinstance(cell, str):
                st = S["cellh"] if r == 0 else (S["cellb"] if bold_first and c == 0 else S["cell"])
                cell = Paragraph(cell, st)
            out.append(cell)
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [("BACKGROUND", (0, 0), (-1, 0), hexc(head_fill)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc(line)),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    for r in range(2, len(data), 2):
        st.append(("BACKGROUND", (0, r), (-1, r), hexc(zebra)))
    t.setStyle(TableStyle(st))
    return t


def bl(items, S, mark="\u2022"):
    return [Paragraph(i, S["bullet"], bulletText=mark) for i in items]


def rl_pages(path: Path, *, title: str, author: str, pages: list, cover, chrome, pagesize=A4,
             margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm)) -> Path:
    """pages[0] is the cover (drawn by `cover(canvas, W, H)`); pages[1:] are lists of flowables drawn inside
    the margins with `chrome(canvas, W, H, page_no)` (running header and footer)."""
    W, H = pagesize
    ml, mr, mt, mb = margins
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_cover(c, d):
        c.saveState()
        cover(c, W, H)
        c.restoreState()

    def on_body(c, d):
        c.saveState()
        chrome(c, W, H, c.getPageNumber())
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=author, subject=title,
                          creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0,
                          bottomMargin=0)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=on_cover),
        PageTemplate("body", [Frame(ml, mb, W - ml - mr, H - mt - mb, id="b", **pad)], onPage=on_body),
    ])
    story = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
    body = pages[1:]
    for i, pg in enumerate(body):
        story += list(pg)
        if i < len(body) - 1:
            story.append(PageBreak())
    doc.build(story)
    n = count_pages(path)
    if n != len(pages):
        raise RuntimeError(f"{path.name}: {n} pages, designed {len(pages)} (a page overflowed)")
    return path


# ------------------------------------------------------------------------------------------------ Chromium
BASE_CSS = """
@page { size: %(w)s %(h)s; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
section.page { width: %(w)s; height: %(h)s; position: relative; overflow: hidden;
               page-break-after: always; break-after: page; }
section.page:last-child { page-break-after: auto; break-after: auto; }
"""


def html_pages(path: Path, *, title: str, css: str, pages: list[str], landscape: bool = False,
               lang: str = "en-GB") -> Path:
    """Print `pages` (inner HTML of each page) with Chromium. Each page string is placed in its own
    <section class="page p{n}">."""
    w, h = ("297mm", "210mm") if landscape else ("210mm", "297mm")
    body = "\n".join(f'<section class="page p{i}">{pg}</section>' for i, pg in enumerate(pages, start=1))
    doc = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
           f"<style>{BASE_CSS % {'w': w, 'h': h}}{css}</style></head><body>{body}</body></html>")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (Path(path).stem + ".html")
        src.write_text(doc, encoding="utf-8")
        chromium_to_pdf(src, path)
    n = count_pages(path)
    if n != len(pages):
        raise RuntimeError(f"{Path(path).name}: {n} pages, designed {len(pages)}")
    return Path(path)


def ul(items) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def htable(rows, cls="t") -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


# --------------------------------------------------------------------------------- covers and running chrome
def make_cover(S, lines, org, colours, variant="band", note="A fictional re-creation for testing. "
               "Statistics are illustrative."):
    """A reportlab cover. lines: title lines (first large); colours: (main, second)."""
    main, second = hexc(colours[0]), hexc(colours[1])

    def cover(c, W, H):
        if variant == "band":
            c.setFillColor(main)
            c.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
            c.setFillColor(second)
            c.rect(0, H * 0.45 - 6 * mm, W, 6 * mm, stroke=0, fill=1)
            ink, y = colors.white, H * 0.8
        elif variant == "side":
            c.setFillColor(main)
            c.rect(0, 0, 62 * mm, H, stroke=0, fill=1)
            c.setFillColor(second)
            c.rect(62 * mm, 0, 4 * mm, H, stroke=0, fill=1)
            ink, y = main, H * 0.62
        else:  # "rings"
            c.setStrokeColor(second)
            for i in range(6):
                c.setLineWidth(3)
                c.circle(W * 0.78, H * 0.2, 20 * mm + i * 14 * mm, stroke=1, fill=0)
            ink, y = main, H * 0.78
        x = 74 * mm if variant == "side" else 22 * mm
        c.setFillColor(ink)
        for i, ln in enumerate(lines):
            c.setFont(S["hbold"] if i == 0 else S["hreg"], 26 if i == 0 else 16)
            c.drawString(x, y, ln)
            y -= 12 * mm if i == 0 else 8 * mm
        c.setFont(S["bold"], 11)
        c.drawString(x, y - 6 * mm, org)
        c.setFont(S["reg"], 7.5)
        c.setFillColor(hexc("#444444") if variant != "band" else colors.white)
        c.drawString(x, 14 * mm, note)
    return cover


def make_chrome(S, left: str, fmt: str, total: int, colour=None, top=True):
    """Running header (left text and a rule) and a footer page number in `fmt` ({n}, {N})."""
    col = colour or S["accent"]

    def chrome(c, W, H, n):
        c.setFont(S["reg"], 7.5)
        c.setFillColor(hexc("#555555"))
        if top:
            c.drawString(20 * mm, H - 12 * mm, left)
            c.setStrokeColor(col)
            c.setLineWidth(0.5)
            c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        else:
            c.drawString(20 * mm, 11 * mm, left)
        c.drawRightString(W - 20 * mm, 11 * mm, fmt.format(n=n, N=total))
    return chrome


def contents_rows(S, entries, leader=True):
    """Contents lines with dot leaders (leader=True) or a ruled two-column table."""
    from rl_kit import ContentsLine
    if leader:
        return [ContentsLine(t, n, S["reg"], 11, S["ink"], gap=10) for t, n in entries]
    return [grid([["Section", "Page"]] + [[t, str(n)] for t, n in entries], [140 * mm, 30 * mm], S,
                 head_fill="#555555")]


def hpage(inner: str, foot: str = "", head: str = "") -> str:
    """One HTML page: optional running head, the body and a footer."""
    h = f'<div class="head">{head}</div>' if head else ""
    f = f'<div class="foot">{foot}</div>' if foot else ""
    return f'{h}<div class="inner">{inner}</div>{f}'


def hcontents(entries, cls="toc") -> str:
    return (f'<ol class="{cls}">' + "".join(f'<li><span class="t">{t}</span><span class="n">{n}</span></li>'
                                           for t, n in entries) + "</ol>")
