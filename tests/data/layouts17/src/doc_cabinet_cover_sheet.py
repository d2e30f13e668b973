"""Cullerton Borough Council Cabinet report (Word, published as its LibreOffice PDF only, 5 pages) that wraps
the Safer Cullerton Partnership Strategy 2027-2030 as Appendix A.

p1 is the council's report cover sheet: a two-column form whose "Council Plan priorities" row lists the
COUNCIL's five corporate priorities with ticked and unticked boxes (two ticked), then "1. Purpose" and
"2. Recommendations" with typed paragraph numbers 2.1 to 2.4 that read like a list of things to do. p2 is
"Reasons for decision", "Options considered" (three options, one a narrower two-priority strategy that was
rejected) and the implications. The strategy starts on p3 in a new Word section whose footer says
"Appendix A - Safer Cullerton ... Page N", numbered from 1 again (so PDF p4 is "Page 2"): a foreword and the
assessment findings. Its four priorities are on p4, each a Heading 2 with a short paragraph. p5: measures,
the PCC's priorities and the 2023-2026 strategy's priorities."""
from __future__ import annotations

from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import common
from docx_kit import (bullets, cell_text, col_widths, new_doc, new_section, numbered, page_break, para, set_footer,
                      shade, table)

NAME = "corporate_checkboxes_cabinet_report_csp"
ACC = "2B4A6F"
TITLE = "Safer Cullerton Partnership Strategy 2027-2030"
COUNCIL_PLAN = [(True, "A safe and welcoming borough"), (False, "A thriving local economy"),
                (True, "Healthy and independent lives"), (False, "A greener Cullerton"),
                (False, "A council that works well for residents")]
PRIORITIES = [
    ("Tackling antisocial behaviour in Cullerton town centre and on our estates",
     "Antisocial behaviour is the issue residents raise most often. Reports rose by 14% in 2025-26, and half of "
     "them came from the town centre and the Brook Lane, Hatherley and Moss Green estates."),
    ("Keeping children and young people safe from exploitation",
     "Forty-two children were referred to the exploitation panel last year, most because of county lines drug "
     "dealing. We will work with schools and the youth service to spot the signs earlier."),
    ("Reducing domestic abuse and supporting everyone affected by it",
     "Domestic abuse makes up a fifth of all recorded violent crime in Cullerton. We will fund an extra "
     "Independent Domestic Violence Adviser and a programme for people who want to change their behaviour."),
    ("Making Cullerton's evenings and nights safe for everyone",
     "Women told us they avoid the town centre after dark. We will extend the Safe Haven scheme, train bar "
     "staff to spot and stop harassment, and keep the late-night taxi marshals."),
]


def cover_sheet(doc):
    rows = [
        ("Report to", "Cabinet, 17 March 2027"),
        ("Report title", TITLE),
        ("Report of", "Director of Communities and Neighbourhoods"),
        ("Cabinet member", "Councillor Priya Lomax, Cabinet Member for Communities and Community Safety"),
        ("Key decision", "Yes (Forward Plan reference KD/2027/009)"),
        ("Wards affected", "All wards"),
        ("Council Plan priorities", None),
        ("Exempt information", "None. This report is open to the public."),
        ("Report author", "Daniel Okafor, Community Safety Manager, 01632 960 481"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        cell_text(a, k, bold=True, size=10)
        shade(a, "E4EAF1")
        if v is None:
            cell_text(b, [("\u2612 " if on else "\u2610 ") + name for on, name in COUNCIL_PLAN], size=10)
        else:
            cell_text(b, v, size=10)
    col_widths(t, [4.4, 12.2])
    para(doc, "", space_after=4)


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Cullerton Borough Council", accent=ACC, heading_sizes=(14, 12.5, 11.5))
    set_footer(doc.sections[0], "Cabinet, 17 March 2027 \u2013 Agenda item 7")
    # ------------------------------------------------------------- p1 cover sheet, purpose, recommendations
    para(doc, "CULLERTON BOROUGH COUNCIL", bold=True, size=12, color=ACC, space_after=2)
    para(doc, "Report to Cabinet", size=20, color=ACC, space_after=8)
    cover_sheet(doc)
    doc.add_heading("1. Purpose of the report", level=1)
    numbered(doc, "1.1", "The Safer Cullerton Partnership has agreed a new community safety strategy for 2027 to "
             "2030. This report asks Cabinet, on behalf of the council as a responsible authority under the Crime "
             "and Disorder Act 1998, to approve the strategy. The strategy is at Appendix A.")
    doc.add_heading("2. Recommendations", level=1)
    para(doc, "Cabinet is recommended to:")
    numbered(doc, "2.1", "Approve the Safer Cullerton Partnership Strategy 2027-2030 at Appendix A.")
    numbered(doc, "2.2", "Delegate to the Director of Communities and Neighbourhoods, in consultation with the "
             "Cabinet Member, authority to make minor changes to the strategy before it is published.")
    numbered(doc, "2.3", "Agree that £85,000 a year from the community safety reserve is used to fund the "
             "strategy's action plan for three years.")
    numbered(doc, "2.4", "Ask the Community Safety Scrutiny Panel to review progress against the strategy "
             "every six months.")
    page_break(doc)
    # ------------------------------------------------------------- p2 reasons, options, implications
    doc.add_heading("3. Reasons for decision", level=1)
    numbered(doc, "3.1", "The council must work with the police, fire and rescue service, probation service and "
             "NHS to formulate and carry out a strategy to reduce crime and disorder in the borough. The current "
             "strategy ends on 31 March 2027.")
    numbered(doc, "3.2", "The new strategy is based on the partnership's 2026 strategic assessment and on a "
             "public consultation that 1,318 people answered between September and November 2026.")
    doc.add_heading("4. Options considered", level=1)
    numbered(doc, "4.1", "Option 1: extend the 2023-2026 strategy for a further year. Not recommended: the "
             "strategic assessment shows that the pattern of crime has changed, and the partnership would have "
             "no agreed plan for exploitation.")
    numbered(doc, "4.2", "Option 2: approve the new strategy and its four priorities. This is the recommended "
             "option.")
    numbered(doc, "4.3", "Option 3: adopt a shorter strategy with two priorities only, antisocial behaviour and "
             "shoplifting in the town centre. Not recommended: it would leave out domestic abuse, which the "
             "partnership is required to address, and it was the least popular option in the consultation.")
    doc.add_heading("5. Consultation", level=1)
    numbered(doc, "5.1", "The consultation asked residents what worried them most. The three concerns raised most "
             "often were drug dealing (48%), antisocial behaviour (44%) and speeding (31%). Speeding is dealt "
             "with by the road safety partnership and is not a priority of this strategy.")
    doc.add_heading("6. Implications", level=1)
    numbered(doc, "6.1", "Financial: the action plan costs £85,000 a year from the community safety reserve "
             "(recommendation 2.3). Partners fund their own actions.")
    numbered(doc, "6.2", "Legal: the strategy meets the requirements of section 6 of the Crime and Disorder Act "
             "1998 and the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007.")
    numbered(doc, "6.3", "Equalities: an equality impact assessment has been completed and is available on "
             "request. No negative impacts were found.")
    doc.add_heading("7. Appendices", level=1)
    numbered(doc, "7.1", "Appendix A: Safer Cullerton Partnership Strategy 2027-2030.")
    numbered(doc, "7.2", "Appendix B: Consultation report (published separately).")
    # ------------------------------------------------------------- p3 Appendix A: the strategy
    sec = new_section(doc)
    set_footer(sec, "Appendix A \u2013 " + TITLE, page_word="Page ")
    restart = OxmlElement("w:pgNumType")  # the appendix numbers its own pages from 1, as packs usually do
    restart.set(qn("w:start"), "1")
    after = sec._sectPr.find(qn("w:cols"))
    if after is None:
        after = sec._sectPr.find(qn("w:docGrid"))
    after.addprevious(restart)
    para(doc, "Appendix A", bold=True, size=12, color="7F7F7F", space_after=2)
    para(doc, TITLE, size=22, color=ACC, space_after=2)
    para(doc, "Working together so that Cullerton is a safe place to live, work and visit", size=12,
         color="595959", space_after=12)
    doc.add_heading("Foreword", level=1)
    para(doc, "Most people in Cullerton are safe most of the time, and crime in the borough is below the average "
              "for similar areas. But residents have told us clearly that some places and some times of day do "
              "not feel safe, and we know that some crimes, such as domestic abuse and the exploitation of "
              "children, happen out of sight.")
    para(doc, "This strategy sets out what the partners of the Safer Cullerton Partnership will do together over "
              "the next three years. We will report on it every year.")
    para(doc, "Superintendent Rachel Imrie and Councillor Priya Lomax, joint chairs of the Safer Cullerton "
              "Partnership", italic=True)
    doc.add_heading("What the strategic assessment found", level=1)
    bullets(doc, ["Total recorded crime fell by 3% in 2025-26, but violence with injury rose by 6%",
                  "Antisocial behaviour reports rose by 14%, with the highest rates in the town centre",
                  "42 children were referred to the exploitation panel, up from 27",
                  "Domestic abuse accounted for 21% of recorded violent crime",
                  "Shoplifting rose by 19%, in line with the national trend"])
    doc.add_heading("Our vision", level=1)
    para(doc, "A Cullerton where people feel safe, look out for one another and know where to get help.")
    page_break(doc)
    # ------------------------------------------------------------- p4 the four priorities
    doc.add_heading("Our priorities for 2027 to 2030", level=1)
    para(doc, "The partnership has agreed four priorities. Each has a lead partner and an action plan, and each is "
              "backed by the findings of the strategic assessment.")
    for name, desc in PRIORITIES:
        doc.add_heading(name, level=2)
        para(doc, desc)
    para(doc, "Shoplifting will be tackled through the town centre work under the first priority, and the "
              "partnership will keep it under review.", italic=True, color="595959")
    page_break(doc)
    # ------------------------------------------------------------- p5 measures, PCC, last strategy
    doc.add_heading("How we will know we are making a difference", level=1)
    table(doc, ["Measure", "2025-26", "Target 2030"],
          [["Antisocial behaviour reports in the town centre", "1,904", "1,500"],
           ["Children referred to the exploitation panel who are safer after six months", "61%", "75%"],
           ["Repeat referrals to the domestic abuse risk conference (MARAC)", "34%", "28%"],
           ["Women who feel safe in the town centre after dark", "38%", "50%"]],
          [10.2, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("Working with the Police and Crime Commissioner", level=1)
    para(doc, "The Police and Crime Commissioner's Police and Crime Plan 2025-2029 has three priorities: "
              "neighbourhood policing that residents can see, putting victims first, and tackling violence against "
              "women and girls. Our strategy supports all three, and the Commissioner funds part of our action "
              "plan.")
    doc.add_heading("Our last strategy", level=1)
    para(doc, "The 2023-2026 strategy had three priorities: reducing violent crime, tackling drug-related harm, and "
              "protecting vulnerable people. The partnership's final report on it is published alongside this "
              "strategy.")
    doc.add_heading("Governance", level=1)
    para(doc, "The Safer Cullerton Partnership Board owns the strategy and meets every quarter. The council's "
              "Community Safety Scrutiny Panel reviews progress every six months.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
