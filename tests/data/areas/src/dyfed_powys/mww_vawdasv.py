"""Mid and West Wales Regional VAWDASV Strategy 2023-2027: HTML printed by Chromium, Welsh and English side by side.

The foreword (p3) and the priorities page (p6) are set in two columns, Welsh on
the left and English on the right.  The five regional priorities are stated
once, on p6, as the bold first lines of the right-hand (English) cells of a
two-column table, each cell with a sentence under the heading; the Welsh cell
of each row prints first.  Distractors: the Welsh headings, the six objectives
of the Welsh Government's national VAWDASV strategy (p5), which resemble
MWW1-MWW4, the definition and principles, the delivery headings (pp7-8), the
outcomes and the governance.
"""
import html

from common import chromium_to_pdf, two_pass
from dyfed_powys.work import work_file

FILE = "strategies/mid_and_west_wales_vawdasv_strategy_2023-27.pdf"
TITLE = "Mid and West Wales Regional VAWDASV Strategy 2023–2027"

PRIORITIES = [
    ("Herio agweddau ac atal cam-drin cyn iddo ddechrau",
     "Byddwn yn gweithio gydag ysgolion, colegau a chymunedau i newid yr agweddau sy'n caniatáu cam-drin.",
     "Challenging attitudes and preventing abuse before it starts",
     "We will work with schools, colleges and communities to change the attitudes that allow abuse to happen."),
    ("Cefnogi goroeswyr gyda gwasanaethau arbenigol sy'n ystyriol o drawma",
     "Bydd pob goroeswr yn cael cymorth arbenigol, ble bynnag y mae'n byw yn y rhanbarth.",
     "Supporting survivors with specialist, trauma-informed services",
     "Every survivor can get specialist help, wherever they live in the region, for as long as they need it."),
    ("Dwyn cyflawnwyr i gyfrif a rhoi cyfle iddynt newid",
     "Byddwn yn herio cyflawnwyr ac yn cynnig rhaglenni newid ymddygiad.",
     "Holding perpetrators to account and giving them the chance to change",
     "Perpetrators are challenged by every agency, and those who are willing are offered behaviour-change "
     "programmes."),
    ("Hyfforddi gweithwyr proffesiynol i adnabod ac ymateb i gam-drin",
     "Bydd staff ym mhob gwasanaeth yn gwybod sut i ofyn a gweithredu.",
     "Training professionals to recognise and respond to abuse",
     "Staff in every public service know how to ask about abuse and what to do next, through Ask and Act."),
    ("Cefnogi plant a phobl ifanc yr effeithiwyd arnynt gan gam-drin",
     "Bydd plant sy'n byw gyda cham-drin yn cael cymorth eu hunain.",
     "Supporting children and young people affected by abuse",
     "Children who live with domestic abuse are victims in their own right and get support of their own."),
]

NATIONAL = [
    "Challenge the public attitude to violence against women, domestic abuse and sexual violence across the Welsh "
    "population",
    "Increase awareness in children and young people of the importance of safe, equal and healthy relationships",
    "Increase the focus on holding perpetrators to account and provide opportunities to change their behaviour",
    "Make early intervention and prevention a priority",
    "Relevant professionals are trained to provide effective, timely and appropriate responses to victims and "
    "survivors",
    "Provide victims with equal access to appropriately resourced, high quality, needs-led services across Wales",
]

DELIVERY = [
    ("Prevention", [("Healthy relationships sessions in every secondary school", "Councils, schools"),
                    ("A regional campaign on coercive control", "Regional team"),
                    ("Bystander training in the universities and colleges", "Universities")]),
    ("Survivors", [("Independent domestic violence advisers in every county", "Police and Crime Commissioner"),
                   ("Independent sexual violence advisers with no waiting list", "Commissioner, health boards"),
                   ("Outreach for survivors in rural areas", "Specialist services")]),
    ("Perpetrators", [("A regional behaviour-change programme", "Commissioner, Probation Service"),
                      ("Domestic violence protection notices in every eligible case", "Dyfed-Powys Police")]),
    ("Workforce", [("Ask and Act training for 3,000 staff", "Regional team"),
                   ("A trained VAWDASV champion in every GP surgery", "Health boards")]),
    ("Children and young people", [("Children's advisers in each refuge", "Councils"),
                                   ("Operation Encompass notifications to every school", "Police, schools")]),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-left { content: "Strategaeth TEMCDTRh Canolbarth a Gorllewin Cymru · Mid and West Wales VAWDASV Strategy"; font: 7pt 'DejaVu Sans'; color: #777; }
  @bottom-right { content: counter(page); font: bold 9pt 'DejaVu Sans'; color: #fff; background: #0F5C6E; padding: 1mm 2.5mm; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.7pt; line-height: 1.48; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #0F5C6E; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .stripe { position: absolute; left: 0; top: 150mm; width: 210mm; height: 3mm; background: #F2A541; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-size: 9pt; line-height: 1.6; }
.cover .cy { position: absolute; left: 20mm; top: 85mm; width: 170mm; font-size: 20pt; line-height: 1.2; color: #BFE3EA; }
.cover h1 { position: absolute; left: 20mm; top: 160mm; width: 170mm; font-size: 24pt; line-height: 1.2; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 225mm; font-size: 16pt; color: #F2A541; }
.page { break-before: page; }
h1.t { font-size: 19pt; color: #0F5C6E; margin: 0 0 4mm 0; }
h1.t span { color: #8AA9B1; font-weight: 400; }
h2 { font-size: 11pt; color: #0F5C6E; margin: 4mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; border-bottom: 1px solid #D7E6EA; font-size: 10pt; }
.toc .l { flex: 1; }
.cols { display: flex; gap: 8mm; }
.cols > div { flex: 1; }
.cols .cyc { color: #3B5E66; }
table.bi { border-collapse: collapse; width: 100%; margin-top: 3mm; }
table.bi td { width: 50%; vertical-align: top; padding: 3.2mm 4mm; border-bottom: 1.5px solid #0F5C6E; }
table.bi td.cyc { background: #EEF5F7; color: #3B5E66; }
table.bi th { text-align: left; font-size: 8pt; letter-spacing: 1pt; color: #0F5C6E; padding: 1mm 4mm; }
table.bi .hd { font-weight: 700; font-size: 10.5pt; color: #0F5C6E; margin-bottom: 1.5mm; line-height: 1.3; }
table.bi td.cyc .hd { color: #3B5E66; }
table.d { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 1mm 0 4mm 0; }
table.d th { text-align: left; background: #0F5C6E; color: #fff; padding: 1.5mm 2mm; }
table.d td { border-bottom: 1px solid #D7E6EA; padding: 1.5mm 2mm; vertical-align: top; }
.tiles { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.tile { border-top: 3px solid #F2A541; background: #F6FAFB; padding: 3mm; font-size: 8.2pt; }
.tile b { display: block; font-size: 15pt; color: #0F5C6E; }
ol li, ul li { margin-bottom: 1mm; }
.note { font-size: 7.4pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #0F5C6E; color: #fff; padding: 175mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">BWRDD RHANBARTHOL TRAIS YN ERBYN MENYWOD, CAM-DRIN DOMESTIG A THRAIS '
             'RHYWIOL<br>REGIONAL VAWDASV BOARD · CANOLBARTH A GORLLEWIN CYMRU / MID AND WEST WALES</div>'
             '<div class="cy">Strategaeth Ranbarthol Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol</div>'
             '<div class="stripe"></div><h1>Regional Violence Against Women, Domestic Abuse and Sexual Violence '
             'Strategy</h1><div class="yr">2023–2027</div></div>')
    P.append('<h1 class="t">Cynnwys <span>/ Contents</span></h1><div class="toc">')
    for t, k in [("Rhagair / Foreword", "fw"), ("Our region", "ctx"), ("The national strategy", "nat"),
                 ("Ein blaenoriaethau / Our priorities", "pri"), ("Delivering the strategy", "del"),
                 ("Outcomes and governance", "gov")]:
        P.append(f'<div><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Rhagair <span>/ Foreword</span></h1><div class="cols"><div class="cyc">')
    for t in ["Mae gan bawb yr hawl i fyw heb drais a cham-drin. Mae'r strategaeth hon yn nodi sut y bydd partneriaid "
              "yn Sir Gaerfyrddin, Ceredigion, Sir Benfro a Phowys yn gweithio gyda'i gilydd i atal trais yn erbyn "
              "menywod, cam-drin domestig a thrais rhywiol.",
              "Mae Deddf Trais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol (Cymru) 2015 yn ei gwneud yn "
              "ofynnol i awdurdodau lleol a byrddau iechyd baratoi strategaeth.",
              "Diolch i'r goroeswyr a rannodd eu profiadau gyda ni."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Cadeirydd y Bwrdd Rhanbarthol</b></p></div><div>")
    for t in ["Everyone has the right to live free from violence and abuse. This strategy sets out how partners in "
              "Carmarthenshire, Ceredigion, Pembrokeshire and Powys will work together to end violence against "
              "women, domestic abuse and sexual violence.",
              "The Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 requires local "
              "authorities and local health boards to prepare a strategy. We have prepared one strategy for the "
              "region, with the Police and Crime Commissioner, Dyfed-Powys Police, the fire and rescue service, the "
              "Probation Service and specialist services.",
              "Thank you to the survivors who shared their experiences with us."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair of the Regional Board</b></p></div></div></div>")
    P.append('<div class="page"><h1 class="t">Our region</h1><p class="note">The figures below are illustrative and are '
             'not official statistics.</p><div class="tiles">')
    for n, c in [("9,800", "domestic abuse incidents and crimes a year"), ("1,100", "sexual offences reported"),
                 ("38%", "of MARAC cases are repeat cases"), ("2,600", "children living in households referred to "
                 "MARAC"), ("240", "perpetrators on a behaviour-change programme"), ("1 in 5", "survivors who "
                 "live more than 30 minutes from a service")]:
        P.append(f'<div class="tile"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2><ul><li>"Living in the countryside, there was nowhere to go."</li>'
             '<li>"I wanted someone to deal with him, not just with me."</li><li>"My children needed help too."</li>'
             '</ul><h2>What we mean by VAWDASV</h2><p>The Act covers domestic abuse, sexual violence, gender-based '
             'violence, including female genital mutilation, forced marriage and so-called honour-based violence, '
             'and sexual exploitation. Men and boys can be victims too, and our services are open to everyone.</p>'
             '</div>')
    P.append('<div class="page"><h1 class="t">The national strategy</h1><p>The Welsh Government\'s national VAWDASV '
             'strategy 2022–2026 has six objectives (as we summarise them):</p><ol>')
    P += [f"<li>{e(n)}</li>" for n in NATIONAL]
    P.append('</ol><p>Our regional priorities translate these national objectives into action for mid and west '
             'Wales.</p><h2>Our principles</h2><ul><li>Survivor-led: survivors help design and review services.</li>'
             '<li>Gender-responsive and intersectional.</li><li>Rural-proofed: every service must reach remote '
             'communities.</li><li>Bilingual: survivors can get help in Welsh.</li></ul>'
             '<h2>The well-being goals</h2><p>The strategy contributes to a healthier Wales, a more equal Wales and a '
             'Wales of cohesive communities, and follows the five ways of working of the Well-being of Future '
             'Generations (Wales) Act 2015.</p></div>')
    P.append('<div class="page"><h1 class="t">Ein blaenoriaethau <span>/ Our priorities</span></h1>'
             '<p>The Regional Board has agreed five priorities for 2023–2027. / Mae\'r Bwrdd Rhanbarthol wedi cytuno '
             'ar bum blaenoriaeth.</p><table class="bi"><tr><th>CYMRAEG</th><th>ENGLISH</th></tr>')
    for cyh, cyt, enh, ent in PRIORITIES:
        P.append(f'<tr><td class="cyc"><div class="hd">{e(cyh)}</div>{e(cyt)}</td>'
                 f'<td><div class="hd">{e(enh)}</div>{e(ent)}</td></tr>')
    P.append('</table></div>')
    P.append('<div class="page"><h1 class="t">Delivering the strategy</h1><p>A yearly delivery plan sets out the '
             'actions under five headings. Each action has a lead partner.</p>')
    for k, (h, acts) in enumerate(DELIVERY):
        if k == 3:
            P.append('</div><div class="page">')
        P.append(f'<h2>{e(h)}</h2><table class="d"><tr><th>Action</th><th>Lead</th></tr>')
        P += [f"<tr><td>{e(a)}</td><td>{e(l)}</td></tr>" for a, l in acts]
        P.append('</table>')
    P.append('<p class="note">Ask and Act is the Welsh Government\'s targeted enquiry approach under the National '
             'Training Framework. Operation Encompass tells schools when a child has been affected by a domestic '
             'abuse incident.</p></div>')
    P.append('<div class="page"><h1 class="t">Outcomes and governance</h1><table class="d"><tr><th>Outcome</th>'
             '<th>Measure</th></tr>')
    for o, m in [("Fewer people experience abuse", "Repeat MARAC cases"), ("Survivors get help sooner",
                 "Days from referral to contact"), ("More perpetrators change", "Programme completions"),
                 ("Staff respond well", "Staff trained under Ask and Act"), ("Children are supported",
                                                                             "Children receiving support")]:
        P.append(f"<tr><td>{e(o)}</td><td>{e(m)}</td></tr>")
    P.append('</table><p class="note">All figures in this strategy are illustrative.</p><h2>Governance</h2><p>The '
             'Regional VAWDASV Board meets quarterly. It reports to the four Public Services Boards and to the '
             'Regional Partnership Board, and it works with the Police and Crime Commissioner, who funds '
             'independent advisers and perpetrator programmes. Local VAWDASV groups in each county lead on '
             'delivery.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Live Fear Free · Byw Heb Ofn</h2><p>0800 000 0000 (illustrative) '
             '</p><p>vawdasv@midwestwales.example</p><p>If you are in danger call 999.</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Rhagair / Foreword Mae gan bawb", "ctx": "Our region The figures",
               "nat": "The national strategy The Welsh", "pri": "Ein blaenoriaethau / Our priorities The Regional",
               "del": "Delivering the strategy A yearly", "gov": "Outcomes and governance Outcome"}
    src = work_file("mww_vawdasv.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
