"""Shared page furniture for the south_yorkshire area: one renderer per producer (HTML/CSS -> Chromium,
reportlab, python-docx -> LibreOffice).  A document is a cover, a contents page (always page 2) and then one
page per section; each document module supplies the content and draws its own priorities page.

Blocks in a section: ("p", text), ("h", text), ("ul", [..]), ("ol", [..]), ("table", rows), ("stats",
[(number, label)]), ("box", title, [..]), ("raw", producer-specific object).
"""
from __future__ import annotations

import html as _html
from pathlib import Path

import common
from south_yorkshire.work import soffice_stable, work_file

E = _html.escape


# ----------------------------------------------------------------------------------------------- HTML
def html_build(doc: dict, out: Path, font="'DejaVu Sans', sans-serif", head_font=None, extra_css="") -> Path:
    c, a = doc["colour"], doc.get("accent", "#f2a900")
    hf = head_font or font
    secs = doc["sections"]
    folio = doc.get("folio", "Page {n}")
    css = f"""
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: {font}; font-size: 10pt; color: #222; line-height: 1.38; }}
.page {{ width: 210mm; height: 296.5mm; padding: 20mm 18mm 22mm 18mm; position: relative; overflow: hidden;
         break-after: page; }}
.page:last-child {{ break-after: auto; }}
.run {{ position: absolute; top: 8mm; left: 18mm; right: 18mm; font-size: 7.5pt; color: #777;
        border-bottom: 0.4mm solid {c}; padding-bottom: 1.5mm; }}
.folio {{ position: absolute; bottom: 10mm; right: 18mm; font-size: 8pt; color: #555; }}
h1 {{ font-family: {hf}; color: {c}; font-size: 21pt; margin: 2mm 0 5mm; }}
h2 {{ font-family: {hf}; color: {c}; font-size: 12.5pt; margin: 5mm 0 2mm; }}
p {{ margin: 0 0 3mm; }}
ul, ol {{ margin: 0 0 3mm 0; padding-left: 6mm; }} li {{ margin-bottom: 1.3mm; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; margin-bottom: 4mm; }}
table.t th {{ background: {c}; color: #fff; text-align: left; padding: 1.6mm 2mm; }}
table.t td {{ border-bottom: 0.3mm solid #ccc; padding: 1.6mm 2mm; vertical-align: top; }}
.stats {{ display: flex; gap: 4mm; margin: 2mm 0 5mm; }}
.stat {{ flex: 1; background: #f3f1ee; border-top: 1.2mm solid {a}; padding: 3mm; }}
.stat b {{ display: block; font-size: 18pt; color: {c}; }}
.stat span {{ font-size: 8pt; }}
.box {{ background: #eef2f6; border: 0.3mm solid #c9d3dd; padding: 3mm 4mm; margin: 2mm 0 4mm; }}
.box h3 {{ margin: 0 0 2mm; font-size: 10pt; color: {c}; }}
.cover {{ background: {c}; color: #fff; padding: 0; }}
.cover .in {{ position: absolute; left: 20mm; right: 20mm; top: 70mm; }}
.cover .org {{ font-size: 12pt; letter-spacing: 0.6mm; color: {a}; }}
.cover .ti {{ font-family: {hf}; font-size: 30pt; font-weight: bold; line-height: 1.15; margin: 8mm 0; }}
.cover .sub {{ font-size: 13pt; }}
.cover .foot {{ position: absolute; left: 20mm; bottom: 20mm; font-size: 9pt; }}
.toc div {{ display: flex; font-size: 11pt; margin: 0 0 4mm; }}
.toc div span.l {{ flex: 1; border-bottom: 0.4mm dotted #999; margin: 0 2mm 1.2mm; }}
{extra_css}
"""
    parts = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{E(doc['title'])}</title>"
             f"<style>{css}</style></head><body>"]
    parts.append(f"<div class='page cover'><div class='in'><div class='org'>{E(doc['org'].upper())}</div>"
                 f"<div class='ti'>{E(doc['title'])}</div><div class='sub'>{E(doc['subtitle'])}</div></div>"
                 f"<div class='foot'>{E(doc.get('cover_foot', 'All statistics in this document are illustrative.'))}"
                 f"</div></div>")
    toc = "".join(f"<div><span>{E(t)}</span><span class='l'></span><span>{i + 3}</span></div>"
                  for i, (t, _) in enumerate(secs))
    parts.append(_html_page(doc, 2, f"<h1>Contents</h1><div class='toc'>{toc}</div>", folio))
    for i, (t, blocks) in enumerate(secs):
        body = f"<h1>{E(t)}</h1>" + "".join(_html_block(b) for b in blocks)
        parts.append(_html_page(doc, i + 3, body, folio))
    parts.append("</body></html>")
    src = work_file(out.stem + ".html")
    src.write_text("".join(parts), encoding="utf-8")
    common.chromium_to_pdf(src, out)
    return out


def _html_page(doc, n, body, folio):
    return (f"<div class='page'><div class='run'>{E(doc['running'])}</div>{body}"
            f"<div class='folio'>{E(folio.format(n=n, m=len(doc['sections']) + 2))}</div></div>")


def _html_block(b):
    k = b[0]
    if k == "p":
        return f"<p>{E(b[1])}</p>"
    if k == "h":
        return f"<h2>{E(b[1])}</h2>"
    if k in ("ul", "ol"):
        return f"<{k}>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + f"</{k}>"
    if k == "table":
        rows = b[1]
        h = "".join(f"<th>{E(x)}</th>" for x in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{E(x)}</td>" for x in r) + "</tr>" for r in rows[1:])
        return f"<table class='t'><tr>{h}</tr>{body}</table>"
    if k == "stats":
        return "<div class='stats'>" + "".join(f"<div class='stat'><b>{E(n)}</b><span>{E(l)}</span></div>"
                                               for n, l in b[1]) + "</div>"
    if k == "box":
        inner = "".join(f"<li>{E(x)}</li>" for x in b[2])
        return f"<div class='box'><h3>{E(b[1])}</h3><ul>{inner}</ul></div>"
    if k == "raw":
        return b[1]
    raise ValueError(k)


# ------------------------------------------------------------------------------------------- reportlab
def rl_build(doc: dict, out: Path, family="dejavu", head_family=None) -> Path:
    from rl_kit import (A4, Flowable, PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors,
                        fonts, hexc, make_doc, mm, PageTemplate, Frame, NextPageTemplate)
    reg, bold = fonts(family)
    hreg, hbold = fonts(head_family or family)
    c, a = hexc(doc["colour"]), hexc(doc.get("accent", "#f2a900"))
    W, H = A4
    body = ParagraphStyle("b", fontName=reg, fontSize=9.6, leading=13.4, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=hbold, fontSize=20, leading=24, textColor=c, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName=hbold, fontSize=12, leading=15, textColor=c, spaceBefore=6, spaceAfter=4)
    li = ParagraphStyle("li", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=reg, fontSize=8.4, leading=10.6)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold, textColor=colors.white)
    folio = doc.get("folio", "Page {n}")
    m = len(doc["sections"]) + 2

    def furniture(canv, d):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFont(reg, 7.5)
        canv.setFillColor(colors.HexColor("#777777"))
        canv.drawString(18 * mm, H - 12 * mm, doc["running"])
        canv.setStrokeColor(c)
        canv.setLineWidth(1.1)
        canv.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        canv.setFont(reg, 8)
        canv.drawRightString(W - 18 * mm, 11 * mm, folio.format(n=n, m=m))
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(c)
        canv.rect(0, 0, W, H, stroke=0, fill=1)
        canv.setFillColor(a)
        canv.rect(0, H * 0.38, W, 5 * mm, stroke=0, fill=1)
        canv.setFont(bold, 11)
        canv.drawString(20 * mm, H - 70 * mm, doc["org"].upper())
        canv.setFillColor(colors.white)
        y = H - 90 * mm
        for line in doc.get("cover_title_lines", [doc["title"]]):
            canv.setFont(hbold, 28)
            canv.drawString(20 * mm, y, line)
            y -= 34
        canv.setFont(reg, 13)
        canv.drawString(20 * mm, y - 10, doc["subtitle"])
        canv.setFont(reg, 9)
        canv.drawString(20 * mm, 20 * mm, doc.get("cover_foot", "All statistics in this document are illustrative."))
        canv.restoreState()

    fw = W - 36 * mm
    dt = make_doc(out, A4, [PageTemplate("cover", [Frame(0, 0, W, H, id="cv")], onPage=cover),
                            PageTemplate("body", [Frame(18 * mm, 20 * mm, fw, H - 42 * mm, id="b",
                                                        leftPadding=0, rightPadding=0, topPadding=0,
                                                        bottomPadding=0)], onPage=furniture)],
                  doc["title"], doc["org"])
    story = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]
    story.append(Paragraph("Contents", h1))
    rows = [[Paragraph(E(t), body), Paragraph(str(i + 3), body)] for i, (t, _) in enumerate(doc["sections"])]
    tb = Table(rows, colWidths=[fw - 20 * mm, 20 * mm])
    tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    story.append(tb)
    for t, blocks in doc["sections"]:
        story.append(PageBreak())
        story.append(Paragraph(E(t), h1))
        for b in blocks:
            k = b[0]
            if k == "p":
                story.append(Paragraph(E(b[1]), body))
            elif k == "h":
                story.append(Paragraph(E(b[1]), h2))
            elif k in ("ul", "ol"):
                for j, x in enumerate(b[1], 1):
                    story.append(Paragraph(E(x), li, bulletText="\u2022" if k == "ul" else f"{j}."))
            elif k == "table":
                rws = [[Paragraph(E(x), cellh) for x in b[1][0]]] + \
                      [[Paragraph(E(x), cell) for x in r] for r in b[1][1:]]
                n = len(b[1][0])
                tb = Table(rws, colWidths=[fw / n] * n, repeatRows=1)
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), c), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
                story += [tb, Spacer(1, 8)]
            elif k == "stats":
                n = len(b[1])
                big = ParagraphStyle("big", fontName=bold, fontSize=17, leading=20, textColor=c)
                rws = [[[Paragraph(E(x), big), Paragraph(E(l), cell)] for x, l in b[1]]]
                tb = Table(rws, colWidths=[fw / n] * n)
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1efec")),
                                        ("LINEABOVE", (0, 0), (-1, 0), 3, a), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("GRID", (0, 0), (-1, -1), 3, colors.white)]))
                story += [tb, Spacer(1, 8)]
            elif k == "box":
                inner = [Paragraph(f"<b>{E(b[1])}</b>", body)] + \
                        [Paragraph(E(x), li, bulletText="\u2022") for x in b[2]]
                tb = Table([[inner]], colWidths=[fw])
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f6")),
                                        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#c9d3dd")),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
                story += [tb, Spacer(1, 8)]
            elif k == "raw":
                story += b[1]
    dt.build(story)
    return out


# ------------------------------------------------------------------------------------------- python-docx
def docx_build(doc: dict, out: Path, font="Liberation Sans", head_font=None, symbol_at=0) -> Path:
    from docx_kit import (Cm, Pt, bullets, contents, cover_block, header_footer, heading, new_doc, numbered,
                          page_break, para, table)
    colour = doc["colour"].lstrip("#")
    d = new_doc(font=font, size=10, heading_font=head_font, colours=(colour, colour, "404040"),
                title=doc["title"], author=doc["org"])
    header_footer(d, doc["running"], "", footer_fmt=doc.get("folio_docx", "Page {PAGE}"), rule_colour=colour)
    cover_block(d, [(doc["org"].upper(), 12, True, "FFFFFF"), (doc["title"], 26, True, "FFFFFF"),
                    (doc["subtitle"], 13, False, "FFFFFF"),
                    (doc.get("cover_foot", "All statistics in this document are illustrative."), 9, False, "FFFFFF")],
                colour, height_cm=14)
    heading(d, "Contents", 1, page_break=True)
    contents(d, [(t, t, 0) for t, _ in doc["sections"]], {t: i + 3 for i, (t, _) in enumerate(doc["sections"])})
    for t, blocks in doc["sections"]:
        heading(d, t, 1, page_break=True)
        for b in blocks:
            k = b[0]
            if k == "p":
                para(d, b[1])
            elif k == "h":
                heading(d, b[1], 2)
            elif k == "ul":
                bullets(d, b[1])
            elif k == "ol":
                numbered(d, b[1])
            elif k == "table":
                n = len(b[1][0])
                table(d, b[1], [16.6 / n] * n, head_fill=colour)
                para(d, "", space_after=2)
            elif k == "stats":
                n = len(b[1])
                t2 = table(d, [[x for x, _ in b[1]], [l for _, l in b[1]]], [16.6 / n] * n, head_fill=colour,
                           size=9)
                for cl in t2.rows[0].cells:
                    for r in cl.paragraphs[0].runs:
                        r.font.size = Pt(16)
                para(d, "", space_after=2)
            elif k == "box":
                t2 = table(d, [[b[1]], ["\n".join("\u2013 " + x for x in b[2])]], [16.6], head_fill="DDE4EC",
                           head_colour=colour)
                para(d, "", space_after=2)
            elif k == "raw":
                b[1](d)
    src = work_file(out.stem + ".docx")
    d.save(str(src))
    soffice_stable(src, out, symbol_at=symbol_at)
    return out
