"""South Wales Police and Crime Plan 2025-2029 (fictional new edition).

reportlab canvas, page by page.  A print SPREAD: every even (left-hand) page is Welsh,
with a green "CYMRAEG" thumb tab on the left edge, and every odd (right-hand) page is
English, with a blue "ENGLISH" tab on the right edge; the Welsh and English versions of a
section face each other.  Two priorities to a spread: Welsh pp6/8/10, English pp7/9/11.
"""
from __future__ import annotations

from pathlib import Path

from .kit import H, P, Spacer, W, canvas, family, fill, hexc, mm, st, table

OUT = "plan/south_wales_police_and_crime_plan_2025-29.pdf"
SANS, SANSB, _, _ = family("sans")
SERIF, SERIFB, _, _ = family("serif")
NAVY, GREEN, BLUE, GOLD = hexc("#14213d"), hexc("#1f6f50"), hexc("#1d4e89"), hexc("#e0a800")

body = st("b", SANS, 9.6, leading=13.2)
h1 = st("h1", SERIFB, 24, "#14213d", leading=28, after=8)
h2 = st("h2", SERIFB, 13, "#14213d", leading=16, before=6, after=4)
lab = st("lab", SANSB, 8.5, "#1d4e89", after=2)
labcy = st("labcy", SANSB, 8.5, "#1f6f50", after=2)
prh = st("prh", SERIFB, 19, "#14213d", leading=23, after=5)
obj = st("obj", SANS, 9.3, leading=12.6, leftIndent=22, firstLineIndent=-22, after=3)
small = st("sm", SANS, 8, "#555555", leading=10.5)

PRI = [
    ("Cadw ein cymdogaethau'n ddiogel", "Keeping our neighbourhoods safe",
     "Mae pobl yn dweud wrthym mai ymddygiad gwrthgymdeithasol a throseddau ar eu stepen drws sy'n effeithio fwyaf ar "
     "eu bywydau bob dydd.",
     "People tell us that anti-social behaviour and crime on their doorstep affect their daily lives more than "
     "anything else.",
     ["Mynd i'r afael ag ymddygiad gwrthgymdeithasol a throseddau cymdogaeth, gan gynnwys byrgleriaeth, troseddau "
      "cerbydau a dwyn o siopau, gyda chynghorau a landlordiaid cymdeithasol.",
      "Tarfu ar werthu cyffuriau, llinellau cyffuriau a'r grwpiau troseddu cyfundrefnol sydd y tu ôl iddynt.",
      "Gwneud canol ein trefi a'n dinasoedd yn ddiogel gyda'r nos, gan gynnwys diogelwch menywod a merched mewn "
      "mannau cyhoeddus.",
      "Lleihau marwolaethau ac anafiadau difrifol ar ein ffyrdd, gyda GanBwyll."],
     ["Tackle anti-social behaviour and neighbourhood crime, including burglary, vehicle crime and shop theft, with "
      "councils and social landlords.",
      "Disrupt drug dealing, county lines and the organised crime groups behind them.",
      "Make our town and city centres safe at night, including the safety of women and girls in public spaces.",
      "Reduce death and serious injury on our roads, with GoSafe."],
     "Mesurau: ymddygiad gwrthgymdeithasol a gofnodwyd; teimlo'n ddiogel yn yr ardal leol; llinellau cyffuriau a "
     "gaewyd.",
     "Measures: recorded anti-social behaviour; feeling safe in the local area; county lines closed."),
    ("Atal trais a chamfanteisio", "Preventing violence and exploitation",
     "Rydym yn trin trais fel rhywbeth y gellir ei atal, gan weithio gydag iechyd, addysg a'r cynghorau.",
     "We treat violence as preventable, working with health, education and the councils.",
     ["Lleihau trais difrifol a throseddau cyllyll gydag Uned Atal Trais Cymru a phartneriaid y Ddyletswydd Trais "
      "Difrifol.",
      "Diogelu plant ac oedolion sy'n agored i niwed rhag camfanteisio troseddol a rhywiol, cogio a chaethwasiaeth "
      "fodern.",
      "Atal trais yn erbyn menywod, cam-drin domestig a thrais rhywiol, a dwyn cyflawnwyr i gyfrif drwy raglenni "
      "newid ymddygiad.",
      "Ymyrryd yn gynnar gyda phlant a phobl ifanc sydd mewn perygl, a'u dargyfeirio oddi wrth y system cyfiawnder "
      "ieuenctid.",
      "Gweithio gyda phartneriaid o dan ddyletswydd Prevent i atal pobl rhag cael eu denu at derfysgaeth."],
     ["Reduce serious violence and knife crime with the Wales Violence Prevention Unit and the partners of the "
      "Serious Violence Duty.",
      "Protect children and adults at risk from criminal and sexual exploitation, cuckooing and modern slavery.",
      "Prevent violence against women, domestic abuse and sexual violence, and hold perpetrators to account through "
      "behaviour change programmes.",
      "Step in early with children and young people at risk, and divert them from the youth justice system.",
      "Work with partners under the Prevent duty to stop people being drawn into terrorism."],
     "Mesurau: anafiadau trais mewn adrannau brys; troseddau cyllyll; cyflawnwyr sy'n cwblhau rhaglen.",
     "Measures: violent injury at emergency departments; knife crime; perpetrators completing a programme."),
    ("Rhoi dioddefwyr yn gyntaf", "Putting victims first",
     "Dylai pob dioddefwr gael ei gredu, ei gefnogi a'i gadw'n wybodus o'r adroddiad cyntaf hyd at y llys a thu hwnt.",
     "Every victim should be believed, supported and kept informed from the first report to court and beyond.",
     ["Asesu anghenion pob dioddefwr a chynnig cymorth drwy ein gwasanaeth dioddefwyr, gan gadw at y Cod "
      "Dioddefwyr.",
      "Ariannu gwasanaethau arbenigol i oroeswyr cam-drin domestig a thrais rhywiol (IDVA, ISVA, y Ganolfan "
      "Atgyfeirio Ymosodiadau Rhywiol), gan gynnwys plant.",
      "Cynnig cyfiawnder adferol i bob dioddefwr sy'n dymuno hynny.",
      "Cefnogi dioddefwyr ymddygiad gwrthgymdeithasol a hyrwyddo'r adolygiad achos."],
     ["Assess the needs of every victim and offer support through our victim service, in line with the Victims' "
      "Code.",
      "Fund specialist services for survivors of domestic abuse and sexual violence (IDVAs, ISVAs, the Sexual "
      "Assault Referral Centre), including children.",
      "Offer restorative justice to every victim who wants it.",
      "Support victims of anti-social behaviour and promote the anti-social behaviour case review."],
     "Mesurau: boddhad dioddefwyr; cydymffurfio â'r Cod; dioddefwyr sy'n aros gyda'r achos.",
     "Measures: victim satisfaction; compliance with the Code; victims who stay with their case."),
    ("Lleihau aildroseddu a'r niwed sy'n ei ysgogi", "Cutting reoffending and the harm that drives it",
     "Mae'r rhan fwyaf o droseddau'n cael eu cyflawni gan nifer fach o bobl; mae llawer ohonynt yn byw gyda "
     "dibyniaeth.",
     "Most crime is committed by a small number of people, many of them living with addiction.",
     ["Rheoli troseddwyr yn integredig gyda'r gwasanaeth prawf: llety, addysg, hyfforddiant a gwaith wrth gael eu "
      "rhyddhau.",
      "Lleihau niwed cyffuriau ac alcohol gyda'r Byrddau Cynllunio Ardal: triniaeth, naloxone a marwolaethau sy'n "
      "gysylltiedig â chyffuriau, yn y gymuned ac yn y system cyfiawnder troseddol.",
      "Gweithredu'r Glasbrint Troseddu Menywod a dargyfeirio oedolion drwy warediadau y tu allan i'r llys.",
      "Lleihau aildroseddu gan blant gyda'r gwasanaethau cyfiawnder ieuenctid."],
     ["Manage offenders in an integrated way with probation: housing, education, training and work on release.",
      "Reduce drug and alcohol harm with the Area Planning Boards: treatment, naloxone and drug-related deaths, in "
      "the community and in the criminal justice system.",
      "Deliver the Female Offending Blueprint and divert adults through out-of-court disposals.",
      "Reduce reoffending by children with the youth justice services."],
     "Mesurau: cyfradd aildroseddu'r garfan IOM; dechrau triniaeth o fewn tair wythnos; marwolaethau cyffuriau.",
     "Measures: reoffending rate of the IOM cohort; treatment starts within three weeks; drug deaths."),
    ("Diogelu pobl rhag twyll a niwed ar-lein", "Protecting people from fraud and online harm",
     "Twyll yw'r drosedd fwyaf cyffredin bellach, ac mae llawer ohono'n digwydd ar-lein.",
     "Fraud is now the most common crime, and much of it happens online.",
     ["Diogelu pobl hŷn a phobl sy'n agored i niwed rhag twyll a sgamiau.",
      "Ymchwilio i gam-drin plant yn rhywiol ar-lein a'i atal.",
      "Helpu busnesau bach a'r trydydd sector i amddiffyn eu hunain rhag seiberdroseddu."],
     ["Protect older and vulnerable people from fraud and scams.",
      "Investigate and prevent online child sexual abuse.",
      "Help small businesses and the third sector protect themselves from cyber crime."],
     "Mesurau: dioddefwyr twyll a gefnogwyd; arian a ddiogelwyd; troseddwyr ar-lein a gyhuddwyd.",
     "Measures: fraud victims supported; money safeguarded; online offenders charged."),
    ("Gwasanaeth heddlu y gall pob cymuned ymddiried ynddo", "A police service every community can trust",
     "Mae plismona drwy gydsyniad yn dibynnu ar ymddiriedaeth pob cymuned, nid y rhan fwyaf ohonynt yn unig.",
     "Policing by consent depends on the trust of every community, not just most of them.",
     ["Ateb galwadau 999 a 101 yn brydlon a chadw plismona cymdogaeth yn weladwy.",
      "Cyflawni Cynllun Gweithredu Hil yr Heddlu a Chynllun Gweithredu Gwrth-hiliol y System Cyfiawnder Troseddol "
      "yng Nghymru, gan leihau anghymesuredd hiliol.",
      "Mynd i'r afael â throseddau casineb a meithrin cydlyniant cymunedol gyda thimau cydlyniant y cynghorau.",
      "Cynnig gwasanaeth dwyieithog i bawb sy'n dewis defnyddio'r Gymraeg."],
     ["Answer 999 and 101 calls promptly and keep neighbourhood policing visible.",
      "Deliver the Police Race Action Plan and the Criminal Justice Anti-Racism Action Plan for Wales, reducing "
      "racial disproportionality.",
      "Tackle hate crime and build community cohesion with the councils' cohesion teams.",
      "Offer a bilingual service to everyone who chooses to use Welsh."],
     "Mesurau: hyder yn yr heddlu; amser ateb 101; troseddau casineb a adroddwyd.",
     "Measures: confidence in the police; 101 answer times; hate crime reported."),
]


def frame_page(c, n, welsh):
    """Running head, thumb tab and folio of a left (Welsh) or right (English) page."""
    col = GREEN if welsh else BLUE
    c.setFillColor(hexc("#f4f8f5") if welsh else hexc("#ffffff"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    tab_x = 0 if welsh else W - 9 * mm
    c.setFillColor(col)
    c.rect(tab_x, H - 120 * mm, 9 * mm, 62 * mm, stroke=0, fill=1)
    c.saveState()
    c.translate(tab_x + 6 * mm, H - 89 * mm)
    c.rotate(90)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANSB, 10)
    c.drawCentredString(0, 0, "CYMRAEG" if welsh else "ENGLISH")
    c.restoreState()
    c.setFillColor(hexc("#666666"))
    c.setFont(SANS, 8)
    head = "Cynllun yr Heddlu a Throseddu 2025–2029" if welsh else "Police and Crime Plan 2025–2029"
    if welsh:
        c.drawString(20 * mm, H - 12 * mm, head)
        c.setFont(SANSB, 10)
        c.drawString(20 * mm, 11 * mm, str(n))
    else:
        c.drawRightString(W - 20 * mm, H - 12 * mm, head)
        c.setFont(SANSB, 10)
        c.drawRightString(W - 20 * mm, 11 * mm, str(n))
    c.setStrokeColor(col)
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 14.5 * mm, W - 20 * mm, H - 14.5 * mm)


def box(welsh):
    x = 24 * mm if welsh else 20 * mm
    return x, 20 * mm, W - 44 * mm, H - 42 * mm


def cover(c):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, H * 0.42, W, 3 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANS, 13)
    c.drawString(22 * mm, H - 40 * mm, "Comisiynydd Heddlu a Throseddu De Cymru")
    c.drawString(22 * mm, H - 47 * mm, "South Wales Police and Crime Commissioner")
    c.setFont(SERIFB, 30)
    c.drawString(22 * mm, H - 105 * mm, "Cynllun yr Heddlu")
    c.drawString(22 * mm, H - 117 * mm, "a Throseddu 2025–2029")
    c.setFillColor(hexc("#b9c6dd"))
    c.setFont(SERIF, 24)
    c.drawString(22 * mm, H - 135 * mm, "Police and Crime Plan 2025–2029")
    c.setFillColor(hexc("#ffffff"))
    c.setFont(SANS, 11)
    c.drawString(22 * mm, 60 * mm, "Argraffiad newydd · New edition")
    c.drawString(22 * mm, 52 * mm, "Mae'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg.")
    c.drawString(22 * mm, 45 * mm, "This document is available in Welsh and English.")
    c.showPage()


def contents(c):
    frame_page(c, 2, True)
    x, y, w, h = box(True)
    rows = [["Cymraeg", "", "English", ""],
            ["Am y cynllun hwn", "3", "About this plan", "3"],
            ["Rhagair", "4", "Foreword", "5"],
            ["Blaenoriaethau 1 a 2", "6", "Priorities 1 and 2", "7"],
            ["Blaenoriaethau 3 a 4", "8", "Priorities 3 and 4", "9"],
            ["Blaenoriaethau 5 a 6", "10", "Priorities 5 and 6", "11"],
            ["Gweithio mewn partneriaeth", "12", "Working in partnership", "13"],
            ["Cyllid a chysylltu â ni", "14", "Finance and contact", "14"]]
    t = table(rows, [62 * mm, 14 * mm, 62 * mm, 14 * mm],
              [("FONT", (0, 0), (-1, -1), SANS, 10.5), ("FONT", (0, 0), (-1, 0), SANSB, 10),
               ("TEXTCOLOR", (0, 0), (1, -1), GREEN), ("TEXTCOLOR", (2, 0), (3, -1), BLUE),
               ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
               ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#c8d3cc")), ("TOPPADDING", (0, 0), (-1, -1), 6),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    fill(c, [P("Cynnwys / Contents", h1), Spacer(1, 6 * mm), t, Spacer(1, 10 * mm),
             P("Tudalennau chwith: Cymraeg. Tudalennau de: Saesneg.", small),
             P("Left-hand pages: Welsh. Right-hand pages: English.", small)], x, y, w, h, "contents")
    c.showPage()


def about(c):
    frame_page(c, 3, False)
    x, y, w, h = box(False)
    cy = st("cy", SANS, 9.6, "#1f4d3a", leading=13.2)
    fill(c, [
        P("Am y cynllun hwn / About this plan", h1),
        P("Mae'r cynllun hwn yn nodi'r hyn y bydd y Comisiynydd yn gofyn i Heddlu De Cymru a'i bartneriaid ei "
          "gyflawni rhwng 2025 a 2029. Mae'r fersiwn Gymraeg ar y tudalennau chwith a'r fersiwn Saesneg ar y "
          "tudalennau de, fel bod y ddwy iaith yn wynebu ei gilydd.", cy),
        P("This plan sets out what the Commissioner will ask South Wales Police and its partners to deliver between "
          "2025 and 2029. The Welsh version is on the left-hand pages and the English version on the right-hand "
          "pages, so that the two languages face each other.", body),
        P("Ein gweledigaeth / Our vision", h2),
        P("Cymunedau diogel, hyderus a chydnerth ym mhob rhan o Dde Cymru.", cy),
        P("Safe, confident and resilient communities in every part of South Wales.", body),
        P("Ein hegwyddorion / Our principles", h2),
        P("Atal yn gyntaf · Gweithio mewn partneriaeth · Tegwch i bawb · Gwrando ar gymunedau", cy),
        P("Prevention first · Working in partnership · Fairness for all · Listening to communities", body),
        P("Beth ddywedoch chi wrthym / What you told us", h2),
        table([["", "Cymraeg", "English"],
               ["62%", "eisiau gweld mwy o blismona gweladwy", "want to see more visible policing"],
               ["48%", "yn poeni am ymddygiad gwrthgymdeithasol", "worry about anti-social behaviour"],
               ["35%", "wedi cael eu targedu gan sgam yn y flwyddyn ddiwethaf", "were targeted by a scam last year"],
               ["29%", "ddim yn teimlo'n ddiogel yng nghanol y dref gyda'r nos", "feel unsafe in town centres at "
                                                                             "night"]],
              [18 * mm, 74 * mm, 74 * mm],
              [("FONT", (0, 0), (-1, -1), SANS, 9), ("FONT", (0, 1), (0, -1), SERIFB, 15),
               ("FONT", (0, 0), (-1, 0), SANSB, 8.5), ("TEXTCOLOR", (1, 0), (1, -1), GREEN),
               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, hexc("#cccccc"))]),
        P("Arolwg cyhoeddus 2024, 3,100 o ymatebion. Ffigurau enghreifftiol. / Public survey 2024, 3,100 "
          "responses. Illustrative figures.", small),
    ], x, y, w, h, "about")
    c.showPage()


def foreword(c, welsh):
    n = 4 if welsh else 5
    frame_page(c, n, welsh)
    x, y, w, h = box(welsh)
    if welsh:
        paras = ["Mae'n fraint cyflwyno argraffiad newydd o Gynllun yr Heddlu a Throseddu ar gyfer De Cymru. Mae'r "
                 "cynllun wedi'i lunio ar ôl gwrando ar fwy na thair mil o drigolion, ar ein partneriaid yn y "
                 "cynghorau, y byrddau iechyd a'r trydydd sector, ac ar swyddogion a staff yr heddlu.",
                 "Mae chwe blaenoriaeth yn y cynllun, o gadw ein cymdogaethau'n ddiogel i ennill ymddiriedaeth pob "
                 "cymuned. Nid yw'r un ohonynt yn perthyn i'r heddlu yn unig: mae'r Partneriaethau Diogelwch "
                 "Cymunedol, y Byrddau Cynllunio Ardal, y byrddau rhanbarthol a'r gwasanaethau cyfiawnder ieuenctid "
                 "yn rhannu'r gwaith.",
                 "Mae arian yn brin, ac mae'r galw ar blismona yn newid. Byddwn yn buddsoddi mewn atal, mewn "
                 "ymyrraeth gynnar ac mewn plismona cymdogaeth, oherwydd dyna sy'n gweithio.",
                 "Byddaf yn adrodd ar gynnydd bob blwyddyn i Banel yr Heddlu a Throseddu ac i'r cyhoedd.",
                 "Comisiynydd Heddlu a Throseddu De Cymru"]
        head = "Rhagair"
    else:
        paras = ["It is a privilege to present a new edition of the Police and Crime Plan for South Wales. The plan "
                 "was shaped by listening to more than three thousand residents, to our partners in the councils, "
                 "the health boards and the third sector, and to police officers and staff.",
                 "The plan has six priorities, from keeping our neighbourhoods safe to earning the trust of every "
                 "community. None of them belongs to the police alone: the Community Safety Partnerships, the Area "
                 "Planning Boards, the regional boards and the youth justice services share the work.",
                 "Money is tight, and the demands on policing are changing. We will invest in prevention, in early "
                 "intervention and in neighbourhood policing, because that is what works.",
                 "I will report on progress every year to the Police and Crime Panel and to the public.",
                 "South Wales Police and Crime Commissioner"]
        head = "Foreword"
    flows = [P(head, h1)] + [P(t, body) for t in paras[:-1]] + [Spacer(1, 6 * mm), P(f"<b>{paras[-1]}</b>", body)]
    fill(c, flows, x, y, w, h * 0.7, "foreword")
    c.showPage()


def priorities(c, first, welsh):
    n = 6 + 2 * (first // 2) + (0 if welsh else 1)
    frame_page(c, n, welsh)
    x, y, w, h = box(welsh)
    flows = []
    for k in (first, first + 1):
        cy, en, icy, ien, ocy, oen, mcy, men = PRI[k]
        if welsh:
            flows += [P(f"BLAENORIAETH {k + 1}", labcy), P(cy, prh), P(f"<i>{icy}</i>", body),
                      P("Beth fyddwn ni'n ei wneud", h2)]
            flows += [P(f"{k + 1}.{i}&nbsp;&nbsp;{o}", obj) for i, o in enumerate(ocy, start=1)]
            flows += [P(mcy, small), Spacer(1, 9 * mm)]
        else:
            flows += [P(f"PRIORITY {k + 1}", lab), P(en, prh), P(f"<i>{ien}</i>", body),
                      P("What we will do", h2)]
            flows += [P(f"{k + 1}.{i}&nbsp;&nbsp;{o}", obj) for i, o in enumerate(oen, start=1)]
            flows += [P(men, small), Spacer(1, 9 * mm)]
    fill(c, flows, x, y, w, h, f"priorities p{n}")
    c.showPage()


def partnership(c, welsh):
    n = 12 if welsh else 13
    frame_page(c, n, welsh)
    x, y, w, h = box(welsh)
    if welsh:
        flows = [P("Gweithio mewn partneriaeth", h1),
                 P("Mae De Cymru yn cynnwys saith awdurdod lleol: Caerdydd, Abertawe, Castell-nedd Port Talbot, "
                   "Pen-y-bont ar Ogwr, Bro Morgannwg, Rhondda Cynon Taf a Merthyr Tudful. Mae gan bob un "
                   "Bartneriaeth Diogelwch Cymunedol ac mae pob un yn rhan o Fwrdd Gwasanaethau Cyhoeddus.", body),
                 P("Byrddau rhanbarthol", h2),
                 P("Byrddau VAWDASV rhanbarthol · Byrddau Cynllunio Ardal · Bwrdd Cyfiawnder Troseddol Cymru · "
                   "Uned Atal Trais Cymru · Gwasanaethau cyfiawnder ieuenctid", body),
                 P("Nodau llesiant Cymru", h2),
                 P("Cymru lewyrchus · Cymru gydnerth · Cymru iachach · Cymru sy'n fwy cyfartal · Cymru o gymunedau "
                   "cydlynus · Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu · Cymru sy'n gyfrifol ar lefel "
                   "fyd-eang", body),
                 P("Llywodraethu", h2),
                 P("Bydd y Comisiynydd yn dwyn y Prif Gwnstabl i gyfrif mewn Bwrdd Atebolrwydd chwarterol. Bydd "
                   "Panel yr Heddlu a Throseddu yn craffu ar y cynllun.", body)]
    else:
        flows = [P("Working in partnership", h1),
                 P("South Wales covers seven local authorities: Cardiff, Swansea, Neath Port Talbot, Bridgend, the "
                   "Vale of Glamorgan, Rhondda Cynon Taf and Merthyr Tydfil. Each has a Community Safety Partnership "
                   "and each is part of a Public Services Board.", body),
                 P("Regional boards", h2),
                 P("Regional VAWDASV boards · Area Planning Boards · Criminal Justice Board for Wales · Wales "
                   "Violence Prevention Unit · Youth justice services", body),
                 P("The well-being goals for Wales", h2),
                 P("A prosperous Wales · A resilient Wales · A healthier Wales · A more equal Wales · A Wales of "
                   "cohesive communities · A Wales of vibrant culture and thriving Welsh language · A globally "
                   "responsible Wales", body),
                 P("Governance", h2),
                 P("The Commissioner will hold the Chief Constable to account at a quarterly Accountability Board. "
                   "The Police and Crime Panel will scrutinise the plan.", body)]
    fill(c, flows, x, y, w, h, "partnership")
    c.showPage()


def back(c):
    frame_page(c, 14, True)
    x, y, w, h = box(True)
    t = table([["Cyllid / Finance 2025–26", "£m"],
               ["Grant yr heddlu / Police grant", "203.4"],
               ["Praesept y dreth gyngor / Council tax precept", "176.9"],
               ["Grantiau eraill / Other grants", "41.2"],
               ["Cyfanswm / Total", "421.5"]],
              [120 * mm, 30 * mm],
              [("FONT", (0, 0), (-1, -1), SANS, 10), ("FONT", (0, 0), (-1, 0), SANSB, 10),
               ("FONT", (0, -1), (-1, -1), SANSB, 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
               ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#c8d3cc"))])
    fill(c, [P("Cyllid a chysylltu â ni / Finance and contact", h1), t,
             P("Ffigurau enghreifftiol. / Illustrative figures.", small), Spacer(1, 10 * mm),
             P("Swyddfa Comisiynydd Heddlu a Throseddu De Cymru / Office of the South Wales Police and Crime "
               "Commissioner", body),
             P("post@swpcc.example · 01656 000 000", body),
             P("Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.", body)],
         x, y, w, h, "back")
    c.showPage()


def build(root: Path) -> Path:
    out = root / OUT
    c = canvas(out, "Police and Crime Plan 2025-2029 / Cynllun yr Heddlu a Throseddu 2025-2029",
               "South Wales Police and Crime Commissioner")
    cover(c)
    contents(c)
    about(c)
    foreword(c, True)
    foreword(c, False)
    for k in (0, 2, 4):
        priorities(c, k, True)
        priorities(c, k, False)
    partnership(c, True)
    partnership(c, False)
    back(c)
    c.save()
    return out
