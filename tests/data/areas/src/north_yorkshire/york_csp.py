"""Safer York Partnership Community Safety Plan 2024-2027: reportlab report (DejaVu Sans).

Six priorities, stated once, as **postage stamps** in a 3 x 2 sheet (p6, "Our priorities for 2024-2027"):
each stamp has a perforated edge, a small value mark in the corner ("1st") and the priority in bold over two
to four lines, with a tiny caption "SAFER YORK 2024" under it.  Distractors: the 2021-2024 priorities and the
Commissioner's six priorities (p5), the key findings (p4), the delivery themes (p7), the measures (p8).
"""
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from north_yorkshire.kit import rl_doc

FILE = "strategies/safer_york_partnership_community_safety_plan_2024-27.pdf"

PRIORITIES = [
    "Tackling anti-social behaviour in the city centre and our neighbourhoods",
    "A safe and welcoming night-time economy",
    "Preventing serious violence and knife crime",
    "Protecting people from exploitation",
    "Standing together against hate crime and extremism",
    "Tackling drug dealing and county lines in York",
]
TINTS = ["#7a1f2b", "#1f4e79", "#2e6b3a", "#6b3f8f", "#9a5b12", "#2b5f66"]


class Stamps(Flowable):
    def __init__(self):
        super().__init__()
        self.width, self.height = 174 * mm, 150 * mm

    def draw(self):
        c = self.canv
        w, h, gap = 52 * mm, 66 * mm, 9 * mm
        for i, text in enumerate(PRIORITIES):
            col, row = i % 3, i // 3
            x = col * (w + gap)
            y = self.height - (row + 1) * h - row * 12 * mm
            c.setFillColor(colors.HexColor("#f4efe4"))
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColor(colors.white)  # perforations
            r = 1.6 * mm
            k = 0
            while k * 4 * mm <= w:
                c.circle(x + k * 4 * mm, y, r, stroke=0, fill=1)
                c.circle(x + k * 4 * mm, y + h, r, stroke=0, fill=1)
                k += 1
            k = 0
            while k * 4 * mm <= h:
                c.circle(x, y + k * 4 * mm, r, stroke=0, fill=1)
                c.circle(x + w, y + k * 4 * mm, r, stroke=0, fill=1)
                k += 1
            c.setFillColor(colors.HexColor(TINTS[i]))
            c.rect(x + 4 * mm, y + 4 * mm, w - 8 * mm, h - 8 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DejaVuSans-Bold", 8)
            c.drawRightString(x + w - 7 * mm, y + h - 11 * mm, "1st")
            c.setFont("DejaVuSans-Bold", 11.5)
            lines = simpleSplit(text, "DejaVuSans-Bold", 11.5, w - 16 * mm)
            ty = y + h - 24 * mm
            for ln in lines:
                c.drawString(x + 8 * mm, ty, ln)
                ty -= 14.5
            c.setFont("DejaVuSans", 6.5)
            c.drawString(x + 8 * mm, y + 8 * mm, "SAFER YORK 2024")


SPEC = {
    "title": "Safer York Partnership Community Safety Plan 2024–2027",
    "org": "Safer York Partnership",
    "short": "Safer York Partnership · Community Safety Plan 2024–2027",
    "cover_title": "Community Safety<br>Plan 2024–2027",
    "subtitle": "Safer York Partnership",
    "cover_note": "City of York Council · North Yorkshire Police · North Yorkshire Fire and Rescue · "
                  "Probation · NHS · voluntary sector",
    "colour": "#7a1f2b", "accent": "#1f4e79", "folio": "Page {n}",
    "sections": [
        ("Welcome", [
            ("p", "York is a safe city, and most residents and visitors never experience crime. But the things "
                  "that worry people here are real: groups causing trouble in the city centre and on some "
                  "estates, drunken violence late at night, and the exploitation of young and vulnerable people "
                  "by drug dealers who travel in from outside the city."),
            ("p", "The Safer York Partnership is the city's community safety partnership under the Crime and "
                  "Disorder Act 1998. This plan replaces our 2021–2024 plan and follows a strategic assessment "
                  "of crime and disorder in the city completed in the winter of 2023."),
            ("p", "We have kept the list short and chosen priorities where working together adds something "
                  "that no single agency could do alone."),
            ("p", "Chair, Safer York Partnership"),
        ]),
        ("York in figures", [
            ("stats", [("205,000", "residents"), ("8.4 million", "visitors a year"),
                       ("41%", "of recorded crime in the city centre wards")]),
            ("stats", [("2,950", "anti-social behaviour reports"), ("+12%", "knife-enabled offences on 2021/22"),
                       ("1 in 5", "violent offences linked to the night-time economy")]),
            ("h", "Key findings of the strategic assessment"),
            ("ul", ["Anti-social behaviour is concentrated in the city centre, Acomb and Tang Hall.",
                    "Violence peaks between 10pm and 3am on Friday and Saturday nights.",
                    "Exploitation of children through county lines is under-reported.",
                    "Hate incidents rose after national events and around the racecourse calendar."]),
        ]),
        ("Where we have come from", [
            ("h", "Our 2021–2024 priorities"),
            ("p", "The last plan had four priorities. They are listed here so that residents can see what has "
                  "changed; they are not the priorities of this plan."),
            ("ul", ["Anti-social behaviour", "Domestic abuse", "Cyber crime and fraud",
                    "Community cohesion"]),
            ("p", "Domestic abuse now has its own North Yorkshire and York strategy and board, and cyber crime "
                  "and fraud are led by North Yorkshire Police's economic crime unit, so they are no longer "
                  "separate priorities for this partnership."),
            ("h", "The Commissioner's Police, Fire and Crime Plan"),
            ("p", "The Commissioner's plan for 2025–2029 has six priorities: caring about the vulnerable; safer "
                  "streets and stronger communities; protecting our rural and coastal communities; putting "
                  "victims first; preventing harm before it happens; and keeping people safe from fire and "
                  "other emergencies. Our priorities contribute to several of these."),
        ]),
        ("Our priorities for 2024–2027", [
            ("p", "Six priorities, chosen from the strategic assessment and from what residents told us. Each "
                  "one has a lead partner and a delivery group that reports to the partnership every quarter."),
            ("custom", "stamps"),
        ]),
        ("How we will deliver", [
            ("h", "Neighbourhoods"),
            ("ul", ["Community Safety Hub caseworkers on every estate with high ASB demand.",
                    "Community Protection Notices and Public Spaces Protection Orders used consistently."]),
            ("h", "Evenings and nights"),
            ("ul", ["Street angels, taxi marshals and the Purple Flag accreditation for the city centre.",
                    "Welfare and vulnerability training for door staff and bar teams."]),
            ("h", "Violence, exploitation and drugs"),
            ("ul", ["Weapons sweeps and knife arches at key events.",
                    "A multi-agency exploitation panel and return-home interviews for missing children.",
                    "Closure orders for properties taken over by dealers (cuckooing)."]),
            ("h", "Cohesion"),
            ("ul", ["Third-party hate crime reporting centres and the Prevent duty delivered with schools."]),
        ]),
        ("Measures and governance", [
            ("table", [["Measure", "Direction"],
                       ["Repeat ASB locations", "Fewer"],
                       ["Violence with injury in the city centre at night", "Down"],
                       ["Knife-enabled offences", "Down"],
                       ["Children referred to the exploitation panel who are safer at review", "Up"],
                       ["Hate incidents reported through third-party centres", "Up (more reporting)"],
                       ["Drug supply disruptions and closure orders", "Up"]]),
            ("p", "The partnership board meets quarterly and reports to the council's scrutiny committee once a "
                  "year. Email: saferyork@york.example."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    rl_doc(SPEC, {"stamps": Stamps()}, out)
    return out
