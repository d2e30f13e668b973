"""Stellingham Youth Justice Partnership Board: "Youth Justice Plan 2026-27" (Word, published as its LibreOffice
PDF only, 5 pages).

In the order of the Youth Justice Board's plan guidance, the governance section comes BEFORE the priorities: on
p2 a RACI matrix "Who is responsible for each priority" has the five priorities, in full, as its row headers,
with R, A, C or I for seven partners in the cells. The priorities are then stated as the typed-number Heading 2s
"5.1" to "5.5" of section 5, "Our priorities for 2026-27" (pp3-4, gold), in the same wording. The first full
statement a reader meets is therefore the matrix, a page or two before the section. Other lists: the Child First
tenets (p1), the 2025-26 plan's four priorities in a progress table (p3), key performance indicators and risks
(p5)."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import (bullets, cell_text, col_widths, new_doc, page_break, para, set_footer, shade, table)

NAME = "raci_matrix_rows_then_headings_youth_justice"
ACC = "0F4C81"
TITLE = "Stellingham Youth Justice Plan 2026-27"
PRIORITIES = [
    ("Keep children out of the formal justice system through early support and diversion",
     "R A C I C I C".split(),
     "Two-thirds of children who came into contact with the Youth Justice Service in 2025-26 were dealt with "
     "through a diversion outcome. We will extend the Turnaround programme and our Outcome 22 pathway so that "
     "every child arrested for a first low-level offence is assessed for diversion within ten working days."),
    ("Reduce serious violence and weapon carrying by children in Stellingham and Fellbrook",
     "R I A C C I C".split(),
     "Knife possession offences by children rose from 21 to 33. We will work with the Serious Violence Duty "
     "partnership on a focused deterrence approach, and place a youth worker in the custody suite at Fellbrook "
     "police station."),
    ("Make sure every child in the justice system is in education, training or employment",
     "R C I A I I C".split(),
     "Only 46% of children on statutory orders were in full-time education. The virtual school and the YJS "
     "education officer will review every child's timetable within a month of the order starting."),
    ("Meet the speech, language and mental health needs of the children we work with",
     "C C I C A I I".split(),
     "Seven in ten children screened had speech, language and communication needs. We will recruit a speech "
     "and language therapist and agree a fast track to the children and young people's mental health service."),
    ("Reduce the over-representation of Black and mixed heritage children in the justice system",
     "A R R C C C C".split(),
     "Black and mixed heritage children are 9% of Stellingham's 10 to 17 population but 24% of the YJS caseload. "
     "We will review every out-of-court decision for disproportionality and act on what we find."),
]
ABBR = ["YJS", "CSC", "Police", "Educ.", "Health", "Prob.", "VCS"]
PARTNERS = ["Youth Justice Service", "Children's Social Care", "Police", "Education", "Health", "Probation",
            "Voluntary sector"]
OLD = [("Reduce first-time entrants", "Achieved", "First-time entrants fell from 58 to 41."),
       ("Reduce reoffending", "Partly achieved", "The reoffending rate fell to 31%, short of the 28% target."),
       ("Improve education outcomes", "Not achieved", "Attendance and attainment did not improve."),
       ("Hear the voice of the child", "Achieved", "A participation worker and a young advisers' group.")]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Stellingham Youth Justice Partnership Board", accent=ACC, size=10.5,
                  heading_sizes=(14.5, 12, 11))
    set_footer(doc.sections[0], "Stellingham Youth Justice Plan 2026-27")
    # ---------------------------------------------------------------- p1
    para(doc, "Stellingham Youth Justice Partnership Board", bold=True, size=11, color=ACC, space_after=2)
    para(doc, "Youth Justice Plan 2026-27", size=24, color=ACC, space_after=14)
    doc.add_heading("1. Introduction, vision and strategy", level=1)
    para(doc, "This plan sets out how the Stellingham Youth Justice Partnership Board will work to prevent "
              "offending and reoffending by children in 2026-27. It has been written with the children and "
              "families we work with, and it follows the Youth Justice Board's guidance on youth justice plans.")
    para(doc, "Our vision is that every child in Stellingham who comes into contact with the justice system is "
              "seen as a child first, supported to build a positive identity and helped to live a safe and "
              "crime-free life.")
    para(doc, "We work to the Youth Justice Board's Child First principle. Its four tenets are:")
    bullets(doc, ["Prioritise the best interests of children and recognise their particular needs",
                  "Promote children's individual strengths and capacities to develop a pro-social identity",
                  "Encourage children's active participation, engagement and wider social inclusion",
                  "Promote a childhood removed from the justice system, using prevention and diversion"])
    doc.add_heading("2. Local context", level=1)
    para(doc, "Stellingham is a unitary authority of 214,000 people, including 19,600 children aged 10 to 17. The "
              "Youth Justice Service worked with 168 children in 2025-26, 71 of them on statutory court orders. "
              "Children in Fellbrook and the Oldhaven estates are over-represented, and 38% of the caseload were "
              "known to children's social care.")
    page_break(doc)
    # ---------------------------------------------------------------- p2 governance + RACI
    doc.add_heading("3. Governance, leadership and partnership arrangements", level=1)
    para(doc, "The Youth Justice Partnership Board is chaired by the Director of Children's Services and meets "
              "quarterly. Its members are senior leaders from the statutory partners (the council, Stellingham "
              "and Wrayford Police, the Probation Service and the integrated care board) with education, the "
              "courts and the voluntary sector. The Board reports to the Stellingham Children's Partnership and "
              "to the Safer Stellingham Partnership.")
    para(doc, "Who is responsible for each priority", bold=True, color=ACC, size=11.5, space_before=6)
    para(doc, "The matrix shows, for each of this plan's priorities, which partner is Responsible (R) for the "
              "work, which is Accountable (A) to the Board for it, which must be Consulted (C) and which kept "
              "Informed (I).", size=9.5)
    t = doc.add_table(rows=1 + len(PRIORITIES), cols=1 + len(PARTNERS))
    t.style = doc.styles["Table Grid"]
    cell_text(t.rows[0].cells[0], "Priority", bold=True, size=8.5, color="FFFFFF")
    shade(t.rows[0].cells[0], ACC)
    for c, name in zip(t.rows[0].cells[1:], ABBR):
        cell_text(c, name, bold=True, size=8, color="FFFFFF", align="center")
        shade(c, ACC)
    fills = {"R": "D6E4F2", "A": "0F4C81", "C": "F2F2F2", "I": "FFFFFF"}
    for i, (title, raci, _) in enumerate(PRIORITIES, 1):
        cell_text(t.rows[i].cells[0], title, bold=True, size=8.5)
        for c, v in zip(t.rows[i].cells[1:], raci):
            cell_text(c, v, bold=True, size=10, align="center", color="FFFFFF" if v == "A" else "222222")
            shade(c, fills[v])
    col_widths(t, [6.2] + [1.48] * len(PARTNERS))
    para(doc, "R = Responsible, A = Accountable, C = Consulted, I = Informed. Each priority has one accountable "
              "partner. YJS: Youth Justice Service; CSC: Children's Social Care; Educ.: schools, colleges and the "
              "virtual school; Prob.: Probation Service; VCS: voluntary and community sector.", size=8.5,
         italic=True, space_before=4)
    para(doc, "The Head of Youth Justice manages the service and is the Board's lead officer. The service's "
              "budget for 2026-27 is \u00a31.94 million, of which 38% is the Youth Justice Board grant.")
    page_break(doc)
    # ---------------------------------------------------------------- p3 progress + section 5 begins
    doc.add_heading("4. Progress on the 2025-26 plan", level=1)
    para(doc, "Last year's plan had four priorities. The Board's assessment of progress is below.")
    table(doc, ["2025-26 priority", "Status", "Comment"], [list(r) for r in OLD], [5.0, 3.0, 8.6],
          head_fill=ACC, size=9)
    para(doc, "")
    doc.add_heading("Voice of the child", level=2)
    para(doc, "Twelve young advisers, all of whom have worked with the service, met six times in 2025-26. They "
              "reviewed our letters to children and families, helped to interview two new staff and told the "
              "Board what they think gets in the way of staying out of trouble: being out of school, having "
              "nowhere to go in the evenings, and being stopped by the police without being told why.")
    para(doc, "In the service's end-of-order survey, 84% of children said their worker listened to them and 71% "
              "said the work had helped them to make changes. Parents asked for more support in the evenings "
              "and for a named contact when their child is arrested.")
    doc.add_heading("5. Our priorities for 2026-27", level=1)
    para(doc, "The Board agreed five priorities for 2026-27 at its meeting on 9 June 2026, after a development "
              "session with the young advisers' group and the youth justice practitioners.")
    for n, (title, _, body) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"5.{n}  {title}", level=2)
        para(doc, body)
        para(doc, "Accountable partner: " + PARTNERS[_.index("A")] + ".", size=9.5, italic=True)
    page_break(doc)
    # ---------------------------------------------------------------- p5
    doc.add_heading("6. Performance", level=1)
    table(doc, ["Key performance indicator", "2025-26", "Target 2026-27"],
          [["First-time entrants (rate per 100,000 aged 10-17)", "209", "190"],
           ["Reoffending rate (binary, 12-month cohort)", "31%", "28%"],
           ["Children sentenced to custody", "4", "Fewer than 4"],
           ["Children on orders in suitable education, training or employment", "46%", "75%"],
           ["Children with a speech and language screen", "62%", "95%"]],
          [9.6, 3.0, 4.0], head_fill=ACC, size=9)
    para(doc, "")
    doc.add_heading("7. Risks to delivery", level=1)
    bullets(doc, ["Recruitment of a speech and language therapist in a national shortage",
                  "Rising numbers of children remanded to custody for serious offences",
                  "Pressures on school places for children who have been permanently excluded"])
    doc.add_heading("8. Sign-off", level=1)
    para(doc, "Signed on behalf of the Stellingham Youth Justice Partnership Board: Joanna Prendergast-Lowe, "
              "Director of Children's Services and Chair, 9 June 2026.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
