"""Safer Tollerdown Partnership Plan 2026-27 (python-docx, published as .docx and as its LibreOffice PDF;
3 pages: portrait, landscape, portrait): the priorities are the ROW LABELS of a heatmap.

p1: title, chair's foreword, how the strategic assessment was done, numbered findings 1-4. p2 (a landscape
section): "Figure 1. Where our priorities bite", a Word table used as a heatmap: first column "Priority"
(the five priorities, bold), then six ward columns whose names are set vertically (text direction bottom to
top), then a "District" column; each cell is shaded on a five-step ramp by its rate against the district
rate, with the rate printed in it; a shaded key row under it. Below it, "Figure 2", a heatmap of exactly the
same design whose first column "Crime type" lists five other crime types the partnership monitors. p3: the
Police and Crime Commissioner's plan priorities as bullets, measures, governance."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import common
from docx_kit import (blank_header_footer, cell_text, col_widths, new_doc, new_section, para, row_height,
                      set_footer, shade, valign)

NAME = "heatmap_rows_wards_csp"
ACC = "1D5C4D"
WARDS = ["Kelsby", "Thornacre", "Wethermoor", "Cardenhoe", "Farrowby", "Stainmoor"]
PRIORITIES = [
    ("Violence and disorder in the night-time economy", [9.8, 2.1, 1.4, 6.2, 0.9, 0.4], 3.9),
    ("Antisocial behaviour that harms neighbourhoods", [31.5, 22.4, 12.0, 27.9, 8.8, 6.1], 19.6),
    ("Domestic abuse and its impact on children", [14.2, 16.8, 9.1, 12.5, 7.7, 6.9], 11.8),
    ("Exploitation of children and vulnerable adults", [1.9, 1.2, 0.5, 1.6, 0.3, 0.4], 1.1),
    ("Rural and farm crime across the villages", [0.2, 0.4, 2.6, 0.3, 3.1, 4.8], 1.7),
]
OTHER = [
    ("Burglary", [4.1, 3.6, 2.2, 3.9, 1.8, 1.5], 3.0),
    ("Vehicle crime", [5.2, 4.4, 2.5, 4.0, 1.9, 1.7], 3.4),
    ("Shoplifting", [12.6, 1.1, 0.8, 5.3, 0.4, 0.2], 4.2),
    ("Criminal damage", [8.4, 7.0, 4.1, 6.8, 3.3, 2.9], 5.6),
    ("Hate crime", [1.4, 0.9, 0.3, 1.1, 0.2, 0.2], 0.7),
]
RAMP = ["EAF4F1", "BFE0D6", "86C5B3", "3F9A82", "1D5C4D"]
KEY = ["Under half the district rate", "Half to 0.9 times", "0.9 to 1.1 times", "1.1 to 2 times",
       "Over twice the district rate"]


def step(v, dist):
    r = v / dist
    return 0 if r < 0.5 else 1 if r < 0.9 else 2 if r <= 1.1 else 3 if r <= 2 else 4


def text_direction(cell, val="btLr"):
    tcpr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:textDirection")
    el.set(qn("w:val"), val)
    tcpr.append(el)


def heatmap(doc, first_head, rows, *, head_cm=2.0, row_cm=0.95):
    t = doc.add_table(rows=1 + len(rows), cols=2 + len(WARDS))
    t.style = doc.styles["Table Grid"]
    hdr = t.rows[0]
    row_height(hdr, head_cm, exact=True)
    cell_text(hdr.cells[0], first_head, bold=True, size=9.5, color="FFFFFF")
    valign(hdr.cells[0], "bottom")
    for j, name in enumerate(WARDS + ["District"], start=1):
        cell_text(hdr.cells[j], name, bold=True, size=9, color="FFFFFF")
        text_direction(hdr.cells[j])
        valign(hdr.cells[j], "center")
    for cell in hdr.cells:
        shade(cell, "404040")
    for i, (name, vals, dist) in enumerate(rows, start=1):
        r = t.rows[i]
        row_height(r, row_cm)
        cell_text(r.cells[0], name, bold=True, size=9.5)
        valign(r.cells[0], "center")
        for j, v in enumerate(vals, start=1):
            k = step(v, dist)
            cell_text(r.cells[j], f"{v:.1f}", size=9, color="FFFFFF" if k >= 3 else "222222", align="center")
            shade(r.cells[j], RAMP[k])
            valign(r.cells[j], "center")
        cell_text(r.cells[-1], f"{dist:.1f}", size=9, bold=True, align="center")
        shade(r.cells[-1], "F2F2F2")
        valign(r.cells[-1], "center")
    col_widths(t, [7.4] + [1.6] * len(WARDS) + [1.8])
    return t


def key_table(doc):
    t = doc.add_table(rows=1, cols=2 * len(KEY))
    for k, name in enumerate(KEY):
        shade(t.rows[0].cells[2 * k], RAMP[k])
        cell_text(t.rows[0].cells[2 * k + 1], name, size=8, color="404040")
    col_widths(t, [0.5, 3.6] * len(KEY))
    return t


def build_docx(work: Path) -> Path:
    doc = new_doc("Safer Tollerdown Partnership Plan 2026-27", "Safer Tollerdown Partnership", accent=ACC,
                  size=10.5)
    sec = doc.sections[0]
    set_footer(sec, "Safer Tollerdown Partnership Plan 2026-27")
    para(doc, "Safer Tollerdown Partnership", size=12, color="595959", space_after=2)
    para(doc, "Partnership Plan 2026-27", size=26, color=ACC, space_after=2)
    para(doc, "Community safety priorities for Tollerdown District, from the 2026 strategic assessment",
         size=12, color="404040", space_after=14)
    doc.add_heading("Foreword", level=1)
    para(doc, "Tollerdown is a safe place to live for most people most of the time, but the risks are not spread "
              "evenly. Kelsby town centre and the Cardenhoe estates see most of the violence and antisocial "
              "behaviour; the Stainmoor villages face crime that the towns hardly notice. This year we have "
              "shown our priorities on a single map of the district, so that every partner can see where each "
              "one matters most.")
    para(doc, "Cllr Rosalind Achterberg-Lowe, Chair, Safer Tollerdown Partnership", italic=True, space_after=12)
    doc.add_heading("How we set our priorities", level=1)
    para(doc, "The partnership's analysts reviewed police, council, health and fire service data for April 2025 "
              "to March 2026, and the results of the residents' survey (1,204 replies). The strategic assessment "
              "group then scored each issue for harm, volume, trend and public concern. The five issues with the "
              "highest scores became the priorities shown on page 2.")
    doc.add_heading("Key findings of the strategic assessment", level=2)
    for i, f in enumerate([
            "Recorded violence fell by 6% overall but rose by 14% in Kelsby town centre between 10pm and 3am.",
            "Antisocial behaviour is the residents' first concern in four of the six wards.",
            "One in three domestic abuse incidents had a child in the household.",
            "Thefts of farm machinery and fuel in the Stainmoor villages doubled in two years."], start=1):
        para(doc, f"{i}.  {f}", indent_cm=0.3, space_after=3)

    sec2 = new_section(doc, landscape=True)
    set_footer(sec2, "Safer Tollerdown Partnership Plan 2026-27", width_cm=25.3)
    sec2.top_margin, sec2.bottom_margin = Cm(1.5), Cm(1.5)
    doc.add_heading("Our priorities for 2026-27, ward by ward", level=1)
    para(doc, "The partnership's five priorities are the rows of Figure 1. Each cell shows the rate per 1,000 "
              "residents in the ward in 2025-26 and is shaded by how far it is above or below the district "
              "rate, so that the darkest cells show where each priority matters most.", space_after=8)
    para(doc, "Figure 1. Where our priorities bite: rate per 1,000 residents by ward, 2025-26", bold=True,
         color=ACC, size=10, space_after=4)
    heatmap(doc, "Priority", PRIORITIES)
    para(doc, "", space_after=2)
    key_table(doc)
    para(doc, "Figure 2. Other crime types the partnership monitors (not priorities): rate per 1,000 residents, "
              "2025-26", bold=True, color=ACC, size=10, space_after=4, space_before=8)
    heatmap(doc, "Crime type", OTHER, head_cm=2.0, row_cm=0.5)
    para(doc, "Source: Tollerdown Community Safety Analysis Team; police recorded crime and incidents, council "
              "ASB cases, MARAC and exploitation panel records; ONS mid-2025 population estimates.", italic=True,
         size=8, color="595959", space_before=4)

    sec3 = new_section(doc, landscape=False)
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    set_footer(sec3, "Safer Tollerdown Partnership Plan 2026-27")
    doc.add_heading("How this plan fits with others", level=1)
    para(doc, "The Police and Crime Commissioner's Police and Crime Plan 2025-2029 has four priorities, which "
              "this plan supports:")
    for b in ["Putting victims first", "Fighting crime in every community", "Tackling violence against women "
              "and girls", "A police service the public trusts"]:
        doc.add_paragraph(b, style="List Bullet")
    para(doc, "Figure 2's crime types are not priorities: they are reported to the partnership every quarter so "
              "that a change in the trend is spotted early.", space_before=6)
    doc.add_heading("Measures", level=1)
    t = doc.add_table(rows=5, cols=3)
    t.style = doc.styles["Table Grid"]
    data = [("Measure", "2025-26", "Direction"),
            ("Violence with injury in Kelsby town centre, 10pm to 3am", "412", "Down"),
            ("Repeat ASB callers (three or more calls in 90 days)", "268", "Down"),
            ("Domestic abuse referrals with children where Early Help was offered", "58%", "Up"),
            ("Farm and rural thefts reported", "191", "Down")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9.5, color="FFFFFF" if i == 0 else None)
            if i == 0:
                shade(t.rows[i].cells[j], ACC)
    col_widths(t, [10.5, 2.6, 3.5])
    doc.add_heading("Governance", level=1)
    para(doc, "The partnership's executive group meets every two months and reviews the heatmap each quarter. "
              "Task groups for each priority report to it; the Community Safety Analysis Team refreshes Figures 1 "
              "and 2 every quarter. The plan is reviewed by the council's Overview and Scrutiny Committee in "
              "March 2027.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build_docx(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    got = common.pdf_pages(pdf)
    if got != 3:
        raise SystemExit(f"{NAME}: expected 3 pages, got {got}")
    return [docx, pdf]
