"""reportlab house style shared by the reportlab documents of the lancashire_districts area.

`build(root, spec, pri_flowables)` writes the same six-page order as kit_html (cover, contents p2, foreword
p3, context p4, priorities p5, delivery p6); the plan adds its own pages through `extra_pages`.
"""
from rl_kit import (A4, PageBreak, PageTemplate, Frame, BaseDocTemplate, Paragraph, ParagraphStyle, Spacer,
                    Table, TableStyle, fonts, hexc, mm, Flowable, TA_CENTER)
from lancashire_districts.work import check_pages

W, H = A4


def styles(spec):
    reg, bold = fonts(spec.get("rl_font", "liberation-sans"))
    hreg, hbold = fonts(spec.get("rl_head", "liberation-serif"))
    c1 = hexc(spec["c1"])
    return {
        "reg": reg, "bold": bold, "hbold": hbold,
        "body": ParagraphStyle("b", fontName=reg, fontSize=9.4, leading=13.4, spaceAfter=5),
        "h1": ParagraphStyle("h1", fontName=hbold, fontSize=20, leading=24, textColor=c1, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=14, textColor=c1, spaceBefore=8, spaceAfter=4),
        "li": ParagraphStyle("li", fontName=reg, fontSize=9.2, leading=12.8, leftIndent=10, bulletIndent=0, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=8.4, leading=11),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=8.4, leading=11, textColor=hexc("#FFFFFF")),
        "note": ParagraphStyle("n", fontName=reg, fontSize=7.5, leading=10, textColor=hexc("#777777")),
        "toc": ParagraphStyle("t", fontName=reg, fontSize=11, leading=15),
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows, widths, st, c1):
    data = [[Paragraph(esc(c), st["cellb"] if i == 0 else st["cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), c1), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#CCCCCC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


class Stats(Flowable):
    def __init__(self, items, st, c1, c2, width=176 * mm):
        super().__init__()
        self.items, self.st, self.c1, self.c2, self.w = items, st, c1, c2, width
        self.rows = (len(items) + 2) // 3

    def wrap(self, aw, ah):
        return self.w, self.rows * 19 * mm

    def draw(self):
        c = self.canv
        cw = (self.w - 6 * mm) / 3
        for i, (n, lab) in enumerate(self.items):
            r, k = divmod(i, 3)
            x, y = k * (cw + 3 * mm), (self.rows - r - 1) * 19 * mm
            c.setFillColor(hexc("#F2F2F2"))
            c.rect(x, y + 2 * mm, cw, 15 * mm, stroke=0, fill=1)
            c.setFillColor(hexc(self.c2))
            c.rect(x, y + 16 * mm, cw, 1 * mm, stroke=0, fill=1)
            c.setFillColor(hexc(self.c1))
            c.setFont(self.st["bold"], 13)
            c.drawString(x + 3 * mm, y + 10.5 * mm, n)
            c.setFillColor(hexc("#333333"))
            c.setFont(self.st["reg"], 7.8)
            c.drawString(x + 3 * mm, y + 5 * mm, lab)


def build(root, spec, pri_flowables, pages_extra=None):
    """pri_flowables(st) -> flowables of the priorities page."""
    out = root / spec["file"]
    st = styles(spec)
    c1, c2 = hexc(spec["c1"]), hexc(spec["c2"])

    def cover(c, doc):
        c.saveState()
        c.setFillColor(c1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(c2)
        c.rect(0, 120 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(st["bold"], 10)
        c.drawString(18 * mm, H - 24 * mm, spec["org"].upper())
        p = Paragraph(esc(spec["cover_title"]), ParagraphStyle("ct", fontName=st["hbold"], fontSize=29, leading=34,
                                                                   textColor=hexc("#FFFFFF")))
        _, ph = p.wrap(170 * mm, 100 * mm)
        p.drawOn(c, 18 * mm, H - 80 * mm - ph)
        c.setFont(st["reg"], 17)
        c.drawString(18 * mm, 100 * mm, spec["years"])
        c.setFont(st["reg"], 9)
        c.drawString(18 * mm, 25 * mm, spec.get("cover_kicker", ""))
        c.restoreState()

    def page(c, doc):
        c.saveState()
        c.setFont(st["reg"], 7.5)
        c.setFillColor(hexc("#777777"))
        c.drawString(17 * mm, 10 * mm, spec["short"])
        c.setFillColor(c1)
        c.drawRightString(W - 17 * mm, 10 * mm, f"Page {doc.page}")
        c.setStrokeColor(c2)
        c.setLineWidth(1.2)
        c.line(17 * mm, H - 12 * mm, W - 17 * mm, H - 12 * mm)
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, title=spec["title"], author=spec["org"],
                          creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    fr = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H, **fr)], onPage=cover),
                          PageTemplate("body", [Frame(17 * mm, 17 * mm, W - 34 * mm, H - 35 * mm, **fr)], onPage=page)])
    from reportlab.platypus import NextPageTemplate
    F = [NextPageTemplate("body"), PageBreak()]
    heads = spec.get("toc") or [("Foreword", 3), (spec["ctx_head"], 4), (spec["pri_head"], 5),
                                ("Delivery, measures and governance", 6)]
    F.append(Paragraph("Contents", st["h1"]))
    toc = Table([[Paragraph(esc(t), st["toc"]), Paragraph(str(n), st["toc"])] for t, n in heads],
                colWidths=[150 * mm, 20 * mm])
    toc.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#BBBBBB")),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    F += [toc, PageBreak(), Paragraph("Foreword", st["h1"])]
    F += [Paragraph(esc(t), st["body"]) for t in spec["foreword"]]
    F += [Paragraph(f"<b>{esc(spec['signed'])}</b>", st["body"]), PageBreak()]
    F += [Paragraph(esc(spec["ctx_head"]), st["h1"]),
          Paragraph(esc(spec["ctx_intro"]) + " All figures on this page are illustrative and are not official "
                    "statistics.", st["body"]), Stats(spec["stats"], st, spec["c1"], spec["c2"])]
    F.append(Paragraph(esc(spec.get("findings_head", "What the strategic assessment found")), st["h2"]))
    F += [Paragraph(esc(t), st["li"], bulletText="\u2022") for t in spec["findings"]]
    F += [Paragraph(esc(spec.get("prev_head", "Our previous plan")), st["h2"]), Paragraph(esc(spec["previous"]), st["body"])]
    if spec.get("pcc"):
        box = Table([[Paragraph("<b>The Police and Crime Plan for Lancashire</b><br/>" + esc(spec["pcc"]), st["cell"])]],
                    colWidths=[176 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, c1), ("BACKGROUND", (0, 0), (-1, -1), hexc("#FAFAFA")),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        F += [Spacer(1, 6), box]
    F += [PageBreak(), Paragraph(esc(spec["pri_head"]), st["h1"])]
    F += pri_flowables(st)
    F += [PageBreak(), Paragraph("Delivery, measures and governance", st["h1"]),
          Paragraph(esc(spec.get("delivery_intro", "Each priority has a lead partner and a delivery group. Our main "
                                 "actions for the first year are below.")), st["body"]),
          table([("Theme", "Main actions for the first year", "Lead")] + spec["delivery"],
                [38 * mm, 100 * mm, 38 * mm], st, c1),
          Paragraph("How we will measure progress", st["h2"]),
          table([("Measure", "Baseline (illustrative)", "Aim")] + spec["measures"], [90 * mm, 46 * mm, 40 * mm], st, c1),
          Paragraph("Governance", st["h2"]), Paragraph(esc(spec["governance"]), st["body"]),
          Paragraph("Partners", st["h2"]), Paragraph(esc(spec["partners"]), st["body"]),
          Paragraph(f"Contact: {esc(spec['contact'])}. Statistics in this document are illustrative.", st["note"])]
    doc.build(F)
    check_pages(out, {"Foreword": 3, spec["ctx_head"]: 4, spec["pri_head"]: 5,
                      "Delivery, measures and governance": 6})
    return out


# ----------------------------------------------------------------------------------- layouts

class Drawn(Flowable):
    """A fixed-height drawing with one priority text in a Paragraph at a given box."""

    def __init__(self, height, draw_fn, text, pstyle, box):
        super().__init__()
        self.h, self.fn, self.box = height, draw_fn, box
        self.p = Paragraph(esc(text), pstyle)

    def wrap(self, aw, ah):
        return aw, self.h

    def draw(self):
        self.fn(self.canv, self.h)
        x, y, w, h = self.box
        _, ph = self.p.wrap(w, h)
        self.p.drawOn(self.canv, x, y + (h - ph) / 2)


def marquee_sign(text, st, board="#7B1010", text_col="#FFD54A", h=24 * mm, width=176 * mm):
    """An illuminated sign board with a border of light bulbs (Blackpool style)."""
    def draw(c, H):
        c.setFillColor(hexc("#222222"))
        c.roundRect(0, 2 * mm, width, H - 4 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(hexc(board))
        c.roundRect(2.5 * mm, 4.5 * mm, width - 5 * mm, H - 9 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFF3B0"))
        n = int(width / (6 * mm))
        for i in range(n + 1):
            x = 1.2 * mm + i * (width - 2.4 * mm) / n
            c.circle(x, 3.2 * mm, 0.9 * mm, stroke=0, fill=1)
            c.circle(x, H - 3.2 * mm, 0.9 * mm, stroke=0, fill=1)
        for k in range(1, 4):
            y = 3.2 * mm + k * (H - 6.4 * mm) / 4
            c.circle(1.2 * mm, y, 0.9 * mm, stroke=0, fill=1)
            c.circle(width - 1.2 * mm, y, 0.9 * mm, stroke=0, fill=1)
    ps = ParagraphStyle("mq", fontName=st["bold"], fontSize=14.5, leading=17.5, alignment=TA_CENTER,
                        textColor=hexc(text_col))
    return Drawn(h, draw, text, ps, (10 * mm, 5 * mm, width - 20 * mm, h - 10 * mm))


def deckchair(text, st, stripes=("#1D6FA3", "#FFFFFF"), h=38 * mm, width=176 * mm):
    """A deckchair seen from the front: wooden frame, striped canvas and a sewn-on label holding the priority."""
    def draw(c, H):
        c.setStrokeColor(hexc("#8B5A2B"))
        c.setLineWidth(5)
        c.line(18 * mm, 2 * mm, 22 * mm, H - 2 * mm)
        c.line(width - 18 * mm, 2 * mm, width - 22 * mm, H - 2 * mm)
        c.line(20 * mm, H - 3 * mm, width - 20 * mm, H - 3 * mm)
        sw = (width - 48 * mm) / 12
        for i in range(12):
            c.setFillColor(hexc(stripes[i % 2]))
            c.rect(24 * mm + i * sw, 8 * mm, sw, H - 14 * mm, stroke=0, fill=1)
        c.setStrokeColor(hexc("#555555"))
        c.setLineWidth(0.6)
        c.rect(24 * mm, 8 * mm, width - 48 * mm, H - 14 * mm, stroke=1, fill=0)
        c.setFillColor(hexc("#FFFDF5"))
        c.setStrokeColor(hexc("#999999"))
        c.setDash(2, 2)
        c.roundRect(40 * mm, 12 * mm, width - 80 * mm, H - 22 * mm, 2 * mm, stroke=1, fill=1)
        c.setDash()
    ps = ParagraphStyle("dc", fontName=st["bold"], fontSize=13, leading=16, alignment=TA_CENTER,
                        textColor=hexc("#1B1B1B"))
    return Drawn(h, draw, text, ps, (43 * mm, 12 * mm, width - 86 * mm, h - 22 * mm))


def bus_stop(text, n, st, h=30 * mm, width=176 * mm, colour="#B01E23"):
    """A bus stop flag on its pole: a roundel, a 'STOP n' plate and the stop name (the priority)."""
    def draw(c, H):
        c.setFillColor(hexc("#777777"))
        c.rect(6 * mm, 0, 2.2 * mm, H, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setStrokeColor(hexc("#333333"))
        c.setLineWidth(1.2)
        c.roundRect(9 * mm, 3 * mm, width - 12 * mm, H - 6 * mm, 2 * mm, stroke=1, fill=1)
        c.setFillColor(hexc(colour))
        c.circle(22 * mm, H / 2, 9 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.rect(11 * mm, H / 2 - 2 * mm, 22 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(hexc(colour))
        c.setFont(st["bold"], 5.5)
        c.drawCentredString(22 * mm, H / 2 - 1.3 * mm, "REOFFENDING")
        c.setFillColor(hexc("#333333"))
        c.rect(width - 25 * mm, 3 * mm, 22 * mm, H - 6 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(st["bold"], 7)
        c.drawCentredString(width - 14 * mm, H / 2 + 2 * mm, "STOP")
        c.setFont(st["bold"], 13)
        c.drawCentredString(width - 14 * mm, H / 2 - 4 * mm, f"R{n}")
    ps = ParagraphStyle("bs", fontName=st["bold"], fontSize=13, leading=16, textColor=hexc("#111111"))
    return Drawn(h, draw, text, ps, (36 * mm, 4 * mm, width - 64 * mm, h - 8 * mm))


def recipe_card(spec, st):
    """A recipe card: title strip, serves / prep line, 'Ingredients' (the priorities), then 'Method' (actions)."""
    c1 = hexc(spec["c1"])
    ing = ParagraphStyle("ing", fontName=st["bold"], fontSize=12.5, leading=16, leftIndent=14, spaceAfter=2)
    q = ParagraphStyle("q", fontName=st["reg"], fontSize=8.5, leading=11, leftIndent=14, textColor=hexc("#666666"),
                       spaceAfter=6)
    rows = [[Paragraph(f"<font color='#FFFFFF'><b>{esc(spec['recipe_title'])}</b></font>",
                       ParagraphStyle("rt", fontName=st["hbold"], fontSize=15, leading=19))],
            [Paragraph(esc(spec["recipe_meta"]), ParagraphStyle("rm", fontName=st["reg"], fontSize=8.5, leading=11,
                                                                 textColor=hexc("#555555")))],
            [Paragraph("Ingredients: our four priorities", ParagraphStyle("ih", fontName=st["bold"], fontSize=10.5,
                                                                            leading=14, textColor=c1))]]
    for name, desc in spec["priorities"]:
        rows.append([[Paragraph(esc(name), ing, bulletText="\u2022"), Paragraph(esc(desc), q)]])
    rows.append([Paragraph("Method", ParagraphStyle("mh", fontName=st["bold"], fontSize=10.5, leading=14, textColor=c1))])
    for i, m in enumerate(spec["method"], 1):
        rows.append([Paragraph(f"{i}. {esc(m)}", st["cell"])])
    t = Table(rows, colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), c1), ("BACKGROUND", (0, 1), (-1, -1), hexc("#FFFBF0")),
                           ("BOX", (0, 0), (-1, -1), 1.2, c1), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("LINEBELOW", (0, 1), (-1, 1), 0.5, hexc("#D8CBA8"))]))
    return t
