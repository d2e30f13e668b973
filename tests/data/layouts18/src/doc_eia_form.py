"""Bramscote Borough Council: Equality Impact Assessment of the Bramscote Tackling Hate Crime Strategy
2027-2030 (Word form, published as its LibreOffice PDF only, 3 pages).

On its way to Cabinet a strategy passes through the council's EIA form, which is published with the report.
The form is a set of bordered tables with shaded question cells. The strategy's four priorities are stated
only in the answer cell of Section 2, "Describe the aims and purpose of the proposal", as a typed numbered
list 1.-4. inside that cell (p1). Look-alikes: the 2024-2026 action plan's three objectives in a sentence
(Section 3, p1); a nine-row protected characteristics grid (p2); "Section 5: Actions" numbered 1.-5. in
another answer cell (p2); and the form's four fixed outcomes "Outcome 1: No major change needed" ...
"Outcome 4: Stop and remove the policy", with a tick against one (p3)."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

import common
from docx_kit import cell_text, col_widths, new_doc, page_break, para, set_footer, shade

NAME = "equality_impact_form_hate_crime"
ACC = "2F5233"
Q = "E4EDE4"
TITLE = "Equality Impact Assessment: Bramscote Tackling Hate Crime Strategy 2027-2030"
PRIORITIES = ["More people confident to report hate crime, with third-party reporting centres in every town",
              "Better support for victims of hate crime, including repeat victims",
              "Challenging hate and prejudice in schools and online",
              "Stronger community cohesion in the neighbourhoods where tensions are highest"]


def qa_table(doc, rows, widths=(5.2, 11.4)):
    """A form table: shaded question cells on the left, answers on the right. An answer is a string or a list of
    paragraphs (strings)."""
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (q, a) in zip(t.rows, rows):
        cell_text(r.cells[0], q, bold=True, size=9.5)
        shade(r.cells[0], Q)
        cell_text(r.cells[1], a, size=9.5)
    col_widths(t, list(widths))
    para(doc, "", space_after=2)
    return t


def section(doc, text):
    para(doc, text, bold=True, size=11.5, color="FFFFFF", space_after=0, space_before=6)
    p = doc.paragraphs[-1]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), ACC)
    p._p.get_or_add_pPr().append(shd)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Bramscote Borough Council", accent=ACC, size=10, margins_cm=2.0)
    set_footer(doc.sections[0], "Bramscote Borough Council \u2013 EIA form v4.2 (2025)", width_cm=17.0)
    para(doc, "BRAMSCOTE BOROUGH COUNCIL", bold=True, size=11, color=ACC, space_after=0)
    para(doc, "Equality Impact Assessment (EIA)", size=20, color=ACC, space_after=2)
    para(doc, "Complete this form for every new or revised policy, strategy or service change that goes to Cabinet. "
              "Guidance notes are on the intranet.", size=9, color="595959", italic=True, space_after=6)
    section(doc, "Section 1: About the proposal")
    qa_table(doc, [
        ("Name of policy, strategy or service", "Bramscote Tackling Hate Crime Strategy 2027-2030"),
        ("Service area", "Communities and Neighbourhoods"),
        ("Lead officer", "Nadia Farouk-Hughes, Community Cohesion Officer"),
        ("New or revised?", "Revised: replaces the Hate Crime Action Plan 2024-2026"),
        ("Date of assessment", "18 January 2027"),
    ])
    section(doc, "Section 2: Describe the aims and purpose of the proposal")
    qa_table(doc, [
        ("What is the proposal trying to achieve?",
         ["The strategy sets out how the Safer Bramscote Partnership will prevent hate crime, support the people "
          "it harms and bring offenders to justice. It was developed with the Hate Crime Reference Group and "
          "consulted on between October and December 2026.",
          "The strategy has four priorities:"] + [f"{i}.  {p}" for i, p in enumerate(PRIORITIES, 1)]),
        ("Who is it intended to benefit?", "Everyone who lives in, works in or visits Bramscote, and in particular "
         "people targeted because of their race, religion, disability, sexual orientation or transgender "
         "identity."),
    ])
    section(doc, "Section 3: Evidence and engagement")
    qa_table(doc, [
        ("What evidence have you used?",
         ["Police recorded 486 hate crimes in Bramscote in 2025-26, 71% of them racially motivated; disability "
          "hate crime reports rose by 38% in two years. The consultation had 233 responses, and officers met "
          "seven community groups.",
          "The final report of the Hate Crime Action Plan 2024-2026 found good progress on its three objectives "
          "(raising awareness, training staff and recording incidents consistently), but reporting by disabled "
          "people and by LGBT+ residents remains low."]),
        ("Who have you engaged with?", "Hate Crime Reference Group; Bramscote Disability Forum; Bramscote Pride; "
         "the Interfaith Council; schools' heads' forum; Victim Support."),
    ])
    page_break(doc)
    section(doc, "Section 4: Impact on people with protected characteristics")
    rows = [("Age", "Positive", "Older people are more often targeted by disability and race hate crime online."),
            ("Disability", "Positive", "Easy read reporting and a disability-specific third-party centre."),
            ("Gender reassignment", "Positive", "Work with Bramscote Pride on reporting."),
            ("Marriage and civil partnership", "Neutral", "No specific impact identified."),
            ("Pregnancy and maternity", "Neutral", "No specific impact identified."),
            ("Race", "Positive", "The largest group of victims; targeted work in two neighbourhoods."),
            ("Religion or belief", "Positive", "Interfaith Council involved in schools work."),
            ("Sex", "Neutral", "Misogyny is covered by the council's VAWG strategy."),
            ("Sexual orientation", "Positive", "Third-party reporting at LGBT+ venues.")]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Protected characteristic", "Impact", "Explanation"]):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, Q)
    for r, row in zip(t.rows[1:], rows):
        for c, v in zip(r.cells, row):
            cell_text(c, v, size=9.5)
    col_widths(t, [4.6, 2.4, 9.6])
    para(doc, "", space_after=2)
    section(doc, "Section 5: Actions to reduce negative impacts or increase positive ones")
    qa_table(doc, [
        ("Actions", [f"{i}.  {a}" for i, a in enumerate([
            "Publish the strategy in easy read, British Sign Language video and the five most spoken community "
            "languages",
            "Recruit at least two third-party reporting centres run by disabled people's organisations",
            "Monitor reports by protected characteristic every quarter",
            "Review this EIA after the first year of the strategy",
            "Include hate crime in the council's equalities training for all staff"], 1)]),
        ("Monitoring", "The Hate Crime Reference Group will review progress every six months."),
    ])
    page_break(doc)
    section(doc, "Section 6: Outcome of the assessment")
    para(doc, "Tick one outcome.", size=9, italic=True, color="595959", space_before=4)
    t = doc.add_table(rows=4, cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (o, tick) in zip(t.rows, [
            ("Outcome 1: No major change needed. The assessment shows the policy is robust.", "\u2714"),
            ("Outcome 2: Adjust the policy to remove barriers or better promote equality.", ""),
            ("Outcome 3: Continue the policy despite potential for adverse impact.", ""),
            ("Outcome 4: Stop and remove the policy.", "")]):
        cell_text(r.cells[0], o, size=9.5)
        cell_text(r.cells[1], tick, size=12, bold=True, align="center")
        shade(r.cells[1], Q)
    col_widths(t, [15.0, 1.6])
    para(doc, "", space_after=2)
    section(doc, "Section 7: Sign-off")
    qa_table(doc, [
        ("Completed by", "Nadia Farouk-Hughes, Community Cohesion Officer, 18 January 2027"),
        ("Approved by", "Owen Castleford, Head of Communities and Neighbourhoods, 22 January 2027"),
        ("Published with", "Report to Cabinet, 16 February 2027, agenda item 9 (Appendix B)"),
    ])
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 3, common.pdf_pages(pdf)
    return [pdf]
