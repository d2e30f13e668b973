"""Safer Swansea Partnership: Community Safety Strategy 2024-2027 / Partneriaeth Abertawe Fwy Diogel.

reportlab canvas.  A FLIP document printed English first: the English version runs from
the front cover (pp1-7); the Welsh version (pp8-12) is printed from the back cover, so its
pages carry /Rotate 180 and read upside down when the English is the right way up.  The
English priorities are five rows of a table on p6: a teal disc with the number, the
priority in bold and one line on what it means.
"""
from __future__ import annotations

from pathlib import Path

from .kit import H, P, Spacer, W, canvas, family, fill, hexc, mm, st, table

OUT = "strategies/safer_swansea_community_safety_strategy_2024-27.pdf"
SANS, SANSB, SANSI, _ = family("dejacond")
TEAL, ORANGE, INK = hexc("#00616e"), hexc("#f07f1a"), hexc("#1e2a2c")
body = st("b", SANS, 9.8, leading=13.6)
h1 = st("h1", SANSB, 22, "#00616e", leading=26, after=8)
h2 = st("h2", SANSB, 12.5, "#00616e", leading=15, before=6, after=3)
prs = st("pr", SANSB, 12.5, "#1e2a2c", leading=15.5, after=1)
prd = st("pd", SANS, 9, "#4a5557", leading=12)
num = st("num", SANSB, 18, "#ffffff", leading=20, align=1)
small = st("sm", SANS, 7.8, "#666666", leading=10)
cell = st("c", SANS, 8.8, leading=11.5)
cellb = st("cb", SANSB, 8.8, "#ffffff", leading=11.5)

PRI = [("Tackling anti-social behaviour and its impact on communities",
        "Mynd i'r afael ag ymddygiad gwrthgymdeithasol a'i effaith ar gymunedau",
        "Early help for young people, tenancy action and support for those targeted.",
        "Cymorth cynnar i bobl ifanc, camau tenantiaeth a chymorth i'r rhai sy'n cael eu targedu."),
       ("Reducing the harm caused by drugs and alcohol", "Lleihau'r niwed a achosir gan gyffuriau ac alcohol",
        "With the Swansea Bay Area Planning Board: outreach, naloxone and street-drinking support.",
        "Gyda Bwrdd Cynllunio Ardal Bae Abertawe: allgymorth, naloxone a chymorth yfed ar y stryd."),
       ("Tackling violence against women, domestic abuse and sexual violence",
        "Mynd i'r afael â thrais yn erbyn menywod, cam-drin domestig a thrais rhywiol",
        "Early identification, MARAC and the regional strategy in every service.",
        "Adnabod yn gynnar, MARAC a'r strategaeth ranbarthol ym mhob gwasanaeth."),
       ("Keeping people safe in the city centre at night", "Cadw pobl yn ddiogel yng nghanol y ddinas gyda'r nos",
        "Wind Street, the safe haven, licensing and Ask for Angela.",
        "Stryd y Gwynt, yr hafan ddiogel, trwyddedu ac Ask for Angela."),
       ("Preventing violent extremism and radicalisation", "Atal eithafiaeth dreisgar a radicaleiddio",
        "The Prevent duty, the Channel panel and online safety in schools.",
        "Dyletswydd Prevent, panel Channel a diogelwch ar-lein mewn ysgolion.")]


def chrome(c, n, welsh):
    if welsh:
        c.setPageRotation(180)
    c.setFillColor(TEAL)
    c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, H - 12.5 * mm, W, 1.5 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 8.5)
    c.drawString(18 * mm, H - 7.3 * mm, "Partneriaeth Abertawe Fwy Diogel" if welsh else "Safer Swansea Partnership")
    c.drawRightString(W - 18 * mm, H - 7.3 * mm, "CYMRAEG" if welsh else "ENGLISH")
    c.setFillColor(INK)
    c.setFont(SANS, 8.5)
    c.drawCentredString(W / 2, 10 * mm, f"– {n} –")


def page(c, n, flows, welsh=False):
    chrome(c, n, welsh)
    fill(c, flows, 20 * mm, 20 * mm, W - 40 * mm, H - 45 * mm, f"swansea p{n}")
    c.showPage()


def cover(c, welsh):
    if welsh:
        c.setPageRotation(180)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.circle(W - 30 * mm, H - 40 * mm, 55 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 30)
    if welsh:
        lines = ["Partneriaeth", "Abertawe Fwy Diogel", "Strategaeth Diogelwch", "Cymunedol 2024–2027"]
        foot = "Fersiwn Gymraeg. English version: turn the document over."
    else:
        lines = ["Safer Swansea", "Partnership", "Community Safety", "Strategy 2024–2027"]
        foot = "English version. Fersiwn Gymraeg: trowch y ddogfen drosodd."
    for i, t in enumerate(lines):
        c.drawString(20 * mm, H - 120 * mm - i * 13 * mm, t)
    c.setFont(SANS, 11)
    c.drawString(20 * mm, 30 * mm, foot)
    c.showPage()


def toc(rows):
    return table([[a, b] for a, b in rows], [140 * mm, 20 * mm],
                 [("FONT", (0, 0), (-1, -1), SANS, 11), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                  ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#9bc4c9")), ("TOPPADDING", (0, 0), (-1, -1), 5),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])


def pri_table(welsh):
    rows = []
    for i, (en, cy, den, dcy) in enumerate(PRI, start=1):
        rows.append([P(str(i), num), [P(cy if welsh else en, prs), P(dcy if welsh else den, prd)]])
    st_cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (1, 0), (1, -1), 10),
               ("LINEBELOW", (0, 0), (-1, -1), 1.2, hexc("#ffffff"))]
    for r in range(len(rows)):
        st_cmds.append(("BACKGROUND", (0, r), (0, r), TEAL if r % 2 == 0 else ORANGE))
        st_cmds.append(("BACKGROUND", (1, r), (1, r), hexc("#eef5f6") if r % 2 == 0 else hexc("#fdf1e6")))
    return table(rows, [16 * mm, 154 * mm], st_cmds)


def delivery(welsh):
    if welsh:
        rows = [["Thema", "Beth fyddwn ni'n ei wneud", "Arweinydd"],
                ["ASB", "Cytundebau ymddygiad derbyniol a gwaith gyda rhieni", "Cyngor"],
                ["Sylweddau", "Tîm allgymorth yng nghanol y ddinas", "BCA"],
                ["VAWDASV", "Hyfforddiant Gofyn a Gweithredu i staff rheng flaen", "Cyngor"],
                ["Economi'r nos", "Hafan ddiogel ar nosweithiau Gwener a Sadwrn", "Heddlu"],
                ["Prevent", "Panel Channel misol", "Cyngor"]]
    else:
        rows = [["Theme", "What we will do", "Lead"],
                ["ASB", "Acceptable behaviour contracts and work with parents", "Council"],
                ["Substances", "City centre outreach team", "APB"],
                ["VAWDASV", "Ask and Act training for front-line staff", "Council"],
                ["Night-time economy", "Safe haven on Friday and Saturday nights", "Police"],
                ["Prevent", "Monthly Channel panel", "Council"]]
    rows = [[P(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(rows)]
    return table(rows, [38 * mm, 100 * mm, 32 * mm],
                 [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#9bc4c9"))])


def stats(items):
    rows = [[P(f"<font size=20 color='#f07f1a'><b>{a}</b></font><br/>{b}", cell) for a, b in items[:2]],
            [P(f"<font size=20 color='#f07f1a'><b>{a}</b></font><br/>{b}", cell) for a, b in items[2:]]]
    return table(rows, [85 * mm, 85 * mm], [("BACKGROUND", (0, 0), (-1, -1), hexc("#eef5f6")),
                                            ("GRID", (0, 0), (-1, -1), 4, hexc("#ffffff")),
                                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])


def build(root: Path) -> Path:
    out = root / OUT
    c = canvas(out, "Safer Swansea Partnership Community Safety Strategy 2024-2027", "Safer Swansea Partnership")
    cover(c, False)
    page(c, 2, [P("Contents", h1), toc([("Foreword", 3), ("Swansea in numbers", 4), ("Our context", 5),
                                        ("Our priorities", 6), ("Delivery, measures and contact", 7)]),
                Spacer(1, 12 * mm), P("Cynnwys (y fersiwn Gymraeg, o'r clawr cefn)", h2),
                toc([("Rhagair", 9), ("Abertawe mewn ffigurau", 10), ("Ein blaenoriaethau", 11),
                     ("Cyflawni, mesur a chysylltu", 12)])])
    page(c, 3, [P("Foreword", h1),
                P("Swansea is a safe place to live, work and visit, and we want it to stay that way. This strategy "
                  "sets out what the Safer Swansea Partnership will concentrate on between 2024 and 2027.", body),
                P("It builds on our strategic assessment, on conversations with residents in every ward and on "
                  "what young people told us through the youth council.", body),
                P("The partnership's work is only part of the picture: the Swansea Bay Area Planning Board, the "
                  "Western Bay VAWDASV board and the Serious Violence Duty partnership all have plans of their own, "
                  "and we have tried not to repeat them.", body),
                Spacer(1, 5 * mm), P("<b>Chair, Safer Swansea Partnership</b>", body)])
    page(c, 4, [P("Swansea in numbers", h1),
                stats([("9,800", "anti-social behaviour incidents in 2023"), ("41%", "of night-time violence on or "
                       "near Wind Street"), ("63", "drug-related deaths in Swansea Bay in three years"),
                       ("1,950", "domestic abuse referrals to MARAC")]),
                P("Illustrative figures for this document.", small),
                P("What our last strategy focused on (2021–2024)", h2),
                P("• Safer communities<br/>• Vulnerable people<br/>• Substance misuse<br/>• Reducing reoffending",
                  body),
                P("Reducing reoffending now sits with the South Wales Reducing Reoffending Board.", body)])
    page(c, 5, [P("Our context", h1), P("Swansea Public Services Board", h2),
                P("The PSB's well-being objectives include <i>Stronger communities</i> and <i>Working with nature"
                  "</i>; this strategy contributes to the first.", body),
                P("National duties", h2),
                P("• The Crime and Disorder Act 1998: crime and disorder, substance misuse and reoffending<br/>"
                  "• The Serious Violence Duty (2023)<br/>• The Violence against Women, Domestic Abuse and Sexual "
                  "Violence (Wales) Act 2015<br/>• The Prevent duty (Counter-Terrorism and Security Act 2015)", body),
                P("The Police and Crime Commissioner", h2),
                P("The Commissioner's priorities include keeping our neighbourhoods safe, preventing violence and "
                  "exploitation and putting victims first. The Commissioner funds our ASB and night-time work.",
                  body)])
    page(c, 6, [P("Our priorities", h1),
                P("Between 2024 and 2027 the Safer Swansea Partnership will concentrate on five priorities.", body),
                Spacer(1, 3 * mm), pri_table(False), Spacer(1, 5 * mm),
                P("The order does not show importance. Each priority has a delivery group (page 7).", small)])
    page(c, 7, [P("Delivery, measures and contact", h1), delivery(False), P("How we will measure progress", h2),
                P("Repeat victims of ASB; ambulance call-outs from the city centre at night; naloxone kits issued; "
                  "referrals to Channel.", body),
                P("Governance", h2),
                P("The partnership board meets quarterly and reports to the Swansea PSB and the council's scrutiny "
                  "programme committee.", body),
                P("Contact", h2), P("safer.swansea@swansea.example · 01792 000000", body)])
    # the Welsh version, printed from the back cover (upside down)
    cover(c, True)
    page(c, 9, [P("Rhagair", h1),
                P("Mae Abertawe yn lle diogel i fyw, gweithio ac ymweld ag ef, ac rydym am iddi aros felly. Mae'r "
                  "strategaeth hon yn nodi'r hyn y bydd Partneriaeth Abertawe Fwy Diogel yn canolbwyntio arno rhwng "
                  "2024 a 2027.", body),
                P("Mae'n adeiladu ar ein hasesiad strategol, ar sgyrsiau gyda thrigolion ym mhob ward ac ar yr hyn "
                  "a ddywedodd pobl ifanc wrthym drwy'r cyngor ieuenctid.", body),
                Spacer(1, 5 * mm), P("<b>Cadeirydd, Partneriaeth Abertawe Fwy Diogel</b>", body)], True)
    page(c, 10, [P("Abertawe mewn ffigurau", h1),
                 stats([("9,800", "digwyddiad ymddygiad gwrthgymdeithasol yn 2023"), ("41%", "o drais gyda'r nos ar "
                        "Stryd y Gwynt neu gerllaw"), ("63", "marwolaeth yn gysylltiedig â chyffuriau ym Mae Abertawe "
                        "mewn tair blynedd"), ("1,950", "atgyfeiriad cam-drin domestig i MARAC")]),
                 P("Ffigurau enghreifftiol ar gyfer y ddogfen hon.", small),
                 P("Ein strategaeth ddiwethaf (2021–2024)", h2),
                 P("• Cymunedau mwy diogel<br/>• Pobl sy'n agored i niwed<br/>• Camddefnyddio sylweddau<br/>"
                   "• Lleihau aildroseddu", body)], True)
    page(c, 11, [P("Ein blaenoriaethau", h1),
                 P("Rhwng 2024 a 2027 bydd Partneriaeth Abertawe Fwy Diogel yn canolbwyntio ar bum blaenoriaeth.",
                   body), Spacer(1, 3 * mm), pri_table(True)], True)
    page(c, 12, [P("Cyflawni, mesur a chysylltu", h1), delivery(True), P("Llywodraethu", h2),
                 P("Mae bwrdd y bartneriaeth yn cyfarfod bob chwarter ac yn adrodd i Fwrdd Gwasanaethau Cyhoeddus "
                   "Abertawe.", body), P("Cysylltu", h2), P("abertawe.fwydiogel@swansea.example · 01792 000000",
                                                             body)], True)
    c.save()
    return out
