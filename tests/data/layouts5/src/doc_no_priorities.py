"""word_no_priorities_numbered: a CSP terms of reference with many numbered headings and no priorities (gold: none).

Heading 1 to Heading 3 are linked to a three-level Word numbering definition ("%1." / "%1.%2" / "%1.%2.%3"), so
the 40-odd section numbers are generated, not typed. Numbered lists use "(a)" letters from a second definition.
Headings and text talk about priorities ("4.2 Agreeing the partnership's priorities", "the Police and Crime
Commissioner's priorities") without stating any.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.shared import Pt

import common
from docx_extra import add_numbering, link_style_to_numbering, number_paragraph
from docx_kit import new_doc, page_break, para, set_footer, set_header, table

NAME = "word_no_priorities_numbered"
TITLE = "Ravensby Community Safety Partnership: Terms of Reference and Partnership Agreement"
AUTHOR = "Ravensby Community Safety Partnership"
ACCENT = "333F50"

# (level, heading, [paragraphs]); a paragraph that is a list is a list of "(a)" items
SECTIONS = [
    (1, "Introduction", []),
    (2, "Purpose of this document", [
        "This document sets out the terms of reference of the Ravensby Community Safety Partnership Board and the "
        "agreement between its members about how the partnership will work. It does not set out what the "
        "partnership will do: that is the job of the community safety strategy and the annual action plan."]),
    (2, "Status", [
        "The terms of reference were adopted by the Board on 18 September 2025 and replace those of July 2021."]),
    (1, "Legal framework", []),
    (2, "Crime and Disorder Act 1998", [
        "Section 5 of the Act makes the council, the police, the fire and rescue authority, the integrated care "
        "board and the probation service responsible authorities for the borough."]),
    (2, "Serious Violence Duty", [
        "The Police, Crime, Sentencing and Courts Act 2022 requires the responsible authorities to work together "
        "to prevent and reduce serious violence. The partnership is the lead forum for the Duty in Ravensby."]),
    (2, "Domestic Abuse Act 2021", [
        "The council's duties on safe accommodation are overseen by the Domestic Abuse Local Partnership Board, "
        "which reports to the partnership once a year."]),
    (2, "Police Reform and Social Responsibility Act 2011", [
        "The partnership must have regard to the Police and Crime Commissioner's priorities in the Police and "
        "Crime Plan, and the Commissioner may call the partnership to a meeting."]),
    (1, "Membership", []),
    (2, "Responsible authorities", [[
        "Ravensby Borough Council", "Hollinshire Police", "Hollinshire Fire and Rescue Service",
        "NHS Hollinshire Integrated Care Board", "Probation Service (Ravensby and Eastbrook delivery unit)"]]),
    (2, "Co-operating and invited bodies", [[
        "Hollinshire County Council (education, children's services, public health)",
        "Office of the Police and Crime Commissioner", "Ravensby Homes", "Ravensby Council for Voluntary Service"]]),
    (2, "Substitutes", ["Each member may nominate a named substitute of appropriate seniority."]),
    (1, "Role of the Board", []),
    (2, "Strategic assessment", [
        "The Board will commission a strategic assessment each year, to be completed by the end of June."]),
    (2, "Agreeing the partnership's priorities", [
        "The Board will agree the partnership's priorities for the strategy period using the strategic assessment, "
        "consultation with residents and the priorities of the Police and Crime Plan. The priorities themselves are "
        "published in the community safety strategy, not in this document.",
        "The Board will review the priorities each year and may change them if the assessment shows that it should."]),
    (2, "Partnership plan and action plan", [
        "The Board will approve the three-year strategy and an annual action plan, and will receive a performance "
        "report at every meeting."]),
    (3, "Performance reporting", [
        "Each delivery group will report its performance using the standard highlight report template."]),
    (3, "Exception reporting", [
        "A delivery group will report by exception where an action is rated red for two quarters."]),
    (1, "Meetings", []),
    (2, "Frequency", ["The Board will meet four times a year. Extraordinary meetings may be called by the Chair."]),
    (2, "Quorum", ["A meeting is quorate when at least three of the five responsible authorities are present."]),
    (2, "Chair and vice-chair", [
        "The Chair will be the council's Director of Communities and the vice-chair a police superintendent, each "
        "for two years."]),
    (2, "Decisions", [
        "Decisions will be made by consensus. Where consensus cannot be reached, the Chair may refer the matter to "
        "the chief executives of the responsible authorities."]),
    (2, "Papers and minutes", [[
        "the agenda and papers will be sent out five working days before the meeting",
        "draft minutes will be circulated within ten working days",
        "public minutes will be published on the council's website"]]),
    (1, "Sub-groups", []),
    (2, "Delivery groups", [
        "The Board will set up a delivery group for each of the priorities in the strategy, and may set up "
        "task-and-finish groups."]),
    (2, "Statutory reviews", [
        "Domestic abuse related death reviews and offensive weapon homicide reviews will be managed by a standing "
        "reviews panel, which reports to the Board."]),
    (1, "Information sharing", []),
    (2, "Section 115", [
        "Section 115 of the Crime and Disorder Act 1998 gives partners the power to share information for the "
        "purposes of the Act."]),
    (2, "Information sharing agreement", [
        "Members will sign the Hollinshire Community Safety Information Sharing Agreement and comply with UK GDPR "
        "and the Data Protection Act 2018."]),
    (1, "Funding", []),
    (2, "Pooled budget", [
        "Members will contribute to a pooled budget each year. The council will hold the budget and report on it "
        "at every meeting."]),
    (2, "External funding", [
        "Bids for external funding will be agreed by the Chair and reported to the next meeting."]),
    (1, "Scrutiny and accountability", []),
    (2, "Overview and scrutiny", [
        "The council's Overview and Scrutiny Committee is the crime and disorder committee for Ravensby and will "
        "scrutinise the partnership at least once a year."]),
    (2, "Police and Crime Commissioner", [
        "The partnership will send the Commissioner its strategy and an annual report."]),
    (1, "Review of these terms of reference", []),
    (2, "Annual review", ["These terms of reference will be reviewed every year at the September meeting."]),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, AUTHOR, font="Liberation Sans", size=10.5, accent=ACCENT, heading_sizes=(14, 11.5, 10.5))
    add_numbering(doc, 60, 60, [
        {"fmt": "decimal", "text": "%1.", "pstyle": "Heading 1", "left_cm": 1.0, "hanging_cm": 1.0, "suff": "tab"},
        {"fmt": "decimal", "text": "%1.%2", "pstyle": "Heading 2", "left_cm": 1.0, "hanging_cm": 1.0, "suff": "tab"},
        {"fmt": "decimal", "text": "%1.%2.%3", "pstyle": "Heading 3", "left_cm": 1.4, "hanging_cm": 1.4,
         "suff": "tab"},
    ])
    for lvl in (1, 2, 3):
        link_style_to_numbering(doc.styles[f"Heading {lvl}"], 60, lvl - 1)
    add_numbering(doc, 61, 61, [{"fmt": "lowerLetter", "text": "(%1)", "left_cm": 1.8, "hanging_cm": 0.8,
                                 "suff": "tab"}], multilevel=False)
    sec = doc.sections[0]
    set_header(sec, "Ravensby Community Safety Partnership \u2013 Terms of Reference", size=8.5)
    set_footer(sec, "Version 4.0, September 2025")

    para(doc, "Ravensby Community Safety Partnership", bold=True, size=12, color=ACCENT)
    doc.add_paragraph("Terms of Reference and Partnership Agreement", style="Title")
    table(doc, ["Document control", ""],
          [["Version", "4.0"], ["Approved by", "Ravensby Community Safety Partnership Board"],
           ["Date approved", "18 September 2025"], ["Review date", "September 2026"],
           ["Owner", "Community Safety Manager, Ravensby Borough Council"]], [5, 11.6], head_fill=ACCENT, size=9.5)
    para(doc, "")

    num_instance = 61
    breaks_before = {"Membership", "Meetings", "Funding"}
    for level, heading, body in SECTIONS:
        if level == 1 and heading in breaks_before:
            page_break(doc)
        doc.add_heading(heading, level)
        for item in body:
            if isinstance(item, list):
                # each list restarts at (a): a new w:num over the same abstract definition, as Word does
                num_instance += 1
                numbering = doc.part.numbering_part.element
                from docx_extra import _el
                num = _el("w:num", w_numId=num_instance)
                num.append(_el("w:abstractNumId", w_val=61))
                ov = _el("w:lvlOverride", w_ilvl=0)
                ov.append(_el("w:startOverride", w_val=1))
                num.append(ov)
                numbering.append(num)
                for it in item:
                    p = doc.add_paragraph(it, style="List Paragraph")
                    number_paragraph(p, num_instance, 0)
                    p.paragraph_format.space_after = Pt(2)
            else:
                para(doc, item)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx, common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
