"""Calderbridge Youth Justice Management Board report (Word): six pages of report text with typed paragraph
numbers 1.1, 1.2 ..., a consultation draft's lettered priority areas in paragraph 4.4, and the plan's five
priorities only in Appendix A (p7), as the bold first column of a table."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.shared import Pt

import common
from docx_kit import new_doc, page_break, para, set_footer, table

NAME = "board_paper_appendix_youth_justice"
ACC = "2F4F4F"
PRIORITIES = [
    ("Fewer children entering the youth justice system for the first time", "First-time entrants rose by 9% in "
     "2024-25, against a national fall", "Prevention and Diversion Manager"),
    ("Reducing reoffending by children already known to the service", "The reoffending rate is 34.8%, above the "
     "family average of 31%", "Operational Manager"),
    ("Keeping children out of custody, including on remand", "Eleven children were remanded to youth detention "
     "accommodation; seven did not receive a custodial sentence", "Head of Service"),
    ("Improving education, training and employment outcomes for children in the service", "Only 52% of "
     "school-age children in the service attend full-time education", "Virtual School Head"),
    ("Addressing the over-representation of Black and mixed-heritage children", "Black and mixed-heritage children "
     "are 9% of the child population and 23% of the caseload", "Equality and Inclusion Lead"),
]
SECTIONS = [
    ("1. Purpose of the report", [
        "This report asks the Board to approve the Calderbridge Youth Justice Plan 2026-27 before it is submitted "
        "to the Youth Justice Board for England and Wales by 30 June 2026.",
        "The plan meets the requirement in section 40 of the Crime and Disorder Act 1998 for the local authority, "
        "after consultation with its partners, to publish an annual youth justice plan.",
        "The full plan is at Appendix A. Appendix B is the equality impact assessment."]),
    ("2. Recommendations", [
        "That the Board approves the Youth Justice Plan 2026-27 and its five priorities, set out in Appendix A.",
        "That the Board agrees to receive a progress report against the priorities every quarter.",
        "That the Chair writes to the Integrated Care Board about speech, language and communication assessments."]),
    ("3. Background", [
        "The Youth Justice Board's guidance for 2026-27 keeps the Child First principle: children should be seen "
        "as children, their strengths should be built on, they should be helped to take part, and contact with "
        "the system should be kept to a minimum.",
        "Since April 2023 every service has reported ten key performance indicators to the YJB, in addition to the "
        "three national outcomes: first-time entrants, reoffending and the use of custody.",
        "The ten key performance indicators are suitable accommodation; education, training and employment; special "
        "educational needs; mental health care; substance misuse; out-of-court disposals; management board "
        "attendance; wider services; serious violence; and victims.",
        "The service was inspected by HM Inspectorate of Probation in November 2024 and rated Good overall, with "
        "Requires Improvement for resettlement."]),
    ("4. How the plan was developed", [
        "The plan was developed between January and April 2026 with staff, partners, children and parents.",
        "Thirty-one children on the service's caseload took part in the Participation Group's survey, and eight "
        "parents attended two focus groups.",
        "The Board's development session on 12 February 2026 considered the performance data and the findings of "
        "the 2024 inspection.",
        "The consultation draft proposed four priority areas: (a) prevention and diversion; (b) reoffending; (c) "
        "custody and remand; and (d) education. These were broad headings rather than priorities.",
        "Following consultation, the areas were reworded as outcomes, and a fifth priority on over-representation "
        "was added at the request of the Participation Group and the Black Families Forum."]),
    ("5. Performance in 2025-26", [
        "First-time entrants rose from 71 to 77 (rate 196 per 100,000 children aged 10 to 17).",
        "The reoffending rate for the latest cohort is 34.8%, a small increase from 33.1%.",
        "Custodial sentences fell from nine to five. Remands to youth detention accommodation rose from seven to "
        "eleven.",
        "Resettlement work has improved since the inspection, but suitable accommodation on release remains a "
        "risk for children aged 17."]),
    ("6. Resources", [
        "The service's budget for 2026-27 is \u00a32.41 million, of which the YJB grant is \u00a3612,000. The police "
        "and the Probation Service second staff to the service.",
        "Partner contributions are unchanged in cash terms, which is a real-terms reduction of about 3%.",
        "The Turnaround programme grant ends in March 2026; the Board is asked to consider how early help for "
        "children on the edge of the system can be sustained."]),
    ("7. Risks", [
        "The main risks to delivery are the loss of the Turnaround grant, the vacancy for a speech and language "
        "therapist and the rise in remands.",
        "Mitigations are in the risk register, which the Board reviews each quarter."]),
    ("8. Legal, financial and equality implications", [
        "Legal: the plan meets section 40 of the Crime and Disorder Act 1998.",
        "Financial: there are no new financial commitments beyond the budget in section 6.",
        "Equality: the equality impact assessment (Appendix B) found that Black and mixed-heritage children are "
        "over-represented at every stage of the system, and the plan responds to this.",
        "Report author: Martin Hale, Head of Youth Justice Service, Calderbridge City Council."]),
]


def build(work: Path) -> Path:
    doc = new_doc("Youth Justice Plan 2026-27: report to the Management Board", "Calderbridge City Council",
                  accent=ACC, heading_sizes=(14, 12, 11))
    set_footer(doc.sections[0], "Calderbridge Youth Justice Management Board \u2013 23 April 2026 \u2013 Item 5")
    para(doc, "Calderbridge Youth Justice Management Board", bold=True, size=12, color="595959")
    para(doc, "23 April 2026 \u2013 Agenda item 5", size=11, color="595959")
    para(doc, "Youth Justice Plan 2026-27", bold=True, size=20, color=ACC, space_before=12)
    table(doc, ["Report of", "Status", "Decision"],
          [["Head of Youth Justice Service", "Public", "Approval"]], [6, 5, 5.6], head_fill=ACC)
    n_para = 0
    breaks = {2, 4, 5, 6, 7}  # sections that start a new page (six pages of report)
    for k, (head, paras) in enumerate(SECTIONS):
        if k in breaks:
            page_break(doc)
        doc.add_heading(head, 1)
        sec = head.split(".")[0]
        for i, p in enumerate(paras, start=1):
            para(doc, f"{sec}.{i}\t{p}", indent_cm=1.0, space_after=8)
            n_para += 1
        if k == 0:
            para(doc, "", space_after=30)
    page_break(doc)
    doc.add_heading("Appendix A: Calderbridge Youth Justice Plan 2026-27 \u2013 summary", 1)
    para(doc, "Our vision: every child in Calderbridge who comes into contact with the justice system is helped to "
              "live a safe, healthy and crime-free life.")
    para(doc, "The Management Board has agreed five priorities for 2026-27. Each has a lead, an action plan and "
              "measures, which are set out in the full plan.")
    t = table(doc, ["Priority", "Why it is a priority", "Lead"], [[p, w, l] for p, w, l in PRIORITIES],
              [7.2, 6.2, 3.2], head_fill=ACC, bold_first_col=True, size=10)
    para(doc, "")
    para(doc, "Our Child First commitments", bold=True, color=ACC, size=12)
    para(doc, "See children as children \u00b7 Build on their strengths \u00b7 Help them take part \u00b7 Keep "
              "contact with the system to a minimum")
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
