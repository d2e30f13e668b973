"""North Lincolnshire Community Safety Partnership Plan 2025-2028 (fictional).

reportlab, A4 portrait, 9 pages. The priorities are the middle tier of a drawn theory of change (p6): a
"Because ..." problem band, four "If we ..." activity boxes, five "... then we will see" outcome boxes in a row
(our priority outcomes), and an impact band, joined by arrows, with an assumptions box under the diagram.
"""
from __future__ import annotations

from hd_kit import (Paragraph, ParagraphStyle, Spacer, bl, colors, contents_rows, grid, hexc, make_chrome,
                    make_cover, mm, rl_pages, styles)
from rl_kit import Flowable

FILE = "strategies/north_lincolnshire_community_safety_partnership_plan_2025-28.pdf"
BLUE, ORANGE, GREY = "#1D4E89", "#E07A1F", "#6B7B8C"
S = styles("dejavu-cond", "dejavu", BLUE, size=9.4)

OUTCOMES = ["Less anti-social behaviour and criminal damage in our towns and villages",
            "Rural communities protected from farm, machinery and wildlife crime",
            "Fewer young people drawn into violence and carrying knives",
            "Safer streets and a safer night-time economy in Scunthorpe",
            "Partners sharing information and solving problems together"]
ACTIVITIES = ["If we target the places and people behind repeat ASB with joint patrols and early warnings",
              "If we back Farm Watch, rural patrols and marking of machinery",
              "If we reach young people early through schools, youth work and A&amp;E navigators",
              "If we pool data and analysis in one weekly problem-solving meeting"]


def st(size, bold=True, colour="#FFFFFF", lead=None):
    return ParagraphStyle(f"s{size}{bold}{colour}", fontName=S["bold"] if bold else S["reg"], fontSize=size,
                          leading=lead or size * 1.25, textColor=hexc(colour))


class TheoryOfChange(Flowable):
    def __init__(self):
        super().__init__()
        self.because = Paragraph("<b>Because\u2026</b> ASB and criminal damage are the most reported problems in "
                                 "every ward; rural thefts are rising; a small number of young people carry knives; "
                                 "Scunthorpe's evening economy produces a third of violent incidents; and partners "
                                 "hold data they do not share.", st(8.6, False, "#FFFFFF"))
        self.acts = [Paragraph(a, st(8, False, "#1D1D1D")) for a in ACTIVITIES]
        self.outs = [Paragraph(o, st(9.4, True, "#1D4E89", 11.6)) for o in OUTCOMES]
        self.impact = Paragraph("<b>\u2026leading to</b> a North Lincolnshire where people are safe and feel safe, "
                                "in every town and village", st(9.5, False, "#FFFFFF"))

    def wrap(self, aw, ah):
        self.aw = aw
        self.hb = self.because.wrap(aw - 16, ah)[1] + 14
        aw4 = (aw - 3 * 5 * mm) / 4
        self.aw4 = aw4
        self.ha = max(p.wrap(aw4 - 10, ah)[1] for p in self.acts) + 12
        aw5 = (aw - 4 * 3 * mm) / 5
        self.aw5 = aw5
        self.ho = max(p.wrap(aw5 - 10, ah)[1] for p in self.outs) + 14
        self.hi = self.impact.wrap(aw - 16, ah)[1] + 14
        self.gap = 11 * mm
        self.label = 5 * mm
        self.h = self.hb + self.ha + self.ho + self.hi + 3 * self.gap + 3 * self.label
        return aw, self.h

    def arrow(self, x, y_top, y_bot):
        c = self.canv
        c.setStrokeColor(hexc(GREY))
        c.setFillColor(hexc(GREY))
        c.setLineWidth(1.6)
        c.line(x, y_top, x, y_bot + 3)
        p = c.beginPath()
        p.moveTo(x - 3, y_bot + 4)
        p.lineTo(x + 3, y_bot + 4)
        p.lineTo(x, y_bot)
        c.drawPath(p, stroke=0, fill=1)

    def tag(self, y, text):
        c = self.canv
        c.setFont(S["bold"], 7.2)
        c.setFillColor(hexc(GREY))
        c.drawString(0, y + 1.5, text)

    def draw(self):
        c = self.canv
        y = self.h
        # because band
        y -= self.hb
        c.setFillColor(hexc(GREY))
        c.roundRect(0, y, self.aw, self.hb, 5, stroke=0, fill=1)
        self.because.drawOn(c, 8, y + 7)
        self.arrow(self.aw / 2, y, y - self.gap + self.label)
        y -= self.gap
        self.tag(y, "INPUTS AND ACTIVITIES")
        y -= self.label + self.ha
        for i, p in enumerate(self.acts):
            x = i * (self.aw4 + 5 * mm)
            c.setFillColor(hexc("#FCE8D5"))
            c.setStrokeColor(hexc(ORANGE))
            c.roundRect(x, y, self.aw4, self.ha, 4, stroke=1, fill=1)
            _, h = p.wrap(self.aw4 - 10, self.ha)
            p.drawOn(c, x + 5, y + self.ha - 6 - h)
        self.arrow(self.aw / 2, y, y - self.gap + self.label)
        y -= self.gap
        self.tag(y, "\u2026THEN WE WILL SEE: OUR PRIORITY OUTCOMES 2025\u20132028")
        y -= self.label + self.ho
        for i, p in enumerate(self.outs):
            x = i * (self.aw5 + 3 * mm)
            c.setFillColor(colors.white)
            c.setStrokeColor(hexc(BLUE))
            c.setLineWidth(1.8)
            c.rect(x, y, self.aw5, self.ho, stroke=1, fill=1)
            _, h = p.wrap(self.aw5 - 10, self.ho)
            p.drawOn(c, x + 5, y + self.ho - 7 - h)
        self.arrow(self.aw / 2, y, y - self.gap + self.label)
        y -= self.gap
        self.tag(y, "IMPACT")
        y -= self.label + self.hi
        c.setFillColor(hexc(BLUE))
        c.roundRect(0, y, self.aw, self.hi, 5, stroke=0, fill=1)
        self.impact.drawOn(c, 8, y + 7)


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("Foreword", 3), ("North Lincolnshire today", 4), ("What has shaped this plan", 5),
           ("Our theory of change", 6), ("Delivering the plan", 7), ("Measuring success", 8),
           ("Partnership and governance", 9)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 6)] + contents_rows(S, toc, leader=True)
    p3 = [Paragraph("Foreword", H1),
          Paragraph("North Lincolnshire is a place of steel towns, river ports and open farmland. Its community "
                    "safety partnership brings together the council, the police, fire and rescue, health and "
                    "probation to deal with the crime and disorder that matter most to the people who live here.",
                    B),
          Paragraph("For this plan we have used a theory of change: a simple chain from the problems we see, "
                    "through what we will do, to the outcomes we expect and the difference they will make. The "
                    "outcomes in the middle of that chain are our priorities. Everything in our delivery plan "
                    "has to show which of them it moves.", B),
          Paragraph("Chair, North Lincolnshire Community Safety Partnership", S["cellb"])]
    p4 = [Paragraph("North Lincolnshire today", H1),
          grid([["Indicator (2024/25, illustrative*)", "Value", "Trend"],
                ["Population", "170,000", "Stable"], ["Recorded crime", "13,900", "\u22122%"],
                ["ASB incidents", "5,410", "+3%"], ["Criminal damage offences", "1,780", "+5%"],
                ["Rural and wildlife crime reports", "388", "+14%"],
                ["Possession of a knife or bladed article", "96", "+8%"],
                ["Violence in Scunthorpe town centre, 6pm\u20136am", "410", "\u22124%"]],
               [90 * mm, 40 * mm, 40 * mm], S, head_fill=BLUE),
          Paragraph("* Illustrative figures.", S["small"]),
          Paragraph("Key findings", H2)] + bl([
              "Two wards account for a quarter of all ASB calls.",
              "Machinery theft has moved from quad bikes to GPS units and tractor parts.",
              "Most young people found carrying knives say they carry for protection.",
              "Partners hold useful data (housing, schools, A&amp;E) that is not brought together."], S)
    p5 = [Paragraph("What has shaped this plan", H1),
          Paragraph("Our previous priorities (2022\u20132025)", H2)] + bl(
              ["ASB and criminal damage", "Violence", "Domestic abuse", "Drugs and alcohol", "Hate crime"], S) + [
          Paragraph("Domestic abuse now sits with the Humber domestic abuse and sexual violence partnership; "
                    "drugs and alcohol with the North Lincolnshire Combating Drugs Partnership. This plan "
                    "supports both but does not duplicate them.", B),
          Paragraph("The Serious Violence Duty", H2),
          Paragraph("Since January 2023 the council, police, fire, health, probation and youth justice must work "
                    "together to prevent and reduce serious violence. The Humber Violence Prevention Partnership "
                    "publishes the strategy; this plan takes the local share of it.", B),
          Paragraph("The Police and Crime Plan", H2),
          Paragraph("The Commissioner's plan groups seven outcomes under three aims: Engaged, resilient and "
                    "inclusive communities; Safer communities; and Effective organisations.", B)]
    p6 = [Paragraph("Our theory of change", H1),
          Paragraph("Read from the top down. The five boxes in the middle are the partnership's priorities for "
                    "2025\u20132028.", S["small"]), Spacer(1, 6), TheoryOfChange(), Spacer(1, 8),
          Paragraph("<b>Assumptions:</b> partners keep their current funding; residents continue to report; the "
                    "weekly problem-solving meeting has access to shared data by April 2026.", S["small"])]
    p7 = [Paragraph("Delivering the plan", H1),
          grid([["Theme", "What we will do in 2025/26", "Lead"],
                ["ASB", "Joint patrol plans for the two highest-demand wards; ASB case review publicity",
                 "Council"],
                ["Rural", "Farm Watch relaunch; CESAR marking events at livestock markets", "Police"],
                ["Youth violence", "Knife crime lessons in all secondary schools; A&amp;E youth navigator",
                 "Youth service"],
                ["Town centre at night", "Safe space on Friday and Saturday nights; licensing visits",
                 "Council licensing"],
                ["Problem-solving", "Weekly partnership tasking; data-sharing agreement signed", "CSP manager"]],
               [34 * mm, 106 * mm, 30 * mm], S, head_fill=ORANGE, bold_first=True)]
    p8 = [Paragraph("Measuring success", H1),
          grid([["Outcome", "Indicator", "Baseline*", "Target 2028"],
                ["ASB", "ASB incidents", "5,410", "\u221210%"], ["Rural", "Repeat rural victims", "19%", "\u221225%"],
                ["Youth violence", "Knife possession by under-25s", "61", "\u221215%"],
                ["Town centre", "Night-time violence in the town centre", "410", "\u221210%"],
                ["Problem-solving", "Cases closed through tasking", "n/a", "Reported"]],
               [34 * mm, 70 * mm, 30 * mm, 36 * mm], S, head_fill=BLUE, bold_first=True),
          Paragraph("* Illustrative.", S["small"])]
    p9 = [Paragraph("Partnership and governance", H1),
          Paragraph("The partnership board meets quarterly and reports to the council's scrutiny panel. A tasking "
                    "group meets weekly. The board links to the Humber Community Safety Leaders' Group and to the "
                    "Police and Crime Commissioner, who funds part of this plan through the Community Safety "
                    "Fund.", B),
          Paragraph("Contact", H2),
          Paragraph("safer.northlincs@northlincs.example \u00b7 01724 000 222 (illustrative)", B)]
    cover = make_cover(S, ["Community Safety", "Partnership Plan 2025\u20132028"],
                       "North Lincolnshire Community Safety Partnership", (BLUE, ORANGE), variant="side")
    chrome = make_chrome(S, "North Lincolnshire CSP Plan", "Page {n} of {N}", 9, top=False)
    return rl_pages(out, title="North Lincolnshire Community Safety Partnership Plan 2025-2028",
                    author="North Lincolnshire CSP", pages=[[], p2, p3, p4, p5, p6, p7, p8, p9], cover=cover,
                    chrome=chrome)
