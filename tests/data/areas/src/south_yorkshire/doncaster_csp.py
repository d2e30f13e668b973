"""Safer Stronger Doncaster Partnership Community Safety Strategy 2024-2027.

reportlab report (DejaVu Sans Condensed, Liberation Serif headings).  The priorities are the labels of the
LAYERS OF A GEOLOGICAL CROSS-SECTION, "Solid ground" (p6): five wavy coloured strata under a strip of grass and a
drawn pit headframe, each stratum holding one priority in bold on a single line; no numbers.
"""
from pathlib import Path

from rl_kit import Flowable, colors, fonts, mm
from south_yorkshire.kit import rl_build

OUT = "strategies/safer_stronger_doncaster_community_safety_strategy_2024-27.pdf"
REG, BOLD = fonts("dejavu-cond")
PRIORITIES = [
    "Reducing anti-social behaviour and the fear of crime",
    "Reducing serious violence and knife crime",
    "Reducing the harm caused by drugs and alcohol",
    "Keeping people safe from domestic abuse",
    "Tackling fraud and scams that target older residents",
]
FILLS = ["#c9a66b", "#a97c50", "#8a5a3b", "#5e4b3c", "#2f2a26"]


class Strata(Flowable):
    def __init__(self, width, height=150 * mm):
        super().__init__()
        self.w, self.h = width, height

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        w, h = self.w, self.h
        band = (h - 22 * mm) / len(PRIORITIES)
        top = h - 22 * mm
        c.setFillColor(colors.HexColor("#cfe8f7"))
        c.rect(0, top, w, 22 * mm, stroke=0, fill=1)
        # headframe
        c.setStrokeColor(colors.HexColor("#333333"))
        c.setLineWidth(1.6)
        x0 = w - 24 * mm
        c.line(x0, top, x0 + 9 * mm, top + 18 * mm)
        c.line(x0 + 18 * mm, top, x0 + 9 * mm, top + 18 * mm)
        c.circle(x0 + 9 * mm, top + 18 * mm, 3 * mm, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#5a9e3a"))
        c.rect(0, top - 2 * mm, w, 3 * mm, stroke=0, fill=1)
        for i, text in enumerate(PRIORITIES):
            y1 = top - 2 * mm - i * band
            y0 = y1 - band
            p = c.beginPath()
            p.moveTo(0, y1)
            for k in range(1, 9):
                p.lineTo(w * k / 8, y1 + (2.2 * mm if k % 2 else -1.6 * mm) * (1 if i else 0))
            p.lineTo(w, y0)
            for k in range(7, -1, -1):
                p.lineTo(w * k / 8, y0 + (2.2 * mm if k % 2 else -1.6 * mm) * (1 if i < 4 else 0))
            p.close()
            c.setFillColor(colors.HexColor(FILLS[i]))
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(BOLD, 13.5)
            c.drawString(8 * mm, y0 + band / 2 - 5, text)
        # shaft
        c.setFillColor(colors.HexColor("#111111"))
        c.rect(x0 + 8 * mm, 8 * mm, 2.2 * mm, top - 8 * mm, stroke=0, fill=1)


def build(root: Path) -> Path:
    fw = 210 * mm - 36 * mm
    doc = {
        "title": "Community Safety Strategy 2024\u20132027", "org": "Safer Stronger Doncaster Partnership",
        "subtitle": "Doncaster's community safety partnership strategy",
        "cover_title_lines": ["Community Safety", "Strategy 2024\u20132027"],
        "colour": "#3d2b1f", "accent": "#e0a526", "running": "Safer Stronger Doncaster Partnership",
        "folio": "Page {n} of {m}",
        "sections": [
            ("Foreword", [
                ("p", "Doncaster was built on coal, rail and hard work. Its communities are strong, but some of them "
                      "still carry more than their share of crime and disorder. This strategy is the Safer Stronger "
                      "Doncaster Partnership's plan for the next three years."),
                ("p", "We have pictured our priorities as layers of ground: each one has to be solid for the whole "
                      "borough to stand firm. The strategy meets our duty under the Crime and Disorder Act 1998."),
                ("p", "\u2013 Chair, Safer Stronger Doncaster Partnership"),
            ]),
            ("Doncaster in context", [
                ("p", "All statistics are illustrative and not official figures."),
                ("stats", [("25,500", "crimes a year (illustrative)"), ("9,100", "ASB incidents (illustrative)"),
                           ("1 in 3", "violent crimes linked to alcohol (illustrative)"),
                           ("\u00a31.9m", "lost to scams by older residents (illustrative)")]),
                ("h", "Key findings"),
                ("ul", ["Residents' fear of crime is higher than the crime rate alone would suggest.",
                        "Violence peaks in the town centre on Friday and Saturday nights.",
                        "Drug and alcohol use is a factor in most of the serious cases we review.",
                        "Older residents lose large sums to phone, doorstep and online scams."]),
            ]),
            ("What has changed since 2021", [
                ("h", "Our 2021\u20132024 priorities"),
                ("ul", ["Safer town centres", "Protecting vulnerable people", "Reducing reoffending",
                        "Stronger communities"]),
                ("p", "Reducing reoffending is now led by the South Yorkshire Local Criminal Justice Board and the "
                      "Probation Service, so it is not a priority of this strategy."),
                ("h", "National frameworks we work within"),
                ("ul", ["The Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
                        "The Domestic Abuse Act 2021", "From harm to hope, the national drugs strategy",
                        "The Mayor's Police and Crime Plan 2025\u20132029"]),
            ]),
            ("Our priorities: solid ground", [
                ("p", "The partnership board agreed five priorities for 2024\u20132027 after a residents' survey and "
                      "the annual strategic assessment. Each is one layer of the ground the borough stands on; the "
                      "actions for each are on page 7."),
                ("raw", [Strata(fw)]),
            ]),
            ("What we will do", [
                ("table", [["Theme", "Key actions", "Lead"],
                           ["Neighbourhoods", "Ward problem-solving; visible patrols; ASB case reviews", "Council"],
                           ["Violence", "Night-time economy marshals; knife crime education", "Police"],
                           ["Drugs and alcohol", "Treatment referrals from custody; licensing reviews", "Public health"],
                           ["Domestic abuse", "MARAC; Operation Encompass; safe accommodation", "DA board"],
                           ["Scams", "Call blockers; banking protocol; trading standards visits", "Trading standards"]]),
            ]),
            ("Measures", [
                ("table", [["Measure", "Baseline (illustrative)", "Aim"],
                           ["Residents who feel safe after dark", "48%", "Up"],
                           ["Violence with injury in the town centre", "820", "Down"],
                           ["Alcohol-related hospital admissions", "2,300", "Down"],
                           ["Repeat domestic abuse referrals to MARAC", "31%", "Down"],
                           ["Scam victims supported", "350", "Up"]]),
            ]),
            ("Governance", [
                ("p", "The partnership board meets quarterly and reports to Doncaster Council's cabinet and to the "
                      "Mayor's office. Each theme has a named lead officer."),
                ("p", "Contact: saferstronger@doncaster.example"),
            ]),
        ],
    }
    return rl_build(doc, root / OUT, family="dejavu-cond", head_family="liberation-serif")
