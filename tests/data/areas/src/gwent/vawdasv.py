"""Gwent VAWDASV Strategy 2024-2027 (Gwent Violence against Women, Domestic Abuse and Sexual Violence
Regional Board): HTML printed by Chromium, **Welsh and English on alternating pages**.

After a bilingual cover and a bilingual contents page, every section is printed twice: a Welsh page (odd
pages 3, 5, 7, 9, 11, shaded margin strip, "Cymraeg" tab) followed by the same section in English on the next
page (4, 6, 8, 10, 12, "English" tab).  The five priorities are stated in Welsh on p7 and in English on p8
(the gold page): a stack of rows, each with a large **outlined numeral** (CSS text-stroke) beside the bold
priority and a "What this means" line.  The national VAWDASV strategy's six objectives (paraphrased, p6), the
previous regional strategy's three themes (p6), the delivery labels (p10) and the measures (p12) are
distractors.  The Welsh text was written for this test set and has not been checked by a translator.
"""
import html

from common import chromium_to_pdf, two_pass
from gwent.work import work_file

FILE = "strategies/gwent_vawdasv_strategy_2024-27.pdf"
TITLE = "Gwent VAWDASV Strategy 2024–2027"

PRIORITIES = [
    ("Challenging the attitudes and behaviours that allow abuse to happen",
     "Herio’r agweddau a’r ymddygiad sy’n caniatáu i gam-drin ddigwydd",
     "Campaigns with men and boys, healthy relationships education in every school, and bystander training in "
     "colleges and workplaces.",
     "Ymgyrchoedd gyda dynion a bechgyn, addysg perthnasoedd iach ym mhob ysgol, a hyfforddiant gwyliedydd."),
    ("Holding perpetrators to account and supporting them to change",
     "Dwyn cyflawnwyr i gyfrif a’u cefnogi i newid",
     "Swift use of protective orders, and behaviour change programmes for those assessed as suitable, always "
     "with support for the survivor alongside.",
     "Defnyddio gorchmynion amddiffyn yn gyflym, a rhaglenni newid ymddygiad gyda chymorth i’r goroeswr."),
    ("Giving survivors specialist, trauma-informed support when they need it",
     "Rhoi cymorth arbenigol sy’n ystyriol o drawma i oroeswyr pan fydd ei angen arnynt",
     "Independent advisers, refuge and dispersed accommodation, counselling and support for children, without "
     "waiting lists.",
     "Cynghorwyr annibynnol, llochesi, cwnsela a chymorth i blant, heb restrau aros."),
    ("Making sure every professional can recognise abuse and respond well",
     "Sicrhau bod pob gweithiwr proffesiynol yn gallu adnabod cam-drin ac ymateb yn dda",
     "The National Training Framework delivered in every partner organisation, with Ask and Act in health, "
     "housing and social care.",
     "Y Fframwaith Hyfforddiant Cenedlaethol ym mhob sefydliad partner, gyda Gofyn a Gweithredu."),
    ("Making public spaces safer for women and girls",
     "Gwneud mannau cyhoeddus yn fwy diogel i fenywod a merched",
     "Safer night-time economies in Newport and the valley towns, safe routes to and from transport hubs, and "
     "training for licensed premises.",
     "Economïau nos mwy diogel yng Nghasnewydd a threfi’r cymoedd, a llwybrau diogel at drafnidiaeth."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 24mm;
  @bottom-right { content: counter(page); font: 700 9pt 'DejaVu Sans'; color: #5B2A6E; } }
@page bare { margin: 0; @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.55; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #5B2A6E; color: #fff; break-after: page; overflow: hidden; }
.cover .ribbon { position: absolute; right: -20mm; top: 0; width: 80mm; height: 297mm; background: #E8A33D; transform: skewX(-8deg); opacity: .9; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9pt; font-weight: 700; letter-spacing: .8pt; width: 120mm; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; font-size: 24pt; line-height: 1.2; margin: 0; width: 125mm; }
.cover h1.en { top: 150mm; font-size: 20pt; opacity: .92; }
.cover .yr { position: absolute; left: 18mm; top: 215mm; font-size: 16pt; }
.pg { break-before: page; position: relative; min-height: 250mm; }
.cy { border-left: 3mm solid #E8A33D; padding-left: 5mm; margin-left: -8mm; }
.en { border-left: 3mm solid #5B2A6E; padding-left: 5mm; margin-left: -8mm; }
.lang { display: inline-block; font-size: 7.2pt; font-weight: 700; letter-spacing: 1pt; color: #fff; padding: .6mm 2.5mm; margin-bottom: 3mm; }
.cy .lang { background: #B87A1E; } .en .lang { background: #5B2A6E; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: #5B2A6E; margin: 0 0 4mm 0; }
h2 { font-size: 10.8pt; color: #5B2A6E; margin: 5mm 0 2mm 0; }
.toc { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10mm; }
.toc div { display: flex; padding: 2mm 0; font-size: 10pt; border-bottom: 1px dotted #bbb; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin: 2mm 0; }
.stat { background: #F3ECF6; padding: 2.5mm 3mm; } .stat b { font-size: 14pt; color: #5B2A6E; display: block; }
.pri { display: grid; grid-template-columns: 22mm 1fr; gap: 0 4mm; padding: 4mm 0; border-bottom: 1px solid #e2d6e8; }
.pri .n { font-family: 'DejaVu Sans'; font-weight: 700; font-size: 40pt; line-height: 1; color: transparent;
  -webkit-text-stroke: 1.4px #5B2A6E; text-align: center; }
.pri .h { font-family: 'DejaVu Serif', serif; font-weight: 700; font-size: 12.5pt; line-height: 1.3; color: #2A1233; }
.pri .m { font-size: 8.5pt; color: #555; margin-top: 1.5mm; }
.pri .m b { color: #5B2A6E; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #5B2A6E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e2d6e8; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #5B2A6E; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


STATS = [("1 in 4", "women in Gwent will experience domestic abuse in their lifetime", "menyw yng Ngwent yn profi cam-drin domestig yn ystod eu hoes"),
         ("11,200", "domestic abuse incidents and crimes recorded in 2023/24", "digwyddiad a throsedd cam-drin domestig yn 2023/24"),
         ("1,050", "rapes and other sexual offences recorded", "trais a throseddau rhywiol eraill"),
         ("2,300", "survivors supported by specialist services", "goroeswr wedi’u cefnogi gan wasanaethau arbenigol")]


def render(pages):
    P = [f'<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="ribbon"></div><div class="org">BWRDD RHANBARTHOL VAWDASV GWENT<br>'
             'GWENT VAWDASV REGIONAL BOARD</div><h1>Strategaeth Trais yn erbyn Menywod, Cam-drin Domestig a Thrais '
             'Rhywiol</h1><h1 class="en">Violence against Women, Domestic Abuse and Sexual Violence Strategy</h1>'
             '<div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Cynnwys | Contents</h1><div class="toc">')
    for cy, en, k in [("Rhagair", "Foreword", "fw"), ("Cyd-destun", "Context", "ctx"),
                      ("Ein blaenoriaethau", "Our priorities", "pri"), ("Cyflawni", "Delivery", "del"),
                      ("Llywodraethu a mesurau", "Governance and measures", "gov")]:
        P.append(f'<div><span>{e(cy)}</span><span class="d"></span><span>{pages.get(k + "_cy", 0)}</span></div>'
                 f'<div><span>{e(en)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div><p class="note" style="margin-top:6mm">Mae pob adran yn ymddangos yn Gymraeg ac yna yn Saesneg. '
             'Each section appears in Welsh and then in English.</p>')
    # foreword
    P.append('<div class="pg cy"><span class="lang">CYMRAEG</span><h1 class="t">Rhagair</h1>')
    for t in ["Mae trais yn erbyn menywod, cam-drin domestig a thrais rhywiol yn effeithio ar filoedd o bobl yng "
              "Ngwent bob blwyddyn. Mae’n digwydd ym mhob cymuned, ac mae’n effeithio ar blant, teuluoedd a "
              "gweithleoedd.",
              "Mae’r strategaeth hon yn nodi sut y bydd y pum awdurdod lleol, Heddlu Gwent, y bwrdd iechyd, y "
              "gwasanaeth prawf a’r sector arbenigol yn gweithio gyda’i gilydd rhwng 2024 a 2027.",
              "Fe wnaethom wrando ar dros 400 o oroeswyr (ffigur enghreifftiol). Mae eu lleisiau wrth wraidd y "
              "strategaeth hon."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Cadeirydd, Bwrdd Rhanbarthol VAWDASV Gwent</b></p></div>')
    P.append('<div class="pg en"><span class="lang">ENGLISH</span><h1 class="t">Foreword</h1>')
    for t in ["Violence against women, domestic abuse and sexual violence affect thousands of people in Gwent every "
              "year. They happen in every community, and they affect children, families and workplaces.",
              "This strategy sets out how the five local authorities, Gwent Police, the health board, the Probation "
              "Service and the specialist sector will work together from 2024 to 2027, as the Violence against "
              "Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 requires.",
              "We listened to more than 400 survivors (an illustrative figure). Their voices are at the heart of this "
              "strategy."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Gwent VAWDASV Regional Board</b></p></div>')
    # context
    P.append('<div class="pg cy"><span class="lang">CYMRAEG</span><h1 class="t">Cyd-destun</h1><p>Mae’r ffigurau '
             'isod yn rhai enghreifftiol; nid ystadegau swyddogol ydynt.</p><div class="stats">')
    for n, _, cy in STATS:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(cy)}</div>')
    P.append('</div><h2>Y strategaeth genedlaethol</h2><p>Mae Strategaeth Genedlaethol VAWDASV Llywodraeth Cymru yn '
             'gosod chwe amcan cenedlaethol. Mae ein strategaeth ranbarthol yn cyfrannu at bob un ohonynt.</p>'
             '<h2>Ein strategaeth flaenorol</h2><p>Roedd strategaeth 2018–2023 wedi’i threfnu o dan dair thema: '
             'Atal, Diogelu a Chefnogi.</p></div>')
    P.append('<div class="pg en"><span class="lang">ENGLISH</span><h1 class="t">Context</h1><p>The figures below '
             'are illustrative; they are not official statistics.</p><div class="stats">')
    for n, en, _ in STATS:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(en)}</div>')
    P.append('</div><h2>The national strategy</h2><p>The Welsh Government’s national VAWDASV strategy sets six '
             'national objectives, which we paraphrase here. Our regional strategy contributes to all of them; '
             'they are not the regional priorities.</p><ol>')
    for t in ["Challenge public attitudes to violence against women, domestic abuse and sexual violence.",
              "Increase awareness in children and young people of safe, equal and healthy relationships.",
              "Increase the focus on holding perpetrators to account and giving them the chance to change.",
              "Make early intervention and prevention a priority.",
              "Train relevant professionals to respond effectively to victims and survivors.",
              "Give victims equal access to high-quality, needs-led services across Wales."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ol><h2>Our previous strategy</h2><p>The 2018–2023 strategy was organised under three themes: '
             'Prevention, Protection and Support.</p></div>')
    # priorities
    P.append('<div class="pg cy"><span class="lang">CYMRAEG</span><h1 class="t">Ein blaenoriaethau</h1><p>Mae gan y '
             'Bwrdd Rhanbarthol bum blaenoriaeth ar gyfer 2024–2027.</p>')
    for i, (_, cy, _, mcy) in enumerate(PRIORITIES, 1):
        P.append(f'<div class="pri"><div class="n">{i}</div><div><div class="h">{e(cy)}</div>'
                 f'<div class="m"><b>Beth mae hyn yn ei olygu:</b> {e(mcy)}</div></div></div>')
    P.append('</div>')
    P.append('<div class="pg en"><span class="lang">ENGLISH</span><h1 class="t">Our priorities</h1><p>The Regional '
             'Board has five priorities for 2024–2027.</p>')
    for i, (en, _, men, _) in enumerate(PRIORITIES, 1):
        P.append(f'<div class="pri"><div class="n">{i}</div><div><div class="h">{e(en)}</div>'
                 f'<div class="m"><b>What this means:</b> {e(men)}</div></div></div>')
    P.append('</div>')
    # delivery
    DEL = [("Atal / Prevention", "Ymgyrch i ddynion a bechgyn; addysg perthnasoedd iach.",
            "A campaign for men and boys; healthy relationships education in schools.", "Regional team"),
           ("Cyflawnwyr / Perpetrators", "Rhaglen newid ymddygiad ranbarthol.",
            "A regional behaviour change programme with survivor support.", "Probation Service"),
           ("Cymorth / Support", "Cynghorwyr annibynnol ym mhob ysbyty.",
            "Independent advisers in every hospital; more dispersed accommodation.", "Local authorities"),
           ("Gweithlu / Workforce", "Gofyn a Gweithredu ym mhob sefydliad.",
            "Ask and Act in every partner organisation.", "Regional team"),
           ("Mannau cyhoeddus / Public spaces", "Hyfforddiant i safleoedd trwyddedig.",
            "Training for licensed premises and taxi drivers.", "Gwent Police")]
    P.append('<div class="pg cy"><span class="lang">CYMRAEG</span><h1 class="t">Cyflawni</h1><p>Y prif gamau ar '
             'gyfer 2024/25.</p><table><tr><th>Thema</th><th>Prif gamau</th></tr>')
    for lab, cy, _, _ in DEL:
        P.append(f"<tr><td>{e(lab.split(' / ')[0])}</td><td>{e(cy)}</td></tr>")
    P.append('</table></div>')
    P.append('<div class="pg en"><span class="lang">ENGLISH</span><h1 class="t">Delivery</h1><p>The main actions '
             'for 2024/25.</p><table><tr><th>Theme</th><th>Main actions</th><th>Lead</th></tr>')
    for lab, _, en, lead in DEL:
        P.append(f"<tr><td>{e(lab.split(' / ')[1])}</td><td>{e(en)}</td><td>{e(lead)}</td></tr>")
    P.append('</table></div>')
    # governance
    P.append('<div class="pg cy"><span class="lang">CYMRAEG</span><h1 class="t">Llywodraethu a mesurau</h1><p>Mae’r '
             'Bwrdd Rhanbarthol yn cyfarfod bob chwarter ac yn adrodd i Fwrdd Gwasanaethau Cyhoeddus Gwent.</p>'
             '<p class="note">Mae’r llinellau sylfaen yn enghreifftiol.</p></div>')
    P.append('<div class="pg en"><span class="lang">ENGLISH</span><h1 class="t">Governance and measures</h1><p>The '
             'Regional Board meets quarterly and reports to the Gwent Public Services Board. It works with the '
             'Police and Crime Commissioner for Gwent, who funds many of the specialist services.</p><table><tr>'
             '<th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Schools delivering healthy relationships education", "62%", "Up"),
              ("Perpetrators starting a behaviour change programme", "140", "Up"),
              ("Survivors waiting more than two weeks for support", "18%", "Down"),
              ("Staff trained under the National Training Framework", "3,900", "Up"),
              ("Licensed premises trained", "85", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Bwrdd Rhanbarthol VAWDASV Gwent<br>Gwent VAWDASV Regional '
             'Board</h2><p>vawdasv@gwent-region.example</p><p>Helpline: 0800 000 0001 (illustrative)</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw_cy": "Rhagair Mae trais", "fw": "Foreword Violence against", "ctx_cy": "Cyd-destun Mae",
               "ctx": "Context The figures", "pri_cy": "Ein blaenoriaethau Mae gan",
               "pri": "Our priorities The Regional", "del_cy": "Cyflawni Y prif", "del": "Delivery The main",
               "gov_cy": "Llywodraethu a mesurau Mae", "gov": "Governance and measures The Regional"}
    src = work_file("vawdasv.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
