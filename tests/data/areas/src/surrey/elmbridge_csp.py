"""Elmbridge Community Safety Partnership Plan 2024-2027: reportlab report (DejaVu Sans Condensed body,
Liberation Serif headings).

Four priorities, stated once, on p6 as **stacked swallowtail ribbon banners**: each a coloured ribbon with
notched (swallowtail) ends and a darker folded tab behind each end, set alternately a little to the left and
to the right, the priority centred on it in white bold (two wrap over two lines), with a grey sentence under
it; no numbers.  The Surrey Community Safety Agreement's themes and the 2021-2024 priorities (p5), the key
findings (p4), the delivery page's short labels (p7) and the measures (p8) are distractors.
"""
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/elmbridge_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Elmbridge Community Safety Partnership Plan 2024–2027"

BLUE, ORANGE, INK, GREY = hexc("#0D4D7A"), hexc("#E07A1F"), hexc("#1E1E1E"), hexc("#666666")
RIBBONS = [(hexc("#0D4D7A"), hexc("#083350")), (hexc("#2E8B57"), hexc("#1E5E3A")),
           (hexc("#C0462B"), hexc("#83301D")), (hexc("#6B4C9A"), hexc("#463266"))]
REG, BOLD = fonts("dejavu-cond")
SBOLD = fonts("liberation-serif")[1]
W, H = A4
pdfmetrics.registerFontFamily(REG, normal=REG, bold=BOLD, italic=REG, boldItalic=BOLD)

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=BLUE, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
sub = ParagraphStyle("sub", parent=body, fontSize=9.2, leading=12.4, textColor=GREY, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)

PRIORITIES = [
    ("Tackling anti-social behaviour in our town centres and green spaces",
     "Walton, Weybridge, Esher and Cobham town centres, and the riverside, commons and parks."),
    ("Protecting older and vulnerable residents from fraud and scams",
     "Courier fraud, doorstep crime and online scams aimed at people who live alone."),
    ("Reducing speeding and anti-social driving on Elmbridge roads",
     "Speeding through villages, car meets and nuisance vehicles, reported by residents in every ward."),
    ("Reducing burglary and vehicle crime",
     "Homes in the borough are targeted by travelling criminals, and catalytic converters are stolen from cars."),
]


class Ribbon(Flowable):
    """A swallowtail ribbon banner with folded tabs, holding centred white text."""

    def __init__(self, text, fill, dark, shift, width_frac=0.8):
        super().__init__()
        self.text, self.fill, self.dark, self.shift, self.wf = text, fill, dark, shift, width_frac

    def wrap(self, aw, ah):
        self.aw = aw
        self.bw = aw * self.wf
        self.lines = simpleSplit(self.text, BOLD, 15, self.bw - 70)
        self.bh = 16 + 19 * len(self.lines)
        return aw, self.bh + 16

    def draw(self):
        c = self.canv
        x0 = (self.aw - self.bw) / 2 + self.shift
        x1 = x0 + self.bw
        y0, y1 = 12, 12 + self.bh
        notch = 14
        # folded tabs behind the band, lower and outward
        for side in (-1, 1):
            c.setFillColor(self.dark)
            p = c.beginPath()
            if side < 0:
                a = x0 - 26
                p.moveTo(a, y0 - 8)
                p.lineTo(x0 + 18, y0 - 8)
                p.lineTo(x0 + 18, y1 - 8)
                p.lineTo(a, y1 - 8)
                p.lineTo(a + notch, (y0 + y1) / 2 - 8)
            else:
                a = x1 + 26
                p.moveTo(a, y0 - 8)
                p.lineTo(x1 - 18, y0 - 8)
                p.lineTo(x1 - 18, y1 - 8)
                p.lineTo(a, y1 - 8)
                p.lineTo(a - notch, (y0 + y1) / 2 - 8)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(self.fill)
        c.rect(x0, y0, self.bw, self.bh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 15)
        y = y1 - 8 - 15 * 0.8 - 2
        for ln in self.lines:
            c.drawCentredString((x0 + x1) / 2, y, ln)
            y -= 19


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(ORANGE)
    c.setLineWidth(2)
    c.line(18 * mm, H - 13 * mm, 40 * mm, H - 13 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawRightString(W - 18 * mm, H - 14 * mm, "Elmbridge Community Safety Partnership · Plan 2024–2027")
    c.setFillColor(BLUE)
    c.setFont(BOLD, 9)
    c.drawCentredString(W / 2, 11 * mm, f"· {p} ·")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#EAF1F7"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BLUE)
    c.rect(0, H * 0.55, W, H * 0.45, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(18 * mm, H * 0.55 - 3 * mm, 60 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 26 * mm, "ELMBRIDGE COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(18 * mm, H - 95 * mm, "Community Safety")
    c.drawString(18 * mm, H - 110 * mm, "Partnership Plan")
    c.setFont(REG, 18)
    c.drawString(18 * mm, H - 124 * mm, "2024 – 2027")
    c.setFillColor(BLUE)
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 30 * mm, "Claygate · Cobham · Esher · Hersham · Molesey · Thames Ditton · Walton · Weybridge")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Elmbridge in figures", "ctx"),
                      ("Where this plan comes from", "old"), ("Our priorities", "pri"), ("What we will do", "del"),
                      ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Elmbridge is a borough of riverside towns and villages on the edge of London, with some of the lowest "
        "crime rates in the country. Residents still tell us that they worry about crime, and that some crimes, "
        "from scams to speeding, are not taken seriously enough.",
        "The Elmbridge Community Safety Partnership brings together Elmbridge Borough Council, Surrey Police, "
        "Surrey County Council, Surrey Fire and Rescue Service, the Probation Service, the NHS and local housing "
        "and voluntary organisations.",
        "This plan sets out four priorities for the next three years. They are the issues that residents raised "
        "most often and that the partnership can do most about together.",
        "<b>Chair, Elmbridge Community Safety Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Elmbridge in figures", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    t = Table([["Residents", "139,000"], ["Crimes recorded in 2023/24", "7,800"], ["ASB incidents", "2,100"],
               ["Residential burglaries", "520"], ["Vehicle crimes", "940"],
               ["Fraud reports by residents over 65", "610"], ["Speeding complaints to the council", "1,350"]],
              colWidths=[100 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 10), ("FONT", (1, 0), (1, -1), BOLD, 10),
                           ("TEXTCOLOR", (1, 0), (1, -1), BLUE), ("LINEBELOW", (0, 0), (-1, -1), 0.5,
                                                                  hexc("#C9D7E3")),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("Key findings of the strategic assessment", h2)]
    s += bullets(["Anti-social behaviour rises in summer along the river and in the parks.",
                  "Older residents lose more money to fraud than any other group.",
                  "Speeding is the issue residents raise most at ward meetings.",
                  "Burglary is falling but remains above the Surrey average in two wards.",
                  "Domestic abuse and serious violence are below the Surrey average and led county-wide."], bl)
    s += [PageBreak(), Paragraph("Where this plan comes from", h1),
          Paragraph("Our 2021–2024 plan had three priorities: Safer neighbourhoods; Supporting vulnerable people; "
                    "and Tackling acquisitive crime. We met most of our targets (illustrative).", body),
          Paragraph("The Surrey Community Safety Agreement", h2),
          Paragraph("The county-wide Community Safety Agreement sets shared themes for all eleven partnerships in "
                    "Surrey: Domestic abuse; Serious violence; Exploitation; Substance misuse; and Prevent. The "
                    "county-wide boards lead on these, and we support them locally; they are not repeated as "
                    "priorities in this plan.", body),
          Paragraph("How we chose our priorities", h2)]
    s += bullets(["The strategic assessment of crime and disorder data.",
                  "A residents' survey with 900 responses (illustrative).",
                  "Workshops with ward councillors and neighbourhood officers."], bl)
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("The partnership has agreed four priorities for 2024–2027. They are shown below in no order "
                    "of importance.", body), Spacer(1, 12)]
    shifts = [-14, 14, -14, 14]
    for (name, txt), (fill, dark), sh in zip(PRIORITIES, RIBBONS, shifts):
        s += [Ribbon(name, fill, dark, sh), Spacer(1, 2), Paragraph(txt, sub), Spacer(1, 16)]
    s += [PageBreak(), Paragraph("What we will do", h1), Paragraph("The main actions for 2024/25.", body)]
    for lab, acts in [("Town centres", ["Summer riverside patrols with council rangers.",
                                        "Youth outreach in Walton and Molesey."]),
                      ("Scams", ["Call blockers from Trading Standards for repeat victims.",
                                 "Scams awareness with banks, GP surgeries and libraries."]),
                      ("Roads", ["More Community Speedwatch groups.",
                                 "Joint operations against car meets with Surrey Police."]),
                      ("Homes and vehicles", ["Property marking in target wards.",
                                              "Catalytic converter marking days."])]:
        s.append(Paragraph(lab, h2))
        s += bullets(acts, bl)
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The partnership board meets every quarter and reports to the council's Overview and "
                    "Scrutiny Committee and to the Police and Crime Commissioner for Surrey.", body)]
    m = Table([["Measure", "Baseline", "Direction"], ["ASB incidents", "2,100", "Down"],
               ["Repeat victims of fraud over 65", "150", "Down"], ["Active Speedwatch groups", "9", "Up"],
               ["Residential burglaries", "520", "Down"]], colWidths=[90 * mm, 30 * mm, 40 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#C9D7E3"))]))
    m.hAlign = "LEFT"
    s += [m, Spacer(1, 6), Paragraph("Baselines are illustrative. Contact: csp@elmbridge.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Elmbridge Community Safety Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Elmbridge is", "ctx": "Elmbridge in figures The figures",
               "old": "Where this plan comes from Our", "pri": "Our priorities The partnership has agreed four",
               "del": "What we will do The main", "gov": "Governance and measures The partnership"}
    two_pass(run, out, needles)
    return out
