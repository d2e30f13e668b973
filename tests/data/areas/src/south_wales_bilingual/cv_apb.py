"""Cardiff and Vale Area Planning Board: Substance Misuse Strategy 2024-2027.

reportlab canvas.  Every page is split HORIZONTALLY: the Welsh version in the upper half
(on a pale lime ground, "CYMRAEG" in the margin), a dashed cut line, and the English
version in the lower half ("ENGLISH").  The priorities (p6) are four drawn HEXAGONS in a
staggered honeycomb in each half, the priority centred in bold inside each hexagon.
"""
from __future__ import annotations

import math
from pathlib import Path

from .kit import H, P, Spacer, W, canvas, family, fill, hexc, mm, st, table

OUT = "strategies/cardiff_and_vale_apb_substance_misuse_strategy_2024-27.pdf"
SANS, SANSB, _, _ = family("dejavu")
LIME, TEALD, PLUM = hexc("#f1f6e4"), hexc("#2f6b5f"), hexc("#7a3b69")
body = st("b", SANS, 8.9, leading=12.2)
h1 = st("h1", SANSB, 15, "#2f6b5f", leading=18, after=4)
h2 = st("h2", SANSB, 10, "#2f6b5f", leading=12.5, before=4, after=2)
hexst = st("hx", SANSB, 8.8, "#ffffff", leading=11, align=1)
small = st("sm", SANS, 7.4, "#666666", leading=9.2)
cell = st("c", SANS, 8, leading=10)

PRI = [("Atal marwolaethau sy'n gysylltiedig â chyffuriau", "Preventing drug-related deaths"),
       ("Gwella mynediad at driniaeth a chymorth adfer", "Improving access to treatment and recovery support"),
       ("Lleihau niwed o alcohol", "Reducing harm from alcohol"),
       ("Cefnogi pobl ag anghenion iechyd meddwl a chamddefnyddio sylweddau sy'n cyd-ddigwydd",
        "Supporting people with co-occurring mental health and substance misuse needs")]
HALF = (H - 30 * mm) / 2


def halves(c, n, cy, en):
    c.setFillColor(LIME)
    c.rect(0, 15 * mm + HALF, W, HALF + 15 * mm, stroke=0, fill=1)
    c.setStrokeColor(hexc("#888888"))
    c.setDash(4, 3)
    c.line(10 * mm, 15 * mm + HALF, W - 10 * mm, 15 * mm + HALF)
    c.setDash()
    for label, y in (("CYMRAEG", 15 * mm + HALF + HALF / 2), ("ENGLISH", 15 * mm + HALF / 2)):
        c.saveState()
        c.translate(9 * mm, y)
        c.rotate(90)
        c.setFillColor(TEALD if label == "CYMRAEG" else PLUM)
        c.setFont(SANSB, 8)
        c.drawCentredString(0, 0, label)
        c.restoreState()
    c.setFillColor(hexc("#444444"))
    c.setFont(SANS, 7.5)
    c.drawString(16 * mm, H - 9 * mm, "Bwrdd Cynllunio Ardal Caerdydd a'r Fro · Strategaeth Camddefnyddio Sylweddau")
    c.drawString(16 * mm, 8 * mm, "Cardiff and Vale Area Planning Board · Substance Misuse Strategy")
    c.drawRightString(W - 14 * mm, 8 * mm, str(n))
    if cy is not None:
        fill(c, cy, 16 * mm, 15 * mm + HALF + 4 * mm, W - 32 * mm, HALF - 8 * mm, f"apb p{n} cy")
        fill(c, en, 16 * mm, 19 * mm, W - 32 * mm, HALF - 8 * mm, f"apb p{n} en")


def hexagon(c, cx, cy, r, colour, text):
    p = c.beginPath()
    for i in range(6):
        a = math.radians(60 * i)
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        (p.moveTo if i == 0 else p.lineTo)(x, y)
    p.close()
    c.setFillColor(colour)
    c.drawPath(p, stroke=0, fill=1)
    para = P(text, hexst)
    w = 1.5 * r
    _, h = para.wrap(w, r * 2)
    para.drawOn(c, cx - w / 2, cy - h / 2)


def honeycomb(c, base_y, lang, colour):
    r = 24 * mm
    xs = [W / 2 - 2.25 * r, W / 2 - 0.75 * r, W / 2 + 0.75 * r, W / 2 + 2.25 * r]
    for k, (x, pr) in enumerate(zip(xs, PRI)):
        y = base_y + (0.87 * r if k % 2 else 0)
        hexagon(c, x, y, r * 0.97, colour, pr[0] if lang == "cy" else pr[1])


def build(root: Path) -> Path:
    out = root / OUT
    c = canvas(out, "Cardiff and Vale Area Planning Board Substance Misuse Strategy 2024-2027",
               "Cardiff and Vale Area Planning Board")
    c.setFillColor(TEALD)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, colr in enumerate(("#4f8f82", "#8fb573", "#7a3b69")):
        hexagon(c, W - 40 * mm - i * 22 * mm, H - 50 * mm - (i % 2) * 19 * mm, 18 * mm, hexc(colr), "")
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 22)
    c.drawString(18 * mm, H / 2 + 10 * mm, "Strategaeth Camddefnyddio Sylweddau")
    c.drawString(18 * mm, H / 2 - 2 * mm, "Substance Misuse Strategy 2024–2027")
    c.setFont(SANS, 12)
    c.drawString(18 * mm, H / 2 - 20 * mm, "Bwrdd Cynllunio Ardal Caerdydd a'r Fro")
    c.drawString(18 * mm, H / 2 - 28 * mm, "Cardiff and Vale Area Planning Board")
    c.showPage()
    toc = lambda rows: table([[a, str(b)] for a, b in rows], [150 * mm, 20 * mm],
                             [("FONT", (0, 0), (-1, -1), SANS, 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#b9cfae")), ("TOPPADDING", (0, 0), (-1, -1), 3)])
    halves(c, 2, [P("Cynnwys", h1), toc([("Rhagair", 3), ("Asesiad o anghenion", 4), ("Y fframwaith cenedlaethol", 5),
                                         ("Ein blaenoriaethau", 6), ("Cyflawni", 7), ("Canlyniadau a chysylltu", 8)])],
           [P("Contents", h1), toc([("Foreword", 3), ("Needs assessment", 4), ("The national framework", 5),
                                    ("Our priorities", 6), ("Delivery", 7), ("Outcomes and contact", 8)])])
    c.showPage()
    halves(c, 3, [P("Rhagair", h1), P("Mae'r Bwrdd Cynllunio Ardal yn dod â'r bwrdd iechyd, y ddau gyngor, yr heddlu, "
                  "y gwasanaeth prawf a'r trydydd sector at ei gilydd i gomisiynu gwasanaethau camddefnyddio sylweddau "
                  "yng Nghaerdydd a Bro Morgannwg. Mae'r strategaeth hon yn nodi ein blaenoriaethau am dair blynedd.",
                  body), P("<b>Cadeirydd y Bwrdd Cynllunio Ardal</b>", body)],
           [P("Foreword", h1), P("The Area Planning Board brings together the health board, the two councils, the "
             "police, probation and the third sector to commission substance misuse services in Cardiff and the Vale "
             "of Glamorgan. This strategy sets out our priorities for three years. It follows a needs assessment, "
             "a review of drug-related deaths and conversations with people in recovery and their families.", body),
            P("<b>Chair of the Area Planning Board</b>", body)])
    c.showPage()
    halves(c, 4, [P("Asesiad o anghenion", h1), P("<b>41</b> marwolaeth yn gysylltiedig â chyffuriau mewn blwyddyn · "
                  "<b>5,200</b> atgyfeiriad at driniaeth · <b>62%</b> o gleientiaid ag angen iechyd meddwl. Ffigurau "
                  "enghreifftiol.", body), P("Ein blaenoriaethau blaenorol", h2),
                  P("Atal · Triniaeth · Adferiad · Teuluoedd", body)],
           [P("Needs assessment", h1), P("<b>41</b> drug-related deaths in a year · <b>5,200</b> referrals to "
             "treatment · <b>62%</b> of clients with a mental health need. Illustrative figures.", body),
            P("Key findings", h2), P("• Most deaths involve several substances, often with alcohol<br/>• Waiting times "
             "rise when people are referred on between services<br/>• Alcohol-specific admissions are rising among "
             "people over 50", body), P("Our previous priorities", h2), P("Prevention · Treatment · Recovery · "
             "Families", body)])
    c.showPage()
    halves(c, 5, [P("Y fframwaith cenedlaethol", h1), P("Mae Cynllun Cyflawni Camddefnyddio Sylweddau Llywodraeth "
                  "Cymru yn canolbwyntio, yn ein geiriau ni, ar leihau niwed, gwella mynediad at driniaeth, cefnogi "
                  "adferiad a chefnogi teuluoedd.", body),
                  P("Mae strategaeth gyffuriau'r DU, <i>From Harm to Hope</i>, yn cynnwys tair blaenoriaeth: torri "
                    "cadwyni cyflenwi, system driniaeth ac adferiad o'r radd flaenaf, a newid y galw am genhedlaeth.",
                    body)],
           [P("The national framework", h1), P("The Welsh Government's substance misuse delivery plan focuses, in our "
             "own words, on reducing harm, improving access to treatment, supporting recovery and supporting "
             "families.", body),
            P("The UK drug strategy, <i>From Harm to Hope</i>, has three priorities: break drug supply chains; deliver "
              "a world-class treatment and recovery system; achieve a generational shift in the demand for drugs.",
              body)])
    c.showPage()
    halves(c, 6, [P("Ein blaenoriaethau", h1), P("Pedair blaenoriaeth y Bwrdd ar gyfer 2024–2027:", body)],
           [P("Our priorities", h1), P("The Board's four priorities for 2024–2027:", body)])
    honeycomb(c, 15 * mm + HALF + 32 * mm, "cy", TEALD)
    honeycomb(c, 15 * mm + 32 * mm, "en", PLUM)
    c.showPage()
    drows = lambda rows: table([[P(x, cell) for x in r] for r in rows], [40 * mm, 130 * mm],
                               [("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#b9cfae")), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    halves(c, 7, [P("Cyflawni", h1), drows([["<b>Thema</b>", "<b>Cam gweithredu</b>"],
                                            ["Marwolaethau", "Naloxone i deuluoedd a hosteli"],
                                            ["Triniaeth", "Presgripsiynu ar yr un diwrnod"],
                                            ["Alcohol", "Tîm alcohol yn yr ysbyty"],
                                            ["Iechyd meddwl", "Llwybr ar y cyd â gwasanaethau iechyd meddwl"]])],
           [P("Delivery", h1), drows([["<b>Theme</b>", "<b>Action</b>"], ["Deaths", "Naloxone for families and hostels"],
                                      ["Treatment", "Same-day prescribing"], ["Alcohol", "Hospital alcohol care team"],
                                      ["Mental health", "Joint pathway with mental health services"]])])
    c.showPage()
    halves(c, 8, [P("Canlyniadau a chysylltu", h1), P("Marwolaethau sy'n gysylltiedig â chyffuriau · amser aros am "
                  "driniaeth · derbyniadau alcohol · cleientiaid â chynllun ar y cyd.", body),
                  P("apb@cav.example · 029 2000 0001", body)],
           [P("Outcomes and contact", h1), P("Drug-related deaths · waiting times for treatment · alcohol admissions · "
             "clients with a joint care plan.", body), P("The Board reports to the Cardiff and Vale Regional "
             "Partnership Board and to the Welsh Government.", body), P("apb@cav.example · 029 2000 0001", body)])
    c.showPage()
    c.save()
    return out
