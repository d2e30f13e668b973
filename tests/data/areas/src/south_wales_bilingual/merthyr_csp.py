"""Safer Merthyr Tydfil / Merthyr Tudful Mwy Diogel: Community Safety Partnership Plan 2024-2027.

HTML/CSS printed by Chromium on A4 LANDSCAPE.  Each PDF page is a printed SPREAD of two A5
pages: the Welsh page on the LEFT, the English page on the RIGHT, each with its own folio
("4" / "5"), a grey gutter between them.  The priorities (PDF p5) are four ribbons on
each A5 page: a slate ribbon with the priority in bold and a gold "Lead:" tag below.
"""
from __future__ import annotations

from pathlib import Path

from .kit import check_pages, html_pdf, ul

OUT = "strategies/safer_merthyr_tydfil_community_safety_partnership_plan_2024-27.pdf"
CSS = """
@page { size: 297mm 210mm; margin: 0 }
.pg { width: 297mm !important; height: 210mm !important; display: flex; background: #e9e6df }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; line-height: 1.42; color: #252525 }
.a5 { width: 148.5mm; height: 210mm; box-sizing: border-box; padding: 16mm 13mm 14mm 13mm; background: #fffdf8; position: relative }
.a5.l { border-right: 1.2mm solid #d8d3c6 } .a5.r { border-left: 1.2mm solid #d8d3c6 }
.a5 .lang { position: absolute; top: 6mm; font-size: 7pt; letter-spacing: 1.5pt; color: #8c6d1f; font-weight: bold }
.a5.l .lang { left: 13mm } .a5.r .lang { right: 13mm }
.a5 .fo { position: absolute; bottom: 6mm; font-size: 8pt; color: #555 } .a5.l .fo { left: 13mm } .a5.r .fo { right: 13mm }
h1 { font-size: 15pt; color: #3d4a5c; margin: 0 0 4mm 0 } h2 { font-size: 10pt; color: #3d4a5c; margin: 4mm 0 1.5mm 0 }
p { margin: 0 0 2.5mm 0 } ul { margin: 0 0 2mm 0; padding-left: 5mm }
.rib { background: #3d4a5c; color: #fff; padding: 3mm 4mm 2.5mm 4mm; margin: 0 0 5mm 0; position: relative; clip-path: polygon(0 0, 100% 0, 96% 50%, 100% 100%, 0 100%) }
.rib b { font-size: 11pt; display: block; line-height: 1.3; padding-right: 6mm } .rib span { display: inline-block; background: #c9a227; color: #222; font-size: 7.2pt; padding: 0.5mm 2mm; margin-top: 1.5mm }
table { border-collapse: collapse; width: 100%; font-size: 7.8pt } th { text-align: left; background: #c9a227; padding: 1.2mm } td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top }
.cv { background: #3d4a5c; color: #fff } .cv .a5 { background: #3d4a5c; color: #fff; border-color: #56657a } .cv h1 { color: #fff; font-size: 22pt; margin-top: 50mm } .cv p { font-size: 11pt; color: #e8d9a8 }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.4pt dotted #999; padding: 1.6mm 0; font-size: 9.5pt }
.big { font-size: 16pt; color: #8c6d1f; font-weight: bold }
"""

PRI = [("Mynd i'r afael ag ymddygiad gwrthgymdeithasol yng nghanol y dref ac ar ein hystadau",
        "Tackling anti-social behaviour in our town centre and estates", "Arweinydd: Cyngor", "Lead: Council"),
       ("Lleihau camddefnyddio sylweddau", "Reducing substance misuse", "Arweinydd: Bwrdd Cynllunio Ardal",
        "Lead: Area Planning Board"),
       ("Tarfu ar gyflenwi cyffuriau a llinellau cyffuriau", "Disrupting drug supply and county lines",
        "Arweinydd: Heddlu De Cymru", "Lead: South Wales Police"),
       ("Meithrin cydlyniant cymunedol a mynd i'r afael â throseddau casineb",
        "Building community cohesion and tackling hate crime", "Arweinydd: Cyngor", "Lead: Council")]


def spread(n, cy, en, cls=""):
    lf, rf = 2 * n - 2, 2 * n - 1
    return (f"<section class='pg {cls}'><div class='a5 l' lang='cy'><div class='lang'>CYMRAEG</div>{cy}"
            f"<div class='fo'>{lf}</div></div><div class='a5 r' lang='en'><div class='lang'>ENGLISH</div>{en}"
            f"<div class='fo'>{rf}</div></div></section>")


def pages():
    out = ["<section class='pg cv'><div class='a5 l'><h1>Merthyr Tudful Mwy Diogel</h1><p>Cynllun y Bartneriaeth "
           "Diogelwch Cymunedol 2024–2027</p></div><div class='a5 r'><h1>Safer Merthyr Tydfil</h1><p>Community "
           "Safety Partnership Plan 2024–2027</p></div></section>"]
    toc = lambda rows: "<div class='toc'>" + "".join(f"<div><span>{a}</span><span>{b}</span></div>" for a, b in rows) + "</div>"
    out.append(spread(2, "<h1>Cynnwys</h1>" + toc([("Rhagair", 4), ("Merthyr Tudful heddiw", 6),
               ("Ein blaenoriaethau", 8), ("Cyflawni", 10), ("Mesur llwyddiant", 12), ("Cysylltu", 14)]),
               "<h1>Contents</h1>" + toc([("Foreword", 5), ("Merthyr Tydfil today", 7), ("Our priorities", 9),
               ("Delivery", 11), ("Measuring success", 13), ("Contact", 15)]) + "<p style='margin-top:8mm'>Welsh on "
               "the left-hand pages, English on the right.</p>"))
    out.append(spread(3, "<h1>Rhagair</h1><p>Merthyr Tudful yw'r fwrdeistref sirol leiaf yng Nghymru, ond mae ganddi "
               "hanes balch a chymunedau cryf. Mae'r cynllun hwn yn nodi pedair blaenoriaeth y bydd y bartneriaeth yn "
               "gweithio arnynt am y tair blynedd nesaf.</p><p>Fe'i lluniwyd ar ôl gwrando ar drigolion, busnesau a "
               "phobl ifanc, ac ar ôl adolygu ein hasesiad strategol.</p><p><b>Cadeirydd, Merthyr Tudful Mwy Diogel"
               "</b></p>",
               "<h1>Foreword</h1><p>Merthyr Tydfil is the smallest county borough in Wales, but it has a proud "
               "history and strong communities. This plan sets out four priorities that the partnership will work "
               "on for the next three years.</p><p>It was written after listening to residents, businesses and young "
               "people, and after reviewing our strategic assessment.</p><p><b>Chair, Safer Merthyr Tydfil</b></p>"))
    out.append(spread(4, "<h1>Merthyr Tudful heddiw</h1><p><span class='big'>60,000</span> o drigolion · "
               "<span class='big'>3,200</span> digwyddiad ASB · <span class='big'>5</span> llinell gyffuriau</p>"
               "<p>Ffigurau enghreifftiol.</p><h2>Blaenoriaethau 2021–2024</h2>" + ul(["Cymunedau diogel",
               "Pobl sy'n agored i niwed", "Trais a chamfanteisio"]),
               "<h1>Merthyr Tydfil today</h1><p><span class='big'>60,000</span> residents · <span class='big'>3,200"
               "</span> ASB incidents · <span class='big'>5</span> county lines</p><p>Illustrative figures.</p>"
               "<h2>Key findings</h2>" + ul(["ASB peaks in the town centre on weekday afternoons",
               "Drug-related deaths are among the highest in Wales", "Hate incidents rose after local "
               "tensions in 2023"]) + "<h2>Priorities 2021–2024</h2>" + ul(["Safe communities",
               "Vulnerable people", "Violence and exploitation"])))
    cy = "".join(f"<div class='rib'><b>{a}</b><span>{c}</span></div>" for a, b, c, d in PRI)
    en = "".join(f"<div class='rib'><b>{b}</b><span>{d}</span></div>" for a, b, c, d in PRI)
    out.append(spread(5, "<h1>Ein blaenoriaethau</h1><p>Dyma ein pedair blaenoriaeth ar gyfer 2024–2027:</p>" + cy,
                      "<h1>Our priorities</h1><p>These are our four priorities for 2024–2027:</p>" + en))
    out.append(spread(6, "<h1>Cyflawni</h1><table><tr><th>Thema</th><th>Cam gweithredu</th></tr><tr><td>ASB</td>"
               "<td>Wardeniaid cymunedol yng nghanol y dref</td></tr><tr><td>Sylweddau</td><td>Gwasanaeth galw "
               "heibio ym Merthyr</td></tr><tr><td>Cyflenwi</td><td>Gorchmynion cau a gwaith gyda landlordiaid</td>"
               "</tr><tr><td>Cydlyniant</td><td>Cydlynydd cydlyniant a chanolfannau adrodd</td></tr></table>",
               "<h1>Delivery</h1><table><tr><th>Theme</th><th>Action</th></tr><tr><td>ASB</td><td>Community wardens "
               "in the town centre</td></tr><tr><td>Substances</td><td>Drop-in service in Merthyr</td></tr><tr><td>"
               "Supply</td><td>Closure orders and work with landlords</td></tr><tr><td>Cohesion</td><td>Cohesion "
               "coordinator and reporting centres</td></tr></table><h2>The Police and Crime Plan</h2><p>The "
               "Commissioner's six priorities include keeping our neighbourhoods safe and a police service every "
               "community can trust.</p>"))
    out.append(spread(7, "<h1>Mesur llwyddiant</h1>" + ul(["Llai o ddioddefwyr ASB mynych", "Mwy o bobl mewn "
               "triniaeth", "Mwy o linellau cyffuriau wedi'u cau", "Mwy o droseddau casineb yn cael eu hadrodd"]) +
               "<h2>Llywodraethu</h2><p>Mae'r bartneriaeth yn adrodd i Fwrdd Gwasanaethau Cyhoeddus Cwm Taf "
               "Morgannwg.</p>",
               "<h1>Measuring success</h1>" + ul(["Fewer repeat ASB victims", "More people in treatment",
               "More county lines closed", "More hate crimes reported"]) + "<h2>Governance</h2><p>The partnership "
               "reports to the Cwm Taf Morgannwg Public Services Board.</p>"))
    out.append(spread(8, "<h1>Cysylltu</h1><p>Tîm Diogelwch Cymunedol, Canolfan Ddinesig, Merthyr Tudful</p><p>"
               "diogelwch@merthyr.example · 01685 000000</p>",
               "<h1>Contact</h1><p>Community Safety Team, Civic Centre, Merthyr Tydfil</p><p>"
               "safety@merthyr.example · 01685 000000</p>"))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    html_pdf(out, "Safer Merthyr Tydfil Community Safety Partnership Plan 2024-2027", CSS, pages())
    check_pages(out, 8)
    return out
