"""Orlingham VAWG Partnership Plan 2027-28 (Word, published as its LibreOffice PDF only, 4 pages). The five
priorities are stated ONLY inside the governance structure chart on p3 ("Figure 1: how the partnership is
organised"), drawn as a Word table of shaded boxes: the Community Safety Partnership at the top, the VAWG
Partnership Board with two linked boards beside it, then a row of five delivery-group boxes, each with a
kicker "Priority N delivery group", the priority's wording in bold and "Chair: ..." under it, then a row of
five boxes of the same design for the standing panels and task and finish groups, which are not priorities.
Each priority box is about 3.2 cm wide, so the wording wraps over four to seven lines. Other text: the
national VAWG strategy's aims and the PCC's priorities (p2), the 2025-27 plan's three priorities (p2), and
a p4 measures table keyed by the delivery groups' short names."""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

import common
from docx_kit import bullets, cell_margins, col_widths, merge_cells, new_doc, no_borders, page_break, para, \
    set_footer, shade, table, valign

NAME = "org_chart_delivery_groups_vawg"
ACC = "5B2A86"
TITLE = "Orlingham VAWG Partnership Plan 2027-28"
PRI = [
    ("Preventing abuse before it starts, through schools, youth settings and workplaces", "Head of Education "
     "Inclusion"),
    ("Early help for victims of domestic abuse and their children", "Orlingham Women's Aid"),
    ("Making streets, parks and the night-time economy safe for women and girls", "Brenshire Police"),
    ("Holding perpetrators to account and changing their behaviour", "Probation Service"),
    ("Ending sexual violence and supporting survivors to recover", "Brenshire Rape Crisis"),
]
OTHER = [("Standing panel", "Domestic Homicide Review Panel"), ("Standing panel", "MARAC Steering Group"),
         ("Standing panel", "Survivors' Voice Panel"), ("Task and finish group", "Stalking pathway review"),
         ("Task and finish group", "Workplace policy for partner agencies")]


def box(cell, lines, fill, *, color="FFFFFF"):
    """Fill a table cell as an org-chart box: lines are (text, bold, size)."""
    shade(cell, fill)
    valign(cell, "center")
    first = True
    for t, b, s in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = 1
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(t)
        r.bold = b
        r.font.size = Pt(s)
        r.font.color.rgb = RGBColor.from_string(color)


def arrow_row(t, r):
    for c in t.rows[r].cells:
        c.paragraphs[0].alignment = 1
    cell = t.rows[r].cells[2]
    run = cell.paragraphs[0].add_run("\u25bc")
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor.from_string("8E7BAA")


def org_chart(doc):
    t = doc.add_table(rows=7, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell_margins(t, top=70, bottom=70, left=60, right=60)
    col_widths(t, [3.3] * 5)
    sp = OxmlElement("w:tblCellSpacing")  # white gaps between the boxes, as a chart drawn in a table has
    sp.set(qn("w:w"), "57")
    sp.set(qn("w:type"), "dxa")
    t._tbl.tblPr.append(sp)
    top = merge_cells(t, 0, 1, 0, 3)
    box(top, [("Orlingham Community Safety Partnership", True, 10)], "3C3C3C")
    arrow_row(t, 1)
    box(t.rows[2].cells[0], [("Linked board", False, 7.5), ("Orlingham Safeguarding Adults Board", True, 8.5)],
        "A8A8A8")
    mid = merge_cells(t, 2, 1, 2, 3)
    box(mid, [("Orlingham VAWG Partnership Board", True, 11), ("Chair: Assistant Director, Community Safety",
                                                                False, 8.5)], ACC)
    box(t.rows[2].cells[4], [("Linked board", False, 7.5),
                             ("Orlingham Safeguarding Children Partnership", True, 8.5)], "A8A8A8")
    arrow_row(t, 3)
    for i, (p, chair) in enumerate(PRI):
        box(t.rows[4].cells[i], [(f"Priority {i + 1} delivery group", False, 7.5), (p, True, 9),
                                 (f"Chair: {chair}", False, 7.5)], "8B5FB5")
    arrow_row(t, 5)
    for i, (k, name) in enumerate(OTHER):
        box(t.rows[6].cells[i], [(k, False, 7.5), (name, True, 9), ("Reports to the Board", False, 7.5)],
            "B9A3D0", color="2A1140")
    return t


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Orlingham VAWG Partnership Board", accent=ACC, heading_sizes=(16, 13, 11.5))
    set_footer(doc.sections[0], TITLE)
    # p1 cover + introduction
    para(doc, "Orlingham VAWG Partnership Plan", size=28, color=ACC, space_before=60)
    para(doc, "2027-28", size=22, color=ACC)
    para(doc, "Violence against women and girls: our plan for the year", size=13, color="595959")
    doc.add_heading("Introduction", level=1)
    para(doc, "This is the Orlingham VAWG Partnership Board's plan for 2027-28. It is the second annual plan under "
              "the Orlingham VAWG Strategy 2025-2030, and it was agreed by the Board on 3 December 2026 after a "
              "review of the first year's work and a workshop with the Survivors' Voice Panel.")
    para(doc, "The Board has changed the way it works this year. Each of its priorities now has a delivery group "
              "with an independent chair, a budget and an action plan, and the groups report to the Board every "
              "quarter. Figure 1 on page 3 shows the Board's structure, its five priorities and the groups that "
              "deliver them.")
    para(doc, "Violence against women and girls covers domestic abuse, sexual violence, stalking, harassment, "
              "so-called honour-based abuse, female genital mutilation, forced marriage and online abuse. "
              "Although we use the term VAWG, our services are open to everyone who experiences these crimes, "
              "including men and boys.")
    page_break(doc)
    # p2 context
    doc.add_heading("The picture in Orlingham", level=1)
    bullets(doc, ["Brenshire Police recorded 3,105 domestic abuse crimes in Orlingham in 2025-26, up 6%.",
                  "Reports of rape and other sexual offences rose by 11%; 42% of victims were under 25.",
                  "In the residents' survey, 58% of women said they feel unsafe in the town centre after dark.",
                  "MARAC heard 412 cases, and 31% were repeat cases within 12 months."])
    doc.add_heading("Our first year", level=1)
    para(doc, "The 2025-27 plan had three priorities: better support for children who live with domestic abuse, "
              "a specialist stalking service, and training for every front-line worker. The stalking service "
              "opened in March 2026, and the training has reached 1,900 staff. Support for children is now part "
              "of the early help priority.")
    doc.add_heading("National and local plans we support", level=1)
    para(doc, "The national Tackling Violence Against Women and Girls Strategy has three aims:")
    bullets(doc, ["prioritising prevention", "supporting victims", "pursuing perpetrators"])
    para(doc, "The Brenshire Police and Crime Plan 2025-2029 includes two priorities that this plan helps to deliver:")
    bullets(doc, ["Keep women and girls safe in public places", "Put victims first at every stage of the "
                  "justice system"])
    page_break(doc)
    # p3 the org chart
    doc.add_heading("How the partnership is organised", level=1)
    para(doc, "The Board has five priorities for 2027-28. Each one has its own delivery group, shown in the third "
              "row of Figure 1 with the priority it delivers. The standing panels and task and finish groups in "
              "the bottom row also report to the Board, but they are not priorities: they carry out statutory "
              "reviews or finish a short piece of work.")
    org_chart(doc)
    para(doc, "Figure 1: how the partnership is organised, 2027-28", italic=True, size=9, color="595959",
         space_before=6)
    page_break(doc)
    # p4 measures and governance
    doc.add_heading("How we will know we are making a difference", level=1)
    table(doc, ["Delivery group", "Measure", "2025-26", "Aim for 2027-28"],
          [["Prevention", "Schools delivering the healthy relationships programme", "14 of 31", "31 of 31"],
           ["Early help", "Victims contacted by an IDVA within 48 hours", "71%", "90%"],
           ["Safe spaces", "Women who feel safe in the town centre after dark", "42%", "50%"],
           ["Perpetrators", "Perpetrators starting a behaviour change programme", "96", "150"],
           ["Sexual violence", "Survivors waiting more than 12 weeks for counselling", "63", "under 20"]],
          [3.2, 7.4, 2.4, 3.0], head_fill=ACC)
    doc.add_heading("Our principles", level=1)
    bullets(doc, ["Survivors' voices shape everything we do.",
                  "We hold perpetrators, not victims, responsible for abuse.",
                  "We design services with women and girls from every community in Orlingham."])
    doc.add_heading("Governance and reporting", level=1)
    para(doc, "Each delivery group reports to the Board every quarter. The Board reports to the Orlingham "
              "Community Safety Partnership twice a year and publishes an annual report each summer.")
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
