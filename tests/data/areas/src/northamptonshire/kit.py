"""Shared renderers for the northamptonshire area's ordinary sections (cover, contents, foreword, context,
delivery, governance, back page) in three producers: HTML/CSS printed by Chromium, reportlab and python-docx
converted by LibreOffice.  Each document module supplies its own text and draws its own priorities page
(a block of kind "raw").

A document spec is a dict: file, title, org, colours, cover lines, page-number format and a list of sections
(key, title, blocks).  Blocks: ("p", text), ("h", subheading), ("ul", items), ("stats", [(figure, caption)]),
("table", rows), ("box", title, text or items), ("note", text), ("raw", producer-specific content).
"""
from __future__ import annotations

import html as _html

from common import chromium_to_pdf, two_pass


def needles(spec) -> dict[str, str]:
    """Contents targets: a section's title and the first words of its first paragraph."""
    out = {}
    for key, title, blocks in spec["sections"]:
        first = next((b[1] for b in blocks if b[0] == "p"), "")
        out[key] = (title + " " + " ".join(first.split()[:4])).strip()
    return out


def contents_entries(spec):
    return [(title, key) for key, title, _ in spec["sections"]]


# ------------------------------------------------------------------------------------------------ HTML
def e(s: str) -> str:
    return _html.escape(s, quote=False)


BASE_CSS = """
@page { size: A4; margin: 18mm 17mm 19mm 17mm;
  @bottom-right { content: %(fmt)s; font: 8pt '%(font)s'; color: %(c1)s; }
  @top-left { content: "%(running)s"; font: 7.5pt '%(font)s'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: '%(font)s', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: %(c1)s; color: #fff;
  break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 150mm; width: 210mm; height: 12mm; background: %(c2)s; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 170mm; font-size: 16pt; }
.cover .sub { position: absolute; left: 18mm; bottom: 22mm; font-size: 9.5pt; width: 170mm; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: %(c1)s; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: %(c1)s; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px dashed #bbb; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: %(pale)s; padding: 3mm; border-radius: 2mm; } .stat b { font-size: 16pt; color: %(c1)s; display: block; }
.box { background: %(pale)s; border-left: 4px solid %(c2)s; padding: 2mm 4mm; margin: 3mm 0; font-size: 8.8pt; }
table.d { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
table.d th { background: %(c1)s; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.d td { border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: %(c1)s; color: #fff;
  padding: 190mm 18mm 0 18mm; }
"""


def html_blocks(blocks) -> str:
    P = []
    for b in blocks:
        k = b[0]
        if k == "p":
            P.append(f"<p>{e(b[1])}</p>")
        elif k == "h":
            P.append(f"<h2>{e(b[1])}</h2>")
        elif k == "ul":
            P.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "stats":
            P.append('<div class="stats">' + "".join(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>' for n, c in b[1])
                     + "</div>")
        elif k == "table":
            rows = b[1]
            P.append('<table class="d"><tr>' + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
                     + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                     + "</table>")
        elif k == "box":
            body = b[2]
            inner = ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in body) + "</ul>") if isinstance(body, list) \
                else f"<p>{e(body)}</p>"
            P.append(f'<div class="box"><b>{e(b[1])}</b>{inner}</div>')
        elif k == "note":
            P.append(f'<p class="note">{e(b[1])}</p>')
        elif k == "sign":
            P.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "raw":
            P.append(b[1])
    return "\n".join(P)


def html_render(spec, pages, css_extra="") -> str:
    css = BASE_CSS % dict(fmt=spec["page_fmt"], font=spec.get("font", "Liberation Sans"), c1=spec["c1"],
                          c2=spec["c2"], pale=spec["pale"], running=spec["running"]) + css_extra
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(spec["title"])}</title>'
         f"<style>{css}</style></head><body>"]
    P.append(spec.get("cover_html") or (
        f'<div class="cover"><div class="band"></div><div class="org">{e(spec["org"].upper())}</div>'
        f'<h1>{"<br>".join(e(x) for x in spec["cover_title"])}</h1><div class="yr">{e(spec["years"])}</div>'
        f'<div class="sub">{e(spec["cover_sub"])}</div></div>'))
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in contents_entries(spec):
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append("</div>")
    for key, title, blocks in spec["sections"]:
        P.append(f'<div class="pg sec-{key}"><h1 class="t">{e(title)}</h1>{html_blocks(blocks)}</div>')
    P.append(f'<div class="back"><h2 style="color:#fff">{e(spec["org"])}</h2>'
             + "".join(f"<p>{e(x)}</p>" for x in spec["back"]) + "</div></body></html>")
    return "\n".join(P)


def html_build(spec, root, work_file, css_extra=""):
    out = root / spec["file"]
    src = work_file(spec["file"].split("/")[-1].replace(".pdf", ".html"))

    def run(pages):
        src.write_text(html_render(spec, pages, css_extra), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles(spec))
    return out


# ------------------------------------------------------------------------------------------------ reportlab
def rl_build(spec, root):
    from rl_kit import (A4, BaseDocTemplate, ContentsLine, Frame, NextPageTemplate, PageBreak, PageTemplate,
                        Paragraph, ParagraphStyle, Spacer, Table, TableStyle, Tiles, colors, fonts, hexc, mm)
    out = root / spec["file"]
    REG, BOLD = fonts(spec.get("rl_font", "dejavu"))
    HREG, HBOLD = fonts(spec.get("rl_head", "liberation-serif"))
    C1, C2, PALE = hexc(spec["c1"]), hexc(spec["c2"]), hexc(spec["pale"])
    W, H = A4
    st = dict(
        body=ParagraphStyle("body", fontName=REG, fontSize=9, leading=13, spaceAfter=5, textColor=hexc("#222222")),
        h1=ParagraphStyle("h1", fontName=HBOLD, fontSize=21, leading=25, textColor=C1, spaceAfter=10),
        h2=ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=C1, spaceBefore=7,
                          spaceAfter=4),
        small=ParagraphStyle("small", fontName=REG, fontSize=7.3, leading=9.4, textColor=hexc("#6B6B6B")),
        num=ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=C1),
        cap=ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=hexc("#333333")),
        cell=ParagraphStyle("cell", fontName=REG, fontSize=8.3, leading=10.6),
        cellh=ParagraphStyle("cellh", fontName=BOLD, fontSize=8.3, leading=10.6, textColor=colors.white),
    )
    st["bl"] = ParagraphStyle("bl", parent=st["body"], leftIndent=11, spaceAfter=3)
    spec["_styles"] = st
    spec["_fonts"] = (REG, BOLD, HREG, HBOLD)

    def header(c, doc):
        c.saveState()
        c.setFillColor(C1)
        c.rect(0, H - 10 * mm, W, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(REG, 7.5)
        c.drawString(18 * mm, H - 6.5 * mm, spec["running"])
        c.setFillColor(hexc("#555555"))
        c.setFont(REG, 8)
        c.drawRightString(W - 18 * mm, 11 * mm, spec["page_fmt"].format(n=c.getPageNumber()))
        c.restoreState()

    def cover(c, doc):
        c.saveState()
        c.setFillColor(C1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(C2)
        c.rect(0, 118 * mm, W, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 10)
        c.drawString(18 * mm, H - 24 * mm, spec["org"].upper())
        c.setFont(HBOLD, 30)
        y = H - 95 * mm
        for line in spec["cover_title"]:
            c.drawString(18 * mm, y, line)
            y -= 13 * mm
        c.setFont(REG, 16)
        c.drawString(18 * mm, y - 4 * mm, spec["years"])
        c.setFont(REG, 9.5)
        c.drawString(18 * mm, 30 * mm, spec["cover_sub"])
        c.restoreState()

    def back(c, doc):
        c.saveState()
        c.setFillColor(C1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 13)
        c.drawString(18 * mm, 90 * mm, spec["org"])
        c.setFont(REG, 9.5)
        y = 80 * mm
        for line in spec["back"]:
            c.drawString(18 * mm, y, line)
            y -= 6 * mm
        c.restoreState()

    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame = dict(x1=18 * mm, y1=20 * mm, width=W - 36 * mm, height=H - 44 * mm)

    def blocks_to_flow(blocks):
        s = []
        for b in blocks:
            k = b[0]
            if k == "p":
                s.append(Paragraph(e(b[1]), st["body"]))
            elif k == "h":
                s.append(Paragraph(e(b[1]), st["h2"]))
            elif k == "ul":
                s += [Paragraph(e(x), st["bl"], bulletText="\u2022") for x in b[1]]
            elif k == "stats":
                s.append(Tiles([(e(n), e(c)) for n, c in b[1]], 3, W - 36 * mm, st["num"], st["cap"], [PALE]))
                s.append(Spacer(1, 6))
            elif k == "table":
                rows = b[1]
                n = len(rows[0])
                data = [[Paragraph(e(x), st["cellh"] if r == 0 else st["cell"]) for x in row]
                        for r, row in enumerate(rows)]
                widths = b[2] if len(b) > 2 else [(W - 36 * mm) / n] * n
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), C1), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#CCCCCC"))]))
                t.hAlign = "LEFT"
                s += [t, Spacer(1, 6)]
            elif k == "box":
                body = b[2]
                inner = [Paragraph("<b>%s</b>" % e(b[1]), st["body"])]
                inner += ([Paragraph(e(x), st["bl"], bulletText="\u2022") for x in body] if isinstance(body, list)
                          else [Paragraph(e(body), st["body"])])
                t = Table([[inner]], colWidths=[W - 36 * mm])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                       ("LINEBEFORE", (0, 0), (0, -1), 3, C2),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
                s += [t, Spacer(1, 6)]
            elif k == "note":
                s.append(Paragraph(e(b[1]), st["small"]))
            elif k == "sign":
                s.append(Paragraph("<b>%s</b>" % e(b[1]), st["body"]))
            elif k == "raw":
                s += b[1](spec) if callable(b[1]) else b[1]
        return s

    def story(pages):
        s = [NextPageTemplate("single"), PageBreak(), Paragraph("Contents", st["h1"]), Spacer(1, 6)]
        for t, k in contents_entries(spec):
            s.append(ContentsLine(t, pages.get(k, 0), REG, 11, indent=0))
            s.append(Spacer(1, 4))
        for key, title, blocks in spec["sections"]:
            s += [PageBreak(), Paragraph(e(title), st["h1"])]
            s += blocks_to_flow(blocks)
        s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
        return s

    def run(pages):
        doc = BaseDocTemplate(str(out), pagesize=A4, title=spec["title"], author=spec["org"],
                              creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0,
                              bottomMargin=0)
        doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
                              PageTemplate("single", [Frame(id="s", **frame, **pad)], onPage=header),
                              PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)])
        doc.build(story(pages))
    two_pass(run, out, needles(spec))
    return out


# ------------------------------------------------------------------------------------------------ python-docx
def docx_build(spec, root, work_file, soffice_stable):
    import docx_kit as K
    out = root / spec["file"]
    src = work_file(spec["file"].split("/")[-1].replace(".pdf", ".docx"))
    c1, c2, pale = spec["c1"].lstrip("#"), spec["c2"].lstrip("#"), spec["pale"].lstrip("#")

    def blocks(d, bl):
        for b in bl:
            k = b[0]
            if k == "p":
                K.para(d, b[1])
            elif k == "h":
                K.heading(d, b[1], 2)
            elif k == "ul":
                K.bullets(d, b[1])
            elif k == "stats":
                rows = [["Indicator", "Figure"]] + [[c, n] for n, c in b[1]]
                K.table(d, rows, [11.6, 5.0], head_fill=c1, band=pale)
                K.para(d, "", space_after=2)
            elif k == "table":
                rows = b[1]
                n = len(rows[0])
                widths = b[2] if len(b) > 2 else [16.6 / n] * n
                K.table(d, rows, widths, head_fill=c1)
                K.para(d, "", space_after=2)
            elif k == "box":
                t = d.add_table(rows=1, cols=1)
                K.set_widths(t, [16.6])
                cell = t.cell(0, 0)
                K.shade(cell, pale)
                p = cell.paragraphs[0]
                r = p.add_run(b[1])
                r.bold = True
                body = b[2] if isinstance(b[2], list) else [b[2]]
                for x in body:
                    q = cell.add_paragraph()
                    q.add_run(("\u2013 " if isinstance(b[2], list) else "") + x).font.size = K.Pt(9.5)
                K.para(d, "", space_after=2)
            elif k == "note":
                K.para(d, b[1], italic=True, size=8, colour="666666")
            elif k == "sign":
                K.para(d, b[1], bold=True)
            elif k == "raw":
                b[1](d)

    def run(pages):
        d = K.new_doc(font=spec.get("font", "Liberation Sans"), size=10, colours=(c1, c2, "333333"),
                      title=spec["title"], author=spec["org"], heading_font=spec.get("heading_font"))
        K.header_footer(d, spec["running"], spec["years"], footer_fmt=spec["page_fmt"], colour="555555",
                        rule_colour=c2)
        K.para(d, "", space_after=24)
        K.para(d, spec["org"].upper(), bold=True, size=11, colour=c1, space_after=24)
        K.cover_block(d, [(x, 28, True, "FFFFFF") for x in spec["cover_title"]]
                      + [(spec["years"], 18, False, "FFFFFF")], c1, height_cm=10.5)
        K.para(d, "", space_after=150)
        K.para(d, spec["cover_sub"], italic=True, size=9, colour="555555")
        K.page_break(d)
        K.para(d, "Contents", bold=True, size=20, colour=c1, space_after=14)
        K.contents(d, [(t, k, 0) for t, k in contents_entries(spec)], pages, leader=True, bold_top=False)
        for key, title, bl in spec["sections"]:
            K.heading(d, title, 1, page_break=True)
            blocks(d, bl)
        d.save(str(src))
        soffice_stable(src, out)
    two_pass(run, out, needles(spec))
    return out
