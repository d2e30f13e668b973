"""title_styles_foreword_summary: a Writer plan formatted by hand. Page titles use Word's "Title" style, the
priority labels the "Subtitle" style, and the priority names are Normal paragraphs with manual 18 pt bold
formatting; no Heading style anywhere. The foreword lists the same four priorities first (typed numbers).
Published as .docx and .pdf; every page ends with an explicit page break."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

import docx_kit as K

NAME = "title_styles_foreword_summary"
TITLE = "Ullerby Community Safety Partnership Plan 2025–2028"
ACC = "9C4A00"

PRIORITIES = [
    ("Keeping children and young people safe from exploitation",
     "Children in Ullerby are being groomed into carrying drugs and weapons, sometimes by people they meet "
     "online. Those most at risk are often already known to services, missing from school or home.",
     ["We will set up a single exploitation hub for children and young adults up to 25.",
      "We will train school staff, taxi drivers and hotel staff to recognise the signs.",
      "We will disrupt the adults who exploit children, using every power available."]),
    ("Reducing violence, including domestic abuse and violence against women and girls",
     "Violence against the person is the largest category of crime in Ullerby, and almost half of it is "
     "domestic abuse. Women and girls tell us they do not feel safe in parts of the town after dark.",
     ["We will fund an Independent Domestic Violence Adviser at Ullerby General Hospital.",
      "We will carry out women's safety audits and act on what they show.",
      "We will use the Serious Violence Duty to target the places where violence happens most."]),
    ("Tackling anti-social behaviour and hate crime",
     "Anti-social behaviour and hate crime damage people's quality of life and their trust in each other. "
     "Many incidents are never reported.",
     ["We will give every victim of ASB and hate crime a named contact.",
      "We will open new third-party hate crime reporting centres in community venues.",
      "We will hold monthly problem-solving meetings in each neighbourhood."]),
    ("Reducing reoffending and the harm caused by drugs",
     "A small number of people commit a large share of neighbourhood crime, and most of them have a drug "
     "or alcohol problem. Treatment works, but too few people get it.",
     ["We will increase the number of people going from custody into treatment.",
      "We will work with housing providers so that people leaving prison have somewhere to live.",
      "We will close down addresses used for drug dealing."]),
]


def _manual_heading(doc, text, size=18, color=ACC, space_before=6):
    """A 'heading' made by formatting a Normal paragraph by hand."""
    return K.para(doc, text, bold=True, size=size, color=color, space_before=space_before, space_after=4,
                  keep_next=True)


def build(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Ullerby Borough Council", accent=ACC, font="Liberation Sans", size=11)
    sec = doc.sections[0]
    K.different_first_page(sec)
    K.set_footer(sec, "Ullerby Community Safety Partnership Plan 2025–2028", page_word="")

    # page 1: cover
    K.para(doc, "", space_after=90)
    doc.add_paragraph("Ullerby Community Safety Partnership Plan", style="Title")
    doc.add_paragraph("2025 – 2028", style="Subtitle")
    K.para(doc, "Working together for a safer Ullerby", italic=True, size=14, space_before=30)
    K.para(doc, "", space_after=150)
    K.para(doc, "Ullerby Borough Council | Mercia Vale Police | Mercia Vale Fire and Rescue | Probation Service | "
                "NHS Mercia Vale Integrated Care Board", size=9, color="595959")
    K.page_break(doc)

    # page 2: foreword with the summary list
    doc.add_paragraph("Foreword", style="Title")
    for t in ["I am pleased to introduce the Ullerby Community Safety Partnership Plan for 2025 to 2028.",
              "Over the last three years crime in Ullerby has fallen, but some harms have grown. More children "
              "are being exploited by drug dealers, more women are reporting domestic abuse and sexual violence, "
              "and residents tell us that anti-social behaviour in their street still matters to them more than "
              "any statistic.",
              "After looking at the evidence and listening to more than 800 residents, the partnership has agreed "
              "four priorities for the next three years:"]:
        K.para(doc, t)
    for i, (name, *_rest) in enumerate(PRIORITIES, start=1):
        K.para(doc, f"{i}.  {name}", indent_cm=0.8, space_after=3)
    for t in ["This plan explains why each one matters and what we will do about it. We will report on our "
              "progress every year, and we will tell you honestly when things have not worked.",
              "Thank you to everyone who took part in the consultation, and to the staff and volunteers across "
              "the partnership whose work this plan describes."]:
        K.para(doc, t, space_before=6)
    K.para(doc, "Councillor Dev Mistry", bold=True, space_before=12, space_after=0)
    K.para(doc, "Chair, Ullerby Community Safety Partnership")
    K.page_break(doc)

    # page 3: about the plan
    doc.add_paragraph("About this plan", style="Title")
    K.para(doc, "Community safety partnerships were set up by the Crime and Disorder Act 1998. The partners in "
                "Ullerby are the council, Mercia Vale Police, Mercia Vale Fire and Rescue Service, the Probation "
                "Service and the NHS Mercia Vale Integrated Care Board.")
    _manual_heading(doc, "Our vision", size=14)
    K.para(doc, "A safe and welcoming Ullerby where everyone can live their lives free from crime and the fear "
                "of crime.", italic=True)
    _manual_heading(doc, "Our principles", size=14)
    K.typed_bullets(doc, ["Prevention first: it is better to stop harm happening than to respond afterwards.",
                          "Victims at the centre: we will listen to victims and act on what they tell us.",
                          "Think family: we will look at the whole family, not just one person.",
                          "Evidence: we will use data to target our work and check it is working."])
    _manual_heading(doc, "What residents told us", size=14)
    K.typed_bullets(doc, ["drug dealing and drug use were the top concern in every ward",
                          "64% of women avoid some parts of the town centre at night",
                          "only one in five people who experienced ASB reported it",
                          "people want more visible police and council officers"])
    _manual_heading(doc, "Our last plan (2022–2025)", size=14)
    K.para(doc, "Our last plan focused on three themes: safer neighbourhoods, protecting vulnerable people and "
                "reducing reoffending. The annual report for 2024/25 sets out what was achieved.")
    K.page_break(doc)

    # pages 4-5: the priorities, two a page
    doc.add_paragraph("Our priorities", style="Title")
    for i, (name, why, wewill) in enumerate(PRIORITIES, start=1):
        if i == 3:
            K.page_break(doc)
        doc.add_paragraph(f"Priority {i}", style="Subtitle")
        _manual_heading(doc, name, size=18)
        K.para(doc, why)
        _manual_heading(doc, "What we will do", size=12, color="404040", space_before=2)
        K.typed_bullets(doc, [w for w in wewill])
        K.para(doc, "", space_after=8)
    K.page_break(doc)

    # page 6: making it happen
    doc.add_paragraph("Making it happen", style="Title")
    K.para(doc, "Each priority has a lead group that will agree an annual action plan and report to the "
                "partnership board every quarter.")
    K.table(doc, ["Priority", "Lead group", "Example measure"], [
        ["1", "Exploitation and Missing Group", "Children referred to the exploitation hub"],
        ["2", "Violence Reduction Board", "Repeat domestic abuse victims"],
        ["3", "Safer Neighbourhoods Group", "ASB victims satisfied with the response"],
        ["4", "Reducing Reoffending and Drugs Group", "People entering treatment from custody"]],
        [2, 6.5, 8], zebra="F7EBDF")
    K.para(doc, "")
    _manual_heading(doc, "Links to the Police and Crime Plan", size=14)
    K.para(doc, "The Police and Crime Commissioner for Mercia Vale has set out these priorities in the Police and "
                "Crime Plan 2024–2029:")
    K.typed_bullets(doc, ["Fighting crime and keeping communities safe", "Putting victims first",
                          "Tackling violence against women and girls", "Safer roads"])
    _manual_heading(doc, "Contact us", size=14)
    K.para(doc, "community.safety@ullerby.example.gov.uk · 01632 960 771")

    path = work / f"{NAME}.docx"
    doc.save(path)
    return path
