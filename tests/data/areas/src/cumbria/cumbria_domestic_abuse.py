"""Cumbria Domestic Abuse and Sexual Violence Strategy 2024-2027: a web page printed by Chromium (DejaVu Serif
headings).

Four priorities, stated once, on p6 as the **header bars of an expanded accordion**, printed from the
partnership's web page: each item is a bordered bar with the priority in bold and a CSS-drawn minus sign (no text
glyph) at the right, then its open panel with two sentences.  Below, under "More about this strategy", three
**collapsed** accordion bars with a CSS plus sign ("The national Tackling Domestic Abuse Plan", "Definitions",
"Easy read version") are not priorities.  A site header strip and a "Last updated" line repeat on each page.

Distractors: the national plan's four pillars and the principles (p5), the definitions and survivor quotes (p4),
the collapsed bars (p6), the delivery themes (p7) and the outcomes (p8).
"""
import html

from common import chromium_to_pdf, two_pass
from cumbria.work import work_file

FILE = "strategies/cumbria_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Cumbria Domestic Abuse and Sexual Violence Strategy 2024–2027"

PRIORITIES = [
    ("Preventing domestic abuse and sexual violence before it starts",
     "Healthy relationships education in every school and college, and campaigns that challenge the attitudes "
     "that excuse abuse. We will work with employers, sports clubs and faith groups to reach adults too."),
    ("Helping victims, survivors and their children to recover and rebuild their lives",
     "Independent domestic violence and sexual violence advisers in every part of the county, therapeutic support "
     "for children, and services that reach people in rural areas and older victims."),
    ("Holding perpetrators to account and changing their behaviour",
     "A consistent police and criminal justice response to every report, and perpetrator programmes, including "
     "for people who are not yet in contact with the courts."),
    ("Making sure victims and survivors have a safe place to live",
     "Refuge places in the north and south of the county, dispersed safe accommodation, sanctuary schemes and "
     "support to stay safely in their own home where that is what they want."),
]
COLLAPSED = ["The national Tackling Domestic Abuse Plan", "Definitions", "Easy read version"]

CSS = """
@page { size: A4; margin: 22mm 16mm 18mm 16mm;
  @top-left { content: "cumbriadasv.example  ›  Our strategy"; font: 7.5pt 'DejaVu Sans'; color: #6d5a7a; }
  @top-right { content: "Quick exit ✕"; font: bold 7.5pt 'DejaVu Sans'; color: #B0223E; }
  @bottom-left { content: "Last updated: April 2024"; font: 7pt 'DejaVu Sans'; color: #888; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt 'DejaVu Sans'; color: #4B2E63; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-left { content: none }
  @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.55; color: #2a2a2a; margin: 0; }
h1, h2 { font-family: 'DejaVu Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #4B2E63; color: #fff; break-after: page; }
.cover .nav { position: absolute; top: 0; left: 0; right: 0; height: 14mm; background: #fff; color: #4B2E63; font-size: 8.5pt; padding: 4.5mm 16mm; }
.cover .nav span { margin-right: 8mm; }
.cover h1 { position: absolute; left: 16mm; top: 95mm; font-size: 29pt; line-height: 1.18; width: 170mm; margin: 0; }
.cover .yr { position: absolute; left: 16mm; top: 150mm; font-size: 15pt; color: #E8C7D9; }
.cover .by { position: absolute; left: 16mm; bottom: 24mm; font-size: 9pt; color: #E8C7D9; width: 170mm; }
.cover .help { position: absolute; right: 16mm; top: 24mm; background: #B0223E; padding: 3mm 5mm; font-size: 8.5pt; font-weight: 700; border-radius: 2mm; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #4B2E63; margin: 0 0 4mm 0; }
h2 { font-size: 12pt; color: #B0223E; margin: 5mm 0 2mm 0; }
.toc a { display: block; color: #4B2E63; text-decoration: none; font-size: 10.5pt; padding: 2mm 0 2mm 4mm; border-left: 3px solid #E8C7D9; margin-bottom: 1.5mm; }
.toc a span { float: right; color: #777; }
.stats { display: flex; gap: 3mm; margin: 3mm 0; }
.stat { flex: 1; border: 1px solid #d9cce3; padding: 3mm; } .stat b { display: block; font-size: 15pt; color: #4B2E63; }
blockquote { font-family: 'DejaVu Serif', serif; font-style: italic; color: #4B2E63; border-left: 3px solid #B0223E; margin: 2mm 0 2mm 0; padding: 1mm 4mm; }
.acc { border: 1px solid #b9a6c7; border-radius: 1.5mm; margin: 0 0 3mm 0; }
.acc .bar { position: relative; background: #F3EEF7; padding: 3mm 16mm 3mm 4mm; font-weight: 700; font-size: 11pt; color: #4B2E63; line-height: 1.3; }
.acc .bar i { position: absolute; right: 5mm; top: 50%; width: 4.5mm; height: 0.8mm; background: #4B2E63; margin-top: -0.4mm; }
.acc .bar i.plus::after { content: ""; position: absolute; left: 1.85mm; top: -1.85mm; width: 0.8mm; height: 4.5mm; background: #4B2E63; }
.acc .panel { padding: 2.5mm 4mm 3mm 4mm; border-top: 1px solid #b9a6c7; }
.acc.closed .bar { background: #fff; font-weight: 400; font-size: 9.5pt; padding-top: 2.2mm; padding-bottom: 2.2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm 0; }
th { background: #4B2E63; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e1d7e8; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="nav"><span><b>Cumbria DASV Partnership</b></span><span>Get help</span>'
             '<span>Our strategy</span><span>For professionals</span><span>News</span></div>'
             '<div class="help">Need help now? Call 999</div>'
             '<h1>Domestic Abuse and Sexual Violence Strategy</h1><div class="yr">Cumbria 2024 – 2027</div>'
             '<div class="by">Cumbria Domestic Abuse and Sexual Violence Partnership: Cumberland Council, Westmorland '
             'and Furness Council, the Police, Fire and Crime Commissioner, Cumbria Constabulary, the NHS, the '
             'Probation Service and specialist services.</div></div>')
    P.append('<h1 class="t">Contents</h1><p>On this page:</p><div class="toc">')
    for t, k in [("A message from the partnership", "fw"), ("Abuse in Cumbria", "ctx"),
                 ("The national and local picture", "nat"), ("Our four priorities", "pri"),
                 ("How we will deliver", "del"), ("Outcomes and governance", "gov"), ("Getting help", "help")]:
        P.append(f'<a>{e(t)}<span>{pages.get(k, 0)}</span></a>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">A message from the partnership</h1>')
    for t in [
        "Domestic abuse and sexual violence can happen to anyone, in any community. In a county as large and rural "
        "as Cumbria, victims can be far from help, and abusers can use that isolation.",
        "This strategy is owned by the Cumbria Domestic Abuse and Sexual Violence Partnership, which meets the "
        "duties of the Domestic Abuse Act 2021 for both Cumberland Council and Westmorland and Furness Council. It "
        "was shaped by survivors, by specialist services and by the people who work with families every day.",
        "We have published it as a web page so that it is easy to find and to read on a phone. This printed "
        "version is the same text."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Cumbria Domestic Abuse and Sexual Violence Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Abuse in Cumbria</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("7,600", "domestic abuse incidents and crimes"), ("880", "sexual offences reported"),
                 ("1,300", "children in households referred to MARAC"), ("64", "refuge places needed")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What we mean</h2><p>Domestic abuse is abusive behaviour between people aged 16 or over who '
             'are personally connected, as defined in the Domestic Abuse Act 2021. Sexual violence is any sexual act '
             'without consent. Both include coercive and controlling behaviour, economic abuse and abuse online.</p>'
             '<h2>What survivors told us</h2>')
    for q in ["I lived twenty miles from the nearest town. There was nobody to tell.",
              "The refuge saved my life, but I had to leave my job and my children's school.",
              "He was never asked to change. I was the one who had to move."]:
        P.append(f"<blockquote>{e(q)}</blockquote>")
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national and local picture</h1><h2>The national plan</h2><p>The '
             'Government\'s Tackling Domestic Abuse Plan has four pillars:</p><ol><li>Prioritising prevention</li>'
             '<li>Supporting victims</li><li>Pursuing perpetrators</li><li>A stronger system</li></ol>'
             '<h2>The Police and Crime Plan</h2><p>The Police, Fire and Crime Commissioner\'s plan for 2025–2029 '
             'makes tackling violence against women and girls one of its six priorities, and funds specialist '
             'support for victims under its priority of putting victims first.</p>'
             '<h2>Our principles</h2><ul><li><b>Survivor-led</b>: services are shaped by the people who use them.</li>'
             '<li><b>Whole family</b>: children are victims in their own right.</li>'
             '<li><b>Equal access</b>: the same help in Alston as in Barrow.</li>'
             '<li><b>Trauma-informed</b>: we understand the impact of abuse.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our four priorities</h1><p>Select a priority to read what it means. '
             'All four are shown open in this printed version.</p>')
    for name, txt in PRIORITIES:
        P.append(f'<div class="acc"><div class="bar">{e(name)}<i></i></div><div class="panel">{e(txt)}</div></div>')
    P.append('<h2>More about this strategy</h2>')
    for name in COLLAPSED:
        P.append(f'<div class="acc closed"><div class="bar">{e(name)}<i class="plus"></i></div></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">How we will deliver</h1><p>Each priority has a task group. The main '
             'actions for 2024/25:</p><table><tr><th>Theme</th><th>Main actions 2024/25</th><th>Lead</th></tr>')
    for r in [("Prevent", "Healthy relationships lessons in every secondary school; a county-wide campaign on "
                          "coercive control.", "Public health"),
              ("Recover", "Four new IDVA posts; a children's therapeutic service in Furness and West Cumbria.",
               "PFCC commissioning"),
              ("Accountability", "A domestic abuse perpetrator programme in Carlisle, Kendal and Barrow; "
                                 "a stalking clinic.", "Police and probation"),
              ("Safe homes", "Twelve new dispersed units; sanctuary scheme in both council areas.", "Housing")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>By 2027 we want to see:</p><ul>'
             '<li>more people asking for help earlier;</li><li>fewer repeat referrals to MARAC;</li>'
             '<li>more victims saying they feel safe after support;</li><li>more perpetrators completing a '
             'programme.</li></ul><p>The partnership reports to both councils\' health and wellbeing boards and '
             'to the Police, Fire and Crime Commissioner. The safe accommodation needs assessment is refreshed '
             'every year.</p><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Repeat MARAC referrals", "32%", "Down"), ("Victims who feel safer after support", "81%", "Up"),
              ("Perpetrator programme completions", "60", "Up"), ("Refuge and dispersed places", "41", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="pg"><h1 class="t">Getting help</h1><p>If you are in danger, call 999. If you cannot '
             'speak, press 55 when prompted.</p><p>Cumbria domestic abuse helpline: 0800 000 000 (illustrative)</p>'
             '<p>Sexual violence support: help@cumbriadasv.example</p><p>Partnership enquiries: '
             'partnership@cumbriadasv.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "A message from the partnership Domestic abuse", "ctx": "Abuse in Cumbria The figures",
               "nat": "The national and local picture The national", "pri": "Our four priorities Select",
               "del": "How we will deliver Each", "gov": "Outcomes and governance By 2027",
               "help": "Getting help If you"}
    src = work_file("cumbria_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
