"""cabinet_report_semicolons.pdf: a Kestonbridge City Council cabinet report asking for approval to consult on a
draft domestic abuse and VAWG strategy. The strategy itself is not attached ("to follow"). The only statement of
the priorities is one prose sentence in paragraph 3.2 (page 2), the four priorities separated by semicolons.
Paragraph 3.3 (the previous strategy's four themes), 3.5 (principles), 5.3 (consultation questions) and 8.1 (the
Council Plan's priorities) are written the same way and are not the strategy's priorities.
"""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

import common
import docx_kit as K

NAME = "cabinet_report_semicolons"
TITLE = "Domestic Abuse and Violence Against Women and Girls Strategy 2026\u20132029: draft for consultation"


def N(doc, num, text):
    return K.numbered(doc, num, text, indent_cm=1.3, space_after=6)


def build_docx(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Kestonbridge City Council", font="Liberation Sans", size=11.5, accent="4B2C6F",
                    margins_cm=2.4, heading_sizes=(12.5, 11.5, 11.5))
    for i in (1, 2):
        doc.styles[f"Heading {i}"].paragraph_format.space_before = Pt(12)
    sec = doc.sections[0]
    K.set_footer(sec, "Kestonbridge City Council \u2013 Cabinet \u2013 2 December 2025", page_word="Page ")
    K.set_header(sec, "PUBLIC", align="right", color="000000", bold=True)

    K.para(doc, "KESTONBRIDGE CITY COUNCIL", bold=True, size=15, color="4B2C6F", space_after=8)
    rows = [("Meeting", "Cabinet"), ("Date", "2 December 2025"), ("Title", TITLE),
            ("Report of", "Director of Communities and Public Protection"),
            ("Cabinet member", "Councillor Nadia Farouk, Cabinet Member for Communities and Safety"),
            ("Wards affected", "All wards"), ("Key decision", "Yes (reference CAB-KD-0119)"),
            ("Appendices", "Appendix A \u2013 Draft strategy (to follow)\nAppendix B \u2013 Consultation and "
                           "engagement plan (to follow)")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate(rows):
        K.cell_text(t.cell(r, 0), a, bold=True, size=10.5)
        K.cell_text(t.cell(r, 1), b.split("\n"), size=10.5)
        K.shade(t.cell(r, 0), "EAE3F2")
    K.col_widths(t, [3.8, 12.4])

    doc.add_heading("1.\tSummary", 1)
    N(doc, "1.1", "Kestonbridge\u2019s current domestic abuse strategy ended in March 2024 and was extended for a "
                  "year while the Domestic Abuse Local Partnership Board completed a new needs assessment. This report "
                  "asks Cabinet to approve the draft of a new joint strategy, covering domestic abuse and violence "
                  "against women and girls, for public consultation.")
    N(doc, "1.2", "The draft has been developed with survivors, the specialist domestic abuse sector, the police, "
                  "health and children\u2019s services. It will be circulated to members as Appendix A once the "
                  "partnership board has signed off the final draft on 10 December 2025.")
    doc.add_heading("2.\tRecommendations", 1)
    K.para(doc, "That Cabinet:")
    N(doc, "2.1", "approves the draft Domestic Abuse and Violence Against Women and Girls Strategy 2026\u20132029 for "
                  "an eight-week public consultation starting on 5 January 2026;")
    N(doc, "2.2", "delegates to the Director of Communities and Public Protection, in consultation with the Cabinet "
                  "Member for Communities and Safety, the approval of the final consultation materials; and")
    N(doc, "2.3", "notes that the final strategy, with a report on the consultation, will be brought to Cabinet in "
                  "May 2026.")
    K.page_break(doc)

    doc.add_heading("3.\tThe draft strategy", 1)
    N(doc, "3.1", "The draft strategy is a partnership strategy, owned by the Domestic Abuse Local Partnership Board. "
                  "It meets the Council\u2019s duty under Part 4 of the Domestic Abuse Act 2021 to have a strategy for "
                  "support in safe accommodation, and it responds to the national Tackling Violence Against Women and "
                  "Girls Strategy. For the first time it covers domestic abuse, sexual violence, stalking, harassment, "
                  "and so-called honour-based abuse together.")
    N(doc, "3.2", "The draft strategy has four priorities: preventing abuse before it starts through education, "
                  "awareness and early help; supporting victims and survivors, including children, to be safe and to "
                  "recover; holding perpetrators to account and supporting them to change; and strengthening how "
                  "partners work together so that no one falls through the gaps.")
    N(doc, "3.3", "The priorities build on the four themes of the 2021\u20132024 strategy, which were prevention; "
                  "provision of services; partnership working; and pursuing perpetrators. The main change is a "
                  "stronger emphasis on children as victims in their own right and on the behaviour of perpetrators, "
                  "which survivors told us had been missing.")
    N(doc, "3.4", "Under each priority the draft sets out what the partnership will do in the first year, who will "
                  "lead, and how progress will be measured. An annual action plan will be agreed by the partnership "
                  "board each April.")
    N(doc, "3.5", "The draft is based on three principles: it is survivor-led; it is trauma-informed; and it "
                  "recognises that some women face more than one form of discrimination. These principles apply to "
                  "all four priorities.")
    doc.add_heading("4.\tBackground and evidence", 1)
    N(doc, "4.1", "The 2025 domestic abuse needs assessment found that:")
    K.typed_bullets(doc, ["Kestonbridge Police recorded 4,712 domestic abuse incidents and crimes in 2024/25, an "
                          "increase of 7% on 2023/24;",
                          "one in four cases heard at the Multi-Agency Risk Assessment Conference (MARAC) was a "
                          "repeat referral within 12 months;",
                          "children were present in 41% of incidents attended by the police;",
                          "only 58% of victims offered safe accommodation took it up, often because the refuge was "
                          "too far from work, school or family;",
                          "reports of stalking to the police rose by 52% in two years."])
    N(doc, "4.2", "Survivors told us that they had to tell their story many times to different agencies, and that "
                  "support often ended before they felt safe.")
    K.page_break(doc)

    N(doc, "4.3", "The draft also draws on three domestic homicide reviews published since 2022, which each found that "
                  "agencies held information about the risk to the victim that was not shared.")
    doc.add_heading("5.\tConsultation", 1)
    N(doc, "5.1", "Subject to Cabinet approval, the consultation will run from 5 January to 2 March 2026. It will "
                  "include an online survey, paper copies in libraries and GP surgeries, and facilitated sessions "
                  "with survivors run by specialist services, so that survivors can take part safely.")
    N(doc, "5.2", "The consultation will be promoted through the Council\u2019s channels and partners\u2019 networks, "
                  "with targeted work to reach older women, disabled women, men, LGBT+ people and women from "
                  "minority ethnic communities.")
    N(doc, "5.3", "The survey will ask whether people agree with the proposed priorities; what is missing; what "
                  "would make it easier to seek help; and how partners should measure success.")
    doc.add_heading("6.\tOptions considered", 1)
    N(doc, "6.1", "Option 1: approve the draft for consultation (recommended). This allows the final strategy to be "
                  "adopted in May 2026 and to guide commissioning for 2026/27.")
    N(doc, "6.2", "Option 2: adopt the strategy without public consultation. Not recommended: it would not meet "
                  "the Council\u2019s commitment to involve residents in major strategies, and the safe "
                  "accommodation duty requires consultation with the partnership board and others.")
    N(doc, "6.3", "Option 3: separate domestic abuse and VAWG strategies. Not recommended: partners and survivors "
                  "favoured a single strategy.")
    doc.add_heading("7.\tImplications", 1)
    N(doc, "7.1", "Financial. The consultation costs (about \u00a34,500) will be met from the Domestic Abuse Act new "
                  "burdens grant. The strategy will be delivered within existing resources; any new commissioning "
                  "will be subject to the budget for 2026/27.")
    N(doc, "7.2", "Legal. Section 57 of the Domestic Abuse Act 2021 requires the Council to prepare and publish a "
                  "strategy for the provision of support in safe accommodation and to review it at least every three "
                  "years. The Council must consult the Domestic Abuse Local Partnership Board before publishing.")
    K.page_break(doc)

    N(doc, "7.3", "Equalities. An initial equality impact assessment has been completed and will be updated after the "
                  "consultation. The strategy is expected to have a positive impact on women, children, disabled "
                  "people and people from minority ethnic groups.")
    N(doc, "7.4", "Climate. There are no significant climate implications.")
    N(doc, "7.5", "Risk. The main risk is that survivors do not feel able to take part safely. Facilitated sessions "
                  "run by specialist services, and a quick-exit button on the online survey, will reduce this risk.")
    doc.add_heading("8.\tContribution to the Council Plan", 1)
    N(doc, "8.1", "The Council Plan 2023\u20132027, \u201cOur Kestonbridge\u201d, has four priorities: a fairer city; a "
                  "greener city; a safer and healthier city; and a well-run council. The strategy contributes mainly to "
                  "the third.")
    doc.add_heading("9.\tBackground papers", 1)
    K.typed_bullets(doc, ["Kestonbridge Domestic Abuse Needs Assessment 2025",
                          "Kestonbridge Domestic Abuse Strategy 2021\u20132024 and annual reports",
                          "Report to Cabinet, 9 April 2024: extension of the domestic abuse strategy"])
    K.para(doc, "", space_after=12)
    t = doc.add_table(rows=3, cols=2)
    t.style = doc.styles["Table Grid"]
    for r, (a, b) in enumerate([("Report author", "Samira Whitcombe, Domestic Abuse and VAWG Coordinator"),
                                ("Telephone", "01632 961 204"),
                                ("Email", "samira.whitcombe@kestonbridge.gov.uk")]):
        K.cell_text(t.cell(r, 0), a, bold=True, size=10.5)
        K.cell_text(t.cell(r, 1), b, size=10.5)
    K.col_widths(t, [3.8, 12.4])
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    return [common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
