"""Marlowdene Borough Council: report to Cabinet, 9 February 2027, "Marlowdene Domestic Abuse Strategy
2027-2030" (Word, published as its LibreOffice PDF only, 6 pages).

The strategy reaches the public first as the appendix of the cabinet report that adopts it. Pages 1-3 are the
council's report template: a cover-sheet table (key decision, wards, appendices), "1. Purpose", then
"2. Recommendations": FIVE typed-number paragraphs 2.1-2.5 ("That Cabinet approves ...") that look like a
priority list and sit where a reader first meets a numbered list; "3. Reasons for decision", "4. Options
considered" (Option 1-3), "5. Background" (the 2023-2026 strategy's three priorities in a sentence, four
numbered needs-assessment findings, and the new priorities in SHORT FORM "safe accommodation; early help; ..."),
"6. Consultation", "7. Implications" and a risk table. Pages 4-6 are Appendix A, the strategy itself, in a new
Word section whose footer restarts its page numbers ("Appendix A - page 1" is physical page 4). The five
priorities are stated in full only there: Heading 2 "1. ..." to "5. ..." on p5 (1-3) and p6 (4-5)."""
from __future__ import annotations

from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

import common
from docx_kit import (bullets, cell_text, col_widths, new_doc, new_section, numbered, page_break, para,
                      set_footer, shade, table)

NAME = "cabinet_report_recommendations_domestic_abuse"
ACC = "4B2A6B"
TITLE = "Marlowdene Domestic Abuse Strategy 2027-2030: report to Cabinet"
PRIORITIES = [
    ("Safe accommodation and specialist support for every adult and child who needs it",
     "Refuge spaces in Marlowdene have not grown since 2019, and 41% of households who asked the council for "
     "help because of domestic abuse were placed outside the borough last year.",
     ["Open eight more units of dispersed safe accommodation by March 2028",
      "Keep a specialist support worker attached to every safe accommodation placement",
      "Offer the Sanctuary Scheme to every victim who wants to stay in their own home"]),
    ("Earlier help, so that abuse is recognised and acted on before it reaches crisis",
     "Most victims referred to the MARAC had been in contact with at least three services in the year before.",
     ["Domestic abuse champions in every GP practice and in the two hospital emergency departments",
      "A single early help referral route for professionals, open five days a week"]),
    ("Holding perpetrators to account and helping them change their behaviour",
     "Fewer than one in ten of the perpetrators discussed at MARAC were offered a behaviour change programme.",
     ["Commission a community perpetrator programme with an integrated support service for partners",
      "Use Domestic Abuse Protection Orders wherever the police and the court can"]),
    ("Children and young people recognised as victims in their own right",
     "The Domestic Abuse Act 2021 recognises children who see, hear or experience abuse as victims. In "
     "Marlowdene, domestic abuse is a factor in 58% of child protection plans.",
     ["A children's IDVA post and group work for children in refuge",
      "Healthy relationships lessons in every secondary school, planned with young people"]),
    ("A confident workforce in every partner agency that knows how to ask and how to respond",
     "Staff told us that they want to ask about abuse but are not sure what to do with the answer.",
     ["Multi-agency training for 600 staff a year, including housing officers and contact centre staff",
      "Routine enquiry in adult social care, substance misuse and mental health services"]),
]


def restart_numbering(section, start=1):
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    section._sectPr.append(pg)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Marlowdene Borough Council", accent=ACC, size=10.5, heading_sizes=(14, 12, 11))
    set_footer(doc.sections[0], "Cabinet, 9 February 2027 \u2013 Agenda item 7")
    # ---------------------------------------------------------------- p1 cover sheet, purpose, recommendations
    para(doc, "MARLOWDENE BOROUGH COUNCIL", bold=True, size=12, color=ACC, space_after=2)
    para(doc, "Report to Cabinet", size=20, color=ACC, space_after=8)
    rows = [("Date of meeting", "9 February 2027"),
            ("Title of report", "Marlowdene Domestic Abuse Strategy 2027-2030"),
            ("Report of", "Director of Communities and Housing"),
            ("Portfolio holder", "Councillor Ruth Ambrose-Kaye, Cabinet Member for Safer Communities"),
            ("Key decision", "Yes (Forward Plan reference KD/2027/004)"),
            ("Wards affected", "All wards"),
            ("Exempt information", "None"),
            ("Appendices", "Appendix A \u2013 Marlowdene Domestic Abuse Strategy 2027-2030\n"
                           "Appendix B \u2013 Equality Impact Assessment (published separately)")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (k, v) in zip(t.rows, rows):
        cell_text(r.cells[0], k, bold=True, size=9.5)
        shade(r.cells[0], "EEE8F3")
        cell_text(r.cells[1], v.split("\n"), size=9.5)
    col_widths(t, [4.2, 12.4])
    doc.add_heading("1. Purpose of the report", level=1)
    numbered(doc, "1.1", "This report asks Cabinet to approve the Marlowdene Domestic Abuse Strategy 2027-2030, "
             "which the Safer Marlowdene Partnership and the Domestic Abuse Local Partnership Board have developed "
             "together, and which is attached at Appendix A.")
    numbered(doc, "1.2", "The strategy replaces the Domestic Abuse Strategy 2023-2026 and meets the council's duty "
             "under Part 4 of the Domestic Abuse Act 2021 to publish a strategy for support in safe "
             "accommodation.")
    doc.add_heading("2. Recommendations", level=1)
    para(doc, "That Cabinet:", bold=True, space_after=4)
    for n, txt in [
            ("2.1", "Approves the Marlowdene Domestic Abuse Strategy 2027-2030 set out at Appendix A"),
            ("2.2", "Notes the findings of the public consultation held between 2 September and 25 October 2026, "
                    "summarised in section 6"),
            ("2.3", "Delegates authority to the Director of Communities and Housing, in consultation with the "
                    "Portfolio Holder, to agree the annual delivery plan and any minor changes to the strategy"),
            ("2.4", "Agrees to continue funding two Independent Domestic Violence Adviser posts from the Safe "
                    "Accommodation grant until March 2030"),
            ("2.5", "Asks for an annual progress report to the Communities Scrutiny Committee")]:
        numbered(doc, n, txt, bold_number=True)
    page_break(doc)
    # ---------------------------------------------------------------- p2 reasons, options, background
    doc.add_heading("3. Reasons for decision", level=1)
    numbered(doc, "3.1", "The council must publish a safe accommodation strategy and review it at least every "
             "three years. The current strategy ends on 31 March 2027.")
    numbered(doc, "3.2", "A single strategy for the whole of domestic abuse, rather than for safe accommodation "
             "alone, was the clear preference of partners and of the people who responded to the consultation.")
    numbered(doc, "3.3", "Adopting the strategy lets the council and its partners bid jointly for the county's "
             "domestic abuse commissioning fund from April 2027.")
    doc.add_heading("4. Options considered", level=1)
    numbered(doc, "4.1", "", runs=[("Option 1: do nothing. ", True), ("The council would be in breach of its "
             "statutory duty from April 2027. Rejected.", False)])
    numbered(doc, "4.2", "", runs=[("Option 2: adopt the county council's strategy without a local strategy. ", True),
             ("The county strategy does not cover housing, which is the borough's responsibility. Rejected.",
              False)])
    numbered(doc, "4.3", "", runs=[("Option 3: adopt a Marlowdene strategy covering all domestic abuse "
             "(recommended). ", True), ("This meets the duty and reflects what victims and partners told us.",
                                    False)])
    doc.add_heading("5. Background", level=1)
    numbered(doc, "5.1", "The Domestic Abuse Strategy 2023-2026 had three priorities: prevention and early "
             "intervention; support for victims and their children; and a coordinated community response. The "
             "final progress report went to the Communities Scrutiny Committee in November 2026.")
    numbered(doc, "5.2", "The 2026 domestic abuse needs assessment made four key findings:")
    for i, f in enumerate(["Police recorded 2,960 domestic abuse incidents in 2025-26, up 9% in two years",
                           "Demand for refuge and dispersed accommodation far exceeds supply",
                           "Children are present in around half of the households referred to MARAC",
                           "Older victims and disabled victims are under-represented in referrals"], 1):
        numbered(doc, f"({chr(96 + i)})", f, indent_cm=2.0)
    numbered(doc, "5.3", "In response, the strategy sets five priorities, in short: safe accommodation; early "
             "help; perpetrators; children as victims; and the workforce. Each is set out in full, with what "
             "partners will do, in Appendix A.")
    page_break(doc)
    # ---------------------------------------------------------------- p3 consultation, implications
    doc.add_heading("6. Consultation", level=1)
    numbered(doc, "6.1", "The draft strategy was published for eight weeks. There were 214 online responses, and "
             "officers held six focus groups with survivors, including one with older women and one in Polish.")
    numbered(doc, "6.2", "Eighty-two per cent of respondents agreed with the priorities. The most common request "
             "was for more support for children, and the fourth priority was strengthened as a result.")
    doc.add_heading("7. Implications", level=1)
    numbered(doc, "7.1", "", runs=[("Financial. ", True), ("The strategy is delivered within existing budgets "
             "and the Safe Accommodation grant (\u00a3486,000 in 2027-28). Recommendation 2.4 commits \u00a392,000 "
             "a year of that grant.", False)])
    numbered(doc, "7.2", "", runs=[("Legal. ", True), ("The strategy meets section 57 of the Domestic Abuse Act "
             "2021 and the statutory guidance on the delivery of support in safe accommodation.", False)])
    numbered(doc, "7.3", "", runs=[("Equalities. ", True), ("The Equality Impact Assessment (Appendix B) found "
             "a positive impact for women, disabled people and older people.", False)])
    numbered(doc, "7.4", "", runs=[("Risks. ", True), ("The main risks are set out below.", False)])
    table(doc, ["Risk", "Likelihood", "Mitigation"],
          [["Safe Accommodation grant reduced after 2028", "Medium", "Annual review of the delivery plan"],
           ["Recruitment to specialist posts", "High", "Joint recruitment with the county council"],
           ["Demand grows faster than capacity", "Medium", "Quarterly monitoring by the Board"]],
          [6.6, 2.6, 7.4], head_fill=ACC)
    doc.add_heading("8. Background papers", level=1)
    para(doc, "Marlowdene Domestic Abuse Needs Assessment 2026; Domestic Abuse Strategy 2023-2026 final progress "
              "report (Communities Scrutiny Committee, 17 November 2026).")
    para(doc, "Contact officer: Daniel Okafor-Reid, Community Safety Manager, community.safety@marlowdene.example",
         size=9.5, color="595959")
    # ---------------------------------------------------------------- Appendix A, its own section
    sec = new_section(doc)
    set_footer(sec, "Appendix A \u2013 Marlowdene Domestic Abuse Strategy 2027-2030", page_word="Page ")
    restart_numbering(sec)
    para(doc, "Appendix A", bold=True, size=12, color="595959", space_after=4)
    para(doc, "Marlowdene Domestic Abuse Strategy 2027-2030", size=24, color=ACC, space_after=4)
    para(doc, "Safer Marlowdene Partnership and the Domestic Abuse Local Partnership Board", size=12,
         color="595959", space_after=14)
    doc.add_heading("Foreword", level=1)
    para(doc, "Domestic abuse can happen to anyone, and its effects last for years, especially for children. "
              "This strategy is about making sure that everyone in Marlowdene who experiences abuse can get "
              "help early, can be safe at home or somewhere else, and is believed.")
    para(doc, "We listened to more than two hundred people while we wrote it, including survivors, and their "
              "voices run through every page.")
    para(doc, "Councillor Ruth Ambrose-Kaye, Cabinet Member for Safer Communities, and Detective Superintendent "
              "Alan Brisco, Chair of the Domestic Abuse Local Partnership Board", italic=True, size=10)
    doc.add_heading("Domestic abuse in Marlowdene", level=1)
    para(doc, "Around one in twenty adults in Marlowdene experienced domestic abuse last year, most of them women. "
              "Police recorded 2,960 incidents, the MARAC heard 412 cases and the borough's refuge turned away "
              "more families than it could house.")
    doc.add_heading("Our vision", level=1)
    para(doc, "A Marlowdene where domestic abuse is not tolerated, where people who experience it are safe and "
              "supported, and where those who cause harm are held to account.", italic=True)
    doc.add_heading("Our principles", level=1)
    bullets(doc, ["Survivors' voices shape what we do", "We see the whole family", "We work as one system",
                  "We recognise that abuse affects some groups differently"])
    page_break(doc)
    doc.add_heading("Our priorities for 2027-2030", level=1)
    para(doc, "Our five priorities come from the needs assessment and from what survivors told us.")
    for i, (p, desc, wills) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"{i}. {p}", level=2)
        para(doc, desc)
        para(doc, "What we will do", bold=True, space_after=2)
        bullets(doc, wills)
        if i == 3:
            page_break(doc)
    doc.add_heading("How we will know we are making a difference", level=1)
    table(doc, ["Measure", "2025-26", "Aim for 2030"],
          [["Households placed outside the borough", "41%", "Below 15%"],
           ["Repeat referrals to MARAC", "34%", "Below 28%"],
           ["Staff trained each year", "210", "600"]],
          [9.0, 3.0, 4.6], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The Domestic Abuse Local Partnership Board owns the strategy and reports each year to the Safer "
              "Marlowdene Partnership and to Cabinet. An annual delivery plan sets out the actions.")
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
