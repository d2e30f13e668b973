"""Build mechanics for the hertfordshire_folder area: a small reportlab report engine (running heads,
watermarks, margin balloons), an HTML page writer for Chromium, python-docx helpers, and a fixed-date
re-zip for native .docx files.  Written for this area."""
from __future__ import annotations

import html as _html
import io
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate,  # noqa: E402
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

import common  # noqa: E402
from rl_kit import ContentsLine, Marker, fonts, hexc  # noqa: E402

WORK = Path("/tmp/hertfordshire_folder_build")
ILLUS = "Figures are illustrative, for this fictional re-creation only."


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


# ------------------------------------------------------------------ reportlab engine
class Balloon(Flowable):
    """A Word-style comment balloon: a dashed leader from the anchor line to a box in the right margin.
    Drawn relative to the frame: `dx` is the distance from the frame's left edge to the balloon column."""

    def __init__(self, label, text, dx, width, font, colour="#C0504D", dy=0):
        super().__init__()
        self.label, self.text, self.dx, self.width, self.font, self.colour, self.dy = label, text, dx, width, font, colour, dy

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        c = self.canv
        st = ParagraphStyle("b", fontName=self.font, fontSize=7, leading=8.6, textColor=colors.black)
        p = Paragraph(f"<b>{esc(self.label)}</b> {esc(self.text)}", st)
        _, h = p.wrap(self.width - 8, 400)
        top = 10 + self.dy
        col = hexc(self.colour)
        c.saveState()
        c.setStrokeColor(col)
        c.setDash(2, 2)
        c.setLineWidth(0.6)
        c.line(0, 10, self.dx, top - 4)
        c.setDash()
        c.setFillColor(hexc("#FBE9E7"))
        c.roundRect(self.dx, top - h - 6, self.width, h + 8, 3, stroke=1, fill=1)
        p.drawOn(c, self.dx + 4, top - h - 2)
        c.restoreState()


class ChangeBar(Flowable):
    """Wraps a flowable and draws a revision bar in the left margin beside it, as Word prints tracked changes."""

    def __init__(self, inner, colour="#7F7F7F"):
        super().__init__()
        self.inner, self.colour = inner, colour

    def wrap(self, aw, ah):
        self.w, self.h = self.inner.wrap(aw, ah)
        return self.w, self.h

    def split(self, aw, ah):
        return []

    def draw(self):
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.setStrokeColor(hexc(self.colour))
        self.canv.setLineWidth(1.2)
        self.canv.line(-8, 0, -8, self.h)


def rl_build(path: Path, title: str, author: str, story_fn, page_fn, cover_fn=None, pagesize=A4,
             margins=(20 * mm, 20 * mm, 24 * mm, 22 * mm)):
    """Two passes: story_fn(pages, sink) returns the flowables (Markers write into sink); the second pass
    prints the contents page numbers found by the first."""
    W, H = pagesize
    l, r, t, b = margins

    def once(pages):
        sink: dict = {}
        doc = BaseDocTemplate(str(path), pagesize=pagesize, title=title, author=author,
                              creator="hertfordshire_folder test data",
                              leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        tpl = [PageTemplate("body", [Frame(l, b, W - l - r, H - t - b, id="body", **pad)], onPage=page_fn)]
        if cover_fn is not None:
            tpl.insert(0, PageTemplate("cover", [Frame(l, b, W - l - r, H - t - b, id="cv", **pad)],
                                       onPage=cover_fn))
        doc.addPageTemplates(tpl)
        doc.build(story_fn(pages, sink))
        return sink

    first = once({})
    second = once(first)
    if second != first:
        once(second)
    return second


def rl_table(rows, widths, font, bold, head_bg, size=8.5, band=None, head_fg=colors.white, grid="#BFBFBF"):
    st = ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.25)
    sh = ParagraphStyle("h", parent=st, fontName=bold, textColor=head_fg)
    data = [[Paragraph(esc(c) if isinstance(c, str) else c, sh if i == 0 else st) for c in row]
            for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), hexc(head_bg)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.5, hexc(grid)), ("TOPPADDING", (0, 0), (-1, -1), 4),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if band:
        for i in range(2, len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), hexc(band)))
    t.setStyle(TableStyle(style))
    return t


# ------------------------------------------------------------------ HTML / Chromium
def html_to_pdf(name: str, html_text: str, out_pdf: Path) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{name}.html"
    src.write_text(html_text, encoding="utf-8")
    common.chromium_to_pdf(src, out_pdf)
    return out_pdf


def blocks_html(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "h2":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "h3":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif k == "small":
            out.append(f"<p class='small'>{esc(b[1])}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "ol":
            out.append("<ol>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ol>")
        elif k == "table":
            rows = b[1]
            head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif k == "stats":
            out.append("<div class='stats'>" + "".join(
                f"<div class='stat'><b>{esc(n)}</b><span>{esc(c)}</span></div>" for n, c in b[1]) + "</div>")
        elif k == "quote":
            out.append(f"<blockquote>{esc(b[1])}<cite>{esc(b[2])}</cite></blockquote>")
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


# ------------------------------------------------------------------ docx
def fix_docx_zip(path: Path) -> None:
    """Rewrite a .docx with fixed zip dates and a fixed member order, so the bytes are reproducible."""
    src = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(buf.getvalue())


def docx_to_pdf(d, name: str, out_pdf: Path) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    src = WORK / f"{name}.docx"
    d.save(str(src))
    fix_docx_zip(src)
    common.soffice_to_pdf(src, out_pdf)
    return out_pdf


__all__ = ["rl_styles", "rl_blocks", "rl_contents", "A4", "landscape", "mm", "colors", "ParagraphStyle", "Paragraph", "Spacer", "Table", "TableStyle",
           "PageBreak", "KeepTogether", "NextPageTemplate", "Flowable", "Marker", "ContentsLine", "fonts",
           "hexc", "esc", "Balloon", "ChangeBar", "rl_build", "rl_table", "html_to_pdf", "blocks_html",
           "fix_docx_zip", "docx_to_pdf", "WORK", "ILLUS"]


# ------------------------------------------------------------------ reportlab blocks
def rl_styles(family="liberation-sans", head_family=None, accent="#1F4E79", size=9.6):
    reg, bold = fonts(family)
    hreg, hbold = fonts(head_family or family)
    a = hexc(accent)
    return {
        "reg": reg, "bold": bold, "hbold": hbold, "accent": accent,
        "body": ParagraphStyle("body", fontName=reg, fontSize=size, leading=size * 1.38, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=reg, fontSize=7.6, leading=9.5, textColor=hexc("#555555"),
                                spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=hbold, fontSize=19, leading=23, textColor=a, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=hbold, fontSize=12.5, leading=15, textColor=a, spaceBefore=8,
                             spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=10.2, leading=13, spaceBefore=4, spaceAfter=2),
        "bullet": ParagraphStyle("bullet", fontName=reg, fontSize=size, leading=size * 1.35, leftIndent=12,
                                 bulletIndent=2, spaceAfter=2),
        "quote": ParagraphStyle("quote", fontName=reg, fontSize=size + 0.6, leading=(size + 0.6) * 1.4,
                                leftIndent=14, textColor=hexc("#333333"), spaceAfter=6),
    }


def rl_blocks(blocks, S, width):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "small", "h2", "h3"):
            out.append(Paragraph(esc(b[1]), S["body" if k == "p" else k]))
        elif k in ("ul", "ol"):
            for i, x in enumerate(b[1], 1):
                out.append(Paragraph(esc(x), S["bullet"], bulletText="\u2022" if k == "ul" else f"{i}."))
            out.append(Spacer(1, 4))
        elif k == "table":
            rows, fr = b[1], b[2]
            out.append(rl_table(rows, [width * f for f in fr], S["reg"], S["bold"], S["accent"], band="#F2F2F2"))
            out.append(Spacer(1, 8))
        elif k == "stats":
            st = ParagraphStyle("sn", fontName=S["bold"], fontSize=17, leading=20, textColor=hexc(S["accent"]))
            sc = ParagraphStyle("sc", fontName=S["reg"], fontSize=7.8, leading=9.6)
            cells = [[Paragraph(esc(n), st), Paragraph(esc(c), sc)] for n, c in b[1]]
            t = Table([cells], colWidths=[width / len(cells)] * len(cells))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEABOVE", (0, 0), (-1, 0), 2, hexc(S["accent"])),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
            out += [t, Spacer(1, 8)]
        elif k == "quote":
            out.append(Paragraph(f"\u201c{esc(b[1])}\u201d <font size=7.5>- {esc(b[2])}</font>", S["quote"]))
        elif k == "flow":
            out.append(b[1])
        elif k == "break":
            out.append(PageBreak())
        else:
            raise ValueError(k)
    return out


def rl_contents(entries, pages, S, width, title="Contents"):
    out = [Paragraph(title, S["h1"]), Spacer(1, 6)]
    for text, key, lvl in entries:
        out.append(ContentsLine(text, pages.get(key, 0), S["bold"] if lvl == 0 else S["reg"],
                                11 if lvl == 0 else 9.5, indent=14 * lvl, gap=9))
    return out


def rl_simple(out, title, author, S, sections, on_page, on_cover, margins, pagesize=A4, contents_title="Contents",
              heading=None):
    """Cover page (drawn by on_cover), contents page (p2), then each section on a new page."""
    width = pagesize[0] - margins[0] - margins[1]
    entries = [(t, k, 0) for k, t, _ in sections]
    heading = heading or (lambda t: Paragraph(esc(t), S["h1"]))

    def story(pages, sink):
        st = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
        st += rl_contents(entries, pages, S, width, contents_title)
        for k, t, blocks in sections:
            st += [PageBreak(), Marker(k, sink), heading(t)] + rl_blocks(blocks, S, width)
        return st

    rl_build(out, title, author, story, on_page, on_cover, pagesize=pagesize, margins=margins)
    return out


# ------------------------------------------------------------------ docx blocks
def docx_blocks(d, blocks, head_fill="1F3864", band="F2F2F2", usable_cm=16.6):
    import docx_kit as K
    for b in blocks:
        k = b[0]
        if k == "p":
            K.para(d, b[1])
        elif k == "small":
            K.para(d, b[1], size=8, colour="595959")
        elif k == "h2":
            K.heading(d, b[1], 2)
        elif k == "h3":
            K.heading(d, b[1], 3)
        elif k == "ul":
            K.bullets(d, b[1])
        elif k == "ol":
            K.numbered(d, b[1])
        elif k == "table":
            K.table(d, b[1], [usable_cm * f for f in b[2]], head_fill=head_fill, band=band)
            K.para(d, "", space_after=2)
        elif k == "stats":
            K.table(d, [[n for n, _ in b[1]], [c for _, c in b[1]]], [usable_cm / len(b[1])] * len(b[1]),
                    head_fill=head_fill, size=10)
            K.para(d, "", space_after=2)
        elif k == "quote":
            K.para(d, f"\u201c{b[1]}\u201d - {b[2]}", italic=True, colour="404040")
        elif k == "break":
            K.page_break(d)
        else:
            raise ValueError(k)


def docx_two_pass(make, name: str, out_pdf: Path, needles: dict) -> dict:
    """make(pages) -> Document; converts, finds the pages of `needles`, and converts again with them."""
    def build(pages):
        docx_to_pdf(make(pages), name, out_pdf)
    return common.two_pass(build, out_pdf, needles)
