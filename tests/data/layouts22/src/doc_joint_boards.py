"""Cresswater Domestic Abuse Local Partnership Board and Tindlesham and Cresswater VAWG Board: "Joint Domestic
Abuse and Violence Against Women and Girls Strategy 2026-2030" (Word, published as its LibreOffice PDF only,
5 pages).

Two boards in one document. Section 3 (p2) states the Domestic Abuse Local Partnership Board's own three
priorities and section 4 (p3) the VAWG Board's own three, both as Heading 2 "Priority N: ..." in the same style.
Section 5 (p4), "Our shared priorities", states the four priorities of THIS joint strategy (gold) as Heading 2
"Shared priority N: ...". The introduction (p1) says in so many words that the strategy's priorities are the
shared ones and that the boards' own priorities are summarised for context. One board priority and one shared
priority both begin "Hold perpetrators to account"; the shared one continues differently. Other lists: the
national VAWG strategy's three pillars (p1), a joint action plan and measures by shared priority number (p5)."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "joint_boards_shared_section_domestic_abuse"
ACC = "6B2D5C"
TITLE = "Joint Domestic Abuse and Violence Against Women and Girls Strategy 2026-2030"
DA_BOARD = "Cresswater Domestic Abuse Local Partnership Board"
VAWG_BOARD = "Tindlesham and Cresswater VAWG Board"
DA_OWN = [
    ("Commission safe accommodation that meets the needs of every victim, including those with no recourse to "
     "public funds",
     "The Domestic Abuse Act 2021 gives Cresswater County Council a duty to assess the need for, and provide "
     "support in, safe accommodation. The Board will recommission refuge and dispersed accommodation in 2027, "
     "with specialist provision for disabled victims and for men."),
    ("Improve the response to children as victims of domestic abuse in their own right",
     "Children's Services recorded domestic abuse as a factor in 54% of child protection plans. The Board "
     "will work with the Safeguarding Children Partnership on a specialist children's recovery service."),
    ("Hold perpetrators to account through the criminal justice system",
     "Charge rates for domestic abuse offences fell to 9% in 2025. The Board will review attrition with the "
     "police and the Crown Prosecution Service and report to the Local Criminal Justice Board."),
]
VAWG_OWN = [
    ("Make the night-time economy in Tindlesham safer for women",
     "The Board will extend the Ask for Angela scheme to every licensed venue in Tindlesham and fund "
     "vulnerability training for door staff and taxi drivers."),
    ("Tackle sexual harassment on buses and at stations",
     "With the bus operators and the British Transport Police the Board will run a reporting campaign and "
     "train drivers in bystander intervention."),
    ("Challenge misogyny in schools and colleges",
     "The Board will offer every secondary school a whole-school approach to healthy relationships, developed "
     "with young people."),
]
SHARED = [
    ("Prevent abuse before it starts by changing attitudes and behaviour",
     "Both boards will fund one prevention programme rather than two, covering healthy relationships, "
     "bystander training and campaigns aimed at men and boys."),
    ("Make it easy for every victim and survivor to get help, wherever they first ask",
     "A single front door: one telephone number, one website and one referral form for domestic abuse, sexual "
     "violence, stalking and harassment, run by the Cresswater Survivors' Hub from April 2027."),
    ("Hold perpetrators to account and give them every chance to change",
     "A shared perpetrator strategy combining enforcement, behaviour change programmes and the police's "
     "multi-agency tasking and coordination (MATAC) process."),
    ("Build a workforce that recognises abuse and responds well",
     "A joint training offer for all partners' staff, with a common competency framework and shared learning "
     "from domestic homicide reviews and rapid reviews."),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Cresswater County Council", accent=ACC, size=10.5, heading_sizes=(15, 12.5, 11))
    set_footer(doc.sections[0], "Cresswater and Tindlesham \u2013 Joint DA and VAWG Strategy 2026-2030")
    # ---------------------------------------------------------------- p1
    para(doc, DA_BOARD + "  |  " + VAWG_BOARD, bold=True, size=10, color=ACC, space_after=4)
    para(doc, TITLE, size=22, color=ACC, space_after=14)
    doc.add_heading("1. Foreword from the two chairs", level=1)
    para(doc, "Domestic abuse and violence against women and girls are not separate problems. The same women "
              "are harassed in the street and abused at home; the same services support them; the same men are "
              "too often responsible. Until now our two boards have written separate strategies, with separate "
              "action plans and separate reports. This is our first joint strategy.")
    para(doc, "Each board still has statutory and local responsibilities that the other does not share, and "
              "we have kept our own priorities for those. But most of what needs to change can only be done "
              "together, and that is what this strategy is about.")
    para(doc, "Dr Rosalind Achebe, Chair, " + DA_BOARD + "; Inspector Neil Farrant-Hale, Chair, " + VAWG_BOARD,
         italic=True, size=10)
    doc.add_heading("2. How this strategy works", level=1)
    para(doc, "The priorities of this joint strategy are the four shared priorities set out in section 5. Both "
              "boards have adopted them, and the joint action plan in section 6 is organised around them.")
    para(doc, "Sections 3 and 4 summarise, for context, the priorities each board keeps for its own work. They "
              "are delivered and reported through each board's own business plan, not through this strategy.")
    para(doc, "The strategy also reflects the three pillars of the Government's Tackling Violence Against Women "
              "and Girls Strategy:")
    bullets(doc, ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators"])
    page_break(doc)
    # ---------------------------------------------------------------- p2
    doc.add_heading("3. The Domestic Abuse Local Partnership Board", level=1)
    para(doc, "The Board is the partnership board required by Part 4 of the Domestic Abuse Act 2021. It is "
              "chaired by the council's Director of Public Health and advises the council on its safe "
              "accommodation duty. In 2025-26 it heard from 212 survivors through its Lived Experience Panel.")
    para(doc, "The Board's own priorities for 2026-2028 are:")
    for n, (title, body) in enumerate(DA_OWN, 1):
        doc.add_heading(f"Priority {n}: {title}", level=2)
        para(doc, body)
    para(doc, "Progress on these priorities is reported in the Board's annual report to the Domestic Abuse "
              "Commissioner's office.", italic=True, size=9.5)
    page_break(doc)
    # ---------------------------------------------------------------- p3
    doc.add_heading("4. The Tindlesham and Cresswater VAWG Board", level=1)
    para(doc, "The VAWG Board was set up in 2022 by the Tindlesham Community Safety Partnership and the Police "
              "and Crime Commissioner. It leads on violence and harassment in public places, online abuse and "
              "sexual violence, and reports to the Community Safety Partnership.")
    para(doc, "The VAWG Board's own priorities for 2026-2028 are:")
    for n, (title, body) in enumerate(VAWG_OWN, 1):
        doc.add_heading(f"Priority {n}: {title}", level=2)
        para(doc, body)
    para(doc, "In the 2025 women's safety survey, 61% of women in Tindlesham said they felt unsafe in the town "
              "centre after dark, and 38% had experienced harassment on public transport in the last year.")
    page_break(doc)
    # ---------------------------------------------------------------- p4 (gold)
    doc.add_heading("5. Our shared priorities", level=1)
    para(doc, "Both boards have agreed the following four priorities for this joint strategy. Each has a lead "
              "from each board, and each is delivered through a joint task group.")
    for n, (title, body) in enumerate(SHARED, 1):
        doc.add_heading(f"Shared priority {n}: {title}", level=2)
        para(doc, body)
    page_break(doc)
    # ---------------------------------------------------------------- p5
    doc.add_heading("6. Joint action plan and measures", level=1)
    table(doc, ["Shared priority", "First-year action", "Leads"],
          [["1 Prevention", "One commissioned prevention programme in all 31 secondary schools", "Public Health / "
            "VAWG Board"],
           ["2 Access to help", "Open the Cresswater Survivors' Hub single front door (April 2027)",
            "DA Board / OPCC"],
           ["3 Perpetrators", "Publish the joint perpetrator strategy; start MATAC in Tindlesham", "Police / "
            "Probation"],
           ["4 Workforce", "Launch the joint competency framework and training offer", "Both boards"]],
          [3.5, 9.0, 4.1], head_fill=ACC, size=9.5)
    para(doc, "")
    doc.add_heading("How we will know we are making a difference", level=2)
    bullets(doc, ["More victims and survivors referring themselves for support",
                  "Fewer repeat referrals to MARAC (currently 36%)",
                  "More perpetrators starting a behaviour change programme",
                  "Staff who say they are confident to ask about abuse (annual survey)"])
    doc.add_heading("Governance", level=2)
    para(doc, "A joint executive of the two chairs and the four task group leads meets every two months. Each "
              "board receives a progress report at every meeting, and the joint strategy is reviewed each "
              "March. The Police and Crime Commissioner's priorities for victims are reflected in shared "
              "priority 2.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
