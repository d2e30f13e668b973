"""Gwynedd and Anglesey Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium.

**Bilingual in facing columns** on every page after the cover: Welsh (Cymraeg) in the left column, English in the
right, each block paired across a thin vertical rule, as Gwynedd and Anglesey councils publish.  Five
priorities, stated once, on p6 as the lines carved into two **slate tablets** side by side (dark grey, pale
lettering, a carved diamond between lines, no numbers): the Welsh tablet on the left and the English tablet on
the right.  Gold holds the English wording.
Distractors: the previous priorities and key findings (p4), the PCC's priorities quoted and the principles (p5),
the delivery themes (p7), the measures (p8).
"""
from north_wales.kit import e, html_pdf

FILE = "strategies/gwynedd_anglesey_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Gwynedd and Anglesey Community Safety Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Lleihau ymddygiad gwrthgymdeithasol a'i effaith ar gymunedau",
     "Reducing anti-social behaviour and its effect on communities"),
    ("Mynd i'r afael â throseddau gwledig, bywyd gwyllt a threftadaeth",
     "Tackling rural, wildlife and heritage crime"),
    ("Diogelu plant a phobl ifanc rhag camfanteisio", "Protecting children and young people from exploitation"),
    ("Mynd i'r afael â cham-drin domestig a thrais rhywiol", "Tackling domestic abuse and sexual violence"),
    ("Diogelu pobl hŷn a bregus rhag sgamiau a thwyll", "Protecting older and vulnerable people from scams and fraud"),
]

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-center { content: "Tudalen " counter(page) " · Page " counter(page); font: 7.5pt 'Liberation Sans'; color: #555; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 8.8pt; line-height: 1.45; color: #222; margin: 0; }
section { break-before: page; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; background: #3E4A52; color: #fff; position: relative; }
.cover .sea { position: absolute; left: 0; bottom: 0; width: 210mm; height: 70mm; background: #2A9D8F; }
.cover .cy, .cover .en { position: absolute; width: 85mm; top: 60mm; }
.cover .cy { left: 15mm; } .cover .en { left: 110mm; }
.cover h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 6mm 0; }
.bi { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; position: relative; }
.bi::before { content: ""; position: absolute; left: 50%; top: 0; bottom: 0; border-left: 1px solid #BBB; }
.bi .cy { color: #1F5F57; }
.lang { font-size: 7pt; letter-spacing: 1pt; color: #888; margin-bottom: 2mm; }
h1.t { font-size: 17pt; margin: 0 0 4mm 0; color: #3E4A52; } .cy h1.t { color: #1F5F57; }
h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; color: #2A9D8F; }
.toc div { display: flex; justify-content: space-between; padding: 2mm 0; border-bottom: 1px dotted #999; font-size: 10pt; }
.stat { background: #EEF2F3; padding: 2mm 3mm; margin-bottom: 2mm; } .stat b { font-size: 13pt; display: block; color: #3E4A52; }
.slate { background: linear-gradient(160deg, #4A5560, #2F3840); border-radius: 2mm; padding: 6mm 5mm; color: #E8ECEF;
  box-shadow: 1.5mm 1.5mm 0 #9AA4AA; margin: 4mm 0; }
.slate .hd { font-size: 8pt; letter-spacing: 1.5pt; color: #B8C2C8; text-align: center; margin-bottom: 3mm; }
.slate .ln { font-family: 'DejaVu Serif', serif; font-weight: 700; font-size: 11.5pt; line-height: 1.3; text-align: center; }
.slate .dia { text-align: center; color: #8FA0AA; font-size: 8pt; margin: 2mm 0; }
table.t { width: 100%; border-collapse: collapse; font-size: 8pt; }
table.t th { background: #3E4A52; color: #fff; text-align: left; padding: 1.4mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.4mm; vertical-align: top; }
.note { font-size: 7.3pt; color: #666; }
"""


def bi(cy: str, en: str) -> str:
    return f'<div class="bi"><div class="cy">{cy}</div><div class="en">{en}</div></div>'


def ps(items):
    return "".join(f"<p>{e(t)}</p>" for t in items)


def ul(items):
    return "<ul>" + "".join(f"<li>{e(t)}</li>" for t in items) + "</ul>"


def build(root):
    S = ['<section class="cover"><div class="cy"><h1>Strategaeth Partneriaeth Diogelwch Cymunedol Gwynedd a Môn'
         '</h1>2024 – 2027</div><div class="en"><h1>Gwynedd and Anglesey Community Safety Partnership Strategy</h1>'
         '2024 – 2027</div><div class="sea"></div></section>']
    toc_cy = [("Rhagair", 3), ("Ein hardal", 4), ("Sut rydym yn gweithio", 5), ("Ein blaenoriaethau", 6),
              ("Cyflawni", 7), ("Llywodraethu a mesurau", 8)]
    toc_en = [("Foreword", 3), ("Our area", 4), ("How we work", 5), ("Our priorities", 6), ("Delivery", 7),
              ("Governance and measures", 8)]
    tl = lambda xs: '<div class="toc">' + "".join(f"<div><span>{e(t)}</span><span>{n}</span></div>" for t, n in xs) + "</div>"
    S.append('<section>' + bi('<div class="lang">CYMRAEG</div><h1 class="t">Cynnwys</h1>' + tl(toc_cy),
                              '<div class="lang">ENGLISH</div><h1 class="t">Contents</h1>' + tl(toc_en)) + '</section>')
    S.append('<section>' + bi(
        '<h1 class="t">Rhagair</h1>' + ps([
            "Mae Gwynedd ac Ynys Môn yn llefydd diogel i fyw, gweithio ac ymweld â nhw. Ond rydym yn gwybod bod "
            "ymddygiad gwrthgymdeithasol, camfanteisio a sgamiau yn effeithio ar ormod o bobl.",
            "Mae'r strategaeth hon yn dweud beth fydd y bartneriaeth yn ei wneud dros y tair blynedd nesaf. Mae'n "
            "seiliedig ar ein hasesiad strategol ac ar farn trigolion.",
            "Byddwn yn adrodd ar ein cynnydd bob blwyddyn."]) + "<p><b>Cyd-gadeiryddion y Bartneriaeth</b></p>",
        '<h1 class="t">Foreword</h1>' + ps([
            "Gwynedd and Anglesey are safe places to live, work and visit. But we know that anti-social behaviour, "
            "exploitation and scams affect too many people, and that rural and island communities can feel far from "
            "help.",
            "This strategy says what the partnership will do over the next three years. It is based on our strategic "
            "assessment and on the views of residents.",
            "We will report on our progress every year."]) + "<p><b>Joint Chairs of the Partnership</b></p>") +
        '</section>')
    stats = [("193,000", "trigolion / residents"), ("64%", "yn siarad Cymraeg / speak Welsh"),
             ("9,800", "troseddau / crimes recorded 2023/24"), ("3,100", "digwyddiad ASB / ASB incidents"),
             ("410", "adroddiad sgam / scam reports")]
    st = "".join(f'<div class="stat"><b>{n}</b>{e(t)}</div>' for n, t in stats)
    S.append('<section>' + bi(
        '<h1 class="t">Ein hardal</h1><p>Ffigurau enghreifftiol, nid ystadegau swyddogol.</p>' + st +
        '<h2>Ein blaenoriaethau 2021–2024</h2><p>Roedd gan y strategaeth ddiwethaf dair blaenoriaeth: Cymunedau '
        'diogel; Trais yn erbyn menywod; a Chyffuriau ac alcohol.</p>',
        '<h1 class="t">Our area</h1><p>Illustrative figures, not official statistics.</p>' + st +
        '<h2>Our 2021–2024 priorities</h2><p>The last strategy had three priorities: Safe communities; Violence '
        'against women; and Drugs and alcohol. Drug and alcohol work now sits with the Area Planning Board.</p>'
        '<h2>Key findings</h2>' + ul(["ASB is highest in Bangor, Holyhead and Caernarfon.",
                                      "Sheep worrying and theft of farm machinery have risen.",
                                      "County lines reach the island by road and ferry.",
                                      "Older people lose most to doorstep and phone scams."])) + '</section>')
    S.append('<section>' + bi(
        '<h1 class="t">Sut rydym yn gweithio</h1><h2>Ein hegwyddorion</h2>' + ul([
            "Cymraeg yn gyntaf: rydym yn cynnig gwasanaeth yn Gymraeg.", "Atal: rydym yn gweithredu'n gynnar.",
            "Partneriaeth: rydym yn rhannu gwybodaeth."]) +
        '<h2>Cynllun yr Heddlu a Throsedd</h2><p>Mae gan y Comisiynydd chwe blaenoriaeth ar gyfer 2025–2029.</p>',
        '<h1 class="t">How we work</h1><h2>Our principles</h2>' + ul([
            "Welsh first: we offer every service in Welsh.", "Prevention: we act early.",
            "Partnership: we share information."]) +
        '<h2>The Police and Crime Plan</h2><p>The Commissioner\'s six priorities for 2025–2029 are: Preventing '
        'crime and keeping neighbourhoods safe; Tackling organised crime and exploitation; Supporting victims and '
        'protecting the vulnerable; Reducing reoffending and delivering justice; Making our roads safer; and A police '
        'service the public trust.</p><h2>Statutory duties</h2><p>Crime and Disorder Act 1998; Serious Violence '
        'Duty; VAWDASV (Wales) Act 2015; Prevent duty.</p>') + '</section>')
    dia = '<div class="dia">◆</div>'
    S.append('<section>' + bi(
        '<h1 class="t">Ein blaenoriaethau</h1><p>Dyma\'r pum peth y bydd y bartneriaeth yn canolbwyntio arnynt '
        'rhwng 2024 a 2027.</p><div class="slate"><div class="hd">GWYNEDD A MÔN 2024–2027</div>' +
        dia.join(f'<div class="ln">{e(c)}</div>' for c, _ in PRIORITIES) + '</div>',
        '<h1 class="t">Our priorities</h1><p>These are the five things the partnership will focus on between 2024 '
        'and 2027.</p><div class="slate"><div class="hd">GWYNEDD AND ANGLESEY 2024–2027</div>' +
        dia.join(f'<div class="ln">{e(n)}</div>' for _, n in PRIORITIES) + '</div>') + '</section>')
    rows = [("ASB", "Ymgyrch haf Bangor a Chaergybi", "Summer operation in Bangor and Holyhead"),
            ("Gwledig", "Grŵp troseddau gwledig gyda NFU Cymru", "Rural crime group with farming unions"),
            ("Camfanteisio", "Hyfforddiant i yrwyr tacsis a gwestai", "Training for taxi drivers and hotels"),
            ("VAWDASV", "Gofyn a Gweithredu", "Ask and Act training for frontline staff"),
            ("Sgamiau", "Sgam-farsialiaid yn y gymuned", "Community scam marshals and call blockers")]
    tab = lambda i, hd: ('<table class="t"><tr>' + "".join(f"<th>{h}</th>" for h in hd) + "</tr>" +
                         "".join(f"<tr><td>{e(r[0])}</td><td>{e(r[i])}</td></tr>" for r in rows) + "</table>")
    S.append('<section>' + bi('<h1 class="t">Cyflawni</h1><p>Prif gamau 2024/25:</p>' + tab(1, ["Thema", "Cam"]),
                              '<h1 class="t">Delivery</h1><p>Main actions for 2024/25:</p>' + tab(2, ["Theme", "Action"])
                              ) + '</section>')
    S.append('<section>' + bi(
        '<h1 class="t">Llywodraethu a mesurau</h1><p>Mae\'r bartneriaeth yn adrodd i Fwrdd Gwasanaethau '
        'Cyhoeddus Gwynedd a Môn.</p>',
        '<h1 class="t">Governance and measures</h1><p>The partnership reports to the Gwynedd and Anglesey Public '
        'Services Board and to the North Wales Safer Communities Board. Measures (illustrative baselines):</p>' +
        ul(["ASB incidents: 3,100, down", "Rural crime reports: 240, up (better reporting)",
            "Children referred to the exploitation panel: 38", "Repeat domestic abuse victims: 27%, down",
            "Money lost to scams: £1.2m, down"]) + '<p>csp@gwynedd-mon.example</p>') + '</section>')
    return html_pdf(root, FILE, "gwynedd_mon_csp", TITLE, CSS, S, 8)
