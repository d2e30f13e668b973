"""word_merged_cells_table: a Combating Drugs Partnership plan whose local priorities are in a table with merged
cells.

The table (page 3) has a title row merged across all four columns (w:gridSpan), a header row, and the three
national From Harm to Hope priorities in the first column, each merged down over its two or three local
priorities (w:vMerge). One local priority cell is itself merged over two rows because it has two leads. A shaded
row merged across the last three columns holds the cross-cutting themes. Gold is the seven "Local priority" cells;
the national priorities, the cross-cutting row, leads and milestones are not. Page 2 lists the national
priorities and the previous plan's focus areas; page 4 has the national outcomes framework.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

import common
from docx_kit import (bullets, cell_text, col_widths, new_doc, page_break, para, set_footer, set_header, shade,
                      table, valign)

NAME = "word_merged_cells_table"
TITLE = "Colnbury Combating Drugs Partnership: Local Drugs Strategy and Delivery Plan 2025-2028"
AUTHOR = "Colnbury Combating Drugs Partnership"
ACCENT = "1D5C82"

# (national priority, [(local priority, [(lead, milestone), ...]), ...])
PLAN = [
    ("Breaking drug supply chains", [
        ("Disrupting county lines and closing cuckooed addresses",
         [("Hollinshire Police", "Every cuckooing report triaged within 24 hours")]),
        ("Reducing drug-related violence in Colnbury town centre",
         [("Hollinshire Police / Colnbury Council", "Joint night-time patrol plan agreed by July 2025")]),
    ]),
    ("Delivering a world-class treatment and recovery system", [
        ("Getting more people into treatment, including 18 to 24 year olds",
         [("Public Health", "Treatment numbers up from 1,050 to 1,200")]),
        ("Continuity of care for people leaving prison",
         [("Probation Service", "75% of prison leavers in treatment within three weeks")]),
        ("Reducing drug-related deaths",
         [("Public Health", "Naloxone supplied to every hostel and supported housing scheme"),
          ("Hollinshire Police", "Officers in Colnbury carry naloxone by March 2026")]),
    ]),
    ("Achieving a generational shift in demand for drugs", [
        ("Preventing drug use among children and young people",
         [("Children's Services", "Drug education offer taken up by all secondary schools")]),
        ("Tackling alcohol harm in families",
         [("Public Health / Children's Services", "Family alcohol service launched by October 2025")]),
    ]),
]
CROSS_CUTTING = "Cross-cutting: reducing stigma, involving people with lived experience and workforce development"


def priorities_table(doc):
    rows = 2 + sum(len(leads) for _, locs in PLAN for _, leads in locs) + 1
    t = doc.add_table(rows=rows, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [3.8, 5.4, 3.2, 4.4]
    # title row across all columns
    title = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(title, "Colnbury local priorities 2025\u20132028, by national strategic priority", bold=True,
              size=10.5, color="FFFFFF")
    shade(title, ACCENT)
    for c, h in zip(t.rows[1].cells, ["National strategic priority (From Harm to Hope)", "Local priority",
                                      "Lead", "Milestone for 2025/26"]):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, "D6E4EE")
    r = 2
    for national, locs in PLAN:
        start = r
        for local, leads in locs:
            lstart = r
            for lead, milestone in leads:
                cell_text(t.cell(r, 2), lead, size=9.5)
                cell_text(t.cell(r, 3), milestone, size=9.5)
                r += 1
            lc = t.cell(lstart, 1).merge(t.cell(r - 1, 1)) if r - 1 > lstart else t.cell(lstart, 1)
            cell_text(lc, local, bold=True, size=10)
            valign(lc, "center")
        nc = t.cell(start, 0).merge(t.cell(r - 1, 0))
        cell_text(nc, national, size=9.5, color="444444")
        shade(nc, "EEF3F7")
        valign(nc, "center")
    cell_text(t.cell(r, 0), "All", size=9.5, color="444444")
    cc = t.cell(r, 1).merge(t.cell(r, 3))
    cell_text(cc, CROSS_CUTTING, size=9.5)
    shade(cc, "F4F4F4")
    col_widths(t, widths)
    return t


def build(work: Path) -> Path:
    doc = new_doc(TITLE, AUTHOR, font="Liberation Sans", size=10.5, accent=ACCENT, heading_sizes=(17, 13, 11))
    sec = doc.sections[0]
    set_header(sec, "Colnbury Combating Drugs Partnership", size=8.5)
    set_footer(sec, "Local Drugs Strategy and Delivery Plan 2025\u20132028")

    # ---- page 1
    doc.add_paragraph("Local Drugs Strategy and Delivery Plan 2025\u20132028", style="Title")
    para(doc, "Colnbury Combating Drugs Partnership", bold=True, size=13, color=ACCENT)
    doc.add_heading("Introduction", 1)
    para(doc, "The Colnbury Combating Drugs Partnership (CDP) was set up in 2022 in response to the Government's "
              "ten-year drugs strategy, From Harm to Hope. It brings together the council, Hollinshire Police, the "
              "Probation Service, the NHS, treatment providers and people with lived experience of addiction.")
    para(doc, "This document is our local strategy and our delivery plan in one. It replaces the Colnbury Substance "
              "Misuse Plan 2022\u20132025. The Senior Responsible Owner is the Director of Public Health.")
    doc.add_heading("Drugs and alcohol in Colnbury", 2)
    bullets(doc, ["an estimated 1,460 people use opiates and/or crack cocaine; 58% are not in treatment",
                  "31 drug poisoning deaths in 2021\u20132023, the highest rate in Hollinshire",
                  "one in three acquisitive crimes is linked to drug use",
                  "alcohol-specific hospital admissions for under-18s are twice the England average",
                  "four county lines known to be supplying the town in 2024/25"])
    page_break(doc)

    # ---- page 2: national context and previous plan
    doc.add_heading("The national strategy", 1)
    para(doc, "From Harm to Hope sets three strategic priorities for every partnership in England:")
    bullets(doc, ["breaking drug supply chains", "delivering a world-class treatment and recovery system",
                  "achieving a generational shift in demand for drugs"])
    para(doc, "Our local priorities are grouped under these national priorities in the table on the next page.")
    doc.add_heading("What our previous plan focused on", 2)
    para(doc, "The Substance Misuse Plan 2022\u20132025 had four focus areas:")
    table(doc, ["Focus area 2022\u20132025", "Outcome"],
          [["Treatment capacity", "Caseloads reduced from 90 to 60 per worker"],
           ["Criminal justice pathways", "Drug testing on arrest introduced in Colnbury custody suite"],
           ["Young people", "Young people's service recommissioned"],
           ["Housing", "Housing First pilot for 12 people"]], [6.0, 10.6], head_fill=ACCENT, size=9.5)
    doc.add_heading("What people with lived experience told us", 2)
    para(doc, "Forty-two people in treatment or recovery took part in workshops. They asked us to make treatment "
              "easier to get into quickly, to stop people being discharged from prison on a Friday afternoon, and "
              "to involve peers in every service.")
    page_break(doc)

    # ---- page 3: the merged-cell priorities table
    doc.add_heading("Our local priorities", 1)
    para(doc, "The partnership has agreed seven local priorities for 2025\u20132028. Each has a lead organisation and "
              "a milestone for the first year.")
    priorities_table(doc)
    para(doc, "The full action plan, with 38 actions, is held by the CDP programme manager and reported to the "
              "partnership every quarter.", size=9.5, color="555555", space_before=6)
    page_break(doc)

    # ---- page 4: outcomes and governance
    doc.add_heading("How we will measure success", 1)
    para(doc, "We will report against the National Combating Drugs Outcomes Framework:")
    table(doc, ["Strategic outcome", "Headline measure"],
          [["Reducing drug use", "Proportion of the population reporting drug use in the last year"],
           ["Reducing drug-related crime", "Neighbourhood crime; drug-related homicides"],
           ["Reducing drug-related deaths and harm", "Deaths related to drug misuse"],
           ["Increasing engagement in treatment", "Numbers in treatment; continuity of care"],
           ["Improving recovery outcomes", "Treatment progress; people in work and settled housing"]],
          [6.5, 10.1], head_fill=ACCENT, size=9.5)
    doc.add_heading("Governance", 2)
    para(doc, "The partnership reports to the Colnbury Health and Wellbeing Board and the Colnbury Community Safety "
              "Partnership, and sends a quarterly return to the Joint Combating Drugs Unit.")
    para(doc, "Contact: cdp@colnbury.gov.uk", color="555555")
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
