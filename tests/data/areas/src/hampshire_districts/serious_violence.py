"""Hampshire and Isle of Wight Serious Violence Strategy 2026-2029 (Violence Reduction Unit; A4 landscape).

Layout: p6 is a horizontal timeline: a thick line across the page with four circular nodes, each carrying a
year tag above ("From 2026" ...), and a priority in bold under the node with a short description; chevron
arrows between the nodes.  A "theory of change" strip at the foot (inputs, activities, outcomes) is not a
priority."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, colors, hx, landscape, mm, style

FILE = "strategies/hampshire_and_isle_of_wight_serious_violence_strategy_2026-29.pdf"
BRAND = Brand(org="Hampshire and Isle of Wight Violence Reduction Unit", body="dejavu-cond", head="dejavu",
              primary="#101820", secondary="#c8102e", accent="#f2a900", tint="#f1f1f1", size=landscape(A4),
              folio="VRU | Serious Violence Strategy | {n}", folio_pos="bl", heading="block",
              extra={"tile_colours": False})

PRIOS = [("Reducing knife crime and weapon carrying among young people", "From 2026",
          "Education, mentoring, weapons sweeps and navigators in emergency departments."),
         ("Focusing on the places where violence is concentrated", "From 2026",
          "Hot-spot problem solving in the town and city centres that account for a third of violence."),
         ("Preventing violence in the night-time economy", "From 2027",
          "Licensing, safe spaces, door staff training and late-night transport."),
         ("A trauma-informed workforce across the partnership", "By 2029",
          "Training and supervision so that every agency responds to the causes of violence.")]

CFG = dict(
    org="Hampshire and Isle of Wight Violence Reduction Unit", cover_lines=["Serious Violence", "Strategy"],
    years="Hampshire and the Isle of Wight 2026\u20132029", cover="split", contents="boxes", seed=18,
    org_line="Violence Reduction Unit on behalf of the Serious Violence Duty partners",
    numbers_title="The strategic needs assessment", context_title="The Serious Violence Duty",
    prio_title="Our priorities", context_cols=2,
    foreword=["Serious violence destroys lives and damages communities. It is also preventable. This "
              "strategy sets out how the partners named in the Serious Violence Duty will work together across "
              "Hampshire, Southampton, Portsmouth and the Isle of Wight to prevent it.",
              "It is built on a strategic needs assessment which looked at police, health, education and "
              "youth justice data, and on the voices of young people and families affected by violence.",
              "We take a public health approach: understanding the causes, acting early and evaluating what "
              "works."],
    signed="Director, Hampshire and Isle of Wight Violence Reduction Unit",
    tiles=[("1,320", "knife crimes a year (illustrative)"), ("34%", "of violence in six town and city centres"),
           ("41%", "of knife offenders under 25"), ("390", "hospital admissions for assault"),
           ("27%", "of violence between 10pm and 4am"), ("3 in 4", "young people in custody with trauma")],
    findings=[("h", "Key findings"),
              ("b", ["Violence is concentrated in a small number of places and times", "Young people carrying "
                     "knives most often cite fear", "Adverse childhood experiences are common among both "
                     "victims and offenders", "Alcohol is a factor in most night-time violence"])],
    previous=["Understanding violence", "Early intervention", "Reducing knife crime", "Building a workforce"],
    prev_title="Our 2023\u20132026 response strategy",
    prev_intro="The first response strategy under the Duty had four themes:",
    assessment_title="The Serious Violence Duty",
    assessment="Since January 2023 the Police, Crime, Sentencing and Courts Act 2022 has required specified "
               "authorities to work together to prevent and reduce serious violence, to prepare a strategic "
               "needs assessment and to publish a strategy.",
    duties="The specified authorities are the police, councils, youth offending teams, probation, fire and "
           "rescue, and the integrated care boards. Educational, prison and youth custody authorities must "
           "cooperate. The local policing body may assist.",
    sidebar=("Home Office success measures", [
        ("p", "The Duty's guidance sets three headline measures:"),
        ("b", ["Hospital admissions for assault with a sharp object", "Knife and sharp object enabled serious "
               "violence recorded by the police", "Homicides recorded by the police"]),
        ("p", "We report all three to the Home Office every year.")]),
    context_extra=[("h", "The Police and Crime Commissioner's priorities"),
                   ("b", csp_common.PCP_TITLES[:4]), ("p", "and three further priorities on reoffending, "
                                                          "roads and trust.")],
    actions=[["Knives", "Navigators in three emergency departments", "VRU / ICB", "Sep 2026"],
             ["Places", "Hot-spot problem-solving in six centres", "Police / councils", "Jul 2026"],
             ["Night-time", "Safe spaces in Southampton, Portsmouth and Basingstoke", "Councils", "Apr 2027"],
             ["Workforce", "Trauma-informed training for 2,000 staff", "VRU", "Mar 2029"]],
    measures=[["Hospital admissions for assault with a sharp object", "390", "Down"],
              ["Knife-enabled serious violence", "1,320", "Down"], ["Homicides", "14", "Down"],
              ["Violence in the six hot-spot centres", "4,900", "Down"]],
    governance=["The Serious Violence Duty partnership board meets quarterly, chaired by the Police and Crime "
                "Commissioner's office. The VRU coordinates delivery.",
                "Local community safety partnerships lead delivery in their areas."],
    partners=["Hampshire and Isle of Wight Constabulary", "Four upper-tier and eleven district councils",
              "Youth justice services", "Probation Service", "Fire and Rescue Service", "Integrated care board",
              "Schools and colleges"],
    contacts=["Violence Reduction Unit (illustrative)", "vru@hiow-vru.example",
              "Fearless: report knife crime anonymously on 0800 555 111."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities")
    d.para("Four priorities, phased over the life of the strategy.", style(b.B[0], 10.5, b.I, 13), m, y, W - 2 * m)
    ly = H - 78 * mm
    c.setFillColor(b.P)
    c.rect(m, ly - 2 * mm, W - 2 * m, 4 * mm, stroke=0, fill=1)
    n = len(PRIOS)
    step = (W - 2 * m) / n
    for i, (t, when, desc) in enumerate(PRIOS):
        x = m + step * i + step / 2
        c.setFillColor(b.S if i < 3 else b.A)
        c.circle(x, ly, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(x, ly, 3.5 * mm, stroke=0, fill=1)
        c.setFont(b.B[1], 9)
        c.setFillColor(b.S)
        c.drawCentredString(x, ly + 12 * mm, when.upper())
        if i < n - 1:
            ax = x + step / 2
            c.setFillColor(b.A)
            p = c.beginPath()
            p.moveTo(ax - 2 * mm, ly + 4 * mm)
            p.lineTo(ax + 3 * mm, ly)
            p.lineTo(ax - 2 * mm, ly - 4 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        w = step - 10 * mm
        yy = d.centred(t, b.Hd[1], 13, x, ly - 14 * mm, w, b.P, leading=16)
        d.para(desc, style(b.B[0], 9, b.I, 12, align=1), x - w / 2, yy - 4 * mm, w)
    # theory of change strip
    sy = 46 * mm
    c.setFillColor(b.T)
    c.rect(m, 18 * mm, W - 2 * m, sy - 10 * mm, stroke=0, fill=1)
    for k, (h, t) in enumerate([("Inputs", "Home Office grant, partner staff and data"),
                                ("Activities", "Education, navigators, hot-spot patrols, training"),
                                ("Outcomes", "Fewer admissions, fewer knife crimes, fewer homicides")]):
        x = m + 6 * mm + k * (W - 2 * m) / 3
        c.setFont(b.Hd[1], 10)
        c.setFillColor(b.S)
        c.drawString(x, sy - 2 * mm, h)
        d.para(t, style(b.B[0], 9, b.I, 12), x, sy - 5 * mm, (W - 2 * m) / 3 - 12 * mm)


def build(root):
    d = Doc(root / FILE, BRAND, "Hampshire and Isle of Wight Serious Violence Strategy 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
