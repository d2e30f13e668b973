"""Ebbersley Youth Justice Plan 2026-27 (Word, published as its LibreOffice PDF, 6 pages), written to the
Youth Justice Board's plan template: typed section numbers "1." to "12." in Heading 1, the Child First tenets
as bold run-ins, a "Progress on the previous plan" table whose first column holds LAST year's priorities, the
ten national key performance indicators, then "9. Priorities" with the four priorities as unnumbered Heading 2
paragraphs (p5). The action plan table "Priority | Action | Owner | By when" (p6) repeats SHORT priority names
("First-time entrants", "Disproportionality") on every row."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "yjb_template_youth_justice"
ACC = "1B5E7A"
TITLE = "Ebbersley Youth Justice Plan 2026-27"
PRI = [
    ("Fewer children entering the youth justice system for the first time", "First-time entrants",
     "Ebbersley's first-time entrant rate rose to 204 per 100,000 children in 2025, above the regional average "
     "of 161. Most first-time entrants are 14 or 15 and had no earlier contact with early help."),
    ("Reducing the over-representation of Black and mixed-heritage children", "Disproportionality",
     "Black and mixed-heritage children are 9% of Ebbersley's 10 to 17 year olds but 23% of our caseload, and "
     "they are less likely to be offered an out-of-court outcome."),
    ("Every child in suitable education, training or employment", "ETE",
     "Only 47% of the children we supervise are in full-time education, training or employment at the end of "
     "their order. Half have an education, health and care plan or are waiting for an assessment."),
    ("Safer transitions for young people moving to adult services at 18", "Transitions",
     "Young people who turn 18 during an order told us the move to Probation felt like \u201cstarting again "
     "with strangers\u201d. Three of the five young adults who reoffended within a month had just transferred."),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Ebbersley Youth Justice Service", accent=ACC, heading_sizes=(16, 12.5, 11))
    set_footer(doc.sections[0], TITLE)
    H = lambda t: doc.add_heading(t, level=1)  # noqa: E731
    # ------------------------------------------------------------ p1 cover
    para(doc, "Ebbersley Youth Justice Service", size=14, color="595959", space_before=150)
    para(doc, "Youth Justice Plan 2026-27", size=30, color=ACC)
    para(doc, "Prepared under section 40 of the Crime and Disorder Act 1998", size=12, color="595959",
         space_before=12)
    table(doc, ["Service", "Ebbersley Youth Justice Service"],
          [["Service manager", "Priya Castellano-Reid"],
           ["Chair of the Youth Justice Management Board", "Martin Okwuosa, Director of Children's Services"],
           ["Approved by the Board", "18 June 2026"],
           ["Submitted to the Youth Justice Board", "30 June 2026"]],
          [7.0, 9.0], head_fill=ACC)
    page_break(doc)
    # ------------------------------------------------------------ p2
    H("1. Introduction, vision and strategy")
    para(doc, "This plan sets out how Ebbersley's youth justice partnership will prevent offending and reoffending "
              "by children in 2026-27. Our vision is that every child in Ebbersley who comes into contact with "
              "the justice system is seen first as a child, with a future beyond their offending.")
    H("2. Local context")
    para(doc, "Ebbersley is a unitary authority with about 27,900 children aged 10 to 17. In 2025-26 the service "
              "worked with 241 children, 86 of them on court orders. Knife possession offences fell by 18%, but "
              "the number of children first entering the system rose for the second year running.")
    H("3. Child First")
    para(doc, "The Youth Justice Board's guiding principle is Child First. Our practice follows its four tenets:")
    bullets(doc, [("As children: ", "we recognise children's needs, capacities, rights and potential."),
                  ("Building pro-social identity: ", "we promote children's strengths and help them to build a "
                                                     "positive identity."),
                  ("Collaborating with children: ", "we work with children and their carers, not on them."),
                  ("Diverting from stigma: ", "we promote diversion and minimise criminogenic contact with the "
                                              "system.")])
    H("4. Voice of the child")
    para(doc, "Thirty-four children took part in our participation work this year. Their group, Ebbersley Voices, "
              "interviewed candidates for two case manager posts and rewrote our intervention plan template. They "
              "asked us to explain court decisions in plain words and to stop changing their worker.")
    page_break(doc)
    # ------------------------------------------------------------ p3
    H("5. Governance, leadership and partnership arrangements")
    para(doc, "The Youth Justice Management Board meets every quarter. Its statutory members are the council, "
              "Ebbersley Police, the Probation Service and the Integrated Care Board; education, housing and the "
              "Office of the Police and Crime Commissioner also attend.")
    H("6. Progress on the previous plan")
    para(doc, "Our 2025-26 plan had three priorities. The Board reviewed them in April 2026:")
    table(doc, ["Priority in 2025-26", "What happened", "Status"],
          [["Reducing serious youth violence",
            "Knife possession offences by children fell from 61 to 50; the school knife-crime sessions reached "
            "every secondary school", "Achieved"],
           ["Timely out-of-court disposals",
            "Average time from offence to decision fell from 71 to 44 days", "Achieved"],
           ["Education, training and employment",
            "A seconded teacher joined in January 2026, but the rate in ETE fell from 52% to 47%",
            "Carried forward"]],
          [5.0, 9.0, 2.6], head_fill=ACC)
    H("7. Resources and services")
    para(doc, "The partnership budget for 2026-27 is \u00a31.64 million, including the Youth Justice Board grant "
              "of \u00a3528,000 and the Turnaround grant of \u00a3141,000. The team has 24 staff, including a "
              "seconded police officer, probation officer, nurse and speech and language therapist.")
    page_break(doc)
    # ------------------------------------------------------------ p4
    H("8. Performance")
    para(doc, "The Youth Justice Board's ten key performance indicators are reported to the Board every quarter, "
              "alongside the three long-standing national measures of first-time entrants, reoffending and "
              "custody.")
    table(doc, ["Key performance indicator", "Ebbersley 2025-26", "England and Wales"],
          [["1. Suitable accommodation", "88%", "86%"],
           ["2. Education, training and employment", "47%", "59%"],
           ["3. Special educational needs and disability", "52%", "44%"],
           ["4. Mental healthcare and emotional wellbeing", "71%", "68%"],
           ["5. Substance misuse", "64%", "70%"],
           ["6. Out-of-court disposals completed", "83%", "81%"],
           ["7. Management board attendance", "82%", "79%"],
           ["8. Wider services", "38%", "31%"],
           ["9. Serious violence (offences per 10,000 children)", "6.1", "5.7"],
           ["10. Victims engaged in restorative justice", "76%", "83%"]],
          [9.0, 3.8, 3.8], head_fill=ACC)
    para(doc, "The first-time entrant rate was 204 per 100,000 children (2024-25: 178); the reoffending rate "
              "was 30.5%; and two children were sentenced to custody.", space_before=8)
    page_break(doc)
    # ------------------------------------------------------------ p5 priorities
    H("9. Priorities")
    para(doc, "The Board agreed four priorities for 2026-27 at its development day in May 2026, using the "
              "performance data above, the views of Ebbersley Voices and the findings of our 2025 inspection "
              "self-assessment. They are:")
    for name, _short, why in PRI:
        doc.add_heading(name, level=2)
        para(doc, why)
    para(doc, "Each priority has an action plan (section 10), a lead Board member, and a measure that is reported "
              "to the Board every quarter.", space_before=6)
    page_break(doc)
    # ------------------------------------------------------------ p6 action plan, risks, sign off
    H("10. Service development: action plan")
    rows = [["First-time entrants", "Widen the Turnaround programme to children released under investigation",
             "Early Help Manager", "Sep 2026"],
            ["First-time entrants", "Make every out-of-court decision at the joint decision-making panel",
             "YJS Manager / Police", "Jul 2026"],
            ["Disproportionality", "Review every out-of-court decision for ethnic disparity each quarter",
             "Board Chair", "Oct 2026"],
            ["Disproportionality", "Train all staff in the Identity and Belonging programme",
             "Practice Lead", "Jan 2027"],
            ["ETE", "Give every child an education plan within ten working days of their order starting",
             "Virtual School Head", "Sep 2026"],
            ["ETE", "Agree a reduced-timetable protocol with all secondary schools",
             "Head of Inclusion", "Dec 2026"],
            ["Transitions", "Start joint supervision with Probation three months before a child turns 18",
             "Probation Head of Service", "Nov 2026"]]
    table(doc, ["Priority", "Action", "Owner", "By when"], rows, [3.4, 7.6, 3.6, 2.0], head_fill=ACC, size=9)
    H("11. Challenges, risks and issues")
    bullets(doc, ["Court delays: children on bail wait an average of 184 days for trial",
                  "Recruitment: two case manager posts have been vacant since January 2026",
                  "Funding: the Turnaround grant is confirmed only to March 2027"])
    H("12. Sign off")
    para(doc, "Signed on behalf of the Ebbersley Youth Justice Management Board: Martin Okwuosa, Chair. "
              "Date: 18 June 2026.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 6, common.pdf_pages(pdf)
    return [pdf]
