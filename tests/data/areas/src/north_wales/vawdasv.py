"""North Wales Violence against Women, Domestic Abuse and Sexual Violence Strategy 2023-2028: HTML printed by
Chromium.

**Bilingual, Welsh section then English section**: each part of the strategy appears first in Welsh on its own
page (a green "CYMRAEG" tab at the top right) and then in English on the next page (a purple "ENGLISH" tab).  The
four priorities are drawn as **postcards** in a 2 x 2 grid: a stamp box and a wavy postmark in the corner, the
priority in bold handwriting-like serif on the message side, a sentence under it and ruled address lines on the
right.  Welsh postcards on p7, English postcards on p8 (gold).
Distractors: the national strategy's objectives and the Act's purpose (pp5-6), survivors' words (p6), the
delivery table (p9), the outcome statements (p10).
"""
from north_wales.kit import e, html_pdf

FILE = "strategies/north_wales_vawdasv_strategy_2023-28.pdf"
TITLE = "North Wales Violence against Women, Domestic Abuse and Sexual Violence Strategy 2023–2028"

PRIORITIES = [
    ("Atal cam-drin drwy herio agweddau ymhlith plant a phobl ifanc",
     "Preventing abuse by challenging attitudes among children and young people",
     "Gwersi perthnasoedd iach ym mhob ysgol.", "Healthy relationships lessons in every school and college."),
    ("Dwyn cyflawnwyr i gyfrif a newid eu hymddygiad", "Holding perpetrators to account and changing their behaviour",
     "Rhaglenni i gyflawnwyr a gorfodaeth gadarn.", "Perpetrator programmes, backed by firm enforcement."),
    ("Sicrhau bod goroeswyr yn cael y cymorth iawn ar yr adeg iawn",
     "Making sure survivors get the right support at the right time",
     "Un pwynt cyswllt i bob goroeswr.", "One point of contact for every survivor, wherever they live."),
    ("Datblygu gweithlu medrus drwy hyfforddiant Gofyn a Gweithredu",
     "Building a skilled workforce through Ask and Act training",
     "Pob aelod o staff rheng flaen wedi'i hyfforddi.", "Every frontline worker trained to ask and to act."),
]

CSS = """
@page { size: A4; margin: 18mm 20mm 18mm 24mm;
  @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; color: #5B2C6F; } }
@page bare { margin: 0; @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.5; color: #222; margin: 0; }
section { break-before: page; position: relative; min-height: 255mm; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; min-height: 0; background: #5B2C6F; color: #fff; }
.cover .in { position: absolute; left: 20mm; top: 70mm; width: 170mm; }
.cover h1 { font-family: 'DejaVu Serif', serif; font-size: 21pt; line-height: 1.2; margin: 0 0 4mm 0; }
.cover .cyh { color: #E8D7F1; font-size: 15pt; margin-bottom: 10mm; }
.cover .band { position: absolute; left: 0; bottom: 40mm; width: 210mm; height: 12mm; background: #F4D03F; }
.tab { position: absolute; right: 0; top: 0; padding: 1mm 3mm; color: #fff; font-size: 6.5pt; letter-spacing: 1pt; }
.tab.cy { background: #1E8449; } .tab.en { background: #5B2C6F; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 18pt; color: #5B2C6F; margin: 0 0 5mm 0; }
h2 { font-size: 10.5pt; color: #1E8449; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 1.6mm 0; border-bottom: 1px solid #DDD; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stats div { border: 1px solid #D7BDE2; padding: 2.5mm; } .stats b { font-size: 14pt; color: #5B2C6F; display: block; }
blockquote { font-style: italic; border-left: 3px solid #F4D03F; margin: 3mm 0; padding-left: 4mm; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 5mm; }
.card { background: #FFFDF6; border: 1px solid #C9B99A; box-shadow: 1mm 1mm 0 #E5DCC8; height: 78mm; position: relative;
  display: grid; grid-template-columns: 1.7fr 1fr; padding: 5mm 4mm 4mm 4mm; }
.card .msg { border-right: 1px solid #C9B99A; padding-right: 3mm; }
.card .msg b { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.3; color: #3B1F47; display: block; margin-top: 9mm; }
.card .msg span { display: block; margin-top: 3mm; font-size: 8pt; color: #555; }
.card .addr { padding-left: 3mm; }
.card .stamp { position: absolute; right: 5mm; top: 5mm; width: 14mm; height: 17mm; border: 2px dashed #5B2C6F; background: #F4D03F; }
.card .pm { position: absolute; right: 15mm; top: 12mm; width: 16mm; height: 16mm; border: 1.5px solid #888; border-radius: 50%; }
.card .line { border-bottom: 1px solid #BBB; height: 9mm; margin-top: 2mm; }
.card .line:first-of-type { margin-top: 32mm; }
table.t { width: 100%; border-collapse: collapse; font-size: 8pt; }
table.t th { background: #5B2C6F; color: #fff; text-align: left; padding: 1.5mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.5mm; vertical-align: top; }
"""


def cards(lang):
    out = []
    for cy, en, scy, sen in PRIORITIES:
        t, s = (cy, scy) if lang == "cy" else (en, sen)
        out.append(f'<div class="card"><div class="msg"><b>{e(t)}</b><span>{e(s)}</span></div><div class="addr">'
                   '<div class="line"></div><div class="line"></div><div class="line"></div></div>'
                   '<div class="pm"></div><div class="stamp"></div></div>')
    return '<div class="cards">' + "".join(out) + "</div>"


def sec(lang, body):
    tab = '<div class="tab cy">CYMRAEG</div>' if lang == "cy" else '<div class="tab en">ENGLISH</div>'
    return f"<section>{tab}{body}</section>"


def build(root):
    S = ['<section class="cover"><div class="in"><div class="cyh">Strategaeth Trais yn erbyn Menywod, Cam-drin '
         'Domestig a Thrais Rhywiol Gogledd Cymru 2023–2028</div><h1>North Wales Violence against Women, Domestic '
         'Abuse and Sexual Violence Strategy 2023–2028</h1>Bwrdd Rhanbarthol VAWDASV Gogledd Cymru · North Wales '
         'VAWDASV Regional Board</div><div class="band"></div></section>']
    toc = [("Rhagair", "Foreword", 3, 4), ("Y cyd-destun", "Context", 5, 6),
           ("Ein blaenoriaethau", "Our priorities", 7, 8), ("Cyflawni a llywodraethu", "Delivery and governance", 9, 10)]
    S.append('<section><h1 class="t">Cynnwys · Contents</h1><div class="toc">' + "".join(
        f"<div><span>{e(a)} / {e(b)}</span><span>{c} / {d}</span></div>" for a, b, c, d in toc) +
        '</div><p style="margin-top:8mm">Mae pob rhan yn Gymraeg yn gyntaf ac yna yn Saesneg. Each part appears in '
        'Welsh first and then in English.</p></section>')
    S.append(sec("cy", '<h1 class="t">Rhagair</h1><p>Mae trais yn erbyn menywod, cam-drin domestig a thrais '
                 'rhywiol yn effeithio ar filoedd o bobl yng Ngogledd Cymru bob blwyddyn.</p><p>Mae\'r strategaeth '
                 'hon yn nodi sut y bydd y chwe awdurdod lleol, y bwrdd iechyd, yr heddlu, y gwasanaeth tân ac '
                 'achub a\'r sector arbenigol yn gweithio gyda\'i gilydd.</p><p>Diolch i\'r goroeswyr a rannodd eu '
                 'profiadau gyda ni.</p><p><b>Cadeirydd, Bwrdd Rhanbarthol VAWDASV Gogledd Cymru</b></p>'))
    S.append(sec("en", '<h1 class="t">Foreword</h1><p>Violence against women, domestic abuse and sexual violence '
                 'affect thousands of people in North Wales every year, in every community and at every age.</p>'
                 '<p>This strategy sets out how the six local authorities, the health board, the police, the fire and '
                 'rescue service and the specialist sector will work together, as the Violence against Women, '
                 'Domestic Abuse and Sexual Violence (Wales) Act 2015 requires.</p><p>Thank you to the survivors who '
                 'shared their experiences with us.</p><p><b>Chair, North Wales VAWDASV Regional Board</b></p>'))
    stats = [("11,800", "domestic abuse incidents / digwyddiad"), ("1,450", "sexual offences / troseddau rhywiol"),
             ("2,300", "MARAC cases / achosion MARAC"), ("31%", "repeat cases / achosion ailadroddus")]
    st = '<div class="stats">' + "".join(f"<div><b>{n}</b>{e(t)}</div>" for n, t in stats) + "</div>"
    S.append(sec("cy", '<h1 class="t">Y cyd-destun</h1><p>Ffigurau enghreifftiol yw\'r rhain.</p>' + st +
                 '<h2>Y strategaeth genedlaethol</h2><p>Mae strategaeth genedlaethol Llywodraeth Cymru (2022–2026) '
                 'yn gosod amcanion ar herio agweddau, codi ymwybyddiaeth, cyflawnwyr, ymyrraeth gynnar, '
                 'gwasanaethau cynaliadwy a\'r gweithlu.</p>'))
    S.append(sec("en", '<h1 class="t">Context</h1><p>These figures are illustrative and are not official '
                 'statistics.</p>' + st + '<h2>The national strategy</h2><p>The Welsh Government\'s national '
                 'strategy (2022–2026) sets objectives on challenging attitudes, raising awareness, perpetrators, '
                 'early intervention, sustainable services and the workforce. Our regional priorities follow from '
                 'it; they are not the same list.</p><h2>What survivors told us</h2><blockquote>"I told three '
                 'different people my story before anyone helped."</blockquote><blockquote>"My son saw everything. '
                 'Nobody asked him how he was."</blockquote><h2>Our last strategy</h2><p>The 2018–2023 strategy had '
                 'five objectives, among them Increasing awareness and Challenging attitudes.</p>'))
    S.append(sec("cy", '<h1 class="t">Ein blaenoriaethau</h1><p>Dyma ein pedair blaenoriaeth ar gyfer '
                 '2023–2028.</p>' + cards("cy")))
    S.append(sec("en", '<h1 class="t">Our priorities</h1><p>These are our four priorities for 2023–2028.</p>' +
                 cards("en")))
    rows = [("Atal · Prevention", "Healthy relationships lessons; bystander training at Bangor University", "Councils"),
            ("Cyflawnwyr · Perpetrators", "Perpetrator programme for all six counties; Drive project", "PCC, Probation"),
            ("Cymorth · Support", "Single point of contact; refuge spaces; ISVA service", "Specialist sector"),
            ("Gweithlu · Workforce", "Ask and Act training for 4,000 staff (illustrative)", "Regional team")]
    S.append(sec("cy", '<h1 class="t">Cyflawni a llywodraethu</h1><p>Bydd cynllun cyflawni blynyddol yn dilyn. '
                 'Mae\'r bwrdd rhanbarthol yn cyfarfod bob chwarter ac yn adrodd i Fwrdd Cymunedau Diogelach '
                 'Gogledd Cymru.</p><table class="t"><tr><th>Thema</th><th>Prif gamau (Saesneg)</th><th>Arweinydd'
                 '</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in rows)
                 + '</table>'))
    S.append(sec("en", '<h1 class="t">Delivery and governance</h1><p>An annual delivery plan will follow. The '
                 'regional board meets quarterly and reports to the North Wales Safer Communities Board.</p>'
                 '<h2>The outcomes we want</h2><ul><li>Fewer children and young people hold attitudes that excuse '
                 'abuse.</li><li>Fewer survivors are abused again by the same person.</li><li>Survivors say they '
                 'got help quickly.</li><li>Staff feel confident to ask about abuse.</li></ul><p>Contact: '
                 'vawdasv@northwales.example</p>'))
    return html_pdf(root, FILE, "vawdasv", TITLE, CSS, S, 10)
