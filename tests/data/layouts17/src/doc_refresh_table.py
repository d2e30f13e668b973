"""Stanmoor Domestic Abuse Strategy 2025-2028: 2027 refresh (Word, published as its LibreOffice PDF only,
4 pages). The refresh is a short update, not a new strategy, and its current priorities are stated ONLY in the
p3 table "Our priorities from April 2027": one row per 2025 priority, with columns "2025 priority",
"Decision" (Retained / Reworded / Merged / Retired / New) and "Our priority from April 2027".

- two rows are Retained: the same wording in the first and third columns;
- one is Reworded: the third column has the new wording;
- two 2025 priorities are Merged: their third-column cells are one vertically merged cell with one wording;
- one is Retired: its first-column wording is struck through, and the third column says it has moved to the
  VAWG strategy (so it is not a current priority);
- one row is New: the first column says "(none)".

So the five current priorities are the five distinct third-column wordings. Around them: p2 "What has changed
since 2025" with the four recommendations of a Domestic Homicide Review as a numbered list, p1 the original
strategy's vision, p4 measures, the Domestic Abuse Act 2021 duties and the PCC's priorities."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt, RGBColor

import common
from docx_kit import bullets, cell_text, col_widths, new_doc, numbered, page_break, para, repeat_header, \
    set_footer, shade, table, valign

NAME = "merged_rows_refresh_table_domestic_abuse"
ACC = "6B2D5C"
TITLE = "Stanmoor Domestic Abuse Strategy 2025-2028: 2027 refresh"
# (2025 priority, decision, priority from April 2027); None in the third column = merged with the row above
ROWS = [
    ("Safe accommodation and support for every victim who needs it", "Retained",
     "Safe accommodation and support for every victim who needs it"),
    ("Early help for children who witness domestic abuse", "Reworded",
     "Support for children and young people as victims of domestic abuse in their own right"),
    ("Tackling stalking and harassment", "Merged", "Protecting people from stalking and controlling behaviour, "
     "online and offline"),
    ("Recognising and responding to coercive control", "Merged", None),
    ("Raising awareness of abuse in the night-time economy", "Retired",
     "Retired: now led by the Stanmoor VAWG Strategy 2026-2030"),
    ("Holding perpetrators to account and offering them the chance to change", "Retained",
     "Holding perpetrators to account and offering them the chance to change"),
    ("(none)", "New", "Reaching older and disabled victims, who are least likely to ask for help"),
]
FILL = {"Retained": "E2F0D9", "Reworded": "FFF2CC", "Merged": "DDEBF7", "Retired": "EDEDED", "New": "F4E1EE"}


def refresh_table(doc):
    t = doc.add_table(rows=1 + len(ROWS), cols=3)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["2025 priority", "Decision", "Our priority from April 2027"]):
        cell_text(c, h, bold=True, size=10, color="FFFFFF")
        shade(c, ACC)
    repeat_header(t.rows[0])
    for i, (old, decision, new) in enumerate(ROWS, start=1):
        a, b, c = t.rows[i].cells
        a.text = ""
        run = a.paragraphs[0].add_run(old)
        run.font.size = Pt(10)
        if decision == "Retired":
            run.font.strike = True
            run.font.color.rgb = RGBColor.from_string("7F7F7F")
        cell_text(b, decision, bold=True, size=10)
        shade(b, FILL[decision])
        if new is not None:
            cell_text(c, new, size=10, italic=(decision == "Retired"),
                      color="7F7F7F" if decision == "Retired" else None)
    merged = t.cell(3, 2).merge(t.cell(4, 2))  # the two merged 2025 priorities share one new wording
    cell_text(merged, ROWS[2][2], size=10)
    valign(merged, "center")
    col_widths(t, [6.2, 2.4, 8.0])
    return t


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Stanmoor Domestic Abuse Partnership Board", accent=ACC, heading_sizes=(15, 12.5, 11.5))
    set_footer(doc.sections[0], TITLE)
    # ------------------------------------------------------------- p1 cover and introduction
    para(doc, "Stanmoor Domestic Abuse Partnership Board", size=13, color="595959", space_before=40)
    para(doc, "Domestic Abuse Strategy 2025-2028", size=26, color=ACC, space_after=2)
    para(doc, "2027 refresh", size=20, color=ACC, space_after=24)
    doc.add_heading("About this refresh", level=1)
    para(doc, "The Board agreed its Domestic Abuse Strategy in March 2025 and promised to look again at its "
              "priorities half way through. This document is that review. It does not replace the strategy: the "
              "vision, the principles and the governance stay as they are, and the strategy still runs to "
              "March 2028.")
    para(doc, "The Board met on 26 January 2027 and went through the strategy's six priorities one by one. The "
              "table on page 3 records what it decided for each one and gives the wording of our priorities from "
              "April 2027. Where the table says a priority is retired, the work has not stopped: it is now led "
              "by another plan.")
    doc.add_heading("Our vision (unchanged)", level=1)
    para(doc, "Everyone in Stanmoor can live free from domestic abuse, and anyone who experiences it gets the right "
              "help, first time.")
    doc.add_heading("Our principles (unchanged)", level=1)
    bullets(doc, ["Believe victims and put their safety first",
                  "See the whole family, including the children",
                  "Make the abuser the problem, not the victim",
                  "Listen to survivors and let them shape what we do"])
    page_break(doc)
    # ------------------------------------------------------------- p2 what has changed
    doc.add_heading("What has changed since 2025", level=1)
    para(doc, "Three things led the Board to change its priorities.")
    para(doc, "First, Stanmoor's new Violence Against Women and Girls Strategy 2026-2030 now covers public "
              "spaces and the night-time economy, so there is no need for this strategy to duplicate it.")
    para(doc, "Second, the police and our specialist services told us that stalking and coercive control are "
              "usually the same pattern of behaviour, and that two separate priorities split the work between "
              "two groups. Of 212 stalking cases reviewed in 2026, 171 involved a current or former partner.")
    para(doc, "Third, the Domestic Homicide Review into the death of \u201cMargaret\u201d, a 79-year-old woman "
              "killed by her husband in 2025, was published in October 2026. It made four recommendations to the "
              "Board:")
    for n, r in enumerate([
            "Train GP practice and adult social care staff to ask older people about abuse by partners and "
            "family members.",
            "Make sure the domestic abuse risk assessment is used with victims over 65.",
            "Review how carers' assessments record concerns about the person being cared for.",
            "Publish information about domestic abuse services in places older people use."], 1):
        numbered(doc, f"{n}.", r, indent_cm=0.8)
    para(doc, "The Board has accepted all four. They are one reason for the new priority about older and "
              "disabled victims.")
    doc.add_heading("What the numbers show", level=1)
    table(doc, ["", "2024-25", "2025-26"],
          [["Domestic abuse incidents and crimes recorded by the police", "6,482", "6,911"],
           ["Cases heard at the risk conference (MARAC)", "588", "641"],
           ["Households given safe accommodation", "214", "236"],
           ["Referrals of victims aged 65 or over", "31", "29"]],
          [10.0, 3.2, 3.2], head_fill=ACC)
    page_break(doc)
    # ------------------------------------------------------------- p3 the table: the only statement
    doc.add_heading("Our priorities from April 2027", level=1)
    para(doc, "The table sets out the Board's decision on each of the 2025 priorities. The right-hand column gives "
              "our priorities from April 2027 until the strategy ends in March 2028. Each has a lead officer and "
              "an updated action plan.")
    refresh_table(doc)
    para(doc, "", space_after=4)
    para(doc, "Retained: kept as it was. Reworded: kept, with new wording. Merged: two priorities combined into "
              "one. Retired: no longer a priority of this strategy. New: added in 2027.", size=9, color="595959")
    page_break(doc)
    # ------------------------------------------------------------- p4 measures, duties, PCC
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Measure", "2025-26", "Target 2028"],
          [["Victims who say they feel safer when their case closes", "78%", "85%"],
           ["Children supported by the children's domestic abuse service", "164", "240"],
           ["Stalking protection orders applied for", "9", "20"],
           ["Perpetrators starting a behaviour change programme", "57", "90"],
           ["Referrals of victims aged 65 or over", "29", "60"]],
          [10.0, 3.2, 3.4], head_fill=ACC)
    doc.add_heading("Our duties", level=1)
    para(doc, "Part 4 of the Domestic Abuse Act 2021 requires the council to assess the need for support in safe "
              "accommodation, to publish a strategy for providing it, and to review that strategy. The Act also "
              "recognises children who see, hear or experience domestic abuse as victims in their own right.")
    doc.add_heading("The Police and Crime Commissioner", level=1)
    para(doc, "The Commissioner's Police and Crime Plan has four priorities: visible neighbourhood policing, "
              "tackling violence against women and girls, supporting victims and witnesses, and cutting "
              "reoffending. The Commissioner part-funds our advocacy and perpetrator services.")
    doc.add_heading("Governance", level=1)
    para(doc, "The Domestic Abuse Partnership Board reports to the Stanmoor Community Safety Partnership and to "
              "the Safeguarding Adults Board. It will publish a final report on the strategy in 2028.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4, common.pdf_pages(pdf)
    return [pdf]
