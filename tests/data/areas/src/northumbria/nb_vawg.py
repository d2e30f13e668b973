"""Northumbria Violence Against Women and Girls Strategy 2024-2029: HTML printed by Chromium.

Five priorities, stated once, on p6, as a vertical "stepper": numbered discs
joined by a line, each beside a heading that CSS sets in capitals
(text-transform: uppercase, so pdftotext prints capitals) and one sentence.
The delivery pages (pp7-9) are organised under the four pillars of the
national Tackling VAWG Strategy ("Prioritising prevention", "Supporting
victims", "Pursuing perpetrators", "A stronger system"), which resemble
three of the priorities; the survivors' voices, the definition of VAWG, the
principles, the delivery tables and the outcomes are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from northumbria.work import work_file

FILE = "strategies/northumbria_vawg_strategy_2024-29.pdf"
TITLE = "Northumbria Violence Against Women and Girls Strategy 2024–2029"

PRIORITIES = [
    ("Preventing violence against women and girls before it happens",
     "Changing the attitudes and behaviours that allow violence to happen, starting with children and young people."),
    ("Supporting victims and survivors to cope and recover",
     "Specialist, trauma-informed support for every woman and girl who needs it, for as long as she needs it."),
    ("Holding perpetrators to account",
     "More perpetrators brought to justice, and more challenged to change their behaviour."),
    ("Making public spaces and the night-time economy safe for women and girls",
     "Streets, transport, campuses and nights out where women and girls are safe and feel safe."),
    ("Increasing safe accommodation for victims and their children",
     "Enough refuge and dispersed accommodation, in the right places, so no one has to stay with an abuser."),
]

PILLARS = [
    ("Prioritising prevention", [("Healthy relationships education in every secondary school", "Councils, schools"),
                                 ("Bystander training at Newcastle, Northumbria and Sunderland universities",
                                  "Universities"),
                                 ("A campaign aimed at men and boys", "OPCC")]),
    ("Supporting victims", [("Independent sexual violence advisers for every victim who wants one", "OPCC"),
                            ("Domestic abuse refuges and dispersed units in every district", "Councils"),
                            ("Counselling without waiting lists for under-18s", "ICB")]),
    ("Pursuing perpetrators", [("Domestic abuse protection orders in every eligible case", "Northumbria Police"),
                               ("Drive for high-harm perpetrators across all six districts", "OPCC, probation"),
                               ("Specialist rape investigation teams (Operation Soteria)", "Northumbria Police")]),
    ("A stronger system", [("Night-time safety charter for licensed venues", "Licensing authorities"),
                           ("Safe routes home audits in each town centre", "Councils, Nexus"),
                           ("One VAWG dataset shared by all partners", "OPCC")]),
]

CSS = """
@page { size: A4; margin: 18mm 20mm 22mm 20mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt 'DejaVu Sans'; color: #6B2D5C; }
  @bottom-left { content: "Northumbria VAWG Strategy 2024–2029"; font: 8pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #2A2A2A; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #6B2D5C; color: #fff; position: relative; overflow: hidden; break-after: page; }
.cover .c1 { position: absolute; right: -40mm; top: -30mm; width: 150mm; height: 150mm; border-radius: 50%; background: #8C4A7C; }
.cover .org { position: absolute; left: 22mm; top: 30mm; font-size: 10pt; letter-spacing: 1.5pt; }
.cover h1 { position: absolute; left: 22mm; top: 120mm; width: 165mm; font-size: 28pt; line-height: 1.15; margin: 0; }
.cover .yr { position: absolute; left: 22mm; top: 190mm; font-size: 18pt; color: #F3C6E4; }
.page { break-before: page; }
h1.t { font-size: 20pt; color: #6B2D5C; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #6B2D5C; margin: 5mm 0 2mm 0; }
.toc div { display: flex; border-bottom: 1px dotted #B98AAE; padding: 2.2mm 0; font-size: 10.5pt; }
.toc .l { flex: 1; }
.tiles { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.tile { background: #F4ECF2; padding: 4mm; }
.tile b { font-size: 18pt; color: #6B2D5C; display: block; }
.voice { border-left: 3px solid #6B2D5C; padding-left: 4mm; font-style: italic; margin: 3mm 0; }
.steps { position: relative; margin-top: 6mm; }
.steps:before { content: ""; position: absolute; left: 7mm; top: 5mm; bottom: 12mm; width: 2px; background: #D8B9CF; }
.step { display: flex; margin-bottom: 8mm; position: relative; }
.step .d { flex: 0 0 14mm; height: 14mm; border-radius: 50%; background: #6B2D5C; color: #fff; font-weight: 700; font-size: 14pt; text-align: center; line-height: 14mm; }
.step .tx { margin-left: 7mm; padding-top: 1mm; }
.step h3 { text-transform: uppercase; font-size: 11pt; letter-spacing: 0.3pt; color: #3A1432; margin: 0 0 1.5mm 0; line-height: 1.3; }
.step p { margin: 0; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { text-align: left; border-bottom: 2px solid #6B2D5C; padding: 1.6mm 2mm; color: #6B2D5C; }
td { border-bottom: 1px solid #E3D3DE; padding: 1.6mm 2mm; vertical-align: top; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 0.8mm; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #3A1432; color: #fff; padding: 160mm 22mm 0 22mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="c1"></div><div class="org">NORTHUMBRIA VAWG STRATEGIC BOARD</div>'
             '<h1>Violence Against Women and Girls Strategy</h1><div class="yr">2024–2029</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("VAWG in Northumbria", "ctx"), ("The national picture", "nat"),
                 ("Our five priorities", "pri"), ("How we will deliver", "del"), ("Measuring progress", "mea")]:
        P.append(f'<div><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Foreword</h1>')
    for t in [
        "Every woman and girl in Northumbria has the right to live free from violence, abuse and harassment. Too many "
        "still do not. One in four women in our area will experience domestic abuse in her lifetime, and many more "
        "are harassed in public, at work or online.",
        "This strategy belongs to the Northumbria VAWG Strategic Board. The board brings together the Police and "
        "Crime Commissioner, Northumbria Police, the six councils, the NHS, the Probation Service, the universities "
        "and specialist women's organisations.",
        "It replaces our 2019 strategy and sets five priorities for the next five years. They were shaped by more "
        "than 1,200 women and girls who told us about their experiences (illustrative).",
        "We will not succeed unless men and boys are part of the answer."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Northumbria VAWG Strategic Board</b></p><h2>What women and girls told us</h2>")
    for q in ["I plan my route home around where the lights are.", "It took me eleven years to tell anyone.",
              "The support I got from my adviser saved my life."]:
        P.append(f'<div class="voice">“{e(q)}”</div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">VAWG in Northumbria</h1><p>The figures below are illustrative and are not '
             'official statistics.</p><div class="tiles">')
    for n, c in [("31,000", "domestic abuse incidents and crimes a year"), ("3,400", "rapes and sexual offences "
                 "reported"), ("1,900", "stalking and harassment crimes"), ("58%", "of women feel unsafe walking "
                 "alone after dark"), ("420", "women and children refused a refuge place for lack of space"),
                 ("9%", "of reported rapes lead to a charge")]:
        P.append(f'<div class="tile"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What we mean by VAWG</h2><p>Violence against women and girls covers domestic abuse, rape and '
             'sexual violence, stalking, harassment in public and online, so-called honour-based abuse, female '
             'genital mutilation, forced marriage and sexual exploitation. Men and boys are also victims of many of '
             'these crimes, and our services are open to them.</p></div>')
    P.append('<div class="page"><h1 class="t">The national picture</h1><p>The Government\'s Tackling Violence Against '
             'Women and Girls Strategy (2021) and the Tackling Domestic Abuse Plan (2022) are organised under four '
             'pillars:</p><ul><li>Prioritising prevention</li><li>Supporting victims</li><li>Pursuing perpetrators</li>'
             '<li>A stronger system</li></ul><p>Violence against women and girls is a national policing requirement, '
             'and the Domestic Abuse Act 2021 places a duty on councils to provide support in safe accommodation.</p>'
             '<h2>Our principles</h2><ul><li>Led by the voices of women and girls.</li><li>Trauma-informed.</li>'
             '<li>Intersectional: recognising that race, disability, age and sexuality shape experience.</li>'
             '<li>Focused on the perpetrator, not on what victims should do differently.</li></ul></div>')
    P.append('<div class="page"><h1 class="t">Our five priorities</h1><p>The board has agreed five priorities for '
             '2024–2029.</p><div class="steps">')
    for i, (name, line) in enumerate(PRIORITIES, 1):
        P.append(f'<div class="step"><div class="d">{i}</div><div class="tx"><h3>{e(name)}</h3><p>{e(line)}</p></div>'
                 '</div>')
    P.append('</div><p>The delivery pages that follow are organised under the four national pillars, so that '
             'partners can report against the national strategy as well as ours.</p></div>')
    P.append('<div class="page"><h1 class="t">How we will deliver</h1><p>Each action has a lead partner. Actions are '
             'reviewed by the board every six months.</p>')
    for k, (pil, acts) in enumerate(PILLARS):
        if k == 2:
            P.append('</div><div class="page">')
        P.append(f'<h2>{e(pil)}</h2><table><tr><th>Action</th><th>Lead</th></tr>')
        for a, l in acts:
            P.append(f"<tr><td>{e(a)}</td><td>{e(l)}</td></tr>")
        P.append("</table>")
    P.append('<p class="note">Operation Soteria is the national programme to improve the investigation of rape.</p>'
             '</div>')
    P.append('<div class="page"><h1 class="t">Measuring progress</h1><table><tr><th>Outcome</th><th>Measure</th></tr>')
    for r in [("Fewer women and girls experience violence", "Crime survey estimate (force area)"),
              ("Victims get support sooner", "Time from referral to first contact"),
              ("More perpetrators are held to account", "Charge rate for rape and domestic abuse"),
              ("Women feel safer in public", "Residents' survey"),
              ("Victims have somewhere safe to go", "Refuge referrals met")]:
        P.append(f"<tr><td>{e(r[0])}</td><td>{e(r[1])}</td></tr>")
    P.append('</table><h2>Governance</h2><p>The Northumbria VAWG Strategic Board meets quarterly and reports to the '
             'Police and Crime Commissioner and to each community safety partnership. Local domestic abuse '
             'partnership boards in each council area lead on safe accommodation.</p></div>')
    P.append('<div class="back"><h2>Northumbria VAWG Strategic Board</h2><p>vawg@northumbria-pcc.example</p>'
             '<p>If you are in danger call 999.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Every woman", "ctx": "VAWG in Northumbria The figures",
               "nat": "The national picture The Government", "pri": "Our five priorities The board",
               "del": "How we will deliver Each action", "mea": "Measuring progress Outcome"}
    src = work_file("nb_vawg.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
