"""reportlab house styles of the west_midlands_metro area.

Same document shape as hkit: a drawn cover, contents (page 2), foreword, context, priorities, delivery,
governance, and a back page.  The priorities section is made by a function the document module passes in
(`pri_fn(doc, st, width)` returning flowables).  Contents page numbers come from a second pass
(common.two_pass).  rl_kit sets reportlab's invariant mode, so the output is deterministic.
"""
from common import two_pass
from rl_kit import (A4, ContentsLine, NextPageTemplate, PageBreak, Paragraph, ParagraphStyle, Spacer, Table,
                    TableStyle, Frame, PageTemplate, colors, fonts, hexc, make_doc, mm)

SECTIONS = ["fw", "ctx", "pri", "del", "gov"]


def styles(doc):
    th = doc["theme"]
    reg, bold = fonts(th.get("font", "liberation-sans"))
    hreg, hbold = fonts(th.get("hfont", th.get("font", "liberation-sans")))
    c1 = hexc(th["c1"])
    st = {
        "reg": reg, "bold": bold, "hreg": hreg, "hbold": hbold, "c1": c1, "c2": hexc(th["c2"]),
        "c3": hexc(th.get("c3", "#F2F2F2")),
        "body": ParagraphStyle("body", fontName=reg, fontSize=9.4, leading=13.2, spaceAfter=5,
                               textColor=hexc("#222222")),
        "lead": ParagraphStyle("lead", fontName=reg, fontSize=10.6, leading=14.5, spaceAfter=6,
                               textColor=hexc("#333333")),
        "h1": ParagraphStyle("h1", fontName=hbold, fontSize=21, leading=25, spaceAfter=8, textColor=c1),
        "h2": ParagraphStyle("h2", fontName=hbold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                             textColor=c1),
        "small": ParagraphStyle("small", fontName=reg, fontSize=7.6, leading=9.5, textColor=hexc("#707070"),
                                spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=8.4, leading=10.6),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=8.4, leading=10.6, textColor=colors.white),
        "bul": ParagraphStyle("bul", fontName=reg, fontSize=9.4, leading=13, leftIndent=10, spaceAfter=3),
    }
    return st


def grid(rows, widths, st, head_fill=None):
    data = [[Paragraph(str(x), st["cellh"] if i == 0 else st["cell"]) for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head_fill or st["c1"]),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#CCCCCC")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def story(doc, pages, pri_fn, st, width):
    h = doc["heads"]
    s = [NextPageTemplate("body"), PageBreak()]
    s.append(Paragraph("Contents", st["h1"]))
    s.append(Spacer(1, 6 * mm))
    for k in SECTIONS:
        s.append(ContentsLine(h[k], pages.get(k, 0), st["reg"], 11.5, colour=hexc("#222222"), gap=11,
                              leader=doc["theme"].get("leader", True)))
    s += [PageBreak(), Paragraph(h["fw"], st["h1"])]
    s += [Paragraph(t, st["body"]) for t in doc["foreword"]]
    s.append(Paragraph(f"<b>{doc['signed']}</b>", st["body"]))
    c = doc["context"]
    s += [PageBreak(), Paragraph(h["ctx"], st["h1"]), Paragraph(c["intro"], st["lead"])]
    cells = [[Paragraph(f'<font name="{st["bold"]}" size="15" color="{doc["theme"]["c1"]}">{n}</font><br/>{cap}',
                        st["cell"]) for n, cap in c["stats"][i:i + 3]] for i in range(0, len(c["stats"]), 3)]
    t = Table(cells, colWidths=[width / 3] * 3)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), st["c3"]), ("GRID", (0, 0), (-1, -1), 4, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t, Paragraph("All figures are illustrative and are not official statistics.", st["small"])]
    s.append(Paragraph(c.get("find_head", "What the strategic assessment found"), st["h2"]))
    s += [Paragraph(x, st["bul"], bulletText="\u2022") for x in c["findings"]]
    s.append(Paragraph(c.get("prev_head", "Our last plan"), st["h2"]))
    s.append(Paragraph(c["previous"], st["body"]))
    s += [PageBreak(), Paragraph(h["pri"], st["h1"]), Paragraph(doc["pri_intro"], st["lead"])]
    s += pri_fn(doc, st, width)
    d = doc["delivery"]
    s += [PageBreak(), Paragraph(h["del"], st["h1"]), Paragraph(d["intro"], st["lead"])]
    s.append(grid([d["head"]] + [list(r) for r in d["rows"]], [w * width for w in d.get("widths", (.22, .53, .25))], st))
    s += [Spacer(1, 4 * mm), Paragraph(d["pcc_head"], st["h2"]), Paragraph(d["pcc"], st["body"])]
    g = doc["gov"]
    s += [PageBreak(), Paragraph(h["gov"], st["h1"]), Paragraph(g["intro"], st["lead"])]
    s += [Paragraph(t, st["body"]) for t in g.get("paras", [])]
    s.append(grid([g["head"]] + [list(r) for r in g["rows"]], [.45 * width, .25 * width, .30 * width], st))
    s += [Paragraph("Baselines are illustrative.", st["small"]), Paragraph("Partners", st["h2"]),
          Paragraph(g["partners"], st["body"])]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def make(path, doc, pages, pri_fn, pagesize=A4):
    st = styles(doc)
    th = doc["theme"]
    W, H = pagesize
    ml = 18 * mm
    width = W - 2 * ml

    def cover(c, _d):
        c.saveState()
        c.setFillColor(st["c1"])
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(st["c2"])
        c.rect(0, H * 0.36, W, 9 * mm, stroke=0, fill=1)
        if "cover_art" in doc:
            doc["cover_art"](c, W, H, st)
        c.setFillColor(colors.white)
        c.setFont(st["bold"], 10.5)
        c.drawString(ml, H - 24 * mm, doc["org"].upper())
        c.setFont(st["hbold"], 30)
        y = H * 0.62
        for line in doc["cover_lines"]:
            c.drawString(ml, y, line)
            y -= 36
        c.setFont(st["reg"], 16)
        c.drawString(ml, H * 0.36 - 14 * mm, doc["years"])
        c.setFont(st["reg"], 8)
        c.drawString(ml, 16 * mm, doc.get("cover_note", "Statistics in this document are illustrative."))
        c.restoreState()

    def page(c, d):
        c.saveState()
        c.setStrokeColor(st["c2"])
        c.setLineWidth(1.2)
        c.line(ml, H - 13 * mm, W - ml, H - 13 * mm)
        c.setFont(st["reg"], 7.5)
        c.setFillColor(hexc("#666666"))
        c.drawString(ml, H - 11 * mm, th.get("header", doc["org"]))
        c.setFillColor(st["c1"])
        c.setFont(st["bold"], 8.5)
        c.drawRightString(W - ml, 10 * mm, th.get("folio", "{n}").format(n=d.page))
        c.restoreState()

    def back(c, _d):
        c.saveState()
        c.setFillColor(st["c1"])
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(st["bold"], 11)
        c.drawString(ml, 70 * mm, doc["org"])
        c.setFont(st["reg"], 9.5)
        c.drawString(ml, 62 * mm, doc["contact"])
        c.restoreState()

    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    tpl = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
           PageTemplate("body", [Frame(ml, 18 * mm, width, H - 36 * mm, id="b", **pad)], onPage=page),
           PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]
    d = make_doc(path, pagesize, tpl, doc["title"], doc["org"])
    d.build([Spacer(1, 1)] + story(doc, pages, pri_fn, st, width))


def needles(doc):
    first = {"fw": doc["foreword"][0], "ctx": doc["context"]["intro"], "pri": doc["pri_intro"],
             "del": doc["delivery"]["intro"], "gov": doc["gov"]["intro"]}
    return {k: doc["heads"][k] + " " + " ".join(first[k].split()[:5]) for k in SECTIONS}


def build(root, doc, pri_fn, pagesize=A4):
    out = root / doc["file"]
    two_pass(lambda pages: make(out, doc, pages, pri_fn, pagesize), out, needles(doc))
    return out
