"""Orrington and Wyckmoor Reducing Reoffending Board: "Annual Report 2025-26 and our new strategy for 2026-2029"
(reportlab platypus, A4, 7 pages).

Most of the report (pp3-5) reviews the 2023-2026 strategy's four priorities, each a heading "Priority N: ..."
with a status pill, a narrative and a results table. The last section (p7), "Launching our 2026-2029 strategy",
states the NEW strategy's four priorities as a numbered list in bold (gold). The first new priority keeps the
old Priority 1's wording word for word, so that wording is also a heading on p3; the second rewords the old
Priority 4. The chair's introduction (p2) names the new priorities only loosely ("housing, addiction, young
adults and complex needs"). Other lists: the year in numbers, "what we learned" lessons (p6), the Probation
Service's regional priorities (p6)."""
from __future__ import annotations

from pathlib import Path

from kit22 import (Chapter, Doc, NextPageTemplate, P, PageBreak, Paragraph, Spacer, Styles, Table, TableStyle, H,
                   W, M, bullets, hexc, mm, numbered, style, table)
from reportlab.lib.enums import TA_CENTER

NAME = "annual_report_launches_new_reoffending"
ACC = "1F5C4A"
PART = "Orrington and Wyckmoor Reducing Reoffending Board"
TITLE = "Annual Report 2025-26 and our new strategy for 2026-2029"
OLD = [
    ("Find a settled home for everyone leaving prison", "Amber",
     "Of the 1,184 people released from prison to Orrington and Wyckmoor in 2025-26, 71% had settled "
     "accommodation on the first night, up from 63% in 2022-23 but short of our 85% ambition. The Resettlement "
     "Housing Pathway launched in Wyckmoor in 2024, but a shortage of one-bedroom homes in Orrington means that "
     "too many people still leave prison to bed and breakfast or to no fixed abode.",
     [("Settled accommodation on release", "63%", "71%", "85%"),
      ("Released homeless (no fixed abode)", "14%", "9%", "5%")]),
    ("Get more people on probation into work and training", "Green",
     "The Employment Hub at Orrington Probation Office opened in 2023 and has supported 640 people. Employment "
     "six weeks after release rose from 18% to 31%, above the regional average, thanks in large part to the "
     "twelve local employers who signed the Second Chance Pledge.",
     [("In work six weeks after release", "18%", "31%", "30%"),
      ("Employers signed up to the Second Chance Pledge", "0", "12", "10")]),
    ("Reduce reoffending by women", "Green",
     "The Wyckmoor Women's Centre now offers a one-stop shop for women on probation and women at risk of "
     "offending. The proven reoffending rate for women fell from 24% to 19%, and the number of women sentenced "
     "to short custodial sentences halved.",
     [("Proven reoffending rate, women", "24%", "19%", "20%"),
      ("Women given custodial sentences under 12 months", "58", "27", "Reduce")]),
    ("Tackle the drug and alcohol misuse behind reoffending", "Red",
     "Continuity of care is the weakest part of our system. Only 38% of people released with a substance "
     "misuse need started community treatment within three weeks, against a national target of 75%. Funding "
     "for the prison in-reach team ended in 2024, and the Board has not yet found a way to replace it.",
     [("Started treatment within three weeks of release", "41%", "38%", "75%"),
      ("Drug testing on arrest referrals into treatment", "212", "198", "Increase")]),
]
NEW = [
    ("Find a settled home for everyone leaving prison",
     "We have kept this priority unchanged. Housing is the foundation of everything else, and we have not yet "
     "met our ambition."),
    ("Break the link between drug and alcohol misuse and reoffending",
     "This replaces our old priority on drug and alcohol misuse, with a sharper focus on continuity of care from "
     "prison into community treatment."),
    ("Cut reoffending by young adults aged 18 to 25",
     "Young adults are a fifth of the probation caseload but a third of proven reoffending. This is a new "
     "priority, developed with the Youth Justice Service."),
    ("Give everyone with multiple and complex needs one joined-up plan",
     "People who are homeless, misusing substances and in poor mental health are assessed by up to six "
     "services. From 2027 they will have one lead professional and one plan."),
]
PILL = {"Green": "2E7D32", "Amber": "C77700", "Red": "B3261E"}


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc(ACC))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.setFont("Sans-Bold", 12)
    c.drawString(M, H - 45 * mm, PART.upper())
    c.setFont("Sans-Bold", 34)
    c.drawString(M, H - 80 * mm, "Annual Report")
    c.drawString(M, H - 94 * mm, "2025-26")
    c.setFont("Sans", 15)
    c.drawString(M, H - 110 * mm, "and our new strategy for 2026-2029")
    c.setFont("Sans", 9)
    c.drawString(M, 30 * mm, "Orrington Borough Council  \u2022  Wyckmoor District Council  \u2022  Probation "
                             "Service (Orrington and Wyckmoor PDU)  \u2022  HMP Orrington")
    c.drawString(M, 24 * mm, "Presented to the Board on 25 June 2026")
    c.restoreState()


def pill_heading(n, title, status):
    head = Paragraph(f"Priority {n}: {title}", style("ph", font="Sans-Bold", size=13, leading=16, color=ACC))
    pill = Paragraph(status.upper(), style("pl", font="Sans-Bold", size=8, leading=10, color="FFFFFF",
                                           align=TA_CENTER))
    t = Table([[head, pill]], colWidths=[W - 2 * M - 24 * mm, 22 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (1, 0), (1, 0),
                                                                      hexc(PILL[status])),
                           ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    return t


def story(pages):
    st = Styles(accent=ACC, body=9.8)
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    # p2 chair + year in numbers
    s += [Chapter("intro", "Introduction"), Paragraph("Introduction from the chair", st.h1),
          P(st, "This is the Board's third and final annual report on our 2023-2026 strategy, and it is also the "
                "launch of our new one. Three years ago we set ourselves four priorities. We made real progress "
                "on work and on women's reoffending, steady progress on housing, and too little on drug and "
                "alcohol treatment after release. This report is honest about all four."),
          P(st, "Over the winter we asked people with lived experience, staff and partners what should come "
                "next. The answer was clear: keep going on housing and addiction, and do much more for young "
                "adults and for people with complex needs who fall between services. The final section of this "
                "report sets out the priorities the Board agreed on 25 June 2026."),
          P(st, "<b>Alison Marchetti-Boyd</b><br/>Head of the Orrington and Wyckmoor Probation Delivery Unit and "
                "Chair of the Board"),
          Paragraph("The year in numbers", st.h2)]
    big = style("big", font="Sans-Bold", size=20, leading=24, color=ACC, align=TA_CENTER)
    lab = style("lab", font="Sans", size=8.2, leading=10, color="333333", align=TA_CENTER)
    nums = [("2,310", "people supervised by the Probation Service"), ("1,184", "releases from prison"),
            ("640", "people helped by the Employment Hub"), ("27.1%", "proven reoffending rate (adults)")]
    t = Table([[Paragraph(a, big) for a, _ in nums], [Paragraph(b, lab) for _, b in nums]],
              colWidths=[(W - 2 * M) / 4] * 4)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("E8F1EE")),
                           ("LINEAFTER", (0, 0), (-2, -1), 2, hexc("FFFFFF")), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [t, Spacer(1, 8),
          P(st, "The proven reoffending rate for adults in Orrington and Wyckmoor fell from 28.9% to 27.1% over "
                "the life of the strategy, slightly faster than in England and Wales as a whole. For young "
                "adults aged 18 to 25 it rose, to 34.6%."),
          Paragraph("About the Board", st.h2),
          P(st, "The Board brings together the Probation Service, HMP Orrington, both councils, the police, the "
                "integrated care board, the Department for Work and Pensions and voluntary sector partners. It "
                "reports to the Local Criminal Justice Board and to both community safety partnerships.")]
    # p3-5 review of old priorities
    s += [PageBreak(), Chapter("review", "How we did: 2023-2026"),
          Paragraph("How we did: our 2023-2026 priorities", st.h1),
          P(st, "Each priority below has a status agreed by the Board: green (achieved or on track), amber "
                "(partly achieved) or red (not achieved).")]
    for n, (title, status, text, rows) in enumerate(OLD, 1):
        if n in (3,):
            s.append(PageBreak())
        s += [pill_heading(n, title, status), Spacer(1, 4), P(st, text),
              table(st, [["Measure", "2022-23", "2025-26", "Ambition"]] + [list(r) for r in rows],
                    [84 * mm, 28 * mm, 28 * mm, 30 * mm], head=ACC), Spacer(1, 6),
              P(st, "<b>What made the difference:</b> " + {
                  1: "the Resettlement Housing Pathway and two housing officers based in HMP Orrington.",
                  2: "employer engagement led by the DWP prison work coach and the Second Chance Pledge.",
                  3: "the women's centre's outreach and the court's confidence in community sentences.",
                  4: "little has changed: the gap left by the in-reach team has not been filled."}[n], st.small),
              Spacer(1, 10)]
        if n == 4:
            s.append(PageBreak())
            s += [Paragraph("Case study: Danny's first night", st.h2),
                  P(st, "Danny left HMP Orrington in March 2026 after an 18-month sentence. Because his housing "
                        "officer had started work three months before his release, he moved straight into a "
                        "supported flat in Wyckmoor. His probation practitioner met him at the gate. Four months "
                        "on he is still in the flat, in treatment and has started a forklift course."),
                  Paragraph("Finances", st.h2),
                  table(st, [["Source", "2025-26", "Used for"],
                             ["Probation Service (CFO and commissioned services)", "\u00a3412,000",
                              "Accommodation, employment, women's services"],
                             ["Police and Crime Commissioner", "\u00a396,000", "Women's centre, drug testing on arrest"],
                             ["Orrington and Wyckmoor councils", "\u00a370,000", "Housing officers in prison"],
                             ["Integrated care board", "\u00a338,000", "Liaison and diversion"]],
                        [70 * mm, 28 * mm, 72 * mm], head=ACC)]
    # p6 lessons
    s += [PageBreak(), Chapter("learned", "What we learned"), Paragraph("What we learned", st.h1),
          P(st, "The Board commissioned an independent review of the 2023-2026 strategy from the University of "
                "Wyckmoor. Its five lessons shaped the new strategy:")]
    s += numbered(st, ["Fewer priorities, each with one accountable lead, made progress easier to see.",
                       "The priorities that had dedicated staff moved fastest.",
                       "Young adults were invisible in our data and our plans.",
                       "People with several needs were passed between services.",
                       "Lived experience was consulted but not involved in decisions."])
    s += [Paragraph("What people told us", st.h2),
          P(st, "Between January and April 2026 we held 14 workshops, including four in HMP Orrington, and "
                "received 236 survey responses. The three things people most wanted the Board to focus on were "
                "housing on release (72%), mental health and addiction (64%) and help for young adults (51%)."),
          Paragraph("The regional picture", st.h2),
          P(st, "The Probation Service's regional reducing reoffending plan for 2025-2028 asks every local board "
                "to contribute to its regional priorities:")]
    s += bullets(st, ["Accommodation for all on release", "Continuity of care for substance misuse",
                      "Employment, training and education", "Women and young adults"])
    # p7 the launch
    s += [PageBreak(), Chapter("new", "Our new strategy"),
          Paragraph("Launching our 2026-2029 strategy", st.h1),
          P(st, "On 25 June 2026 the Board agreed its strategy for the next three years. Our vision is unchanged: "
                "fewer victims, because fewer people reoffend. Our priorities for 2026-2029 are:"),
          Spacer(1, 2)]
    bold = style("nb", font="Sans-Bold", size=11.5, leading=15, color=ACC, leftIndent=18, bulletIndent=0,
                 spaceAfter=2, bulletFontName="Sans-Bold")
    for n, (title, why) in enumerate(NEW, 1):
        s += [Paragraph(title, bold, bulletText=f"{n}."),
              Paragraph(why, style("nw", font="Sans", size=9.6, leading=13, color="333333", leftIndent=18,
                                   spaceAfter=8))]
    s += [Paragraph("What happens next", st.h2),
          P(st, "Each priority will have a lead and a delivery plan by October 2026. The Board will publish a "
                "performance framework with baselines in its first quarterly report, and this annual report "
                "will in future report on the new priorities."),
          P(st, "Women's reoffending and employment are no longer separate priorities: the women's centre and "
                "the Employment Hub are now part of business as usual, and their results will still be reported "
                "to the Board.", st.small)]
    return s


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    doc = Doc(target, title=f"{PART}: {TITLE}", author=PART, st=Styles(accent=ACC), cover=cover,
              footer=f"{PART}  |  Annual Report 2025-26", header_left=PART)
    pages = doc.build_twice(story)
    assert pages["review"] == 3 and pages["new"] == 7, pages
    return [target]
