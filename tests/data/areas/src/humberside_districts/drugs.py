"""East Riding Combating Drugs Partnership: Local Drugs Strategy 2025-2028 (fictional).

reportlab, A4 portrait, 9 pages, Liberation Sans Narrow. The priorities are the primary drivers of a drawn
driver diagram (p6): one tall aim box on the left, four primary-driver boxes in the middle and two secondary
drivers for each on the right, joined by connector lines.
"""
from __future__ import annotations

from hd_kit import (Paragraph, ParagraphStyle, Spacer, bl, colors, contents_rows, grid, hexc, make_chrome,
                    make_cover, mm, rl_pages, styles)
from rl_kit import Flowable

FILE = "strategies/east_riding_combating_drugs_partnership_strategy_2025-28.pdf"
TEAL, LIME, INK = "#00606B", "#8DB600", "#203040"
S = styles("liberation-narrow", "liberation-sans", TEAL, size=10)

DRIVERS = [
    ("Break drug supply chains into East Riding towns",
     ["Disrupt county lines running from Hull and West Yorkshire", "Close cuckooed homes quickly"]),
    ("Get more people into treatment, and keep them there",
     ["Faster first appointments, including evenings", "Treatment offered on release from prison"]),
    ("Prevent deaths from drugs and alcohol",
     ["Naloxone carried by police, hostels and families", "Review every death and act on lessons"]),
    ("Stop young people starting to use drugs and alcohol",
     ["Drug education in every secondary school", "Early help for children of parents who use drugs"]),
]


def ps(size, bold, colour, lead=None):
    return ParagraphStyle(f"d{size}{bold}{colour}", fontName=S["bold"] if bold else S["reg"], fontSize=size,
                          leading=lead or size * 1.22, textColor=hexc(colour))


class DriverDiagram(Flowable):
    def __init__(self):
        super().__init__()
        self.aim = Paragraph("AIM<br/><br/>Fewer people in the East Riding harmed by drugs and alcohol by 2028",
                             ps(11, True, "#FFFFFF", 14))
        self.prim = [Paragraph(t, ps(11, True, INK, 13.5)) for t, _ in DRIVERS]
        self.sec = [[Paragraph(s, ps(8.6, False, INK)) for s in ss] for _, ss in DRIVERS]

    def wrap(self, aw, ah):
        self.aw = aw
        self.wa, self.wp, self.ws = 34 * mm, 58 * mm, aw - 34 * mm - 58 * mm - 20 * mm
        self.row = 40 * mm
        self.head = 8 * mm
        self.h = self.head + 4 * self.row
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFont(S["bold"], 8)
        c.setFillColor(hexc(TEAL))
        xp = self.wa + 10 * mm
        xs = xp + self.wp + 10 * mm
        c.drawString(0, self.h - 5 * mm, "AIM")
        c.drawString(xp, self.h - 5 * mm, "PRIMARY DRIVERS: OUR PRIORITIES")
        c.drawString(xs, self.h - 5 * mm, "SECONDARY DRIVERS")
        body = self.h - self.head
        c.setFillColor(hexc(TEAL))
        c.roundRect(0, 6, self.wa, body - 12, 6, stroke=0, fill=1)
        _, h = self.aim.wrap(self.wa - 12, body)
        self.aim.drawOn(c, 6, body / 2 - h / 2)
        for i in range(4):
            top = body - i * self.row
            mid = top - self.row / 2
            # connector aim -> primary
            c.setStrokeColor(hexc("#8899AA"))
            c.setLineWidth(1.2)
            c.line(self.wa, mid, xp, mid)
            bh = self.row - 10 * mm
            c.setFillColor(hexc("#EEF6E0"))
            c.setStrokeColor(hexc(LIME))
            c.setLineWidth(2)
            c.rect(xp, mid - bh / 2, self.wp, bh, stroke=1, fill=1)
            _, h = self.prim[i].wrap(self.wp - 12, bh)
            self.prim[i].drawOn(c, xp + 6, mid - h / 2)
            for j, p in enumerate(self.sec[i]):
                sy = mid + (7 * mm if j == 0 else -7 * mm)
                c.setStrokeColor(hexc("#8899AA"))
                c.setLineWidth(1)
                c.line(xp + self.wp, mid, xs, sy)
                sh = 11 * mm
                c.setFillColor(colors.white)
                c.setStrokeColor(hexc("#8899AA"))
                c.rect(xs, sy - sh / 2, self.ws, sh, stroke=1, fill=1)
                _, h = p.wrap(self.ws - 8, sh)
                p.drawOn(c, xs + 4, sy - h / 2 + 1)


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("Foreword", 3), ("The local picture", 4), ("The national strategy", 5),
           ("Our driver diagram", 6), ("Action plan 2025/26", 7), ("Outcomes we will track", 8),
           ("Governance and contacts", 9)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 6)] + contents_rows(S, toc, leader=False)
    p3 = [Paragraph("Foreword", H1),
          Paragraph("The East Riding Combating Drugs Partnership was set up under the national drugs strategy to "
                    "bring together everyone who can reduce the harm drugs and alcohol cause: the council and its "
                    "public health team, Humberside Police, the Probation Service, the NHS, treatment providers, "
                    "Jobcentre Plus and people with lived experience.", B),
          Paragraph("We have used a driver diagram, a tool from improvement science, to set out our plan. The aim "
                    "is on the left. The four primary drivers are the things that must change for the aim to be "
                    "met: they are our priorities. The secondary drivers are the changes we will test to move "
                    "each primary driver.", B),
          Paragraph("Senior Responsible Owner, East Riding Combating Drugs Partnership", S["cellb"])]
    p4 = [Paragraph("The local picture", H1),
          grid([["Measure (illustrative*)", "East Riding", "England"],
                ["Adults in treatment per 1,000", "4.1", "5.6"], ["Deaths from drug misuse, 3-year rate", "4.9", "5.2"],
                ["Alcohol-specific hospital admissions per 100,000", "612", "587"],
                ["Prison leavers engaging in treatment within 3 weeks", "32%", "41%"],
                ["Young people in specialist services", "96", "\u2014"]],
               [90 * mm, 40 * mm, 40 * mm], S, head_fill=TEAL),
          Paragraph("* Illustrative figures.", S["small"]),
          Paragraph("What the needs assessment told us", H2)] + bl([
              "Most people who die from drugs in the East Riding were not in treatment at the time.",
              "Supply into coastal towns comes mainly along county lines from Hull and West Yorkshire.",
              "Rural residents travel up to an hour to reach a treatment hub.",
              "Cannabis and alcohol are the main substances for young people in services."], S)
    p5 = [Paragraph("The national strategy", H1),
          Paragraph("From harm to hope (2021) set three strategic priorities for every local partnership:", B)] + bl(
              ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
               "Achieve a generational shift in the demand for drugs"], S) + [
          Paragraph("The national outcomes framework", H2),
          Paragraph("Partnerships report against reducing drug use, reducing drug-related crime, reducing "
                    "drug-related deaths and harm, increasing engagement in treatment and improving recovery "
                    "outcomes.", B),
          Paragraph("Our 2023\u20132025 delivery plan", H2),
          Paragraph("The partnership's first delivery plan followed the three national priorities word for word. "
                    "This strategy replaces it with local priorities shaped by our own data.", B)]
    p6 = [Paragraph("Our driver diagram", H1),
          Paragraph("Read left to right: the aim, the four primary drivers (our priorities for 2025\u20132028) and "
                    "the changes we will test under each.", S["small"]), Spacer(1, 6), DriverDiagram()]
    p7 = [Paragraph("Action plan 2025/26", H1),
          grid([["Theme", "Action", "Lead", "Quarter"],
                ["Supply", "Operation to close county lines into Bridlington and Goole", "Police", "Q1\u2013Q4"],
                ["Treatment", "Evening clinics in Goole and Driffield", "Treatment provider", "Q2"],
                ["Treatment", "Prison release pathway with HMP Humber", "Probation", "Q3"],
                ["Deaths", "Naloxone for all response officers", "Police", "Q1"],
                ["Young people", "Schools drug education package", "Public health", "Q2"],
                ["Young people", "Hidden harm early help offer", "Children's services", "Q4"]],
               [28 * mm, 86 * mm, 34 * mm, 22 * mm], S, head_fill=TEAL, bold_first=True)]
    p8 = [Paragraph("Outcomes we will track", H1),
          grid([["Driver", "Measure", "Baseline*", "2028"],
                ["Supply", "County lines disrupted", "14", "Up"],
                ["Treatment", "Adults in treatment", "1,480", "1,900"],
                ["Deaths", "Drug poisoning deaths", "22", "Down"],
                ["Young people", "Pupils reached by drug education", "2,100", "9,000"]],
               [30 * mm, 80 * mm, 30 * mm, 30 * mm], S, head_fill=LIME, bold_first=True),
          Paragraph("* Illustrative.", S["small"])]
    p9 = [Paragraph("Governance and contacts", H1),
          Paragraph("The partnership reports to the national Joint Combating Drugs Unit each year, and locally to "
                    "the Health and Wellbeing Board and the East Riding Community Safety Partnership. The Police "
                    "and Crime Commissioner is a member.", B),
          Paragraph("Help with drugs or alcohol: erdrugs.example \u00b7 01482 000 444 (illustrative)", B)]
    cover = make_cover(S, ["Local Drugs Strategy", "2025 \u2013 2028"], "East Riding Combating Drugs Partnership",
                       (TEAL, LIME), variant="side")
    chrome = make_chrome(S, "East Riding Combating Drugs Partnership", "{n} / {N}", 9)
    return rl_pages(out, title="East Riding Local Drugs Strategy 2025-2028", author="East Riding CDP",
                    pages=[[], p2, p3, p4, p5, p6, p7, p8, p9], cover=cover, chrome=chrome)
