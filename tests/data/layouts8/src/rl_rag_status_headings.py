"""Greyhaven Serious Violence Strategy, year 2 progress report. Each of the strategy's four priorities is a
bold heading with its RAG status word ("Green", "Amber") right-aligned on the SAME line, in a coloured pill.
Under each, the actions carry their own right-aligned status words ("Complete", "On track", "Delayed"). An
overall status line and a RAG key use the same words."""
from __future__ import annotations

from kit8 import Doc, box, text

NAME = "rag_status_headings_serious_violence"
ACC = "3C3C6E"
RAG = {"Green": "2E7D32", "Amber": "E0A800", "Red": "C62828"}
PRI = [
    ("Fewer young people carrying knives in Greyhaven", "Green",
     "Knife possession offences by under-25s fell by 14% in 2025-26.",
     [("1.1 Knife crime sessions in all 11 secondary schools", "Complete"),
      ("1.2 Weapon sweeps with the community in four parks", "On track")]),
    ("Safer journeys to and from school", "Amber",
     "The safe routes scheme covers two of the three bus corridors; the third starts in September.",
     [("2.1 Trained staff at the bus station 3pm to 6pm", "On track"),
      ("2.2 Safe havens in shops on the Harbour Road corridor", "Delayed")]),
    ("Reaching young people at the teachable moment", "Green",
     "Youth workers in the emergency department saw 212 young people, 61% of them engaged after discharge.",
     [("3.1 Youth workers in the emergency department seven days a week", "Complete"),
      ("3.2 Custody navigators for under-25s", "On track")]),
    ("Breaking the link between domestic abuse and serious violence", "Amber",
     "Referrals to the perpetrator programme are below target because of a gap in funding from October.",
     [("4.1 A domestic abuse perpetrator programme for high-harm cases", "Delayed"),
      ("4.2 Joint training for police and children's social care", "On track")]),
]


def pill(c, xr, y, word, size=9):
    col = RAG.get(word, "607D8B" if word != "Complete" else "2E7D32")
    if word == "Delayed":
        col = "C62828"
    w = c.stringWidth(word, "Sans-Bold", size) + 14
    box(c, xr - w, y - 4, w, size + 7, col, radius=(size + 7) / 2)
    text(c, xr - 7, y, word, "Sans-Bold", size, "FFFFFF", anchor="right")


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Greyhaven Serious Violence Strategy: Progress Report 2025-26",
            "Greyhaven Serious Violence Duty Partnership", footer="Greyhaven Serious Violence Strategy \u2013 "
            "progress report, year 2 (2025-26)", accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 280, W, 280, ACC)
    text(c, 56, H - 120, "Greyhaven Serious Violence Strategy", "Sans-Bold", 26, "FFFFFF")
    text(c, 56, H - 155, "Progress report: year 2 (2025-26)", "Sans", 18, "FFFFFF")
    text(c, 56, H - 330, "Report to the Greyhaven Serious Violence Duty Partnership, 21 April 2026", "Sans", 11)
    text(c, 56, H - 350, "Report author: Priya Mendes, Serious Violence Programme Manager", "Sans", 11)
    d.next()
    w = d.writer()
    w.heading("Summary", 18)
    y = w.y - 14
    text(c, 56, y, "Overall status of the strategy", "Sans-Bold", 12, ACC)
    pill(c, W - 56, y, "Amber")
    w.y = y - 18
    w.para("The strategy runs from 2024 to 2029. Its four priorities were set in the first strategic needs "
           "assessment and have not changed. Two are on track (Green) and two are behind (Amber). No priority is "
           "Red. This report asks the Partnership to note progress and to agree the funding proposal in section 4.")
    w.heading("RAG key", 13)
    for word, meaning in [("Green", "on track to meet the year's milestones"),
                          ("Amber", "some milestones at risk; action in hand"),
                          ("Red", "milestones will be missed without a decision by the Partnership")]:
        pill(c, 56 + c.stringWidth(word, "Sans-Bold", 9) + 14, w.y - 10, word)
        text(c, 120, w.y - 10, meaning, "Sans", 10)
        w.y -= 20
    w.space(6)
    w.heading("What the needs assessment refresh found", 13)
    w.bullets(["Serious violence is down 9% on the 2023 baseline, but injuries from knives in under-18s are flat.",
               "Half of all incidents happen between 3pm and 7pm on school days.",
               "Domestic abuse is a factor in one in five homicides and attempted homicides."])
    w.heading("Progress against our priorities", 18, before=10)
    w.para("Each priority below shows its status for the year on the right of its heading, followed by the status "
           "of each action.")
    d.next()
    w = d.writer()
    for i, (name, status, note, acts) in enumerate(PRI):
        if i == 2:
            d.next()
            w = d.writer()
        y = w.y - 18
        text(c, 56, y, name, "Sans-Bold", 13.5, ACC)
        pill(c, W - 56, y, status, size=10)
        c.setStrokeColor(__import__("rl_kit").hexc("CCCCCC"))
        c.line(56, y - 8, W - 56, y - 8)
        w.y = y - 16
        w.para(note)
        for a, st in acts:
            yy = w.y - 10
            text(c, 70, yy, a, "Sans", 10)
            pill(c, W - 56, yy, st, size=8)
            w.y = yy - 12
        w.space(4)
        w.para("<b>Next year:</b> " + ("keep going with current funding." if status == "Green" else
                                      "the Partnership is asked to agree the actions in section 4."), size=9.5,
               color="444444")
        w.space(10)
    d.next()
    w = d.writer()
    w.heading("4. Decisions for the Partnership", 18)
    w.bullets(["Agree \u00a348,000 from the Serious Violence Duty grant to keep the perpetrator programme running "
               "from October 2026", "Agree to extend the safe havens scheme to the Harbour Road corridor",
               "Note the Home Office's revised guidance on the Serious Violence Duty (February 2026)"])
    w.heading("Focus for year 3", 15)
    w.para("In 2026-27 the programme will focus on three things within the existing priorities: the after-school "
           "period, the Harbour Road corridor, and domestic abuse perpetrators.")
    w.heading("Measures", 15)
    w.table([["Measure", "Baseline 2023", "2025-26", "Status"],
             ["Hospital admissions for assault with a sharp object, under 25", "38", "33", "Amber"],
             ["Knife possession offences, under 25", "112", "96", "Green"],
             ["Homicides", "3", "2", "Green"]], [230, 80, 80, 80], head_bg=ACC, zebra="EDEDF5")
    return [d.close()]
