"""Wrelsby Youth Justice Partnership: revised priorities for the second round of consultation (python-docx, then
LibreOffice; published as .docx and .pdf, 5 pages, explicit page breaks).

A consultation document that went back out after the first round changed the priorities: p2 is a "You said,
we did" table whose "We did" cells quote three of the revised wordings (and the first draft's wordings they
replaced) one page before the list. The proposed priorities are bold "Proposed priority N:" paragraphs on p3
(1-3) and p4 (4-5), each followed by its explanation and a tick-box line "Do you agree with this priority?
☐ Yes ☐ No ☐ Not sure". p4 also has the YJB's four Child First tenets; p5 is the response form, where question 6
lists short names of the priorities with tick boxes."""
from __future__ import annotations

import shutil
from pathlib import Path

import common
import docx_kit as K
from docx.shared import Cm, Pt

NAME = "consultation_you_said_we_did_youth_justice"
TITLE = "Wrelsby Youth Justice Partnership: our revised priorities - second consultation"
ACC = "00607A"
BOX = "\u2610"
PRI = [
    "Stopping children from being drawn into crime in the first place",
    "Helping children to move away from offending and build a positive future",
    "Keeping children in education, training and work",
    "Putting things right for victims through restorative justice",
    "Making sure children in care and care leavers are not criminalised",
]
WHY = [
    "Most children who get into trouble have been known to services for years. We will offer early help through "
    "schools, youth clubs and the Turnaround programme, before a child is arrested.",
    "Children told us the first draft's wording sounded like punishment. We will give every child a worker who "
    "helps them plan for the future, and use out-of-court resolutions wherever it is safe.",
    "Two thirds of the children we work with are out of full-time education. We will have an education worker in "
    "the youth justice team and agree a protocol with every school in Wrelsby.",
    "Victims told us they want to be heard. We will offer every victim a say in what happens, and restorative "
    "meetings when both the victim and the child want one.",
    "Children in care are four times more likely to be in the youth justice system. We will sign up to the "
    "national protocol on reducing the criminalisation of looked-after children and care leavers.",
]


def tickline(doc, q: str, options=("Yes", "No", "Not sure")):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(12)
    p.paragraph_format.left_indent = Cm(0.6)
    r = p.add_run(q + "   ")
    r.italic = True
    r.font.size = Pt(10)
    for o in options:
        r = p.add_run(f"{BOX} {o}     ")
        r.font.size = Pt(10.5)
    return p


def priority(doc, i: int):
    K.para(doc, "", runs=[(f"Proposed priority {i + 1}: ", True), (PRI[i], True)], size=13, color=ACC,
           space_before=8, space_after=4, keep_next=True)
    K.para(doc, WHY[i], space_after=6)
    tickline(doc, "Do you agree with this priority?")


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Wrelsby Youth Justice Service", accent=ACC)
    K.set_footer(doc.sections[0], "Wrelsby Youth Justice Partnership - second consultation, October 2026")

    # p1
    K.para(doc, "Wrelsby Youth Justice Partnership", bold=True, size=13, color="595959", space_after=4)
    K.para(doc, "Our revised priorities for children", style="Title", space_after=4)
    K.para(doc, "Second round of consultation: 5 October to 16 November 2026", style="Subtitle", space_after=14)
    doc.add_heading("Why we are asking again", level=1)
    K.para(doc, "In May and June 2026 we asked children, families, victims and professionals what the Youth "
                "Justice Partnership should focus on. 412 people replied, including 96 children and young people. "
                "What you told us changed our plans a lot, so we are asking you again before the Partnership Board "
                "agrees the Youth Justice Plan in January 2027.")
    K.para(doc, "This document explains what we changed and sets out the five priorities we now propose. Please "
                "tell us whether you agree with each one.")
    doc.add_heading("How to respond", level=1)
    K.bullets(doc, ["online at wrelsby.gov.example/yjconsultation",
                    "by filling in the form at the back of this document and handing it to your worker",
                    "by email to youthjustice@wrelsby.gov.example"])
    doc.add_heading("What happens next", level=1)
    K.table(doc, ["When", "What"],
            [["16 November 2026", "Consultation closes"],
             ["December 2026", "We publish a summary of what you told us"],
             ["January 2027", "The Partnership Board agrees the Youth Justice Plan 2027-2030"]],
            [4.5, 12.1], head_fill=ACC)
    K.page_break(doc)

    # p2: you said, we did
    doc.add_heading("You said, we did", level=1)
    K.para(doc, "Our first draft had six priorities. This is what you told us about them and what we changed.")
    K.table(doc, ["You said", "We did"], [
        ["The first draft priority \u201cReducing offending by children\u201d sounded like it was about "
         "punishing children, not helping them.",
         "We changed it to \u201cHelping children to move away from offending and build a positive future\u201d."],
        ["Children in care are far more likely to end up in the youth justice system, and the draft did not "
         "mention them.",
         "We added a new priority: \u201cMaking sure children in care and care leavers are not "
         "criminalised\u201d."],
        ["Six priorities were too many, and \u201cVictims\u201d and \u201cRestorative justice\u201d overlapped.",
         "We merged them into one: \u201cPutting things right for victims through restorative justice\u201d."],
        ["\u201cSerious youth violence\u201d is important but is already the Serious Violence Partnership's job.",
         "We took it out as a separate priority. The Serious Violence Strategy covers it and we will work "
         "with that partnership."],
        ["Keep the priorities on early help and on education.",
         "We kept both, with the same wording as before."],
    ], [8.0, 8.6], head_fill=ACC, zebra="E6F2F5")
    K.para(doc, "", space_after=4)
    K.para(doc, "The first draft's six priorities were: early help; reducing offending by children; education, "
                "training and work; serious youth violence; victims; and restorative justice.", italic=True,
           size=10)
    K.page_break(doc)

    # p3: proposed priorities 1-3
    doc.add_heading("Our proposed priorities", level=1)
    K.para(doc, "We now propose five priorities for the Youth Justice Plan 2027-2030. Please tick one box under "
                "each.", space_after=8)
    for i in range(3):
        priority(doc, i)
    K.page_break(doc)

    # p4: 4-5, Child First
    for i in (3, 4):
        priority(doc, i)
    doc.add_heading("How we will work: Child First", level=1)
    K.para(doc, "Whatever the priorities, we will follow the Youth Justice Board's Child First principle, which "
                "has four tenets:")
    K.bullets(doc, [("As children: ", "seeing children as children, with their own needs and abilities"),
                    ("Building pro-social identity: ", "helping children see themselves positively"),
                    ("Collaborating with children: ", "working with children, not doing things to them"),
                    ("Diverting from stigma: ", "keeping children out of the justice system where we can")])
    K.page_break(doc)

    # p5: response form
    doc.add_heading("Response form", level=1)
    K.para(doc, "You can fill this in by hand. You do not have to give your name.", italic=True)
    K.para(doc, "Q1-Q5. Please tick Yes, No or Not sure under each proposed priority on pages 3 and 4.")
    K.para(doc, "Q6. Which priority matters most to you? (tick one)", bold=True, space_after=2)
    for s in ["Early help", "Moving away from offending", "Education, training and work",
              "Victims and restorative justice", "Children in care"]:
        K.para(doc, f"{BOX}  {s}", space_after=1, indent_cm=0.6)
    K.para(doc, "", space_after=2)
    K.para(doc, "Q7. Is there anything we have missed?", bold=True, space_after=2)
    for _ in range(3):
        K.para(doc, "_" * 78, color="999999", space_after=4)
    K.para(doc, "Q8. I am a:", bold=True, space_after=2)
    tickline(doc, "", ("child or young person", "parent or carer", "victim", "professional", "other"))
    K.para(doc, "Thank you. Please hand this form to your worker or post it to: Youth Justice Service, Wrelsby "
                "House, Station Road, Wrelsby WR2 6JN.", size=10)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    got = common.pdf_pages(pdf)
    if got != 5:
        raise SystemExit(f"{NAME}: expected 5 pages, got {got}")
    return [docx, pdf]
