"""East Riding Community Safety Partnership: Community Safety Strategy 2025-2028 (fictional).

reportlab, A4 portrait, 9 pages. The priorities are written as residents' "I statements" in drawn speech
bubbles beside drawn head-and-shoulders figures, alternating left and right (p6).
"""
from __future__ import annotations

from hd_kit import (Paragraph, ParagraphStyle, Spacer, bl, colors, contents_rows, grid, hexc, make_chrome,
                    make_cover, mm, rl_pages, styles)
from rl_kit import Flowable

FILE = "strategies/east_riding_community_safety_partnership_strategy_2025-28.pdf"
GREEN, SAND = "#2F6B3A", "#E9C46A"
S = styles("liberation-sans", "liberation-sans", GREEN, size=9.8)

STATEMENTS = [
    ("I can enjoy my town, my street and the seafront without anti-social behaviour spoiling it",
     "Resident, Bridlington", "Off-road bikes, nuisance on the promenade, criminal damage and repeat ASB cases."),
    ("I can live and work in the countryside without fear of rural crime",
     "Farmer, the Wolds", "Machinery and fuel theft, hare coursing, fly-tipping and heritage crime."),
    ("I know how to spot a scam and who to tell if I am targeted",
     "Retired resident, Hornsea", "Doorstep crime, romance and investment fraud, and call blockers."),
    ("I feel safe in my own home, and I know where to get help if I am being abused",
     "Survivor, Goole", "Domestic abuse champions, sanctuary and early help in GP surgeries."),
    ("I can get help for my drinking or drug use when I need it",
     "Person in recovery, Beverley", "Easier routes into treatment, alcohol workers at A&amp;E and recovery cafes."),
]


class Bubble(Flowable):
    """A head-and-shoulders figure with a speech bubble holding one I statement."""

    def __init__(self, text, who, note, right=False, fill="#EAF2EA"):
        super().__init__()
        self.right, self.fill = right, hexc(fill)
        self.p = Paragraph(text, ParagraphStyle("bub", fontName=S["bold"], fontSize=12.5, leading=15.5,
                                                textColor=hexc(GREEN)))
        self.who = Paragraph(f"\u2014 {who}", ParagraphStyle("who", fontName=S["reg"], fontSize=7.8, leading=9.5,
                                                              textColor=hexc("#666666")))
        self.note = Paragraph(note, ParagraphStyle("nt", fontName=S["reg"], fontSize=8, leading=10,
                                                   textColor=hexc("#333333")))

    def wrap(self, aw, ah):
        self.aw = aw
        self.bw = aw - 34 * mm
        _, self.ph = self.p.wrap(self.bw - 16, ah)
        _, self.wh = self.who.wrap(self.bw - 16, ah)
        _, self.nh = self.note.wrap(self.bw - 16, ah)
        self.bh = self.ph + self.wh + 18
        self.h = max(self.bh + self.nh + 6, 30 * mm)
        return aw, self.h

    def draw(self):
        c = self.canv
        fig_x = self.aw - 14 * mm if self.right else 14 * mm
        bx = 4 * mm if self.right else 30 * mm
        top = self.h
        # figure
        c.setFillColor(hexc(SAND))
        c.circle(fig_x, top - 9 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(hexc(GREEN))
        c.wedge(fig_x - 11 * mm, top - 36 * mm, fig_x + 11 * mm, top - 14 * mm, 0, 180, stroke=0, fill=1)
        # bubble
        by = top - self.bh
        c.setFillColor(self.fill)
        c.setStrokeColor(hexc(GREEN))
        c.setLineWidth(1)
        c.roundRect(bx, by, self.bw, self.bh, 8, stroke=1, fill=1)
        p = c.beginPath()
        tip_y = top - 10 * mm
        if self.right:
            p.moveTo(bx + self.bw, tip_y + 3 * mm)
            p.lineTo(bx + self.bw + 5 * mm, tip_y)
            p.lineTo(bx + self.bw, tip_y - 3 * mm)
        else:
            p.moveTo(bx, tip_y + 3 * mm)
            p.lineTo(bx - 5 * mm, tip_y)
            p.lineTo(bx, tip_y - 3 * mm)
        c.drawPath(p, stroke=0, fill=1)
        self.p.drawOn(c, bx + 8, top - 8 - self.ph)
        self.who.drawOn(c, bx + 8, by + 6)
        self.note.drawOn(c, bx + 8, by - 4 - self.nh)


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("A message from the Chair", 3), ("The East Riding in numbers", 4),
           ("Where we have come from", 5), ("What residents will be able to say by 2028", 6),
           ("What we will do", 7), ("How we will know", 8), ("How the partnership works", 9)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 6)] + contents_rows(S, toc)
    p3 = [Paragraph("A message from the Chair", H1),
          Paragraph("The East Riding is one of the safest places in the country to live, and most residents tell "
                    "us they feel safe. But the East Riding is also large: 930 square miles of farmland, market "
                    "towns, commuter villages and a coast that fills up every summer. Crime that is rare across "
                    "the whole area can still dominate life in one street or one farmyard.", B),
          Paragraph("This strategy is different from our last one. Instead of naming topics, we have asked what "
                    "residents should be able to say about their own lives by 2028 if the partnership does its "
                    "job. Each of our priorities is written as one of those statements, in the words people used "
                    "at our listening events. They are hard to argue with and, we hope, hard to forget.", B),
          Paragraph("Chair, East Riding Community Safety Partnership", S["cellb"])]
    p4 = [Paragraph("The East Riding in numbers", H1),
          grid([["Measure (2024/25, illustrative*)", "East Riding", "Change on 2023/24"],
                ["Total recorded crime per 1,000 residents", "48", "\u22123%"],
                ["Anti-social behaviour incidents", "7,820", "+4% (summer peak on the coast)"],
                ["Rural crime reports (farm, machinery, wildlife)", "612", "+9%"],
                ["Fraud reports by residents aged 65+", "1,140", "+12%"],
                ["Domestic abuse incidents", "5,960", "\u22121%"],
                ["Adults in drug or alcohol treatment", "1,480", "+6%"]],
               [80 * mm, 35 * mm, 55 * mm], S, head_fill=GREEN),
          Paragraph("* Illustrative figures for this test document.", S["small"]),
          Paragraph("Key findings of the strategic assessment", H2)] + bl([
              "ASB is concentrated in Bridlington, Goole and Hessle town centres and along the seafront in "
              "summer; off-road bikes are the fastest-growing complaint.",
              "Rural crime is under-reported: a third of farmers surveyed had not reported their last theft.",
              "Older residents lose more to fraud than to burglary and theft combined.",
              "Alcohol-related hospital admissions are above the national average in coastal wards."], S)
    p5 = [Paragraph("Where we have come from", H1),
          Paragraph("Our 2022\u20132025 strategy had five priorities:", B)] + bl(
              ["Anti-social behaviour", "Rural crime", "Domestic abuse", "Substance misuse", "Road safety"], S) + [
          Paragraph("Road safety now sits with Safer Roads Humber, which reports to this partnership once a year.", B),
          Paragraph("The Police and Crime Plan 2025\u20132029", H2),
          Paragraph("The Police and Crime Commissioner's plan has three aims and seven outcomes, which we have "
                    "read alongside our own assessment:", B)] + bl([
              "Communities that feel safe and are free from anti-social behaviour",
              "Victims and witnesses who are supported to cope and recover",
              "Fewer people harmed by violence, drugs and exploitation",
              "Women and girls who are safe, and feel safe, wherever they are",
              "Fewer people reoffending",
              "A police service that is visible, responsive and trusted",
              "Partners who work as one system to prevent harm"], S, mark="\u25aa") + [
          Paragraph("Serious violence is led for the whole Humber by the Humber Violence Prevention Partnership, "
                    "which meets the Serious Violence Duty for us.", B)]
    bubbles = [Bubble(t, w, n, right=bool(i % 2), fill="#EAF2EA" if i % 2 == 0 else "#FBF3DC")
               for i, (t, w, n) in enumerate(STATEMENTS)]
    p6 = [Paragraph("What residents will be able to say by 2028", H1),
          Paragraph("Our five priorities, in residents' own words. Each grey line says what it covers.", S["small"]),
          Spacer(1, 4)]
    for b in bubbles:
        p6 += [b, Spacer(1, 3)]
    p7 = [Paragraph("What we will do", H1),
          grid([["Theme", "Action", "Lead", "By"],
                ["Seafront and town centres", "Summer ASB patrol plan and dispersal orders in Bridlington",
                 "Police / council", "May 2026"],
                ["Off-road bikes", "Joint operation and seizure of bikes; fuel station watch", "Police", "2025/26"],
                ["Rural crime", "Farm Watch expansion and a rural crime officer in each locality", "Police",
                 "2026"],
                ["Scams", "Call blockers for 500 residents; scams awareness in banks and GP surgeries",
                 "Trading Standards", "2026"],
                ["Domestic abuse", "Champions in every GP surgery; sanctuary scheme", "Council", "2027"],
                ["Drugs and alcohol", "Alcohol care team at Hull Royal and Scarborough A&amp;E", "Public health",
                 "2026"],
                ["Prevent", "Prevent duty training for council staff", "Council", "Annual"]],
               [34 * mm, 80 * mm, 32 * mm, 24 * mm], S, head_fill=GREEN, bold_first=True)]
    p8 = [Paragraph("How we will know", H1),
          grid([["Theme", "Measure", "Baseline*", "Direction"],
                ["Town and seafront", "Residents who say ASB is a problem locally", "21%", "Down"],
                ["Countryside", "Rural crime reports (reporting up is good)", "612", "Up"],
                ["Scams", "Residents who know how to report a scam", "48%", "Up"],
                ["Home", "Repeat domestic abuse referrals to MARAC", "31%", "Down"],
                ["Recovery", "Adults completing treatment successfully", "38%", "Up"]],
               [32 * mm, 82 * mm, 28 * mm, 28 * mm], S, head_fill=GREEN, bold_first=True),
          Paragraph("* Illustrative.", S["small"])]
    p9 = [Paragraph("How the partnership works", H1),
          Paragraph("The partnership meets the duties of the Crime and Disorder Act 1998 and the Prevent duty, and "
                    "works with the Humber Violence Prevention Partnership on the Serious Violence Duty. Its "
                    "members are the council, Humberside Police, Humberside Fire and Rescue, the NHS Humber and "
                    "North Yorkshire Integrated Care Board, and the Probation Service, with the voluntary sector "
                    "and town and parish councils.", B),
          Paragraph("Three delivery groups report to it: Safer Places, Safer Homes and Substance Misuse.", B),
          Paragraph("Contact", H2),
          Paragraph("community.safety@eastriding.example \u00b7 01482 000 111 (illustrative)", B)]
    cover = make_cover(S, ["Community Safety Strategy", "2025 \u2013 2028"], "East Riding Community Safety Partnership",
                       (GREEN, SAND), variant="band")
    chrome = make_chrome(S, "East Riding Community Safety Strategy 2025\u20132028", "{n}", 9)
    return rl_pages(out, title="East Riding Community Safety Strategy 2025-2028", author="East Riding CSP",
                    pages=[[], p2, p3, p4, p5, p6, p7, p8, p9], cover=cover, chrome=chrome)
