"""Safer Cardiff / Caerdydd Mwy Diogel: Community Safety Partnership Strategy 2024-2027.

HTML/CSS printed by Chromium.  SIDE BY SIDE on every page: English in the LEFT column,
Welsh in the RIGHT column, a thin red rule between them, bilingual running head and a
folio "6 | 6" at the foot.  The priorities are a numbered list in each column on p6.
"""
from __future__ import annotations

from pathlib import Path

from .kit import check_pages, html_pdf, trows, ul

OUT = "strategies/safer_cardiff_community_safety_partnership_strategy_2024-27.pdf"
CSS = """
body { font-family: 'Liberation Sans', sans-serif; color: #1b1b1b; font-size: 10.2pt; line-height: 1.38 }
.pg { padding: 20mm 16mm 18mm 16mm }
.rh { position: absolute; top: 9mm; left: 16mm; right: 16mm; font-size: 7.5pt; color: #8a1c1c;
      display: flex; justify-content: space-between; border-bottom: 0.6pt solid #8a1c1c; padding-bottom: 1.5mm }
.fo { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; color: #8a1c1c }
.sbs { display: grid; grid-template-columns: 1fr 1fr; column-gap: 14mm; position: relative }
.sbs::before { content: ''; position: absolute; left: 50%; top: 0; bottom: 0; border-left: 0.8pt solid #d7a3a3 }
.cy { color: #3b3b3b }
h1 { font-size: 19pt; color: #8a1c1c; margin: 0 0 4mm 0; line-height: 1.15 }
h2 { font-size: 12pt; color: #8a1c1c; margin: 5mm 0 2mm 0 }
p { margin: 0 0 2.6mm 0 }
.pi { display: grid; grid-template-columns: 9mm 1fr; margin: 0 0 4.5mm 0 }
.pi .num { font-size: 15pt; font-weight: bold; color: #8a1c1c; line-height: 1 }
.pi b { font-size: 11.5pt; display: block; line-height: 1.3 } .pi span { display: block; font-size: 9pt; color: #555 }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 4mm 0 }
th { background: #8a1c1c; color: #fff; text-align: left; padding: 1.6mm }
td { border-bottom: 0.5pt solid #dcdcdc; padding: 1.6mm; vertical-align: top }
.cv { background: #8a1c1c; color: #fff; padding: 0 }
.cv .in { position: absolute; left: 18mm; right: 18mm; top: 70mm }
.cv .t1 { font-size: 30pt; font-weight: bold; line-height: 1.1 } .cv .t2 { font-size: 24pt; line-height: 1.1; color: #f3caca; margin-top: 4mm }
.cv .t3 { margin-top: 18mm; font-size: 13pt }
.toc td { font-size: 10.5pt; border-bottom: 0.5pt dotted #b88 } .toc td.n { text-align: right; width: 10mm }
.tile { display: inline-block; width: 46%; margin: 0 2% 3mm 0; background: #f6ecec; padding: 2mm; box-sizing: border-box; vertical-align: top }
.tile b { font-size: 17pt; color: #8a1c1c; display: block }
.note { font-size: 8pt; color: #777 }
"""

PRI = [("Reducing anti-social behaviour in our neighbourhoods and city centre",
        "Lleihau ymddygiad gwrthgymdeithasol yn ein cymdogaethau a chanol y ddinas",
        "Problem-solving in the wards with the most calls, and a joint city centre team.",
        "Datrys problemau yn y wardiau lle mae'r nifer fwyaf o alwadau, a thîm ar y cyd yng nghanol y ddinas."),
       ("Preventing serious violence and knife crime", "Atal trais difrifol a throseddau cyllyll",
        "Delivering our Serious Violence Duty strategy with the Violence Prevention Unit.",
        "Cyflawni ein strategaeth Dyletswydd Trais Difrifol gydag Uned Atal Trais Cymru."),
       ("Keeping people safe in the night-time economy", "Cadw pobl yn ddiogel yn economi'r nos",
        "Safe spaces, street pastors, licensing and the safety of women and girls at night.",
        "Mannau diogel, bugeiliaid stryd, trwyddedu a diogelwch menywod a merched gyda'r nos."),
       ("Protecting children and adults from exploitation", "Diogelu plant ac oedolion rhag camfanteisio",
        "Criminal and sexual exploitation, cuckooing and modern slavery, through our exploitation panel.",
        "Camfanteisio troseddol a rhywiol, cogio a chaethwasiaeth fodern, drwy ein panel camfanteisio."),
       ("Building cohesive communities and tackling hate crime",
        "Meithrin cymunedau cydlynus a mynd i'r afael â throseddau casineb",
        "Reporting centres, support for victims of hate and work with community tensions monitoring.",
        "Canolfannau adrodd, cymorth i ddioddefwyr casineb a gwaith monitro tensiynau cymunedol.")]


def page(n, en, cy):
    return (f"<section class='pg'><div class='rh'><span>Safer Cardiff · Community Safety Partnership Strategy "
            f"2024–2027</span><span>Caerdydd Mwy Diogel · Strategaeth Partneriaeth Diogelwch Cymunedol</span></div>"
            f"<div class='sbs'><div class='en' lang='en'>{en}</div><div class='cy' lang='cy'>{cy}</div></div>"
            f"<div class='fo'>{n} | {n}</div></section>")


def pages():
    out = ["<section class='pg cv'><div class='in'><div class='t1'>Safer Cardiff</div>"
           "<div class='t1'>Community Safety Partnership Strategy 2024–2027</div>"
           "<div class='t2'>Caerdydd Mwy Diogel</div><div class='t2'>Strategaeth Partneriaeth Diogelwch Cymunedol "
           "2024–2027</div><div class='t3'>Cardiff Council · South Wales Police · Cardiff and Vale University Health "
           "Board · South Wales Fire and Rescue Service · Probation Service</div></div></section>"]
    toc_en = [("Foreword", 3), ("About the partnership", 4), ("What the data tells us", 5), ("Our priorities", 6),
              ("National and regional context", 7), ("Delivery plan", 8), ("Measuring success and governance", 9),
              ("Contact us", 10)]
    toc_cy = [("Rhagair", 3), ("Am y bartneriaeth", 4), ("Beth mae'r data'n ei ddweud", 5),
              ("Ein blaenoriaethau", 6), ("Cyd-destun cenedlaethol a rhanbarthol", 7), ("Cynllun cyflawni", 8),
              ("Mesur llwyddiant a llywodraethu", 9), ("Cysylltu â ni", 10)]
    tt = lambda rows: "<table class='toc'>" + "".join(f"<tr><td>{a}</td><td class='n'>{b}</td></tr>" for a, b in rows) + "</table>"
    out.append(page(2, "<h1>Contents</h1>" + tt(toc_en), "<h1>Cynnwys</h1>" + tt(toc_cy)))
    out.append(page(3,
        "<h1>Foreword</h1><p>Cardiff is a young, diverse and growing capital city. Most people who live, work and "
        "study here are safe, and most feel safe. But some neighbourhoods carry far more than their share of crime "
        "and anti-social behaviour, and some people are targeted again and again.</p><p>This strategy sets out what "
        "the Safer Cardiff partnership will focus on for the next three years. It was shaped by our strategic "
        "assessment, by a public survey and by the people who use our services.</p><p>We cannot do everything, so "
        "we have chosen a small number of priorities where working together adds most.</p>"
        "<p><b>Chair, Safer Cardiff Partnership Board</b></p>",
        "<h1>Rhagair</h1><p>Mae Caerdydd yn brifddinas ifanc, amrywiol sy'n tyfu. Mae'r rhan fwyaf o'r bobl sy'n "
        "byw, yn gweithio ac yn astudio yma yn ddiogel, ac mae'r rhan fwyaf yn teimlo'n ddiogel. Ond mae rhai "
        "cymdogaethau'n profi llawer mwy na'u cyfran o droseddu ac ymddygiad gwrthgymdeithasol.</p><p>Mae'r "
        "strategaeth hon yn nodi'r hyn y bydd partneriaeth Caerdydd Mwy Diogel yn canolbwyntio arno am y tair "
        "blynedd nesaf. Cafodd ei llunio gan ein hasesiad strategol, arolwg cyhoeddus a'r bobl sy'n defnyddio ein "
        "gwasanaethau.</p><p>Ni allwn wneud popeth, felly rydym wedi dewis nifer fach o flaenoriaethau lle mae "
        "cydweithio'n ychwanegu fwyaf.</p><p><b>Cadeirydd, Bwrdd Partneriaeth Caerdydd Mwy Diogel</b></p>"))
    out.append(page(4,
        "<h1>About the partnership</h1><p>Community Safety Partnerships were set up by the Crime and Disorder Act "
        "1998. The responsible authorities must work together to reduce crime and disorder, substance misuse and "
        "reoffending, and, since 2023, serious violence.</p><h2>Responsible authorities</h2>"
        + ul(["Cardiff Council", "South Wales Police", "South Wales Fire and Rescue Service",
              "Cardiff and Vale University Health Board", "Probation Service"]) +
        "<h2>Cardiff Public Services Board</h2><p>The partnership reports to the Public Services Board, whose "
        "well-being objectives include <i>Cardiff is a great place to grow up</i> and <i>Safe, confident and "
        "empowered communities</i>.</p>",
        "<h1>Am y bartneriaeth</h1><p>Sefydlwyd Partneriaethau Diogelwch Cymunedol gan Ddeddf Trosedd ac Anhrefn "
        "1998. Rhaid i'r awdurdodau cyfrifol gydweithio i leihau troseddu ac anhrefn, camddefnyddio sylweddau ac "
        "aildroseddu, ac, ers 2023, trais difrifol.</p><h2>Awdurdodau cyfrifol</h2>"
        + ul(["Cyngor Caerdydd", "Heddlu De Cymru", "Gwasanaeth Tân ac Achub De Cymru",
              "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro", "Y Gwasanaeth Prawf"]) +
        "<h2>Bwrdd Gwasanaethau Cyhoeddus Caerdydd</h2><p>Mae'r bartneriaeth yn adrodd i'r Bwrdd Gwasanaethau "
        "Cyhoeddus, y mae ei amcanion llesiant yn cynnwys <i>Caerdydd yn lle gwych i dyfu i fyny</i> a "
        "<i>Cymunedau diogel, hyderus a grymus</i>.</p>"))
    out.append(page(5,
        "<h1>What the data tells us</h1>"
        "<div class='tile'><b>14,200</b>anti-social behaviour incidents a year</div>"
        "<div class='tile'><b>31%</b>of violence in the city centre happens at night</div>"
        "<div class='tile'><b>+12%</b>knife-enabled offences in three years</div>"
        "<div class='tile'><b>1 in 4</b>hate crimes repeat victims</div>"
        "<p class='note'>Illustrative figures, strategic assessment 2023.</p>"
        "<h2>Our priorities 2021–2024</h2>" + ul(["Safer neighbourhoods", "Violence and exploitation",
                                                 "Substance misuse", "Domestic abuse"]) +
        "<p>Domestic abuse now sits with the Cardiff and Vale regional VAWDASV board; substance misuse with the "
        "Area Planning Board.</p>",
        "<h1>Beth mae'r data'n ei ddweud</h1>"
        "<div class='tile'><b>14,200</b>digwyddiad ymddygiad gwrthgymdeithasol y flwyddyn</div>"
        "<div class='tile'><b>31%</b>o drais yng nghanol y ddinas yn digwydd gyda'r nos</div>"
        "<div class='tile'><b>+12%</b>troseddau gyda chyllell mewn tair blynedd</div>"
        "<div class='tile'><b>1 o bob 4</b>dioddefwr troseddau casineb yn ddioddefwyr mynych</div>"
        "<p class='note'>Ffigurau enghreifftiol, asesiad strategol 2023.</p>"
        "<h2>Ein blaenoriaethau 2021–2024</h2>" + ul(["Cymdogaethau mwy diogel", "Trais a chamfanteisio",
                                                     "Camddefnyddio sylweddau", "Cam-drin domestig"]) +
        "<p>Mae cam-drin domestig bellach gyda bwrdd VAWDASV rhanbarthol Caerdydd a'r Fro; camddefnyddio sylweddau "
        "gyda'r Bwrdd Cynllunio Ardal.</p>"))
    en = "".join(f"<div class='pi'><div class='num'>{i}</div><div><b>{e}</b><span>{de}</span></div></div>"
                 for i, (e, c, de, dc) in enumerate(PRI, start=1))
    cy = "".join(f"<div class='pi'><div class='num'>{i}</div><div><b>{c}</b><span>{dc}</span></div></div>"
                 for i, (e, c, de, dc) in enumerate(PRI, start=1))
    out.append(page(6,
        "<h1>Our priorities</h1><p>For 2024 to 2027 the Safer Cardiff partnership will focus on five priorities:</p>"
        f"{en}<p>Each priority has a lead partner and a delivery group, shown on page 8.</p>",
        "<h1>Ein blaenoriaethau</h1><p>Ar gyfer 2024 i 2027 bydd partneriaeth Caerdydd Mwy Diogel yn canolbwyntio "
        f"ar bum blaenoriaeth:</p>{cy}<p>Mae gan bob blaenoriaeth bartner arweiniol a grŵp "
        "cyflawni, a ddangosir ar dudalen 8.</p>"))
    out.append(page(7,
        "<h1>National and regional context</h1><h2>The Police and Crime Plan</h2><p>The Commissioner's plan for "
        "2025–2029 has six priorities:</p>" + ul(["Keeping our neighbourhoods safe",
        "Preventing violence and exploitation", "Putting victims first",
        "Cutting reoffending and the harm that drives it", "Protecting people from fraud and online harm",
        "A police service every community can trust"]) +
        "<h2>The Serious Violence Duty</h2><p>Since January 2023 the partnership must work together to prevent and "
        "reduce serious violence, with a shared strategic needs assessment and strategy.</p>",
        "<h1>Cyd-destun cenedlaethol a rhanbarthol</h1><h2>Cynllun yr Heddlu a Throseddu</h2><p>Mae gan gynllun "
        "y Comisiynydd ar gyfer 2025–2029 chwe blaenoriaeth:</p>" + ul(["Cadw ein cymdogaethau'n ddiogel",
        "Atal trais a chamfanteisio", "Rhoi dioddefwyr yn gyntaf", "Lleihau aildroseddu a'r niwed sy'n ei ysgogi",
        "Diogelu pobl rhag twyll a niwed ar-lein", "Gwasanaeth heddlu y gall pob cymuned ymddiried ynddo"]) +
        "<h2>Y Ddyletswydd Trais Difrifol</h2><p>Ers Ionawr 2023 rhaid i'r bartneriaeth gydweithio i atal a "
        "lleihau trais difrifol, gydag asesiad o anghenion strategol a strategaeth ar y cyd.</p>"))
    out.append(page(8,
        "<h1>Delivery plan</h1>" + trows([["Theme", "Action", "Lead"],
            ["Anti-social behaviour", "Ward problem-solving groups in the six busiest wards", "Council"],
            ["Violence", "Focused deterrence with young adults", "Police"],
            ["Night-time economy", "Safe space on St Mary Street at weekends", "Council"],
            ["Exploitation", "Monthly multi-agency exploitation panel", "Children's services"],
            ["Cohesion", "Third-party hate crime reporting centres", "Council"]]),
        "<h1>Cynllun cyflawni</h1>" + trows([["Thema", "Cam gweithredu", "Arweinydd"],
            ["Ymddygiad gwrthgymdeithasol", "Grwpiau datrys problemau yn y chwe ward prysuraf", "Cyngor"],
            ["Trais", "Ataliaeth â ffocws gydag oedolion ifanc", "Heddlu"],
            ["Economi'r nos", "Man diogel ar Heol Eglwys Fair ar benwythnosau", "Cyngor"],
            ["Camfanteisio", "Panel camfanteisio amlasiantaethol misol", "Gwasanaethau plant"],
            ["Cydlyniant", "Canolfannau adrodd troseddau casineb trydydd parti", "Cyngor"]])))
    out.append(page(9,
        "<h1>Measuring success</h1>" + ul(["Fewer repeat calls about anti-social behaviour",
        "Fewer violent injuries treated at the emergency department", "More people feeling safe in the city "
        "centre at night", "More hate crimes reported"]) + "<h2>Governance</h2><p>The Safer Cardiff Partnership "
        "Board meets quarterly and reports to the Public Services Board and to the council's scrutiny committee.</p>",
        "<h1>Mesur llwyddiant</h1>" + ul(["Llai o alwadau mynych am ymddygiad gwrthgymdeithasol",
        "Llai o anafiadau trais yn cael eu trin yn yr adran achosion brys", "Mwy o bobl yn teimlo'n ddiogel yng "
        "nghanol y ddinas gyda'r nos", "Mwy o droseddau casineb yn cael eu hadrodd"]) + "<h2>Llywodraethu</h2>"
        "<p>Mae Bwrdd Partneriaeth Caerdydd Mwy Diogel yn cyfarfod bob chwarter ac yn adrodd i'r Bwrdd "
        "Gwasanaethau Cyhoeddus ac i bwyllgor craffu'r cyngor.</p>"))
    out.append(page(10,
        "<h1>Contact us</h1><p>Safer Cardiff Partnership Team<br>County Hall, Cardiff</p>"
        "<p>safercardiff@cardiff.example<br>029 2000 0000</p><p>This document is available in other formats.</p>",
        "<h1>Cysylltu â ni</h1><p>Tîm Partneriaeth Caerdydd Mwy Diogel<br>Neuadd y Sir, Caerdydd</p>"
        "<p>caerdyddmwydiogel@cardiff.example<br>029 2000 0000</p><p>Mae'r ddogfen hon ar gael mewn fformatau "
        "eraill.</p>"))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    html_pdf(out, "Safer Cardiff Community Safety Partnership Strategy 2024-2027", CSS, pages())
    check_pages(out, 10)
    return out
