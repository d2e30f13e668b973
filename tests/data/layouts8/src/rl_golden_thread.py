"""Elverton Community Safety Partnership Plan 2026-27 (A4 landscape). The only full statement of the three
priorities is a "golden thread" on p2: a horizontal chain of boxes joined by arrows along a gold line, starting
with the vision box at the left and ending with an "our measure of success" box. A second chain of the same
design below shows how the plan fits national and county plans (the PCC's priority, the council's ambition).
Under each priority box a smaller box holds the outcome we want."""
from __future__ import annotations

from rl_kit import arrow
from kit8 import Doc, box, para_at, text

NAME = "golden_thread_csp"
ACC = "2B3A67"
GOLD = "C9A227"
PRI = ["Tackling anti-social behaviour that makes people feel unsafe in their own street",
       "Keeping children and young people safe from exploitation",
       "Reducing the harm caused by drugs and alcohol in the town centre"]
OUT = ["Fewer repeat ASB calls from the same address", "More children identified early and kept out of the "
       "criminal justice system", "Fewer alcohol-related ambulance call-outs to the High Street"]


def chain(c, y, h, boxes, *, x0=40, w=130, gap=28, size=10.5):
    """Boxes left to right at height y (bottom) joined by arrows on a gold thread; each (kicker, body, fill, fg)."""
    c.saveState()
    c.setStrokeColor(__import__("rl_kit").hexc(GOLD))
    c.setLineWidth(4)
    c.line(x0, y + h / 2, x0 + len(boxes) * (w + gap) - gap, y + h / 2)
    c.restoreState()
    xs = []
    for i, (kick, body, fill, fg) in enumerate(boxes):
        x = x0 + i * (w + gap)
        box(c, x, y, w, h, fill, stroke=GOLD, radius=8)
        if kick:
            text(c, x + 10, y + h - 16, kick, "Sans-Bold", 7.5, fg if fill != "FFFFFF" else GOLD, char_space=1)
        para_at(c, body, x + 10, y + h - (24 if kick else 12), w - 20, font="Sans-Bold", size=size, color=fg,
                leading=size * 1.22)
        if i:
            arrow(c, x - gap + 2, y + h / 2, x - 3, y + h / 2, color=GOLD, width=2.2, head=8)
        xs.append(x)
    return xs


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Elverton Community Safety Partnership Plan 2026-27", "Safer Elverton",
            footer="Safer Elverton \u2013 Community Safety Partnership Plan 2026-27", accent=ACC, land=True)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, ACC)
    box(c, 0, 250, W, 6, GOLD)
    para_at(c, "Safer Elverton", 60, H - 150, 600, font="Sans-Bold", size=44, color="FFFFFF")
    para_at(c, "Community Safety Partnership Plan 2026-27", 60, H - 210, 600, size=22, color="FFFFFF")
    para_at(c, "Elverton District Council \u00b7 Northvale Police \u00b7 Northvale Fire and Rescue \u00b7 Probation "
            "Service \u00b7 Elverton Health and Care Partnership", 60, 200, 600, size=10.5, color="DDDDDD")
    d.next()

    text(c, 40, H - 60, "Our golden thread", "Sans-Bold", 22, ACC)
    para_at(c, "The golden thread runs from our vision, through the three priorities the partnership board agreed "
            "in February 2026, to how we will know we have made a difference. Every action in our delivery plan "
            "must sit on this thread.", 40, H - 72, 700, size=10.5, leading=14)
    xs = chain(c, 300, 150, [("OUR VISION", "An Elverton where people feel safe and look out for each other",
                              GOLD, "FFFFFF")]
               + [("", p, "FFFFFF", ACC) for p in PRI]
               + [("OUR MEASURE OF SUCCESS", "More residents say they feel safe in their area: 72% in 2025, "
                   "80% by 2027", "EEF0F6", ACC)], size=11)
    for x, o in zip(xs[1:4], OUT):
        arrow(c, x + 65, 298, x + 65, 262, color="999999", width=1.2, head=6)
        box(c, x, 200, 130, 60, "F3F3F3", stroke="BBBBBB", radius=4)
        text(c, x + 8, 248, "Outcome we want", "Sans-Italic", 7.5, "666666")
        para_at(c, o, x + 8, 243, 114, size=8.5, leading=10.5, color="333333")
    text(c, 40, 160, "How our plan fits", "Sans-Bold", 13, ACC)
    chain(c, 62, 80, [("NATIONAL", "Safer Streets mission: halve knife crime and VAWG in a decade", "F7F3E3", "333333"),
                      ("COUNTY", "Police and Crime Plan for Northvale: \u201cCutting crime in every community\u201d",
                       "F7F3E3", "333333"),
                      ("DISTRICT", "Elverton Council Plan ambition: a confident, connected Elverton", "F7F3E3",
                       "333333"),
                      ("THIS PLAN", "Safer Elverton Community Safety Partnership Plan 2026-27", "F7F3E3", "333333"),
                      ("NEIGHBOURHOOD", "Ward action plans agreed with councillors and residents", "F7F3E3",
                       "333333")], size=8.5)
    d.next()

    w = d.writer(width=W - 112)
    w.heading("Why these priorities", 18)
    w.para("Our 2025 strategic assessment looked at three years of police, council, fire and health data. It found "
           "that:")
    w.bullets(["repeat anti-social behaviour calls come from 40 addresses, most of them in Castlegate and Moor End;",
               "31 children were referred for criminal exploitation in 2025, up from 19;",
               "a third of violence in the town centre involves alcohol, and drug litter is the complaint residents "
               "raise most often with councillors."])
    w.heading("Who leads", 15)
    w.table([["Thread", "Lead partner", "Delivery group", "First report to the board"],
             ["ASB", "Elverton District Council", "ASB Case Review Group", "July 2026"],
             ["Exploitation", "Northvale Police", "Elverton Exploitation Panel", "September 2026"],
             ["Town centre drugs and alcohol", "Public health", "Town Centre Partnership", "November 2026"]],
            [160, 170, 190, 150], head_bg=ACC, zebra="EEF0F6")
    w.heading("Our values", 15)
    w.para("Partners have agreed to be open with each other, to share data by default, and to put victims and "
           "residents first.")
    w.heading("Statutory duties", 15)
    w.para("The partnership also meets its duties under the Crime and Disorder Act 1998, the Serious Violence Duty "
           "and the Domestic Abuse Act 2021. These are reported separately and are not priorities of this plan.")
    return [d.close()]
