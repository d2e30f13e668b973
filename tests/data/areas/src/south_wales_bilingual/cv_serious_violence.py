"""Cardiff and Vale of Glamorgan Serious Violence Duty Strategy 2024-2029.

reportlab canvas.  BILINGUAL HEADINGS over an English body: every heading is printed as a
Welsh line in red small capitals above the English heading, and each section closes with
a Welsh paragraph in italics.  The priorities (p6) are four TWO-TONE CARDS in a 2 x 2
grid: a red upper band with the Welsh priority in white, a pale lower half with the
English priority in bold navy.
"""
from __future__ import annotations

from pathlib import Path

from .kit import H, P, Spacer, W, canvas, family, fill, hexc, mm, st, table

OUT = "strategies/cardiff_and_vale_serious_violence_duty_strategy_2024-29.pdf"
SANS, SANSB, SANSI, _ = family("sans")
SERIF, SERIFB, SERIFI, _ = family("dserif")
RED, NAVY = hexc("#b3202a"), hexc("#162447")
body = st("b", SANS, 9.8, leading=13.6)
cyi = st("cyi", SERIFI, 9.2, "#7a1b22", leading=12.6)
hcy = st("hcy", SANSB, 9, "#b3202a", leading=11, after=0)
h1 = st("h1", SERIFB, 18, "#162447", leading=21, after=6)
h2 = st("h2", SANSB, 11, "#162447", leading=13.5, before=6, after=2)
cw = st("cw", SANSB, 10, "#ffffff", leading=12.6)
ce = st("ce", SANSB, 12.5, "#162447", leading=15.5)
cell = st("c", SANS, 8.6, leading=11)
small = st("sm", SANS, 7.6, "#666666", leading=9.6)

PRI = [("Lleihau trais difrifol mewn mannau cyhoeddus, gan gynnwys troseddau cyllyll",
        "Reducing serious violence in public places, including knife crime"),
       ("Atal plant a phobl ifanc rhag cymryd rhan mewn trais",
        "Preventing children and young people from becoming involved in violence"),
       ("Lleihau trais yn economi'r nos", "Reducing violence in the night-time economy"),
       ("Defnyddio data a rennir i ddeall ac atal trais", "Using shared data to understand and prevent violence")]


def head(cy, en):
    return [P(cy.upper(), hcy), P(en, h1)]


def page(c, n, flows):
    c.setFillColor(NAVY)
    c.rect(0, H - 10 * mm, W, 10 * mm, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(0, H - 10 * mm, 40 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 8)
    c.drawString(45 * mm, H - 6.5 * mm, "Serious Violence Duty Strategy · Strategaeth y Ddyletswydd Trais Difrifol")
    c.setFillColor(NAVY)
    c.setFont(SANSB, 9)
    c.drawRightString(W - 18 * mm, 10 * mm, f"{n}")
    fill(c, flows, 20 * mm, 18 * mm, W - 40 * mm, H - 40 * mm, f"sv p{n}")
    c.showPage()


def card(cy, en):
    return table([[P(cy, cw)], [P(en, ce)]], [80 * mm],
                 [("BACKGROUND", (0, 0), (0, 0), RED), ("BACKGROUND", (0, 1), (0, 1), hexc("#f4f1ec")),
                  ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                  ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")], )


def build(root: Path) -> Path:
    out = root / OUT
    c = canvas(out, "Cardiff and Vale of Glamorgan Serious Violence Duty Strategy 2024-2029",
               "Cardiff and Vale Serious Violence Duty Partnership")
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(0, 0, 22 * mm, H, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 11)
    c.drawString(32 * mm, H - 40 * mm, "CAERDYDD A BRO MORGANNWG · CARDIFF AND VALE OF GLAMORGAN")
    c.setFont(SERIFB, 26)
    c.drawString(32 * mm, H / 2 + 24 * mm, "Serious Violence Duty")
    c.drawString(32 * mm, H / 2 + 12 * mm, "Strategy 2024–2029")
    c.setFillColor(hexc("#f2b8bd"))
    c.setFont(SERIF, 20)
    c.drawString(32 * mm, H / 2 - 8 * mm, "Strategaeth y Ddyletswydd")
    c.drawString(32 * mm, H / 2 - 17 * mm, "Trais Difrifol 2024–2029")
    c.showPage()
    toc = table([[a, b, str(n)] for a, b, n in [("Cyflwyniad", "Introduction", 3), ("Y Ddyletswydd", "The Duty", 4),
                 ("Asesiad o anghenion strategol", "Strategic needs assessment", 5),
                 ("Ein blaenoriaethau", "Our priorities", 6), ("Ymyriadau", "Interventions", 7),
                 ("Mesurau", "Measures", 8), ("Llywodraethu a chysylltu", "Governance and contact", 9)]],
                [70 * mm, 85 * mm, 15 * mm],
                [("FONT", (0, 0), (0, -1), SERIFI, 10), ("TEXTCOLOR", (0, 0), (0, -1), RED),
                 ("FONT", (1, 0), (-1, -1), SANS, 10.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#cccccc")), ("TOPPADDING", (0, 0), (-1, -1), 5)])
    page(c, 2, head("Cynnwys", "Contents") + [toc])
    page(c, 3, head("Cyflwyniad", "Introduction") + [
        P("The Serious Violence Duty came into force in January 2023. It requires the specified authorities in "
          "Cardiff and the Vale of Glamorgan to work together to prevent and reduce serious violence, to agree a "
          "local definition of serious violence, to prepare a strategic needs assessment and to publish a "
          "strategy.", body),
        P("This strategy was agreed by both Community Safety Partnerships, which act as the partnership for the "
          "Duty, with the support of the Wales Violence Prevention Unit.", body),
        P("Daeth y Ddyletswydd Trais Difrifol i rym yn Ionawr 2023. Mae'r strategaeth hon wedi'i chytuno gan y ddwy "
          "Bartneriaeth Diogelwch Cymunedol gyda chymorth Uned Atal Trais Cymru.", cyi)])
    page(c, 4, head("Y Ddyletswydd", "The Duty") + [
        P("Specified authorities", h2),
        P("Cardiff Council · Vale of Glamorgan Council · South Wales Police · South Wales Fire and Rescue Service · "
          "Cardiff and Vale University Health Board · Probation Service · Youth Justice Services", body),
        P("Our local definition", h2),
        P("Serious violence is violence in a public place that causes or risks serious injury, including knife "
          "crime, robbery and homicide. Domestic abuse and sexual violence are included where the regional VAWDASV "
          "board has agreed joint work.", body),
        P("A public health approach", h2),
        P("Define the problem · Identify risk and protective factors · Develop and test interventions · Scale up "
          "what works", body),
        P("Awdurdodau penodedig, diffiniad lleol a dull iechyd cyhoeddus: diffinio'r broblem, nodi ffactorau risg, "
          "profi ymyriadau ac ehangu'r hyn sy'n gweithio.", cyi)])
    page(c, 5, head("Asesiad o anghenion strategol", "Strategic needs assessment") + [
        table([[P("<font size=18 color='#b3202a'><b>2,650</b></font><br/>violent injuries treated at the emergency "
                  "department", cell),
                P("<font size=18 color='#b3202a'><b>34%</b></font><br/>of serious violence in the city centre at "
                  "night", cell),
                P("<font size=18 color='#b3202a'><b>1 in 3</b></font><br/>knife offences involve someone under 25",
                  cell)]], [56 * mm] * 3, [("BACKGROUND", (0, 0), (-1, -1), hexc("#f4f1ec")),
                                           ("GRID", (0, 0), (-1, -1), 3, hexc("#ffffff"))]),
        P("Illustrative figures.", small), P("Key findings", h2),
        P("• Violence is concentrated in a few city-centre streets and three residential areas<br/>• Young adults "
          "aged 18–24 are the group most at risk of harm<br/>• Data held by health, police and councils is not yet "
          "joined up", body),
        P("Mae trais wedi'i ganoli mewn ychydig o strydoedd yng nghanol y ddinas; oedolion ifanc sydd fwyaf mewn "
          "perygl.", cyi)])
    grid = table([[card(*PRI[0]), card(*PRI[1])], [card(*PRI[2]), card(*PRI[3])]], [85 * mm, 85 * mm],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm)])
    page(c, 6, head("Ein blaenoriaethau", "Our priorities") + [
        P("From the needs assessment the partnership agreed four priorities for 2024–2029.", body), Spacer(1, 4 * mm),
        grid, P("Mae'r bartneriaeth wedi cytuno ar bedair blaenoriaeth ar gyfer 2024–2029.", cyi)])
    itab = table([[P(x, cell) for x in r] for r in [["<b>Theme</b>", "<b>Intervention</b>", "<b>Lead</b>"],
                  ["Public places", "Hotspot patrols and the Cardiff Model data sharing", "Police"],
                  ["Young people", "Navigators at the emergency department and in custody", "Health board"],
                  ["Night-time economy", "Safe space, taxi marshals and licensing", "Council"],
                  ["Data", "A shared violence dataset across the partners", "Council"]]],
                 [40 * mm, 100 * mm, 30 * mm], [("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#cccccc")),
                                                 ("BACKGROUND", (0, 0), (-1, 0), hexc("#f4f1ec"))])
    page(c, 7, head("Ymyriadau", "Interventions") + [itab,
        P("Ymyriadau: patrolau mewn mannau problemus, llywwyr yn yr adran achosion brys, man diogel a data a rennir.",
          cyi)])
    page(c, 8, head("Mesurau", "Measures") + [
        P("Home Office success measures", h2),
        P("• Hospital admissions for assault with a knife or sharp object<br/>• Knife and sharp object enabled "
          "serious violence recorded by the police<br/>• Homicides recorded by the police", body),
        P("Local measures", h2),
        P("• Violent injuries at the emergency department<br/>• Children supported by navigators<br/>• Violence in "
          "the night-time economy", body),
        P("Mesurau llwyddiant y Swyddfa Gartref a mesurau lleol.", cyi)])
    page(c, 9, head("Llywodraethu a chysylltu", "Governance and contact") + [
        P("The strategy is owned by the Cardiff and the Vale of Glamorgan Community Safety Partnerships and "
          "reviewed every year. The Police and Crime Commissioner holds the Serious Violence Duty grant.", body),
        P("svd@cav.example · 029 2000 0002", body),
        P("Rydym yn croesawu gohebiaeth yn Gymraeg.", cyi)])
    c.save()
    return out
