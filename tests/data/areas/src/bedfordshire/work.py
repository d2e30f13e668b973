"""Shared pieces of the bedfordshire area: the fixed work folder (/tmp/bedfordshire_build) for the
intermediate .docx and .html files, a LibreOffice conversion whose font object order is pinned, and three
small renderers that turn one document outline (sections of paragraphs, lists, tables and tiles) into a
reportlab report, a python-docx report (printed by LibreOffice) or an HTML page (printed by Chromium).

Every section starts a new page.  The page that states the priorities is drawn by the document's own
module (a "special" block), so that each document keeps its own layout there.
"""
from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

from common import chromium_to_pdf, soffice_to_pdf, two_pass

WORK = Path("/tmp/bedfordshire_build")


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
    """Convert until OpenSymbol (the bullet font) is font object number `symbol_at`: LibreOffice writes the
    embedded fonts in an order that varies between runs, and this pins it."""
    for _ in range(tries):
        soffice_to_pdf(src, out)
        names = _fonts_by_object(out)
        if "OpenSymbol" not in names or names.index("OpenSymbol") == symbol_at:
            return
    raise RuntimeError(f"{out.name}: LibreOffice never wrote OpenSymbol at position {symbol_at} in {tries} tries")


def plain(s: str) -> str:
    return re.sub(r"<[^>]+>", "", s)


def needles(sections) -> dict[str, str]:
    """Section title plus the first words of its first paragraph: where each contents entry lands."""
    out = {}
    for sec in sections:
        first = next((b[1] for b in sec["blocks"] if b[0] == "p"), "")
        words = " ".join(plain(first).split()[:4])
        out[sec["key"]] = (sec["title"] + " " + words).strip()
    return out


# ============================================================================ reportlab
def rl_story(sections, pages, st, contents_line, specials):
    """st: dict of ParagraphStyles (h1, h2, body, bl, small, num, cap); contents_line(text, page) -> flowable."""
    from rl_kit import (PageBreak, Paragraph, Spacer, Table, TableStyle, Tiles, colors, NextPageTemplate,
                        KeepTogether)
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", st["h1"]), Spacer(1, 6)]
    for sec in sections:
        s.append(contents_line(sec["title"], pages.get(sec["key"], 0)))
    for sec in sections:
        s += [PageBreak(), Paragraph(sec["title"], st["h1"])]
        for b in sec["blocks"]:
            kind = b[0]
            if kind == "p":
                s.append(Paragraph(b[1], st["body"]))
            elif kind == "h2":
                s.append(Paragraph(b[1], st["h2"]))
            elif kind == "note":
                s.append(Paragraph(b[1], st["small"]))
            elif kind == "ul":
                s += [Paragraph(x, st["bl"], bulletText="\u2022") for x in b[1]]
            elif kind == "ol":
                s += [Paragraph(x, st["bl"], bulletText=f"{i}.") for i, x in enumerate(b[1], 1)]
            elif kind == "tiles":
                s.append(Tiles(b[1], 3, st["width"], st["num"], st["cap"], st["fills"]))
                s.append(Spacer(1, 4))
            elif kind == "box":
                inner = [Paragraph(f"<b>{b[1]}</b>", st["body"])] + [
                    Paragraph(x, st["bl"], bulletText="\u2022") for x in b[2]]
                t = Table([[inner]], colWidths=[st["width"]])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), st["pale"]),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                                       ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
                s += [Spacer(1, 4), t, Spacer(1, 6)]
            elif kind == "table":
                rows, fr = b[1], b[2]
                data = [[Paragraph(f"<b>{c}</b>" if r == 0 else c, st["cell_h"] if r == 0 else st["cell"])
                         for c in row] for r, row in enumerate(rows)]
                t = Table(data, colWidths=[st["width"] * f for f in fr], repeatRows=1)
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), st["dark"]),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEBELOW", (0, 1), (-1, -1), 0.5, st["rule"]),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                s += [Spacer(1, 3), t, Spacer(1, 6)]
            elif kind == "special":
                s += specials[b[1]]()
            elif kind == "space":
                s.append(Spacer(1, b[1]))
    return s


# ============================================================================ python-docx
def docx_blocks(d, sections, pages, specials, head_fill, band, contents_entries=True):
    from docx_kit import bullets, contents, heading, numbered, para, table, page_break, shade, set_widths, Cm, Pt
    for sec in sections:
        heading(d, sec["title"], 1, page_break=True)
        for b in sec["blocks"]:
            kind = b[0]
            if kind == "p":
                p = d.add_paragraph()
                for k, part in enumerate(re.split(r"(<b>.*?</b>)", b[1])):
                    if part.startswith("<b>"):
                        p.add_run(plain(part)).bold = True
                    elif part:
                        p.add_run(part)
            elif kind == "h2":
                heading(d, b[1], 2)
            elif kind == "note":
                para(d, b[1], italic=True, size=8, colour="666666")
            elif kind == "ul":
                bullets(d, [plain(x) for x in b[1]])
            elif kind == "ol":
                numbered(d, [plain(x) for x in b[1]])
            elif kind == "tiles":
                items = b[1]
                t = d.add_table(rows=2, cols=3)
                set_widths(t, [5.53] * 3)
                for i, (n, c) in enumerate(items[:6]):
                    cell = t.cell(i // 3, i % 3)
                    shade(cell, band)
                    cell.text = ""
                    r = cell.paragraphs[0].add_run(n)
                    r.bold, r.font.size = True, Pt(16)
                    cp = cell.add_paragraph()
                    cp.add_run(c).font.size = Pt(8.5)
                para(d, "", space_after=2)
            elif kind == "box":
                t = d.add_table(rows=1, cols=1)
                set_widths(t, [16.6])
                cell = t.cell(0, 0)
                shade(cell, band)
                cell.text = ""
                cell.paragraphs[0].add_run(plain(b[1])).bold = True
                for x in b[2]:
                    cp = cell.add_paragraph()
                    cp.add_run("\u2013 " + plain(x)).font.size = Pt(9.5)
                para(d, "", space_after=2)
            elif kind == "table":
                rows, fr = b[1], b[2]
                table(d, [[plain(c) for c in r] for r in rows], [16.6 * f for f in fr], head_fill=head_fill,
                      band=band, size=9)
                para(d, "", space_after=2)
            elif kind == "special":
                specials[b[1]](d)


# ============================================================================ HTML
def e(s: str) -> str:
    """Escape text but keep <b> and <i> tags."""
    t = html.escape(s, quote=False)
    return re.sub(r"&lt;(/?)(b|i|br)&gt;", r"<\1\2>", t)


def html_blocks(sections, pages, specials) -> str:
    P = []
    for sec in sections:
        P.append(f'<section class="pg"><h1 class="t">{e(sec["title"])}</h1>')
        for b in sec["blocks"]:
            kind = b[0]
            if kind == "p":
                P.append(f"<p>{e(b[1])}</p>")
            elif kind == "h2":
                P.append(f"<h2>{e(b[1])}</h2>")
            elif kind == "note":
                P.append(f'<p class="note">{e(b[1])}</p>')
            elif kind == "ul":
                P.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
            elif kind == "ol":
                P.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ol>")
            elif kind == "tiles":
                P.append('<div class="tiles">' + "".join(f'<div class="tile"><b>{e(n)}</b><span>{e(c)}</span></div>'
                                                         for n, c in b[1]) + "</div>")
            elif kind == "box":
                P.append(f'<div class="box"><b>{e(b[1])}</b><ul>' + "".join(f"<li>{e(x)}</li>" for x in b[2])
                         + "</ul></div>")
            elif kind == "table":
                rows = b[1]
                P.append("<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>" +
                         "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                         + "</table>")
            elif kind == "special":
                P.append(specials[b[1]]())
        P.append("</section>")
    return "\n".join(P)


def html_contents(sections, pages) -> str:
    return ('<section class="toc"><h1 class="t">Contents</h1>' + "".join(
        f'<div class="tl"><span>{e(s["title"])}</span><span class="d"></span><span>{pages.get(s["key"], 0)}</span>'
        f'</div>' for s in sections) + "</section>")


def build_html(out: Path, name: str, render, sections) -> Path:
    src = work_file(name)

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles(sections))
    return out


def build_docx(out: Path, name: str, make, sections, symbol_at: int = 0) -> Path:
    """`symbol_at`: OpenSymbol's usual place among the font objects of this document (see soffice_stable)."""
    src = work_file(name)

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=symbol_at)
    two_pass(run, out, needles(sections))
    return out


def html_page(title, css, cover, body, back="") -> str:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{e(title)}</title><style>{css}</style>'
            f'</head><body>{cover}{body}{back}</body></html>')


def base_css(main, accent, font="'Liberation Sans'", foot='"Page " counter(page)', head="") -> str:
    return f"""
@page {{ size: A4; margin: 18mm 17mm 19mm 17mm;
  @bottom-center {{ content: {foot}; font: 8.5pt {font}; color: {main}; }}
  @top-left {{ content: "{head}"; font: 7.5pt {font}; color: #777; }} }}
@page bare {{ margin: 0; @bottom-center {{ content: none }} @top-left {{ content: none }} }}
* {{ box-sizing: border-box; }}
body {{ font-family: {font}, sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }}
.cover {{ page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; }}
.back {{ page: bare; break-before: page; width: 210mm; height: 297mm; background: {main}; color: #fff;
  padding: 200mm 18mm 0 18mm; }}
section.pg {{ break-before: page; }}
h1.t {{ font-size: 20pt; color: {main}; margin: 0 0 5mm 0; }}
h2 {{ font-size: 11.5pt; color: {main}; margin: 5mm 0 2mm 0; }}
.toc .tl {{ display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; }}
.toc .tl span.d {{ flex: 1; }}
.tiles {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }}
.tile {{ background: {accent}; color: #fff; padding: 3mm; border-radius: 2mm; }}
.tile b {{ display: block; font-size: 15pt; }} .tile span {{ font-size: 8.2pt; }}
.box {{ background: #F1F1F1; border-radius: 2mm; padding: 3mm 5mm; margin: 4mm 0; }}
.box ul {{ margin: 1mm 0 0 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }}
th {{ background: {main}; color: #fff; text-align: left; padding: 1.6mm 2mm; }}
td {{ border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }}
.note {{ font-size: 7.6pt; color: #777; }}
"""
