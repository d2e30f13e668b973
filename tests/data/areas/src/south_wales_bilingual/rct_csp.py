"""Safer Rhondda Cynon Taf / Rhondda Cynon Taf Mwy Diogel: Community Safety Strategy 2024-2027.

reportlab canvas.  PARALLEL TEXT: every page is one ruled two-column table, English in
the LEFT column and Welsh in the RIGHT column, one row per paragraph so that each English
paragraph sits level with its Welsh version (headings in shaded full-height rows).  The
priorities (p6) are five rows, each a bold priority with a small coloured square, an
orange "Why:" line under it; the Welsh version of the row beside it.
"""
from __future__ import annotations

from pathlib import Path

from .kit import H, P, Spacer, W, canvas, family, fill, hexc, mm, st, table

OUT = "strategies/rhondda_cynon_taf_community_safety_strategy_2024-27.pdf"
SANS, SANSB, SANSI, _ = family("narrow")
SERIF, SERIFB, _, _ = family("dserif")
NAVY, ORANGE, ROWA = hexc("#273c75"), hexc("#e1701a"), hexc("#f2f4fa")
body = st("b", SANS, 10.2, leading=13.4, after=0)
cyb = st("cy", SANS, 10.2, "#34405e", leading=13.4, after=0)
hd = st("h", SERIFB, 12.5, "#ffffff", leading=15, after=0)
pr = st("pr", SANSB, 12, "#111111", leading=14.6, after=2)
why = st("why", SANS, 8.8, "#b3530c", leading=11, after=0)
small = st("sm", SANS, 7.8, "#666666", leading=9.8)
COLW = (W - 36 * mm) / 2

PRI = [("Reducing anti-social behaviour, including off-road biking",
        "Lleihau ymddygiad gwrthgymdeithasol, gan gynnwys beicio oddi ar y ffordd",
        "off-road bikes on the mountains and estates are the top complaint in the valleys.",
        "beiciau oddi ar y ffordd ar y mynyddoedd a'r ystadau yw'r brif gŵyn yn y cymoedd."),
       ("Tackling drug dealing and county lines in our communities",
        "Mynd i'r afael â gwerthu cyffuriau a llinellau cyffuriau yn ein cymunedau",
        "residents see dealing in the open and want it disrupted.",
        "mae trigolion yn gweld gwerthu cyffuriau yn agored ac am weld hynny'n cael ei atal."),
       ("Preventing serious violence and the carrying of knives", "Atal trais difrifol a chario cyllyll",
        "our duty under the Serious Violence Duty, with the Violence Prevention Unit.",
        "ein dyletswydd o dan y Ddyletswydd Trais Difrifol, gydag Uned Atal Trais Cymru."),
       ("Reducing deliberate fires", "Lleihau tanau bwriadol",
        "grass and refuse fires put lives, homes and the landscape at risk every spring.",
        "mae tanau glaswellt a sbwriel yn peryglu bywydau, cartrefi a'r tirlun bob gwanwyn."),
       ("Supporting victims of crime and anti-social behaviour",
        "Cefnogi dioddefwyr troseddau ac ymddygiad gwrthgymdeithasol",
        "repeat and vulnerable victims need one point of contact.",
        "mae dioddefwyr mynych a rhai sy'n agored i niwed angen un pwynt cyswllt.")]


def parallel(c, n, rows, heading_rows=()):
    """rows: list of (english flowables, welsh flowables) or ('H', en, cy) heading rows."""
    data, cmds = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#c5cbe0")),
                      ("LINEAFTER", (0, 0), (0, -1), 0.8, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 5),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 8)]
    for i, r in enumerate(rows):
        if r[0] == "H":
            data.append([P(r[1], hd), P(r[2], hd)])
            cmds.append(("BACKGROUND", (0, i), (-1, i), NAVY))
        else:
            data.append([r[0], r[1]])
            if i % 2:
                cmds.append(("BACKGROUND", (0, i), (-1, i), ROWA))
    t = table(data, [COLW, COLW], cmds)
    c.setFillColor(NAVY)
    c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#333333"))
    c.setFont(SANS, 8.5)
    c.drawString(18 * mm, H - 15 * mm, "English")
    c.drawString(18 * mm + COLW, H - 15 * mm, "Cymraeg")
    c.drawCentredString(W / 2, 10 * mm, f"{n}")
    c.setFont(SANS, 7.5)
    c.drawRightString(W - 18 * mm, 10 * mm, "Safer Rhondda Cynon Taf · Rhondda Cynon Taf Mwy Diogel")
    fill(c, [t], 18 * mm, 18 * mm, W - 36 * mm, H - 38 * mm, f"rct p{n}")
    c.showPage()


def row(en, cy):
    return ([P(en, body)], [P(cy, cyb)])


def build(root: Path) -> Path:
    out = root / OUT
    c = canvas(out, "Safer Rhondda Cynon Taf Community Safety Strategy 2024-2027", "Rhondda Cynon Taf Community "
               "Safety Partnership")
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    for i in range(5):
        c.rect(18 * mm + i * 14 * mm, H - 60 * mm, 10 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SERIFB, 26)
    c.drawString(18 * mm, H / 2 + 20 * mm, "Safer Rhondda Cynon Taf")
    c.setFont(SANS, 15)
    c.drawString(18 * mm, H / 2 + 8 * mm, "Community Safety Strategy 2024–2027")
    c.setFillColor(hexc("#c9d3f0"))
    c.setFont(SERIFB, 26)
    c.drawString(18 * mm, H / 2 - 20 * mm, "Rhondda Cynon Taf Mwy Diogel")
    c.setFont(SANS, 15)
    c.drawString(18 * mm, H / 2 - 32 * mm, "Strategaeth Diogelwch Cymunedol 2024–2027")
    c.showPage()
    toc_en = "Introduction 3<br/>Context 4<br/>What the evidence shows 5<br/>Our priorities 6<br/>Delivery 7<br/>" \
             "Measures and governance 8<br/>Contact 9"
    toc_cy = "Cyflwyniad 3<br/>Cyd-destun 4<br/>Beth mae'r dystiolaeth yn ei ddangos 5<br/>Ein blaenoriaethau 6<br/>" \
             "Cyflawni 7<br/>Mesurau a llywodraethu 8<br/>Cysylltu 9"
    parallel(c, 2, [("H", "Contents", "Cynnwys"), ([P(toc_en, st("t", SANS, 11.5, leading=20))],
                                                  [P(toc_cy, st("t2", SANS, 11.5, "#34405e", leading=20))])])
    parallel(c, 3, [("H", "Introduction", "Cyflwyniad"),
        row("Rhondda Cynon Taf is the third largest local authority in Wales, a county borough of valley towns and "
            "villages. This strategy sets out how the Community Safety Partnership will work together from 2024 to "
            "2027.",
            "Rhondda Cynon Taf yw'r trydydd awdurdod lleol mwyaf yng Nghymru, bwrdeistref sirol o drefi a phentrefi'r "
            "cymoedd. Mae'r strategaeth hon yn nodi sut y bydd y Bartneriaeth Diogelwch Cymunedol yn cydweithio rhwng "
            "2024 a 2027."),
        row("The partnership is made up of the council, South Wales Police, South Wales Fire and Rescue Service, Cwm "
            "Taf Morgannwg University Health Board and the Probation Service, with the voluntary sector.",
            "Mae'r bartneriaeth yn cynnwys y cyngor, Heddlu De Cymru, Gwasanaeth Tân ac Achub De Cymru, Bwrdd Iechyd "
            "Prifysgol Cwm Taf Morgannwg a'r Gwasanaeth Prawf, gyda'r sector gwirfoddol."),
        row("Domestic abuse and sexual violence are led by the Cwm Taf Morgannwg regional VAWDASV board; substance "
            "misuse treatment by the Area Planning Board.",
            "Mae cam-drin domestig a thrais rhywiol yn cael eu harwain gan fwrdd VAWDASV rhanbarthol Cwm Taf "
            "Morgannwg; triniaeth camddefnyddio sylweddau gan y Bwrdd Cynllunio Ardal.")])
    parallel(c, 4, [("H", "Context", "Cyd-destun"),
        row("<b>Our previous priorities (2021–2024)</b><br/>Anti-social behaviour · Vulnerability and exploitation "
            "· Substance misuse · Violence against women, domestic abuse and sexual violence",
            "<b>Ein blaenoriaethau blaenorol (2021–2024)</b><br/>Ymddygiad gwrthgymdeithasol · Bod yn agored i niwed a "
            "chamfanteisio · Camddefnyddio sylweddau · Trais yn erbyn menywod, cam-drin domestig a thrais rhywiol"),
        row("<b>The Police and Crime Plan 2025–2029</b><br/>Keeping our neighbourhoods safe; preventing violence and "
            "exploitation; putting victims first; cutting reoffending and the harm that drives it; protecting people "
            "from fraud and online harm; a police service every community can trust.",
            "<b>Cynllun yr Heddlu a Throseddu 2025–2029</b><br/>Cadw ein cymdogaethau'n ddiogel; atal trais a "
            "chamfanteisio; rhoi dioddefwyr yn gyntaf; lleihau aildroseddu a'r niwed sy'n ei ysgogi; diogelu pobl rhag "
            "twyll a niwed ar-lein; gwasanaeth heddlu y gall pob cymuned ymddiried ynddo."),
        row("<b>The well-being goals</b><br/>The strategy contributes most to a Wales of cohesive communities and a "
            "healthier Wales.",
            "<b>Y nodau llesiant</b><br/>Mae'r strategaeth yn cyfrannu fwyaf at Gymru o gymunedau cydlynus a Chymru "
            "iachach.")])
    parallel(c, 5, [("H", "What the evidence shows", "Beth mae'r dystiolaeth yn ei ddangos"),
        row("Anti-social behaviour fell by a fifth last year but off-road bikes remain the top complaint "
            "(illustrative).", "Gostyngodd ymddygiad gwrthgymdeithasol o bumed y llynedd ond beiciau oddi ar y ffordd "
            "yw'r brif gŵyn o hyd (enghreifftiol)."),
        row("Nine county lines were identified running into the borough in 2023 (illustrative).",
            "Nodwyd naw llinell gyffuriau yn rhedeg i'r fwrdeistref yn 2023 (enghreifftiol)."),
        row("There were more than 1,100 deliberate fires, most of them grass fires in spring (illustrative).",
            "Roedd mwy na 1,100 o danau bwriadol, y rhan fwyaf yn danau glaswellt yn y gwanwyn (enghreifftiol)."),
        row("Residents told us they want one point of contact when they are repeatedly targeted.",
            "Dywedodd trigolion wrthym eu bod am gael un pwynt cyswllt pan fyddant yn cael eu targedu dro ar ôl tro.")])
    rows = [("H", "Our priorities", "Ein blaenoriaethau"),
            row("The partnership board agreed five priorities for 2024 to 2027.",
                "Cytunodd bwrdd y bartneriaeth ar bum blaenoriaeth ar gyfer 2024 i 2027.")]
    for en, cy, wen, wcy in PRI:
        rows.append(([P(f"<font color='#e1701a'>■</font> {en}", pr), P(f"Why: {wen}", why)],
                     [P(f"<font color='#e1701a'>■</font> {cy}", pr), P(f"Pam: {wcy}", why)]))
    parallel(c, 6, rows)
    parallel(c, 7, [("H", "Delivery", "Cyflawni"),
        row("<b>Theme: ASB.</b> Operation Red Kite off-road bike patrols; acceptable behaviour contracts.",
            "<b>Thema: ASB.</b> Patrolau beiciau oddi ar y ffordd; contractau ymddygiad derbyniol."),
        row("<b>Theme: drugs.</b> Community intelligence campaign; closure orders on cuckooed homes.",
            "<b>Thema: cyffuriau.</b> Ymgyrch gwybodaeth gymunedol; gorchmynion cau ar gartrefi sydd wedi'u cogio."),
        row("<b>Theme: violence.</b> Mentoring in secondary schools; knife arches at events.",
            "<b>Thema: trais.</b> Mentora mewn ysgolion uwchradd; bwâu canfod cyllyll mewn digwyddiadau."),
        row("<b>Theme: fires.</b> Fire-setter intervention scheme and spring patrols.",
            "<b>Thema: tanau.</b> Cynllun ymyrraeth ar gyfer cynnau tanau a phatrolau'r gwanwyn."),
        row("<b>Theme: victims.</b> A single ASB victim caseworker for repeat victims.",
            "<b>Thema: dioddefwyr.</b> Un gweithiwr achos ASB i ddioddefwyr mynych.")])
    parallel(c, 8, [("H", "Measures and governance", "Mesurau a llywodraethu"),
        row("We will report repeat ASB victims, drug supply disruptions, knife offences, deliberate fires and "
            "victim satisfaction to the board every quarter.",
            "Byddwn yn adrodd ar ddioddefwyr ASB mynych, tarfu ar gyflenwi cyffuriau, troseddau cyllyll, tanau "
            "bwriadol a boddhad dioddefwyr i'r bwrdd bob chwarter."),
        row("The board reports to the Cwm Taf Morgannwg Public Services Board and to the council's crime and disorder "
            "scrutiny committee.", "Mae'r bwrdd yn adrodd i Fwrdd Gwasanaethau Cyhoeddus Cwm Taf Morgannwg ac i "
            "bwyllgor craffu trosedd ac anhrefn y cyngor.")])
    parallel(c, 9, [("H", "Contact", "Cysylltu"),
        row("Community Safety Team, Clydach Vale<br/>communitysafety@rctcbc.example · 01443 000000",
            "Tîm Diogelwch Cymunedol, Cwm Clydach<br/>diogelwchcymunedol@rctcbc.example · 01443 000000")])
    c.save()
    return out
