"""caption_seq_fields_csp.docx / .pdf: the Wraybridge Community Safety Partnership Plan 2026-2029, a Word
document (python-docx) whose author numbered the priorities with Word's **Insert Caption** and a custom label
"Priority": each priority is a paragraph in the built-in **Caption** style (9 pt italic, grey-blue), "Priority
{SEQ Priority}: X", above the table of actions for that priority. A **Table of Figures** field for the label
"Priority" (TOC \\c "Priority") on page 2 lists them with page numbers, beside a second Table of Figures for the
"Figure" captions. Chart and table captions ("Figure 2: ...", "Table 1: ...") are in the same Caption style.

Gold is the four priority captions on pages 4 and 5, not the list on page 2. In the .docx the number is the SEQ
field's cached result, so the caption's text is "Priority " + "1" + ": X" in three runs; LibreOffice prints it as
"Priority 1: X". The section headings on those pages are generic ("What we will do").
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import common
import docx_kit as D

NAME = "caption_seq_fields_csp"
TITLE = "Wraybridge Community Safety Partnership Plan 2026-2029"
ACCENT = "1F4E79"
PRIORITIES = [
    ("Reducing anti-social behaviour in our neighbourhoods", 4, [
        ("Run a problem-solving plan for each of the six ASB hot spots", "Wraybridge Council", "Quarterly"),
        ("Give every repeat victim a named caseworker", "Wraybridge Homes", "From April 2026"),
        ("Use the ASB case review to give victims a say", "Wraybridge Council", "Ongoing"),
    ]),
    ("Keeping young people safe from exploitation and violence", 4, [
        ("Hold a monthly exploitation panel for children and young adults", "Children's services", "Monthly"),
        ("Place youth workers in the custody suite and the emergency department", "Violence Reduction Unit",
         "September 2026"),
        ("Deliver knife crime education in every secondary school", "Youth service", "March 2027"),
    ]),
    ("Supporting victims of domestic abuse and holding perpetrators to account", 5, [
        ("Fund an independent domestic violence adviser in the hospital", "Domestic Abuse Board", "July 2026"),
        ("Offer a behaviour change programme to every perpetrator referred", "Probation Service", "2026-27"),
        ("Train all council front-line staff to ask about abuse", "Wraybridge Council", "December 2026"),
    ]),
    ("Making Wraybridge town centre safer at night", 5, [
        ("Achieve Purple Flag accreditation for the town centre", "Licensing", "November 2026"),
        ("Extend the town centre safe space to Thursday nights", "Street Pastors", "June 2026"),
        ("Train door and bar staff in spotting vulnerability", "Pubwatch", "March 2027"),
    ]),
]
FIGURES = [("Figure", 1, "Recorded crime in Wraybridge by type, 2025-26", 3),
           ("Figure", 2, "Anti-social behaviour reports by ward, 2023-2026", 3)]


def _run_with(p, el):
    r = p.add_run()
    r._r.append(el)
    return r


def _fld(p, kind: str) -> None:
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), kind)
    _run_with(p, e)


def _instr(p, instr: str) -> None:
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    _run_with(p, it)


def caption(doc, label: str, n: int, text: str):
    """A Word caption: the label, a SEQ field (its cached result is the number), a colon and the text."""
    p = doc.add_paragraph(style="Caption")
    p.add_run(f"{label} ")
    D._field(p, f"SEQ {label} \\* ARABIC", str(n))
    p.add_run(f": {text}")
    p.paragraph_format.keep_with_next = True
    return p


def table_of_figures(doc, label: str, entries: list[tuple[int, str, int]]) -> None:
    """A Table of Figures field for one caption label, with its cached result (one paragraph per entry)."""
    for i, (n, text, page) in enumerate(entries):
        p = doc.add_paragraph(style="Table of Figures")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            _fld(p, "begin")
            _instr(p, f'TOC \\h \\z \\c "{label}"')
            _fld(p, "separate")
        p.add_run(f"{label} {n}: {text}\t{page}")
        if i == len(entries) - 1:
            _fld(p, "end")


def _styles(doc) -> None:
    st = doc.styles
    cap = st["Caption"]
    D.set_font(cap, "Liberation Sans", 9, "44546A", False)
    cap.font.italic = True
    cap.paragraph_format.space_before = Pt(10)
    cap.paragraph_format.space_after = Pt(4)
    try:
        tof = st["Table of Figures"]
    except KeyError:
        from docx.enum.style import WD_STYLE_TYPE
        tof = st.add_style("Table of Figures", WD_STYLE_TYPE.PARAGRAPH)
        tof.base_style = st["Normal"]
    tof.paragraph_format.space_after = Pt(2)


def _chart(doc, rows: list[tuple[str, int]], colour: str) -> None:
    """A small bar chart pasted as a borderless table: the bars are runs of block characters in colour."""
    t = doc.add_table(rows=len(rows), cols=3)
    D.no_borders(t)
    top = max(v for _, v in rows)
    for i, (lab, v) in enumerate(rows):
        D.cell_text(t.cell(i, 0), lab, size=8.5)
        D.cell_text(t.cell(i, 1), "\u2588" * max(1, round(24 * v / top)), size=8.5, color=colour)
        D.cell_text(t.cell(i, 2), f"{v:,}", size=8.5)
    D.col_widths(t, [4.6, 8.0, 2.0])


def build(work: Path) -> Path:
    doc = D.new_doc(TITLE, "Wraybridge Community Safety Partnership", accent=ACCENT)
    _styles(doc)
    sec = doc.sections[0]
    D.set_footer(sec, "Wraybridge Community Safety Partnership Plan 2026-2029", page_word="   Page ")

    # ---- page 1: cover
    D.para(doc, "Wraybridge Community Safety Partnership", size=13, color="595959", space_before=120)
    doc.add_paragraph(TITLE, style="Title")
    D.para(doc, "Agreed by the Partnership on 2 June 2026", color="595959")
    D.para(doc, "Partners: Wraybridge Borough Council, Hollinsby Police, Hollinsby Fire and Rescue Service, the "
                "Probation Service, NHS Hollinsby Integrated Care Board, Wraybridge Homes.", size=9.5, color="595959",
           space_before=200)
    D.page_break(doc)

    # ---- page 2: contents, list of priorities, list of figures
    doc.add_paragraph("Contents", style="Heading 1")
    for sec_name, pg in [("1. Introduction", 3), ("2. Crime and disorder in Wraybridge", 3),
                         ("3. What we will do", 4), ("4. Governance and performance", 6)]:
        p = doc.add_paragraph(style="Table of Figures")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{sec_name}\t{pg}")
    doc.add_paragraph("List of priorities", style="Heading 2")
    table_of_figures(doc, "Priority", [(i, t, pg) for i, (t, pg, _) in enumerate(PRIORITIES, start=1)])
    doc.add_paragraph("List of figures", style="Heading 2")
    table_of_figures(doc, "Figure", [(n, t, pg) for _, n, t, pg in FIGURES])
    D.page_break(doc)

    # ---- page 3: introduction and context, with figure captions
    doc.add_paragraph("1. Introduction", style="Heading 1")
    D.para(doc, "This plan sets out how the partners in Wraybridge will work together to reduce crime and disorder "
                "over the next three years. It follows the strategic assessment completed in March 2026 and a "
                "residents' survey that 1,240 people answered.")
    D.para(doc, "The last plan (2023-2026) had three priorities: neighbourhood crime, domestic abuse and drug-related "
                "harm. Drug-related harm is now led by the Hollinsby Combating Drugs Partnership, and this plan "
                "supports its work rather than duplicating it.")
    doc.add_paragraph("2. Crime and disorder in Wraybridge", style="Heading 1")
    D.para(doc, "Recorded crime fell by 4% in 2025-26, but anti-social behaviour and violence with injury rose, and "
                "both are concentrated in a small number of places.")
    caption(doc, "Figure", 1, FIGURES[0][2])
    _chart(doc, [("Violence against the person", 3120), ("Theft", 2410), ("Criminal damage", 1180),
                 ("Burglary", 520), ("Robbery", 96)], "5B9BD5")
    caption(doc, "Figure", 2, FIGURES[1][2])
    _chart(doc, [("Town Centre", 1420), ("Millbrook", 980), ("Eastgate", 610), ("Ashfield", 340)], "ED7D31")
    D.para(doc, "Residents told us that their top concerns are anti-social behaviour, drug dealing and speeding. "
                "The Police and Crime Commissioner's plan for Hollinsby has four priorities: fighting crime, "
                "protecting vulnerable people, supporting victims, and a police service the public trusts.",
           space_before=8)
    D.page_break(doc)

    # ---- pages 4-5: the priorities as captions above their action tables
    doc.add_paragraph("3. What we will do", style="Heading 1")
    D.para(doc, "The partnership has four priorities for 2026-2029. For each one, the table shows the main actions "
                "for the first year, who leads them and when they will be done. The full delivery plan is published "
                "separately.")
    for i, (prio, pg, actions) in enumerate(PRIORITIES, start=1):
        if i == 3:
            D.page_break(doc)
            doc.add_paragraph("What we will do (continued)", style="Heading 2")
        caption(doc, "Priority", i, prio)
        D.table(doc, ["Action", "Lead", "When"], [list(a) for a in actions], [9.6, 4.2, 2.8], head_fill=ACCENT)
        D.para(doc, "", space_after=2)
    D.para(doc, "Table 1 in the delivery plan gives the measures for each priority.", italic=True, size=9,
           color="595959")
    D.page_break(doc)

    # ---- page 6: governance
    doc.add_paragraph("4. Governance and performance", style="Heading 1")
    D.para(doc, "The partnership board meets every quarter. Each priority has a lead officer who reports progress "
                "against the delivery plan. The board reports once a year to the council's Communities Scrutiny "
                "Committee, which is the crime and disorder committee.")
    caption(doc, "Table", 1, "Headline measures")
    D.table(doc, ["Measure", "2025-26", "Direction"], [
        ["Anti-social behaviour incidents", "5,210", "Down"],
        ["Young people referred to the exploitation panel", "74", "Up (earlier referral)"],
        ["Domestic abuse repeat victims", "31%", "Down"],
        ["Violence with injury in the town centre, 10 pm to 4 am", "388", "Down"],
    ], [9.6, 3.0, 4.0], head_fill=ACCENT)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    docx.write_bytes((work / f"{NAME}.docx").read_bytes())
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 6, common.pdf_pages(pdf)
    return [docx, pdf]
