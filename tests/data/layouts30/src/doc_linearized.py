"""Orsby Serious Violence Duty Partnership: Serious Violence Strategy 2026-2029 (Word, printed by LibreOffice),
then posted on the partnership's website through qpdf as a "fast web view" file: linearised, with most objects
packed into compressed object streams (/Type /ObjStm) and a cross-reference stream instead of a classic xref
table. A reader that scans the raw file for "N 0 obj" finds only a handful of objects."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table
from kit30 import linearize

NAME = "linearized_object_streams_serious_violence"
ACC = "8A3B12"
PRI = ["Early help for children excluded from school or at risk of exclusion",
       "Reducing knife carrying among 14 to 24 year olds",
       "Safer evenings in Orsby town centre and the harbour",
       "Breaking the link between drug markets and violence"]


def build(work: Path) -> Path:
    doc = new_doc("Orsby Serious Violence Strategy 2026-2029", "Orsby Serious Violence Duty Partnership",
                  accent=ACC, heading_sizes=(17, 13, 11))
    set_footer(doc.sections[0], "Orsby Serious Violence Strategy 2026-2029")
    para(doc, "Orsby Serious Violence Duty Partnership", size=13, color="595959", space_before=120)
    para(doc, "Serious Violence Strategy 2026\u20132029", size=28, color=ACC)
    para(doc, "Published November 2026 under the Police, Crime, Sentencing and Courts Act 2022", size=11,
         color="595959", space_before=30)
    doc.add_heading("Introduction", level=1)
    para(doc, "The Serious Violence Duty requires the council, the police, probation, the youth justice service, "
              "the fire and rescue service and the integrated care board to work together to prevent and reduce "
              "serious violence. This strategy is our response. It is based on the 2026 strategic needs "
              "assessment and on conversations with 300 young people and parents.")
    page_break(doc)
    doc.add_heading("What the needs assessment found", level=1)
    para(doc, "Serious violence in Orsby is concentrated in time and place: 46% of knife-enabled offences happen "
              "between 6pm and 2am, and two wards account for a third of all incidents. Most victims and "
              "suspects are young men under 25.")
    doc.add_heading("The needs assessment's recommendations", level=2)
    bullets(doc, ["Share school exclusion data with the partnership every term",
                  "Commission a hospital-based youth worker at Orsby General",
                  "Map the night-time economy's violence hotspots with licensing data",
                  "Review the county lines referral pathway"])
    doc.add_heading("The national picture", level=2)
    para(doc, "The Home Office's statutory guidance asks partnerships to focus on public-space violence, "
              "including homicide, knife and gun crime and areas of violence linked to drug markets. The "
              "Violence Reduction Unit for the county works to its own three priorities: early intervention, "
              "trauma-informed practice and community-led prevention.")
    page_break(doc)
    doc.add_heading("Our priorities", level=1)
    para(doc, "The partnership has agreed four priorities for 2026\u20132029. Each has a lead agency and a "
              "delivery group.")
    leads = ["Lead: Orsby Council children's services. Inclusion workers in six secondary schools and an "
             "alternative provision panel.",
             "Lead: the police. Knife crime education, a stop-and-search scrutiny panel and targeted mentoring.",
             "Lead: community safety. Street pastors, taxi marshals and a late-night transport plan.",
             "Lead: the Combating Drugs Partnership. Joint disruption of county lines and support for children "
             "who are exploited."]
    for i, (p, l) in enumerate(zip(PRI, leads), 1):
        doc.add_heading(f"Priority {i}: {p}", level=2)
        para(doc, l)
    page_break(doc)
    doc.add_heading("How we will measure success", level=1)
    table(doc, ["Measure", "Baseline 2025-26", "Ambition 2028-29"],
          [["Hospital admissions for assault with a sharp object (under 25)", "37", "25"],
           ["Knife-enabled robbery", "112", "85"],
           ["Homicides", "2", "0"]], [9.5, 3.5, 3.5], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The strategy is owned by the Orsby Community Safety Partnership board, which acts as the "
              "Serious Violence Duty partnership. Progress is reported to the board every quarter and to the "
              "Police and Crime Commissioner each year.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    common.normalise_pdf(work / f"{NAME}.pdf")
    pdf = linearize(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [pdf]
