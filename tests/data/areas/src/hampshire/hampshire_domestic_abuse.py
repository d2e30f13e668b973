"""Hampshire Domestic Abuse Strategy 2024-2027 (Hampshire Domestic Abuse Partnership Board): HTML printed by
Chromium (Liberation Serif headings, Liberation Sans body).

Four priorities, stated once, on p6 as a **row of chevrons**: four arrow-shaped blocks (CSS clip-path) across
the page under the heading "Our four priorities: the journey we want for every survivor", each holding only
the priority in white bold, wrapping over three or four lines; no numbers.  The explanations follow in a
2 x 2 grid under short italic labels ("Before", "Recovery", "Accountability", "Home"), which are
distractors.  The statutory definition and survivor quotes (p4), the national Tackling Domestic Abuse Plan's
four pillars, the 2021-2024 priorities and the principles (p5), the action table (p7) and the outcomes
framework (p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from hampshire.work import e, work_file

FILE = "strategies/hampshire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Hampshire Domestic Abuse Strategy 2024–2027"

PRIORITIES = [
    ("Preventing domestic abuse from happening", "Before",
     "Healthy relationships education in every secondary school, campaigns for young people, and training so that "
     "professionals recognise the early signs."),
    ("Supporting victims and their children to recover and be safe", "Recovery",
     "Independent domestic violence advisers in hospitals and GP practices, specialist support for children, and "
     "help that lasts beyond the crisis."),
    ("Holding perpetrators to account and changing their behaviour", "Accountability",
     "Protection orders and prosecutions where abuse is a crime, and behaviour change programmes for those who are "
     "willing and able to change."),
    ("Providing safe accommodation for victims and their families", "Home",
     "Refuge places, dispersed accommodation and sanctuary schemes, meeting the council's duty under Part 4 of the "
     "Domestic Abuse Act 2021."),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans'; color: #5A2A5E; }
  @bottom-left { content: "Hampshire Domestic Abuse Partnership Board"; font: 7.5pt 'Liberation Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #262626; margin: 0; }
h1, h2 { font-family: 'Liberation Serif', serif; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #5A2A5E; color: #fff;
  break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 190mm; width: 210mm; height: 10mm; background: #E0A526; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 10pt; letter-spacing: 1pt; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 95mm; font-size: 34pt; line-height: 1.1; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 160mm; font-size: 17pt; }
.pg { break-before: page; }
h1.t { font-size: 22pt; color: #5A2A5E; margin: 0 0 5mm 0; font-weight: 700; }
h2 { font-size: 13pt; color: #5A2A5E; margin: 5mm 0 2mm 0; }
.toc { width: 100%; border-collapse: collapse; font-size: 11.5pt; }
.toc td { padding: 2.5mm 0; border-bottom: 1px dashed #b9a1bb; }
.toc td.n { text-align: right; color: #5A2A5E; font-weight: 700; }
.quote { font-family: 'Liberation Serif', serif; font-style: italic; font-size: 11pt; color: #5A2A5E;
  border-left: 3px solid #E0A526; padding-left: 4mm; margin: 3mm 0; }
.figs { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 3mm 0; }
.figs div { background: #F3ECF4; padding: 3mm; font-size: 8.6pt; } .figs b { display: block; font-size: 15pt; color: #5A2A5E; }
.chev { display: flex; margin: 7mm 0 6mm 0; }
.chev div { flex: 1 1 0; min-width: 0; height: 40mm; margin-right: -5mm; padding: 0 9mm 0 11mm; color: #fff;
  font-weight: 700; font-size: 10.8pt; line-height: 1.3; display: flex; align-items: center;
  clip-path: polygon(0 0, 84% 0, 100% 50%, 84% 100%, 0 100%, 16% 50%); }
.chev div:first-child { clip-path: polygon(0 0, 84% 0, 100% 50%, 84% 100%, 0 100%); padding-left: 6mm; }
.chev div:last-child { margin-right: 0; }
.c0 { background: #5A2A5E; } .c1 { background: #7B3F7F; } .c2 { background: #9C5A8F; } .c3 { background: #B9789C; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 7mm; }
.grid p { margin: 0; } .grid i { font-family: 'Liberation Serif', serif; color: #5A2A5E; font-size: 11pt; display: block; }
table.t { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
table.t th { background: #5A2A5E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.t td { border-bottom: 1px solid #ddd0de; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #5A2A5E; color: #fff;
  padding: 175mm 20mm 0 20mm; }
"""


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="org">HAMPSHIRE DOMESTIC ABUSE PARTNERSHIP '
             'BOARD</div><h1>Domestic Abuse Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><table class="toc">')
    for t, k in [("Foreword", "fw"), ("Domestic abuse in Hampshire", "ctx"), ("The national and local picture", "nat"),
                 ("Our four priorities", "pri"), ("What we will do in 2024/25", "del"),
                 ("Outcomes and governance", "gov")]:
        P.append(f'<tr><td>{e(t)}</td><td class="n">{pages.get(k, 0)}</td></tr>')
    P.append('</table>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Domestic abuse can happen to anyone, in any community in Hampshire. It is a crime, it is a cause of "
        "homelessness, and it is an adverse childhood experience that can shape a child's whole life.",
        "The Hampshire Domestic Abuse Partnership Board brings together Hampshire County Council, the eleven district "
        "and borough councils, Hampshire and Isle of Wight Constabulary, the Office of the Police and Crime "
        "Commissioner, the NHS, the Probation Service and specialist domestic abuse services. Southampton, "
        "Portsmouth and the Isle of Wight have their own boards and strategies, and we work closely with them.",
        "This strategy was shaped by more than 300 survivors (illustrative), who told us what helped and what did "
        "not. Their words appear throughout."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Hampshire Domestic Abuse Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Domestic abuse in Hampshire</h1><p>The Domestic Abuse Act 2021 defines '
             'domestic abuse as abusive behaviour between people aged 16 or over who are personally connected. It '
             'includes physical, sexual, economic, psychological and emotional abuse, and controlling or coercive '
             'behaviour. Children who see, hear or experience its effects are victims in their own right.</p>'
             '<p>The figures below are illustrative and are not official statistics.</p><div class="figs">')
    for n, c in [("21,600", "incidents and crimes reported to police"), ("1 in 6", "adults affected in their lifetime"),
                 ("2,300", "cases heard at MARAC"), ("190", "households in safe accommodation")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What survivors told us</h2>')
    for q in ["\u201cI told my GP three times before anyone asked the right question.\u201d",
              "\u201cThe refuge saved my life, but I had to move forty miles from my children's school.\u201d",
              "\u201cHe went on a course and nothing changed; then he went on the right one.\u201d"]:
        P.append(f'<div class="quote">{e(q)}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">The national and local picture</h1><p>The national Tackling Domestic Abuse '
             'Plan (2022) has four pillars: Prioritising prevention; Supporting victims; Pursuing perpetrators; and '
             'a Stronger system. Our priorities reflect them but are our own.</p><h2>Our last strategy</h2><p>The '
             '2020–2023 strategy had three priorities: Early identification; Effective support; and Safe '
             'accommodation. An independent review found good progress on accommodation and less on '
             'prevention.</p><h2>Our principles</h2><ul><li><b>Survivor-led</b>: survivors help design and review '
             'services.</li><li><b>Whole family</b>: we see children and the person causing harm, not only the '
             'adult victim.</li><li><b>Inclusive</b>: services reach older people, disabled people, LGBT+ people '
             'and people from minoritised communities.</li><li><b>Trauma-informed</b>: every contact should help, '
             'not harm.</li></ul><h2>The Police and Crime Plan</h2><p>The Police and Crime Commissioner\'s plan '
             'commits to keeping women and girls safe and to putting victims first. The Commissioner funds '
             'independent advisers and perpetrator programmes in Hampshire.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our four priorities</h1><p>The journey we want for every survivor, and '
             'for every family, runs from stopping abuse before it starts to a safe home of their own. Our four '
             'priorities follow that journey.</p><div class="chev">')
    for k, (name, _, _) in enumerate(PRIORITIES):
        P.append(f'<div class="c{k}">{e(name)}</div>')
    P.append('</div><h2>What the priorities mean</h2><div class="grid">')
    for _, short, txt in PRIORITIES:
        P.append(f'<p><i>{e(short)}</i>{e(txt)}</p>')
    P.append('</div><p>Behind all four sits a workforce that is trained to recognise domestic abuse and to respond '
             'well. We will train 5,000 professionals over the life of the strategy.</p></div>')
    P.append('<div class="pg"><h1 class="t">What we will do in 2024/25</h1><table class="t"><tr><th>Area</th>'
             '<th>Action</th><th>Lead</th><th>By</th></tr>')
    for r in [("Before", "Relationships education resources for every secondary school", "Children's Services", "Sep 2024"),
              ("Before", "Campaign for 16–24 year olds on coercive control", "OPCC, councils", "Feb 2025"),
              ("Recovery", "IDVAs in two more hospitals", "County council", "Oct 2024"),
              ("Recovery", "Children's recovery groups in every district", "Specialist services", "Mar 2025"),
              ("Accountability", "Behaviour change programme expanded to the New Forest", "OPCC", "Jan 2025"),
              ("Accountability", "Domestic abuse protection orders pilot", "Police", "Mar 2025"),
              ("Home", "Twenty more dispersed accommodation units", "District councils", "Mar 2025"),
              ("Home", "Sanctuary scheme in every district", "District councils", "Mar 2025")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Outcomes and governance</h1><p>Our outcomes framework describes the '
             'difference we want to see by 2027:</p><table class="t"><tr><th>Outcome</th><th>Indicator</th></tr>')
    for r in [("Fewer people experience domestic abuse", "Prevalence in the residents' survey"),
              ("Survivors feel safer and recover", "Outcomes recorded by specialist services"),
              ("Fewer repeat victims", "Repeat MARAC referrals"),
              ("More survivors have a safe home", "Households moved on from safe accommodation")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The board meets quarterly and reports to the Health and Wellbeing Board and the Hampshire '
             'Safeguarding Adults and Children partnerships.</p><p class="note">All statistics in this strategy are '
             'illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Hampshire Domestic Abuse Partnership Board</h2>'
             '<p>Elizabeth II Court, Winchester</p><p>dapartnership@hants.example</p><p>If you are in danger, call '
             '999.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Domestic abuse can happen", "ctx": "Domestic abuse in Hampshire The Domestic",
               "nat": "The national and local picture The national", "pri": "Our four priorities The journey",
               "del": "What we will do in 2024/25 Area", "gov": "Outcomes and governance Our"}
    src = work_file("hampshire_domestic_abuse.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
