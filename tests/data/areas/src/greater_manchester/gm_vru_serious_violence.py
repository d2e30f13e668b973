"""Greater Manchester Violence Reduction Unit: Serious Violence Strategy 2025-2030 (reportlab).

Four priorities, stated once, on p6 as **domino tiles**: each a long black tile, the left half holding white
pips for its number, a divider line, and the right half holding the priority in white bold.  The Home Office
success measures and the public health approach (p5), the previous response strategy's themes (p4) and the
intervention titles (p7) are distractors.
"""
from greater_manchester import gmkit

PRIORITIES = ["Reducing serious violence and knife crime among young people under 25",
              "Keeping young people in education and reducing school exclusions",
              "Building a trauma-responsive workforce across the partnership",
              "Reducing violence in the night-time economy"]

D = dict(slug="gm_vru", file="strategies/greater_manchester_serious_violence_strategy_2025-30.pdf",
         title="Greater Manchester Violence Reduction Unit: Serious Violence Strategy 2025–2030",
         org="Greater Manchester Violence Reduction Unit", short="GM VRU · Serious Violence Strategy 2025–2030",
         cover_lines=["Serious Violence", "Strategy"], years="2025 – 2030", colour="#263238",
         ctx_title="Our strategic needs assessment", how_title="The Serious Violence Duty",
         foreword=["The Serious Violence Duty asks partners to work together to prevent and reduce serious violence. "
                   "This strategy is Greater Manchester's response, led by the Violence Reduction Unit.",
                   "It is built on what young people and communities told us."],
         signed="Director, Greater Manchester Violence Reduction Unit", ctx_intro="Illustrative figures, 2024.",
         stats=[("3,050", "knife-enabled offences"), ("310", "hospital admissions (sharp object)"), ("43%", "victims aged under 25"),
                ("1,900", "suspensions in a year"), ("28%", "of violence in the night-time economy"), ("10", "community-led programmes")],
         findings_title="Key findings", findings=["Violence peaks after school and late on weekend nights.",
                                                  "Exclusion from school is a strong marker of risk."],
         prev_title="Our response strategy 2022–2025", prev_intro="The previous response strategy had three themes:",
         prev=["Community-led approaches", "Education settings", "Navigators in hospitals and custody"],
         how=[("Home Office success measures", ["A reduction in hospital admissions for assaults with a knife or sharp object",
                                                 "A reduction in knife and sharp object enabled serious violence",
                                                 "A reduction in homicides"]),
              ("A public health approach", "Focused on a defined population, with and for communities, not constrained "
               "by organisational boundaries, focused on generating long-term as well as short-term solutions, based "
               "on data and intelligence, and rooted in evidence.")],
         delivery_intro="Interventions funded in 2025/26 (illustrative).", actions_head=["Intervention", "What it does", "Lead"],
         actions=[["Navigators", "Youth workers in A&E and custody suites", "VRU"], ["Inclusion", "Mentors in schools", "Councils"],
                  ["Training", "Trauma-responsive practice training", "VRU"], ["Nights out", "Welfare hubs and door staff training", "Councils"]],
         measures=[["Hospital admissions (sharp object)", "310", "Down"], ["Knife-enabled offences", "3,050", "Down"],
                   ["Suspensions", "1,900", "Down"]],
         governance="The VRU reports to the Deputy Mayor and the Serious Violence Duty partnership board.",
         partners=["GMP", "GMCA", "the ten councils", "NHS Greater Manchester", "Probation Service", "youth justice services"],
         contact="vru@greatermanchester-ca.example")


def dominoes(st):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from rl_kit import Flowable, Paragraph, ParagraphStyle, Spacer

    pips = {1: [(0, 0)], 2: [(-1, 1), (1, -1)], 3: [(-1, 1), (0, 0), (1, -1)], 4: [(-1, 1), (1, 1), (-1, -1), (1, -1)]}

    class Domino(Flowable):
        def __init__(self, n, text):
            super().__init__()
            self.n, self.text = n, text

        def wrap(self, aw, ah):
            self.w = 150 * mm
            return self.w, 36 * mm

        def draw(self):
            c = self.canv
            c.setFillColor(colors.HexColor("#111111"))
            c.roundRect(0, 0, self.w, 32 * mm, 4 * mm, stroke=0, fill=1)
            c.setStrokeColor(colors.white); c.setLineWidth(1.5)
            c.line(32 * mm, 4 * mm, 32 * mm, 28 * mm)
            c.setFillColor(colors.white)
            for dx, dy in pips[self.n]:
                c.circle(16 * mm + dx * 8 * mm, 16 * mm + dy * 8 * mm, 2.6 * mm, stroke=0, fill=1)
            p = Paragraph(self.text, ParagraphStyle("d", fontName=st["bold"], fontSize=13, leading=16, textColor=colors.white))
            _, ph = p.wrap(self.w - 42 * mm, 30 * mm)
            p.drawOn(c, 38 * mm, (32 * mm - ph) / 2)

    out = [Paragraph("Our priorities", st["h1"]),
           Paragraph("Like a line of dominoes, each priority makes the next one easier to achieve.", st["body"]),
           Spacer(1, 4 * mm)]
    for i, t in enumerate(PRIORITIES, 1):
        out.append(Domino(i, t))
    return out


def build(out_root):
    return gmkit.rl_build(out_root, D, dominoes, font="dejavu-cond", footer="Page {n} of 8")
