"""Shared helpers for the humberside area: the fixed work folder, a LibreOffice conversion whose font
object order is pinned, and three small renderers (HTML for Chromium, reportlab, python-docx) that lay out
the ordinary sections of a strategy from a plain description, so that each document module only has to
draw its own priorities page.

A document is described by a dict:

    title, org, header (running header text), sections: [(key, heading, [block, ...]), ...]

and each block is one of

    ("p", text)               paragraph (may hold <b>/<i> markup; stripped to runs for Word)
    ("h2", text)              sub-heading
    ("ul", [text, ...])       bulleted list
    ("table", rows, widths)   first row is the header; widths are fractions of the text width
    ("stats", [(n, cap)])     statistic tiles
    ("box", title, [text])    a shaded box holding a short list (quoted priorities, frameworks ...)
    ("note", text)            small grey note
    ("custom", obj)           renderer-specific: an HTML string, a list of flowables, or a function(d)

Each section starts on a new page; its heading and the first words of its first paragraph are used to
find its page for the contents (two passes, `common.two_pass`).
"""
from __future__ import annotations

import html as _html
import re
import subprocess
from pathlib import Path

from common import chromium_to_pdf, soffice_to_pdf, two_pass

WORK = Path("/tmp/humberside_build")


def work_file(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK / name


def _fonts_by_object(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 3 and parts[-1].isdigit() and parts[-2].isdigit():
            rows.append((int(parts[-2]), parts[0].split("+")[-1]))
    return [name for _, name in sorted(rows)]


def soffice_stable(src: Path, out: Path, tries: int = 40, symbol_at: int = 0) -> None:
    """Convert until OpenSymbol (the bullet font) is font object number `symbol_at`, so that the output is
    byte-identical from build to build (LibreOffice writes the font objects in a varying order)."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")


def e(s: str) -> str:
    return _html.escape(s, quote=False)


def plain(s: str) -> str:
    return re.sub(r"<[^>]+>", "", s)


def needles(sections) -> dict[str, str]:
    out = {}
    for key, title, blocks in sections:
        first = blocks[0][1] if blocks and blocks[0][0] == "p" else ""
        words = plain(first).split()[:4]
        out[key] = (title + " " + " ".join(words)).strip()
    return out


# ----------------------------------------------------------------------------------------------- HTML
HTML_BASE = """
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; }
.pg { break-before: page; }
h1.t { font-size: 20pt; margin: 0 0 5mm 0; color: var(--c1); }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; color: var(--c1); }
p { margin: 0 0 2.6mm 0; }
ul { margin: 0 0 3mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
table.t th { background: var(--c1); color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.t td { border-bottom: 1px solid #d6d6d6; padding: 1.5mm 2mm; vertical-align: top; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: var(--c3); padding: 2.5mm 3mm; border-radius: 2mm; font-size: 8.4pt; }
.stat b { display: block; font-size: 15pt; color: var(--c1); }
.box { background: var(--c3); padding: 3mm 5mm; margin: 3mm 0; border-radius: 2mm; font-size: 8.8pt; }
.box b.bt { display: block; margin-bottom: 1mm; color: var(--c1); }
.note { font-size: 7.6pt; color: #777; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; }
.toc div span.f { flex: 1; }
"""


def html_doc(spec, pages, cover_html, css, back_html="") -> str:
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(spec["title"])}</title>'
         f'<style>{HTML_BASE}{css}</style></head><body>', cover_html]
    P.append('<div class="pg"><h1 class="t">Contents</h1><div class="toc">')
    for key, title, _ in spec["sections"]:
        P.append(f'<div><span class="f">{e(title)}</span><span>{pages.get(key, 0)}</span></div>')
    P.append('</div></div>')
    for key, title, blocks in spec["sections"]:
        P.append(f'<div class="pg"><h1 class="t">{e(title)}</h1>')
        for b in blocks:
            P.append(html_block(b))
        P.append('</div>')
    P.append(back_html + '</body></html>')
    return "\n".join(P)


def html_block(b) -> str:
    k = b[0]
    if k == "p":
        return f"<p>{b[1]}</p>"
    if k == "h2":
        return f"<h2>{e(b[1])}</h2>"
    if k == "ul":
        return "<ul>" + "".join(f"<li>{x}</li>" for x in b[1]) + "</ul>"
    if k == "table":
        rows, widths = b[1], b[2]
        cols = "".join(f'<col style="width:{w * 100:.0f}%">' for w in widths)
        head = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f'<table class="t"><colgroup>{cols}</colgroup>{head}{body}</table>'
    if k == "stats":
        return '<div class="stats">' + "".join(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>' for n, c in b[1]) + "</div>"
    if k == "box":
        return (f'<div class="box"><b class="bt">{e(b[1])}</b><ul>' + "".join(f"<li>{x}</li>" for x in b[2])
                + "</ul></div>")
    if k == "note":
        return f'<p class="note">{e(b[1])}</p>'
    if k == "custom":
        return b[1]
    raise ValueError(k)


def build_html(spec, out: Path, cover_html, css, back_html="", name="doc") -> None:
    src = work_file(name + ".html")

    def run(pages):
        src.write_text(html_doc(spec, pages, cover_html, css, back_html), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles(spec["sections"]))


# ------------------------------------------------------------------------------------------ reportlab
def rl_story(spec, pages, st, contents_line, extra_before_back=None):
    """st: dict of ParagraphStyles h1, h2, body, bl, small, boxt, th, td; plus colours c1, c3."""
    from rl_kit import (NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle, Tiles, bullets,
                        colors)
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", st["h1"]), Spacer(1, 4)]
    for key, title, _ in spec["sections"]:
        s.append(contents_line(title, pages.get(key, 0)))
    for key, title, blocks in spec["sections"]:
        s += [PageBreak(), Paragraph(e(title), st["h1"])]
        for b in blocks:
            k = b[0]
            if k == "p":
                s.append(Paragraph(b[1], st["body"]))
            elif k == "h2":
                s.append(Paragraph(e(b[1]), st["h2"]))
            elif k == "ul":
                s += bullets(b[1], st["bl"])
            elif k == "note":
                s.append(Paragraph(e(b[1]), st["small"]))
            elif k == "table":
                rows, widths = b[1], b[2]
                tw = st["width"]
                data = [[Paragraph(e(c), st["th"]) for c in rows[0]]]
                data += [[Paragraph(e(c), st["td"]) for c in r] for r in rows[1:]]
                t = Table(data, colWidths=[w * tw for w in widths], repeatRows=1)
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), st["c1"]),
                                       ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#C8C8C8")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
                s += [t, Spacer(1, 6)]
            elif k == "stats":
                s += [Tiles(b[1], 3, st["width"], st["num"], st["cap"], st["fills"]), Spacer(1, 4)]
            elif k == "box":
                inner = [Paragraph(f"<b>{e(b[1])}</b>", st["boxt"])] + bullets(b[2], st["bl"])
                t = Table([[inner]], colWidths=[st["width"]])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), st["c3"]),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 7),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                s += [t, Spacer(1, 8)]
            elif k == "custom":
                s += list(b[1])
            else:
                raise ValueError(k)
    if extra_before_back:
        s += extra_before_back
    return s


# ------------------------------------------------------------------------------------------ python-docx
def docx_blocks(d, blocks, colours):
    from docx_kit import bullets, heading, para, table
    c1 = colours[0]
    for b in blocks:
        k = b[0]
        if k == "p":
            p = d.add_paragraph()
            for part in re.split(r"(<b>.*?</b>|<i>.*?</i>)", b[1]):
                if not part:
                    continue
                r = p.add_run(plain(part))
                r.bold = part.startswith("<b>")
                r.italic = part.startswith("<i>")
        elif k == "h2":
            heading(d, b[1], 2)
        elif k == "ul":
            for para_ in bullets(d, [plain(x) for x in b[1]]):
                pass
        elif k == "note":
            para(d, b[1], italic=True, size=8.5, colour="666666")
        elif k == "table":
            rows, widths = b[1], b[2]
            table(d, rows, [w * 16.6 for w in widths], head_fill=c1, band=colours[2], size=9)
            para(d, "", space_after=2)
        elif k == "stats":
            rows = [["Indicator", "Figure"]] + [[c, n] for n, c in b[1]]
            table(d, rows, [12.0, 4.6], head_fill=c1, band=colours[2], size=9.5)
            para(d, "", space_after=2)
        elif k == "box":
            from docx_kit import set_widths, shade
            t = d.add_table(rows=1, cols=1)
            cell = t.cell(0, 0)
            shade(cell, colours[2])
            p = cell.paragraphs[0]
            r = p.add_run(b[1])
            r.bold = True
            for x in b[2]:
                q = cell.add_paragraph(style="List Bullet")
                q.add_run(plain(x))
            set_widths(t, [16.6])
            para(d, "", space_after=2)
        elif k == "custom":
            b[1](d)
        else:
            raise ValueError(k)


def rl_styles(reg, bold, hfont, c1, c2, c3, ink="#222222", fills=None, width=None):
    from rl_kit import ParagraphStyle, colors, hexc
    body = ParagraphStyle("body", fontName=reg, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=hexc(ink))
    return {
        "h1": ParagraphStyle("h1", fontName=hfont, fontSize=22, leading=26, textColor=c1, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, textColor=c2, spaceBefore=8, spaceAfter=4),
        "body": body,
        "bl": ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3),
        "small": ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.4, textColor=hexc("#666666")),
        "boxt": ParagraphStyle("boxt", parent=body, textColor=c1),
        "th": ParagraphStyle("th", parent=body, fontName=bold, fontSize=8.5, leading=11, textColor=colors.white),
        "td": ParagraphStyle("td", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "num": ParagraphStyle("num", fontName=bold, fontSize=16, leading=19, textColor=colors.white),
        "cap": ParagraphStyle("cap", fontName=reg, fontSize=7.8, leading=10, textColor=colors.white),
        "fills": fills or [c1, c2], "c1": c1, "c3": c3, "width": width,
    }


def rl_build(out: Path, title: str, author: str, sections_fn, st, cover_fn, header_fn, contents_line,
             pagesize=None, margins=(20, 20, 22, 20)):
    """Build a reportlab report: a cover page drawn by cover_fn, then the sections on 'single' pages."""
    from rl_kit import A4, Frame, PageTemplate, make_doc, mm
    W, H = pagesize or A4
    l, r, t, b = [x * mm for x in margins]
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def run(pages):
        tpls = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover_fn),
                PageTemplate("single", [Frame(l, b, W - l - r, H - t - b, id="s", **pad)], onPage=header_fn)]
        doc = make_doc(out, (W, H), tpls, title, author)
        doc.build(rl_story({"title": title, "sections": sections_fn()}, pages, st, contents_line))
    two_pass(run, out, needles(sections_fn()))


def docx_build(out: Path, name: str, make_fn, sections) -> None:
    src = work_file(name + ".docx")

    def run(pages):
        make_fn(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles(sections))
