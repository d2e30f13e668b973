"""Cauldmere Youth Justice Plan 2026-27, set entirely in a serif at 11 pt. Each of the five priorities is a
heading in serif ITALIC at the SAME size as the body, distinguished only by its colour (teal) and the space
above it (pp3-4). Section headings are larger sans-serif; children's quotes are also serif italic at 11 pt but
grey; the Child First tenets are bold run-ins; the national key performance indicators are a table."""
from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY

from kit9 import Doc, box, text

NAME = "serif_italic_headings_youth_justice"
ACC = "00717A"
PRI = [
    ("Keeping children out of the formal justice system wherever it is safe to do so",
     "First-time entrants in Cauldmere rose to 188 per 100,000 children in 2025. We will make every "
     "out-of-court decision at the joint decision-making panel and widen Turnaround to children on bail."),
    ("Getting every child on our caseload back into school, college or training",
     "Half of the children we work with are not in full-time education. A seconded teacher will join the team "
     "from September, and every child will have an education plan within ten days."),
    ("Protecting children from criminal exploitation",
     "Cauldmere's exploitation panel heard 97 cases last year. We will use the National Referral Mechanism "
     "consistently and agree a joint approach with the Police to children found carrying drugs for others."),
    ("Tackling the over-representation of children in care",
     "Children in care are 1% of Cauldmere's children but 19% of our caseload. We will sign the national "
     "protocol on reducing the criminalisation of looked-after children and train residential staff."),
    ("Making sure victims are offered restorative justice",
     "We will contact every victim within five working days and offer a restorative conversation where the "
     "victim wishes it."),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Cauldmere Youth Justice Plan 2026-27", "Cauldmere Youth Justice Service",
            footer="Cauldmere Youth Justice Plan 2026-27", accent=ACC, font="Serif")
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 12, W, 12, ACC)
    text(c, 72, H - 220, "Cauldmere Youth Justice Plan", "Sans-Bold", 28, "222222")
    text(c, 72, H - 254, "2026\u201327", "Sans", 22, ACC)
    text(c, 72, H - 300, "Cauldmere Youth Justice Service and Management Board", "Serif", 13, "444444")
    text(c, 72, 120, "Submitted to the Youth Justice Board for England and Wales, June 2026", "Serif", 10, "444444")
    d.next()
    J = dict(align=TA_JUSTIFY, size=11, leading=15, after=8)
    H1 = dict(size=16, font="Sans-Bold", color="222222", before=6, after=8)
    Q = dict(font="Serif-Italic", size=11, leading=15, color="6B6B6B", after=10, indent=24)
    w = d.writer(x=72, width=W - 144)
    w.heading("1. Introduction", **H1)
    w.para("This plan is written under section 40 of the Crime and Disorder Act 1998. It is owned by the Cauldmere "
           "Youth Justice Management Board, chaired by the Director of Children's Services, Dr Oluwaseun Bright. It "
           "reviews 2025-26 and sets out what we will do in 2026-27.", **J)
    w.para("\u201cThey actually listened this time. I wasn't just a file.\u201d", **Q)
    w.heading("2. Child First", **H1)
    w.para("Our practice follows the Youth Justice Board's Child First principle. We see children <b>as "
           "children</b>; we help them <b>build a pro-social identity</b>; we <b>collaborate with children</b>; and "
           "we <b>divert them from stigma</b>.", **J)
    w.heading("3. Performance in 2025-26", **H1)
    w.table([["Key performance indicator", "2024-25", "2025-26"],
             ["First-time entrants per 100,000 children aged 10-17", "171", "188"],
             ["Binary reoffending rate", "31.2%", "28.7%"],
             ["Use of custody per 1,000 children", "0.11", "0.06"],
             ["Children in suitable education, training or employment at the end of their order", "54%", "51%"]],
            [290, 80, 80], head_bg=ACC, zebra="E2F1F2")
    w.para("Last year's plan had three priorities: reducing the use of custody, improving health assessments and "
           "listening to children. Custody has halved, and health assessments are now routine.", **J)
    w.para("\u201cI want to go to college but nobody told me how.\u201d", **Q)
    d.next()
    w = d.writer(x=72, width=W - 144)
    w.heading("4. Our priorities for 2026-27", **H1)
    w.para("The Board agreed five priorities in April 2026, after hearing from 31 children and young people, their "
           "parents and carers, and staff.", **J)
    for i, (name, body) in enumerate(PRI):
        if i == 3:
            d.next()
            w = d.writer(x=72, width=W - 144)
        w.space(8)
        w.para(name, font="Serif-Italic", size=11, leading=15, color=ACC, after=3)
        w.para(body, **J)
        if i == 1:
            w.para("\u201cSchool kicked me out in Year 9 and that was it.\u201d", **Q)
    w.heading("5. Resources", **H1, )
    w.para("The service's budget for 2026-27 is \u00a31.87 million. The Youth Justice Board grant is \u00a3604,000; "
           "the rest comes from the council, the Police and Crime Commissioner, Probation and the Integrated Care "
           "Board.", **J)
    w.heading("6. Risks", **H1)
    w.para("The main risks are the recruitment of qualified staff, court delays for children on remand, and the end "
           "of the Turnaround grant in March 2027.", **J)
    w.para("Signed on behalf of the Cauldmere Youth Justice Management Board.", size=10, color="444444")
    return [d.close()]
