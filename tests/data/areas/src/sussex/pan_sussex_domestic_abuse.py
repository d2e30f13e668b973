"""Pan-Sussex Domestic Abuse Strategy 2024-2027: HTML printed by Chromium (DejaVu Sans body, Liberation
Serif captions).

Four priorities, stated once, on p6 "Our four priorities" as the **captions of four instant photographs**
in a 2 x 2 grid: each "photo" is a white frame with a deep bottom margin and a strip of tape across its top
edge; the picture is a CSS-drawn scene (gradients and shapes, no text) and the caption on the bottom margin
is the priority in bold serif (two or three lines) with a small grey sentence under it; no numbers.  The
national Tackling Domestic Abuse Plan's four pillars and the principles (p5), the survivor quotes and the
statutory definition (p4), the delivery themes (p7) and the outcomes (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from sussex.work import work_file

FILE = "strategies/pan-sussex_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Pan-Sussex Domestic Abuse Strategy 2024–2027"

# (priority, sentence, scene css)
PRIORITIES = [
    ("Preventing domestic abuse through education and early help",
     "Healthy relationships in every school; help for families at the first sign of harm.",
     "background: linear-gradient(#F9D9A6 0 55%, #8DB580 55% 100%);", "sun"),
    ("Safe accommodation and specialist support for survivors and their children",
     "Refuges, sanctuary schemes and advocates across all three local authority areas.",
     "background: linear-gradient(#C9DDF0 0 60%, #D8C7A9 60% 100%);", "house"),
    ("Holding perpetrators to account and changing their behaviour",
     "Swift justice, protection orders and programmes that change behaviour.",
     "background: linear-gradient(#D9D2E9 0 50%, #7C8FA6 50% 100%);", "path"),
    ("Building a workforce that recognises and responds to domestic abuse",
     "Training, champions and supervision in every partner organisation.",
     "background: linear-gradient(#F3D1D6 0 58%, #9CB7A0 58% 100%);", "people"),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 18mm 18mm;
  @bottom-left { content: "Pan-Sussex Domestic Abuse Strategy 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #777; }
  @bottom-right { content: counter(page); font: bold 8.5pt 'DejaVu Sans'; color: #7A2E5A; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #262626; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #7A2E5A; color: #fff; break-after: page; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-size: 9.5pt; letter-spacing: 0.5pt; }
.cover h1 { position: absolute; left: 20mm; top: 110mm; font: bold 34pt 'Liberation Serif', serif; margin: 0; width: 170mm; line-height: 1.1; }
.cover .yr { position: absolute; left: 20mm; top: 160mm; font-size: 18pt; color: #F4C7DD; }
.cover .foot { position: absolute; left: 20mm; bottom: 20mm; font-size: 8.5pt; width: 170mm; color: #F4C7DD; }
.pg { break-before: page; }
h1.t { font: bold 22pt 'Liberation Serif', serif; color: #7A2E5A; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #7A2E5A; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.l { flex: 1; border-bottom: 1px dotted #999; margin-right: 3mm; }
.board { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 10mm; margin-top: 8mm; padding: 0 4mm; }
.photo { position: relative; background: #fff; padding: 4mm 4mm 5mm 4mm; box-shadow: 0 1.2mm 3mm rgba(0,0,0,0.28);
  border: 0.3mm solid #e2e2e2; break-inside: avoid; }
.photo .tape { position: absolute; left: 50%; top: -3mm; width: 26mm; height: 7mm; margin-left: -13mm;
  background: rgba(240, 225, 170, 0.8); }
.photo .pic { height: 46mm; position: relative; overflow: hidden; }
.pic .sun { position: absolute; right: 10mm; top: 6mm; width: 12mm; height: 12mm; border-radius: 50%; background: #F6A623; }
.pic .house { position: absolute; left: 24mm; bottom: 12mm; width: 22mm; height: 16mm; background: #fff; border: 0.8mm solid #5A3E2B; }
.pic .roof { position: absolute; left: 22mm; bottom: 27mm; width: 0; height: 0; border-left: 13mm solid transparent;
  border-right: 13mm solid transparent; border-bottom: 10mm solid #A64B3C; }
.pic .path { position: absolute; left: 20mm; bottom: 0; width: 30mm; height: 24mm; background: #E8E1C9;
  clip-path: polygon(40% 0, 60% 0, 100% 100%, 0 100%); }
.pic .p1, .pic .p2 { position: absolute; bottom: 8mm; width: 10mm; height: 18mm; border-radius: 5mm 5mm 1mm 1mm; }
.pic .p1 { left: 20mm; background: #5E4B8B; } .pic .p2 { left: 34mm; background: #2F7E79; }
.photo .cap { padding-top: 4mm; min-height: 27mm; }
.photo .cap .name { font: bold 13pt 'Liberation Serif', serif; color: #3A1A2E; line-height: 1.2; margin: 0 0 1.5mm 0; }
.photo .cap .s { font-size: 7.8pt; color: #666; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
th { background: #7A2E5A; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E3CFDA; padding: 1.6mm 2mm; vertical-align: top; }
.q { font: italic 10.5pt 'Liberation Serif', serif; border-left: 1mm solid #E7B6CF; padding: 1mm 4mm; margin: 3mm 0; }
.stats { display: flex; gap: 4mm; margin: 3mm 0; }
.stats div { flex: 1; background: #F6E9F0; padding: 3mm; font-size: 8pt; }
.stats b { display: block; font-size: 17pt; color: #7A2E5A; }
.note { font-size: 7.4pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def scene(kind):
    if kind == "sun":
        return '<div class="sun"></div>'
    if kind == "house":
        return '<div class="roof"></div><div class="house"></div>'
    if kind == "path":
        return '<div class="path"></div>'
    return '<div class="p1"></div><div class="p2"></div>'


def render(pages):
    P = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">PAN-SUSSEX DOMESTIC ABUSE PARTNERSHIP BOARD</div>'
             '<h1>Domestic Abuse Strategy</h1><div class="yr">2024–2027</div><div class="foot">Brighton &amp; '
             'Hove City Council · East Sussex County Council · West Sussex County Council · Sussex Police · '
             'Office of the Sussex Police and Crime Commissioner · NHS Sussex</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Domestic abuse in Sussex", "ctx"), ("The national picture and our principles",
                                                                          "nat"),
                 ("Our four priorities", "pri"), ("How we will deliver", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in ["Domestic abuse touches every community in Sussex. It can happen to anyone, and its effects on "
              "children can last a lifetime.",
              "This is the first strategy written jointly by the three local authorities in Sussex with the Police "
              "and Crime Commissioner, Sussex Police and the NHS. It meets our duty under Part 4 of the Domestic "
              "Abuse Act 2021 to assess the need for support in safe accommodation and to publish a strategy.",
              "We wrote it with survivors, and their words run through it. Our thanks go to everyone who shared "
              "their experience with us."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Pan-Sussex Domestic Abuse Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Domestic abuse in Sussex</h1><p>The Domestic Abuse Act 2021 defines '
             'domestic abuse as abusive behaviour between people aged 16 or over who are personally connected. It '
             'includes physical and sexual abuse, violent or threatening behaviour, controlling or coercive '
             'behaviour, economic abuse and psychological or emotional abuse. Children who see, hear or experience '
             'its effects are victims in their own right.</p>'
             '<div class="stats"><div><b>33,000</b>domestic abuse crimes and incidents a year</div><div><b>1 in '
             '5</b>referrals to children\'s social care involve domestic abuse</div><div><b>410</b>households '
             'supported in safe accommodation</div></div><p class="note">Illustrative figures, not official '
             'statistics.</p><h2>What survivors told us</h2>')
    for q in ["“Nobody asked me the question until the third time I was in A&amp;E.”",
              "“The refuge was miles away from my children’s school.”",
              "“He just moved on to the next woman.”"]:
        P.append(f'<div class="q">{q}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national picture and our principles</h1><p>The government\'s '
             'Tackling Domestic Abuse Plan (2022) is built on four pillars:</p><ul><li>Prioritising prevention</li>'
             '<li>Supporting victims</li><li>Pursuing perpetrators</li><li>A stronger system</li></ul>'
             '<p>The Victims and Prisoners Act 2024 and the Sussex Police and Crime Plan 2024–2028 also shape our '
             'work.</p><h2>Our principles</h2><ul><li>Survivors are heard and involved in everything we do.</li>'
             '<li>Children are victims in their own right.</li><li>We recognise that abuse affects people of every '
             'background, and some face extra barriers to help.</li><li>Every contact counts.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our four priorities</h1><p>These are the four things the partnership '
             'will focus on from 2024 to 2027. Each picture was chosen by survivors who helped to write this '
             'strategy.</p><div class="board">')
    for name, sent, bg, kind in PRIORITIES:
        P.append(f'<div class="photo"><div class="tape"></div><div class="pic" style="{bg}">{scene(kind)}</div>'
                 f'<div class="cap"><p class="name">{e(name)}</p><p class="s">{e(sent)}</p></div></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">How we will deliver</h1><table><tr><th>Theme</th><th>What we will do'
             '</th><th>Lead</th></tr>')
    for r in [("Prevention", "Healthy relationships lessons with every secondary school; Operation Encompass in "
                             "every school", "Local authorities"),
              ("Accommodation", "More refuge spaces for women with larger families, and a sanctuary scheme in "
                                "every district", "Local authorities"),
              ("Perpetrators", "Domestic Abuse Protection Orders and a behaviour-change programme in each area",
               "Sussex Police and PCC"),
              ("Workforce", "Domestic abuse champions in GP practices, housing teams and schools",
               "NHS Sussex and councils")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><h2>What will be different by 2027</h2>'
             '<ul><li>More people get help earlier, before abuse escalates.</li><li>No survivor is turned away from '
             'safe accommodation for lack of space.</li><li>Fewer repeat victims and fewer repeat perpetrators.</li>'
             '<li>Every frontline worker knows how to ask and what to do.</li></ul><h2>Governance</h2><p>The '
             'Pan-Sussex Domestic Abuse Partnership Board meets quarterly. It reports to the three local '
             'authorities, the Sussex Police and Crime Commissioner and the community safety partnerships.</p>'
             '<p class="note">All figures are illustrative. Contact: domestic.abuse@sussex-partnership.example</p>'
             '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse touches", "ctx": "Domestic abuse in Sussex The Domestic",
               "nat": "The national picture and our principles The", "pri": "Our four priorities These are",
               "del": "How we will deliver Theme", "gov": "Outcomes and governance What"}
    src = work_file("pan_sussex_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
