"""Cambridgeshire and Peterborough Reducing Reoffending Strategy 2024-2027: reportlab, drawn page by page (A4).

Five priorities, stated once, on p6 as **lines written on a spiral-bound notebook page** ("From the board's
notebook: our five priorities"): a drawn notebook with a wire spiral along the top, pale blue ruled lines and a
red margin line, the heading "Agreed priorities 2024–27" underlined by hand, then each priority in bold dark blue
beside a ticked check box (one wraps onto the next ruled line), with a grey note under it; a drawn paper clip
holds a "Not for this strategy" slip at the foot of the page.
Distractors: the previous strategy's themes (p5), the seven resettlement pathways and the IOM cohorts (p5), the
slip and the grey notes (p6), the task group names (p7), measures (p8).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cambridgeshire.kit import RL, check_pages

FILE = "strategies/cambridgeshire_peterborough_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Cambridgeshire and Peterborough Reducing Reoffending Strategy 2024–2027"
INK, ACC = colors.HexColor("#243B6B"), colors.HexColor("#6C8EBF")

PRIORITIES = [
    ("Finding stable homes for people leaving prison", "No one released to the street: accommodation planned 12 weeks ahead."),
    ("Helping people on probation into work and training", "Employment hubs in Peterborough and Cambridge with local employers."),
    ("Managing prolific offenders through Integrated Offender Management",
     "One joint IOM team for neighbourhood crime, with a shared caseload."),
    ("Continuing drug and alcohol treatment from prison into the community",
     "Every prison leaver in treatment met at the gate and seen within three weeks."),
    ("Reducing reoffending by women", "A women's centre offer in every district and alternatives to short custody."),
]


def build(root):
    out = root / FILE
    d = RL(out, A4, TITLE, "Cambridgeshire and Peterborough Reducing Reoffending Board",
           "Reducing Reoffending Strategy 2024–2027", lambda n: f"[ {n} ]", ACC, INK, family="liberation-sans",
           head_family="dejavu")
    c = d.c
    # 1 cover
    d.n += 1
    c.setFillColor(colors.HexColor("#EEF2F8")); c.rect(0, 0, d.W, d.H, stroke=0, fill=1)
    c.setFillColor(INK); c.rect(0, d.H - 110 * mm, d.W, 110 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(d.bold, 10)
    c.drawString(d.L, d.H - 30 * mm, "CAMBRIDGESHIRE AND PETERBOROUGH REDUCING REOFFENDING BOARD")
    c.setFont(d.sbold, 28); c.drawString(d.L, d.H - 62 * mm, "Reducing Reoffending")
    c.drawString(d.L, d.H - 75 * mm, "Strategy 2024–2027")
    c.setFillColor(INK); c.setFont(d.reg, 12); c.drawString(d.L, 80 * mm, "Fewer victims. Second chances that work.")
    d.end()
    # 2 contents
    d.page("Contents")
    d.contents([("Foreword", 3), ("Reoffending in our area", 4), ("The national framework and our last strategy", 5),
                ("From the board's notebook: our five priorities", 6), ("Task groups and actions", 7),
                ("Measures and governance", 8)])
    d.end()
    # 3 foreword
    d.page("Foreword")
    d.p("Most crime is committed by people who have offended before. Helping them stop is one of the surest ways to "
        "cut the number of victims.",
        "The Reducing Reoffending Board brings together the Probation Service, the prisons that hold people from our "
        "area (including HMP Peterborough and HMP Littlehey), the police, the councils, health and the voluntary "
        "sector, with the Police and Crime Commissioner's office.",
        "We wrote our priorities the way the board agreed them: on a page of a notebook at our planning day. We have "
        "kept that page on page 6.")
    d.p("<b>Chair, Cambridgeshire and Peterborough Reducing Reoffending Board</b>")
    d.end()
    # 4 context
    d.page("Reoffending in our area")
    d.p("All figures are illustrative and are not official statistics.", style=d.small)
    d.table([["Indicator (illustrative)", "Value"], ["Adult proven reoffending rate", "24.6%"],
             ["People released from prison each year to our area", "1,350"],
             ["Released with no settled accommodation", "14%"], ["In work six weeks after release", "19%"],
             ["Prison leavers who start treatment within three weeks", "41%"],
             ["Women starting a community sentence", "310"]], [120 * mm, d.TW - 120 * mm])
    d.h("What we found")
    d.bullets(["Homelessness on release doubles the chance of reoffending.",
               "A small group of prolific offenders commits a large share of neighbourhood crime.",
               "Treatment started in prison is often lost in the first weeks outside.",
               "Women are more often given short sentences for low-level offences."])
    d.end()
    # 5 framework
    d.page("The national framework and our last strategy")
    d.h("The resettlement pathways")
    d.p("Probation and prisons organise resettlement around seven pathways: accommodation; education, training and "
        "employment; health; drugs and alcohol; finance, benefit and debt; children and families; and attitudes, "
        "thinking and behaviour.")
    d.h("Integrated Offender Management")
    d.p("The national IOM strategy (2020) focuses on neighbourhood crime and uses three cohorts: Fixed, Flex and Free.")
    d.h("Our 2021–2024 strategy")
    d.p("Our last strategy had three themes: Accommodation; Employment; and Health and wellbeing. It built the "
        "accommodation panel and the first employment hub.")
    d.end()
    # 6 notebook
    d.page("From the board's notebook: our five priorities")
    top = d.y - 2 * mm
    nb_l, nb_r, nb_b = d.L + 4 * mm, d.R - 4 * mm, 30 * mm
    c.setFillColor(colors.HexColor("#DDDDDD")); c.rect(nb_l + 2 * mm, nb_b - 2 * mm, nb_r - nb_l, top - nb_b, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#FFFEF7")); c.setStrokeColor(colors.HexColor("#999999"))
    c.rect(nb_l, nb_b, nb_r - nb_l, top - nb_b, stroke=1, fill=1)
    c.setStrokeColor(colors.HexColor("#555555")); c.setLineWidth(1.2)
    for k in range(int((nb_r - nb_l) / (7 * mm))):
        x = nb_l + 5 * mm + k * 7 * mm
        c.setFillColor(colors.white); c.circle(x, top - 5 * mm, 1.3 * mm, fill=1)
        c.arc(x - 2 * mm, top - 6 * mm, x + 2 * mm, top + 4 * mm, 0, 180)
    line_h = 8.5 * mm
    first = top - 24 * mm
    c.setStrokeColor(colors.HexColor("#BFD7EA")); c.setLineWidth(0.6)
    yy = first
    while yy > nb_b + 6 * mm:
        c.line(nb_l, yy, nb_r, yy); yy -= line_h
    mx = nb_l + 22 * mm
    c.setStrokeColor(colors.HexColor("#E8A0A0")); c.setLineWidth(0.8); c.line(mx, top - 10 * mm, mx, nb_b)
    c.setFillColor(INK); c.setFont(d.bold, 14)
    head = "Agreed priorities 2024–27"
    c.drawString(mx + 4 * mm, first + 1.8 * mm, head)
    c.setStrokeColor(INK); c.setLineWidth(1.1)
    c.bezier(mx + 4 * mm, first, mx + 30 * mm, first - 1.2 * mm, mx + 55 * mm, first + 1 * mm,
             mx + 4 * mm + c.stringWidth(head, d.bold, 14), first - 0.6 * mm)
    from reportlab.lib.utils import simpleSplit
    row = 1  # ruled line index; text sits 1.6 mm above its line
    for text, n in PRIORITIES:
        base = first - row * line_h + 1.6 * mm
        c.setStrokeColor(INK); c.setLineWidth(0.9); c.setFillColor(colors.white)
        c.rect(mx - 12 * mm, base - 0.4 * mm, 4.2 * mm, 4.2 * mm, fill=1)
        c.setStrokeColor(colors.HexColor("#2E7D32")); c.setLineWidth(1.6)
        c.line(mx - 11.3 * mm, base + 1.8 * mm, mx - 10 * mm, base + 0.3 * mm)
        c.line(mx - 10 * mm, base + 0.3 * mm, mx - 7.2 * mm, base + 4.6 * mm)
        c.setFillColor(INK)
        for ln in simpleSplit(text, d.bold, 12.5, nb_r - mx - 8 * mm):
            c.setFont(d.bold, 12.5); c.drawString(mx + 4 * mm, first - row * line_h + 1.6 * mm, ln); row += 1
        c.setFillColor(colors.HexColor("#777777")); c.setFont(d.reg, 8.6)
        c.drawString(mx + 4 * mm, first - row * line_h + 1.6 * mm, n); row += 2
    # slip with paper clip
    sx, sy = nb_r - 96 * mm, nb_b + 8 * mm
    c.setFillColor(colors.HexColor("#FFF3B0")); c.setStrokeColor(colors.HexColor("#C9B458")); c.setLineWidth(0.6)
    c.rect(sx, sy, 90 * mm, 26 * mm, fill=1)
    c.setFillColor(colors.HexColor("#555555")); c.setFont(d.bold, 8.5); c.drawString(sx + 4 * mm, sy + 19 * mm, "Not for this strategy:")
    c.setFont(d.reg, 8.5)
    c.drawString(sx + 4 * mm, sy + 13 * mm, "Youth reoffending – led by the youth justice services")
    c.drawString(sx + 4 * mm, sy + 7 * mm, "Domestic abuse perpetrators – led by the DASV Partnership")
    c.setStrokeColor(colors.HexColor("#888888")); c.setLineWidth(1.2)
    c.roundRect(sx + 8 * mm, sy + 16 * mm, 5 * mm, 16 * mm, 2.5 * mm); c.roundRect(sx + 9.2 * mm, sy + 19 * mm, 2.6 * mm, 11 * mm, 1.3 * mm)
    d.end()
    # 7 task groups
    d.page("Task groups and actions")
    d.table([["Task group", "Actions for 2024/25", "Lead"],
             ["Homes", "Accommodation panel 12 weeks before release; Commissioned Rehabilitative Services housing "
              "support; landlord incentive scheme", "District councils and Probation"],
             ["Jobs", "Employment hubs; prison employment leads; Ban the Box employer pledge", "Probation"],
             ["IOM", "Joint IOM team for neighbourhood crime; Fixed/Flex/Free cohort review", "Police and Probation"],
             ["Health and treatment", "RECONNECT; community treatment requirements; naloxone on release",
              "NHS and treatment providers"],
             ["Women", "Women's centre offer; whole-system approach with courts", "OPCC"]],
            [32 * mm, 95 * mm, d.TW - 127 * mm])
    d.end()
    # 8 measures
    d.page("Measures and governance")
    d.bullets(["Proven reoffending rate", "Settled accommodation on release and three months later",
               "Employment six weeks and six months after release", "Continuity of care into community treatment",
               "Women's reoffending and short custodial sentences"])
    d.p("The board meets quarterly and reports to the Countywide Community Safety Strategic Board and the Local "
        "Criminal Justice Board. Contact: reoffending.board@cambs-pcc.example")
    d.end()
    d.save(8)
    check_pages(out, 8)
    return out
