"""Cambridgeshire and Peterborough Serious Violence Strategy 2024-2029: reportlab, drawn page by page (A4).

Four priorities, stated once, on p6 as **the category labels under the columns of a vertical column chart**
("Our four priorities and where the money goes"): four coloured columns rising from a baseline, with a
percentage of the illustrative Serious Violence Duty budget above each and a light y-axis grid; under each column
the priority in bold (three to five lines in a 36 mm wide label); no numbers.
Distractors: the definition and specified authorities (p4), the key findings and the Home Office success
measures (p5), the percentages and axis (p6), the intervention names (p7), local measures (p8).
"""
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from cambridgeshire.kit import RL, check_pages

FILE = "strategies/cambridgeshire_peterborough_serious_violence_strategy_2024-29.pdf"
TITLE = "Cambridgeshire and Peterborough Serious Violence Strategy 2024–2029"
INK, ACC = colors.HexColor("#1C2B4A"), colors.HexColor("#C8102E")

PRIORITIES = [
    ("Reducing knife crime and violence in public places", 34, "#C8102E"),
    ("Preventing children and young people from being drawn into violence", 31, "#E07A1F"),
    ("Reducing alcohol-related violence in the night-time economy", 15, "#2A7AB0"),
    ("Supporting victims of violence to cope and recover", 20, "#3B8F5A"),
]


def build(root):
    out = root / FILE
    d = RL(out, A4, TITLE, "Cambridgeshire and Peterborough Serious Violence Duty Partnership",
           "Serious Violence Strategy 2024–2029", lambda n: f"Page {n} of 8", ACC, INK, family="dejavu-cond",
           head_family="liberation-serif")
    c = d.c
    # 1 cover
    d.n += 1
    c.setFillColor(INK); c.rect(0, 0, d.W, d.H, stroke=0, fill=1)
    for i, (_, pc, col) in enumerate(PRIORITIES):
        c.setFillColor(colors.HexColor(col)); c.rect(d.L + i * 16 * mm, 60 * mm, 11 * mm, pc * 2.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(d.bold, 10)
    c.drawString(d.L, d.H - 30 * mm, "CAMBRIDGESHIRE AND PETERBOROUGH SERIOUS VIOLENCE DUTY PARTNERSHIP")
    c.setFont(d.sbold, 32); c.drawString(d.L, 205 * mm, "Serious Violence"); c.drawString(d.L, 192 * mm, "Strategy")
    c.setFont(d.sreg, 18); c.drawString(d.L, 178 * mm, "2024 – 2029")
    d.end()
    # 2 contents
    d.page("Contents")
    d.contents([("Foreword", 3), ("Understanding serious violence", 4), ("What the needs assessment found", 5),
                ("Our four priorities and where the money goes", 6), ("Interventions", 7),
                ("Measures and governance", 8)])
    d.end()
    # 3 foreword
    d.page("Foreword")
    d.p("Serious violence is not spread evenly. In Cambridgeshire and Peterborough most of it happens in a few "
        "streets in our two cities and a few market towns, and it involves a small number of people, many of them "
        "young.",
        "The Serious Violence Duty, which came into force in January 2023, requires the police, councils, health, "
        "probation, youth justice services and fire and rescue to work together on a strategy. This is ours.",
        "We have chosen four priorities and we have been open about how the money is split between them.")
    d.p("<b>Chair, Serious Violence Duty Partnership Board</b>")
    d.end()
    # 4 understanding
    d.page("Understanding serious violence")
    d.p("For this strategy, serious violence means homicide, violence against the person that causes injury, "
        "knife and weapon offences, robbery and violence linked to drug markets. Domestic abuse and sexual violence "
        "are included where they take place in public, and are led by the Domestic Abuse and Sexual Violence "
        "Partnership.")
    d.h("The specified authorities")
    d.bullets(["Cambridgeshire Constabulary", "Cambridgeshire County Council and Peterborough City Council",
               "The five district councils", "NHS Cambridgeshire and Peterborough Integrated Care Board",
               "Probation Service and youth justice services", "Cambridgeshire Fire and Rescue Service"])
    d.h("Violence in numbers (illustrative)")
    d.table([["Indicator (illustrative)", "2022/23", "2023/24"], ["Violence with injury", "7,300", "7,650"],
             ["Knife crime offences", "520", "575"], ["Hospital admissions for assault with a sharp object", "48", "55"],
             ["Night-time economy assaults", "1,120", "1,080"]], [100 * mm, 35 * mm, d.TW - 135 * mm])
    d.end()
    # 5 findings
    d.page("What the needs assessment found")
    d.bullets(["Knife crime is concentrated in Peterborough city centre and parts of Cambridge and Wisbech.",
               "A third of knife crime suspects are under 18; many have been excluded from school.",
               "Around one in six violent offences happens between 10pm and 4am in licensed areas.",
               "Victims of violence often do not get support after the first contact with police or A&amp;E."])
    d.h("The Home Office success measures")
    d.p("The national measures for the Serious Violence Duty are:")
    d.bullets(["A reduction in hospital admissions for assaults with a knife or sharp object",
               "A reduction in knife and sharp object enabled serious violence recorded by the police",
               "A reduction in homicides recorded by the police"])
    d.h("Our approach")
    d.p("We follow a public health approach: population-based, focused on prevention, led by data and evidence, and "
        "shaped with communities.")
    d.end()
    # 6 chart
    d.page("Our four priorities and where the money goes")
    d.p("Our priorities for 2024–2029 are the four shown below. The height of each column is its share of the "
        "partnership's Serious Violence Duty budget for 2024/25 (illustrative).")
    base = d.y - 120 * mm
    x0 = d.L + 10 * mm
    c.setStrokeColor(colors.HexColor("#DDDDDD")); c.setLineWidth(0.5); c.setFont(d.reg, 7.5)
    for v in range(0, 41, 10):
        yy = base + v * 2.6 * mm
        c.line(x0, yy, d.R, yy)
        c.setFillColor(colors.HexColor("#777777")); c.drawRightString(x0 - 2 * mm, yy - 1 * mm, f"{v}%")
    c.setStrokeColor(INK); c.setLineWidth(1.2); c.line(x0, base, d.R, base)
    colw, gap = 24 * mm, (d.R - x0 - 4 * 24 * mm) / 4
    lab = ParagraphStyle("lab", fontName=d.bold, fontSize=10.5, leading=13, alignment=TA_CENTER, textColor=INK)
    for i, (text, pc, col) in enumerate(PRIORITIES):
        x = x0 + gap / 2 + i * (colw + gap)
        c.setFillColor(colors.HexColor(col)); c.rect(x, base, colw, pc * 2.6 * mm, stroke=0, fill=1)
        c.setFillColor(INK); c.setFont(d.bold, 10); c.drawCentredString(x + colw / 2, base + pc * 2.6 * mm + 2 * mm, f"{pc}%")
        para = Paragraph(text, lab)
        lw = colw + gap - 6 * mm
        _, h = para.wrap(lw, 500)
        para.drawOn(c, x + colw / 2 - lw / 2, base - 4 * mm - h)
    d.y = base - 42 * mm
    d.p("Budget shares are illustrative. The remaining funding is held for evaluation and partnership "
        "co-ordination.", style=d.small)
    d.end()
    # 7 interventions
    d.page("Interventions")
    d.table([["Intervention", "What it is", "Lead"],
             ["Hotspot patrols", "Targeted patrols in the ten places with most knife crime", "Police"],
             ["Navigators in A&amp;E", "Youth workers who meet young people injured by violence", "ICB"],
             ["Schools programme", "Mentoring and lessons for children at risk of exclusion", "County Council"],
             ["Safer nights", "Street pastors, venue training and late-night transport marshals", "District councils"],
             ["Victim recovery", "Specialist caseworkers in the Victim and Witness Hub for victims of violence",
              "OPCC"]], [40 * mm, 95 * mm, d.TW - 135 * mm])
    d.end()
    # 8 measures
    d.page("Measures and governance")
    d.bullets(["Knife crime offences and hospital admissions", "First-time entrants involved in violence",
               "Assaults in the night-time economy", "Victims of violence who take up support"])
    d.p("The Serious Violence Duty Partnership Board meets quarterly and reports to the Countywide Community Safety "
        "Strategic Board. Contact: seriousviolence@cambs-pcc.example")
    d.end()
    d.save(8)
    check_pages(out, 8)
    return out
