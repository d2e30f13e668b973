"""City of London Violence Against Women and Girls Strategy 2025-2028: python-docx -> LibreOffice (Liberation
Sans).

Four priorities, stated once, on p6 ("Our four priorities, worn with pride"): **a two-by-two grid of conference
name badges** (an outer borderless Word table; each cell holds a grey clip slot line, a purple shaded header strip
"VAWG STRATEGIC GROUP · 2025–28", the priority in large bold, and a grey "Badge holder: ..." line naming the lead
agency).  Distractors: the survivors' quotes (p4), the national strategy's aims and the 2021-2024 priorities (p5),
the badge header strips and holders (p6), the workstream names (p7) and the outcomes (p8).
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_kit import (Cm, Pt, WD_ALIGN_PARAGRAPH, bullets, contents, cover_block, header_footer, heading, new_doc,
                      page_break, para, rgb, set_widths, shade, table)

from city_of_london.work import soffice_stable, work_file

FILE = "strategies/city_of_london_vawg_strategy_2025-28.pdf"
TITLE = "City of London Violence Against Women and Girls Strategy 2025–2028"
PURPLE = "5B2A86"

BADGES = [
    ("Women and girls are safe, and feel safe, on the City's streets and in its venues", "City of London Police"),
    ("Survivors of domestic abuse and sexual violence are believed and supported to recover", "City Corporation"),
    ("Perpetrators are held to account and challenged to change", "Probation Service"),
    ("Employers across the Square Mile act on sexual harassment at work", "City Corporation and employers"),
]


def _pshade(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def _borders(cell, colour="5B2A86", sz="12"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", sz), ("w:color", colour)):
            el.set(qn(k), v)
        b.append(el)
    tcPr.append(b)


def badges(d):
    t = d.add_table(rows=2, cols=2)
    set_widths(t, [8.2, 8.2])
    for i, (text, holder) in enumerate(BADGES):
        cell = t.cell(i // 2, i % 2)
        _borders(cell)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("▭")
        r.font.size = Pt(14)
        r.font.color.rgb = rgb("AAAAAA")
        p2 = cell.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _pshade(p2, PURPLE)
        r = p2.add_run("VAWG STRATEGIC GROUP · 2025–28")
        r.bold, r.font.size = True, Pt(8)
        r.font.color.rgb = rgb("FFFFFF")
        p3 = cell.add_paragraph()
        p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p3.paragraph_format.space_before = Pt(14)
        p3.paragraph_format.space_after = Pt(14)
        r = p3.add_run(text)
        r.bold, r.font.size = True, Pt(13.5)
        r.font.color.rgb = rgb("2B1540")
        p4 = cell.add_paragraph()
        p4.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p4.add_run(f"Badge holder: {holder}")
        r.font.size, r.italic = Pt(8), True
        r.font.color.rgb = rgb("777777")
    # a gap between the badges
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(int(7.0 * 567)))
        h.set(qn("w:hRule"), "atLeast")
        trPr.append(h)
    tblPr = t._tbl.tblPr
    cm = OxmlElement("w:tblCellSpacing")
    cm.set(qn("w:w"), "170")
    cm.set(qn("w:type"), "dxa")
    tblPr.append(cm)


def build(root):
    d = new_doc(font="Liberation Sans", size=10, colours=(PURPLE, "7A4FA8", "404040"), title=TITLE,
                author="City of London Corporation")
    header_footer(d, "City of London VAWG Strategy 2025–2028", "Safer City Partnership", footer_fmt="Page {PAGE}")
    cover_block(d, [("CITY OF LONDON CORPORATION · SAFER CITY PARTNERSHIP", 10, True, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Violence Against Women and Girls Strategy", 26, True, "FFFFFF"),
                    ("2025 – 2028", 16, False, "E6D5F5")], PURPLE, height_cm=12)
    page_break(d)
    heading(d, "Contents", 1)
    contents(d, [("Foreword", "a", 0), ("Why this matters in the City", "b", 0), ("The wider picture", "c", 0),
                 ("Our priorities", "d", 0), ("How we will deliver", "e", 0), ("Outcomes and governance", "f", 0)],
             {"a": 3, "b": 4, "c": 5, "d": 6, "e": 7, "f": 8})
    heading(d, "Foreword", 1, page_break=True)
    for t in ["Violence against women and girls is not inevitable. In the City of London it happens in homes on our "
              "estates, on the streets and in bars late at night, and in offices where harassment is still too "
              "often tolerated.",
              "This strategy belongs to the Safer City Partnership. It was written with survivors, specialist "
              "services, employers and venues, and it replaces our strategy for 2021 to 2024.",
              "We thank everyone who shared their experience with us."]:
        para(d, t)
    para(d, "Chair, VAWG Strategic Group", bold=True)
    heading(d, "Why this matters in the City", 1, page_break=True)
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="777777")
    table(d, [["Indicator (illustrative)", "2023/24"], ["Domestic abuse incidents involving City residents", "312"],
              ["Sexual offences recorded in the City", "205"], ["Reports of spiking", "64"],
              ["Women who feel unsafe walking alone after dark (survey)", "41%"],
              ["City workers who experienced sexual harassment at work in the last year (survey)", "18%"]],
          [12, 4], head_fill=PURPLE)
    heading(d, "What women told us", 2)
    for q in ["“I take the long way to the station because the short one feels unsafe.”",
              "“When I reported it, I just wanted someone to believe me.”",
              "“Everyone at work knew what he was like, and nobody did anything.”"]:
        para(d, q, italic=True)
    heading(d, "The wider picture", 1, page_break=True)
    para(d, "The national Tackling Violence Against Women and Girls Strategy (2021) has three aims:")
    bullets(d, ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators"])
    para(d, "The Domestic Abuse Act 2021 gives local authorities a duty to provide support in safe accommodation, "
            "and the Strategic Policing Requirement now names violence against women and girls as a national threat.")
    heading(d, "Our priorities for 2021–2024", 2)
    bullets(d, ["Prevention and awareness", "Support for victims", "Safety in the night-time economy"])
    para(d, "We met most of the actions in that strategy. Our new priorities build on it and add a focus on "
            "workplaces, where many women in the City spend most of their day.")
    heading(d, "Our priorities", 1, page_break=True)
    para(d, "Our four priorities for 2025–2028 are set out below. Every member of the VAWG Strategic Group wears "
            "them, and one partner holds each one to account.")
    badges(d)
    heading(d, "How we will deliver", 1, page_break=True)
    table(d, [["Workstream", "Main actions 2025/26", "Lead"],
              ["Safe nights", "Ask for Angela and Safe Havens; spiking kits; welfare vans", "City of London Police"],
              ["Support", "Independent advocates for residents and workers; counselling", "City Corporation"],
              ["Perpetrators", "Behaviour change programme; stalking protection orders", "Probation Service"],
              ["Workplaces", "Employer pledge; training for managers; reporting routes", "City Corporation"]],
          [3.5, 9, 4], head_fill=PURPLE)
    heading(d, "Outcomes and governance", 1, page_break=True)
    para(d, "Baselines are illustrative.", italic=True, size=8.5, colour="777777")
    table(d, [["Outcome", "Baseline", "Aim"], ["Women who feel safe after dark", "59%", "Up"],
              ["Survivors supported by an advocate", "140", "Up"], ["Perpetrators starting a programme", "22", "Up"],
              ["Employers signed up to the pledge", "35", "150"]], [9, 3.5, 3.5], head_fill=PURPLE)
    para(d, "The VAWG Strategic Group reports to the Safer City Partnership every quarter. "
            "Contact: vawg@cityoflondon.example")
    src = work_file("vawg.docx")
    d.save(src)
    out = root / FILE
    soffice_stable(src, out)
    return out
