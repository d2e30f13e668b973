"""Safer Bridgend / Pen-y-bont ar Ogwr Mwy Diogel: Community Safety Partnership Plan 2024-2027.

reportlab canvas.  SIDE BY SIDE with Welsh in the LEFT column and English in the RIGHT
column on every page (two frames, a yellow rule down the gutter), a serif house style and
a two-language running foot.  The priorities (p6) are five numbered boxes in each column:
a dark green cell with "01" ... "05" and a pale cell with the priority in bold.
"""
from __future__ import annotations

from pathlib import Path

from .kit import H, P, Spacer, W, canvas, family, fill, hexc, mm, st, table

OUT = "strategies/bridgend_community_safety_partnership_plan_2024-27.pdf"
SERIF, SERIFB, SERIFI, _ = family("serif")
SANS, SANSB, _, _ = family("sans")
GREEN, YELLOW = hexc("#234f1e"), hexc("#f2c230")
body = st("b", SERIF, 10.2, leading=13.8)
cyb = st("cyb", SERIF, 10.2, "#2f3d2c", leading=13.8)
h1 = st("h1", SANSB, 17, "#234f1e", leading=20, after=6)
h2 = st("h2", SANSB, 11, "#234f1e", leading=13.5, before=5, after=3)
prs = st("pr", SERIFB, 11.2, "#1a1a1a", leading=14)
numst = st("n", SANSB, 13, "#f2c230", leading=15, align=1)
small = st("sm", SANS, 7.6, "#666666", leading=9.6)
cell = st("c", SANS, 8.2, leading=10.4)

PRI = [("Lleihau ymddygiad gwrthgymdeithasol yn ein cymunedau", "Reducing anti-social behaviour in our communities"),
       ("Canol trefi mwy diogel ac economi nos a reolir yn dda",
        "Safer town centres and a well-managed night-time economy"),
       ("Mynd i'r afael â cham-drin domestig a thrais rhywiol", "Tackling domestic abuse and sexual violence"),
       ("Atal trais difrifol, gan gynnwys troseddau cyllyll", "Preventing serious violence, including knife crime"),
       ("Gwella diogelwch ar ein ffyrdd gwledig a'n ffyrdd yn y cymoedd",
        "Improving safety on our rural and valley roads")]
CW = (W - 36 * mm - 12 * mm) / 2


def sbs(c, n, left, right):
    c.setFillColor(GREEN)
    c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 9)
    c.drawString(18 * mm, H - 10 * mm, "Pen-y-bont ar Ogwr Mwy Diogel")
    c.drawString(18 * mm + CW + 12 * mm, H - 10 * mm, "Safer Bridgend")
    c.setStrokeColor(YELLOW)
    c.setLineWidth(1.5)
    c.line(W / 2, 22 * mm, W / 2, H - 24 * mm)
    c.setFillColor(hexc("#444444"))
    c.setFont(SANS, 8)
    c.drawString(18 * mm, 12 * mm, f"Tudalen {n}")
    c.drawRightString(W - 18 * mm, 12 * mm, f"Page {n}")
    fill(c, left, 18 * mm, 20 * mm, CW, H - 46 * mm, f"bridgend p{n} cy")
    fill(c, right, 18 * mm + CW + 12 * mm, 20 * mm, CW, H - 46 * mm, f"bridgend p{n} en")
    c.showPage()


def boxes(lang):
    flows = []
    for k, pr in enumerate(PRI, start=1):
        t = table([[P(f"{k:02d}", numst), P(pr[0] if lang == "cy" else pr[1], prs)]], [13 * mm, CW - 13 * mm],
                  [("BACKGROUND", (0, 0), (0, 0), GREEN), ("BACKGROUND", (1, 0), (1, 0), hexc("#eef3e8")),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (1, 0), (1, 0), 8)])
        flows += [t, Spacer(1, 4 * mm)]
    return flows


def theme_table(rows):
    return table([[P(x, cell) for x in r] for r in rows], [CW * 0.32, CW * 0.68],
                 [("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#9cb394")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("BACKGROUND", (0, 0), (-1, 0), hexc("#eef3e8"))])


def build(root: Path) -> Path:
    out = root / OUT
    c = canvas(out, "Safer Bridgend Community Safety Partnership Plan 2024-2027", "Safer Bridgend")
    # cover
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(YELLOW)
    c.rect(0, H / 2 - 1 * mm, W, 2 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SERIFB, 26)
    c.drawString(20 * mm, H / 2 + 40 * mm, "Pen-y-bont ar Ogwr Mwy Diogel")
    c.setFont(SERIF, 16)
    c.drawString(20 * mm, H / 2 + 28 * mm, "Cynllun y Bartneriaeth Diogelwch Cymunedol 2024–2027")
    c.setFont(SERIFB, 26)
    c.drawString(20 * mm, H / 2 - 25 * mm, "Safer Bridgend")
    c.setFont(SERIF, 16)
    c.drawString(20 * mm, H / 2 - 37 * mm, "Community Safety Partnership Plan 2024–2027")
    c.showPage()
    toc = lambda rows: table([[a, str(b)] for a, b in rows], [CW - 12 * mm, 12 * mm],
                             [("FONT", (0, 0), (-1, -1), SERIF, 10.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#9cb394"))])
    sbs(c, 2, [P("Cynnwys", h1), toc([("Rhagair", 3), ("Ein cyd-destun", 4), ("Fframweithiau", 5),
                                      ("Ein blaenoriaethau", 6), ("Cynllun gweithredu", 7),
                                      ("Mesurau a llywodraethu", 8), ("Cysylltu â ni", 9)])],
        [P("Contents", h1), toc([("Foreword", 3), ("Our context", 4), ("Frameworks", 5), ("Our priorities", 6),
                                 ("Action plan", 7), ("Measures and governance", 8), ("Contact us", 9)])])
    sbs(c, 3, [P("Rhagair", h1),
               P("Mae Pen-y-bont ar Ogwr yn sir o drefi marchnad, cymoedd ac arfordir. Mae'r cynllun hwn yn dangos "
                 "sut y bydd y bartneriaeth yn cydweithio i gadw pobl yn ddiogel ac i leihau'r niwed a achosir gan "
                 "droseddu.", cyb),
               P("Gwrandawom ar fwy na 900 o drigolion a phobl ifanc. Dywedodd llawer wrthym fod canol y dref gyda'r "
                 "nos a'r ffyrdd gwledig yn eu poeni.", cyb), P("<b>Cadeirydd y Bartneriaeth</b>", cyb)],
        [P("Foreword", h1),
         P("Bridgend is a county of market towns, valleys and coast. This plan shows how the partnership will work "
           "together to keep people safe and to reduce the harm that crime causes.", body),
         P("We listened to more than 900 residents and young people. Many told us that the town centre at night and "
           "the rural roads worry them.", body), P("<b>Chair of the Partnership</b>", body)])
    sbs(c, 4, [P("Ein cyd-destun", h1),
               P("<b>6,100</b> digwyddiad ymddygiad gwrthgymdeithasol · <b>2,300</b> o achosion cam-drin domestig · "
                 "<b>17</b> o bobl wedi'u lladd neu eu hanafu'n ddifrifol ar ffyrdd gwledig. Ffigurau enghreifftiol.",
                 cyb),
               P("Blaenoriaethau 2021–2024", h2),
               P("• Cymunedau mwy diogel<br/>• Diogelu pobl sy'n agored i niwed<br/>• Camddefnyddio sylweddau",
                 cyb),
               P("Bwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg", h2),
               P("Mae amcanion llesiant y Bwrdd yn cynnwys cymunedau cryf a diogel.", cyb)],
        [P("Our context", h1),
         P("<b>6,100</b> anti-social behaviour incidents · <b>2,300</b> domestic abuse cases · <b>17</b> people "
           "killed or seriously injured on rural roads. Illustrative figures.", body),
         P("Priorities 2021–2024", h2),
         P("• Safer communities<br/>• Safeguarding vulnerable people<br/>• Substance misuse", body),
         P("Cwm Taf Morgannwg Public Services Board", h2),
         P("The Board's well-being objectives include strong and safe communities.", body)])
    sbs(c, 5, [P("Fframweithiau", h1), P("Cynllun yr Heddlu a Throseddu 2025–2029", h2),
               P("• Cadw ein cymdogaethau'n ddiogel<br/>• Atal trais a chamfanteisio<br/>• Rhoi dioddefwyr yn "
                 "gyntaf<br/>• Lleihau aildroseddu a'r niwed sy'n ei ysgogi<br/>• Diogelu pobl rhag twyll a niwed "
                 "ar-lein<br/>• Gwasanaeth heddlu y gall pob cymuned ymddiried ynddo", cyb),
               P("Dyletswyddau statudol", h2),
               P("Deddf Trosedd ac Anhrefn 1998 · Y Ddyletswydd Trais Difrifol · Deddf Trais yn erbyn Menywod, Cam-drin "
                 "Domestig a Thrais Rhywiol (Cymru) 2015", cyb)],
        [P("Frameworks", h1), P("Police and Crime Plan 2025–2029", h2),
         P("• Keeping our neighbourhoods safe<br/>• Preventing violence and exploitation<br/>• Putting victims first"
           "<br/>• Cutting reoffending and the harm that drives it<br/>• Protecting people from fraud and online harm"
           "<br/>• A police service every community can trust", body),
         P("Statutory duties", h2),
         P("Crime and Disorder Act 1998 · The Serious Violence Duty · Violence against Women, Domestic Abuse and "
           "Sexual Violence (Wales) Act 2015", body)])
    sbs(c, 6, [P("Ein blaenoriaethau", h1), P("Ein pum blaenoriaeth ar gyfer 2024–2027 yw:", cyb), Spacer(1, 3 * mm)]
        + boxes("cy"),
        [P("Our priorities", h1), P("Our five priorities for 2024–2027 are:", body), Spacer(1, 3 * mm)]
        + boxes("en"))
    sbs(c, 7, [P("Cynllun gweithredu", h1), theme_table([["Thema", "Cam gweithredu"],
               ["ASB", "Timau datrys problemau ym Maesteg a Phen-y-bont"], ["Economi'r nos", "Bugeiliaid stryd a "
               "hyfforddiant staff bar"], ["Cam-drin domestig", "Canolfan un stop a MARAC"], ["Trais", "Cynllun "
               "ildio cyllyll a gwaith mewn ysgolion"], ["Ffyrdd", "Gwaith gyda GanBwyll ar yr A4061"]])],
        [P("Action plan", h1), theme_table([["Theme", "Action"],
         ["ASB", "Problem-solving teams in Maesteg and Bridgend"], ["Night-time economy", "Street pastors and bar "
         "staff training"], ["Domestic abuse", "One-stop shop and MARAC"], ["Violence", "Knife amnesty and schools "
         "work"], ["Roads", "Work with GoSafe on the A4061"]])])
    sbs(c, 8, [P("Mesurau a llywodraethu", h1),
               P("Galwadau mynych · teimlo'n ddiogel yng nghanol y dref gyda'r nos · atgyfeiriadau i'r ganolfan un "
                 "stop · anafiadau trais · marwolaethau ac anafiadau difrifol ar y ffyrdd", cyb),
               P("Mae'r bartneriaeth yn adrodd i Fwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg.", cyb)],
        [P("Measures and governance", h1),
         P("Repeat calls · feeling safe in the town centre at night · referrals to the one-stop shop · violent "
           "injuries · deaths and serious injuries on the roads", body),
         P("The partnership reports to the Cwm Taf Morgannwg Public Services Board.", body)])
    sbs(c, 9, [P("Cysylltu â ni", h1), P("diogelwchcymunedol@bridgend.example<br/>01656 000000", cyb)],
        [P("Contact us", h1), P("communitysafety@bridgend.example<br/>01656 000000", body)])
    c.save()
    return out
