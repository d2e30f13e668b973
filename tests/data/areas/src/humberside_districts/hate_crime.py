"""Humber Hate Crime Partnership: Hate Crime Strategy 2025-2028 (fictional).

reportlab, A4 portrait, 8 pages, Liberation Sans with Liberation Serif headings. The priorities are the titles of
four results-based accountability performance report cards in a 2 x 2 grid (p6): a "REPORT CARD n" strip, the
priority in bold, the three RBA questions ("How much will we do?", "How well will we do it?", "Is anyone better
off?") with a measure each, and a small drawn "turn the curve" chart with its baseline and forecast.
"""
from __future__ import annotations

from hd_kit import (Paragraph, ParagraphStyle, Spacer, Table, TableStyle, bl, colors, contents_rows, grid, hexc,
                    make_chrome, make_cover, mm, rl_pages, styles)
from rl_kit import Flowable

FILE = "strategies/humber_hate_crime_strategy_2025-28.pdf"
RED, NAVY = "#B3261E", "#24324A"
S = styles("liberation-sans", "liberation-serif", RED, size=9.6)

CARDS = [
    ("More people report hate crime and hate incidents",
     ["Third-party reporting centres open: 40", "Reports handled within 48 hours: 90%",
      "Victims who would report again: 75%"], [30, 34, 36, 37, 41, 45]),
    ("Victims of hate crime get support that meets their needs",
     ["Victims referred for support: 1,200", "Contact within 2 working days: 95%",
      "Victims who feel safer after support: 70%"], [50, 48, 52, 55, 60, 66]),
    ("Communities that stand together against hate",
     ["Community events and dialogues: 60", "Partners trained as bystander leads: 300",
      "Residents who say people get on well: 80%"], [71, 70, 69, 72, 75, 78]),
    ("Challenge hate online and in schools",
     ["Schools using the anti-hate toolkit: 120", "Online hate referrals actioned: 85%",
      "Pupils who know how to report hate: 70%"], [20, 24, 30, 38, 45, 52]),
]


class Curve(Flowable):
    """A tiny turn-the-curve chart: history solid, forecast dashed."""

    def __init__(self, values, w=36 * mm, h=16 * mm):
        super().__init__()
        self.v, self.w, self.h = values, w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setStrokeColor(hexc("#BBBBBB"))
        c.setLineWidth(0.5)
        c.line(0, 0, self.w, 0)
        c.line(0, 0, 0, self.h)
        lo, hi = min(self.v) - 5, max(self.v) + 5
        pts = [(i * self.w / (len(self.v) - 1), (v - lo) / (hi - lo) * self.h) for i, v in enumerate(self.v)]
        c.setStrokeColor(hexc(NAVY))
        c.setLineWidth(1.4)
        for a, b in zip(pts[:3], pts[1:4]):
            c.line(a[0], a[1], b[0], b[1])
        c.setDash(2, 2)
        c.setStrokeColor(hexc(RED))
        for a, b in zip(pts[3:], pts[4:]):
            c.line(a[0], a[1], b[0], b[1])
        c.setDash()


def card(i, title, measures, values):
    qs = ["How much will we do?", "How well will we do it?", "Is anyone better off?"]
    strip = ParagraphStyle("cs", fontName=S["bold"], fontSize=7, leading=9, textColor=colors.white)
    tst = ParagraphStyle("ct", fontName=S["hbold"], fontSize=11.5, leading=14, textColor=hexc(NAVY))
    q = ParagraphStyle("cq", fontName=S["bold"], fontSize=7.4, leading=9, textColor=hexc(RED))
    m = ParagraphStyle("cm", fontName=S["reg"], fontSize=7.8, leading=9.6)
    rows = [[Paragraph(f"REPORT CARD {i} OF 4 \u00b7 2025\u20132028", strip)], [Paragraph(title, tst)]]
    for qq, mm_ in zip(qs, measures):
        rows.append([[Paragraph(qq, q), Paragraph(mm_, m)]])
    rows.append([[Paragraph("Turn the curve: baseline (solid) and forecast with action (dashed)", m), Spacer(1, 3),
                  Curve(values)]])
    t = Table(rows, colWidths=[82 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), hexc(NAVY)), ("BOX", (0, 0), (-1, -1), 1, hexc(NAVY)),
                           ("LINEBELOW", (0, 1), (0, -2), 0.4, hexc("#CCCCCC")),
                           ("BACKGROUND", (0, 1), (0, 1), hexc("#F6E9E8")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("Foreword", 3), ("Hate crime in the Humber", 4), ("The national approach and our last plan", 5),
           ("Our priorities: four report cards", 6), ("Actions and measures", 7), ("Reporting hate and governance", 8)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 6)] + contents_rows(S, toc, leader=False)
    p3 = [Paragraph("Foreword", H1),
          Paragraph("Hate crime targets people for who they are: their race, religion, sexual orientation, "
                    "disability or transgender identity. Its harm spreads beyond the victim to whole communities. "
                    "The Humber Hate Crime Partnership brings the four councils, Humberside Police, the Police and "
                    "Crime Commissioner, the NHS, schools, housing providers and community groups together.", B),
          Paragraph("We have used results-based accountability. Each of our four priorities has a report card "
                    "that asks three questions: how much will we do, how well will we do it, and is anyone better "
                    "off. The report cards are what the partnership will be held to.", B),
          Paragraph("Chair, Humber Hate Crime Partnership", S["cellb"])]
    p4 = [Paragraph("Hate crime in the Humber", H1),
          grid([["Strand (2024/25, illustrative*)", "Recorded hate crimes", "Change"],
                ["Race", "1,310", "+6%"], ["Religion", "120", "+11%"], ["Sexual orientation", "290", "+9%"],
                ["Disability", "170", "+14%"], ["Transgender identity", "70", "+18%"]],
               [80 * mm, 50 * mm, 40 * mm], S, head_fill=NAVY, bold_first=True),
          Paragraph("* Illustrative figures.", S["small"]),
          Paragraph("What people told us", H2)] + bl([
              "Many did not report because \u201cnothing would happen\u201d.",
              "Disabled people described hate as part of daily life on buses and in shops.",
              "Young people see most hate online, in group chats and games."], S)
    p5 = [Paragraph("The national approach and our last plan", H1),
          Paragraph("The government's hate crime action plan set five themes: preventing hate crime; responding "
                    "to hate crime in our communities; increasing the reporting of hate crime; improving support "
                    "for victims; and building our understanding of hate crime.", B),
          Paragraph("Our 2021\u20132024 action plan", H2)] + bl(["Awareness", "Reporting", "Support", "Cohesion"], S) + [
          Paragraph("The Police and Crime Plan", H2),
          Paragraph("Hate crime sits under the Commissioner's first aim, Engaged, resilient and inclusive "
                    "communities.", B)]
    g = Table([[card(1, *CARDS[0]), card(2, *CARDS[1])], [card(3, *CARDS[2]), card(4, *CARDS[3])]],
              colWidths=[85 * mm, 85 * mm])
    g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    p6 = [Paragraph("Our priorities: four report cards", H1),
          Paragraph("Each card is one priority. Measures are illustrative targets for 2028.", S["small"]),
          Spacer(1, 6), g]
    p7 = [Paragraph("Actions and measures", H1),
          grid([["Theme", "Action", "Lead"],
                ["Reporting", "Relaunch third-party reporting centres in libraries and mosques", "Councils"],
                ["Support", "Hate crime caseworker in each area", "OPCC"],
                ["Cohesion", "Community dialogue after tension incidents", "Councils"],
                ["Online and schools", "Anti-hate toolkit in schools; online reporting button", "Education"]],
               [34 * mm, 100 * mm, 36 * mm], S, head_fill=RED, bold_first=True)]
    p8 = [Paragraph("Reporting hate and governance", H1),
          Paragraph("Report hate to the police on 101 or 999 in an emergency, online through True Vision, or at a "
                    "third-party reporting centre. The partnership reports to the four community safety "
                    "partnerships. Contact: hate@humber.example (illustrative).", B)]
    cover = make_cover(S, ["Hate Crime Strategy", "2025 \u2013 2028"], "Humber Hate Crime Partnership",
                       (NAVY, RED), variant="rings")
    chrome = make_chrome(S, "Humber Hate Crime Strategy", "Page {n}", 8)
    return rl_pages(out, title="Humber Hate Crime Strategy 2025-2028", author="Humber Hate Crime Partnership",
                    pages=[[], p2, p3, p4, p5, p6, p7, p8], cover=cover, chrome=chrome)
