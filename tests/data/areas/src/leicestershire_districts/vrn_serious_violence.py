"""Leicester, Leicestershire and Rutland Violence Reduction Network: Serious Violence Strategy 2025-2030.

reportlab report. The priorities are the middle tier of a drawn "golden thread" (p6): national outcomes
(the Home Office success measures, distractors) at the top, a gold thread running down to four stacked
priority boxes, and on to the actions (short labels, distractors) at the foot.
"""
from __future__ import annotations

from pathlib import Path

from .kit import (ILLUS, P, Flowable, Spacer, build_rl, colors, contents, grid_table, hexc, mm, section, styles,
                  tiles, wrap_lines, draw_lines)
from rl_kit import A4

OUT = "strategies/llr_violence_reduction_network_serious_violence_strategy_2025-30.pdf"
T = {"main": "#222E50", "acc": "#C9A227", "pale": "#EEF0F6", "font": "liberation-sans", "hfont": "liberation-serif",
     "h1": 21}
GOLD = hexc("#C9A227")
NAVY = hexc("#222E50")

NATIONAL = ["Fewer hospital admissions for assault with a knife or sharp object",
            "Fewer knife and sharp object enabled serious violent offences", "Fewer homicides"]
PRIORITIES = [
    ("Reducing knife crime and violence in public places", "Where violence happens: streets, parks, transport"),
    ("Preventing children and young people from becoming involved in violence", "Who is most at risk, and when"),
    ("Reducing violence linked to alcohol and the night-time economy", "Town and city centres after dark"),
    ("Building trauma-informed services across the partnership", "How every partner works"),
]
ACTIONS = ["Hotspot policing and guardianship", "Navigators in emergency departments and custody",
           "Safer nights: venues, taxis and welfare", "Trauma-informed training for 3,000 staff"]


class Thread(Flowable):
    def __init__(self, width, fonts_):
        super().__init__()
        self.w = width
        self.reg, self.bold, self.serif = fonts_

    def wrap(self, aw, ah):
        return self.w, 205 * mm

    def draw(self):
        c = self.canv
        w, top = self.w, 205 * mm
        # gold thread down the left
        c.setStrokeColor(GOLD)
        c.setLineWidth(5)
        c.line(8 * mm, 8 * mm, 8 * mm, top - 8 * mm)
        # tier labels
        c.setFillColor(GOLD)
        for y, lab in ((top - 6 * mm, "NATIONAL OUTCOMES"), (top - 52 * mm, "OUR PRIORITIES"),
                       (46 * mm, "WHAT WE WILL DO")):
            c.circle(8 * mm, y + 1.5 * mm, 3.2 * mm, stroke=0, fill=1)
            c.setFont(self.bold, 8.5)
            c.drawString(16 * mm, y, lab)
        # national outcomes: three boxes in a row
        bx = 16 * mm
        bw = (w - bx - 8 * mm) / 3
        for i, t in enumerate(NATIONAL):
            x = bx + i * (bw + 4 * mm)
            c.setFillColor(hexc("#E6E6E6"))
            c.roundRect(x, top - 38 * mm, bw - 4 * mm, 26 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(hexc("#444444"))
            draw_lines(c, wrap_lines(t, self.reg, 8.6, bw - 12 * mm), x + 4 * mm, top - 18 * mm, self.reg, 8.6, 10.6)
        # priorities: four stacked boxes
        y = top - 60 * mm
        for i, (t, sub) in enumerate(PRIORITIES):
            h = 19 * mm
            c.setFillColor(NAVY)
            c.roundRect(bx, y - h, w - bx, h, 3 * mm, stroke=0, fill=1)
            c.setStrokeColor(GOLD)
            c.setLineWidth(3)
            c.line(8 * mm, y - h / 2, bx, y - h / 2)
            c.setFillColor(colors.white)
            lines = wrap_lines(t, self.serif, 12.5, w - bx - 14 * mm)
            yy = draw_lines(c, lines, bx + 6 * mm, y - 7.5 * mm, self.serif, 12.5, 15)
            c.setFillColor(GOLD)
            c.setFont(self.reg, 8)
            c.drawString(bx + 6 * mm, yy - 1 * mm, sub)
            y -= h + 3 * mm
        # actions: four chips in a row
        aw = (w - bx) / 4
        for i, t in enumerate(ACTIONS):
            x = bx + i * aw
            c.setFillColor(hexc("#F4EBCB"))
            c.roundRect(x, 8 * mm, aw - 4 * mm, 30 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColor(hexc("#333333"))
            draw_lines(c, wrap_lines(t, self.reg, 8.4, aw - 12 * mm), x + 4 * mm, 32 * mm, self.reg, 8.4, 10.4)


def _cover(c, d):
    W, H = A4
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(GOLD)
    c.setLineWidth(6)
    p = c.beginPath()
    p.moveTo(W * 0.15, H)
    p.curveTo(W * 0.5, H * 0.7, W * 0.05, H * 0.45, W * 0.6, 0)
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont("LiberationSerif-Bold", 30)
    c.drawString(25 * mm, H * 0.58, "Serious Violence")
    c.drawString(25 * mm, H * 0.58 - 12 * mm, "Strategy 2025\u20132030")
    c.setFont("LiberationSans-Regular", 12)
    c.drawString(25 * mm, H * 0.58 - 26 * mm, "Leicester, Leicestershire and Rutland")
    c.drawString(25 * mm, H * 0.58 - 33 * mm, "Violence Reduction Network")
    c.setFont("LiberationSans-Regular", 8)
    c.drawString(25 * mm, 15 * mm, "A fictional re-creation for testing; not a published document.")


def _chrome(c, d, n, land):
    PW, PH = d.pagesize
    c.setFillColor(GOLD)
    c.rect(20 * mm, 12 * mm, PW - 40 * mm, 0.8 * mm, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont("LiberationSans-Regular", 8)
    c.drawString(20 * mm, 7 * mm, "VRN Serious Violence Strategy 2025\u20132030")
    c.setFont("LiberationSans-Bold", 8.5)
    c.drawRightString(PW - 20 * mm, 7 * mm, f"{n} | VRN")


def build(root: Path) -> Path:
    S = styles(T)
    W, H = A4
    width = W - 40 * mm
    toc = [("Foreword", 3), ("The Serious Violence Duty", 3), ("What the needs assessment tells us", 4),
           ("National outcomes and our response", 5), ("Our golden thread", 6), ("Funded interventions", 7),
           ("How our work supports partners' plans", 8), ("Measuring success", 8), ("Governance", 9)]
    pages = [("p", contents(S, toc))]
    pages.append(("p", section(S, "Foreword", [
        "Serious violence destroys lives and frightens communities. Across Leicester, Leicestershire and Rutland "
        "it is still concentrated in a few places and among a few groups of people, which means it can be "
        "prevented.",
        "This is the network's strategy under the Serious Violence Duty. It was agreed by all the specified "
        "authorities and builds on six years of work as one of the first violence reduction units.",
        ("small", "Chair, Violence Reduction Network Strategic Board"), ("sp", 6),
        P("The Serious Violence Duty", S["h1"]),
        "Since January 2023 the specified authorities \u2013 police, fire and rescue, justice (probation and youth "
        "justice), health and local authorities \u2013 must work together to prevent and reduce serious violence, "
        "publish a strategic needs assessment and a strategy, and review them each year. Education and prisons are "
        "relevant authorities that must co-operate.",
        "The Police and Crime Commissioner is the convener for the area.",
    ])))
    pages.append(("p", section(S, "What the needs assessment tells us", [
        "The 2024 strategic needs assessment (illustrative figures) found:",
        tiles(S, [("1,240", "knife-enabled offences a year"), ("38%", "of serious violence in Leicester city "
                   "centre and three other wards"), ("1 in 4", "victims and suspects aged under 25"),
                  ("45%", "of violence with injury between 8pm and 4am"), ("62%", "of young people in custody with "
                   "four or more childhood adversities"), ("210", "hospital admissions for sharp-object assault")],
              width, fills=[NAVY, hexc("#4A5A8A")]), ("small", ILLUS), ("sp", 4),
        ("bul", ["violence is concentrated in place and time, particularly the night-time economy;",
                 "children become involved earlier, often after exclusion from school;",
                 "drug markets drive much of the most serious violence;",
                 "most people involved in violence have experienced trauma."])])))
    pages.append(("p", section(S, "National outcomes and our response", [
        "The Home Office asks every area to measure progress against three success measures:",
        ("bul", NATIONAL),
        "Locally, the network also tracks violence with injury, youth violence and repeat victims.",
        ("h2", "Our approach"),
        "We follow a public health approach: define the problem with data, identify risk and protective factors, "
        "develop and test interventions, and scale up what works. The network's previous strategy (2022\u20132025) "
        "was organised around four themes, which this strategy replaces:",
        grid_table(S, ["2022\u20132025 theme", "Now"], [
            ["Place-based prevention", "Part of the first priority"], ["Early intervention for children",
             "The second priority"], ["Reachable moments", "Navigator programmes in the action tier"],
            ["Workforce development", "The fourth priority"]], [70 * mm, width - 70 * mm], bold_first=True),
    ])))
    pages.append(("p", [P("Our golden thread", S["h1"]),
                        P("The thread runs from the national outcomes we are measured against, through the four "
                          "priorities we have set for 2025\u20132030, to the actions that deliver them.", S["body"]),
                        Spacer(1, 4), Thread(width, (S["reg"], S["bold"], "LiberationSerif-Bold"))]))
    pages.append(("p", section(S, "Funded interventions", [
        "The network's illustrative budget for 2025\u201326 is \u00a34.1 million.",
        grid_table(S, ["Theme", "Intervention", "Partners", "\u00a3k"], [
            ["Place", "Hotspot patrols and guardianship in the city centre", "Police, City Council", "620"],
            ["Place", "Community-led projects in the three People Zones", "Voluntary sector", "540"],
            ["Children", "Youth workers in emergency departments", "University Hospitals", "410"],
            ["Children", "Mentoring for children excluded or at risk of exclusion", "Schools, Youth Justice", "480"],
            ["Night-time", "Safer nights: welfare hubs and venue training", "Councils, BIDs", "260"],
            ["Custody", "Custody navigators for young adults", "Police, voluntary sector", "330"],
            ["Workforce", "Trauma-informed practice training", "All partners", "290"]],
            [24 * mm, width - 24 * mm - 42 * mm - 14 * mm, 42 * mm, 14 * mm], bold_first=True)])))
    pages.append(("p", section(S, "How our work supports partners' plans", [
        "Every priority supports one or more priorities of the Police and Crime Plan and the community safety "
        "partnerships' plans. The strongest links are set out here.",
        grid_table(S, ["VRN priority", "Police and Crime Plan", "Health and Wellbeing"], [
            ["1", "Cutting serious violence, drugs and exploitation", "Healthy places"],
            ["2", "Cutting serious violence, drugs and exploitation", "Best start in life"],
            ["3", "Visible neighbourhood policing in every community", "Reducing harm from alcohol"],
            ["4", "\u2014", "Mental health and wellbeing"]], [24 * mm, 86 * mm, width - 110 * mm]),
        P("Measuring success", S["h1"]),
        grid_table(S, ["Measure", "Baseline (illustrative)"], [
            ["Hospital admissions for sharp-object assault", "210"], ["Knife-enabled serious violence", "1,240"],
            ["Homicides", "14"], ["Violence with injury in the night-time economy", "2,300"],
            ["Staff trained in trauma-informed practice", "1,100"]], [width - 50 * mm, 50 * mm])])))
    pages.append(("p", section(S, "Governance", [
        "The Strategic Board of specified authorities oversees the strategy, chaired by a chief officer from one of "
        "the partners. A Delivery Group manages the interventions, and the network's core team of analysts, "
        "commissioners and practitioners is hosted by the Police and Crime Commissioner's office.",
        "The strategy will be reviewed each year alongside the strategic needs assessment.",
        ("h2", "Contact"), "Violence Reduction Network, hosted by the Office of the Police and Crime Commissioner. "
        "Email vrn@llr-vrn.example; telephone 0116 000 0004 (illustrative)."])))
    return build_rl(root / OUT, {"title": "LLR Violence Reduction Network Serious Violence Strategy 2025\u20132030",
                                 "author": "Violence Reduction Network"}, T, pages, _cover, None, _chrome)
