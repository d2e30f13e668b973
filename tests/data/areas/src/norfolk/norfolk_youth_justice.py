"""Norfolk Youth Justice Plan 2024-25 (Norfolk Youth Justice Board): HTML printed by Chromium (YJB plan
headings; DejaVu Sans).

Five priorities, stated once, on p7 as **pairs of "board words" and "children's words"**: under two column
captions ("What the board has agreed" / "What this means, in the words of children we work with"), each row
holds a dark card with the priority in white bold on the left, and on the right a pale speech bubble (a CSS
triangle points back at the card) with the children's version of it in italics.  No numbers.  The speech
bubbles, the Child First tenets (p4), the 2023-24 priorities in the review table (p6), the national key
performance indicators (p5), the service headings (p8) and the risks (p9) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from norfolk.work import work_file

FILE = "strategies/norfolk_youth_justice_plan_2024-25.pdf"
TITLE = "Norfolk Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "Help us early, before we get into trouble with the police, and don't give up on us."),
    ("Reducing reoffending by children",
     "If we do get in trouble, help us sort out what's behind it so it doesn't happen again."),
    ("Keeping children safe from exploitation and harm outside the home",
     "Stop older people using us to sell drugs or do their dirty work, and keep us safe when we're out."),
    ("Reducing serious violence involving children",
     "Nobody should feel they need to carry a knife to be safe."),
    ("Putting victims' voices at the heart of our work",
     "Give people we've hurt the chance to be heard, and give us the chance to put things right."),
]

CSS = """
@page { size: A4; margin: 17mm 18mm 20mm 18mm;
  @bottom-center { content: "Page " counter(page) " of 9"; font: 8pt 'DejaVu Sans'; color: #555; }
  @top-right { content: "Norfolk Youth Justice Plan 2024–25"; font: 7.4pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #fff; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 150mm; background: #22305E; }
.cover .dot { position: absolute; width: 36mm; height: 36mm; border-radius: 50%; }
.cover .org { position: absolute; left: 18mm; top: 20mm; color: #fff; font-size: 10pt; font-weight: 700; letter-spacing: 0.8pt; }
.cover h1 { position: absolute; left: 18mm; top: 80mm; color: #fff; font-size: 30pt; line-height: 1.15; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 170mm; font-size: 14pt; color: #22305E; width: 170mm; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #22305E; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #D9534F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 10.5pt; border-bottom: 1px solid #e5e5e5; }
.toc div span.d { flex: 1; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #22305E; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.caps { display: flex; gap: 10mm; font-size: 8pt; color: #666; text-transform: none; margin: 4mm 0 2mm 0; }
.caps div:first-child { flex: 0 0 78mm; } .caps div:last-child { flex: 1; }
.pair { display: flex; gap: 10mm; align-items: center; margin: 0 0 5mm 0; break-inside: avoid; }
.card { flex: 0 0 78mm; background: #22305E; color: #fff; font-weight: 700; font-size: 11.5pt; line-height: 1.3; padding: 5mm; border-radius: 2mm; }
.bub { flex: 1; position: relative; background: #FDECEA; border-radius: 5mm; padding: 4mm 5mm; font-style: italic; font-size: 9.4pt; color: #5a2320; }
.bub:before { content: ""; position: absolute; left: -5mm; top: 50%; margin-top: -3mm; border-width: 3mm 5mm 3mm 0; border-style: solid; border-color: transparent #FDECEA transparent transparent; }
.tenets { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.tenets div { border: 1px solid #d8dcea; border-radius: 2mm; padding: 3mm; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div>'
             '<div class="dot" style="left:150mm;top:125mm;background:#D9534F"></div>'
             '<div class="dot" style="left:120mm;top:135mm;background:#F0AD4E;width:22mm;height:22mm"></div>'
             '<div class="org">NORFOLK YOUTH JUSTICE BOARD</div><h1>Youth Justice Plan<br>2024–25</h1>'
             '<div class="yr">Norfolk Youth Justice Service: Child First, in every part of the county</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction from the Chair", "intro"), ("Child First", "cf"), ("Local context and performance",
                                                                                    "perf"),
                 ("Looking back at 2023–24", "rev"), ("Our priorities for 2024–25", "pri"),
                 ("Services and resources", "svc"), ("Risks, board development and sign-off", "risk")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction from the Chair</h1>')
    for t in ["Norfolk Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of "
              "offending, and with the people they have harmed. Fewer children enter the system than ten years "
              "ago, but those who do often have experienced trauma, exclusion and exploitation.",
              "This plan meets the Youth Justice Board's requirement for an annual youth justice plan. It has been "
              "agreed by the Norfolk Youth Justice Board, which includes the county council, the police, health, "
              "Probation, education and the courts.",
              "For the first time, children we work with helped us write our priorities. Their words sit beside "
              "ours in this plan."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Norfolk Youth Justice Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Child First</h1><p>The Youth Justice Board\'s Child First principle has '
             'four tenets, which guide everything we do:</p><div class="tenets">'
             '<div><b>As children</b><br>Prioritise the best interests of children and recognise their needs, '
             'capacities, rights and potential.</div><div><b>Building pro-social identity</b><br>Promote children\'s '
             'individual strengths and capacities to develop their pro-social identity.</div><div><b>Collaborating '
             'with children</b><br>Encourage children\'s active participation, engagement and wider social '
             'inclusion.</div><div><b>Diverting from stigma</b><br>Promote a childhood removed from the justice '
             'system, using pre-emptive prevention, diversion and minimal intervention.</div></div></div>')
    P.append('<div class="pg"><h1 class="t">Local context and performance</h1><p>All figures are illustrative and '
             'are not official statistics.</p><table><tr><th>Indicator</th><th>Norfolk 2023–24</th><th>Trend</th>'
             '</tr>')
    for r in [("First-time entrants (per 100,000 children aged 10–17)", "152", "Down"),
              ("Proven reoffending rate", "31%", "Stable"), ("Children sentenced to custody", "6", "Down"),
              ("Children on caseload known to be exploited", "38%", "Up"),
              ("Knife or weapon offences by children", "58", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>National key performance indicators</h2><p>From April 2023 the Youth Justice Board asks '
             'every service to report ten new indicators, including: suitable accommodation; education, training '
             'and employment; special educational needs; mental health; substance misuse; out-of-court disposals; '
             'links to wider services; management board attendance; serious violence; and victims.</p></div>')
    P.append('<div class="pg"><h1 class="t">Looking back at 2023–24</h1><table><tr><th>2023–24 priority</th>'
             '<th>What happened</th><th>Rating</th></tr>')
    for r in [("Early intervention", "A new prevention offer in all seven districts", "Achieved"),
              ("Education and training", "More children in full-time education, but exclusions rose", "Partly"),
              ("Over-representation", "Disproportionality audit completed; action plan agreed", "Achieved"),
              ("Transitions to adult services", "Joint protocol with Probation signed", "Achieved")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>What children told us</h2><ul><li>"Too many people ask me the same questions."</li>'
             '<li>"I want to be treated as me, not my file."</li><li>"The reparation project was the first time I '
             'felt useful."</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities for 2024–25</h1><p>The board has agreed five priorities '
             'for 2024–25. Children who work with us told us what each means to them.</p><div class="caps"><div>'
             'What the board has agreed</div><div>What this means, in the words of children we work with</div>'
             '</div>')
    for name, kid in PRIORITIES:
        P.append(f'<div class="pair"><div class="card">{e(name)}</div><div class="bub">\u201c{e(kid)}\u201d</div></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Services and resources</h1><h2>Prevention and diversion</h2><p>Turnaround '
             'and the county\'s own prevention offer work with children on the edge of the system, with '
             'out-of-court disposals decided at a joint decision-making panel.</p><h2>Court and community orders</h2>'
             '<p>Case managers work with every child on a court order, with speech and language, health and '
             'education specialists.</p><h2>Exploitation and violence</h2><p>The service sits on the multi-agency '
             'exploitation hub and funds mentors through the Serious Violence Duty partnership.</p><h2>Victims and '
             'restorative justice</h2><p>Every victim is offered a restorative approach. Reparation projects run in '
             'Norwich, King\'s Lynn and Great Yarmouth.</p><h2>Budget 2024–25 (illustrative)</h2><table><tr><th>'
             'Source</th><th>£</th></tr><tr><td>Youth Justice Board grant</td><td>1,210,000</td></tr><tr><td>Norfolk '
             'County Council</td><td>2,050,000</td></tr><tr><td>Police and Crime Commissioner</td><td>150,000</td>'
             '</tr><tr><td>Health and Probation</td><td>260,000</td></tr></table></div>')
    P.append('<div class="pg"><h1 class="t">Risks, board development and sign-off</h1><table><tr><th>Risk</th><th>'
             'Mitigation</th></tr><tr><td>Rising demand from exploitation cases</td><td>Joint working with the '
             'exploitation hub</td></tr><tr><td>Staff vacancies</td><td>Recruitment and retention plan</td></tr>'
             '<tr><td>School exclusions</td><td>Education inclusion protocol</td></tr></table><h2>Board development'
             '</h2><p>Board members will each shadow a case manager during the year and meet children twice.</p>'
             '<h2>Sign-off</h2><p>Agreed by the Norfolk Youth Justice Board, June 2024.</p><p><b>Chair, Norfolk '
             'Youth Justice Board</b></p><p class="note">Contact: youthjustice@norfolk.example</p></div>')
    P.append('</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction from the Chair Norfolk Youth", "cf": "Child First The Youth Justice Board",
               "perf": "Local context and performance All", "rev": "Looking back at 2023–24 2023–24 priority",
               "pri": "Our priorities for 2024–25 The board", "svc": "Services and resources Prevention",
               "risk": "Risks, board development and sign-off Risk"}
    src = work_file("norfolk_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
