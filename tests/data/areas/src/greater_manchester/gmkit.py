"""Shared page scaffolding for the greater_manchester documents: a plain HTML report (printed by Chromium)
and a plain reportlab report.  Each document module supplies its own content and its own priorities page."""
from __future__ import annotations

import html

from common import chromium_to_pdf
from greater_manchester.work import work_file


e = lambda s: html.escape(s, quote=False)  # noqa: E731

SECTIONS = ["Foreword", "{ctx}", "{how}", "Our priorities", "Delivering the strategy", "Measures and governance"]


def contents_entries(d):
    if "contents" in d:
        return d["contents"]
    names = [s.format(ctx=d["ctx_title"], how=d["how_title"]) for s in SECTIONS]
    return list(zip(names, range(3, 9)))


# ------------------------------------------------------------------ HTML
BASE_CSS = """
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.45; color: #222; margin: 0; }
.pg { break-before: page; }
h1.t { font-size: 19pt; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; }
table.g { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
table.g th { text-align: left; padding: 1.6mm 2mm; color: #fff; }
table.g td { border-bottom: 1px solid #ccc; padding: 1.6mm 2mm; vertical-align: top; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; }
.toc div span.n { margin-left: auto; font-weight: 700; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { padding: 2mm 3mm; background: #f3f1f6; } .stat b { font-size: 15pt; display: block; }
.box { padding: 3mm 4mm; margin: 3mm 0; background: #f4f4f4; font-size: 8.8pt; }
.note { font-size: 7.5pt; color: #666; }
.cover { width: 210mm; height: 297mm; position: relative; color: #fff; break-after: page; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: .8pt; }
.cover h1 { position: absolute; left: 18mm; top: 120mm; font-size: 29pt; line-height: 1.15; margin: 0; width: 165mm; }
.cover .yr { position: absolute; left: 18mm; top: 190mm; font-size: 15pt; }
"""


def html_common(d, prio_html, css, page_css):
    """d: content dict.  Returns the full HTML of an 8-page report."""
    c = d["colour"]
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(d["title"])}</title>'
         f'<style>{page_css}{BASE_CSS}{css} h1.t, h2 {{ color: {c}; }} table.g th {{ background: {c}; }}'
         f' .cover {{ page: bare; background: {c}; }}</style></head><body>']
    P.append(f'<div class="cover">{d.get("cover_art", "")}<div class="org">{e(d["org"].upper())}</div>'
             f'<h1>{e(d["cover_title"])}</h1><div class="yr">{e(d["years"])}</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for name, n in contents_entries(d):
        P.append(f'<div><span>{e(name)}</span><span class="n">{n}</span></div>')
    P.append('</div>')
    P.append(f'<div class="pg"><h1 class="t">Foreword</h1>')
    for para in d["foreword"]:
        P.append(f'<p>{e(para)}</p>')
    P.append(f'<p><b>{e(d["signed"])}</b></p></div>')
    P.append(f'<div class="pg"><h1 class="t">{e(d["ctx_title"])}</h1><p>{e(d["ctx_intro"])}</p><div class="stats">')
    for big, small in d["stats"]:
        P.append(f'<div class="stat"><b>{e(big)}</b>{e(small)}</div>')
    P.append('</div><p class="note">All figures on this page are illustrative and are not official statistics.</p>')
    P.append(f'<h2>{e(d["findings_title"])}</h2><ul>' + "".join(f"<li>{e(x)}</li>" for x in d["findings"]) + "</ul>")
    P.append(f'<h2>{e(d["prev_title"])}</h2><p>{e(d["prev_intro"])}</p><ul>'
             + "".join(f"<li>{e(x)}</li>" for x in d["prev"]) + "</ul></div>")
    P.append(f'<div class="pg"><h1 class="t">{e(d["how_title"])}</h1>')
    for h, body in d["how"]:
        if isinstance(body, list):
            P.append(f'<h2>{e(h)}</h2><ul>' + "".join(f"<li>{e(x)}</li>" for x in body) + "</ul>")
        else:
            P.append(f'<h2>{e(h)}</h2><p>{e(body)}</p>')
    P.append('</div>')
    P.append(f'<div class="pg">{prio_html}</div>')
    P.append(f'<div class="pg"><h1 class="t">Delivering the strategy</h1><p>{e(d["delivery_intro"])}</p>'
             f'<table class="g"><tr>' + "".join(f"<th>{e(h)}</th>" for h in d["actions_head"]) + "</tr>")
    for row in d["actions"]:
        P.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1>'
             '<h2>How we will know we are making a difference</h2><table class="g"><tr><th>Measure</th>'
             '<th>Baseline (illustrative)</th><th>Direction</th></tr>')
    for row in d["measures"]:
        P.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>")
    P.append(f'</table><h2>Governance</h2><p>{e(d["governance"])}</p><h2>Partners</h2><p>{e(", ".join(d["partners"]))}.</p>'
             f'<p class="note">Contact: {e(d["contact"])}. Figures are illustrative.</p></div>')
    P.append("</body></html>")
    return "\n".join(P)


def build_html(out_root, d, prio_html, css, page_css):
    src = work_file(d["slug"] + ".html")
    src.write_text(html_common(d, prio_html, css, page_css), encoding="utf-8")
    out = out_root / d["file"]
    chromium_to_pdf(src, out)
    return out


# ------------------------------------------------------------------ reportlab
def rl_build(out_root, d, prio_flowables, font="liberation-sans", footer="Page {n}"):
    """An 8-page reportlab report: cover drawn on page 1, then the common sections; `prio_flowables` fills p6."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    from rl_kit import PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, fonts, hexc

    reg, bold = fonts(font)
    col = hexc(d["colour"])
    body = ParagraphStyle("b", fontName=reg, fontSize=9.4, leading=13.2, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=7.6, leading=10, textColor=colors.HexColor("#666666"))
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=19, leading=23, textColor=col, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=14, textColor=col, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", parent=body, fontSize=8.4, leading=11, spaceAfter=0)
    cellh = ParagraphStyle("ch", parent=cell, fontName=bold, textColor=colors.white)
    bul = ParagraphStyle("bu", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=2)
    E = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731

    def tbl(head, rows, widths):
        data = [[Paragraph(E(h), cellh) for h in head]] + [[Paragraph(E(x), cell) for x in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), col), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#BBBBBB"))]))
        return t

    S = [PageBreak(), Paragraph("Contents", h1)]
    for name, n in contents_entries(d):
        S.append(Table([[Paragraph(E(name), ParagraphStyle("tc", parent=body, fontSize=11)),
                         Paragraph(f"<b>{n}</b>", ParagraphStyle("tn", parent=body, fontSize=11, alignment=2))]],
                       colWidths=[150 * mm, 24 * mm],
                       style=[("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#CCCCCC"))]))
    S += [PageBreak(), Paragraph(E(d.get("foreword_title", "Foreword")), h1)] + [Paragraph(E(p), body) for p in d["foreword"]]
    S.append(Paragraph(f"<b>{E(d['signed'])}</b>", body))
    S += [PageBreak(), Paragraph(E(d["ctx_title"]), h1), Paragraph(E(d["ctx_intro"]), body)]
    stats = [[Paragraph(f"<font size=15 color='{d['colour']}'><b>{E(b)}</b></font><br/>{E(s)}", cell)
              for b, s in d["stats"][i:i + 3]] for i in range(0, len(d["stats"]), 3)]
    S.append(Table(stats, colWidths=[58 * mm] * 3, style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
                                                          ("GRID", (0, 0), (-1, -1), 3, colors.white),
                                                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(Paragraph("All figures on this page are illustrative and are not official statistics.", small))
    S.append(Paragraph(E(d["findings_title"]), h2))
    S += [Paragraph(E(x), bul, bulletText="\u2022") for x in d["findings"]]
    S += [Paragraph(E(d["prev_title"]), h2), Paragraph(E(d["prev_intro"]), body)]
    S += [Paragraph(E(x), bul, bulletText="\u2022") for x in d["prev"]]
    S += [PageBreak(), Paragraph(E(d["how_title"]), h1)]
    for h, b in d["how"]:
        S.append(Paragraph(E(h), h2))
        if isinstance(b, list):
            S += [Paragraph(E(x), bul, bulletText="\u2022") for x in b]
        else:
            S.append(Paragraph(E(b), body))
    S += [PageBreak()] + list(prio_flowables(dict(body=body, h1=h1, h2=h2, cell=cell, reg=reg, bold=bold, col=col)))
    S += [PageBreak(), Paragraph(E(d.get("delivery_title", "Delivering the strategy")), h1), Paragraph(E(d["delivery_intro"]), body)]
    n = len(d["actions_head"])
    S.append(tbl(d["actions_head"], d["actions"], d.get("actions_widths", [174 / n] * n)))
    S += [PageBreak(), Paragraph(E(d.get("measures_title", "Measures and governance")), h1), Paragraph("How we will know we are making a difference", h2),
          tbl(["Measure", "Baseline (illustrative)", "Direction"], d["measures"], [100, 44, 30]),
          Paragraph("Governance", h2), Paragraph(E(d["governance"]), body), Paragraph("Partners", h2),
          Paragraph(E(", ".join(d["partners"])) + ".", body),
          Paragraph(f"Contact: {E(d['contact'])}. Figures are illustrative.", small)]

    def first(c, doc):
        c.saveState()
        c.setFillColor(col)
        c.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
        if d.get("cover_fn"):
            d["cover_fn"](c)
        c.setFillColor(colors.white)
        c.setFont(bold, 10)
        c.drawString(18 * mm, A4[1] - 24 * mm, d["org"].upper())
        c.setFont(bold, 28)
        y = A4[1] - 140 * mm
        for line in d["cover_lines"]:
            c.drawString(18 * mm, y, line)
            y -= 34
        c.setFont(reg, 15)
        c.drawString(18 * mm, y - 20, d["years"])
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont(reg, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(A4[0] / 2, 10 * mm, footer.format(n=doc.page))
        c.drawString(18 * mm, A4[1] - 11 * mm, d["short"])
        c.setStrokeColor(col)
        c.line(18 * mm, A4[1] - 13 * mm, A4[0] - 18 * mm, A4[1] - 13 * mm)
        c.restoreState()

    out = out_root / d["file"]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=d["title"], author=d["org"], creator="greater_manchester build")
    doc.build(S, onFirstPage=first, onLaterPages=later)
    return out
