"""Morwick Reducing Reoffending Strategy 2026-2029. No headings or list for the priorities: each is introduced
in running prose, "Our first priority is ...", "Our second priority is ...", inside ordinary justified paragraphs
on p3 (four priorities, the fourth in the same paragraph as the third's explanation). Distractors in the same
phrasing: the last strategy's priorities ("our first priority was ..."), the Probation Service's regional
priority, and "Our first principle is ..." sentences on p2."""
from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY

from kit9 import Doc, box, text

NAME = "ordinal_prose_reoffending"
ACC = "5B3A76"


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Morwick Reducing Reoffending Strategy 2026-2029",
            "Morwick Reducing Reoffending Board", footer="Morwick Reducing Reoffending Strategy 2026-2029",
            accent=ACC, font="Serif")
    c, W, H = d.c, d.W, d.H
    text(c, 56, H - 200, "Morwick Reducing Reoffending", "Serif-Bold", 30, ACC)
    text(c, 56, H - 238, "Strategy 2026\u20132029", "Serif-Bold", 30, ACC)
    c.setStrokeColor(__import__("rl_kit").hexc(ACC))
    c.setLineWidth(2)
    c.line(56, H - 262, 300, H - 262)
    text(c, 56, H - 290, "A strategy of the Morwick Reducing Reoffending Board", "Serif-Italic", 14, "444444")
    text(c, 56, 110, "Morwick City Council \u2022 Probation Service, Morwick and Deane \u2022 HMP Morwick", "Serif",
         10, "444444")
    text(c, 56, 95, "Office of the Police and Crime Commissioner for Deaneshire \u2022 Morwick Health and Care "
         "Partnership", "Serif", 10, "444444")
    d.next()
    J = dict(align=TA_JUSTIFY, size=11, leading=15.5, after=9)
    w = d.writer(x=72, width=W - 144)
    w.heading("Introduction", 17)
    w.para("Around 1,150 people are released from prison to Morwick each year, and a further 2,300 are supervised "
           "in the community by the Probation Service. Almost half of adults released from short sentences are "
           "convicted again within a year. Each new offence means another victim, and the cost to the public "
           "purse of reoffending in Morwick is estimated at \u00a338 million a year.", **J)
    w.para("This strategy sets out what the Morwick Reducing Reoffending Board will do over the next three years. "
           "It follows our 2022-2025 strategy, in which our first priority was employment on release and our "
           "second priority was the health of women in the criminal justice system. We made good progress on "
           "both: 31% of people leaving HMP Morwick now have a job within six weeks, up from 17%.", **J)
    w.heading("How we work", 17, before=8)
    w.para("The Board has agreed three principles that shape everything in this strategy. Our first principle is "
           "that we listen to people with lived experience and involve them in designing services. Our second "
           "principle is that we treat the causes of offending, not only the offence. Our third principle is that "
           "we share data across organisations as a matter of course, within the law.", **J)
    w.para("The Probation Service's regional reducing reoffending plan sets the wider context. Its first priority "
           "is a safe transition from custody to the community, and we have built our work around it. The Police "
           "and Crime Commissioner's plan also asks partners to make Deaneshire's streets safer by reducing "
           "reoffending.", **J)
    w.para("What people told us shaped our choices. In our engagement we heard from 64 people on probation and 22 "
           "family members. The message was consistent: \u201cthe first night is the worst\u201d, and a bed, a "
           "prescription and a phone make more difference than any course.", **J)
    d.next()
    w = d.writer(x=72, width=W - 144)
    w.heading("What we will focus on", 17)
    w.para("The Board has agreed four priorities for 2026-2029. They were chosen because the evidence shows they "
           "make the biggest difference to whether someone offends again, and because no single organisation can "
           "deliver them alone.", **J)
    w.para("Our first priority is a safe and settled home for everyone leaving prison or approved premises. "
           "Last year one in six people released to Morwick had nowhere to stay on their first night. We will "
           "start housing assessments twelve weeks before release, keep a small number of emergency beds for "
           "release days, and agree with registered providers a shared approach to tenancies for people with "
           "convictions.", **J)
    w.para("Our second priority is treatment for drug and alcohol dependence that continues from prison into the "
           "community. Only 42% of people who were in treatment in custody started community treatment within "
           "three weeks of release. We will put a treatment worker at the prison gate on release days and give "
           "every person leaving custody a naloxone kit.", **J)
    w.para("Our third priority is to reduce reoffending by young adults aged 18 to 25. Young adults are one in "
           "five of the probation caseload but one in three of those who reoffend. We will run a young adults' "
           "hub with the Youth Justice Service and make the transition at 18 a planned one. Our fourth priority is "
           "stronger support for the families and children of people in prison, because family ties are one of "
           "the strongest protections against reoffending. We will fund a family worker at HMP Morwick and train "
           "school staff to recognise the children of prisoners.", **J)
    w.para("Alongside these priorities, the Board will keep a close eye on the women's pathway and on employment, "
           "which remain part of core business for the Probation Service and the council's employment team.", **J)
    box(c, 72, w.y - 96, W - 144, 86, "F1ECF5")
    from kit9 import para_at
    para_at(c, "\u201cWhen I got out I had a bag and a discharge grant. I didn't have an address. By the Friday I "
               "was using again.\u201d", 88, w.y - 18, W - 176, font="Serif-Italic", size=12, color=ACC)
    para_at(c, "\u2013 Man, 34, released from HMP Morwick in 2025", 88, w.y - 64, W - 176, font="Serif", size=10,
            color="444444")
    d.next()
    w = d.writer(x=72, width=W - 144)
    w.heading("Measuring success", 17)
    w.table([["Measure", "Baseline", "Target 2029"],
             ["Settled accommodation on the first night after release", "83%", "95%"],
             ["Community treatment started within three weeks of release", "42%", "65%"],
             ["Proven reoffending rate, young adults 18-25", "34.6%", "29%"],
             ["Prisoners receiving family visits in the first month", "58%", "70%"]],
            [260, 90, 90], head_bg=ACC, zebra="F1ECF5")
    w.heading("Governance", 17, before=8)
    w.para("The Board is chaired by the Head of the Probation Delivery Unit and meets every two months. A delivery "
           "plan with named leads sits beneath this strategy and is refreshed each April.", **J)
    w.para("Signed: Marcus Adeyemi, Chair, Morwick Reducing Reoffending Board", size=10, color="444444")
    return [d.close()]
