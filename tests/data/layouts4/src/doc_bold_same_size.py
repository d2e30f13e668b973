"""bold_same_size_headings.pdf: the Holmbrook Youth Justice Plan 2025/26 (Word -> LibreOffice), written in the
Normal style only. Every heading - "7. Our priorities for 2025/26", the priorities themselves, the national
priority areas - is bold 11 pt black, exactly the size of the body text; only the cover title is bigger. No
Heading styles, no outline.

Gold is the five "Priority N: X" lines under "7. Our priorities for 2025/26" (pages 5-6). Section 6 ("Progress
on last year's plan", page 4) has three lines in exactly the same format for the 2024/25 priorities; section 3 has
the four Child First tenets as bold run-ins; section 8 lists the national priority areas as bold lines.
"""
from __future__ import annotations

from pathlib import Path


import common
import docx_kit as K

NAME = "bold_same_size_headings"
TITLE = "Holmbrook Youth Justice Plan 2025/26"

PRIORITIES = [
    ("Reducing first-time entrants through prevention and diversion",
     "First-time entrants to the youth justice system in Holmbrook rose from 38 to 51 in 2024/25, mostly for "
     "possession of cannabis and low-level assaults in school. We will extend the Turnaround programme, offer an "
     "outcome 22 diversion to every eligible child, and work with schools to avoid police involvement in incidents "
     "that can be dealt with in school."),
    ("Improving education, training and employment for children in the youth justice system",
     "Only 41% of children finishing an order were in suitable education, training or employment. We will second a "
     "virtual school officer into the service, make sure every child has an education plan within 10 days, and "
     "work with Holmbrook College on a youth justice-friendly entry route."),
    ("Reducing over-representation of Black and mixed heritage children",
     "Black and mixed heritage children are 9% of Holmbrook\u2019s 10\u201317 population but 24% of the children we "
     "work with, and they are more likely to be remanded. We will analyse every decision point, train staff in "
     "anti-racist practice, and ask children and families to review our findings with us."),
    ("Keeping children safe from exploitation and serious violence",
     "More of the children we work with are being criminally exploited, and eight were injured with a knife last "
     "year. We will contribute to the Holmbrook exploitation panel, use the National Referral Mechanism for every "
     "child who may be a victim of trafficking, and offer mentoring through the Violence Reduction Partnership."),
    ("Supporting victims through restorative justice",
     "Fewer victims are choosing to take part in restorative justice than before the pandemic. We will contact "
     "every victim within five working days, offer a range of restorative options including indirect reparation, "
     "and report victim satisfaction to the Management Board."),
]


def B(doc, text, space_before=10):
    """A 'heading': bold Normal text at body size."""
    return K.para(doc, text, bold=True, space_before=space_before, space_after=4, keep_next=True)


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Holmbrook Youth Justice Service", font="Liberation Sans", size=11, margins_cm=2.5)
    sec = doc.sections[0]
    K.set_footer(sec, "Holmbrook Youth Justice Plan 2025/26", page_word="")

    # page 1
    K.para(doc, "Holmbrook Youth Justice Service", bold=True, size=16, space_after=2)
    K.para(doc, "Youth Justice Plan 2025/26", bold=True, size=16, space_after=18)
    K.para(doc, "Service: Holmbrook Youth Justice Service", space_after=0)
    K.para(doc, "Service manager: Andrea Kowalczyk", space_after=0)
    K.para(doc, "Chair of the Management Board: Daniel Osei-Bonsu, Director of Children\u2019s Services", space_after=0)
    K.para(doc, "Date approved by the Management Board: 17 July 2025", space_after=12)
    B(doc, "1. Introduction, vision and strategy")
    K.para(doc, "This plan sets out how Holmbrook Youth Justice Service and its partners will prevent offending and "
                "reoffending by children, and keep children and the public safe, in 2025/26. It follows the Youth "
                "Justice Board\u2019s guidance on youth justice plans and was agreed by the Management Board in July "
                "2025.")
    K.para(doc, "Our vision is that every child in Holmbrook who comes into contact with the youth justice system is "
                "seen as a child first, is helped to build a positive identity, and leaves the service safer, "
                "healthier and with hope for the future.")
    K.para(doc, "The service works with children aged 10 to 17 who have been arrested, given an out-of-court "
                "disposal or sentenced by the courts, and with children at risk of entering the system. In 2024/25 "
                "we worked with 214 children, of whom 96 were on court orders.")
    B(doc, "2. Local context")
    K.para(doc, "Holmbrook is a unitary authority with a population of 212,000, of whom 19,800 are aged 10 to 17. "
                "Around 14% of children live in the most deprived 10% of neighbourhoods in England.")
    K.typed_bullets(doc, ["first-time entrants: 51 (rate 258 per 100,000, above the regional average of 201);",
                          "reoffending rate: 31.4% (national 32.1%);",
                          "custodial sentences: 4 (down from 7);",
                          "children remanded to youth detention accommodation: 6."])
    K.page_break(doc)

    # page 2
    B(doc, "3. Child First", space_before=0)
    K.para(doc, "The service works to the Youth Justice Board\u2019s Child First principle, which has four tenets:")
    for head, body in [("As children. ", "Prioritise the best interests of children and recognise their needs, "
                        "capacities, rights and potential."),
                       ("Building a pro-social identity. ", "Promote children\u2019s individual strengths and "
                        "capacities to develop their identity for positive outcomes."),
                       ("Collaborating with children. ", "Encourage children\u2019s active participation, engagement "
                        "and wider social inclusion."),
                       ("Diverting from stigma. ", "Promote a childhood removed from the justice system, using "
                        "prevention, diversion and minimal intervention.")]:
        K.para(doc, runs=[(head, True), (body, False)])
    K.para(doc, "In 2024/25 every member of staff completed Child First training, and our assessments now start with "
                "the child\u2019s strengths and what they want to achieve.")
    B(doc, "4. Voice of the child")
    K.para(doc, "We ask every child at the end of their intervention what worked and what did not. In 2024/25, 74 "
                "children gave feedback: 88% said their worker listened to them, but only 52% felt they had a say in "
                "their plan. A group of six children, paid for their time, helped us to redesign our intervention "
                "plans, which are now written with the child in their own words.")
    K.para(doc, "\u201cShe didn\u2019t just tell me what I was doing wrong. She asked me what I wanted to do.\u201d "
                "\u2013 young person, 16")
    B(doc, "5. Governance, leadership and partnership arrangements")
    K.para(doc, "The Management Board is chaired by the Director of Children\u2019s Services and meets quarterly. Its "
                "members are Holmbrook Council (children\u2019s services, education and community safety), Aldermoor "
                "Police, the Probation Service, the Integrated Care Board, the Office of the Police and Crime "
                "Commissioner and Holmbrook College. The Board reports to the Holmbrook Children\u2019s Safeguarding "
                "Partnership and the Safer Holmbrook Partnership.")
    K.page_break(doc)

    # page 3
    B(doc, "Resources and services", space_before=0)
    K.table(doc, ["Partner", "Staffing (FTE)", "Payments in kind", "Other delegated funds", "Total"],
            [["Local authority", "14.5", "\u2013", "\u00a3612,400", "\u00a3612,400"],
             ["Police", "1.0", "\u00a354,000", "\u2013", "\u00a354,000"],
             ["Probation", "0.5", "\u00a328,500", "\u00a35,000", "\u00a333,500"],
             ["Health", "1.6", "\u00a381,000", "\u2013", "\u00a381,000"],
             ["Police and Crime Commissioner", "\u2013", "\u2013", "\u00a341,000", "\u00a341,000"],
             ["Youth Justice Board grant", "\u2013", "\u2013", "\u00a3498,716", "\u00a3498,716"]],
            [4.4, 2.6, 2.8, 3.3, 2.9], head_fill="D9D9D9", head_color="000000", size=9.5)
    K.para(doc, "", space_after=4)
    K.para(doc, "The Youth Justice Board grant is used in line with its terms and conditions. It pays for the case "
                "managers, the restorative justice coordinator and the out-of-court disposal panel. The Turnaround "
                "programme is funded separately until March 2026.")
    B(doc, "Board development")
    K.para(doc, "Board members took part in a development day in March 2025, which looked at the disproportionate "
                "number of Black and mixed heritage children in the service. Each member now sponsors one area of "
                "the plan and reports on it to the Board.")
    K.page_break(doc)

    # page 4
    B(doc, "6. Progress on last year\u2019s plan", space_before=0)
    K.para(doc, "Our 2024/25 plan had three priorities. Progress against each is summarised below.")
    for i, (head, body) in enumerate([("Reduce the use of custody and remands",
                                       "Achieved. Custodial sentences fell from 7 to 4 and remands from 9 to 6, "
                                       "helped by intensive supervision and surveillance bail packages and a new "
                                       "remand foster carer."),
                                      ("Improve the health offer for children in the youth justice system",
                                       "Partly achieved. A speech and language therapist joined the team in "
                                       "September 2024 and every child is now screened, but waiting times for mental "
                                       "health assessments are still too long."),
                                      ("Embed trauma-informed practice",
                                       "Achieved. All staff are trained and the enhanced case management approach is "
                                       "used for children with the most complex needs.")], start=1):
        B(doc, f"Priority {i}: {head}", space_before=8)
        K.para(doc, body)
    B(doc, "Performance in 2024/25")
    K.typed_bullets(doc, ["first-time entrants rose from 38 to 51;",
                          "the binary reoffending rate fell from 34.0% to 31.4%;",
                          "the use of custody fell from 7 to 4 children;",
                          "children in suitable education, training or employment at the end of their order: 41%."])
    K.page_break(doc)

    # page 5
    B(doc, "7. Our priorities for 2025/26", space_before=0)
    K.para(doc, "The Management Board agreed five priorities for 2025/26, based on our performance, the views of "
                "children and victims, and the findings of our 2024 HM Inspectorate of Probation thematic "
                "inspection. Each priority has a Board sponsor and is set out in more detail in our service "
                "improvement plan.")
    for i, (head, body) in enumerate(PRIORITIES[:3], start=1):
        B(doc, f"Priority {i}: {head}", space_before=8)
        K.para(doc, body)
    K.page_break(doc)

    # page 6
    for i, (head, body) in enumerate(PRIORITIES[3:], start=4):
        B(doc, f"Priority {i}: {head}", space_before=0 if i == 4 else 8)
        K.para(doc, body)
    B(doc, "Service improvement plan")
    K.table(doc, ["Action", "Priority", "Lead", "By"],
            [["Extend Turnaround to children on police bail", "1", "YJS manager", "Dec 2025"],
             ["Virtual school officer seconded to YJS", "2", "Head of Virtual School", "Sept 2025"],
             ["Disproportionality analysis of remand decisions", "3", "Performance lead", "Oct 2025"],
             ["Staff training on the National Referral Mechanism", "4", "Practice manager", "Nov 2025"],
             ["Victim contact within five working days", "5", "RJ coordinator", "Sept 2025"]],
            [7.8, 1.7, 3.6, 2.9], head_fill="D9D9D9", head_color="000000", size=9.5)
    K.page_break(doc)

    # page 7
    B(doc, "8. National priority areas", space_before=0)
    K.para(doc, "The Youth Justice Board asks every plan to cover the following areas. Where they are not one of our "
                "local priorities, we summarise our approach here.")
    for head, body in [("Children from groups which are over-represented", "See priority 3."),
                       ("Prevention and diversion", "See priority 1."),
                       ("Education", "See priority 2."),
                       ("Restorative approaches and victims", "See priority 5."),
                       ("Serious violence, exploitation and contextual safeguarding", "See priority 4."),
                       ("Detention in police custody", "Children are seen by the appropriate adult service within "
                        "two hours; overnight detention fell to 11 cases."),
                       ("Remands and use of custody", "Covered by last year\u2019s priority; we will keep using "
                        "bail support packages."),
                       ("Constructive resettlement", "Every child leaving custody has a resettlement plan agreed "
                        "before release.")]:
        B(doc, head, space_before=6)
        K.para(doc, body)
    B(doc, "9. Sign off")
    K.table(doc, ["Partner", "Name", "Signature", "Date"],
            [["Chair of the Management Board", "Daniel Osei-Bonsu", "(signed)", "17 July 2025"],
             ["Youth Justice Service Manager", "Andrea Kowalczyk", "(signed)", "17 July 2025"]],
            [5.4, 4.2, 3.2, 3.2], head_fill="D9D9D9", head_color="000000", size=9.5)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
