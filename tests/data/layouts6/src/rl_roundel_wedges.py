"""Calderbridge Serious Violence Duty strategy: the only statement of the five priorities is a roundel on p2,
five vector wedges with a number in each, and the names as separate text lines placed around the circle. The
content stream draws every second line first, then every first line, then the numbers, then the hub text."""
from __future__ import annotations

import math

from kit6 import Doc, box, hexc, text

NAME = "roundel_wedges_serious_violence"
LABELS = [  # (lines of the printed name, angle of the wedge's centre)
    (["Reducing knife crime", "among under-25s"], 90),
    (["Making the night-time", "economy safer"], 18),
    (["Tackling violence linked", "to drug markets"], -54),
    (["Early help for children", "excluded from school"], -126),
    (["Supporting victims and", "families after violence"], 162),
]
COLOURS = ["8E2C48", "C0504D", "E38B2C", "4F81BD", "3E7B5E"]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Calderbridge Serious Violence Strategy 2026-2029",
            "Calderbridge Serious Violence Partnership", footer="Calderbridge Serious Violence Strategy 2026-2029",
            accent="8E2C48")
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 330, W, 330, "8E2C48")
    text(c, 56, H - 180, "Serious Violence Strategy", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 214, "Calderbridge 2026-2029", "Sans", 20, "FFFFFF")
    text(c, 56, H - 300, "Prepared under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
         "Sans", 10, "F3DDE3")
    w = d.writer(top=H - 380)
    w.para("The specified authorities in Calderbridge are the City Council, Hollinshire Police, Hollinshire Fire "
           "and Rescue Service, the Integrated Care Board, the Probation Service and the Calderbridge Youth Justice "
           "Service. Schools, colleges and the prison at HMP Caldermoor are relevant authorities.")
    d.next()
    w = d.writer()
    w.heading("Our priorities", 20)
    w.para("The partnership has chosen five priorities from the strategic needs assessment. They are shown in "
           "the wheel below: each one is owned by every partner, and none of them can be delivered by one "
           "organisation alone.")
    cx, cy, r = W / 2, H / 2 - 20, 120
    for i, (_, ang) in enumerate(LABELS):
        c.setFillColor(hexc(COLOURS[i]))
        c.setStrokeColor(hexc("FFFFFF"))
        c.setLineWidth(3)
        c.wedge(cx - r, cy - r, cx + r, cy + r, ang - 36, 72, stroke=1, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.circle(cx, cy, 52, stroke=0, fill=1)
    spots = []
    for lines, ang in LABELS:
        a = math.radians(ang)
        lx, ly = cx + (r + 26) * math.cos(a), cy + (r + 26) * math.sin(a)
        anchor = "center" if abs(math.cos(a)) < 0.3 else ("left" if math.cos(a) > 0 else "right")
        if ang == 90:
            ly += 14
        spots.append((lines, lx, ly, anchor))
    for lines, lx, ly, anchor in spots:           # second lines first
        text(c, lx, ly - 14, lines[1], "Sans-Bold", 11.5, "333333", anchor=anchor)
    for lines, lx, ly, anchor in reversed(spots):  # then first lines, the other way round
        text(c, lx, ly, lines[0], "Sans-Bold", 11.5, "333333", anchor=anchor)
    for i, (_, ang) in enumerate(LABELS):
        a = math.radians(ang)
        text(c, cx + 88 * math.cos(a), cy + 88 * math.sin(a) - 9, str(i + 1), "Sans-Bold", 26, "FFFFFF",
             anchor="center")
    text(c, cx, cy + 8, "Our shared aim:", "Sans-Bold", 8.5, "8E2C48", anchor="center")
    text(c, cx, cy - 4, "fewer people hurt", "Sans", 8.5, "333333", anchor="center")
    text(c, cx, cy - 15, "or killed by violence", "Sans", 8.5, "333333", anchor="center")
    w = d.writer(top=cy - r - 60)
    w.para("Around the wheel sit the three ways we work: a public health approach, listening to young people, "
           "and sharing data. These are principles, not priorities.", size=9.5, color="555555")
    d.next()
    w = d.writer()
    w.heading("What drives serious violence in Calderbridge", 16)
    w.para("The strategic needs assessment (September 2025) found these drivers:")
    w.bullets(["exclusion from mainstream school, especially in Year 9",
               "competition between drug supply networks in the north of the city",
               "alcohol-related violence around Castle Street after midnight",
               "a small number of repeat victims who are also suspects",
               "poor mental health among young men leaving custody"])
    w.heading("Our definition of serious violence", 14)
    w.para("Homicide, violence against the person that causes injury, knife and offensive weapon offences, and "
           "robbery, in public places. Domestic abuse and sexual offences are covered by the Hollinshire VAWG "
           "strategy, and we share data with it.")
    w.heading("How we will deliver", 16)
    w.table([["Wheel", "Lead partner", "First-year actions"],
             ["1", "Hollinshire Police", "Weapons sweeps in four parks; bleed kits in 30 venues; focused deterrence pilot"],
             ["2", "City Council (Licensing)", "Safe space on Castle Street; Best Bar None; welfare officers"],
             ["3", "Probation Service", "Disrupt two county lines a quarter; custody navigators at HMP Caldermoor"],
             ["4", "Calderbridge Youth Justice Service", "Inclusion workers in three secondary schools; reduced timetable review"],
             ["5", "Integrated Care Board", "Hospital youth workers in A&amp;E; bereavement support for families"]],
            [50, 150, 283])
    d.next()
    w = d.writer()
    w.heading("Measuring success", 16)
    w.table([["Home Office success measure", "2024-25", "Aim"],
             ["Hospital admissions for assault with a sharp object", "41", "Down"],
             ["Knife and sharp object enabled serious violence", "163", "Down"],
             ["Homicides", "3", "Down"]], [280, 90, 110])
    w.heading("Our partners", 14)
    w.para("Calderbridge City Council \u00b7 Hollinshire Police \u00b7 Hollinshire Fire and Rescue Service \u00b7 "
           "NHS Hollinshire Integrated Care Board \u00b7 Probation Service \u00b7 Calderbridge Youth Justice Service "
           "\u00b7 Office of the Police and Crime Commissioner")
    return [d.close()]
