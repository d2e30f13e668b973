"""Saltmarch Combating Drugs Partnership strategy, A4 landscape. The only statement of the five priorities is a
numbered roadmap on p3: a line with five stops, each with a date above, a number disc on the line, the priority
as a bold title below (wrapped) and a grey "Milestone:" line under it. The national From Harm to Hope priorities
(p2) and the milestone table (p4) are not the priorities."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER

from kit7 import Doc, box, hexc, para_at, text

NAME = "roadmap_timeline_drugs"
ACC = "0F5C63"
STOPS = [
    ("April 2026", "Disrupting the county lines that supply Saltmarch",
     "Milestone: joint tasking with Marlstone Police in place"),
    ("October 2026", "More people in treatment, and staying in treatment",
     "Milestone: 2,150 adults in structured treatment"),
    ("April 2027", "Recovery housing and work for people leaving treatment",
     "Milestone: 30 recovery beds open"),
    ("January 2028", "Fewer drug-related deaths", "Milestone: naloxone carried by every neighbourhood officer"),
    ("March 2029", "Young people choosing not to use drugs",
     "Milestone: drug education reviewed in every secondary school"),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Saltmarch Combating Drugs Partnership Strategy 2026-2029",
            "Saltmarch Combating Drugs Partnership", footer="Saltmarch Combating Drugs Partnership \u2013 Strategy "
            "2026-2029", accent=ACC, land=True)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W * 0.42, H, ACC)
    text(c, 48, H - 200, "From here", "Sans-Bold", 36, "FFFFFF")
    text(c, 48, H - 240, "to recovery", "Sans-Bold", 36, "FFFFFF")
    text(c, 48, H - 290, "Saltmarch Combating Drugs", "Sans", 15, "D8EEF0")
    text(c, 48, H - 310, "Partnership Strategy 2026-2029", "Sans", 15, "D8EEF0")
    para_at(c, "Saltmarch City Council \u00b7 Saltmarch Police \u00b7 NHS Saltmarch and Fenby Integrated Care Board "
            "\u00b7 Probation Service \u00b7 HMP Saltmarch \u00b7 Jobcentre Plus \u00b7 Office of the Police and Crime "
            "Commissioner", W * 0.42 + 40, 120, W * 0.5, size=9, color="444444")
    d.next()
    w = d.writer(x=48, width=W - 96, size=10.5)
    w.heading("Why we need this strategy", 20)
    w.para("An estimated 2,900 adults in Saltmarch use opiates or crack cocaine, and only 47% of them are in "
           "treatment. There were 38 drug poisoning deaths registered in 2024, the fourth-highest rate in England. "
           "County lines from two neighbouring cities supply most of the crack cocaine sold here.")
    w.heading("The national strategy", 14)
    w.para("The Government's ten-year drugs strategy, <i>From Harm to Hope</i>, asks every Combating Drugs "
           "Partnership to deliver three national strategic priorities:")
    w.bullets(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
               "Achieve a generational shift in the demand for drugs"])
    w.para("It also sets three national outcomes: reducing drug use, reducing drug-related crime, and reducing "
           "drug-related deaths and harm.")
    w.heading("How we chose our priorities", 14)
    w.para("The Partnership held four workshops in autumn 2025 with people in recovery, families, treatment staff, "
           "police officers and housing providers. We agreed five local priorities and put them on a roadmap, "
           "because they build on each other: supply first, then treatment, then recovery, then deaths and "
           "prevention. The date on each stop is when that priority must be fully in place.")
    d.next()
    text(c, 48, H - 70, "Our roadmap: five priorities, 2026 to 2029", "Sans-Bold", 22, ACC)
    para_at(c, "Each stop on the road is one of our priorities. Read from left to right.", 48, H - 86, W - 96,
            size=10.5, color="444444")
    y = H / 2 + 30
    x0, x1 = 90, W - 90
    c.saveState()
    c.setStrokeColor(hexc("9CC7CB"))
    c.setLineWidth(10)
    c.line(x0 - 30, y, x1 + 30, y)
    c.restoreState()
    step = (x1 - x0) / (len(STOPS) - 1)
    for i, (date, title, mile) in enumerate(STOPS):
        cx = x0 + i * step
        text(c, cx, y + 40, date, "Sans-Bold", 11, "B35A1F", anchor="center")
        c.saveState()
        c.setFillColor(hexc(ACC))
        c.circle(cx, y, 17, stroke=0, fill=1)
        c.restoreState()
        text(c, cx, y - 6, str(i + 1), "Sans-Bold", 16, "FFFFFF", anchor="center")
        h = para_at(c, f"<b>{title}</b>", cx - 66, y - 32, 132, size=12, color="10393D", leading=14.5,
                    align=TA_CENTER)
        para_at(c, mile, cx - 62, y - 40 - h, 124, size=8.5, color="777777", align=TA_CENTER)
    para_at(c, "<b>Vision:</b> a Saltmarch where fewer people are harmed by drugs, and everyone who wants to "
            "recover can.", 48, 110, W - 96, size=11, color=ACC)
    d.next()
    w = d.writer(x=48, width=W - 96, size=10)
    w.heading("Milestones and leads", 18)
    w.table([["Stop", "Date", "Milestone", "Lead", "Measure"],
             ["1", "April 2026", "Joint tasking with Marlstone Police in place", "Saltmarch Police",
              "County lines closed; cash and drugs seized"],
             ["2", "October 2026", "2,150 adults in structured treatment", "Saltmarch City Council (public health)",
              "Numbers in treatment; continuity of care after prison"],
             ["3", "April 2027", "30 recovery beds open", "Saltmarch City Council (housing)",
              "Recovery housing places; people in work six months after treatment"],
             ["4", "January 2028", "Naloxone carried by every neighbourhood officer", "Integrated Care Board",
              "Drug poisoning deaths"],
             ["5", "March 2029", "Drug education reviewed in every secondary school", "Director of Education",
              "Young people's drug use (school survey)"]],
            [34, 70, 220, 160, 262], head_bg=ACC, zebra="E6F1F2")
    w.heading("Governance", 14)
    w.para("The Senior Responsible Owner is the Director of Public Health. The Partnership meets every quarter and "
           "reports to the Health and Wellbeing Board and the Police and Crime Commissioner.")
    return [d.close()]
