"""Derby and Derbyshire Domestic Abuse and Sexual Violence Strategy 2024-2027: HTML/CSS printed by Chromium
(DejaVu Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as **hot-air balloons** rising over a sky panel ("Lifting survivors up"):
each balloon is a CSS-drawn envelope (rounded, striped with a gradient) holding the priority in white bold,
with two ropes and a basket under it; the balloons float at different heights.  No numbers.  A grey caption
under each basket names the lead group.  The survivors' quotes (p4), the previous strategy's priorities (p4),
the national Tackling Domestic Abuse Plan pillars and the principles (p5), the captions, the delivery themes
(p7) and the outcomes (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from derbyshire.work import work_file

FILE = "strategies/derby_and_derbyshire_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Derby and Derbyshire Domestic Abuse and Sexual Violence Strategy 2024–2027"

PRIORITIES = [
    ("Preventing domestic abuse and sexual violence before it starts", "Lead: Prevention and Education Group",
     "#8E3B8A", "#B35FAE", 8, 40),
    ("Safe accommodation and specialist support for every victim who needs it", "Lead: Safe Accommodation Group",
     "#D0643B", "#E68A62", 50, 10),
    ("Holding perpetrators to account and changing their behaviour", "Lead: Perpetrator Group",
     "#2F6F8F", "#5593B3", 92, 48),
    ("Supporting children and young people harmed by domestic abuse", "Lead: Children and Families Group",
     "#3C8D5A", "#62B07E", 134, 18),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-center { content: "Page " counter(page); font: 8pt 'DejaVu Sans'; color: #6B2D6A; }
  @top-left { content: "Domestic Abuse and Sexual Violence Strategy 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
h1.t, h2 { font-family: 'DejaVu Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F4ECF3; break-after: page; overflow: hidden; }
.cover .blk { position: absolute; left: 0; top: 0; width: 210mm; height: 150mm; background: #6B2D6A; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 9.5pt; font-weight: 700; color: #fff; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; font: bold 27pt 'DejaVu Serif', serif; color: #fff; line-height: 1.2; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 165mm; font-size: 16pt; color: #6B2D6A; }
.cover .help { position: absolute; left: 18mm; bottom: 20mm; width: 174mm; font-size: 9pt; color: #333; border-top: 2px solid #6B2D6A; padding-top: 3mm; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #6B2D6A; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #6B2D6A; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.t { flex: 1; }
.toc div span.t::after { content: " ·························································································"; color: #C9A6C7; white-space: nowrap; overflow: hidden; }
.toc div span.t { overflow: hidden; white-space: nowrap; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.stat { border-top: 3px solid #6B2D6A; padding: 1.5mm 0; } .stat b { font-size: 15pt; color: #6B2D6A; display: block; }
.quote { font-family: 'DejaVu Serif', serif; font-style: italic; color: #4A2049; border-left: 3px solid #C9A6C7; padding-left: 4mm; margin: 3mm 0; }
.sky { position: relative; width: 176mm; height: 178mm; margin-top: 4mm; border-radius: 4mm; overflow: hidden;
  background: linear-gradient(#CFE6F5, #F7FBFE 70%, #E9F2E2 100%); }
.sky .hill { position: absolute; left: -10mm; bottom: -30mm; width: 200mm; height: 55mm; border-radius: 50%; background: #C9DDB8; }
.bal { position: absolute; width: 40mm; }
.env { width: 40mm; height: 48mm; border-radius: 50% 50% 46% 46% / 56% 56% 44% 44%; color: #fff; font-weight: 700;
  font-size: 9.6pt; line-height: 1.25; display: flex; align-items: center; justify-content: center; text-align: center; padding: 3mm 3.5mm; }
.ropes { position: relative; height: 12mm; }
.ropes i { position: absolute; top: 0; width: 0; height: 12mm; border-left: 1px solid #7a6a5a; }
.basket { width: 11mm; height: 7mm; margin: 0 auto; background: #9C6B3C; border-radius: 0 0 1.5mm 1.5mm; }
.cap { font-size: 7pt; color: #555; text-align: center; margin-top: 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #6B2D6A; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e4d4e3; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def balloons():
    out = ['<div class="sky"><div class="hill"></div>']
    for name, lead, c1, c2, left, top in PRIORITIES:
        out.append(f'<div class="bal" style="left:{left - 4}mm;top:{top}mm">'
                   f'<div class="env" style="background:repeating-linear-gradient(90deg,{c1} 0 8mm,{c2} 8mm 16mm)">'
                   f'{e(name)}</div><div class="ropes"><i style="left:12mm"></i><i style="left:26mm"></i></div>'
                   f'<div class="basket"></div><div class="cap">{e(lead)}</div></div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="blk"></div><div class="org">DERBY AND DERBYSHIRE DOMESTIC ABUSE AND '
             'SEXUAL VIOLENCE BOARD</div><h1>Domestic Abuse and Sexual Violence Strategy</h1>'
             '<div class="yr">2024 – 2027</div><div class="help">If you are in danger, call 999. For confidential '
             'advice, call the Derbyshire domestic abuse helpline on 0800 000 0000 (illustrative).</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("What we know", "ctx"), ("What shapes this strategy", "nat"),
                 ("Our priorities", "pri"), ("Making it happen", "del"), ("Outcomes and governance", "gov")]:
        P.append(f'<div><span class="t">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse and sexual violence touch every community in Derby and Derbyshire. They are crimes that "
        "happen mostly behind closed doors, and most victims never tell the police.",
        "This strategy belongs to the Derby and Derbyshire Domestic Abuse and Sexual Violence Board, which brings "
        "together both councils, Derbyshire Constabulary, the Police and Crime Commissioner, the NHS, the Probation "
        "Service and specialist services. It meets our duties under Part 4 of the Domestic Abuse Act 2021.",
        "It was written with the survivors' panel, whose words appear throughout. We thank them for their courage.",
        "The strategy has four priorities, set out on page 6."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Independent Chair, Derby and Derbyshire Domestic Abuse and Sexual Violence Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">What we know</h1><p>The figures are illustrative and are not official '
             'statistics.</p><div class="stats">')
    for n, c in [("27,000", "adults in Derby and Derbyshire estimated to have experienced domestic abuse last year"),
                 ("14,600", "domestic abuse incidents and crimes recorded"), ("1,900", "sexual offences recorded"),
                 ("410", "households placed in safe accommodation"), ("6,200", "children living with domestic "
                                                                     "abuse known to services"),
                 ("1 in 7", "MARAC cases involving a repeat victim")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["“I needed someone to believe me the first time.”", "“There was nowhere for me and my sons to go.”",
              "“He did a course and nothing changed. Somebody has to watch him, not me.”"]:
        P.append(f'<p class="quote">{e(q)}</p>')
    P.append('<h2>Our 2020–2023 strategy</h2><p>The previous strategy had three priorities: Early identification; '
             'Support for victims; and Perpetrators. The review of that strategy found good progress on support, '
             'but too little prevention work with young people.</p></div>')
    P.append('<div class="pg"><h1 class="t">What shapes this strategy</h1><h2>The national plan</h2><p>The Tackling '
             'Domestic Abuse Plan has four pillars: Prioritising prevention; Supporting victims; Pursuing '
             'perpetrators; and A stronger system. The Tackling Violence Against Women and Girls Strategy sets the '
             'wider frame.</p><h2>Our principles</h2><ul><li><b>Believe and act</b>: every disclosure is taken '
             'seriously.</li><li><b>Children are victims in their own right</b>, as the 2021 Act says.</li>'
             '<li><b>Trauma-informed</b>: services understand the impact of abuse.</li><li><b>Equal access</b>: '
             'for older, disabled, LGBT+ and minoritised victims, and for men.</li></ul><h2>The Police and Crime '
             'Plan</h2><p>The Commissioner\'s plan includes the priority Tackling violence against women and girls, '
             'and funds independent advisers and safe accommodation through its victims priority.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>Our four priorities for 2024–2027 are shown below. '
             'Each is led by a group of the board.</p>')
    P.append(balloons())
    P.append('<p class="note">Every priority applies equally to domestic abuse and to sexual violence.</p></div>')
    P.append('<div class="pg"><h1 class="t">Making it happen</h1><table><tr><th>Theme</th><th>What we will do in '
             '2024/25</th></tr>')
    for r in [("Prevention", "Healthy relationships lessons in every secondary school; a campaign with Derby County "
               "Community Trust"), ("Accommodation", "Twelve more refuge spaces; dispersed safe homes in the High "
               "Peak; sanctuary schemes"), ("Perpetrators", "A behaviour change programme for high-harm "
               "perpetrators; more protection orders"), ("Children", "Operation Encompass in every school; "
               "therapeutic groups for children")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>We will know the strategy is working '
             'when:</p><ul><li>more victims tell someone sooner;</li><li>no victim is turned away from safe '
             'accommodation for lack of space;</li><li>fewer perpetrators go on to abuse again;</li><li>children '
             'say they feel safer at home.</li></ul><p>The board meets quarterly and reports to both community '
             'safety partnerships, both safeguarding partnerships and the Police and Crime Commissioner.</p>'
             '<table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Referrals to specialist services", "7,400", "Up"), ("Repeat MARAC cases", "1 in 7", "Down"),
              ("Households turned away from refuge", "96", "Down"), ("Perpetrators completing a programme", "140",
                                                                      "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative. Contact: dasvboard@derbyshire.example</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse and sexual", "ctx": "What we know The figures",
               "nat": "What shapes this strategy The national", "pri": "Our priorities Our four",
               "del": "Making it happen Theme", "gov": "Outcomes and governance We will"}
    src = work_file("domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
