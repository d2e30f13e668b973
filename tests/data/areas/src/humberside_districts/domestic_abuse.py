"""Humber Domestic Abuse and Sexual Violence Partnership: Strategy and Outcomes Framework 2025-2028 (fictional).

reportlab, A4 portrait, 10 pages, Liberation Serif body. The priorities are the five outcomes of an outcomes
framework (p6): each row of a ruled framework gives "Outcome n: ..." in bold purple beside the indicators that
will show progress and the population it is measured on.
"""
from __future__ import annotations

from hd_kit import (Paragraph, ParagraphStyle, Spacer, Table, TableStyle, bl, colors, contents_rows, grid, hexc,
                    make_chrome, make_cover, mm, rl_pages, styles)

FILE = "strategies/humber_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf"
PURPLE, ROSE = "#5E2B7E", "#D7A1C8"
S = styles("liberation-serif", "liberation-sans", PURPLE, size=10)

FRAMEWORK = [
    ("Domestic abuse is recognised early, wherever people first ask for help",
     ["More referrals from GPs, schools and housing, not only the police", "Fewer cases first seen at high risk"],
     "Adults and children in contact with universal services"),
    ("Survivors and their children have a safe place to live",
     ["Households in refuge or sanctuary within 7 days of need", "Fewer survivors placed outside the Humber"],
     "Survivors assessed as needing safe accommodation"),
    ("Children who live with abuse are supported to recover",
     ["Children offered a specialist worker", "Children reporting feeling safer after support"],
     "Children in households referred to MARAC or Operation Encompass"),
    ("Perpetrators are held to account and change their behaviour",
     ["Perpetrators completing a behaviour change programme", "Repeat perpetrators after 12 months"],
     "Perpetrators known to police or children's social care"),
    ("Victims of rape and sexual violence get justice and specialist support",
     ["Rape cases reaching charge", "Victims supported by an ISVA to trial"],
     "Victims reporting rape or serious sexual assault"),
]


def framework():
    head = ParagraphStyle("fh", fontName=S["bold"], fontSize=8.4, leading=10.5, textColor=colors.white)
    out_st = ParagraphStyle("fo", fontName=S["hbold"], fontSize=10.8, leading=13.6, textColor=hexc(PURPLE))
    cell = ParagraphStyle("fc", fontName=S["reg"], fontSize=8.6, leading=10.8)
    rows = [[Paragraph("Outcome", head), Paragraph("We will see progress when\u2026 (indicators)", head),
             Paragraph("Measured for", head)]]
    for i, (text, inds, pop) in enumerate(FRAMEWORK, start=1):
        rows.append([Paragraph(f"Outcome {i}: {text}", out_st),
                     [Paragraph(x, cell, bulletText="\u2192") for x in inds],
                     Paragraph(pop, cell)])
    t = Table(rows, colWidths=[68 * mm, 62 * mm, 40 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc(PURPLE)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.8, hexc(ROSE)),
                           ("BACKGROUND", (0, 1), (0, -1), hexc("#F4ECF8")),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def build(root):
    out = root / FILE
    H1, H2, B = S["h1"], S["h2"], S["body"]
    toc = [("Introduction", 3), ("What domestic abuse and sexual violence are", 4),
           ("The national picture and our last strategy", 5), ("Our outcomes framework", 6),
           ("Delivery plan", 7), ("Performance dashboard", 8), ("Governance", 9), ("Getting help", 10)]
    p2 = [Paragraph("Contents", H1), Spacer(1, 6)] + contents_rows(S, toc, leader=True)
    p3 = [Paragraph("Introduction", H1),
          Paragraph("This is the first joint strategy of the Humber Domestic Abuse and Sexual Violence Partnership, "
                    "which brings together the four Humber councils' domestic abuse local partnership boards, the "
                    "Police and Crime Commissioner, the NHS, probation and specialist services.", B),
          Paragraph("We have written it as an outcomes framework. Rather than listing services, it says what must "
                    "be true for survivors, children and perpetrators by 2028, and how we will know. The five "
                    "outcomes are the partnership's priorities; every commissioning decision has to say which of "
                    "them it serves.", B),
          Paragraph("\u201cI didn't need another leaflet. I needed someone to notice.\u201d \u2014 survivor, Hull", S["quote"]),
          Paragraph("Chair, Humber Domestic Abuse and Sexual Violence Partnership", S["cellb"])]
    p4 = [Paragraph("What domestic abuse and sexual violence are", H1),
          Paragraph("The Domestic Abuse Act 2021 defines domestic abuse as behaviour of a person towards another "
                    "where both are aged 16 or over and personally connected, and the behaviour is abusive: "
                    "physical or sexual abuse; violent or threatening behaviour; controlling or coercive "
                    "behaviour; economic abuse; or psychological, emotional or other abuse. Children who see, "
                    "hear or experience its effects are victims in their own right.", B),
          Paragraph("The Humber in numbers (2024/25, illustrative)", H2),
          grid([["Measure", "Hull", "East Riding", "N. Lincs", "NE Lincs"],
                ["Domestic abuse incidents", "9,840", "5,960", "3,610", "4,020"],
                ["MARAC cases", "1,420", "610", "480", "590"],
                ["Refuge spaces", "38", "14", "12", "16"],
                ["Rape offences recorded", "560", "290", "180", "210"]],
               [60 * mm, 27 * mm, 27 * mm, 27 * mm, 29 * mm], S, head_fill=PURPLE, bold_first=True),
          Paragraph("Illustrative figures for this test document, not official statistics.", S["small"])]
    p5 = [Paragraph("The national picture and our last strategy", H1),
          Paragraph("The Tackling Domestic Abuse Plan (2022)", H2),
          Paragraph("The national plan has four pillars, which this strategy adopts as the columns of its "
                    "delivery plan:", B)] + bl(["Prioritising prevention", "Supporting victims",
                                                 "Pursuing perpetrators", "A stronger system"], S) + [
          Paragraph("Our previous priorities (2021\u20132024)", H2)] + bl(
              ["Early intervention", "Safe accommodation", "Perpetrators", "Training the workforce"], S) + [
          Paragraph("What the needs assessment found", H2)] + bl([
              "Most survivors told a GP, a teacher or a housing officer before they told the police.",
              "Demand for refuge outstrips supply in every area; families wait longest.",
              "Fewer than one in five perpetrators known to MARAC was offered a programme."], S)
    p6 = [Paragraph("Our outcomes framework", H1),
          Paragraph("Five outcomes, each with its indicators. Indicator baselines are in the performance "
                    "dashboard on page 8.", B), Spacer(1, 4), framework(), Spacer(1, 8),
          Paragraph("Cross-cutting commitments (not outcomes in themselves): listening to survivors, including "
                    "men and LGBT+ survivors; reaching older people and disabled people; and a trained "
                    "workforce.", S["small"])]
    p7 = [Paragraph("Delivery plan", H1),
          grid([["Pillar", "Action 2025/26", "Lead"],
                ["Prioritising prevention", "IRIS-style training in 60 GP practices; Operation Encompass in all schools",
                 "ICB / councils"],
                ["Supporting victims", "12 new dispersed refuge units; sanctuary scheme across the Humber",
                 "Housing"],
                ["Supporting victims", "Children's recovery groups in each area", "Children's services"],
                ["Pursuing perpetrators", "Behaviour change programme, 180 places", "OPCC"],
                ["Pursuing perpetrators", "Rape and serious sexual offences joint action plan", "Police / CPS"],
                ["A stronger system", "One MARAC model and shared case system", "Partnership"]],
               [42 * mm, 92 * mm, 36 * mm], S, head_fill=PURPLE, bold_first=True)]
    p8 = [Paragraph("Performance dashboard", H1),
          grid([["Indicator", "Baseline 2024/25*", "2028 ambition"],
                ["Referrals from non-police sources", "31%", "45%"],
                ["Survivors housed within 7 days", "58%", "80%"],
                ["Children offered a specialist worker", "40%", "75%"],
                ["Perpetrators completing a programme", "110", "400"],
                ["Rape cases reaching charge", "6%", "12%"]],
               [90 * mm, 40 * mm, 40 * mm], S, head_fill=PURPLE),
          Paragraph("* Illustrative.", S["small"])]
    p9 = [Paragraph("Governance", H1),
          Paragraph("Each council keeps the domestic abuse local partnership board required by Part 4 of the "
                    "Domestic Abuse Act 2021. The Humber partnership meets quarterly and reports to the four "
                    "community safety partnerships and the Police and Crime Commissioner. Domestic homicide "
                    "reviews (now domestic abuse related death reviews) are commissioned by the community safety "
                    "partnerships.", B)]
    p10 = [Paragraph("Getting help", H1),
           Paragraph("In an emergency call 999. National Domestic Abuse Helpline: 0808 2000 247 (free, 24 hours).", B),
           Paragraph("Local services: humberdasv.example \u00b7 01482 000 333 (illustrative)", B)]
    cover = make_cover(S, ["Domestic Abuse and Sexual", "Violence Strategy 2025\u20132028", "with outcomes framework"],
                       "Humber Domestic Abuse and Sexual Violence Partnership", (PURPLE, ROSE), variant="rings")
    chrome = make_chrome(S, "Humber DASV Strategy 2025\u20132028", "p. {n}", 10)
    return rl_pages(out, title="Humber Domestic Abuse and Sexual Violence Strategy 2025-2028",
                    author="Humber DASV Partnership", pages=[[], p2, p3, p4, p5, p6, p7, p8, p9, p10], cover=cover,
                    chrome=chrome)
