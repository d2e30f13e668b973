"""Shared page model for the wiltshire area documents, rendered three ways: HTML/CSS for Chromium,
python-docx for LibreOffice and reportlab.

A document is a spec: cover lines, then one section per page (page 2 is always the contents page).  A
section is a heading plus a list of blocks:
  ("p", text) ("h", text) ("ul", [items]) ("stats", [(value, label), ...]) ("table", rows, widths)
  ("quote", text) ("note", text) ("raw", producer-specific object: HTML string, docx callable or flowables)
"""
from __future__ import annotations

import html as _html
from pathlib import Path

from common import chromium_to_pdf
from wiltshire.work import soffice_stable, work_file

E = _html.escape


# =========================================================================== HTML / Chromium
HTML_CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: '%(font)s', sans-serif; font-size: 10.5pt; color: #222; line-height: 1.38; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        padding: 22mm 20mm 24mm 20mm; }
.page:last-child { page-break-after: auto; }
.run { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 8pt; color: #777;
       border-bottom: 0.6pt solid #ccc; padding-bottom: 1.5mm; }
.foot { position: absolute; bottom: 10mm; left: 20mm; right: 20mm; font-size: 8pt; color: #777; text-align: %(foot_align)s; }
h1 { font-size: 21pt; color: %(c1)s; margin: 0 0 5mm 0; font-family: '%(hfont)s', sans-serif; }
h2 { font-size: 13pt; color: %(c2)s; margin: 5mm 0 2mm 0; }
p { margin: 0 0 3mm 0; }
ul { margin: 0 0 3mm 0; padding-left: 6mm; } li { margin-bottom: 1.2mm; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 4mm 0 5mm; }
.stat { background: %(pale)s; padding: 4mm; border-top: 3pt solid %(c1)s; }
.stat b { display: block; font-size: 20pt; color: %(c1)s; }
.stat span { font-size: 9pt; }
table.t { width: 100%%; border-collapse: collapse; font-size: 9pt; margin: 2mm 0 4mm; }
table.t th { background: %(c1)s; color: #fff; text-align: left; padding: 2mm; }
table.t td { border-bottom: 0.6pt solid #ccc; padding: 2mm; vertical-align: top; }
.quote { border-left: 3pt solid %(c2)s; padding: 2mm 4mm; font-style: italic; color: #444; margin: 3mm 0; }
.note { font-size: 8.5pt; color: #666; margin-top: 3mm; }
.cover { background: %(c1)s; color: #fff; padding: 0; }
.cover .in { position: absolute; left: 20mm; right: 20mm; top: 80mm; }
.cover .org { font-size: 13pt; letter-spacing: 0.5pt; opacity: 0.9; }
.cover .ttl { font-size: 32pt; font-weight: bold; line-height: 1.15; margin: 8mm 0; font-family: '%(hfont)s', sans-serif; }
.cover .sub { font-size: 14pt; }
.cover .bar { position: absolute; left: 0; right: 0; bottom: 0; height: 40mm; background: %(c2)s; }
.cover .bar p { position: absolute; left: 20mm; bottom: 14mm; font-size: 10pt; }
.toc { list-style: none; padding: 0; margin-top: 6mm; }
.toc li { display: flex; font-size: 12pt; margin-bottom: 4mm; border-bottom: 0.6pt dashed #bbb; padding-bottom: 2mm; }
.toc li span:first-child { flex: 1; } .toc li span:last-child { width: 12mm; text-align: right; font-weight: bold; color: %(c1)s; }
"""


def html_block(b) -> str:
    k = b[0]
    if k == "p":
        return f"<p>{b[1]}</p>"
    if k == "h":
        return f"<h2>{E(b[1])}</h2>"
    if k == "ul":
        return "<ul>" + "".join(f"<li>{x}</li>" for x in b[1]) + "</ul>"
    if k == "stats":
        return "<div class='stats'>" + "".join(f"<div class='stat'><b>{E(v)}</b><span>{E(l)}</span></div>"
                                                 for v, l in b[1]) + "</div>"
    if k == "table":
        rows = b[1]
        h = "<tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr>"
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table class='t'>{h}{body}</table>"
    if k == "quote":
        return f"<div class='quote'>{b[1]}</div>"
    if k == "note":
        return f"<p class='note'>{b[1]}</p>"
    if k == "raw":
        return b[1]
    raise ValueError(k)


def build_html(spec: dict, out_pdf: Path, extra_css: str = "", stem: str = "doc") -> None:
    theme = dict(font="DejaVu Sans", hfont="DejaVu Sans", c1="#1d3f5e", c2="#3b7ea1", pale="#eef3f7",
                 foot_align="right")
    theme.update(spec.get("theme", {}))
    css = HTML_CSS % theme + extra_css
    pages = []
    cov = spec["cover"]
    pages.append(f"<div class='page cover'><div class='in'><div class='org'>{E(cov['org'])}</div>"
                 f"<div class='ttl'>{cov['title']}</div><div class='sub'>{E(cov['sub'])}</div></div>"
                 f"<div class='bar'><p>{E(cov.get('foot', ''))}</p></div></div>")
    secs = spec["sections"]
    toc = "".join(f"<li><span>{E(s['toc'])}</span><span>{i + 3}</span></li>" for i, s in enumerate(secs) if s.get("toc"))
    fmt = spec.get("folio", "Page {n}")
    run = spec["running"]
    pages.append(f"<div class='page'><div class='run'>{E(run)}</div><h1>Contents</h1><ul class='toc'>{toc}</ul>"
                 f"<div class='foot'>{fmt.format(n=2, total=len(secs) + 2)}</div></div>")
    for i, s in enumerate(secs):
        n = i + 3
        body = "".join(html_block(b) for b in s["blocks"])
        h1 = f"<h1>{E(s['heading'])}</h1>" if s.get("heading") else ""
        cls = " " + s["cls"] if s.get("cls") else ""
        pages.append(f"<div class='page{cls}'><div class='run'>{E(run)}</div>{h1}{body}"
                     f"<div class='foot'>{fmt.format(n=n, total=len(secs) + 2)}</div></div>")
    doc = (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{E(spec['title'])}</title>"
           f"<style>{css}</style></head><body>{''.join(pages)}</body></html>")
    src = work_file(stem + ".html")
    src.write_text(doc, encoding="utf-8")
    chromium_to_pdf(src, out_pdf)


# =========================================================================== python-docx / LibreOffice
def build_docx(spec: dict, out_pdf: Path, stem: str = "doc") -> None:
    import datetime as dt

    from docx import Document
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    th = dict(font="Liberation Sans", hfont="Liberation Sans", c1="1F3864", c2="2E74B5", pale="DEEAF6")
    th.update(spec.get("theme", {}))
    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = spec["title"], spec["cover"]["org"], spec["cover"]["org"]
    cp.created = cp.modified = dt.datetime(2024, 4, 1, 9, 0, 0)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    st = d.styles["Normal"]
    st.font.name, st.font.size = th["font"], Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), th["font"])
    st.paragraph_format.space_after = Pt(6)
    for lvl, sz, col in [(1, 19, th["c1"]), (2, 13, th["c2"]), (3, 11.5, "404040")]:
        hs = d.styles[f"Heading {lvl}"]
        hs.font.name, hs.font.size, hs.font.bold, hs.font.italic = th["hfont"], Pt(sz), True, False
        hs.font.color.rgb = RGBColor.from_string(col)
        rf = hs.element.get_or_add_rPr().find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            hs.element.get_or_add_rPr().append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), th["hfont"])
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        hs.paragraph_format.space_before = Pt(12 if lvl == 1 else 9)
        hs.paragraph_format.space_after = Pt(6)
        hs.paragraph_format.keep_with_next = True

    def fld(run, code):
        for typ, txt in (("begin", None), (None, code), ("end", None)):
            if typ:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), typ)
            else:
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = txt
            run._r.append(e)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear"), s.set(qn("w:color"), "auto"), s.set(qn("w:fill"), hexcol)
        tcPr.append(s)

    # header / footer (different first page: the cover has none)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run(spec["running"])
    r.font.size, r.font.color.rgb = Pt(8), RGBColor.from_string("707070")
    fp = sec.footer.paragraphs[0]
    fp.alignment = 2
    pre, _, post = spec.get("folio", "Page {n}").partition("{n}")
    for t in (pre, None, post):
        rr = fp.add_run(t) if t is not None else fp.add_run()
        if t is None:
            fld(rr, "PAGE")
        rr.font.size = Pt(8.5)

    def para(text, bold=False, size=None, colour=None, italic=False, align=None, after=None):
        p = d.add_paragraph()
        rr = p.add_run(text)
        rr.bold, rr.italic = bold, italic
        if size:
            rr.font.size = Pt(size)
        if colour:
            rr.font.color.rgb = RGBColor.from_string(colour)
        if align is not None:
            p.alignment = align
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def table(rows, widths, head=True, size=9):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = d.styles["Table Grid"]
        t.autofit = False
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                rr = c.paragraphs[0].add_run(str(val))
                rr.font.size = Pt(size)
                c.paragraphs[0].paragraph_format.space_after = Pt(2)
                if head and i == 0:
                    rr.bold = True
                    rr.font.color.rgb = RGBColor.from_string("FFFFFF")
                    shade(c, th["c1"])
        d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def page_break():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    ctx = dict(d=d, para=para, table=table, shade=shade, Pt=Pt, Cm=Cm, RGBColor=RGBColor, OxmlElement=OxmlElement,
               qn=qn, th=th, WD_TAB_ALIGNMENT=WD_TAB_ALIGNMENT, WD_TAB_LEADER=WD_TAB_LEADER)
    cov = spec["cover"]
    for _ in range(6):
        d.add_paragraph()
    para(cov["org"], size=13, colour=th["c2"], bold=True)
    para(cov["title_plain"], size=30, colour=th["c1"], bold=True, after=14)
    para(cov["sub"], size=14, colour="404040")
    for _ in range(12):
        d.add_paragraph()
    para(cov.get("foot", ""), size=9, colour="707070")
    page_break()
    d.add_heading("Contents", 1)
    secs = spec["sections"]
    for i, s in enumerate(secs):
        if not s.get("toc"):
            continue
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{s['toc']}\t{i + 3}").font.size = Pt(11.5)
    for i, s in enumerate(secs):
        page_break()
        if s.get("heading"):
            d.add_heading(s["heading"], 1)
        for b in s["blocks"]:
            k = b[0]
            if k == "p":
                para(b[1])
            elif k == "h":
                d.add_heading(b[1], 2)
            elif k == "ul":
                for x in b[1]:
                    p = para("\u2013\t" + x, after=3)
                    p.paragraph_format.left_indent = Cm(0.6)
                    p.paragraph_format.first_line_indent = Cm(-0.6)
            elif k == "stats":
                t = table([[v for v, _ in b[1]], [l for _, l in b[1]]], [16.6 / len(b[1])] * len(b[1]), head=False, size=9)
                for j in range(len(b[1])):
                    c = t.cell(0, j)
                    shade(c, th["pale"])
                    for rr in c.paragraphs[0].runs:
                        rr.bold, rr.font.size = True, Pt(18)
                        rr.font.color.rgb = RGBColor.from_string(th["c1"])
            elif k == "table":
                table(b[1], b[2])
            elif k == "quote":
                para(b[1], italic=True, colour="505050")
            elif k == "note":
                para(b[1], size=8.5, colour="707070")
            elif k == "raw":
                b[1](ctx)
            else:
                raise ValueError(k)
    src = work_file(stem + ".docx")
    d.save(str(src))
    soffice_stable(src, out_pdf)


# =========================================================================== reportlab
def build_rl(spec: dict, out_pdf: Path) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, NextPageTemplate)

    th = dict(font="LiberationSans", hfont="LiberationSerif", c1="#2b4a2f", c2="#7a9a3a", pale="#eef2e6")
    th.update(spec.get("theme", {}))
    for f in ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSerif-Regular", "LiberationSerif-Bold",
              "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"):
        if f not in pdfmetrics.getRegisteredFontNames():
            base = "/usr/share/fonts/truetype/" + ("dejavu/" if f.startswith("DejaVu") else "liberation/")
            pdfmetrics.registerFont(TTFont(f, base + f + ".ttf"))
    reg = {"LiberationSans": ("LiberationSans-Regular", "LiberationSans-Bold"),
           "LiberationSerif": ("LiberationSerif-Regular", "LiberationSerif-Bold"),
           "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold"),
           "DejaVuSansCondensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold")}
    F, FB = reg[th["font"]]
    HF, HFB = reg[th["hfont"]]
    C1, C2, PALE = colors.HexColor(th["c1"]), colors.HexColor(th["c2"]), colors.HexColor(th["pale"])
    S = dict(
        body=ParagraphStyle("b", fontName=F, fontSize=10, leading=14, spaceAfter=6),
        h1=ParagraphStyle("h1", fontName=HFB, fontSize=21, leading=25, textColor=C1, spaceAfter=10),
        h2=ParagraphStyle("h2", fontName=FB, fontSize=12.5, leading=16, textColor=C2, spaceBefore=6, spaceAfter=4),
        li=ParagraphStyle("li", fontName=F, fontSize=10, leading=13.5, leftIndent=12, bulletIndent=2, spaceAfter=3),
        cell=ParagraphStyle("c", fontName=F, fontSize=8.8, leading=11.5),
        cellb=ParagraphStyle("cb", fontName=FB, fontSize=8.8, leading=11.5, textColor=colors.white),
        quote=ParagraphStyle("q", fontName=F, fontSize=10.5, leading=15, textColor=colors.HexColor("#444444"),
                             leftIndent=10, borderPadding=4, spaceAfter=8),
        note=ParagraphStyle("n", fontName=F, fontSize=8.3, leading=11, textColor=colors.HexColor("#666666")),
        toc=ParagraphStyle("t", fontName=F, fontSize=12, leading=22),
        statv=ParagraphStyle("sv", fontName=FB, fontSize=19, leading=23, textColor=C1),
        statl=ParagraphStyle("sl", fontName=F, fontSize=8.5, leading=11),
    )
    W, H = A4
    secs = spec["sections"]
    total = len(secs) + 2
    fmt = spec.get("folio", "Page {n}")

    def on_page(c, doc):
        n = doc.page
        if n == 1:
            c.setFillColor(C1)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColor(C2)
            c.rect(0, 0, W, 42 * mm, stroke=0, fill=1)
            cov = spec["cover"]
            c.setFillColor(colors.white)
            c.setFont(F, 13)
            c.drawString(20 * mm, H - 95 * mm, cov["org"])
            c.setFont(HFB, 30)
            y = H - 115 * mm
            for line in cov["title_lines"]:
                c.drawString(20 * mm, y, line)
                y -= 36
            c.setFont(F, 14)
            c.drawString(20 * mm, y - 6, cov["sub"])
            c.setFont(F, 9.5)
            c.drawString(20 * mm, 18 * mm, cov.get("foot", ""))
            return
        c.setFont(F, 8)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(20 * mm, H - 11 * mm, spec["running"])
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.setLineWidth(0.5)
        c.line(20 * mm, H - 13 * mm, W - 20 * mm, H - 13 * mm)
        c.drawRightString(W - 20 * mm, 11 * mm, fmt.format(n=n, total=total))
        deco = spec.get("page_deco")
        if deco:
            deco(c, n)

    def to_flow(b):
        k = b[0]
        if k == "p":
            return [Paragraph(b[1], S["body"])]
        if k == "h":
            return [Paragraph(b[1], S["h2"])]
        if k == "ul":
            return [Paragraph(x, S["li"], bulletText="\u2022") for x in b[1]]
        if k == "stats":
            n = len(b[1])
            cells = [[[Paragraph(v, S["statv"]), Paragraph(l, S["statl"])] for v, l in b[1]]]
            t = Table(cells, colWidths=[170 * mm / n] * n)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEABOVE", (0, 0), (-1, 0), 3, C1), ("LINEAFTER", (0, 0), (-2, -1), 4, colors.white),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            return [t, Spacer(1, 8)]
        if k == "table":
            rows = [[Paragraph(c, S["cellb"] if i == 0 else S["cell"]) for c in r] for i, r in enumerate(b[1])]
            t = Table(rows, colWidths=[w * mm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), C1), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#cccccc"))]))
            return [t, Spacer(1, 8)]
        if k == "quote":
            return [Paragraph("<i>" + b[1] + "</i>", S["quote"])]
        if k == "note":
            return [Paragraph(b[1], S["note"])]
        if k == "raw":
            return b[1](S, dict(F=F, FB=FB, HF=HF, HFB=HFB, C1=C1, C2=C2, PALE=PALE))
        raise ValueError(k)

    doc = BaseDocTemplate(str(out_pdf), pagesize=A4, title=spec["title"], author=spec["cover"]["org"],
                          leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm)
    frame = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("all", [frame], onPage=on_page)])
    story = [Spacer(1, 1), PageBreak(), Paragraph("Contents", S["h1"]), Spacer(1, 6)]
    for i, s in enumerate(secs):
        if s.get("toc"):
            story.append(Paragraph(f"{s['toc']} <font color='#999999'>{' .' * 3}</font> <b>{i + 3}</b>", S["toc"]))
    for s in secs:
        story.append(PageBreak())
        if s.get("heading"):
            story.append(Paragraph(s["heading"], S["h1"]))
        for b in s["blocks"]:
            story += to_flow(b)
    doc.build(story)
