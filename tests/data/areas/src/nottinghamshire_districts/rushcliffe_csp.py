"""Rushcliffe Community Safety Partnership Plan 2025-2028: reportlab (Liberation Sans Narrow). Priorities are
the rows of a two-column "Priority | What success looks like" table (p5); a Gantt chart of workstreams (p6) is a
distractor."""
from __future__ import annotations

from pathlib import Path

from .kit_rl import C, Flowable, NextPageTemplate, PageBreak, Paragraph, ParagraphStyle, Spacer, build_pdf, colors, mm

OUT = "strategies/rushcliffe_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Rushcliffe Community Safety Partnership Plan 2025\u20132028"
THEME = {"font": "lib-narrow", "head_font": "lib-sans", "accent": "#0B4F8A", "h2": "#0B4F8A", "light": "#E6EEF6",
         "size": 11, "author": "Rushcliffe Community Safety Partnership"}
NEEDLES = {"intro": "Introduction", "borough": "Rushcliffe in 2025", "prior": "For each, the table says",
           "gantt": "Workstream timeline", "measure": "Measuring progress"}

PRIORITIES = [
    ("Keeping rural communities safe from crime", "Fewer thefts from farms and outbuildings; more Rural Watch members"),
    ("Safer roads through our villages", "Fewer speeding complaints; more Community Speedwatch groups"),
    ("Protecting older and vulnerable residents from fraud and scams", "More scam alerts shared; fewer repeat victims"),
    ("Reducing domestic abuse", "More people getting help earlier; fewer repeat incidents"),
    ("Anti-social behaviour in West Bridgford and our larger villages", "Fewer ASB incidents; faster response to reports"),
]
WORKSTREAMS = [("Rural Watch expansion", 0, 5), ("Speed camera van rota", 1, 8), ("Scam marshals", 0, 12),
               ("Domestic abuse outreach", 2, 12), ("West Bridgford ASB task group", 0, 4),
               ("CCTV upgrade", 4, 7), ("Youth diversion in parks", 3, 6), ("Annual review", 10, 12)]


class Gantt(Flowable):
    def __init__(self, k, rows, width):
        super().__init__()
        self.k, self.rows, self.width = k, rows, width
        self.height = (len(rows) + 1) * 9 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c, k = self.canv, self.k
        lab, rh = 70 * mm, 9 * mm
        cw = (self.width - lab) / 12
        top = self.height
        c.setFont(k.bold, 8)
        quarters = ["Q1 25/26", "Q2", "Q3", "Q4", "Q1 26/27", "Q2", "Q3", "Q4", "Q1 27/28", "Q2", "Q3", "Q4"]
        for i, q in enumerate(quarters):
            c.drawCentredString(lab + cw * (i + 0.5), top - 6 * mm, q)
        for r, (name, a, b) in enumerate(self.rows, start=1):
            y = top - (r + 1) * rh
            c.setFillColor(colors.black)
            c.setFont(k.reg, 9)
            c.drawString(0, y + 3 * mm, name)
            c.setFillColor(C("#0B4F8A") if r % 2 else C("#5B8DB8"))
            c.roundRect(lab + a * cw, y + 1.5 * mm, (b - a) * cw, 5 * mm, 2, stroke=0, fill=1)
            c.setStrokeColor(C("#CCCCCC"))
            c.line(0, y, self.width, y)


def decorate(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#0B4F8A"))
    c.rect(w - 14 * mm, 0, 14 * mm, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.hbold, 10)
    c.drawCentredString(w - 7 * mm, 12 * mm, str(d.page))
    c.saveState()
    c.translate(w - 5 * mm, h / 2)
    c.rotate(90)
    c.setFont(k.reg, 8)
    c.drawCentredString(0, 0, "Rushcliffe Community Safety Partnership Plan 2025\u20132028")
    c.restoreState()


def cover(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#0B4F8A"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(C("#F4B400"))
    c.circle(w - 40 * mm, h - 50 * mm, 25 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.hbold, 32)
    c.drawString(20 * mm, h / 2 + 10 * mm, "Rushcliffe")
    c.setFont(k.reg, 18)
    c.drawString(20 * mm, h / 2 - 4 * mm, "Community Safety Partnership Plan 2025\u20132028")


def story(pages, k):
    s = [PageBreak()]
    s += k.contents([("intro", "Introduction"), ("borough", "Rushcliffe in 2025"), ("prior", "Our priorities"),
                     ("gantt", "Workstream timeline"), ("measure", "Measuring progress and contacts")], pages)
    s.append(PageBreak())
    s.append(k.H1("Introduction"))
    for t in ["Rushcliffe is one of the safest places to live in the country, and the Rushcliffe Community Safety "
              "Partnership wants to keep it that way. This plan sets out our priorities for 2025 to 2028.",
              "The partnership is made up of Rushcliffe Borough Council, Nottinghamshire Police, Nottinghamshire "
              "Fire and Rescue Service, Nottinghamshire County Council, the Integrated Care Board and the Probation "
              "Service, working with parish councils, Neighbourhood Watch and local businesses.",
              "Our previous plan (2022\u20132025) focused on <i>neighbourhood crime</i>, <i>anti-social "
              "behaviour</i>, <i>vulnerable people</i> and <i>road safety</i>."]:
        s.append(k.P(t))
    s.append(k.H2("The national and county picture"))
    s.append(k.P("We have had regard to the Police and Crime Commissioner's Police and Crime Plan 2025\u20132029, "
                 "to the Serious Violence Duty (led locally by the Violence Reduction Partnership) and to the "
                 "Domestic Abuse Act 2021. The Commissioner's 'safer roads' priority matches what our residents "
                 "tell us."))
    s.append(PageBreak())
    s.append(k.H1("Rushcliffe in 2025"))
    s.append(k.note("Figures are illustrative, not official statistics."))
    s.append(k.tiles([("122,000", "residents"), ("5,410", "crimes in 2024"), ("44", "villages and parishes"),
                      ("1,230", "speeding complaints"), ("\u00a3380k", "lost to scams"), ("1,050", "ASB incidents")],
                     160 * mm))
    s.append(k.H2("Findings of the strategic assessment"))
    s += k.bullets(["Thefts of farm machinery and fuel rose in the south of the borough.",
                    "Speeding is the issue raised most at parish council meetings.",
                    "Older residents are the main victims of courier and romance fraud.",
                    "ASB is concentrated in West Bridgford, Radcliffe on Trent and Cotgrave."])
    s.append(PageBreak())
    s.append(k.H1("Our priorities"))
    s.append(k.P("The partnership has agreed five priorities for 2025 to 2028. For each, the table says what "
                 "success will look like in three years' time."))
    pst = ParagraphStyle("pp", parent=k.cellb, fontSize=12, leading=15, textColor=C("#0B4F8A"))
    rows = [["Priority", "What success looks like"]] + [[Paragraph(p, pst), w] for p, w in PRIORITIES]
    s.append(k.table(rows, [100 * mm, 60 * mm], valign="TOP"))
    s.append(Spacer(1, 8))
    s.append(k.P("Serious violence, drugs and exploitation are tackled through the county-wide partnerships, "
                 "with Rushcliffe officers taking part in their delivery groups."))
    s.append(NextPageTemplate("L"))
    s.append(PageBreak())
    s.append(k.H1("Workstream timeline"))
    s.append(k.P("The chart shows when each workstream will run over the three years of the plan."))
    s.append(Gantt(k, WORKSTREAMS, 250 * mm))
    s.append(NextPageTemplate("P"))
    s.append(PageBreak())
    s.append(k.H1("Measuring progress and contacts"))
    s.append(k.table([["Indicator", "Aim"], ["Rural crime reports", "Reduce"], ["Speedwatch groups active", "Increase"],
                      ["Repeat fraud victims", "Reduce"], ["Repeat domestic abuse incidents", "Reduce"],
                      ["ASB incidents", "Reduce"]], [100 * mm, 60 * mm]))
    s.append(Spacer(1, 8))
    s.append(k.P("The partnership board meets four times a year and the Communities Scrutiny Group reviews the "
                 "plan annually."))
    s.append(k.P("Community Safety, Rushcliffe Arena, Rugby Road, West Bridgford. "
                 "community.safety@rushcliffe.example \u00b7 0115 000 0000 (illustrative)"))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate, cover=cover)
