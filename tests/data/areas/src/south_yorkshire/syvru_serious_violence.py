"""South Yorkshire Serious Violence Response Strategy 2024-2029 (Violence Reduction Unit).

reportlab report (Liberation Sans).  The priorities are captions of four drawn horizontal THERMOMETERS,
"Turning down the heat" (p6): each tube lies across the page with its bulb at the left and a red column at a
falling level; the priority is printed in bold above its tube; no numbers.
"""
from pathlib import Path

from rl_kit import Flowable, colors, fonts, mm
from south_yorkshire.kit import rl_build

OUT = "strategies/south_yorkshire_serious_violence_response_strategy_2024-29.pdf"
REG, BOLD = fonts("liberation-sans")
PRIORITIES = [
    ("Reducing knife crime and violence involving weapons", 0.8),
    ("Keeping children and young people safe from violence in and out of school", 0.65),
    ("Reducing violence linked to the night-time economy and alcohol", 0.55),
    ("Building a trauma-informed workforce across South Yorkshire", 0.4),
]


class Thermometers(Flowable):
    def __init__(self, width):
        super().__init__()
        self.w, self.h = width, 170 * mm

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        step = self.h / len(PRIORITIES)
        for i, (text, level) in enumerate(PRIORITIES):
            y = self.h - (i + 1) * step + 10 * mm
            c.setFillColor(colors.HexColor("#222222"))
            c.setFont(BOLD, 12.5)
            c.drawString(0, y + 16 * mm, text)
            c.setStrokeColor(colors.HexColor("#888888"))
            c.setFillColor(colors.HexColor("#f4f4f4"))
            c.setLineWidth(1)
            c.roundRect(8 * mm, y + 1.5 * mm, self.w - 10 * mm, 7 * mm, 3.5 * mm, stroke=1, fill=1)
            c.circle(8 * mm, y + 5 * mm, 6.5 * mm, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#c62828"))
            c.circle(8 * mm, y + 5 * mm, 5 * mm, stroke=0, fill=1)
            c.rect(8 * mm, y + 3 * mm, (self.w - 16 * mm) * level, 4 * mm, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#666666"))
            for k in range(1, 20):
                x = 14 * mm + k * (self.w - 22 * mm) / 20
                c.line(x, y + 8.5 * mm, x, y + (11 if k % 5 else 12.5) * mm)


def build(root: Path) -> Path:
    fw = 210 * mm - 36 * mm
    doc = {
        "title": "Serious Violence Response Strategy 2024\u20132029", "org": "South Yorkshire Violence Reduction Unit",
        "subtitle": "Our strategy under the Serious Violence Duty",
        "cover_title_lines": ["Serious Violence", "Response Strategy", "2024\u20132029"],
        "colour": "#8b1c1c", "accent": "#f0b429", "running": "South Yorkshire Violence Reduction Unit",
        "folio": "{n}",
        "sections": [
            ("Foreword", [
                ("p", "The South Yorkshire Violence Reduction Unit brings together the police, the four councils, "
                      "health, probation, youth justice, fire and rescue, education and communities. This strategy "
                      "is our response to the Serious Violence Duty, which took effect in January 2023."),
                ("p", "Violence is preventable. We treat it as a public health problem: we look at its causes, not "
                      "only its consequences, and we measure whether fewer people are hurt."),
                ("p", "\u2013 Director, South Yorkshire Violence Reduction Unit"),
            ]),
            ("Our local definition and the evidence", [
                ("p", "For this strategy, serious violence means homicide, violence causing injury, knife and weapon "
                      "offences, and violence in public places, including the night-time economy. Domestic abuse "
                      "and sexual violence are led by the domestic abuse boards. Figures are illustrative."),
                ("stats", [("1,150", "hospital admissions for assault (illustrative)"),
                           ("620", "knife crime offences (illustrative)"), ("38%", "of victims aged under 25 (illustrative)")]),
                ("h", "Key findings from the strategic needs assessment"),
                ("ul", ["Violence clusters in a few places and at predictable times.",
                        "Most young victims and offenders had experienced trauma or exclusion from school.",
                        "Alcohol is a factor in most night-time assaults.",
                        "Practitioners often lack training in trauma-informed practice."]),
            ]),
            ("National requirements", [
                ("h", "Home Office success measures"),
                ("ol", ["Reduce hospital admissions for assault with a knife or sharp object.",
                        "Reduce knife and sharp object enabled serious violence recorded by the police.",
                        "Reduce homicides recorded by the police."]),
                ("h", "The specified authorities"),
                ("ul", ["Police", "Councils", "Youth offending teams", "Probation", "Fire and rescue",
                        "Integrated care boards"]),
                ("h", "Our principles: the public health approach"),
                ("ul", ["Focused on a defined population", "With and for communities",
                        "Not constrained by organisational boundaries", "Based on data and evidence"]),
            ]),
            ("Turning down the heat: our priorities", [
                ("p", "The VRU executive board has agreed four priorities for 2024\u20132029. Each thermometer shows "
                      "how much of the unit's funding goes to that priority in year one (illustrative)."),
                ("raw", [Thermometers(fw)]),
            ]),
            ("Interventions", [
                ("table", [["Programme", "What it does"],
                           ["Hospital navigators", "Youth workers in emergency departments"],
                           ["Teachable moments", "Support after a child is arrested"],
                           ["Safer nights", "Street marshals and welfare hubs"],
                           ["Trauma-informed South Yorkshire", "Training for frontline staff"]]),
            ]),
            ("Measuring impact", [
                ("table", [["Indicator", "Baseline (illustrative)", "Aim"],
                           ["Knife-enabled offences", "620", "Down 15%"],
                           ["Under-25 assault admissions", "430", "Down"],
                           ["Night-time assaults in town centres", "1,100", "Down"],
                           ["Staff trained in trauma-informed practice", "900", "3,000"]]),
            ]),
            ("Governance", [
                ("p", "The VRU executive board reports to the Mayor, who funds the unit with a Home Office grant. "
                      "Each district has a local violence group."),
                ("p", "Contact: vru@southyorkshire-vru.example"),
            ]),
        ],
    }
    return rl_build(doc, root / OUT, family="liberation-sans")
