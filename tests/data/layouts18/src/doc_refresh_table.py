"""Brockhurst and Tanfield Serious Violence Partnership: "Serious Violence Strategy 2025-2028: annual refresh
for 2027-28" (Word, published as its LibreOffice PDF only, 3 pages).

A refresh, not a new strategy: the current priorities are stated ONLY in the p2 status table "What we kept,
changed and added", with columns "2026-27 priority | Decision | Priority for 2027-28 | Why". Of the six
2026-27 priorities two are Retained (the wording is repeated in the third column), two are Merged (one
vertically merged cell in the third column holds the merged wording), two are Retired (the third column says
"None" with the reason), and two New rows have "None" in the first column. So the five current priorities
are the third column's wordings. There is no list after the table, only "five priorities" in prose. Other
lists: four numbered needs-assessment findings (p1), the Police and Crime Plan's priorities (p3, bullets) and a
delivery table with SHORT names (p3)."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import (bullets, cell_text, col_widths, new_doc, numbered, page_break, para, repeat_header,
                      set_footer, shade, table, valign)

NAME = "refresh_status_table_serious_violence"
ACC = "8C1C13"
TITLE = "Serious Violence Strategy 2025-2028: annual refresh for 2027-28"
KNIFE = "Reduce knife crime in Brockhurst town centre and on the Tanfield estates"
DA = "Reduce serious violence linked to domestic abuse"
MERGED = "Keep children and young people safe from violence and exploitation"
NEW1 = "Make streets, parks and public transport safer for women and girls"
NEW2 = "Support young adults aged 18 to 25 leaving custody who are at risk of serious violence"
ROWS = [  # 2026-27 priority, decision, 2027-28 priority (None: merged into the row above), why
    (KNIFE, "Retained", KNIFE, "Knife offences fell 11% but remain the highest in the county."),
    ("Prevent serious youth violence through early intervention", "Merged", MERGED,
     "The same children are at risk in both; one delivery group now leads."),
    ("Tackle child criminal exploitation and county lines", "Merged", None, ""),
    ("Reduce violence in the night-time economy", "Retired",
     "None (now business as usual for the Licensing and Night-Time Economy Group)",
     "Night-time violence is down 24% since 2024."),
    (DA, "Retained", DA, "Domestic abuse is a factor in a third of serious violence."),
    ("Improve the sharing of data between partners", "Retired",
     "None (achieved: the shared violence dataset went live in 2026)", "Completed."),
    ("None", "New", NEW1, "The 2026 needs assessment and the women's safety survey."),
    ("None", "New", NEW2, "Reoffending by young adults released from HMP Tanfield Road."),
]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Brockhurst and Tanfield Serious Violence Partnership", accent=ACC, size=10.5,
                  heading_sizes=(14, 12, 11))
    set_footer(doc.sections[0], "Brockhurst and Tanfield Serious Violence Partnership \u2013 refresh 2027-28")
    # ---------------------------------------------------------------- p1
    para(doc, "Brockhurst and Tanfield Serious Violence Partnership", bold=True, size=12, color=ACC, space_after=2)
    para(doc, "Serious Violence Strategy 2025-2028", size=22, color=ACC, space_after=2)
    para(doc, "Annual refresh for 2027-28", size=16, color="595959", space_after=14)
    doc.add_heading("About this refresh", level=1)
    para(doc, "The Serious Violence Duty asks partners to review their strategy every year, using an updated "
              "strategic needs assessment. This document is not a new strategy. It records what the partnership "
              "decided at its meeting on 21 January 2027 about each of last year's priorities, and the new "
              "priorities it has added. The vision, the definition of serious violence and the governance "
              "arrangements in the 2025-2028 strategy are unchanged.")
    doc.add_heading("What the 2026 needs assessment found", level=1)
    for n, f in enumerate([
            "Serious violence fell by 7% in 2025-26, but knife offences in Brockhurst town centre remain the "
            "highest in the county",
            "The children most at risk of serious youth violence are the same children being exploited to sell "
            "drugs",
            "Violence in the night-time economy has fallen for three years in a row",
            "Women and girls report feeling unsafe in parks and on buses after dark, and young adults released "
            "from custody are a growing share of both victims and suspects"], 1):
        numbered(doc, f"{n}.", f, indent_cm=0.8)
    doc.add_heading("Foreword", level=1)
    para(doc, "A year into our strategy, we can point to real progress: fewer stabbings in the town centre, a "
              "night-time economy that is safer than it has been for a decade, and a shared dataset that every "
              "partner can now use. But the needs assessment also tells us where we must change course, and we "
              "have not been afraid to do so.")
    para(doc, "Superintendent Grace Odunsi, Chair, Brockhurst and Tanfield Serious Violence Partnership",
         italic=True, size=10)
    page_break(doc)
    # ---------------------------------------------------------------- p2 the status table
    doc.add_heading("Our priorities: what we kept, changed and added", level=1)
    para(doc, "The table shows the decision the partnership made on each 2026-27 priority. The third column is "
              "the priority as it stands from 1 April 2027. Retired priorities are no longer priorities of the "
              "partnership.")
    t = doc.add_table(rows=1 + len(ROWS), cols=4)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["2026-27 priority", "Decision", "Priority for 2027-28", "Why"]):
        cell_text(c, h, bold=True, size=9.5, color="FFFFFF")
        shade(c, ACC)
    repeat_header(t.rows[0])
    fills = {"Retained": "E2EFDA", "Merged": "FFF2CC", "Retired": "EDEDED", "New": "DDEBF7"}
    for i, (old, dec, cur, why) in enumerate(ROWS, 1):
        cells = t.rows[i].cells
        cell_text(cells[0], old, size=9.5, color="7F7F7F" if old == "None" else None)
        cell_text(cells[1], dec, size=9.5, bold=True)
        shade(cells[1], fills[dec])
        if cur is not None:
            cell_text(cells[2], cur, size=9.5, bold=not cur.startswith("None"),
                      color="7F7F7F" if cur.startswith("None") else None)
        cell_text(cells[3], why, size=9)
    merged = t.cell(2, 2).merge(t.cell(3, 2))
    cell_text(merged, MERGED, size=9.5, bold=True)
    valign(merged, "center")
    why = t.cell(2, 3).merge(t.cell(3, 3))
    cell_text(why, ROWS[1][3], size=9)
    col_widths(t, [4.6, 2.1, 5.4, 4.5])
    para(doc, "", space_after=4)
    para(doc, "So from April 2027 the partnership has five priorities, down from six. Each has a lead delivery "
              "group, and the 2027-28 delivery plan sets out its actions.")
    doc.add_heading("Why we retired two priorities", level=2)
    para(doc, "Retiring a priority does not mean the work stops. Night-time economy patrols, Best Bar None and "
              "the Safe Space continue under the Licensing and Night-Time Economy Group, and the violence "
              "dataset is now maintained by the county's insight team.")
    page_break(doc)
    # ---------------------------------------------------------------- p3 delivery, PCC, governance
    doc.add_heading("Who leads what in 2027-28", level=1)
    table(doc, ["Priority (short name)", "Lead group", "Main actions"],
          [["Knife crime", "Town Centre Violence Group", "Knife arches at events; bleed kits; weapons sweeps"],
           ["Children and exploitation", "Exploitation and Youth Violence Group",
            "Navigator workers in A&E; contextual safeguarding panel"],
           ["Domestic abuse", "Domestic Abuse Board", "High-risk perpetrator programme"],
           ["Women and girls in public spaces", "VAWG Delivery Group", "Safety audits of three parks; bus "
            "staff training"],
           ["Young adults leaving custody", "Reducing Reoffending Group", "Through-the-gate mentoring"]],
          [4.4, 4.8, 7.4], head_fill=ACC)
    doc.add_heading("How this fits with the Police and Crime Plan", level=1)
    para(doc, "The Police and Crime Commissioner's Police and Crime Plan 2025-2029 has four priorities, and the "
              "partnership's work contributes to all of them:")
    bullets(doc, ["Cut violent crime and keep people safe", "Put victims first", "Tackle drugs and exploitation",
                  "A police service people trust"])
    doc.add_heading("Measures", level=1)
    para(doc, "We will report on the Home Office's three core measures of serious violence (hospital admissions "
              "for assault with a sharp object, knife and sharp object enabled offences, and homicides) and on "
              "one local measure for each priority.")
    doc.add_heading("Governance", level=1)
    para(doc, "The refresh was agreed by the Serious Violence Partnership on 21 January 2027 and noted by the "
              "Brockhurst and Tanfield Community Safety Partnership. The next refresh is due in January 2028.")
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
