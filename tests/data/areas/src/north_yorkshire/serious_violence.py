"""North Yorkshire and York Serious Violence Duty Strategy 2024-2029: reportlab report (Liberation Sans).

Four priorities, stated once, as the **summits of a drawn hill profile** (p6, "Four summits to climb"): a
green silhouette with four peaks, each with a flag, and above each peak a label holding the priority in bold
with a thin line dropping to its flag; the summit names ("Summit 1" ...) sit under the labels.  Distractors: the
Duty's definition and specified authorities (p4), the Home Office success measures and the strategic needs
assessment findings (p5), the interventions (p7), local measures (p8).
"""
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from north_yorkshire.kit import rl_doc

FILE = "strategies/north_yorkshire_and_york_serious_violence_duty_strategy_2024-29.pdf"

PRIORITIES = [
    "Reducing knife crime and violence in public places",
    "Early help for children at risk of violence",
    "Tackling alcohol-related violence in the night-time economy",
    "Using shared data to understand violence",
]


class Summits(Flowable):
    def __init__(self):
        super().__init__()
        self.width, self.height = 174 * mm, 165 * mm

    def draw(self):
        c = self.canv
        peaks = [(22, 88), (65, 110), (108, 96), (152, 118)]  # x, summit height (mm)
        c.setFillColor(colors.HexColor("#5f7f4a"))
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(0, 45 * mm)
        xs = [0]
        for i, (x, h) in enumerate(peaks):
            p.lineTo(x * mm, h * mm)
            if i < 3:
                nx = peaks[i + 1][0]
                p.lineTo((x + nx) / 2 * mm, 62 * mm)
            xs.append(x)
        p.lineTo(174 * mm, 70 * mm)
        p.lineTo(174 * mm, 0)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8fa97a"))
        c.rect(0, 0, 174 * mm, 18 * mm, stroke=0, fill=1)
        for i, (x, h) in enumerate(peaks):
            # flag
            c.setStrokeColor(colors.HexColor("#333333"))
            c.setLineWidth(0.8)
            c.line(x * mm, h * mm, x * mm, (h + 9) * mm)
            c.setFillColor(colors.HexColor("#c0392b"))
            c.rect(x * mm, (h + 5.5) * mm, 6 * mm, 3.5 * mm, stroke=0, fill=1)
            # label
            lx = x * mm - 19 * mm
            lx = max(0, min(lx, self.width - 38 * mm))
            top = self.height - 2 * mm
            c.setFillColor(colors.HexColor("#8a8a8a"))
            c.setFont("LiberationSans", 8)
            c.drawString(lx, top - 8, f"Summit {i + 1}")
            c.setFillColor(colors.HexColor("#1d3557"))
            c.setFont("LiberationSans-Bold", 11)
            y = top - 24
            for ln in simpleSplit(PRIORITIES[i], "LiberationSans-Bold", 11, 37 * mm):
                c.drawString(lx, y, ln)
                y -= 13.5
            c.setStrokeColor(colors.HexColor("#9aa5b1"))
            c.setDash(2, 2)
            c.line(x * mm, y + 4, x * mm, (h + 10) * mm)
            c.setDash()


SPEC = {
    "title": "North Yorkshire and York Serious Violence Duty Strategy 2024–2029",
    "org": "North Yorkshire and York Serious Violence Duty Partnership",
    "short": "Serious Violence Duty Strategy 2024–2029",
    "cover_title": "Serious Violence<br>Duty Strategy",
    "subtitle": "North Yorkshire and York 2024–2029",
    "cover_note": "Convened by the Police, Fire and Crime Commissioner. Contact: svd@pfcc-northyorkshire.example",
    "colour": "#1d3557", "accent": "#5f7f4a", "folio": "Page {n} of 8",
    "sections": [
        ("Introduction", [
            ("p", "Serious violence is rare in North Yorkshire and York, but when it happens it devastates "
                  "families and frightens communities. Knife-enabled offences have risen since 2021, and "
                  "violence at night in York, Harrogate and Scarborough continues to drive demand on police, "
                  "ambulance and emergency departments."),
            ("p", "This is the partnership's response to the Serious Violence Duty. It builds on the strategic "
                  "needs assessment published in January 2024 and takes a public health approach: understanding "
                  "the causes of violence and acting early."),
            ("p", "Chair, Serious Violence Duty Partnership"),
        ]),
        ("The Serious Violence Duty", [
            ("p", "The Duty, introduced by the Police, Crime, Sentencing and Courts Act 2022, requires specified "
                  "authorities to work together to prevent and reduce serious violence. Locally those "
                  "authorities are:"),
            ("ul", ["North Yorkshire Police and British Transport Police",
                    "North Yorkshire Council and City of York Council",
                    "North Yorkshire Fire and Rescue Service",
                    "Humber and North Yorkshire Integrated Care Board",
                    "The Probation Service and the youth justice services"]),
            ("p", "Our local definition of serious violence covers homicide, violence with injury, knife and "
                  "weapon offences, and robbery, in public places and in the night-time economy. Domestic abuse "
                  "and sexual violence are led by their own boards."),
        ]),
        ("What the needs assessment found", [
            ("stats", [("+18%", "knife-enabled offences since 2021/22"), ("42%", "of violence with injury "
                       "between 10pm and 4am"), ("1 in 3", "young victims known to early help")]),
            ("h", "Home Office success measures"),
            ("ul", ["A reduction in hospital admissions for assault with a knife or sharp object",
                    "A reduction in knife and sharp object enabled serious violence recorded by the police",
                    "A reduction in homicides recorded by the police"]),
            ("p", "The assessment also found that agencies hold useful information about violence that is not "
                  "shared, including emergency department data on where assaults happen."),
        ]),
        ("Four summits to climb: our priorities", [
            ("p", "The partnership will climb four summits by 2029. Each is a priority with its own task group."),
            ("custom", "summits"),
        ]),
        ("Interventions", [
            ("table", [["Intervention", "Where", "Partners"],
                       ["Hotspot patrols and weapons sweeps", "York, Scarborough, Harrogate", "Police, councils"],
                       ["Navigators in emergency departments", "York and Scarborough hospitals", "NHS, VCS"],
                       ["Mentoring for children excluded from school", "County-wide", "Youth justice, schools"],
                       ["Best Bar None and welfare hubs", "Night-time economies", "Licensing, police"],
                       ["Information sharing agreement and A&E data", "All partners", "ICB, police"]]),
        ]),
        ("Measuring success and governance", [
            ("table", [["Local measure", "Baseline (illustrative)"],
                       ["Knife-enabled offences", "412"],
                       ["Violence with injury at night in town centres", "1,930"],
                       ["Children in early help after a violence referral", "150"],
                       ["Partners sharing data monthly", "4 of 9"]]),
            ("p", "The partnership reports to the Commissioner's Local Criminal Justice Board and to both "
                  "councils' scrutiny committees, and refreshes its needs assessment every year."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    rl_doc(SPEC, {"summits": Summits()}, out, font="LiberationSans", bold="LiberationSans-Bold")
    return out
