"""Ashfield Community Safety Partnership Plan 2025-2028: reportlab report, priorities as the rows of a
landscape matrix table (Priority | Outcomes | Lead agency | Measures) with merged lead-agency cells (p6)."""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (C, NextPageTemplate, PageBreak, Paragraph, ParagraphStyle, Spacer, build_pdf, colors, mm)

OUT = "strategies/ashfield_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Ashfield Community Safety Partnership Plan 2025\u20132028"
THEME = {"font": "dejavu-cond", "accent": "#00646E", "h2": "#00646E", "light": "#E3F1F1", "size": 10,
         "author": "Ashfield Community Safety Partnership", "bullet": "\u25aa"}
NEEDLES = {"about": "About the partnership", "numbers": "Ashfield in numbers", "before": "Where we have come from",
           "matrix": "Our priorities 2025\u20132028", "delivery": "Delivering the plan", "contacts": "Contact us"}


def cover(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#00646E"))
    c.rect(0, h - 120 * mm, w, 120 * mm, stroke=0, fill=1)
    c.setFillColor(C("#F2A900"))
    c.rect(0, h - 124 * mm, w, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.bold, 28)
    c.drawString(20 * mm, h - 60 * mm, "Community Safety")
    c.drawString(20 * mm, h - 72 * mm, "Partnership Plan")
    c.setFont(k.reg, 16)
    c.drawString(20 * mm, h - 88 * mm, "Ashfield 2025\u20132028")
    c.setFillColor(C("#333333"))
    c.setFont(k.reg, 10)
    c.drawString(20 * mm, 30 * mm, "Ashfield Community Safety Partnership")
    c.drawString(20 * mm, 24 * mm, "Hucknall \u00b7 Kirkby-in-Ashfield \u00b7 Sutton-in-Ashfield \u00b7 the rural villages")


def decorate(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#00646E"))
    c.rect(0, h - 8 * mm, w, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.reg, 8)
    c.drawString(20 * mm, h - 5.5 * mm, "Ashfield Community Safety Partnership Plan 2025\u20132028")
    c.setFillColor(C("#333333"))
    c.drawRightString(w - 20 * mm, 10 * mm, f"Page {d.page}")


ROWS = [
    # priority, outcomes, lead, measures
    ("Reducing anti-social behaviour and its impact on residents",
     ["Fewer repeat ASB locations", "Victims of persistent ASB supported", "Residents feel listened to"],
     "Ashfield District Council (Community Protection)",
     ["ASB incidents reported to police and council", "ASB case reviews completed"]),
    ("Making Kirkby and Sutton town centres safer, day and night",
     ["Retailers report fewer incidents", "Safe evening economy"],
     None,
     ["Town centre crime and ASB", "Business survey results"]),
    ("Disrupting drug dealing, county lines and cuckooing",
     ["Dealing networks closed", "Vulnerable tenants safeguarded", "More community intelligence"],
     "Nottinghamshire Police (Ashfield neighbourhood team)",
     ["Closure orders and warrants", "Cuckooing referrals safeguarded"]),
    ("Reducing nuisance off-road motorbikes and anti-social driving",
     ["Fewer complaints from estates and open spaces", "Bikes seized and riders diverted"],
     None,
     ["Section 59 warnings and seizures", "Reports via the council app"]),
    ("Tackling domestic abuse and violence against women and girls",
     ["Earlier help for victims", "More perpetrators challenged", "Safer public spaces for women"],
     "Nottinghamshire County Council with the Domestic Abuse Local Partnership Board",
     ["Referrals to specialist services", "Repeat MARAC cases"]),
]


def story(pages, k):
    s = [PageBreak()]
    s += k.contents([("about", "About the partnership"), ("numbers", "Ashfield in numbers"),
                     ("before", "Where we have come from"), ("matrix", "Our priorities 2025\u20132028"),
                     ("delivery", "Delivering the plan"), ("contacts", "Contact us")], pages)
    s.append(PageBreak())
    s.append(k.H1("About the partnership"))
    for t in ["Ashfield Community Safety Partnership brings together the agencies that the Crime and Disorder Act "
              "1998 makes responsible for reducing crime and disorder in the district: Ashfield District Council, "
              "Nottinghamshire Police, Nottinghamshire Fire and Rescue Service, Nottinghamshire County Council, the "
              "NHS Nottingham and Nottinghamshire Integrated Care Board and the Probation Service.",
              "Every three years we publish a plan, based on our strategic assessment and on what residents tell "
              "us. This plan runs from April 2025 to March 2028 and will be refreshed each year.",
              "The partnership also meets its duties under the Serious Violence Duty, the Domestic Abuse Act 2021 "
              "and the Prevent duty, through the county-wide boards that lead on them."]:
        s.append(k.P(t))
    s.append(k.H2("Our vision"))
    s.append(k.P("<i>\u201cAshfield: a place where people are safe and feel safe.\u201d</i>"))
    s.append(PageBreak())
    s.append(k.H1("Ashfield in numbers"))
    s.append(k.note("Illustrative figures for this re-created plan, not official statistics."))
    s.append(k.tiles([("128,000", "residents"), ("9,870", "crimes recorded in 2024"), ("4,310", "ASB incidents"),
                      ("1,460", "domestic abuse incidents"), ("212", "off-road bike reports"), ("62%", "feel safe after dark")],
                     170 * mm))
    s.append(k.H2("Key findings of the strategic assessment"))
    s += k.bullets(["ASB fell by 8% but remains concentrated in a small number of estates and the town centres.",
                    "Shop theft in Sutton rose sharply; most offenders are known to drug services.",
                    "Residents raised off-road motorbikes more than any other issue in the consultation.",
                    "Domestic abuse accounts for a third of violent crime in the district.",
                    "Drug dealing from rented homes (cuckooing) was identified in Kirkby and Hucknall."])
    s.append(PageBreak())
    s.append(k.H1("Where we have come from"))
    s.append(k.H2("Our 2022\u20132025 priorities and how we did"))
    s.append(k.table([["2022\u20132025 priority", "What happened"],
                      ["Anti-social behaviour", "ASB down 8%; new ASB case review process"],
                      ["Domestic abuse", "Two new outreach workers; referrals up 14%"],
                      ["Acquisitive crime", "Burglary down 11%; vehicle crime flat"],
                      ["Serious and organised crime", "Six closure orders on drug houses"]], [70 * mm, 100 * mm]))
    s.append(k.H2("The Police and Crime Commissioner's priorities"))
    s.append(k.P("We have had regard to the Commissioner's Police and Crime Plan 2025\u20132029, whose priorities are: "
                 "safer neighbourhoods, towns and villages; preventing knife crime and serious violence; making "
                 "Nottinghamshire safe for women and girls; putting victims first; safer roads; breaking the cycle "
                 "of drugs, alcohol and reoffending; and effective and resilient policing."))
    s.append(NextPageTemplate("L"))
    s.append(PageBreak())
    s.append(k.H1("Our priorities 2025\u20132028"))
    s.append(k.P("The partnership board agreed five priorities in January 2025. The table shows the outcomes we "
                 "want, who leads and how we will know we are making a difference."))
    pst = ParagraphStyle("pp", parent=k.cellb, fontSize=10.5, leading=13, textColor=C("#00464D"))
    rows = [["Priority", "Outcomes we want to see", "Lead agency", "How we will measure it"]]
    for pr, outc, lead, meas in ROWS:
        rows.append([Paragraph(pr, pst), Paragraph("<br/>".join("\u2013 " + o for o in outc), k.cell),
                     lead or "", Paragraph("<br/>".join("\u2013 " + m for m in meas), k.cell)])
    spans = [((2, 1), (2, 2)), ((2, 3), (2, 4))]
    s.append(k.table(rows, [62 * mm, 78 * mm, 55 * mm, 62 * mm], spans=spans, zebra=False, valign="MIDDLE",
                     extra=[("BACKGROUND", (2, 1), (2, -1), C("#E3F1F1"))]))
    s.append(Spacer(1, 6))
    s.append(k.note("Lead agencies report to the partnership board each quarter."))
    s.append(NextPageTemplate("P"))
    s.append(PageBreak())
    s.append(k.H1("Delivering the plan"))
    s.append(k.P("Each priority has a delivery group that keeps an action plan. The groups report to the "
                 "partnership board, which meets every quarter and is chaired by the council's Executive Lead "
                 "Member for community safety."))
    s.append(k.table([["Delivery group", "Meets", "Reports to"],
                      ["ASB and town centres group", "Monthly", "Partnership board"],
                      ["Drugs and exploitation group", "Six-weekly", "Partnership board"],
                      ["Roads and vehicles task group", "Quarterly", "Partnership board"],
                      ["Domestic abuse forum", "Quarterly", "Domestic Abuse Local Partnership Board"]],
                     [70 * mm, 40 * mm, 60 * mm]))
    s.append(k.H2("Funding"))
    s.append(k.P("The partnership receives a community safety grant from the Police and Crime Commissioner "
                 "(\u00a368,000 in 2025\u201326, illustrative) and contributions from its members."))
    s.append(PageBreak())
    s.append(k.H1("Contact us"))
    s.append(k.P("Community Safety Team, Ashfield District Council, Urban Road, Kirkby-in-Ashfield."))
    s.append(k.P("Email: community.safety@ashfield.example \u00b7 Telephone: 01623 000 000 (illustrative)"))
    s.append(k.P("To report anti-social behaviour call 101, or 999 in an emergency. Crimestoppers: 0800 555 111."))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate, cover=cover)
