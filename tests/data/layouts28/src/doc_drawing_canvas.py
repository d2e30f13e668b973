"""Quarnby Serious Violence Strategy 2027-2030, a partnership draft (Word, published as .docx only). The five
priorities exist only as text boxes inside a Word DRAWING CANVAS (wpc:wpc, inline, Figure 2 on p3): an aim box
at the top, arrow connectors (wps:cNvCnPr with stCxn/endCxn) down to five rounded priority boxes (a small
"Priority N" kicker paragraph above the wording in each), and a grey "Underpinned by" box of principles at the
bottom. Word's mc:AlternateContent keeps a VML v:group fallback, so every box's text is in document.xml twice.
Distractors: Figure 1 on p2 is a canvas of the same design holding the Serious Violence Duty's three
requirements; Figure 3 on p4 is the governance canvas (boards and delivery groups); the needs assessment's
findings are bullets; the 2024 interim strategy's three priorities are in prose on p4."""
from __future__ import annotations

from pathlib import Path

import kit28 as k
from docx_kit import bullets, new_doc, page_break, para, set_footer, set_header, table

NAME = "drawing_canvas_connectors_serious_violence"
ACC = "1D4E89"
PRIORITIES = ["Fewer young people carrying knives and other weapons",
              "Less violence in and around the night-time economy",
              "Children at risk of exploitation are found and helped early",
              "Breaking the link between drug markets and serious violence",
              "Young people and communities shape and trust our work"]


def caption(doc, text):
    para(doc, text, italic=True, size=9.5, color="595959", space_before=4)


def build(work: Path) -> Path:
    doc = new_doc("Quarnby Serious Violence Strategy 2027-2030 (draft)", "Tomasz Wright", font="Arial",
                  accent=ACC, heading_sizes=(16, 13, 11.5))
    sec = doc.sections[0]
    set_header(sec, "Quarnby Serious Violence Partnership | DRAFT for OPCC review", color="7F7F7F")
    set_footer(sec, "Quarnby Serious Violence Strategy 2027-2030 (draft 3)")
    # ---- p1
    para(doc, "Quarnby Serious Violence Partnership", size=13, color="595959", space_before=110)
    para(doc, "Serious Violence Strategy 2027-2030", size=28, color=ACC)
    para(doc, "Draft 3, October 2026. Prepared under the Serious Violence Duty (Police, Crime, Sentencing and "
              "Courts Act 2022) by the specified authorities for Quarnby.", size=11, color="595959",
         space_before=14)
    page_break(doc)
    # ---- p2: the Duty canvas (distractor) and the needs assessment
    doc.add_heading("Introduction", level=1)
    para(doc, "Serious violence in Quarnby is concentrated in a few places and among a small number of young "
              "people. This strategy sets out how the partnership will prevent it and reduce it, using a public "
              "health approach.")
    doc.add_heading("What the Duty asks of us", level=1)
    duty = k.Canvas(100, "Canvas 100", 16.0, 3.4)
    for i, (x, t) in enumerate(zip((0.2, 5.5, 10.8), ("Work together to prevent and reduce serious violence",
                                                      "Share data and intelligence",
                                                      "Prepare and publish a strategy, and review it every "
                                                      "year"))):
        duty.box(f"d{i}", x, 0.4, 5.0, 2.6, [k.box_para(f"Requirement {i + 1}", size=8.5, color="595959", after=60),
                                              k.box_para(t, size=10.5, bold=True, color=ACC)],
                 fill="EAF1FB", line=ACC)
    k.add(doc, duty.xml())
    caption(doc, "Figure 1: the Serious Violence Duty's requirements of the specified authorities")
    doc.add_heading("What the strategic needs assessment found", level=1)
    bullets(doc, ["Knife-enabled offences rose by 23% in three years; 41% involved someone under 25.",
                  "Half of all violence with injury happens within 400 metres of the Eastgate night-time "
                  "economy.",
                  "Most serious youth violence is linked to two drug supply lines running from outside Quarnby.",
                  "School exclusion is the strongest single risk factor among the children we reviewed."])
    page_break(doc)
    # ---- p3: the priorities canvas
    doc.add_heading("Our priorities", level=1)
    para(doc, "Figure 2 is our strategy on a page: one aim, five priorities, and the principles that run "
              "through all of them. The delivery plan sets out the actions under each priority.")
    cv = k.Canvas(200, "Canvas 200", 16.2, 11.6)
    cv.box("aim", 3.1, 0.2, 10.0, 1.6, [k.box_para("OUR AIM", size=8.5, color="FFFFFF", after=40),
                                        k.box_para("Fewer people hurt or killed by serious violence in Quarnby",
                                                   size=12, bold=True, color="FFFFFF")], fill=ACC, line=ACC)
    pos = [(0.1, 3.0), (5.5, 3.0), (10.9, 3.0), (2.8, 6.2), (8.2, 6.2)]
    for i, ((x, y), t) in enumerate(zip(pos, PRIORITIES)):
        cv.box(f"p{i}", x, y, 5.1, 2.6, [k.box_para(f"Priority {i + 1}", size=8.5, color="595959", after=60),
                                         k.box_para(t, size=10.5, bold=True, color=ACC)], line=ACC, line_w=19050)
    cv.box("base", 0.1, 9.4, 15.9, 1.9, [
        k.box_para("Underpinned by", size=8.5, color="595959", after=40),
        k.box_para("a public health approach  |  trauma-informed practice  |  the voice of young people  |  "
                   "data shared safely", size=10, color="404040")], fill="EDEDED", line="BFBFBF", geom="rect")
    for i in range(3):
        cv.arrow("aim", f"p{i}")
    cv.arrow("p0", "p3")
    cv.arrow("p2", "p4")
    k.add(doc, cv.xml())
    caption(doc, "Figure 2: Quarnby Serious Violence Strategy 2027-2030 on a page")
    para(doc, "The specified authorities agreed these priorities at the partnership board on 24 September 2026 "
              "after testing them with 180 young people through the youth council and schools.")
    page_break(doc)
    # ---- p4: governance canvas, measures, the interim strategy
    doc.add_heading("Governance", level=1)
    gv = k.Canvas(300, "Canvas 300", 16.0, 5.6)
    gv.box("board", 4.0, 0.2, 8.0, 1.5, [k.box_para("Quarnby Serious Violence Partnership Board", size=10.5,
                                                    bold=True, color=ACC)], fill="EAF1FB", line=ACC)
    for i, (x, t) in enumerate(zip((0.2, 5.5, 10.8), ("Violence Reduction Delivery Group",
                                                      "Night-Time Economy Group",
                                                      "Exploitation and Missing Children Panel"))):
        gv.box(f"g{i}", x, 3.4, 5.0, 1.8, [k.box_para(t, size=10, bold=True, color=ACC)], fill="EAF1FB",
               line=ACC)
        gv.arrow("board", f"g{i}")
    k.add(doc, gv.xml())
    caption(doc, "Figure 3: who oversees the strategy")
    doc.add_heading("How we will measure progress", level=1)
    table(doc, ["Measure", "2025-26", "Target 2029-30"],
          [["Hospital admissions for assault with a sharp object, under 25", "46", "30"],
           ["Violence with injury, Eastgate night-time economy", "612", "480"],
           ["Children referred to the exploitation panel within a week of first concern", "58%", "85%"]],
          [10.0, 3.0, 3.4], head_fill=ACC)
    doc.add_heading("Where we started", level=1)
    para(doc, "The 2024 interim strategy had three priorities: reducing knife crime, understanding the problem "
              "better, and building the partnership. This strategy replaces it.")
    return k.save(doc, work, NAME)


def sources(work: Path) -> list[Path]:
    build(work)
    return []  # published as .docx only


def finish(work: Path, out: Path) -> list[Path]:
    return k.publish(work, out, NAME)
