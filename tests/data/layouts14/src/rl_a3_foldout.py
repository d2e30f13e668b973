"""Stoweley Serious Violence Strategy: an A4 portrait document with an **A3 landscape fold-out** in the middle
(page 3, MediaBox 1190.55 x 841.89) holding the "strategy on a page": five priority columns, each headed by
a coloured block with a number and the priority (wrapped over 2-3 lines), with actions, measures and leads
beneath, between a vision band and a band of national Serious Violence Duty measures. The fold-out is the only
place the priorities are stated; the A4 pages around it point to it."""
from __future__ import annotations

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.platypus import Paragraph

import kit14
from kit14 import Doc, box, hexc, para_at, style, text

NAME = "a3_foldout_plan_serious_violence"
TITLE = "Stoweley Serious Violence Strategy 2026-2029"
ACC = "8C2F1B"
COLS = ["8C2F1B", "B4531F", "6F5B12", "2F5D50", "3B4F7A"]

PRIORITIES = [
    ("Reducing knife crime and violence involving weapons",
     ["weapon sweeps and knife arches at the Friday transport hubs", "a knife crime education session in every "
      "Year 8 class", "surrender bins in all five town centres"],
     "Knife-enabled offences", "Stoweley Police"),
    ("Preventing children and young people from being drawn into violence",
     ["youth workers in Stoweley General's emergency department", "mentoring for every child excluded from school "
      "for violence", "summer and half-term programmes in the three priority wards"],
     "Under-25 hospital admissions for assault", "Stoweley Council"),
    ("Tackling violence in the night-time economy",
     ["a late-night safe space in Corn Street", "licence conditions on drinks promotions in hot-spot venues",
      "CCTV upgrade on the Quayside"], "Violent offences 10pm-4am in the town centre", "Licensing and police"),
    ("Reducing domestic violence that causes serious injury",
     ["high-risk cases reviewed at MARAC within 7 days", "a strangulation awareness campaign for health staff",
      "a perpetrator programme for repeat offenders"], "Domestic violence with injury", "Domestic Abuse Board"),
    ("Supporting victims of serious violence to recover",
     ["a victim navigator at Stoweley General", "trauma-informed training for 300 frontline staff",
      "fast-track counselling for young victims"], "Victims offered support within 48 hours",
     "PCC Victims Hub"),
]


def build(path):
    d = Doc(path, TITLE, "Stoweley Serious Violence Partnership", footer="Stoweley Serious Violence Strategy "
            "2026-2029", accent=ACC)
    c = d.c
    # ---------------------------------------------------------------- p1 A4
    box(c, 0, d.H - 230, d.W, 230, ACC)
    w = d.writer(top=d.H - 90)
    w.para(TITLE, size=27, font="Sans-Bold", color="FFFFFF", leading=32)
    w.para("Preventing serious violence together", size=14, color="F3D9D1")
    w.reset(top=d.H - 270)
    w.heading("Foreword", size=16)
    w.para("Serious violence is rare in Stoweley, but when it happens it devastates families and frightens whole "
           "communities. In 2025 eleven people were admitted to Stoweley General with stab wounds, and two young men "
           "lost their lives. This strategy is our response, under the Serious Violence Duty that came into force in "
           "January 2023.")
    w.para("It is built on our strategic needs assessment and on conversations with young people, parents, "
           "publicans and hospital staff. Our five priorities are set out on the fold-out strategy on a page in the "
           "middle of this document, with what each partner will do.")
    w.para("<b>Chief Superintendent Marcus Eyre</b> and <b>Councillor Joanne Pike</b>, co-chairs, Stoweley Serious "
           "Violence Partnership", size=10, color="444444")
    w.heading("Contents", size=14, before=8)
    w.bullets(["Foreword", "What the needs assessment found", "Strategy on a page (fold-out)",
               "Governance and measuring success"])
    # ---------------------------------------------------------------- p2 A4
    d.next()
    w = d.writer()
    w.heading("What the needs assessment found", size=18)
    w.para("The 2026 strategic needs assessment looked at police, hospital, ambulance, education and youth justice "
           "data for 2022 to 2025. Its key findings were:")
    for i, f in enumerate([
            "Serious violence is concentrated in three wards (Quayside, Northfield and Castle) and in the town centre "
            "between 10pm and 4am at weekends.",
            "Victims and offenders are mostly male and aged 15 to 29; many are both.",
            "Knife possession offences by under-18s have risen by 34% in three years.",
            "A quarter of violence with injury is domestic, and non-fatal strangulation is under-recorded.",
            "School exclusion and being known to children's social care are the strongest risk factors.",
            "Victims who attend hospital are rarely referred to support."], 1):
        w.para(f"{i}.&nbsp;&nbsp;{f}", indent=6)
    w.heading("What we mean by serious violence", size=14, before=8)
    w.para("For this strategy, serious violence means homicide, violence causing injury, knife and weapon offences, "
           "robbery, and domestic and sexual violence causing serious harm. It includes violence in public and in "
           "private.")
    w.heading("Our approach", size=14, before=8)
    w.para("We follow a public health approach: we focus on a defined population, work with and for communities, "
           "look for the causes of causes, and use data and evidence to decide what to do. The strategy on a page "
           "overleaf shows our five priorities and the actions and measures under each one.")
    # ---------------------------------------------------------------- p3 A3 landscape fold-out
    d.next(pagesize=landscape(A3))
    W, H = d.W, d.H
    box(c, 0, H - 84, W, 84, ACC)
    text(c, 40, H - 50, "Stoweley Serious Violence Strategy 2026-2029: strategy on a page", "Sans-Bold", 26,
         "FFFFFF")
    text(c, 40, H - 72, "Fold-out", "Sans", 11, "F3D9D1")
    box(c, 40, H - 150, W - 80, 52, "F5EDE9")
    text(c, 56, H - 120, "OUR VISION", "Sans-Bold", 10, ACC)
    para_at(c, "Stoweley is a place where no one is hurt by serious violence, and where young people grow up safe, "
            "hopeful and free from fear.", 170, H - 108, W - 260, size=15, color="3A1A10", leading=18)
    text(c, 40, H - 176, "OUR FIVE PRIORITIES", "Sans-Bold", 12, ACC)
    gap = 14
    cw = (W - 80 - 4 * gap) / 5
    top = H - 188
    hs = style(font="Sans-Bold", size=15, leading=18, color="FFFFFF")
    for i, (name, acts, measure, lead) in enumerate(PRIORITIES):
        x = 40 + i * (cw + gap)
        box(c, x, top - 96, cw, 96, COLS[i])
        text(c, x + 14, top - 30, str(i + 1), "Sans-Bold", 24, "FFFFFF")
        p = Paragraph(name, hs)
        _, h = p.wrap(cw - 56, 200)
        p.drawOn(c, x + 44, top - 14 - h)
        box(c, x, top - 330, cw, 228, "FAF7F5")
        y = top - 112
        text(c, x + 10, y - 4, "What we will do", "Sans-Bold", 10.5, COLS[i])
        y -= 12
        for a in acts:
            pa = Paragraph(a, style(size=10, leading=12.8, leftIndent=10), bulletText="\u2022")
            _, ah = pa.wrap(cw - 20, 400)
            pa.drawOn(c, x + 10, y - ah)
            y -= ah + 5
        y = top - 246
        text(c, x + 10, y, "How we will measure it", "Sans-Bold", 10.5, COLS[i])
        para_at(c, measure, x + 10, y - 6, cw - 20, size=10)
        y = top - 296
        text(c, x + 10, y, "Lead", "Sans-Bold", 10.5, COLS[i])
        para_at(c, lead, x + 10, y - 6, cw - 20, size=10)
    yb = top - 354
    box(c, 40, yb - 128, (W - 80) / 2 - 7, 128, "EEEEEE")
    text(c, 54, yb - 20, "THE SERIOUS VIOLENCE DUTY: NATIONAL SUCCESS MEASURES", "Sans-Bold", 10, "444444")
    para_at(c, "\u2022 a reduction in hospital admissions for assaults with a knife or sharp object<br/>"
            "\u2022 a reduction in knife and sharp object enabled serious violence recorded by the police<br/>"
            "\u2022 a reduction in homicides recorded by the police", 54, yb - 30, (W - 80) / 2 - 40, size=10.5,
            color="333333", leading=15)
    x2 = 40 + (W - 80) / 2 + 7
    box(c, x2, yb - 128, (W - 80) / 2 - 7, 128, "EEEEEE")
    text(c, x2 + 14, yb - 20, "HOW WE WORK", "Sans-Bold", 10, "444444")
    para_at(c, "<b>Public health approach.</b> Data-led, population-based, focused on prevention. "
            "<b>With communities.</b> Young people helped write this plan and sit on the partnership. "
            "<b>Trauma-informed.</b> Every partner will train its frontline staff.", x2 + 14, yb - 30,
            (W - 80) / 2 - 40, size=10.5, color="333333", leading=15)
    # ---------------------------------------------------------------- p4 A4
    d.next(pagesize=A4)
    w = d.writer()
    w.heading("Governance", size=18)
    w.para("The Stoweley Serious Violence Partnership is the lead partnership for the Duty. It reports to the "
           "Stoweley Community Safety Partnership and meets every quarter. The specified authorities are Stoweley "
           "Council, Stoweley Police, the fire and rescue service, the integrated care board, the Probation Service "
           "and the Youth Justice Service; schools and the college are relevant authorities.")
    w.heading("Measuring success", size=16, before=8)
    w.table([["Measure", "2025", "2029 target"],
             ["Hospital admissions for assault with a sharp object", "11", "6"],
             ["Knife-enabled offences recorded by police", "147", "110"],
             ["Under-25 hospital admissions for assault", "58", "40"],
             ["Violent offences 10pm-4am in the town centre", "402", "320"],
             ["Domestic violence with injury", "611", "520"],
             ["Victims offered support within 48 hours", "22%", "80%"]], [300, 80, 103])
    w.heading("Our previous work", size=16, before=8)
    w.para("From 2022 to 2025 the Stoweley Violence Reduction Network worked on three themes: early intervention in "
           "schools, the Quayside night-time economy and knife crime awareness. The network has now joined the "
           "Serious Violence Partnership, and its work carries on under this strategy.")
    w.heading("Review", size=16, before=8)
    w.para("The needs assessment will be refreshed every year and this strategy reviewed in 2028. Progress will be "
           "published in the partnership's annual report.")
    pdf = d.raw()
    d.info(pdf, creator="Adobe InDesign 19.4 (Macintosh)", producer="Adobe PDF Library 17.0")
    return pdf.write(path.name)


def finish(work, out):
    return [kit14.publish_bytes(build(work / f"{NAME}.pdf"), out / f"{NAME}.pdf")]
