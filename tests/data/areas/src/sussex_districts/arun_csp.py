"""Safer Arun Partnership Plan 2026-2029 (fictional re-creation).

House style: python-docx -> LibreOffice, DejaVu Sans Condensed, burgundy and grey, "Page n of m" footer.  The
priorities page (p6) is a **Word table with vertically merged first-column cells**: "Strategic priority" (bold,
merged down over its objectives), "Objective" ("1.1 ..." numbered) and "Lead".  The document calls the first
column its strategic priorities, so the gold is that column.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx_kit import Cm, Pt, heading, new_doc, para, header_footer, rgb, set_widths, shade, keep_rows
from sussex_districts import kit_docx as K
from sussex_districts.work import ILLUS

OUT = "strategies/safer_arun_partnership_plan_2026-29.pdf"
WINE = "7B1E3A"

PRIORITIES = [
    ("Anti-social behaviour and environmental crime", [
        ("Reduce repeat anti-social behaviour in Bognor Regis and Littlehampton town centres", "Arun DC"),
        ("Act quickly on fly-tipping and graffiti hotspots", "Arun DC"),
        ("Use the ASB case review to resolve long-running cases", "Arun DC / Police")]),
    ("Serious violence and knife crime", [
        ("Deliver the Serious Violence Duty action plan locally", "Police"),
        ("Knife crime education in every secondary school", "WSCC / VRP")]),
    ("Domestic abuse", [
        ("Raise awareness of support services in rural villages", "Arun DC"),
        ("Increase referrals to perpetrator programmes", "Probation")]),
    ("County lines and drug dealing", [
        ("Close addresses used for dealing through closure orders", "Police / Arun DC"),
        ("Safeguard children and adults used to run drugs", "WSCC")]),
    ("Modern slavery and human trafficking", [
        ("Train housing, licensing and environmental health staff to spot the signs", "Arun DC"),
        ("Joint visits to car washes, nail bars and farms", "Police / GLAA")]),
]


def priorities_page(d):
    first = heading(d, "Our strategic priorities 2026\u20132029", 1)
    para(d, "The partnership has five strategic priorities. The table below sets out the objectives under each "
            "and the lead agency.")
    nrows = 1 + sum(len(o) for _, o in PRIORITIES)
    t = d.add_table(rows=nrows, cols=3)
    t.style = d.styles["Table Grid"]
    for c, txt in enumerate(["Strategic priority", "Objective", "Lead"]):
        cell = t.cell(0, c)
        cell.text = ""
        r = cell.paragraphs[0].add_run(txt)
        r.bold = True
        r.font.size = Pt(9.5)
        r.font.color.rgb = rgb("FFFFFF")
        shade(cell, WINE)
    row = 1
    for n, (pri, objs) in enumerate(PRIORITIES, 1):
        top = t.cell(row, 0)
        for k, (obj, lead) in enumerate(objs):
            c1, c2 = t.cell(row + k, 1), t.cell(row + k, 2)
            c1.text, c2.text = "", ""
            c1.paragraphs[0].add_run(f"{n}.{k + 1}  {obj}").font.size = Pt(9)
            c2.paragraphs[0].add_run(lead).font.size = Pt(9)
            if k % 2:
                shade(c1, "F4E9ED")
                shade(c2, "F4E9ED")
        merged = top.merge(t.cell(row + len(objs) - 1, 0)) if len(objs) > 1 else top
        merged.text = ""
        r = merged.paragraphs[0].add_run(pri)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = rgb(WINE)
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(merged, "EFE3E7")
        row += len(objs)
    set_widths(t, [4.6, 9.6, 2.8])
    keep_rows(t)
    for row_ in t.rows:
        for cell in row_.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(2)
                p.paragraph_format.space_before = Pt(2)
    return first


def build(root: Path) -> Path:
    d = new_doc(font="DejaVu Sans Condensed", size=10, colours=(WINE, "5A5A5A", "404040"),
                title="Safer Arun Partnership Plan 2026\u20132029", author="Safer Arun Partnership",
                margins=(2.0, 2.0, 2.3, 2.0))
    header_footer(d, "Safer Arun Partnership Plan 2026\u20132029", "Arun District Council",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="7F7F7F")
    toc = [("Foreword", 3, 0), ("Arun: the evidence", 4, 0), ("National and local context", 5, 0),
           ("Our strategic priorities 2026\u20132029", 6, 0), ("Delivery and funding", 7, 0),
           ("Performance and governance", 8, 0)]
    pages = [
        [("h1", "Foreword"),
         ("p", "The Safer Arun Partnership brings together the agencies responsible for community safety in the "
               "Arun district, from Bognor Regis and Littlehampton to Arundel and the villages of the coastal "
               "plain and the South Downs."),
         ("p", "Arun is a safe place, but it faces real challenges: anti-social behaviour in our town centres, "
               "violence linked to drug markets, and exploitation that is often hidden from view. Our plan for "
               "2026\u20132029 focuses the partnership's collective effort on five strategic priorities."),
         ("p", "The plan was agreed by the partnership in March 2026 after a review of the strategic assessment "
               "and a public survey with 780 responses (illustrative figure)."),
         ("h2", "Members of the partnership"),
         ("p", "Arun District Council; Sussex Police; West Sussex County Council; West Sussex Fire and Rescue "
               "Service; the Probation Service; NHS Sussex; Arun Voluntary Action; the Police and Crime "
               "Commissioner (advisory)."),
         ("note", "Chair, Safer Arun Partnership")],
        [("h1", "Arun: the evidence"),
         ("table", [["Indicator (2024/25)", "Arun", "West Sussex"],
                    ["Anti-social behaviour incidents", "4,120", "21,600"],
                    ["Fly-tipping incidents", "1,980", "9,400"],
                    ["Possession of weapons offences", "104", "640"],
                    ["Domestic abuse-related crimes", "2,870", "14,200"],
                    ["Modern slavery referrals (NRM)", "23", "151"]], [9.0, 4.0, 4.0], WINE),
         ("note", ILLUS),
         ("h2", "Key findings"),
         ("bul", ["Bognor Regis town centre accounts for a fifth of the district's anti-social behaviour.",
                  "Knife possession is concentrated among young men aged 15 to 24.",
                  "Two county lines networks operating from London were disrupted in 2025.",
                  "Labour exploitation has been found in car washes and on farms."])],
        [("h1", "National and local context"),
         ("h2", "Our 2023\u20132026 priorities"),
         ("bul", ["Anti-social behaviour", "Serious violence", "Domestic abuse", "Drugs and exploitation"]),
         ("h2", "National frameworks"),
         ("p", "The Serious Violence Duty requires the partnership to work with the Sussex Violence Reduction "
               "Partnership. The Modern Slavery Act 2015 places a duty to notify on the council. The Tackling "
               "Domestic Abuse Plan has four pillars: prioritising prevention; supporting victims; pursuing "
               "perpetrators; and a stronger system."),
         ("h2", "The Police and Crime Plan"),
         ("p", "The Sussex Police and Crime Plan 2025\u20132029 sets out four pillars: Strengthen local policing; "
               "Fight crime and prevent harm; Put victims first and reduce reoffending; and Improve access and "
               "public confidence. The partnership's priorities contribute most to the first two.")],
        [("custom", priorities_page)],
        [("h1", "Delivery and funding"),
         ("table", [["Theme", "Delivery group", "Frequency"],
                    ["ASB and environment", "Arun Joint Action Group", "Monthly"],
                    ["Violence", "Serious Violence Local Delivery Group", "Bi-monthly"],
                    ["Domestic abuse", "Arun DA Forum", "Quarterly"],
                    ["Drugs and exploitation", "Exploitation Tactical Group", "Monthly"]], [5.0, 8.5, 3.5], WINE),
         ("p", "The partnership's work is funded from Arun District Council's community safety budget, the Police "
               "and Crime Commissioner's community safety grant (\u00a345,000 a year, illustrative) and the "
               "Serious Violence Duty grant.")],
        [("h1", "Performance and governance"),
         ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "4,120", "Down"],
                    ["Fly-tipping cleared within 48 hours", "71%", "Up"],
                    ["Knife crime offences", "104", "Down"], ["NRM referrals", "23", "Up (identification)"]],
          [9.0, 3.5, 4.5], WINE),
         ("note", ILLUS),
         ("p", "The partnership reports to Arun District Council's Policy and Finance Committee and to the West "
               "Sussex Community Safety and Wellbeing Board."),
         ("p", "Contact: Community Safety Team, Arun District Council, Civic Centre, Littlehampton. "
               "safer.arun@arun.example")],
    ]
    out = root / OUT
    return K.build(out, "arun", d, [("SAFER ARUN PARTNERSHIP", 12, True, "F4E9ED"),
                                    ("Partnership Plan", 30, True, "FFFFFF"),
                                    ("2026\u20132029", 22, False, "FFFFFF")], WINE, toc, pages)
