"""House style K3 (reportlab), shared by Folkestone and Hythe, Swale and Tunbridge Wells.

The priorities page is a **table of priorities with sparklines**: each row holds the priority in bold with a
sentence under it, a small drawn line chart of five years of an illustrative indicator (no axis text), and the
latest value with the indicator's name in small type.  No numbers are printed before the priorities.
"""
from kent_districts import rkit
from rl_kit import Flowable, Paragraph, ParagraphStyle, Table, TableStyle, hexc, mm


class Sparkline(Flowable):
    def __init__(self, values, colour, w=34 * mm, h=11 * mm):
        super().__init__()
        self.values, self.colour, self.w, self.h = values, colour, w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        lo, hi = min(self.values), max(self.values)
        span = (hi - lo) or 1
        pts = [(i * self.w / (len(self.values) - 1), 1.5 + (v - lo) / span * (self.h - 3))
               for i, v in enumerate(self.values)]
        c.setStrokeColor(hexc("#DDDDDD"))
        c.setLineWidth(0.5)
        c.line(0, 0, self.w, 0)
        c.setStrokeColor(self.colour)
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for x, y in pts[1:]:
            p.lineTo(x, y)
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(self.colour)
        c.circle(pts[-1][0], pts[-1][1], 1.6, stroke=0, fill=1)


def pri_fn(doc, st, width):
    pst = ParagraphStyle("pri", fontName=st["hbold"], fontSize=12, leading=15, textColor=st["c1"], spaceAfter=2)
    dst = ParagraphStyle("d", fontName=st["reg"], fontSize=8.6, leading=11)
    fst = ParagraphStyle("f", fontName=st["reg"], fontSize=7.4, leading=9, textColor=hexc("#555555"))
    rows = [[Paragraph("<b>Priority</b>", st["cellh"]), Paragraph("<b>Five-year trend</b>", st["cellh"]),
             Paragraph("<b>Latest</b>", st["cellh"])]]
    for text, desc, series, latest, what in doc["priorities"]:
        rows.append([[Paragraph(text, pst), Paragraph(desc, dst)], Sparkline(series, st["c2"]),
                     Paragraph(f'<font size="13" name="{st["bold"]}">{latest}</font><br/>{what}', fst)])
    t = Table(rows, colWidths=[width * .58, width * .24, width * .18])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), st["c1"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.6, hexc("#BBBBBB")),
                           ("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, st["c3"]])]))
    return [t, Paragraph("Trends and latest values are illustrative (2020/21 to 2024/25).", st["small"])]


def build(root, doc):
    return rkit.build(root, doc, pri_fn)
