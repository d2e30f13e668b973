"""Shared renderers for the avon_somerset_districts area.

A document is a small data spec (title, organisation, colours, cover lines, sections of blocks).  Three
renderers turn a spec into a PDF:

- `build_html`  HTML/CSS printed by headless Chromium (@page margin boxes carry the running header and page number);
- `build_rl`    reportlab platypus (invariant output), page header and footer drawn on each page;
- `build_docx`  python-docx, converted by LibreOffice (council Word template: Heading styles, header/footer fields).

Every section starts a new page; page 2 is always the contents page, whose page numbers come from a second pass
(`two_pass` below for HTML and Word, page markers for reportlab).  The priority statements themselves are
"custom" blocks written by each document module, so that the way priorities are laid out differs from document to
document while the ordinary parts (forewords, context, tables, measures) share this code.

Blocks: ("p", text) ("h", text) ("ul", [..]) ("ol", [..]) ("table", rows, widths) ("stats", [(number, caption)])
("box", title, [paragraphs]) ("sign", role) ("note", text) ("custom", {"html": fn, "rl": fn, "docx": fn}).
Text may hold <b> and <i> inline tags (HTML and reportlab); the Word renderer strips them, except for a
leading <b>…</b> which becomes a bold run.
"""
from __future__ import annotations

import html as _html
import re

from common import chromium_to_pdf
from avon_somerset_districts.work import soffice_stable, work_file


def esc(s: str) -> str:
    """Escape &, < and > but keep the small set of inline tags we use."""
    s = _html.escape(s, quote=False)
    for t in ("b", "i", "br/", "br"):
        s = s.replace(f"&lt;{t}&gt;", f"<{t}>").replace(f"&lt;/{t}&gt;", f"</{t}>")
    return s


def plain(s: str) -> str:
    return re.sub(r"</?(?:b|i)>|<br/?>", "", s)


# ============================================================================ HTML / Chromium
BASE_CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @top-left { content: "%(running)s"; font: 7.5pt '%(font)s'; color: #777; }
  @bottom-right { content: %(pagefmt)s; font: 8.5pt '%(font)s'; color: %(main)s; } }
@page cover { margin: 0; @top-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: '%(font)s', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: cover; width: 210mm; height: 297mm; position: relative; background: %(main)s; color: #fff;
  overflow: hidden; break-after: page; }
.cover .org { position: absolute; left: 18mm; top: 18mm; font-size: 10pt; letter-spacing: 1.2pt; font-weight: 700; }
.cover .blk { position: absolute; left: 0; top: 95mm; width: 210mm; height: 95mm; background: %(accent)s; }
.cover h1 { position: absolute; left: 18mm; top: 105mm; width: 170mm; margin: 0; font-size: 30pt; line-height: 1.12; }
.cover .sub { position: absolute; left: 18mm; top: 205mm; font-size: 13pt; width: 170mm; }
.sec { break-before: page; }
h1.t { font-size: 21pt; color: %(main)s; margin: 0 0 5mm 0; font-weight: 700; }
h2 { font-size: 12pt; color: %(main)s; margin: 5mm 0 2mm 0; }
p { margin: 0 0 2.6mm 0; }
ul, ol { margin: 0 0 3mm 0; padding-left: 6mm; } li { margin-bottom: 1.2mm; }
.toc .row { display: flex; padding: 2.2mm 0; font-size: 11.5pt; border-bottom: 1px solid %(light)s; }
.toc .row span.f { flex: 1; }
table.d { border-collapse: collapse; width: 100%%; font-size: 8.8pt; margin: 2mm 0 4mm 0; }
table.d th { background: %(main)s; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.d td { border-bottom: 1px solid %(light)s; padding: 1.6mm 2mm; vertical-align: top; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0 4mm 0; }
.stat { background: %(light)s; padding: 3mm; } .stat b { display: block; font-size: 17pt; color: %(main)s; }
.box { background: %(light)s; padding: 3mm 5mm; margin: 3mm 0 4mm 0; border-radius: 2mm; }
.box h3 { margin: 0 0 2mm 0; font-size: 10.5pt; color: %(main)s; }
.note { font-size: 7.8pt; color: #666; }
.sign { font-weight: 700; margin-top: 5mm; }
"""


def _html_block(b, spec) -> str:
    k = b[0]
    if k == "p":
        return f"<p>{esc(b[1])}</p>"
    if k == "h":
        return f"<h2>{esc(b[1])}</h2>"
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{k}>"
    if k == "table":
        rows = b[1]
        out = ['<table class="d"><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>"]
        for r in rows[1:]:
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
        return "".join(out) + "</table>"
    if k == "stats":
        return '<div class="stats">' + "".join(f'<div class="stat"><b>{esc(n)}</b>{esc(c)}</div>'
                                               for n, c in b[1]) + "</div>"
    if k == "box":
        inner = "".join(f"<p>{esc(x)}</p>" if not x.startswith("• ") else f"<p>• {esc(x[2:])}</p>" for x in b[2])
        return f'<div class="box"><h3>{esc(b[1])}</h3>{inner}</div>'
    if k == "sign":
        return f'<p class="sign">{esc(b[1])}</p>'
    if k == "note":
        return f'<p class="note">{esc(b[1])}</p>'
    if k == "custom":
        return b[1]["html"](spec)
    raise ValueError(k)


def render_html(spec, pages) -> str:
    spec["_pages"] = pages
    c = spec["colours"]
    css = BASE_CSS % dict(running=spec["running"].replace('"', "'"), font=spec.get("font", "Liberation Sans"),
                          pagefmt=spec.get("pagefmt", '"Page " counter(page)'), main=c[0], accent=c[1], light=c[2])
    css += spec.get("css", "")
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(spec["title"])}</title>'
         f"<style>{css}</style></head><body>"]
    P.append(f'<div class="cover"><div class="org">{esc(spec["org"].upper())}</div><div class="blk"></div>'
             f'<h1>{"<br>".join(esc(x) for x in spec["cover"])}</h1><div class="sub">{esc(spec["cover_sub"])}</div>'
             "</div>")
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for key, head, _ in spec["sections"]:
        P.append(f'<div class="row"><span class="f">{esc(head)}</span><span>{pages.get(key, 0)}</span></div>')
    P.append("</div>")
    for key, head, blocks in spec["sections"]:
        P.append(f'<div class="sec"><h1 class="t">{esc(head)}</h1>')
        P.extend(_html_block(b, spec) for b in blocks)
        P.append("</div>")
    P.append("</body></html>")
    return "\n".join(P)


def _needles(spec):
    return {key: head for key, head, _ in spec["sections"]}


def locate_heads(pdf, spec):
    """Page of each section: the first page (from 3) whose text, with the running header removed, starts with
    the section heading (every section starts a page, so a mention of the words elsewhere does not count)."""
    from common import page_texts, squash
    texts = page_texts(pdf)
    run = [squash(x) for x in (spec["running"], spec.get("running_right", "")) if x]
    found = {}
    for key, head in _needles(spec).items():
        h = squash(head)
        for i, t in enumerate(texts, start=1):
            for r in run:
                t = t.replace(r, " ")
            if i >= 3 and h in t.strip()[:len(h) + 12]:
                found[key] = i
                break
        else:
            found[key] = 0
    return found


def two_pass(build, pdf, spec):
    pages = {k: 0 for k in _needles(spec)}
    build(pages)
    pages = locate_heads(pdf, spec)
    build(pages)
    again = locate_heads(pdf, spec)
    if again != pages:
        build(again)
        pages = again
    missing = [k for k, v in pages.items() if not v]
    if missing:
        raise RuntimeError(f"{pdf.name}: section headings not found: {missing}")
    return pages


def build_html(spec, root):
    out = root / spec["file"]
    src = work_file(spec["stem"] + ".html")

    def run(pages):
        src.write_text(render_html(spec, pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, spec)
    return out


# ============================================================================ reportlab
def rl_styles(spec):
    from rl_kit import ParagraphStyle, fonts, hexc
    reg, bold = fonts(spec.get("rlfont", "liberation-sans"))
    main = hexc(spec["colours"][0])
    st = {
        "reg": reg, "bold": bold,
        "body": ParagraphStyle("body", fontName=reg, fontSize=9.6, leading=13.4, spaceAfter=5),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=20, leading=24, textColor=main, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=12, leading=15, textColor=main, spaceBefore=6,
                             spaceAfter=4),
        "li": ParagraphStyle("li", fontName=reg, fontSize=9.6, leading=13.2, leftIndent=12, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=8.6, leading=11),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=8.6, leading=11, textColor=hexc("#FFFFFF")),
        "note": ParagraphStyle("note", fontName=reg, fontSize=7.8, leading=10, textColor=hexc("#666666")),
        "num": ParagraphStyle("num", fontName=bold, fontSize=17, leading=20, textColor=main),
        "cap": ParagraphStyle("cap", fontName=reg, fontSize=8.6, leading=11),
        "toc": ParagraphStyle("toc", fontName=reg, fontSize=11.5, leading=15),
    }
    return st


def _rl_block(b, spec, st, width):
    from rl_kit import Paragraph, Table, TableStyle, Tiles, RuledBox, hexc, colors
    k = b[0]
    c0, c1, c2 = (hexc(x) for x in spec["colours"])
    if k == "p":
        return [Paragraph(esc(b[1]), st["body"])]
    if k == "h":
        return [Paragraph(esc(b[1]), st["h2"])]
    if k == "ul":
        return [Paragraph(esc(x), st["li"], bulletText="\u2022") for x in b[1]]
    if k == "ol":
        return [Paragraph(esc(x), st["li"], bulletText=f"{i}.") for i, x in enumerate(b[1], 1)]
    if k == "table":
        rows = b[1]
        widths = b[2] if len(b) > 2 else [1 / len(rows[0])] * len(rows[0])
        data = [[Paragraph(esc(x), st["cellh"]) for x in rows[0]]]
        data += [[Paragraph(esc(x), st["cell"]) for x in r] for r in rows[1:]]
        t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), c0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.5, c2),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return [t, Paragraph("", st["body"])]
    if k == "stats":
        return [Tiles([(esc(n), esc(cp)) for n, cp in b[1]], 3, width, st["num"], st["cap"], [c2]),
                Paragraph("", st["body"])]
    if k == "box":
        items = [Paragraph(esc(b[1]), st["h2"])] + [Paragraph(esc(x), st["body"]) for x in b[2]]
        return [RuledBox(items, c2, pad=9), Paragraph("", st["body"])]
    if k == "sign":
        return [Paragraph("<b>" + esc(b[1]) + "</b>", st["body"])]
    if k == "note":
        return [Paragraph(esc(b[1]), st["note"])]
    if k == "custom":
        return b[1]["rl"](spec, st, width)
    raise ValueError(k)


def build_rl(spec, root):
    from rl_kit import (A4, BaseDocTemplate, Frame, Marker, NextPageTemplate, PageBreak, PageTemplate,
                        Paragraph, Spacer, hexc, mm, landscape)
    out = root / spec["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    W, H = A4
    st = rl_styles(spec)
    c0, c1, c2 = (hexc(x) for x in spec["colours"])
    ml, mr, mt, mb = 18 * mm, 18 * mm, 22 * mm, 20 * mm
    width = W - ml - mr

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(c0)
        canv.rect(0, 0, W, H, stroke=0, fill=1)
        canv.setFillColor(c1)
        canv.rect(0, H * 0.34, W, H * 0.30, stroke=0, fill=1)
        canv.setFillColor(hexc("#FFFFFF"))
        canv.setFont(st["bold"], 10)
        canv.drawString(ml, H - 20 * mm, spec["org"].upper())
        y = H * 0.58
        canv.setFont(st["bold"], 28)
        for line in spec["cover"]:
            canv.drawString(ml, y, line)
            y -= 34
        canv.setFont(st["reg"], 13)
        canv.drawString(ml, H * 0.25, spec["cover_sub"])
        canv.restoreState()

    def page(canv, doc):
        canv.saveState()
        canv.setFont(st["reg"], 7.5)
        canv.setFillColor(hexc("#777777"))
        canv.drawString(ml, H - 12 * mm, spec["running"])
        canv.setStrokeColor(c1)
        canv.setLineWidth(1.2)
        canv.line(ml, H - 14 * mm, W - mr, H - 14 * mm)
        canv.setFont(st["bold"], 8.5)
        canv.setFillColor(c0)
        canv.drawRightString(W - mr, 10 * mm, spec.get("pagefmt_rl", "Page {n}").format(n=doc.page))
        canv.restoreState()

    frame = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    tpl = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **frame)], onPage=cover),
           PageTemplate("body", [Frame(ml, mb, width, H - mt - mb, id="b", **frame)], onPage=page)]

    def story(pages, sink):
        spec["_pages"] = pages
        s = [NextPageTemplate("body"), PageBreak()]
        s.append(Paragraph("Contents", st["h1"]))
        for key, head, _ in spec["sections"]:
            s.append(Paragraph(f'{esc(head)}<font color="{spec["colours"][0]}"> \u2014 {pages.get(key, 0)}</font>',
                               st["toc"]))
            s.append(Spacer(1, 5))
        for key, head, blocks in spec["sections"]:
            s.append(PageBreak())
            s.append(Marker(key, sink))
            s.append(Paragraph(esc(head), st["h1"]))
            for b in blocks:
                s.extend(_rl_block(b, spec, st, width))
        return s

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            if isinstance(f, Marker):
                f.sink[f.key] = self.page

    def make(pages):
        sink = {}
        doc = Doc(str(out), pagesize=A4, title=spec["title"], author=spec["author"], subject=spec["title"],
                  creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
        doc.addPageTemplates(tpl)
        doc.build(story(pages, sink))
        return sink

    pages = make({})
    again = make(pages)
    if again != pages:
        make(again)
    return out


# ============================================================================ Word / LibreOffice
def _docx_text(p, text, size=None, colour=None, italic=False):
    from docx_kit import Pt, rgb
    m = re.match(r"^<b>(.*?)</b>(.*)$", text)
    parts = [(m.group(1), True), (m.group(2), False)] if m else [(text, False)]
    for t, bold in parts:
        if not t:
            continue
        r = p.add_run(plain(t))
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = rgb(colour)
    return p


def _docx_block(d, b, spec):
    from docx_kit import bullets, para, table, heading, Cm, Pt
    k = b[0]
    c = spec["colours"]
    if k == "p":
        _docx_text(d.add_paragraph(), b[1])
    elif k == "h":
        heading(d, plain(b[1]), 2)
    elif k == "ul":
        for x in b[1]:
            p = d.add_paragraph(style="List Bullet")
            p.paragraph_format.space_after = Pt(3)
            _docx_text(p, x)
    elif k == "ol":
        for i, x in enumerate(b[1], 1):
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
            p.paragraph_format.space_after = Pt(3)
            _docx_text(p, f"{i}.\t{x}")
    elif k == "table":
        rows = [[plain(x) for x in r] for r in b[1]]
        widths = b[2] if len(b) > 2 else [1 / len(rows[0])] * len(rows[0])
        table(d, rows, [w * 16.6 for w in widths], head_fill=c[0], band=c[2], size=9)
        para(d, "", space_after=2)
    elif k == "stats":
        rows = [["Indicator", "Figure"]] + [[plain(cp), plain(n)] for n, cp in b[1]]
        table(d, rows, [12.0, 4.6], head_fill=c[0], band=c[2], size=9.5)
        para(d, "", space_after=2)
    elif k == "box":
        from docx_kit import shade, set_widths
        t = d.add_table(rows=1, cols=1)
        cell = t.cell(0, 0)
        shade(cell, c[2])
        p0 = cell.paragraphs[0]
        r = p0.add_run(plain(b[1]))
        r.bold = True
        from docx_kit import rgb
        r.font.color.rgb = rgb(c[0])
        for x in b[2]:
            _docx_text(cell.add_paragraph(), x)
        set_widths(t, [16.6])
        para(d, "", space_after=2)
    elif k == "sign":
        para(d, plain(b[1]), bold=True)
    elif k == "note":
        para(d, plain(b[1]), italic=True, size=8.5, colour="666666")
    elif k == "custom":
        b[1]["docx"](d, spec)
    else:
        raise ValueError(k)


def render_docx(spec, path, pages):
    spec["_pages"] = pages
    from docx_kit import new_doc, header_footer, para, cover_block, contents, heading, page_break
    c = spec["colours"]
    d = new_doc(font=spec.get("font", "Liberation Sans"), size=10, colours=(c[0], c[1], "333333"),
                title=spec["title"], author=spec["author"], margins=(2.2, 2.2, 2.3, 2.2))
    header_footer(d, spec["running"], spec.get("running_right", ""), footer_fmt=spec.get("pagefmt_docx",
                  "Page {PAGE} of {NUMPAGES}"), colour="555555", rule_colour=c[1])
    para(d, spec["org"].upper(), bold=True, size=11, colour=c[0], space_after=40)
    cover_block(d, [(x, 28, True, "FFFFFF") for x in spec["cover"]] + [("", 8, False, "FFFFFF"),
                (spec["cover_sub"], 13, False, "FFFFFF")], c[0], height_cm=10)
    para(d, "", space_after=120)
    para(d, spec.get("cover_foot", ""), italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=c[0], space_after=14)
    contents(d, [(head, key, 0) for key, head, _ in spec["sections"]], pages, leader=True, bold_top=False)
    for key, head, blocks in spec["sections"]:
        heading(d, head, 1, page_break=True)
        for b in blocks:
            _docx_block(d, b, spec)
    d.save(path)


def build_docx(spec, root):
    out = root / spec["file"]
    src = work_file(spec["stem"] + ".docx")

    def run(pages):
        render_docx(spec, src, pages)
        soffice_stable(src, out, symbol_at=spec.get("symbol_at", 0))
    two_pass(run, out, spec)
    return out


def build(spec, root):
    return {"html": build_html, "rl": build_rl, "docx": build_docx}[spec["producer"]](spec, root)
