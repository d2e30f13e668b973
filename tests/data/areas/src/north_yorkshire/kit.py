"""Small shared renderers for the north_yorkshire area.

Every document is a `spec`: a cover, a contents page (always page 2) and one section per page after it.
A section is (heading, blocks); a block is ("p", text), ("h", text), ("ul", [items]), ("table", rows) with
the first row as header, ("stats", [(figure, label), ...]) or ("custom", key).  Each producer has a renderer:
`html_doc` (Chromium), `rl_doc` (reportlab) and `docx_doc` (python-docx + LibreOffice); the document module
supplies its own drawing for each "custom" key.  Sections are written to fit one page each, so the contents
page numbers are the section's place + 2 (checked after every build).
"""
from __future__ import annotations

import html as _html

from common import chromium_to_pdf, num_pages, page_texts, squash
from north_yorkshire.work import soffice_stable, work_file


def e(s: str) -> str:
    return _html.escape(s)


def check_pages(pdf, spec) -> None:
    """Each section heading must be on the page the contents page gives it."""
    texts = page_texts(pdf)
    for i, (head, _) in enumerate(spec["sections"], start=3):
        if squash(head) not in texts[i - 1]:
            raise RuntimeError(f"{pdf.name}: section {head!r} is not on page {i}")
    if len(texts) != len(spec["sections"]) + 2 + (1 if spec.get("back") else 0):
        raise RuntimeError(f"{pdf.name}: {len(texts)} pages, sections overflow")


# ----------------------------------------------------------------------------------------- HTML / Chromium
BASE_CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; line-height: 1.42 }
.page { width: 210mm; height: 297mm; padding: 20mm 18mm 22mm; position: relative; overflow: hidden;
        page-break-after: always }
.page:last-child { page-break-after: auto }
h1 { font-size: 21pt; margin: 0 0 5mm; color: var(--c) }
h3 { font-size: 12pt; margin: 5mm 0 2mm; color: var(--a) }
p { margin: 0 0 3mm }
ul { margin: 0 0 3mm 5mm; padding-left: 4mm }
li { margin-bottom: 1.3mm }
table.t { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 4mm }
table.t th { background: var(--c); color: #fff; text-align: left; padding: 2mm }
table.t td { border-bottom: 0.3mm solid #bbb; padding: 2mm; vertical-align: top }
.stats { display: flex; gap: 4mm; margin: 3mm 0 2mm }
.stat { flex: 1; background: #f1f1ee; border-top: 1.2mm solid var(--a); padding: 3mm }
.stat b { display: block; font-size: 18pt; color: var(--c) }
.stat span { font-size: 8.5pt }
.note { font-size: 8pt; color: #666; font-style: italic }
.foot { position: absolute; bottom: 10mm; left: 18mm; right: 18mm; font-size: 8pt; color: #777;
        border-top: 0.3mm solid #ccc; padding-top: 2mm; display: flex; justify-content: space-between }
.cover { background: var(--c); color: #fff; padding: 40mm 20mm }
.cover .org { font-size: 11pt; letter-spacing: 1pt; text-transform: uppercase; opacity: .85 }
.cover .big { font-size: 34pt; font-weight: bold; line-height: 1.15; margin: 30mm 0 8mm }
.cover .sub { font-size: 14pt }
.cover .bot { position: absolute; bottom: 25mm; left: 20mm; right: 20mm; font-size: 9pt; opacity: .9 }
.toc { width: 100%; border-collapse: collapse; font-size: 12pt }
.toc td { padding: 3mm 0; border-bottom: 0.3mm dotted #999 }
.toc td.n { text-align: right; width: 20mm }
"""


def html_doc(spec: dict, custom: dict, extra_css: str, out_pdf, stem: str) -> None:
    parts = []
    parts.append(f"<div class='page cover'><div class='org'>{e(spec['org'])}</div>"
                 f"<div class='big'>{spec['cover_title']}</div><div class='sub'>{e(spec['subtitle'])}</div>"
                 f"<div class='bot'>{e(spec['cover_note'])}</div></div>")
    rows = "".join(f"<tr><td>{e(h)}</td><td class='n'>{i}</td></tr>"
                   for i, (h, _) in enumerate(spec["sections"], start=3))
    parts.append(f"<div class='page'><h1>Contents</h1><table class='toc'>{rows}</table>"
                 f"{foot(spec, 2)}</div>")
    for i, (head, blocks) in enumerate(spec["sections"], start=3):
        body = "".join(html_block(b, custom) for b in blocks)
        parts.append(f"<div class='page'><h1>{e(head)}</h1>{body}{foot(spec, i)}</div>")
    doc = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(spec['title'])}</title>"
           f"<style>:root{{--c:{spec['colour']};--a:{spec['accent']}}}{BASE_CSS}{extra_css}</style></head>"
           f"<body>{''.join(parts)}</body></html>")
    src = work_file(stem + ".html")
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out_pdf)
    check_pages(out_pdf, spec)


def foot(spec, n):
    return f"<div class='foot'><span>{e(spec['short'])}</span><span>{spec['folio'].format(n=n)}</span></div>"


def html_block(b, custom) -> str:
    k, v = b
    if k == "p":
        return f"<p>{e(v)}</p>"
    if k == "h":
        return f"<h3>{e(v)}</h3>"
    if k == "ul":
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>"
    if k == "table":
        head = "".join(f"<th>{e(x)}</th>" for x in v[0])
        body = "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in v[1:])
        return f"<table class='t'><tr>{head}</tr>{body}</table>"
    if k == "stats":
        tiles = "".join(f"<div class='stat'><b>{e(a)}</b><span>{e(c)}</span></div>" for a, c in v)
        return f"<div class='stats'>{tiles}</div><p class='note'>All figures are illustrative.</p>"
    if k == "custom":
        return custom[v]
    raise ValueError(k)


# ----------------------------------------------------------------------------------------- reportlab
def rl_doc(spec: dict, custom: dict, out_pdf, font="DejaVuSans", bold="DejaVuSans-Bold", landscape=False) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    fonts()
    size = land(A4) if landscape else A4
    C, A = colors.HexColor(spec["colour"]), colors.HexColor(spec["accent"])
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=20, leading=24, textColor=C, spaceAfter=12)
    h3 = ParagraphStyle("h3", fontName=bold, fontSize=12, leading=15, textColor=A, spaceBefore=6, spaceAfter=4)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#666666"))
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold, textColor=colors.white)

    def on_page(c, d):
        n = c.getPageNumber()
        W, H = size
        if n == 1:
            c.setFillColor(C)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColor(A)
            c.rect(0, H * 0.32, W, 6 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(font, 11)
            c.drawString(20 * mm, H - 30 * mm, spec["org"].upper())
            y = H - 90 * mm
            c.setFont(bold, 32)
            for line in spec["cover_title"].split("<br>"):
                c.drawString(20 * mm, y, line)
                y -= 38
            c.setFont(font, 14)
            c.drawString(20 * mm, y - 10, spec["subtitle"])
            c.setFont(font, 9)
            c.drawString(20 * mm, 22 * mm, spec["cover_note"])
            return
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(18 * mm, 9 * mm, spec["short"])
        c.drawRightString(W - 18 * mm, 9 * mm, spec["folio"].format(n=n))

    story = [Spacer(1, 1), PageBreak(), Paragraph("Contents", h1)]
    toc = [[Paragraph(e(h), body), Paragraph(str(i), body)] for i, (h, _) in enumerate(spec["sections"], start=3)]
    t = Table(toc, colWidths=[size[0] - 60 * mm, 20 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story += [t, PageBreak()]
    for head, blocks in spec["sections"]:
        story.append(Paragraph(e(head), h1))
        for k, v in blocks:
            if k == "p":
                story.append(Paragraph(e(v), body))
            elif k == "h":
                story.append(Paragraph(e(v), h3))
            elif k == "ul":
                story.append(ListFlowable([ListItem(Paragraph(e(x), body), leftIndent=12) for x in v],
                                          bulletType="bullet", start="\u2022", leftIndent=12))
            elif k == "table":
                rows = [[Paragraph(e(x), cellh) for x in v[0]]] + [[Paragraph(e(x), cell) for x in r] for r in v[1:]]
                t = Table(rows, repeatRows=1)
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), C),
                                       ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [t, Spacer(1, 8)]
            elif k == "stats":
                row = [[Paragraph(f"<font size=17 color='{spec['colour']}'><b>{e(a)}</b></font><br/>{e(c)}", cell)
                        for a, c in v]]
                t = Table(row)
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f1ee")),
                                       ("LINEABOVE", (0, 0), (-1, 0), 3, A), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                story += [t, Paragraph("All figures are illustrative.", small)]
            elif k == "custom":
                story.append(custom[v])
        story.append(PageBreak())
    story.pop()
    doc = SimpleDocTemplate(str(out_pdf), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title=spec["title"], author=spec["org"],
                            creator=spec["org"])
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    check_pages(out_pdf, spec)


def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    base = "/usr/share/fonts/truetype/"
    for name, f in [("DejaVuSans", "dejavu/DejaVuSans.ttf"), ("DejaVuSans-Bold", "dejavu/DejaVuSans-Bold.ttf"),
                    ("DejaVuSerif-Bold", "dejavu/DejaVuSerif-Bold.ttf"),
                    ("LiberationSans", "liberation/LiberationSans-Regular.ttf"),
                    ("LiberationSans-Bold", "liberation/LiberationSans-Bold.ttf"),
                    ("LiberationSerif", "liberation/LiberationSerif-Regular.ttf"),
                    ("LiberationSerif-Bold", "liberation/LiberationSerif-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, base + f))


# ----------------------------------------------------------------------------------------- python-docx
def docx_doc(spec: dict, custom: dict, out_pdf, stem: str, font="Liberation Sans") -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    d = Document()
    cp = d.core_properties
    cp.title, cp.author = spec["title"], spec["org"]
    import datetime
    cp.created = cp.modified = datetime.datetime(2024, 4, 1, 9, 0, 0)
    cp.last_modified_by = spec["org"]
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2.2)
    st = d.styles["Normal"]
    st.font.name, st.font.size = font, Pt(10)
    st.paragraph_format.space_after = Pt(6)
    C = RGBColor.from_string(spec["colour"].lstrip("#"))
    A = RGBColor.from_string(spec["accent"].lstrip("#"))
    for name, size, col in [("Heading 1", 20, C), ("Heading 2", 13, A), ("Title", 30, C)]:
        s = d.styles[name]
        s.font.name, s.font.size, s.font.bold, s.font.color.rgb = font, Pt(size), True, col
        rpr = s.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rf.attrib.pop(qn(a), None)
    # footer with page field
    fp = sec.footer.paragraphs[0]
    fp.text = spec["short"] + "\t\t"
    r = fp.add_run()
    for kind, text in [("begin", None), (None, "PAGE"), ("end", None)]:
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._r.append(it)
    for run in fp.runs:
        run.font.size = Pt(8)
    sec.different_first_page_header_footer = True

    def brk():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def shade(cellobj, hexcol):
        tcpr = cellobj._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol.lstrip("#"))
        tcpr.append(sh)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(60)
    r = p.add_run(spec["org"].upper())
    r.font.size, r.font.color.rgb = Pt(11), A
    for line in spec["cover_title"].split("<br>"):
        p = d.add_paragraph(style="Title")
        p.add_run(line)
    p = d.add_paragraph()
    r = p.add_run(spec["subtitle"])
    r.font.size = Pt(14)
    p.paragraph_format.space_after = Pt(200)
    p = d.add_paragraph()
    r = p.add_run(spec["cover_note"])
    r.font.size, r.italic = Pt(9), True
    brk()
    d.add_paragraph("Contents", style="Heading 1")
    for i, (h, _) in enumerate(spec["sections"], start=3):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), alignment=2, leader=1)  # right, dots
        p.add_run(f"{h}\t{i}").font.size = Pt(12)
    for head, blocks in spec["sections"]:
        brk()
        d.add_paragraph(head, style="Heading 1")
        for k, v in blocks:
            if k == "p":
                d.add_paragraph(v)
            elif k == "h":
                d.add_paragraph(v, style="Heading 2")
            elif k == "ul":
                for x in v:
                    d.add_paragraph(x, style="List Bullet")
            elif k in ("table", "stats"):
                rows = v if k == "table" else [[a for a, _ in v], [c for _, c in v]]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = d.styles["Table Grid"]
                for ri, row in enumerate(rows):
                    for ci, x in enumerate(row):
                        c = t.cell(ri, ci)
                        c.text = x
                        run = c.paragraphs[0].runs[0]
                        run.font.size = Pt(16 if (k == "stats" and ri == 0) else 9)
                        if ri == 0:
                            run.bold = True
                            if k == "table":
                                run.font.color.rgb = RGBColor(255, 255, 255)
                                shade(c, spec["colour"])
                            else:
                                run.font.color.rgb = C
                        if k == "stats":
                            shade(c, "F1F1EE")
                if k == "stats":
                    p = d.add_paragraph()
                    r = p.add_run("All figures are illustrative.")
                    r.italic, r.font.size = True, Pt(8)
                else:
                    d.add_paragraph()
            elif k == "custom":
                custom[v](d, shade)
    src = work_file(stem + ".docx")
    d.save(src)
    soffice_stable(src, out_pdf)
    check_pages(out_pdf, spec)
