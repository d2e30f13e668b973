"""City of London Serious Violence Duty Strategy 2024-2029: reportlab report (DejaVu Sans Condensed, Liberation
Sans Bold on the blinds).

Four priorities, stated once, on p6 ("Where we are heading"): **the destination blinds of four drawn London bus
fronts** in a two-by-two grid: a red bus front with windscreen, headlamps and wheels, a yellow route-number box
(11, 15, 25, 242) at the left of a black blind that holds the priority in white bold capitals-free text over two or
three lines.  Distractors: the definition and specified authorities (p4), the strategic needs assessment's key
findings and the Home Office success measures (p5), the route numbers and the "via ..." lines under the blinds
(p6), the intervention titles (p7) and the local measures (p8).
"""
from rl_kit import (A4, BaseDocTemplate, ContentsLine, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                    Paragraph, ParagraphStyle, Spacer, Table, TableStyle, bullets, colors, fonts, hexc, mm)

FILE = "strategies/city_of_london_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "City of London Serious Violence Duty Strategy 2024–2029"
W, H = A4
R, B = fonts("dejavu-cond")
LR, LB = fonts("liberation-sans")
RED, INK = hexc("#DA291C"), hexc("#222222")

body = ParagraphStyle("b", fontName=R, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=10, textColor=hexc("#666666"))
h1 = ParagraphStyle("h1", fontName=B, fontSize=20, leading=24, textColor=RED, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=B, fontSize=11, leading=14, textColor=INK, spaceBefore=6, spaceAfter=4)
blind = ParagraphStyle("bl", fontName=LB, fontSize=10.5, leading=12.5, textColor=hexc("#FFFFFF"))

BUSES = [
    ("11", "Reducing serious violence, and the fear of it, across the Square Mile", "via every ward"),
    ("15", "Safer nights: preventing violence linked to alcohol and the night-time economy", "via licensed premises"),
    ("25", "Keeping knives and weapons off the City's streets", "via stations and hotspots"),
    ("242", "Stepping in early with young adults drawn into violence", "via outreach and custody"),
]


class Buses(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 222 * mm

    def bus(self, c, x, y, route, text, via):
        w, h = 76 * mm, 88 * mm
        c.setFillColor(RED)
        c.roundRect(x, y + 8 * mm, w, h, 6 * mm, fill=1, stroke=0)
        c.setFillColor(hexc("#111111"))
        c.rect(x + 5 * mm, y + h - 22 * mm, w - 10 * mm, 24 * mm, fill=1, stroke=0)  # blind box
        c.setFillColor(hexc("#FFD100"))
        c.rect(x + 6 * mm, y + h - 21 * mm, 13 * mm, 22 * mm, fill=1, stroke=0)
        c.setFillColor(INK)
        c.setFont(LB, 12 if len(route) < 3 else 10)
        c.drawCentredString(x + 12.5 * mm, y + h - 11.5 * mm, route)
        p = Paragraph(text, blind)
        pw, ph = p.wrap(w - 29 * mm, 22 * mm)
        p.drawOn(c, x + 21 * mm, y + h - 10 * mm - ph / 2)
        c.setFillColor(hexc("#BFD7EA"))
        c.rect(x + 5 * mm, y + 40 * mm, w - 10 * mm, 24 * mm, fill=1, stroke=0)  # windscreen
        c.setFillColor(hexc("#FFF6C8"))
        c.circle(x + 11 * mm, y + 24 * mm, 3.5 * mm, fill=1, stroke=0)
        c.circle(x + w - 11 * mm, y + 24 * mm, 3.5 * mm, fill=1, stroke=0)
        c.setFillColor(hexc("#F2F2F2"))
        c.rect(x + 22 * mm, y + 20 * mm, w - 44 * mm, 8 * mm, fill=1, stroke=0)  # number plate
        c.setFillColor(hexc("#333333"))
        c.rect(x + 7 * mm, y, 12 * mm, 10 * mm, fill=1, stroke=0)
        c.rect(x + w - 19 * mm, y, 12 * mm, 10 * mm, fill=1, stroke=0)
        c.setFont(R, 7.5)
        c.setFillColor(hexc("#555555"))
        c.drawString(x, y - 5 * mm, via)

    def draw(self):
        c = self.canv
        for i, (route, text, via) in enumerate(BUSES):
            x = (i % 2) * 88 * mm + 4 * mm
            y = (1 - i // 2) * 110 * mm + 8 * mm
            self.bus(c, x, y, route, text, via)


def footer(c, doc):
    c.saveState()
    c.setFont(R, 7.5)
    c.setFillColor(hexc("#666666"))
    c.drawString(20 * mm, 10 * mm, "City of London Serious Violence Duty Strategy 2024–2029")
    c.drawRightString(W - 20 * mm, 10 * mm, f"Page {doc.page} of 8")
    c.setFillColor(RED)
    c.rect(20 * mm, H - 14 * mm, 30 * mm, 2 * mm, fill=1, stroke=0)
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(B, 11)
    c.drawString(20 * mm, H - 28 * mm, "CITY OF LONDON CORPORATION · CITY OF LONDON POLICE · PARTNERS")
    c.setFont(B, 30)
    c.drawString(20 * mm, H * 0.58, "Serious Violence")
    c.drawString(20 * mm, H * 0.58 - 12 * mm, "Duty Strategy")
    c.setFont(R, 15)
    c.drawString(20 * mm, H * 0.58 - 26 * mm, "2024 – 2029")
    c.restoreState()


def tbl(rows, widths, head=INK):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), R, 8.5), ("FONT", (0, 0), (-1, 0), B, 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#CCCCCC"))]))
    return t


def P(t, st=body):
    return Paragraph(t, st)


def story():
    s = [NextPageTemplate("body"), PageBreak(), P("Contents", h1)]
    for t, p in [("Foreword", 3), ("Serious violence and the Duty", 4), ("What we found", 5),
                 ("Our priorities", 6), ("What we will do", 7), ("Measures and governance", 8)]:
        s.append(ContentsLine(t, p, R, 11, INK))
    s += [PageBreak(), P("Foreword", h1)]
    for t in ["The Square Mile sees less serious violence than most of London, but it is not immune. Most of it "
              "happens late at night, near licensed premises and transport hubs, and many of the people involved do "
              "not live here.",
              "The Serious Violence Duty requires the City of London Corporation, the City of London Police, the "
              "London Fire Brigade, the Probation Service and the NHS to work together to prevent and reduce serious "
              "violence. Because the City is small, we also work closely with the Violence Reduction Unit for London "
              "and with our neighbouring boroughs.",
              "This strategy sets out four priorities for the next five years."]:
        s.append(P(t))
    s += [P("<b>Chair, Safer City Partnership (lead for the Serious Violence Duty)</b>"), PageBreak()]
    s += [P("Serious violence and the Duty", h1), P("Our local definition", h2),
          P("Serious violence means homicide, violence with injury, robbery, knife and weapon offences, and sexual "
            "violence in public places, including where alcohol or drugs are a factor."), P("Specified authorities", h2)]
    s += bullets(["City of London Corporation", "City of London Police", "London Fire Brigade", "Probation Service",
                  "NHS North East London"], body)
    s += [P("Illustrative figures", h2), P("All figures are illustrative and are not official statistics.", small),
          tbl([["Offence (illustrative)", "2023/24", "Change"], ["Violence with injury", "640", "+4%"],
               ["Robbery of personal property", "290", "+9%"], ["Knife and weapon offences", "74", "+6%"],
               ["Assaults treated at hospital after a night out", "180", "+2%"]], [90 * mm, 35 * mm, 30 * mm]),
          PageBreak()]
    s += [P("What we found", h1), P("Key findings of our strategic needs assessment", h2)]
    s += bullets(["Two in five violent offences happen between 10pm and 4am on Thursday to Saturday.",
                  "Robbery of phones and watches is concentrated near three stations.",
                  "Most people arrested for knife offences in the City are aged 18 to 25 and live elsewhere.",
                  "Alcohol is a factor in more than half of assaults with injury."], body)
    s += [P("The Home Office success measures", h2)]
    s += bullets(["A reduction in hospital admissions for assault with a knife or sharp object",
                  "A reduction in knife and sharp object enabled serious violence recorded by the police",
                  "A reduction in homicides recorded by the police"], body)
    s += [P("Our approach", h2), P("We take a public health approach: we look at the causes of violence, use data "
                                   "from several agencies and work with the people affected."), PageBreak()]
    s += [P("Our priorities", h1), P("We have four priorities for 2024–2029. Think of each one as a route we will "
                                     "stay on for the life of this strategy."), Buses(), PageBreak()]
    s += [P("What we will do", h1),
          tbl([[P("<b>Intervention</b>"), P("<b>What it involves</b>"), P("<b>Lead</b>")],
               [P("Late-night hotspot patrols"), P("Joint patrols with licensing officers and street pastors."), P("City Police")],
               [P("Hospital navigators"), P("Youth and adult workers in the emergency department."), P("NHS")],
               [P("Weapon sweeps and knife arches"), P("At stations and in open spaces, with the BTP."), P("City Police")],
               [P("Custody outreach"), P("Workers who meet young adults arrested for violence."), P("Probation")]],
              [50 * mm, 85 * mm, 30 * mm], head=RED), PageBreak()]
    s += [P("Measures and governance", h1), P("Baselines are illustrative.", small),
          tbl([["Local measure", "Baseline", "Aim"], ["Violence with injury at night", "410", "Down"],
               ["Knife and weapon offences", "74", "Down"], ["Repeat young adult offenders", "31", "Down"]],
              [90 * mm, 35 * mm, 30 * mm]),
          P("Governance", h2), P("The Safer City Partnership oversees this strategy and reports each year to the "
                                 "Police Authority Board. Contact: seriousviolence@cityoflondon.example")]
    return s


def build(root):
    out = root / FILE
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(str(out), pagesize=A4, title=TITLE, author="City of London Corporation",
                          creator="stratalign test data")
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H, **pad)], onPage=cover),
                          PageTemplate("body", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, **pad)],
                                       onPage=footer)])
    doc.build(story())
    return out
