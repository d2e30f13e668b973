"""County Durham and Darlington Domestic Abuse and Sexual Violence Strategy 2024-2027: HTML printed by
Chromium (DejaVu Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as the **rooms of a house diagram** ("Building a safe home"): a
CSS-drawn roof (clip-path triangle) holding the vision "Everyone safe at home, in relationships and in
public", a chimney, four rooms in a 2 x 2 grid each holding a priority in bold serif with one sentence
under it, a door between the lower rooms, and a foundation band listing the four principles.  No numbers.
The vision and the principles are not priorities; nor are the national pillars and the previous strategy's
priorities (p5), the survivor quotes (p4), the short delivery labels (p7) and the outcomes (p8).
"""
import html

from common import chromium_to_pdf, two_pass
from durham.work import work_file

FILE = "strategies/county_durham_and_darlington_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "County Durham and Darlington Domestic Abuse and Sexual Violence Strategy 2024–2027"

PRIORITIES = [
    ("Preventing domestic abuse and sexual violence before it happens",
     "Healthy relationships education, bystander training and campaigns that reach young people early."),
    ("Supporting adult and child survivors to recover and thrive",
     "Advocacy, counselling and group work for every survivor who needs it, including children."),
    ("Holding perpetrators to account and changing their behaviour",
     "Swift justice, protection orders and behaviour change programmes that are checked for safety."),
    ("Providing safe accommodation and support at home for survivors and their children",
     "Refuge places, dispersed housing and sanctuary measures, with support in every setting."),
]
PRINCIPLES = ["Survivor voice", "Think family", "Trauma-informed", "Equality of access"]

CSS = """
@page { size: A4; margin: 17mm 18mm 19mm 18mm;
  @bottom-center { content: "Page " counter(page); font: 8pt 'DejaVu Sans'; color: #5B2C6F; }
  @top-left { content: "Domestic Abuse and Sexual Violence Strategy 2024–2027"; font: 7.2pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.5; color: #262626; margin: 0; }
h1, h2, .room b, .roof { font-family: 'DejaVu Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #5B2C6F; color: #fff; break-after: page; overflow: hidden; }
.cover .h { position: absolute; left: 18mm; top: 200mm; width: 174mm; height: 6mm; background: #E8B4D8; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; width: 170mm; }
.cover h1 { position: absolute; left: 18mm; top: 100mm; font-size: 28pt; line-height: 1.2; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 215mm; font-size: 15pt; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #5B2C6F; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #8E3B7A; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1px solid #C9A7C0; margin: 0 2mm 1.4mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { background: #F5ECF3; padding: 2.5mm 3mm; } .stat b { font-size: 14pt; color: #5B2C6F; display: block; }
.quote { font-style: italic; color: #5B2C6F; border-left: 3px solid #E8B4D8; padding-left: 3mm; margin: 2.5mm 0; }
.house { width: 160mm; margin: 4mm auto 0 auto; position: relative; }
.roof { height: 52mm; background: #5B2C6F; clip-path: polygon(50% 0, 100% 100%, 0 100%); color: #fff; text-align: center;
        font-size: 11pt; font-style: italic; padding: 27mm 38mm 0 38mm; line-height: 1.3; }
.chimney { position: absolute; left: 118mm; top: 8mm; width: 12mm; height: 22mm; background: #3F1D4E; z-index: -1; }
.walls { border: 2.5mm solid #5B2C6F; border-top: 0; background: #FBF7FA; display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; padding: 6mm 8mm 0 8mm; }
.room { border: 1.4mm solid #C9A7C0; background: #fff; padding: 4mm; min-height: 42mm; }
.room b { display: block; font-size: 11.4pt; line-height: 1.3; color: #3F1D4E; margin-bottom: 2mm; }
.room span { font-size: 8.4pt; color: #555; }
.door { grid-column: 1 / span 2; height: 16mm; position: relative; }
.door div { position: absolute; left: 61mm; width: 20mm; height: 16mm; background: #8E3B7A; bottom: 0; }
.found { background: #3F1D4E; color: #fff; display: grid; grid-template-columns: repeat(4, 1fr); text-align: center; font-size: 8pt; padding: 2.5mm 0; width: 170mm; margin-left: -5mm; }
.found i { display: block; font-size: 6.8pt; color: #E8B4D8; letter-spacing: 0.8pt; font-style: normal; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #5B2C6F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E3D3DF; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def house():
    rooms = "".join(f'<div class="room"><b>{e(p)}</b><span>{e(d)}</span></div>' for p, d in PRIORITIES[:2])
    rooms2 = "".join(f'<div class="room"><b>{e(p)}</b><span>{e(d)}</span></div>' for p, d in PRIORITIES[2:])
    found = "".join(f'<div><i>FOUNDATION</i>{e(x)}</div>' for x in PRINCIPLES)
    return ('<div class="house"><div class="chimney"></div><div class="roof">Everyone safe at home, in '
            f'relationships and in public</div><div class="walls">{rooms}{rooms2}<div class="door"><div></div>'
            f'</div></div><div class="found">{found}</div></div>')


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">COUNTY DURHAM AND DARLINGTON DOMESTIC ABUSE AND SEXUAL VIOLENCE '
             'EXECUTIVE GROUP</div><h1>Domestic Abuse and Sexual Violence Strategy</h1><div class="h"></div>'
             '<div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Understanding the problem", "ctx"), ("The national and local picture", "nat"),
                 ("Our priorities: building a safe home", "pri"), ("Delivering the strategy", "del"),
                 ("Outcomes and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse and sexual violence can happen to anyone, in any community. The harm they do lasts long "
        "after the abuse stops, and it reaches children who see and hear it.",
        "This strategy is owned by the Domestic Abuse and Sexual Violence Executive Group, which brings together "
        "Durham County Council, Darlington Borough Council, Durham Constabulary, the Office of the Police, Crime "
        "and Victims' Commissioner, the NHS, the Probation Service and specialist services.",
        "It was shaped by more than 300 survivors (illustrative) who told us what helped them and what got in "
        "the way. We are grateful to every one of them.",
        "Our ambition is simple to say and hard to achieve: that everyone in County Durham and Darlington is safe "
        "at home, in their relationships and in public."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Domestic Abuse and Sexual Violence Executive Group</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Understanding the problem</h1><p>The Domestic Abuse Act 2021 defines '
             'domestic abuse as abusive behaviour between people aged 16 or over who are personally connected. It '
             'includes physical, sexual, economic, psychological and emotional abuse and coercive control.</p>'
             '<p class="note">The figures below are illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("11,200", "domestic abuse incidents and crimes a year"), ("1,450", "rapes and sexual offences "
                 "recorded"), ("3,100", "children living in households referred to MARAC"),
                 ("420", "households supported in safe accommodation")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["“I didn't know what was happening to me was abuse until someone named it.”",
              "“My children needed help too, and there was a waiting list.”",
              "“Leaving meant leaving my home, my job and my friends.”"]:
        P.append(f'<p class="quote">{e(q)}</p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national and local picture</h1><h2>The national plan</h2><p>The '
             'Government\'s Tackling Domestic Abuse Plan has four pillars: Prioritising prevention; Supporting '
             'victims; Pursuing perpetrators; and A stronger system. The Tackling Violence Against Women and Girls '
             'Strategy sets out the same approach for all forms of VAWG.</p><h2>Our duties</h2><p>Under Part 4 of '
             'the Domestic Abuse Act 2021 both councils must assess the need for support in safe accommodation and '
             'publish a strategy to meet it. This strategy is that strategy for both council areas.</p>'
             '<h2>Our last strategy</h2><p>The 2020–2023 strategy had four priorities: Early intervention; Protection '
             'and support; Pursuing offenders; and Working together. An evaluation found good progress on '
             'protection, but long waits for children\'s support and few places in perpetrator programmes.</p>'
             '<h2>The Police and Crime Plan</h2><p>Ending violence against women and girls is one of the six '
             'priorities in the Police, Crime and Victims\' Commissioner\'s plan for 2025–2029.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities: building a safe home</h1><p>Our four priorities are the '
             'rooms of the house below. The roof is our shared vision and the foundation is the way we work.</p>')
    P.append(house())
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivering the strategy</h1><table><tr><th>Short name</th>'
             '<th>Key actions 2024–2025</th><th>Lead</th></tr>')
    for r in [("Prevent", "Healthy relationships lessons in all secondary schools; a bystander campaign in the "
               "night-time economy", "Public health"),
              ("Recover", "Children's recovery groups in every locality; ISVA capacity increased", "Councils, OPCC"),
              ("Accountability", "Perpetrator programme places doubled; DVPO use monitored", "Police, probation"),
              ("Home", "Twelve more dispersed units; sanctuary scheme across both councils", "Housing")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Workforce</h2><p>Every partner will train its frontline staff to recognise domestic abuse '
             'and sexual violence and to respond safely.</p></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><h2>Outcomes we want by 2027</h2><ul>'
             '<li>More survivors tell us they feel safe and in control of their lives.</li>'
             '<li>Fewer repeat referrals to MARAC.</li><li>More perpetrators complete a programme.</li>'
             '<li>No survivor turned away from safe accommodation for lack of space.</li></ul>'
             '<table><tr><th>Measure</th><th>Baseline (illustrative)</th></tr>')
    for r in [("Repeat MARAC referrals", "29%"), ("Survivors completing support", "71%"),
              ("Perpetrator programme completions", "84"), ("Refusals for lack of space", "37")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Governance</h2><p>The Executive Group meets quarterly and reports to the Safe Durham '
             'Partnership and the Darlington Community Safety Partnership. Its Local Partnership Board oversees the '
             'safe accommodation duty.</p><p>Contact: dasv.executive@durham.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse and", "ctx": "Understanding the problem The Domestic",
               "nat": "The national and local picture", "pri": "Our priorities: building a safe home Our four",
               "del": "Delivering the strategy Short name", "gov": "Outcomes and governance Outcomes"}
    src = work_file("dasv.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
