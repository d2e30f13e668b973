"""East Sussex Youth Justice Partnership Plan 2025-26 (fictional re-creation).

House style: python-docx -> LibreOffice, Liberation Sans, teal-blue with orange headings, footer "n" centred
with the service name.  The plan has three **board objectives** (Heading 2 "Board objective 1: ...") with five
**priorities** under them (Heading 3 "Priority 1.1  ..."), each followed by a short paragraph, all on p6.  The
document calls the Heading 3 items its priorities, so the gold is that level, without the "Priority 1.1" label.
"""
from __future__ import annotations

from pathlib import Path

from docx_kit import Cm, Pt, header_footer, heading, new_doc, para
from sussex_districts import kit_docx as K
from sussex_districts.work import ILLUS

OUT = "strategies/east_sussex_youth_justice_partnership_plan_2025-26.pdf"

OBJECTIVES = [
    ("Fewer children entering the justice system", [
        ("Diverting children away from the formal justice system",
         "Expand the Turnaround programme and out-of-court disposals, with a joint decision-making panel."),
        ("Reducing reoffending by children",
         "Use the reoffending tracker to target the children most likely to reoffend, with intensive support."),
    ]),
    ("Children safe from harm", [
        ("Protecting children from criminal exploitation",
         "Screen every child for exploitation and use the National Referral Mechanism where it applies."),
    ]),
    ("Fair outcomes for every child", [
        ("Reducing the over-representation of some groups of children",
         "Understand and act on the over-representation of children in care and Black and mixed-heritage children."),
        ("Improving education, training and employment for children in the justice system",
         "Every child in suitable full-time education, training or work, with a named education lead."),
    ]),
]


def priorities_page(d):
    first = heading(d, "Our priorities for 2025\u201326", 1)
    para(d, "The Youth Justice Partnership Board has set three board objectives for the year. Under them sit our "
            "five priorities, each owned by a board member.")
    for n, (obj, pris) in enumerate(OBJECTIVES, 1):
        heading(d, f"Board objective {n}: {obj}", 2)
        for k, (t, body) in enumerate(pris, 1):
            h3 = heading(d, f"Priority {n}.{k}  {t}", 3)
            h3.paragraph_format.space_before = Pt(6)
            h3.paragraph_format.space_after = Pt(2)
            para(d, body, space_after=4)
    return first


def build(root: Path) -> Path:
    d = new_doc(font="Liberation Sans", size=10, colours=("0E5A73", "C55A11", "0E5A73"),
                title="East Sussex Youth Justice Partnership Plan 2025\u201326",
                author="East Sussex Youth Justice Service")
    header_footer(d, "East Sussex Youth Justice Service", "Youth Justice Plan 2025\u201326",
                  footer_fmt="{PAGE}", colour="0E5A73")
    toc = [("Introduction from the Chair", 3, 0), ("Our service and our children", 4, 0),
           ("Child First and the national framework", 5, 0), ("Our priorities for 2025\u201326", 6, 0),
           ("Performance and resources", 7, 0), ("Governance, risks and sign-off", 8, 0)]
    pages = [
        [("h1", "Introduction from the Chair"),
         ("p", "This is the East Sussex Youth Justice Partnership Plan for 2025\u201326, prepared under section 40 of "
               "the Crime and Disorder Act 1998 and the Youth Justice Board's guidance."),
         ("p", "The number of children entering the justice system in East Sussex has fallen by a third in five "
               "years. Reoffending has also fallen, but the children who remain in the system have more complex "
               "needs, and too many of them are children in care or have been excluded from school."),
         ("p", "The plan sets three board objectives and five priorities for the year ahead. It was written with "
               "children, parents and carers, and with staff from every part of the partnership."),
         ("note", "Chair, East Sussex Youth Justice Partnership Board (Director of Children's Services)")],
        [("h1", "Our service and our children"),
         ("table", [["Indicator (2024/25)", "East Sussex", "South East"],
                    ["First-time entrants per 100,000 children aged 10\u201317", "142", "151"],
                    ["Reoffending rate", "31%", "33%"],
                    ["Children in custody", "3", "\u2014"],
                    ["Children supervised who are in care", "27%", "22%"],
                    ["Children supervised in suitable education, training or work", "64%", "70%"]],
          [9.6, 3.6, 3.6], "0E5A73"),
         ("note", ILLUS),
         ("h2", "What children told us"),
         ("bul", ["They want the same worker, not a new one every few months.",
                  "School exclusion was often the point at which things went wrong.",
                  "Some felt pressured or groomed into carrying drugs."])],
        [("h1", "Child First and the national framework"),
         ("p", "The Youth Justice Board's Child First principle has four tenets, which guide all our work:"),
         ("bul", ["As children: seeing children as children.",
                  "Building pro-social identity: developing strengths and capacities.",
                  "Collaborating with children: meaningful participation.",
                  "Diverting from stigma: promoting a childhood removed from the justice system."]),
         ("h2", "Partners' priorities"),
         ("p", "The Sussex Police and Crime Plan 2025\u20132029 includes the priority Reducing reoffending, under which "
               "the Commissioner commits to divert children from crime and reduce reoffending by children with the "
               "youth justice services. The Sussex Violence Reduction Partnership leads the response to the Serious "
               "Violence Duty."),
         ("h2", "Our 2024\u201325 priorities and progress"),
         ("table", [["2024\u201325 priority", "Progress"],
                    ["Prevention and diversion", "Turnaround programme embedded"],
                    ["Education", "Education lead appointed"],
                    ["Serious violence", "Joint work with the VRP"]], [8.4, 8.4], "C55A11")],
        [("custom", priorities_page)],
        [("h1", "Performance and resources"),
         ("table", [["Key performance indicator", "2024/25", "Aim 2025/26"],
                    ["First-time entrants", "142", "135"], ["Reoffending rate", "31%", "28%"],
                    ["Suitable education, training or employment", "64%", "72%"],
                    ["Children with a substance misuse need in treatment", "58%", "65%"]],
          [9.0, 3.8, 3.8], "0E5A73"),
         ("note", ILLUS),
         ("h2", "Budget"),
         ("p", "The service's budget of \u00a33.1 million (illustrative) comes from the Youth Justice Board grant, "
               "East Sussex County Council, Sussex Police, the Probation Service, NHS Sussex and the Police and "
               "Crime Commissioner.")],
        [("h1", "Governance, risks and sign-off"),
         ("p", "The Youth Justice Partnership Board meets quarterly and reports to the East Sussex Safer Communities "
               "Partnership and the Children's Safeguarding Partnership."),
         ("table", [["Risk", "Mitigation"],
                    ["Rising complexity of need", "Joint clinical and speech and language support"],
                    ["Staff turnover", "Recruitment and retention plan"],
                    ["Exploitation across county borders", "Pan-Sussex exploitation protocol"]], [7.0, 9.8], "0E5A73"),
         ("p", "Signed on behalf of the Board: Chair of the Youth Justice Partnership Board. Contact: "
               "yjs@eastsussex.example")],
    ]
    out = root / OUT
    return K.build(out, "es_yj", d, [("East Sussex Youth Justice Service", 13, False, "FFFFFF"),
                                     ("Youth Justice Partnership Plan", 27, True, "FFFFFF"),
                                     ("2025\u201326", 20, False, "FFD7B5")], "0E5A73", toc, pages)
