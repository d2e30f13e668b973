"""Wiltshire and Swindon Serious Violence Duty Strategy 2024-2029 (reportlab report, DejaVu Sans Condensed).

Layout: the four priorities sit in the four QUARTERS OF A DRAWN CLOCK FACE (p6, "Violence around the clock"):
a large dial with hour ticks and the numerals 12, 3, 6 and 9, two hands, and each quarter holding one priority
in bold (three to five lines).  The numerals and the centre caption are not part of any priority.
Distractors: the Home Office success measures and the "5 Cs" (p5); intervention names (p7).
"""
from pathlib import Path

from wiltshire.content import sections
from wiltshire.kit import build_rl

FILE = "strategies/wiltshire_and_swindon_serious_violence_duty_strategy_2024-29.pdf"
PRIORITIES = [
    "Reducing knife crime and violence in public places",
    "Intervening early with children and young people at risk of violence",
    "Reducing alcohol-related violence in the night-time economy",
    "Building a trauma-informed workforce across the partnership",
]


def clock(S, t):
    import math

    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph

    st = ParagraphStyle("q", fontName=t["FB"], fontSize=11, leading=14, textColor=colors.HexColor("#14213d"), alignment=1)
    num = ParagraphStyle("n", fontName=t["F"], fontSize=9, leading=11, textColor=colors.HexColor("#888888"), alignment=1)

    class Clock(Flowable):
        def wrap(self, aw, ah):
            self.w = aw
            return aw, 160 * mm

        def draw(self):
            c = self.canv
            cx, cy, r = self.w / 2, 80 * mm, 76 * mm
            c.setFillColor(colors.HexColor("#fbf6ea"))
            c.setStrokeColor(colors.HexColor("#14213d"))
            c.setLineWidth(4)
            c.circle(cx, cy, r, stroke=1, fill=1)
            c.setLineWidth(0.8)
            c.setStrokeColor(colors.HexColor("#c9c0aa"))
            c.line(cx - r, cy, cx + r, cy)
            c.line(cx, cy - r, cx, cy + r)
            c.setStrokeColor(colors.HexColor("#14213d"))
            for k in range(12):
                a = math.radians(k * 30)
                c.setLineWidth(2 if k % 3 == 0 else 1)
                c.line(cx + (r - 6 * mm) * math.sin(a), cy + (r - 6 * mm) * math.cos(a),
                       cx + (r - 2 * mm) * math.sin(a), cy + (r - 2 * mm) * math.cos(a))
            c.setFillColor(colors.HexColor("#fca311"))
            c.circle(cx, cy, 3 * mm, stroke=0, fill=1)
            # quarters: top-right, bottom-right, bottom-left, top-left
            boxes = [(cx + 8 * mm, cy + 8 * mm), (cx + 8 * mm, cy - 52 * mm), (cx - 56 * mm, cy - 52 * mm),
                     (cx - 56 * mm, cy + 8 * mm)]
            for pr, (bx, by) in zip(PRIORITIES, boxes):
                p = Paragraph(pr, st)
                _, h = p.wrap(48 * mm, 44 * mm)
                p.drawOn(c, bx, by + 22 * mm - h / 2)
            c.setFillColor(colors.HexColor("#14213d"))
            c.setFont(t["FB"], 14)
            c.drawCentredString(cx, cy + r - 13 * mm, "12")
            c.drawCentredString(cx + r - 11 * mm, cy - 2 * mm, "3")
            c.drawCentredString(cx, cy - r + 9 * mm, "6")
            c.drawCentredString(cx - r + 11 * mm, cy - 2 * mm, "9")
    return [Clock()]


C = dict(
    foreword=["Serious violence is rare in Wiltshire and Swindon, but when it happens it devastates families and "
              "frightens communities. Under the Serious Violence Duty, the specified authorities have agreed this "
              "strategy together.",
              "It rests on our strategic needs assessment and on the public health approach: find the causes, act "
              "early, and measure what works."],
    signed="Chair, Wiltshire and Swindon Serious Violence Duty Partnership",
    context=["Our definition of serious violence covers homicide, violence with injury, knife and offensive weapon "
             "offences, robbery and violence linked to drug markets.",
             "Violence peaks on weekend nights in Swindon, Salisbury and Chippenham town centres, and among young "
             "people aged 15 to 24."],
    stats=[("1,140", "serious violence offences in 2023/24"), ("41%", "involved alcohol"),
           ("28%", "of victims aged 15 to 24"), ("96", "hospital admissions for assault with a sharp object")],
    bg_toc="The Duty and what we found", bg_head="The Duty and what we found",
    background=[("h", "Home Office success measures"),
                ("ul", ["Reduce hospital admissions for assaults with a knife or sharp object",
                        "Reduce knife and sharp object enabled serious violence recorded by the police",
                        "Reduce homicides recorded by the police"]),
                ("h", "The public health approach: the 5 Cs"),
                ("p", "Collaboration, co-production, cooperation in data and intelligence, counter-narrative "
                      "development, and community consensus."),
                ("h", "Key findings of the strategic needs assessment"),
                ("ul", ["Adverse childhood experiences are common among young people involved in violence.",
                        "School exclusion is a strong marker of risk.",
                        "Night-time economy violence is concentrated in a few streets."])],
    pr_toc="Our priorities", pr_head="Violence around the clock",
    priorities=[("p", "Violence does not keep office hours, and neither will we. Our four priorities cover the whole "
                      "clock, day and night:"), ("raw", clock)],
    delivery_intro="Interventions funded through the Serious Violence Duty grant (illustrative allocations).",
    delivery=[["Knife crime", "Knife arches, weapons sweeps, hospital navigators", "Wiltshire Police"],
              ["Early intervention", "Mentors in schools, teachable-moment youth workers", "Youth justice services"],
              ["Night-time economy", "Street pastors, Best Bar None, safe haven", "Licensing authorities"],
              ["Trauma-informed", "Training for 1,500 staff across agencies", "ICB and Public Health"]],
    measures=[["Hospital admissions for sharp-object assault", "96", "\u221220%"],
              ["Knife-enabled serious violence", "240", "\u221215%"],
              ["Night-time economy violence with injury", "380", "\u221210%"]],
    governance=["The Serious Violence Duty partnership is convened by the Police and Crime Commissioner and reports "
                "to the Wiltshire and Swindon community safety partnerships."],
    partners=["Wiltshire Police", "Swindon Borough Council", "Wiltshire Council", "NHS Integrated Care Board",
              "Dorset and Wiltshire Fire and Rescue Service", "Probation Service", "Youth justice services"],
    contact="seriousviolence@wiltshire-pcc.example",
)


def build(root: Path) -> Path:
    out = root / FILE
    build_rl(dict(title="Wiltshire and Swindon Serious Violence Duty Strategy 2024\u20132029",
                  running="Serious Violence Duty Strategy 2024\u20132029", folio="Page {n} of {total}",
                  theme=dict(font="DejaVuSansCondensed", hfont="LiberationSerif", c1="#14213d", c2="#fca311", pale="#f2f2ee"),
                  cover=dict(org="Wiltshire and Swindon Serious Violence Duty Partnership",
                             title_lines=["Serious Violence", "Duty Strategy"], sub="2024\u20132029",
                             foot="wiltshire-pcc.example/seriousviolence"),
                  sections=sections(C)), out)
    return out
