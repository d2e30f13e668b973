"""Neath Port Talbot Community Safety Partnership: Strategic Plan 2024-2027.

HTML/CSS printed by Chromium.  A FLIP document, Welsh first: the full Welsh version
(pp3-6, purple "CYMRAEG" edge band) and then the full English version behind its own
title page (pp7-12, "ENGLISH" edge band).  The priorities are four cards in a 2 x 2 grid,
each with a thick coloured top border and a large pale numeral: Welsh p5, English p10.
"""
from __future__ import annotations

from pathlib import Path

from .kit import check_pages, html_pdf, trows, ul

OUT = "strategies/neath_port_talbot_community_safety_strategic_plan_2024-27.pdf"
CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; line-height: 1.45; color: #222 }
.pg { padding: 22mm 22mm 20mm 26mm }
.band { position: absolute; left: 0; top: 0; bottom: 0; width: 9mm; background: #5b2a86; color: #fff;
        writing-mode: vertical-rl; transform: rotate(180deg); text-align: center; font-size: 8pt;
        letter-spacing: 2pt; font-weight: bold }
.en .band { background: #2a6f86 }
.fo { position: absolute; bottom: 9mm; right: 22mm; font-size: 8pt; color: #666 }
h1 { font-size: 20pt; color: #5b2a86; margin: 0 0 5mm 0; font-weight: normal }
.en h1, .en h2 { color: #2a6f86 }
h2 { font-size: 11.5pt; color: #5b2a86; margin: 5mm 0 2mm 0 }
p { margin: 0 0 3mm 0 }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; margin-top: 6mm }
.card { border-top: 5mm solid #5b2a86; background: #f3eef8; padding: 4mm 5mm 5mm 5mm; min-height: 52mm; position: relative }
.en .card { border-top-color: #2a6f86; background: #ecf4f7 }
.card .n { font-size: 34pt; color: #cdbfe0; font-weight: bold; line-height: 1 } .en .card .n { color: #b9d6e0 }
.card .t { font-size: 12.5pt; font-weight: bold; margin: 2mm 0 3mm 0; line-height: 1.3 }
.card .d { font-size: 8.8pt; color: #444 }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 4mm 0 }
th { text-align: left; border-bottom: 1.2pt solid #2a6f86; padding: 1.5mm } td { border-bottom: 0.5pt solid #ccc; padding: 1.5mm; vertical-align: top }
.cv { background: #5b2a86; color: #fff; padding: 60mm 22mm }
.cv .a { font-size: 28pt; line-height: 1.15 } .cv .b { font-size: 20pt; line-height: 1.2; color: #d9c8ee; margin-top: 8mm }
.tp { background: #2a6f86; color: #fff; padding: 110mm 26mm } .tp div { font-size: 26pt }
.stat { display: inline-block; width: 30%; margin-right: 3%; border-left: 1.5mm solid #2a6f86; padding-left: 3mm; vertical-align: top; font-size: 8.6pt }
.stat b { display: block; font-size: 18pt; color: #2a6f86 }
.note { font-size: 7.8pt; color: #777 }
.toc td { border: none; border-bottom: 0.4pt dashed #aaa; font-size: 10pt } .toc td:last-child { text-align: right }
"""

PRI = [("Mynd i'r afael ag ymddygiad gwrthgymdeithasol", "Tackling anti-social behaviour",
        "Gweithio gyda chymdeithasau tai a'r heddlu yn yr ardaloedd lle mae'r nifer fwyaf o gwynion.",
        "Working with housing associations and the police in the areas with the most complaints."),
       ("Lleihau camddefnyddio sylweddau a niwed sy'n gysylltiedig â chyffuriau",
        "Reducing substance misuse and drug-related harm",
        "Gyda'r Bwrdd Cynllunio Ardal: mynediad cyflym at driniaeth a naloxone.",
        "With the Area Planning Board: quick access to treatment and naloxone."),
       ("Diogelu pobl rhag camfanteisio, gan gynnwys llinellau cyffuriau",
        "Safeguarding people from exploitation, including county lines",
        "Adnabod plant ac oedolion sy'n cael eu camfanteisio a'u cefnogi, gan gynnwys pobl y mae eu cartrefi'n cael "
        "eu cogio.",
        "Identifying and supporting children and adults who are exploited, including people whose homes are "
        "cuckooed."),
       ("Lleihau tanau glaswellt bwriadol", "Reducing deliberate grass fires",
        "Gyda'r Gwasanaeth Tân ac Achub: addysg mewn ysgolion, patrolau ar y mynydd a chlirio sbwriel.",
        "With the Fire and Rescue Service: education in schools, mountain patrols and clearing fly-tipping.")]


def pg(n, inner, lang):
    band = "CYMRAEG" if lang == "cy" else "ENGLISH"
    return (f"<section class='pg {lang}' lang='{lang}'><div class='band'>{band}</div>{inner}"
            f"<div class='fo'>{'Tudalen' if lang == 'cy' else 'Page'} {n}</div></section>")


def cards(lang):
    i = 0 if lang == "cy" else 1
    return "<div class='grid'>" + "".join(
        f"<div class='card'><div class='n'>{k}</div><div class='t'>{p[i]}</div><div class='d'>{p[2 + i]}</div></div>"
        for k, p in enumerate(PRI, start=1)) + "</div>"


def pages():
    toc = lambda rows: "<table class='toc'>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    out = ["<section class='pg cv'><div class='a'>Partneriaeth Diogelwch Cymunedol Castell-nedd Port Talbot</div>"
           "<div class='a'>Cynllun Strategol 2024–2027</div><div class='b'>Neath Port Talbot Community Safety "
           "Partnership</div><div class='b'>Strategic Plan 2024–2027</div></section>"]
    out.append(pg(2, "<h1>Cynnwys / Contents</h1><h2>Cymraeg</h2>" + toc([("Rhagair", 3), ("Ein hardal", 4),
               ("Ein blaenoriaethau", 5), ("Cyflawni a mesur", 6)]) + "<h2>English</h2>" + toc([("English version",
               7), ("Foreword", 8), ("Our area", 9), ("Our priorities", 10), ("Delivery", 11),
               ("Measures, governance and contact", 12)]), "cy"))
    out.append(pg(3, "<h1>Rhagair</h1><p>Mae Castell-nedd Port Talbot yn fwrdeistref o gymoedd, trefi a glan "
               "môr. Mae'r rhan fwyaf o'n cymunedau'n ddiogel, ond mae rhai problemau'n parhau: ymddygiad "
               "gwrthgymdeithasol, niwed cyffuriau a thanau bwriadol ar y mynydd bob gwanwyn.</p><p>Mae'r cynllun "
               "hwn yn nodi pedair blaenoriaeth y bydd y bartneriaeth yn gweithio arnynt gyda'i gilydd am y tair "
               "blynedd nesaf.</p><p><b>Cadeirydd y Bartneriaeth Diogelwch Cymunedol</b></p>", "cy"))
    out.append(pg(4, "<h1>Ein hardal</h1><p>Mae tua 142,000 o bobl yn byw yn y fwrdeistref. Dangosodd ein "
               "hasesiad strategol fod ymddygiad gwrthgymdeithasol wedi codi 8% a bod tanau glaswellt bwriadol "
               "wedi dyblu yn ystod gwanwyn sych 2023 (ffigurau enghreifftiol).</p><h2>Ein blaenoriaethau "
               "2021–2024</h2>" + ul(["Cymunedau diogel", "Pobl sy'n agored i niwed", "Camddefnyddio sylweddau"]),
               "cy"))
    out.append(pg(5, "<h1>Ein blaenoriaethau</h1><p>Bydd y bartneriaeth yn canolbwyntio ar bedair blaenoriaeth "
               "rhwng 2024 a 2027:</p>" + cards("cy"), "cy"))
    out.append(pg(6, "<h1>Cyflawni a mesur</h1><p>Mae gan bob blaenoriaeth grŵp cyflawni sy'n adrodd i'r "
               "bartneriaeth bob chwarter. Byddwn yn mesur galwadau mynych, atgyfeiriadau at driniaeth, "
               "atgyfeiriadau camfanteisio a nifer y tanau glaswellt.</p><h2>Cysylltu â ni</h2><p>"
               "diogelwchcymunedol@npt.example · 01639 000000</p>", "cy"))
    out.append("<section class='pg tp en' lang='en'><div>English version</div><div>Neath Port Talbot Community "
               "Safety Partnership Strategic Plan 2024–2027</div></section>")
    out.append(pg(8, "<h1>Foreword</h1><p>Neath Port Talbot is a borough of valleys, towns and coast. Most of our "
               "communities are safe, but some problems persist: anti-social behaviour, drug harm and deliberate "
               "fires on the mountain every spring.</p><p>This plan sets out four priorities that the partnership "
               "will work on together for the next three years. It was agreed by the partnership board in March "
               "2024 after a public consultation and our strategic assessment.</p><p>Domestic abuse and sexual "
               "violence are led by the Western Bay regional VAWDASV board, and serious violence by the Serious "
               "Violence Duty partnership; we support both.</p><p><b>Chair of the Community Safety Partnership</b>"
               "</p>", "en"))
    out.append(pg(9, "<h1>Our area</h1><div class='stat'><b>142,000</b>residents</div><div class='stat'><b>+8%"
               "</b>anti-social behaviour in a year</div><div class='stat'><b>×2</b>deliberate grass fires in spring "
               "2023</div><p class='note'>Illustrative figures.</p><h2>Key findings of the strategic assessment</h2>"
               + ul(["Anti-social behaviour is concentrated in town centres and on two estates",
                     "Drug-related deaths remain above the Welsh average",
                     "County lines from outside Wales target the valleys",
                     "Grass fires peak in March and April"]) + "<h2>Our priorities 2021–2024</h2>"
               + ul(["Safe communities", "Vulnerable people", "Substance misuse"]), "en"))
    out.append(pg(10, "<h1>Our priorities</h1><p>The partnership will focus on four priorities between 2024 and "
               "2027:</p>" + cards("en"), "en"))
    out.append(pg(11, "<h1>Delivery</h1>" + trows([["Theme", "Action", "Lead"],
               ["Anti-social behaviour", "Joint tasking with housing associations", "Council"],
               ["Substance misuse", "Same-day prescribing pilot", "Health board"],
               ["Exploitation", "Cuckooing protocol with landlords", "Police"],
               ["Fires", "Operation Dawns Glaw patrols each spring", "Fire and rescue"]]) +
               "<h2>The Commissioner's priorities</h2><p>Keeping our neighbourhoods safe · Preventing violence and "
               "exploitation · Putting victims first · Cutting reoffending and the harm that drives it · Protecting "
               "people from fraud and online harm · A police service every community can trust</p>", "en"))
    out.append(pg(12, "<h1>Measures, governance and contact</h1>" + ul(["Repeat calls about anti-social behaviour",
               "Referrals into treatment", "Exploitation referrals", "Grass fires attended"]) +
               "<h2>Governance</h2><p>The partnership board meets quarterly and reports to the Neath Port Talbot "
               "Public Services Board.</p><h2>Contact</h2><p>community.safety@npt.example · 01639 000000</p>", "en"))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    html_pdf(out, "Neath Port Talbot Community Safety Partnership Strategic Plan 2024-2027", CSS, pages())
    check_pages(out, 12)
    return out
