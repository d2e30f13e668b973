"""Fennick Reducing Reoffending Strategy. Every page after the cover has a left navigation column that lists all
section names, the priorities included, in their full wording, with the current section highlighted. Each
priority has its own page (pp4-7) with the same wording as its heading, so every priority is printed on every
page; gold is the priority's own page."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from kit7 import Doc, box, para_at, style, text

NAME = "left_nav_column_reoffending"
ACC = "4A2D6B"
PRI = [
    ("A home to go to on the day of release",
     "One in five people leaving HMP Fennick last year had nowhere to stay on their first night. People released "
     "homeless are about twice as likely to reoffend within a year.",
     ["A duty to refer from the prison to the council 56 days before release",
      "24 units of supported housing for prison leavers", "A Friday release fund for rent in advance"]),
    ("Treatment for addiction and mental health that continues after prison",
     "Only 38% of prison leavers who were in drug treatment inside started treatment in the community within three "
     "weeks.", ["Meet at the gate for everyone in treatment", "Probation health leads in both delivery units"]),
    ("Work, training and money advice",
     "Employment six weeks after release is at 19%. Debt and benefit delays are the reasons people give most often "
     "for going back to crime.", ["Employment hubs in probation offices", "A Jobcentre work coach for prison "
                                  "leavers", "Bank accounts and ID arranged before release"]),
    ("Women and young adults: a different approach",
     "Women and 18 to 25 year olds have different needs and respond better to different approaches. Two in three "
     "women in the probation caseload are victims of domestic abuse.",
     ["A women's centre in Fennick and outreach in Brough", "Maturity assessments for all 18 to 25 year olds",
      "Transition workers between youth justice and probation"]),
]
NAV = ["Foreword", "Where we are now"] + [p[0] for p in PRI] + ["Measuring success", "Governance"]


def nav(d, current):
    c, H = d.c, d.H
    box(c, 0, 0, 170, H, "EFEAF5")
    text(c, 20, H - 60, "FENNICK REDUCING", "Sans-Bold", 8.5, ACC, char_space=1)
    text(c, 20, H - 72, "REOFFENDING STRATEGY", "Sans-Bold", 8.5, ACC, char_space=1)
    y = H - 100
    for name in NAV:
        p_h = Paragraph(name, style(size=9, leading=11)).wrap(134, 1000)[1]  # measured, not drawn
        if name == current:
            box(c, 10, y - p_h - 6, 150, p_h + 10, ACC, radius=3)
            para_at(c, f"<b>{name}</b>", 20, y, 134, size=9, leading=11, color="FFFFFF")
        else:
            para_at(c, name, 20, y, 134, size=9, leading=11, color="4A4A4A")
        y -= p_h + 14


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Fennick Reducing Reoffending Strategy 2026-2029",
            "Fennick Reducing Reoffending Board", footer="Fennick Reducing Reoffending Strategy 2026-2029",
            accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, ACC)
    text(c, 56, H - 260, "Reducing Reoffending", "Sans-Bold", 32, "FFFFFF")
    text(c, 56, H - 295, "Strategy 2026-2029", "Sans", 20, "D9CCE8")
    text(c, 56, 110, "Fennick Reducing Reoffending Board", "Sans-Bold", 12, "FFFFFF")
    text(c, 56, 94, "Probation Service \u00b7 HMP Fennick \u00b7 Fennick Council \u00b7 Fennick Police \u00b7 NHS",
         "Sans", 10, "D9CCE8")

    def page(current):
        d.next()
        nav(d, current)
        return d.writer(x=196, width=W - 196 - 48)

    w = page("Foreword")
    w.heading("Foreword", 20)
    w.para("Nearly half of all crime in Fennick is committed by people who have offended before. Every one of those "
           "crimes has a victim. Reducing reoffending is therefore one of the most effective ways to make Fennick "
           "safer, and it is something no single agency can do on its own.")
    w.para("This strategy replaces the 2022 plan. It was written by the Reducing Reoffending Board with the help of "
           "42 people on probation, who told us what had helped them stop offending and what had not.")
    w.heading("Our vision", 14)
    w.para("Fewer victims, because fewer people reoffend.")
    w.heading("Our principles", 14)
    w.bullets(["Every contact is a chance to help someone change", "We see the person, not only the offence",
               "We share information safely and quickly"])
    w.para("<i>Janet Ellory, Head of Probation Delivery Unit, and Chair of the Board</i>")
    w = page("Where we are now")
    w.heading("Where we are now", 20)
    w.para("The proven reoffending rate for adults in Fennick is 27.4%, above the national rate of 25.1%. For "
           "people released from short prison sentences it is 55%.")
    w.heading("What people on probation told us", 14)
    w.bullets(["\u201cI was given a tent on the day I left prison.\u201d",
               "\u201cMy script ran out on the Friday and I couldn't get an appointment until Wednesday.\u201d",
               "\u201cNobody would give me a job with my record.\u201d"])
    w.heading("The seven pathways", 14)
    w.para("Our work is still organised around the seven national reducing reoffending pathways: accommodation; "
           "education, training and employment; health; drugs and alcohol; finance, benefit and debt; children and "
           "families; and attitudes, thinking and behaviour.")
    w.heading("Our priorities", 14)
    w.para("The Board has chosen four priorities for the next three years. Each has its own page; they are listed in "
           "the menu on the left of every page.")
    for name, why, will in PRI:
        w = page(name)
        w.para(name, size=20, font="Sans-Bold", color=ACC, leading=24, after=12)
        w.heading("Why this is a priority", 13)
        w.para(why)
        w.heading("We will", 13)
        w.bullets(will)
    w = page("Measuring success")
    w.heading("Measuring success", 20)
    w.table([["Measure", "2024-25", "Aim"],
             ["Prison leavers housed on the first night", "81%", "95%"],
             ["Treatment started within 3 weeks of release", "38%", "60%"],
             ["In work six weeks after release", "19%", "30%"],
             ["Proven reoffending rate, adults", "27.4%", "25%"]], [190, 70, 70], head_bg=ACC, zebra="EFEAF5")
    w = page("Governance")
    w.heading("Governance", 20)
    w.para("The Board meets every quarter and reports to the Fennick Community Safety Partnership and the Police and "
           "Crime Commissioner. Its members are the Probation Service, HMP Fennick, Fennick Council (housing and "
           "public health), Fennick Police, the Integrated Care Board, the Department for Work and Pensions and the "
           "voluntary sector forum.")
    return [d.close()]
