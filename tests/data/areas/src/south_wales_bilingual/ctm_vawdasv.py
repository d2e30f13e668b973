"""Cwm Taf Morgannwg Regional VAWDASV Strategy 2023-2028.

HTML/CSS printed by Chromium.  SIDE BY SIDE with Welsh on the LEFT and English on the
RIGHT throughout (Liberation Serif, plum and sage).  The priorities (p6) are five
full-width BANDS split down the middle: the Welsh priority in the left half, the English
priority in the right half, and a round badge with the number straddling the split.
"""
from __future__ import annotations

from pathlib import Path

from .kit import check_pages, html_pdf, ul

OUT = "strategies/cwm_taf_morgannwg_vawdasv_strategy_2023-28.pdf"
CSS = """
body { font-family: 'Liberation Serif', serif; font-size: 10.4pt; line-height: 1.4; color: #2a2228 }
.pg { padding: 24mm 15mm 18mm 15mm }
.hd { position: absolute; top: 0; left: 0; right: 0; height: 14mm; background: #6b2d5c; color: #fff; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; display: flex; justify-content: space-between; align-items: center; padding: 0 15mm }
.fo { position: absolute; bottom: 8mm; left: 15mm; right: 15mm; display: flex; justify-content: space-between; font-size: 8.5pt; color: #6b2d5c; font-family: 'Liberation Sans', sans-serif }
.two { display: grid; grid-template-columns: 1fr 1fr; column-gap: 12mm }
.two > div:first-child { color: #3d3a2c }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 17pt; color: #6b2d5c; margin: 0 0 4mm 0 }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color: #5d7a4f; margin: 4mm 0 1.5mm 0 }
p { margin: 0 0 2.6mm 0 } ul { padding-left: 5mm; margin: 0 0 3mm 0 }
.band { display: grid; grid-template-columns: 1fr 1fr; position: relative; margin: 0 0 6mm 0; min-height: 24mm }
.band > div { padding: 4mm 12mm 4mm 5mm; font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 11.5pt; line-height: 1.3; display: flex; align-items: center }
.band > div.w { background: #e6eee1; color: #3d4d35; padding: 4mm 12mm 4mm 5mm }
.band > div.e { background: #f3e6ef; color: #4a1d3f; padding-left: 12mm }
.band .bdg { position: absolute; left: 50%; top: 50%; width: 14mm; height: 14mm; margin: -7mm 0 0 -7mm; border-radius: 50%; background: #6b2d5c; color: #fff; text-align: center; line-height: 14mm; font-size: 12pt; padding: 0 !important }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; font-family: 'Liberation Sans', sans-serif } th { background: #6b2d5c; color: #fff; text-align: left; padding: 1.5mm } td { border-bottom: 0.5pt solid #d9c9d4; padding: 1.5mm; vertical-align: top }
.cv { background: #6b2d5c; color: #fff; padding: 70mm 18mm } .cv .t { font-family: 'Liberation Sans', sans-serif; font-size: 24pt; font-weight: bold; line-height: 1.2 } .cv .s { font-size: 15pt; margin: 3mm 0 12mm 0; color: #efd6e8 }
.toc div { display: flex; justify-content: space-between; border-bottom: 0.5pt solid #ccc; padding: 1.8mm 0 }
.fig { font-size: 20pt; color: #6b2d5c; font-family: 'Liberation Sans', sans-serif; font-weight: bold }
"""

PRI = [("Cynyddu ymwybyddiaeth a herio agweddau sy'n goddef cam-drin",
        "Increasing awareness and challenging attitudes that tolerate abuse"),
       ("Dwyn cyflawnwyr i gyfrif a'u cefnogi i newid", "Holding perpetrators to account and supporting them to change"),
       ("Cefnogi plant a phobl ifanc yr effeithir arnynt gan gam-drin",
        "Supporting children and young people affected by abuse"),
       ("Darparu cymorth arbenigol wedi'i lywio gan drawma i oroeswyr",
        "Providing survivors with specialist, trauma-informed support"),
       ("Hyfforddi gweithwyr proffesiynol i Ofyn a Gweithredu", "Training professionals to Ask and Act")]


def pg(n, cy, en, full=""):
    return (f"<section class='pg'><div class='hd'><span>Strategaeth VAWDASV Ranbarthol Cwm Taf Morgannwg</span>"
            f"<span>Cwm Taf Morgannwg Regional VAWDASV Strategy</span></div>{full}"
            f"<div class='two'><div lang='cy'>{cy}</div><div lang='en'>{en}</div></div>"
            f"<div class='fo'><span>{n}</span><span>{n}</span></div></section>")


def pages():
    out = ["<section class='pg cv'><div class='t'>Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol</div>"
           "<div class='s'>Strategaeth Ranbarthol Cwm Taf Morgannwg 2023–2028</div><div class='t'>Violence against "
           "Women, Domestic Abuse and Sexual Violence</div><div class='s'>Cwm Taf Morgannwg Regional Strategy "
           "2023–2028</div><div class='s'>Merthyr Tudful · Rhondda Cynon Taf · Pen-y-bont ar Ogwr<br>Merthyr "
           "Tydfil · Rhondda Cynon Taf · Bridgend</div></section>"]
    toc = lambda rows: "<div class='toc'>" + "".join(f"<div><span>{a}</span><span>{b}</span></div>" for a, b in rows) + "</div>"
    out.append(pg(2, "<h1>Cynnwys</h1>" + toc([("Rhagair", 3), ("Deall y broblem", 4), ("Y fframwaith cenedlaethol",
               5), ("Ein blaenoriaethau", 6), ("Cyflawni", 7), ("Canlyniadau a llywodraethu", 8), ("Cymorth", 9)]),
               "<h1>Contents</h1>" + toc([("Foreword", 3), ("Understanding the problem", 4), ("The national "
               "framework", 5), ("Our priorities", 6), ("Delivery", 7), ("Outcomes and governance", 8),
               ("Help and support", 9)])))
    out.append(pg(3, "<h1>Rhagair</h1><p>Mae trais yn erbyn menywod, cam-drin domestig a thrais rhywiol yn "
               "effeithio ar filoedd o bobl yn ein rhanbarth bob blwyddyn. Mae'r strategaeth hon yn nodi sut y bydd "
               "y tri awdurdod lleol, y bwrdd iechyd, yr heddlu a'r sector arbenigol yn cydweithio rhwng 2023 a "
               "2028.</p><p>Rydym wedi gwrando ar oroeswyr, a'u lleisiau nhw sydd wedi llunio'r strategaeth hon."
               "</p><p><b>Cadeiryddion y Bwrdd Rhanbarthol</b></p>",
               "<h1>Foreword</h1><p>Violence against women, domestic abuse and sexual violence affect thousands of "
               "people in our region every year. This strategy sets out how the three local authorities, the health "
               "board, the police and the specialist sector will work together between 2023 and 2028.</p><p>We have "
               "listened to survivors, and their voices have shaped this strategy.</p><p><b>Chairs of the Regional "
               "Board</b></p>"))
    out.append(pg(4, "<h1>Deall y broblem</h1><p><span class='fig'>9,400</span><br>digwyddiad cam-drin domestig a "
               "gofnodwyd gan yr heddlu</p><p><span class='fig'>1 o bob 5</span><br>achos MARAC yn achos mynych</p>"
               "<p><span class='fig'>38%</span><br>o blant sy'n hysbys i wasanaethau plant yn byw gyda cham-drin "
               "domestig</p><p>Ffigurau enghreifftiol.</p>",
               "<h1>Understanding the problem</h1><p><span class='fig'>9,400</span><br>domestic abuse incidents "
               "recorded by the police</p><p><span class='fig'>1 in 5</span><br>MARAC cases is a repeat case</p><p>"
               "<span class='fig'>38%</span><br>of children known to children's services live with domestic abuse"
               "</p><p>Illustrative figures.</p>"))
    out.append(pg(5, "<h1>Y fframwaith cenedlaethol</h1><p>Mae Deddf Trais yn erbyn Menywod, Cam-drin Domestig a "
               "Thrais Rhywiol (Cymru) 2015 yn gofyn i awdurdodau lleol a byrddau iechyd baratoi strategaethau "
               "lleol. Mae'r strategaeth genedlaethol yn canolbwyntio, yn ein geiriau ni, ar:</p>" + ul([
               "herio agweddau'r cyhoedd", "addysg am berthnasoedd iach", "dwyn cyflawnwyr i gyfrif",
               "adnabod yn gynnar a hyfforddi gweithwyr", "gwasanaethau ymatebol i oroeswyr"]) +
               "<h2>Ffrydiau gwaith y Glasbrint</h2><p>Aflonyddu ar y stryd · Cyflawnwyr · Plant a phobl ifanc · "
               "Comisiynu cynaliadwy · Trais rhywiol · Dull system gyfan</p>",
               "<h1>The national framework</h1><p>The Violence against Women, Domestic Abuse and Sexual Violence "
               "(Wales) Act 2015 requires local authorities and health boards to prepare local strategies. The "
               "national strategy focuses, in our own words, on:</p>" + ul(["challenging public attitudes",
               "education about healthy relationships", "holding perpetrators to account",
               "early identification and training for workers", "responsive services for survivors"]) +
               "<h2>The Blueprint workstreams</h2><p>Street harassment · Perpetrators · Children and young people · "
               "Sustainable commissioning · Sexual violence · Whole-system approach</p>"))
    bands = "".join(f"<div class='band'><div class='w' lang='cy'>{cy}</div><div class='e' lang='en'>{en}</div>"
                    f"<div class='bdg'>{k}</div></div>" for k, (cy, en) in enumerate(PRI, start=1))
    out.append(pg(6, "<h1>Ein blaenoriaethau</h1><p>Cytunodd y Bwrdd Rhanbarthol ar bum blaenoriaeth ar gyfer "
               "2023–2028.</p>", "<h1>Our priorities</h1><p>The Regional Board agreed five priorities for 2023–2028."
               "</p>", "") .replace("</div></div><div class='fo'>", "</div></div>" + bands + "<div class='fo'>", 1))
    out.append(pg(7, "<h1>Cyflawni</h1><table><tr><th>Thema</th><th>Cam gweithredu</th></tr><tr><td>Atal</td><td>"
               "Ymgyrch ranbarthol a gwersi perthnasoedd iach</td></tr><tr><td>Cyflawnwyr</td><td>Rhaglen newid "
               "ymddygiad a Drive</td></tr><tr><td>Plant</td><td>Gwasanaeth therapiwtig i blant</td></tr><tr><td>"
               "Goroeswyr</td><td>IDVA a chymorth ISVA ym mhob ardal</td></tr><tr><td>Hyfforddiant</td><td>Gofyn a "
               "Gweithredu grŵp 2</td></tr></table>",
               "<h1>Delivery</h1><table><tr><th>Theme</th><th>Action</th></tr><tr><td>Prevention</td><td>Regional "
               "campaign and healthy relationships lessons</td></tr><tr><td>Perpetrators</td><td>Behaviour change "
               "programme and Drive</td></tr><tr><td>Children</td><td>Therapeutic service for children</td></tr><tr>"
               "<td>Survivors</td><td>IDVA and ISVA support in every area</td></tr><tr><td>Training</td><td>Ask and "
               "Act group 2</td></tr></table>"))
    out.append(pg(8, "<h1>Canlyniadau a llywodraethu</h1>" + ul(["Mwy o bobl yn adrodd cam-drin", "Llai o achosion "
               "MARAC mynych", "Mwy o gyflawnwyr yn cwblhau rhaglen"]) + "<p>Mae'r Bwrdd Rhanbarthol yn adrodd i'r "
               "Bwrdd Gwasanaethau Cyhoeddus ac i Lywodraeth Cymru.</p>",
               "<h1>Outcomes and governance</h1>" + ul(["More people reporting abuse", "Fewer repeat MARAC cases",
               "More perpetrators completing a programme"]) + "<p>The Regional Board reports to the Public Services "
               "Board and to the Welsh Government.</p>"))
    out.append(pg(9, "<h1>Cymorth</h1><p>Llinell Gymorth Byw Heb Ofn: 24 awr, am ddim, yn Gymraeg neu'n Saesneg.</p>"
               "<p>vawdasv@ctm.example</p>", "<h1>Help and support</h1><p>Live Fear Free helpline: 24 hours, free, "
               "in Welsh or English.</p><p>vawdasv@ctm.example</p>"))
    return out


def build(root: Path) -> Path:
    out = root / OUT
    html_pdf(out, "Cwm Taf Morgannwg Regional VAWDASV Strategy 2023-2028", CSS, pages())
    check_pages(out, 9)
    return out
