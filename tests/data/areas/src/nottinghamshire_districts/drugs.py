"""Nottingham and Nottinghamshire Combating Drugs Partnership Strategy 2025-2028: reportlab (DejaVu Sans). The
priorities are a numbered list in a shaded panel (p5); From Harm to Hope's three priorities (p4) and a table that
maps local priority numbers to them are distractors, as is a RAG-rated delivery table (p7) keyed by short
theme names."""
from __future__ import annotations

from pathlib import Path

from .kit_rl import C, PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, build_pdf, colors, mm

OUT = "strategies/nottingham_nottinghamshire_combating_drugs_strategy_2025-28.pdf"
TITLE = "Nottingham and Nottinghamshire Combating Drugs Partnership Strategy 2025\u20132028"
THEME = {"font": "dejavu", "accent": "#D35400", "h2": "#A04000", "light": "#FDEBD0", "size": 9.5,
         "author": "Nottingham and Nottinghamshire Combating Drugs Partnership"}
NEEDLES = {"intro": "Introduction", "nat": "From Harm to Hope", "prior": "The partnership board agreed five local priorities",
           "need": "Local need", "del": "Delivery and RAG status", "gov": "Governance and partnership"}
PRIORITIES = ["Break drug supply chains and close county lines",
              "Get more people into treatment and support their recovery",
              "Reduce drug-related deaths",
              "Reduce the demand for drugs among young people",
              "Build treatment pathways from custody and courts into community services"]


def decorate(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#D35400"))
    c.circle(w - 20 * mm, 12 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.bold, 8)
    c.drawCentredString(w - 20 * mm, 10.8 * mm, str(d.page))
    c.setFillColor(C("#666666"))
    c.setFont(k.reg, 7.5)
    c.drawString(20 * mm, 11 * mm, "Combating Drugs Partnership Strategy 2025\u20132028")


def cover(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#FDEBD0"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(C("#D35400"))
    c.rect(0, h - 150 * mm, w * 0.65, 60 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.bold, 24)
    c.drawString(18 * mm, h - 115 * mm, "Combating Drugs")
    c.drawString(18 * mm, h - 126 * mm, "Partnership Strategy")
    c.setFont(k.reg, 11)
    c.drawString(18 * mm, h - 140 * mm, "Nottingham and Nottinghamshire 2025\u20132028")


def story(pages, k):
    s = [PageBreak()]
    s += k.contents([("intro", "Introduction"), ("nat", "From Harm to Hope"), ("prior", "Our local priorities"),
                     ("need", "Local need"), ("del", "Delivery and RAG status"), ("gov", "Governance and partnership")],
                    pages)
    s.append(PageBreak())
    s.append(k.H1("Introduction"))
    for t in ["The Combating Drugs Partnership (CDP) for Nottingham and Nottinghamshire was formed in 2022 in "
              "response to the national drugs strategy. Its members include both councils' public health teams, "
              "Nottinghamshire Police, the Probation Service, the Integrated Care Board, the Office of the Police "
              "and Crime Commissioner, treatment providers and people with lived experience.",
              "Our first plan (2022\u20132025) set up the partnership and its needs assessment. This strategy "
              "sets out our local priorities for the next three years."]:
        s.append(k.P(t))
    s.append(PageBreak())
    s.append(k.H1("From Harm to Hope"))
    s.append(k.P("The national ten-year drugs plan, <i>From Harm to Hope</i> (2021), has three strategic priorities:"))
    s += k.bullets(["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                    "Achieve a generational shift in the demand for drugs"])
    s.append(k.P("It sets two overarching outcomes: to reduce drug use and to reduce drug-related crime, death, "
                 "harm and offending. The table shows how our local priorities (listed on the next page) map to "
                 "the national ones."))
    s.append(k.table([["National priority", "Our local priorities"], ["Break drug supply chains", "1"],
                      ["Treatment and recovery", "2, 3 and 5"], ["Generational shift in demand", "4"]],
                     [110 * mm, 60 * mm]))
    s.append(PageBreak())
    s.append(k.H1("Our local priorities"))
    s.append(k.P("The partnership board agreed five local priorities in February 2025."))
    num = ParagraphStyle("n", fontName=k.bold, fontSize=20, leading=22, textColor=C("#D35400"))
    pst = ParagraphStyle("p", fontName=k.bold, fontSize=12, leading=15, textColor=C("#4D2600"))
    rows = [[Paragraph(str(i), num), Paragraph(p, pst)] for i, p in enumerate(PRIORITIES, start=1)]
    t = Table(rows, colWidths=[14 * mm, 150 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C("#FDEBD0")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, -2), 1, colors.white), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(k.P("Alcohol harm is addressed in the separate alcohol strategies of the two councils; the partnership "
                 "considers alcohol where it occurs with drug use."))
    s.append(PageBreak())
    s.append(k.H1("Local need"))
    s.append(k.note("All figures are illustrative and are not official statistics."))
    s.append(k.tiles([("9,400", "estimated opiate and crack users"), ("54%", "not in treatment"), ("96", "drug-related deaths a year"),
                      ("31%", "continuity of care after prison"), ("1 in 8", "15-year-olds have tried cannabis"),
                      ("42", "county lines disrupted")], 170 * mm, bg=C("#FDEBD0")))
    s.append(Spacer(1, 6))
    s += k.bullets(["Most drug-related deaths involve people not in treatment and using several substances.",
                    "Fewer than a third of people released from prison start treatment in the community.",
                    "County lines from Nottingham reach every district of the county."])
    s.append(PageBreak())
    s.append(k.H1("Delivery and RAG status"))
    s.append(k.P("Year one actions, by theme, at quarter 2."))
    col = {"G": "#82E0AA", "A": "#F9E79F", "R": "#F1948A"}
    acts = [("Supply", "Operation targeting city-to-county lines", "Police", "G"),
            ("Supply", "Closure orders on cuckooed properties", "Councils", "A"),
            ("Treatment", "Outreach for people not in treatment", "Public Health", "A"),
            ("Deaths", "Naloxone for all hostel staff", "Public Health", "G"),
            ("Deaths", "Drug-related death review panel", "Public Health", "G"),
            ("Young people", "Drug education in schools", "Councils", "R"),
            ("Justice", "Prison release link workers", "Probation", "A"),
            ("Justice", "Drug testing on arrest extended", "Police", "G")]
    rows = [["Theme", "Action", "Lead", "RAG"]] + [[a, b, c_, r] for a, b, c_, r in acts]
    extra = [("BACKGROUND", (3, i), (3, i), C(col[a[3]])) for i, a in enumerate(acts, start=1)]
    s.append(k.table(rows, [30 * mm, 90 * mm, 35 * mm, 15 * mm], zebra=False, extra=extra))
    s.append(PageBreak())
    s.append(k.H1("Governance and partnership"))
    s.append(k.P("The CDP board is chaired by the Police and Crime Commissioner as Senior Responsible Owner and "
                 "reports annually to the Joint Combating Drugs Unit. It links with the community safety "
                 "partnerships, the Reducing Reoffending Board and the Health and Wellbeing Boards."))
    s.append(k.P("Contact: cdp@nottinghamshire.example (illustrative)."))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate, cover=cover)
