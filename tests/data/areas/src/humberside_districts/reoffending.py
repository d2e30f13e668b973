"""Humber Reducing Reoffending Partnership: Reducing Reoffending Strategy 2025-2028 (fictional).

reportlab, A4 portrait, 9 pages, DejaVu Sans. The priorities head the four strands of a vertical logic model
(p6): each strand is a column whose dark header box holds "STRAND A" and the priority, above stacked Inputs,
Activities, Outputs and Outcomes boxes joined by down-arrows; a shared impact bar runs under all four.
"""
from __future__ import annotations

from hd_kit import (Paragraph, ParagraphStyle, Spacer, bl, colors, contents_rows, grid, hexc, make_chrome,
                    make_cover, mm, rl_pages, styles)
from rl_kit import Flowable

FILE = "strategies/humber_reducing_reoffending_strategy_2025-28.pdf"
SLATE, AMBER = "#2B3A4A", "#F2A541"
S = styles("dejavu", "dejavu", SLATE, size=9.2)

STRANDS = [
    ("Manage prolific offenders together through Integrated Offender Management",
     ["IOM police and probation staff", "Shared case system"],
     ["Joint home visits", "Tagging and tasking"],
     ["600 people on IOM", "Monthly cohort review"],
     ["Less offending by the cohort"]),
    ("A settled home for every prison leaver",
     ["Accommodation officers in prisons", "CAS3 beds"],
     ["Housing plan 12 weeks before release"],
     ["Release-day housing checks"],
     ["Fewer released homeless"]),
    ("Into work: skills and jobs for people with convictions",
     ["Employment hubs", "Employer pledges"],
     ["Job coaching in custody and community"],
     ["Placements and interviews"],
     ["More in work at 6 months"]),
    ("Treatment requirements that tackle addiction and mental ill health",
     ["Court liaison workers", "Treatment providers"],
     ["Assess before sentence", "Propose DRR, ATR, MHTR"],
     ["More requirements made and completed"],
     ["Fewer breaches and reoffences"]),
]
ROWS = ["INPUTS", "ACTIVITIES", "OUTPUTS", "OUTCOMES"]


def ps(size, bold, colour, lead=None):
    return ParagraphStyle(f"r{size}{bold}{colour}", fontName=S["bold"] if bold else S["reg"], fontSize=size,
                          leading=lead or size * 1.25, textColor=hexc(colour))


class StrandModel(Flowable):
    def __init__(self):
        super().__init__()
        self.heads = [Paragraph(t, ps(9.6, True, "#FFFFFF", 12)) for t, *_ in STRANDS]
        self.cells = [[Paragraph("<br/>".join(items), ps(7.8, False, "#222222", 9.6)) for items in s[1:]]
                      for s in STRANDS]
        self.impact = Paragraph("IMPACT: fewer victims, because fewer people reoffend across the Humber",
                                ps(9.5, True, SLATE))

    def wrap(self, aw, ah):
        self.aw = aw
        self.cw = (aw - 3 * 4 * mm) / 4
        self.hh = max(p.wrap(self.cw - 10, ah)[1] for p in self.heads) + 22
        self.rh = [max(self.cells[s][r].wrap(self.cw - 10, ah)[1] for s in range(4)) + 16 for r in range(4)]
        self.gap = 7 * mm
        self.h = self.hh + sum(self.rh) + 4 * self.gap + 12 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        for s in range(4):
            x = s * (self.cw + 4 * mm)
            y = self.h - self.hh
            c.setFillColor(hexc(SLATE))
            c.rect(x, y, self.cw, self.hh, stroke=0, fill=1)
            c.setFillColor(hexc(AMBER))
            c.setFont(S["bold"], 7)
            c.drawString(x + 5, y + self.hh - 10, f"STRAND {'ABCD'[s]}")
            _, h = self.heads[s].wrap(self.cw - 10, self.hh)
            self.heads[s].drawOn(c, x + 5, y + self.hh - 15 - h)
            for r in range(4):
                # arrow
                c.setStrokeColor(hexc(AMBER))
                c.setFillColor(hexc(AMBER))
                c.setLineWidth(2)
                ax = x + self.cw / 2
                c.line(ax, y, ax, y - self.gap + 3)
                p = c.beginPath()
                p.moveTo(ax - 3, y - self.gap + 4)
                p.lineTo(ax + 3, y - self.gap + 4)
                p.lineTo(ax, y - self.gap)
                c.drawPath(p, stroke=0, fill=1)
                y -= self.gap + self.rh[r]
                c.setFillColor(hexc("#F5F1E8") if r % 2 == 0 else colors.white)
                c.setStrokeColor(hexc("#B8B0A0"))
                c.setLineWidth(0.8)
                c.rect(x, y, self.cw, self.rh[r], stroke=1, fill=1)
                c.setFillColor(hexc("#8A7F6A"))
                c.setFont(S["bold"], 6.5)
                c.drawString(x + 5, y + self.rh[r] - 9, ROWS[r])
                _, h = self.cells[s][r].wrap(self.cw - 10, self.rh[r])
                self.cells[s][r].drawOn(c, x + 5, y + self.rh[r] - 12 - h)
        c.setFillColor(hexc("#FBE3BF"))
        c.rect(0, 0, self.aw, 9 * mm, stroke=0, fill=1)
        self.impact.wrap(self.aw - 12, 9 * mm)
        self.impact.drawOn(c, 6, 2.6 * mm)


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("Foreword", 3), ("Reoffending in the Humber", 4), ("Frameworks we work within", 5),
           ("Our logic model", 6), ("Delivery 2025/26", 7), ("Measuring progress", 8), ("Governance", 9)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 6)] + contents_rows(S, toc, leader=True)
    p3 = [Paragraph("Foreword", H1),
          Paragraph("Most crime in the Humber is committed by people who have offended before. Every time we help "
                    "someone leave offending behind, there are fewer victims. This strategy is the shared plan of "
                    "the Probation Service, Humberside Police, the four councils, the prisons, the NHS, the "
                    "Police and Crime Commissioner and the voluntary sector.", B),
          Paragraph("We set it out as a logic model because partners asked to see how the resources they put in "
                    "lead, step by step, to less reoffending. The four strands of the model are our priorities.",
                    B),
          Paragraph("Chair, Humber Reducing Reoffending Partnership", S["cellb"])]
    p4 = [Paragraph("Reoffending in the Humber", H1),
          grid([["Measure (illustrative*)", "Humber", "England and Wales"],
                ["Proven reoffending rate, adults", "27.4%", "25.1%"],
                ["Released from prison homeless or with no fixed abode", "14%", "12%"],
                ["In employment 6 weeks after release", "19%", "23%"],
                ["Community orders with a treatment requirement", "9%", "11%"]],
               [90 * mm, 40 * mm, 40 * mm], S, head_fill=SLATE),
          Paragraph("* Illustrative figures.", S["small"]),
          Paragraph("What the evidence says", H2)] + bl([
              "A stable home and a job are the two strongest protective factors after release.",
              "Short custodial sentences are followed by the highest reoffending rates.",
              "Addiction and mental ill health drive much acquisitive crime."], S)
    p5 = [Paragraph("Frameworks we work within", H1),
          Paragraph("The seven resettlement pathways", H2)] + bl(
              ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
               "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"], S) + [
          Paragraph("The IOM cohorts", H2),
          Paragraph("The national neighbourhood crime IOM strategy defines Fixed (neighbourhood crime), Flex "
                    "(local priorities) and Free (partnership choice) cohorts.", B),
          Paragraph("Our previous strategy (2022\u20132025)", H2),
          Paragraph("The last strategy had three themes: Accommodation; Employment; Women. Women in the justice "
                    "system are now the subject of a separate Humber women's justice plan.", B)]
    p6 = [Paragraph("Our logic model", H1),
          Paragraph("Four strands, read from the top down: each strand is one of our priorities for "
                    "2025\u20132028.", S["small"]), Spacer(1, 6), StrandModel()]
    p7 = [Paragraph("Delivery 2025/26", H1),
          grid([["Strand", "Milestone", "Owner"],
                ["IOM", "Single IOM cohort list shared by police and probation", "IOM manager"],
                ["Housing", "Accommodation duty to refer met for all releases", "Councils"],
                ["Work", "40 employer pledges; hub in Grimsby", "DWP"],
                ["Treatment", "Court liaison at Hull and Grimsby magistrates' courts", "ICB"]],
               [30 * mm, 105 * mm, 35 * mm], S, head_fill=AMBER, bold_first=True)]
    p8 = [Paragraph("Measuring progress", H1),
          grid([["Strand", "Measure", "Baseline*", "2028"],
                ["IOM", "Reoffending by the IOM cohort", "58%", "45%"],
                ["Housing", "Released to settled accommodation", "71%", "85%"],
                ["Work", "In work at 6 months", "19%", "30%"],
                ["Treatment", "Requirements completed", "52%", "65%"]],
               [30 * mm, 80 * mm, 30 * mm, 30 * mm], S, head_fill=SLATE, bold_first=True),
          Paragraph("* Illustrative.", S["small"])]
    p9 = [Paragraph("Governance", H1),
          Paragraph("The partnership reports to the Humber Criminal Justice Board and to the four community safety "
                    "partnerships. Contact: reducingreoffending@humber.example (illustrative).", B)]
    cover = make_cover(S, ["Reducing Reoffending", "Strategy 2025\u20132028"], "Humber Reducing Reoffending Partnership",
                       (SLATE, AMBER), variant="band")
    chrome = make_chrome(S, "Reducing Reoffending Strategy", "\u2014 {n} \u2014", 9, top=False)
    return rl_pages(out, title="Humber Reducing Reoffending Strategy 2025-2028", author="Humber RRP",
                    pages=[[], p2, p3, p4, p5, p6, p7, p8, p9], cover=cover, chrome=chrome)
