"""Calderbrook Youth Justice Plan 2027-28 (reportlab, A4 landscape, 2 pages). p2 is the plan on a page, drawn as
a LOGIC MODEL: five columns headed Inputs -> Activities -> Outputs -> Outcomes -> Impact, joined by arrows,
each holding four or five boxes of the SAME design (white, coloured left rule, 9 pt text). The five
priorities are the boxes of the fourth column, whose head reads "Outcomes: our priorities for 2027-28". The
columns are about 140 pt wide, so every box wraps, and a reader that goes across the page interleaves the
columns. A band of Child First principles runs under the model, and an "Assumptions" line under that. p1 has the
introduction, context, last year's four priorities (bullets) and the national key performance indicators."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from kit16 import Doc, box, hexc, style, text
from rl_kit import arrow

NAME = "logic_model_outcomes_column_youth_justice"
ACC = "0E6B75"
TITLE = "Calderbrook Youth Justice Plan 2027-28"
COLS = [
    ("Inputs", "what we put in", "8AA8AC", [
        "Youth Justice Service staff: 34 full-time equivalent posts",
        "Partnership budget of \u00a32.1m from the council, police, probation, health and the YJB grant",
        "Seconded police officer, probation officer, speech and language therapist and nurse",
        "38 trained volunteers for referral order panels"]),
    ("Activities", "what we do", "5E9CA3", [
        "Diversion panel and Turnaround support for children on the edge of the justice system",
        "Speech, language and communication screening for every child",
        "Mentoring and positive activities in the evenings and school holidays",
        "Restorative justice conferences with victims",
        "Education, training and employment caseworker in the team"]),
    ("Outputs", "what we deliver", "3C8A93", [
        "180 children assessed in a year",
        "90% of children screened within 10 working days",
        "120 victims offered restorative justice",
        "Every child has an education plan within 20 days"]),
    ("Outcomes: our priorities for 2027-28", "what will change", ACC, [
        "Fewer children entering the justice system for the first time",
        "Children in the justice system are in school, training or work",
        "Children are safe from exploitation and serious violence",
        "Victims have their say and are helped to recover",
        "Black and mixed heritage children are no longer over-represented in the youth justice system"]),
    ("Impact", "the long-term difference", "0A4C53", [
        "Safer communities in Calderbrook",
        "Children with a positive identity who live crime-free lives",
        "Less reoffending by children and young adults"]),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Calderbrook Youth Justice Partnership Board", footer=TITLE, accent=ACC,
            land=True, footer_on_first=True)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 introduction and context
    box(c, 0, H - 110, W, 110, ACC)
    text(c, 56, H - 62, "Calderbrook Youth Justice Plan 2027-28", "Sans-Bold", 26, "FFFFFF")
    text(c, 56, H - 90, "Calderbrook Youth Justice Partnership Board", "Sans", 13, "CFE7EA")
    w = d.writer(top=H - 140, width=460)
    w.heading("Introduction", 15)
    w.para("Every youth justice partnership must publish a youth justice plan each year. This is Calderbrook's "
           "plan for 2027-28, agreed by the Youth Justice Partnership Board on 10 December 2026. We have set "
           "it out as a logic model on the next page: it shows what we put in, what we do with it, what that "
           "delivers, and the outcomes we want for children. Those outcomes, in the fourth column of the model, "
           "are the Board's five priorities for the year.")
    w.para("In 2025-26, 71 children in Calderbrook received a caution or sentence for the first time, down from 88 "
           "the year before. The reoffending rate for children fell to 31%. But one in four children we work "
           "with is not in any education, and Black and mixed heritage children make up 19% of our caseload "
           "against 8% of the local population aged 10 to 17.")
    w.heading("Last year's priorities", 13, before=4)
    w.para("Our 2026-27 plan had four priorities. The Board's annual review found good progress on the first "
           "two; the third and fourth continue in a new form this year.")
    w.bullets(["Reduce the use of custody", "Improve health assessments for children in the service",
               "Get every child into education, training or employment",
               "Protect children from criminal exploitation"], size=10)
    w2 = d.writer(x=560, top=H - 140, width=W - 616)
    w2.heading("National key performance indicators", 13)
    w2.para("The Youth Justice Board asks every service to report on ten key performance indicators. We report "
            "on all ten to the Board each quarter, including:", size=10)
    w2.bullets(["Suitable accommodation", "Education, training and employment", "Special educational needs "
                "and disabilities", "Mental health and emotional wellbeing", "Substance misuse",
                "Out-of-court disposals", "Management board attendance", "Wider services",
                "Serious violence", "Victims"], size=9.5)
    w2.heading("Governance", 13, before=6)
    w2.para("The Board is chaired by the council's Director of Children's Services and meets quarterly. It "
            "reports to the Calderbrook Community Safety Partnership and the Safeguarding Children Partnership.",
            size=10)
    d.next()
    # ---------------------------------------------------------------- p2 the logic model
    text(c, 40, H - 50, "Our plan on a page: the Calderbrook youth justice logic model", "Sans-Bold", 18, ACC)
    text(c, 40, H - 68, "Read from left to right. Each column leads to the next.", "Sans", 10, "555555")
    n = len(COLS)
    gap, x0 = 18, 40
    cw = (W - 80 - gap * (n - 1)) / n
    top = H - 85
    sth = style(font="Sans-Bold", size=10.5, leading=12.5, color="FFFFFF", align=1)
    sts = style(font="Sans", size=8, leading=10, color="E8F3F4", align=1)
    st = style(font="Sans", size=9, leading=11.2)
    head_h = 46
    lowest = top
    for i, (head, sub, col, items) in enumerate(COLS):
        x = x0 + i * (cw + gap)
        box(c, x, top - head_h, cw, head_h, col, radius=4)
        ph, ps = Paragraph(head, sth), Paragraph(sub, sts)
        hh = ph.wrap(cw - 10, 100)[1]
        hs = ps.wrap(cw - 10, 100)[1]
        ytxt = top - (head_h - hh - hs - 2) / 2
        ph.drawOn(c, x + 5, ytxt - hh)
        ps.drawOn(c, x + 5, ytxt - hh - 2 - hs)
        if i < n - 1:
            arrow(c, x + cw + 2, top - head_h / 2, x + cw + gap - 2, top - head_h / 2, color="555555", width=2,
                  head=6)
        y = top - head_h - 10
        for it in items:
            p = Paragraph(it, st)
            h = p.wrap(cw - 16, 1000)[1]
            box(c, x, y - h - 12, cw, h + 12, "FFFFFF", stroke="C5D9DB")
            box(c, x, y - h - 12, 4, h + 12, col)
            p.drawOn(c, x + 10, y - h - 6)
            y -= h + 12 + 7
        lowest = min(lowest, y)
    # principles band
    y = lowest - 6
    box(c, 40, y - 44, W - 80, 44, "E3F0F1", radius=4)
    text(c, 52, y - 17, "Child First principles that run through everything", "Sans-Bold", 10, ACC)
    text(c, 52, y - 34, "See children as children   \u2022   Build a pro-social identity   \u2022   "
         "Work collaboratively with children   \u2022   Divert children from stigma", "Sans", 9.5, "222222")
    text(c, 40, y - 62, "Assumptions: funding from every partner stays at 2026-27 levels; the seconded posts are "
         "filled; schools take part in the exclusions protocol.", "Sans", 8.5, "555555")
    assert y - 62 > 45, y
    return [d.close()]
