"""Mansfield Community Safety Partnership Plan 2025-2028: reportlab report (Helvetica). The priorities are
stated only in prose ("Our first priority is ...", p5); a RAG-rated delivery plan (pp7-8) repeats each priority
in its first column, once per action."""
from __future__ import annotations

from pathlib import Path

from .kit_rl import C, NextPageTemplate, PageBreak, Paragraph, ParagraphStyle, Spacer, build_pdf, colors, mm

OUT = "strategies/mansfield_community_safety_partnership_plan_2025-28.pdf"
TITLE = "Mansfield Community Safety Partnership Plan 2025\u20132028"
THEME = {"font": "helvetica", "accent": "#5B2C6F", "h2": "#5B2C6F", "light": "#F3ECF6", "size": 10.5,
         "author": "Mansfield Community Safety Partnership"}
NEEDLES = {"fore": "Foreword", "today": "Mansfield today", "prior": "What we will focus on",
           "how": "How we will work", "rag": "Delivery plan 2025/26", "gov": "Governance and contacts"}

PRIORITIES = [
    ("first", "tackling anti-social behaviour in Mansfield town centre and our estates",
     "Anti-social behaviour is the issue residents raise with us most, and it is concentrated in a handful of "
     "places. We will use dispersal powers, community protection notices and mediation, and we will support "
     "repeat victims."),
    ("second", "reducing serious violence and knife crime",
     "Violence with injury rose last year, and more young people told us they know someone who carries a knife. "
     "We will work with the Violence Reduction Partnership on the streets and estates most affected."),
    ("third", "breaking up drug dealing networks and protecting residents from cuckooing",
     "Drug dealing drives much of the violence and anti-social behaviour in the district. We will close "
     "premises used for dealing and safeguard the tenants whose homes are taken over."),
    ("fourth", "keeping women and girls safe in public spaces and the night-time economy",
     "Women told us they avoid parts of the town centre after dark. We will extend the safe haven scheme, train "
     "bar staff and improve lighting and CCTV."),
    ("fifth", "reducing shop theft and retail crime in the town centre",
     "Shop theft rose by a quarter in two years and staff face abuse. We will work with the Business Improvement "
     "District on a retail crime partnership."),
]
RAG = [
    (0, "Town centre dispersal order and patrol plan", "Police", "Jun 2025", "Green"),
    (0, "Community protection notices for persistent nuisance", "Council", "Ongoing", "Green"),
    (0, "Mediation service for neighbour disputes", "Council", "Sep 2025", "Amber"),
    (1, "Knife arches and education in secondary schools", "VRP", "Mar 2026", "Amber"),
    (1, "Hotspot patrols on the Oak Tree and Ladybrook estates", "Police", "Ongoing", "Green"),
    (2, "Closure orders on premises used for dealing", "Police / Council", "Ongoing", "Green"),
    (2, "Cuckooing safeguarding pathway with housing providers", "Council", "Dec 2025", "Red"),
    (3, "Safe haven scheme extended to 20 venues", "BID", "Oct 2025", "Amber"),
    (3, "Lighting and CCTV improvements on three routes", "Council", "Mar 2026", "Red"),
    (4, "Retail crime partnership and shared radio scheme", "BID / Police", "Jul 2025", "Green"),
    (4, "Prolific shop theft offenders referred to drug services", "Probation", "Dec 2025", "Amber"),
]


def cover(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#5B2C6F"))
    c.rect(0, 0, 70 * mm, h, stroke=0, fill=1)
    c.setFillColor(C("#5B2C6F"))
    c.setFont("Helvetica-Bold", 30)
    c.drawString(80 * mm, h - 90 * mm, "Safer")
    c.drawString(80 * mm, h - 103 * mm, "Mansfield")
    c.setFont("Helvetica", 14)
    c.setFillColor(C("#333333"))
    c.drawString(80 * mm, h - 118 * mm, "Community Safety Partnership Plan")
    c.drawString(80 * mm, h - 126 * mm, "2025\u20132028")


def decorate(c, d, k):
    w, h = d.pagesize
    c.setFont("Helvetica", 8)
    c.setFillColor(C("#5B2C6F"))
    c.drawString(20 * mm, 10 * mm, "Safer Mansfield \u2022 Community Safety Partnership Plan 2025\u20132028")
    c.drawRightString(w - 20 * mm, 10 * mm, f"{d.page}")


def story(pages, k):
    s = [PageBreak()]
    s += k.contents([("fore", "Foreword"), ("today", "Mansfield today"), ("prior", "What we will focus on"),
                     ("how", "How we will work"), ("rag", "Delivery plan 2025/26"), ("gov", "Governance and contacts")],
                    pages)
    s.append(PageBreak())
    s.append(k.H1("Foreword"))
    for t in ["Welcome to the Mansfield Community Safety Partnership Plan for 2025 to 2028. The partnership brings "
              "together Mansfield District Council, Nottinghamshire Police, the fire and rescue service, the county "
              "council, health partners and the Probation Service, with housing providers and the voluntary sector.",
              "Our last plan concentrated on town centre safety, protecting vulnerable people and neighbourhood "
              "crime. We made progress: burglary is at its lowest level for a decade (illustrative). But residents "
              "have told us clearly that anti-social behaviour, drug dealing and shop theft still blight the town.",
              "This plan was shaped by our strategic assessment, by a survey of 900 residents and by the Police and "
              "Crime Commissioner's new Police and Crime Plan.",
              "<i>Chair, Mansfield Community Safety Partnership, and Executive Mayor of Mansfield</i>"]:
        s.append(k.P(t))
    s.append(PageBreak())
    s.append(k.H1("Mansfield today"))
    s.append(k.note("Figures are illustrative, not official statistics."))
    s.append(k.tiles([("111,000", "people live in the district"), ("12,300", "crimes in 2024"),
                      ("3,950", "ASB incidents"), ("+24%", "shop theft in two years"), ("286", "knife-enabled offences"),
                      ("41%", "of women feel unsafe in town after dark")], 170 * mm))
    s.append(k.H2("What the evidence tells us"))
    s += k.bullets(["Half of all ASB happens in the town centre and four estates.",
                    "Most serious violence involves people under 25, and much of it is linked to drug markets.",
                    "Properties taken over for dealing are usually social housing tenancies of vulnerable adults.",
                    "Residents also raised speeding and parking, which the partnership refers to the highways "
                    "authority and the police rather than treating as priorities."])
    s.append(PageBreak())
    s.append(k.H1("What we will focus on"))
    s.append(k.P("Having looked at the evidence and listened to residents, the partnership board has agreed five "
                 "priorities for the next three years. We have kept the list short so that partners can make a "
                 "real difference."))
    lead = ParagraphStyle("lead", parent=k.body, spaceAfter=9)
    for nth, pr, why in PRIORITIES:
        s.append(Paragraph(f"Our {nth} priority is <b>{pr}</b>. {why}", lead))
    s.append(k.P("Other issues, such as fly-tipping and parking, are dealt with through the council's "
                 "neighbourhood services and are not priorities for the partnership."))
    s.append(PageBreak())
    s.append(k.H1("How we will work"))
    s += k.bullets(["<b>Problem-solving.</b> We use the SARA model for every persistent problem location.",
                    "<b>Victims first.</b> Repeat and vulnerable victims get a single point of contact.",
                    "<b>Early help.</b> We act early with young people and families, through the county's early help service.",
                    "<b>Shared information.</b> Partners share data under the Mansfield information-sharing agreement."])
    s.append(k.H2("The Commissioner's priorities"))
    s.append(k.P("The Police and Crime Plan 2025\u20132029 asks partners to help deliver safer neighbourhoods, towns "
                 "and villages; preventing knife crime and serious violence; making Nottinghamshire safe for women "
                 "and girls; putting victims first; safer roads; and breaking the cycle of drugs, alcohol and "
                 "reoffending. Our priorities contribute to the first four."))
    s.append(NextPageTemplate("L"))
    s.append(PageBreak())
    s.append(k.H1("Delivery plan 2025/26"))
    s.append(k.P("RAG status at the end of quarter 1. Green: on track. Amber: some delay. Red: at risk."))
    rag_col = {"Green": "#7BC67B", "Amber": "#F5C04A", "Red": "#E06666"}
    rows = [["Priority", "Action", "Lead", "Due", "RAG"]]
    extra = []
    for i, (pi, act, lead_, due, rag) in enumerate(RAG, start=1):
        pr = PRIORITIES[pi][1]
        rows.append([pr[0].upper() + pr[1:], act, lead_, due, rag])
        extra.append(("BACKGROUND", (4, i), (4, i), C(rag_col[rag])))
    s.append(k.table(rows, [85 * mm, 95 * mm, 35 * mm, 22 * mm, 20 * mm], zebra=False, extra=extra))
    s.append(NextPageTemplate("P"))
    s.append(PageBreak())
    s.append(k.H1("Governance and contacts"))
    s.append(k.P("The partnership board meets quarterly. Delivery groups for ASB, violence and drugs, and the town "
                 "centre report to it. The council's Overview and Scrutiny Committee reviews the plan each year."))
    s.append(k.table([["Measure", "Baseline 2024 (illustrative)", "Aim"], ["ASB incidents", "3,950", "Reduce"],
                      ["Knife-enabled offences", "286", "Reduce"], ["Closure orders", "14", "Increase"],
                      ["Women feeling safe after dark", "59%", "Increase"], ["Shop theft", "1,840", "Reduce"]],
                     [70 * mm, 60 * mm, 40 * mm]))
    s.append(Spacer(1, 8))
    s.append(k.P("Community Safety Team, Mansfield District Council, Civic Centre, Chesterfield Road South, "
                 "Mansfield. safer.mansfield@mansfield.example \u00b7 01623 000 000 (illustrative)"))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate, cover=cover)
