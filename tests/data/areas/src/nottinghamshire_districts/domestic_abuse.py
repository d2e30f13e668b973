"""Nottingham and Nottinghamshire Domestic Abuse and Sexual Violence Strategy 2025-2028: reportlab (DejaVu
Serif). The priorities are the rows of a table whose tick columns are the four pillars of the national Tackling
Domestic Abuse Plan (p6); the pillars themselves are described on p5 (distractor)."""
from __future__ import annotations

from pathlib import Path

from .kit_rl import C, PageBreak, Paragraph, ParagraphStyle, Spacer, TA_CENTER, build_pdf, colors, mm

OUT = "strategies/nottingham_nottinghamshire_domestic_abuse_and_sexual_violence_strategy_2025-28.pdf"
TITLE = "Nottingham and Nottinghamshire Domestic Abuse and Sexual Violence Strategy 2025\u20132028"
THEME = {"font": "dejavu-serif", "accent": "#4A235A", "h2": "#7D3C98", "light": "#F4ECF7", "size": 9.5,
         "author": "Nottingham and Nottinghamshire Domestic Abuse Local Partnership Boards"}
NEEDLES = {"intro": "Why this strategy matters", "need": "What the needs assessment found",
           "nat": "The national and local framework", "prior": "Our priorities and the national pillars",
           "do": "What we will do", "out": "Outcomes we expect", "gov": "Governance and contacts"}
PILLARS = ["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"]
PRIORITIES = [
    ("Prevent domestic abuse and sexual violence by challenging harmful attitudes early", [1, 0, 0, 0]),
    ("Identify abuse earlier and respond well at first contact", [1, 1, 0, 1]),
    ("Provide safe accommodation and specialist support for survivors and their children", [0, 1, 0, 0]),
    ("Hold perpetrators to account and change their behaviour", [0, 0, 1, 0]),
    ("Support survivors through the criminal justice process", [0, 1, 1, 1]),
]


def decorate(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#7D3C98"))
    c.rect(20 * mm, h - 14 * mm, 30 * mm, 2, stroke=0, fill=1)
    c.setFont(k.reg, 7.5)
    c.setFillColor(C("#555555"))
    c.drawString(20 * mm, 10 * mm, "Domestic Abuse and Sexual Violence Strategy 2025\u20132028")
    c.drawRightString(w - 20 * mm, 10 * mm, f"Page {d.page}")


def cover(c, d, k):
    w, h = d.pagesize
    c.setFillColor(C("#4A235A"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(C("#D7BDE2"))
    for i in range(6):
        c.circle(w - 30 * mm - i * 14 * mm, 40 * mm + i * 9 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.bold, 24)
    c.drawString(20 * mm, h - 70 * mm, "Domestic Abuse and")
    c.drawString(20 * mm, h - 81 * mm, "Sexual Violence Strategy")
    c.setFont(k.reg, 13)
    c.drawString(20 * mm, h - 95 * mm, "Nottingham and Nottinghamshire 2025\u20132028")


def story(pages, k):
    s = [PageBreak()]
    s += k.contents([("intro", "Why this strategy matters"), ("need", "What the needs assessment found"),
                     ("nat", "The national and local framework"), ("prior", "Our priorities and the national pillars"),
                     ("do", "What we will do"), ("out", "Outcomes we expect"), ("gov", "Governance and contacts")], pages)
    s.append(PageBreak())
    s.append(k.H1("Why this strategy matters"))
    for t in ["Domestic abuse and sexual violence cause lasting harm to adults and children in every community "
              "in the city and county. This joint strategy is owned by the Nottingham and the Nottinghamshire "
              "Domestic Abuse Local Partnership Boards and the Sexual Violence Partnership.",
              "It meets the duties placed on the two councils by Part 4 of the Domestic Abuse Act 2021, and "
              "supports the Police and Crime Commissioner's priority of making Nottinghamshire safe for women and "
              "girls. It recognises that men and boys are also victims, and that abuse happens in same-sex "
              "relationships and within families.",
              "<i>\u201cI needed someone to believe me the first time I told them.\u201d</i> \u2013 survivor, 2024 "
              "consultation"]:
        s.append(k.P(t))
    s.append(PageBreak())
    s.append(k.H1("What the needs assessment found"))
    s.append(k.note("All figures are illustrative and are not official statistics."))
    s.append(k.tiles([("29,600", "domestic abuse incidents and crimes"), ("3,140", "rapes and sexual offences reported"),
                      ("1,210", "high-risk cases heard at MARAC"), ("38%", "of MARAC cases are repeats"),
                      ("410", "households in safe accommodation"), ("5,800", "children living with domestic abuse")],
                     170 * mm))
    s.append(Spacer(1, 6))
    s += k.bullets(["Most survivors had contact with a GP, school or hospital before they reached specialist help.",
                    "Demand for refuge and dispersed safe accommodation exceeds supply, especially for larger families.",
                    "Few perpetrators are offered a programme to change their behaviour.",
                    "Survivors describe long waits for court and feeling unsupported through the process."])
    s.append(PageBreak())
    s.append(k.H1("The national and local framework"))
    s.append(k.P("The national Tackling Domestic Abuse Plan (2022) is built on four pillars:"))
    s += k.bullets([f"<b>{p}</b>" for p in PILLARS])
    s.append(k.P("The Tackling Violence Against Women and Girls Strategy, the Domestic Abuse Act 2021 and the "
                 "statutory guidance on safe accommodation complete the national framework."))
    s.append(k.H2("Our 2021\u20132024 priorities"))
    s.append(k.P("The previous strategy focused on <i>early intervention</i>, <i>safe accommodation</i>, "
                 "<i>children and young people</i> and <i>perpetrators</i>. Its evaluation found strong progress on "
                 "accommodation and less on early identification."))
    s.append(PageBreak())
    s.append(k.H1("Our priorities and the national pillars"))
    s.append(k.P("The Boards have agreed five priorities for 2025\u20132028. The table shows which of the national "
                 "pillars each priority contributes to."))
    tick = ParagraphStyle("t", parent=k.cell, alignment=TA_CENTER, fontSize=12, textColor=C("#4A235A"))
    pst = ParagraphStyle("pp", parent=k.cellb, fontSize=10, leading=13)
    hst = ParagraphStyle("hh", parent=k.cellh, fontSize=7, leading=8.5, alignment=TA_CENTER)
    rows = [[Paragraph("Our priority", k.cellh)] + [Paragraph(p, hst) for p in PILLARS]]
    for pr, marks in PRIORITIES:
        rows.append([Paragraph(pr, pst)] + [Paragraph("\u2713" if m else "", tick) for m in marks])
    s.append(k.table(rows, [78 * mm, 23 * mm, 23 * mm, 23 * mm, 23 * mm], valign="MIDDLE"))
    s.append(PageBreak())
    s.append(k.H1("What we will do"))
    for lab, acts in [("Prevention", ["Healthy relationships education in every secondary school",
                                      "Campaigns with the night-time economy and universities"]),
                      ("Early identification", ["IRIS training for GP practices", "Hospital-based independent advisers"]),
                      ("Safe accommodation", ["Recommission refuges in 2026", "Expand the Sanctuary scheme"]),
                      ("Perpetrators", ["Perpetrator programme for medium-risk cases", "Domestic Abuse Protection Orders"]),
                      ("Justice", ["Independent sexual violence advisers at court", "Specialist domestic abuse court days"])]:
        s.append(k.H3(lab))
        s += k.bullets(acts)
    s.append(PageBreak())
    s.append(k.H1("Outcomes we expect"))
    s.append(k.table([["Outcome", "Indicator"],
                      ["Survivors feel safer and more in control of their lives", "Survivor outcome survey"],
                      ["Children recover from the impact of abuse", "Children's service outcome measures"],
                      ["Fewer repeat victims", "MARAC repeat rate"],
                      ["More perpetrators change their behaviour", "Programme completion and re-referral"],
                      ["More cases reach court and fewer survivors withdraw", "Charge and attrition rates"]],
                     [100 * mm, 70 * mm]))
    s.append(PageBreak())
    s.append(k.H1("Governance and contacts"))
    s.append(k.P("The city and county Domestic Abuse Local Partnership Boards meet quarterly and report to the "
                 "Safer Nottingham Board and the Safer Nottinghamshire Board. The Sexual Violence Partnership reports "
                 "to both."))
    s.append(k.P("Contact: dasv.strategy@nottinghamshire.example. If you are in danger call 999. Nottinghamshire "
                 "domestic abuse helpline: 0808 000 0000 (illustrative)."))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate, cover=cover)
