"""Bristol Youth Justice Plan 2024-25: HTML printed by Chromium (YJB plan template).

"6. Our priorities for 2024-25": each priority is a block with a small grey
"PRIORITY n OF 5" tag above a heading, two per page (pp8-10), followed by
"What we will do" and "How we will know".  The Child First tenets, the
2023-24 priorities in "4. Progress on our previous plan", the ten YJB key
performance indicators, the resources table and the board membership are
distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/bristol_youth_justice_plan_2024-25.pdf"
TITLE = "Bristol Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "Too many Bristol children receive a first caution or conviction for behaviour that could have been dealt with "
     "outside the formal system. We will use Turnaround and our prevention offer to divert children at the earliest "
     "point.",
     ["Offer every eligible child a Turnaround intervention.", "Expand the joint decision-making panel for "
      "out-of-court resolutions.", "Place youth workers in schools with the highest exclusion rates."],
     "First-time entrants per 100,000 children aged 10–17"),
    ("Reducing reoffending by children",
     "Most children who reoffend have unmet needs in education, mental health or speech and language. We will make "
     "sure that every child's plan addresses them.",
     ["Screen every child for speech, language and communication needs.", "Give every child a named education "
      "worker.", "Plan transitions to adult probation six months in advance."],
     "Binary reoffending rate; frequency of reoffending"),
    ("Reducing serious youth violence",
     "Knife possession and serious violence involving children have risen in central and east Bristol. Many of the "
     "children involved have also been exploited.",
     ["Work with the Bristol violence reduction unit on a trusted adult offer for every child at risk.",
      "Deliver weapons awareness with children on court orders.", "Share intelligence on exploitation through the "
      "Safer Options hub."],
     "Serious violence offences by children (YJB KPI)"),
    ("Reducing the over-representation of Black and mixed heritage children in the youth justice system",
     "Black and mixed heritage children make up around a tenth of Bristol's children but more than a third of the "
     "children we work with (illustrative). We will look at every decision point, from arrest to sentence.",
     ["Review disproportionality at each decision point every quarter with the police and courts.",
      "Commission a mentoring programme led by Black-led community organisations.",
      "Train all staff in anti-racist practice."],
     "Proportion of Black and mixed heritage children at each decision point"),
    ("Putting victims at the heart of restorative justice",
     "Victims of offences committed by children should be offered a voice and, where they wish, a chance to meet the "
     "child who harmed them.",
     ["Contact every victim of a child who receives an order.", "Offer restorative conferences led by trained "
      "practitioners.", "Involve victims in designing reparation projects."],
     "Victims engaged; victim satisfaction"),
]

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Bristol Youth Justice Plan 2024–25"; font: 8pt 'Liberation Sans'; color: #5B6770; }
  @bottom-right { content: counter(page); font: 700 9pt 'Liberation Sans'; color: #006D77; } }
@page bare { margin: 0; @top-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; background: #fff; }
.cover .top { position: absolute; left: 0; top: 0; width: 210mm; height: 150mm; background: #006D77; }
.cover .org { position: absolute; left: 20mm; top: 25mm; color: #fff; font-weight: 700; font-size: 11pt; }
.cover h1 { position: absolute; left: 20mm; top: 75mm; color: #fff; font-size: 34pt; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 110mm; color: #FFDDD2; font-size: 24pt; }
.cover .sub { position: absolute; left: 20mm; top: 170mm; width: 170mm; color: #333; font-size: 11pt; }
.page { break-before: page; }
h1.t { font-size: 19pt; color: #006D77; margin: 0 0 4mm 0; }
h2 { font-size: 12pt; color: #006D77; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; border-bottom: 1px dotted #8AA; font-size: 10.5pt; }
.toc .l { flex: 1; } .toc .n { width: 12mm; text-align: right; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0; }
th { background: #006D77; color: #fff; text-align: left; padding: 1.8mm; }
td { border: 1px solid #CFDCDD; padding: 1.8mm; vertical-align: top; }
.tenets { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.tenet { background: #EDF6F9; padding: 4mm; border-radius: 2mm; }
.prio { margin: 0 0 8mm 0; border-left: 5px solid #E29578; padding-left: 6mm; }
.tag { font-size: 8pt; letter-spacing: 1pt; color: #7A868E; font-weight: 700; }
.prio h3 { font-size: 15pt; color: #006D77; margin: 1mm 0 3mm 0; line-height: 1.25; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
.note { font-size: 7.8pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="top"></div><div class="org">BRISTOL YOUTH JUSTICE SERVICE</div>'
             '<h1>Youth Justice Plan</h1><div class="yr">2024–25</div><div class="sub">Prepared under section 40 of '
             'the Crime and Disorder Act 1998 for the Bristol Youth Justice Management Board</div></div>')
    toc = [("1. Introduction, vision and strategy", "intro"), ("2. Local context", "ctx"), ("3. Child First", "cf"),
           ("4. Progress on our previous plan", "prev"), ("5. Performance", "perf"), ("6. Our priorities for 2024–25",
                                                                                      "pri"),
           ("7. Resources and governance", "gov")]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in toc:
        P.append(f'<div><span class="l">{e(t)}</span><span class="n">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">1. Introduction, vision and strategy</h1>')
    for t in [
        "This is the youth justice plan for Bristol for 2024–25. It is agreed by the Bristol Youth Justice Management "
        "Board and sets out how the partnership will prevent offending and reoffending by children, in line with the "
        "Youth Justice Board's guidance.",
        "Our vision is that every child in Bristol who comes into contact with the justice system is seen as a child "
        "first, is helped to build a positive identity and leaves our service safer and with better prospects.",
        "The plan links to the Keeping Bristol Safe Partnership strategy, the Avon and Somerset Serious Violence Duty "
        "strategy and the Police and Crime Plan."]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Bristol Youth Justice Management Board</b></p></div>")
    P.append('<div class="page"><h1 class="t">2. Local context</h1><p>Figures are illustrative.</p><table>'
             '<tr><th>Indicator</th><th>Bristol</th><th>South West</th></tr>')
    for r in [("Children aged 10–17", "41,000", "–"), ("Children open to the service", "210", "–"),
              ("First-time entrants per 100,000", "224", "146"), ("Binary reoffending rate", "36%", "31%"),
              ("Black and mixed heritage children in the cohort", "36%", "9%"),
              ("Children on orders not in education, training or employment", "41%", "33%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append("</table><h2>Our children</h2><ul><li>Most are boys aged 15–17.</li><li>More than half have an education, "
             "health and care plan or special educational needs.</li><li>Two in five have been exploited.</li>"
             "<li>A third have been in care.</li></ul></div>")
    P.append('<div class="page"><h1 class="t">3. Child First</h1><p>We follow the Youth Justice Board\'s Child First '
             'principle and its four tenets:</p><div class="tenets">')
    for a, b in [("As children", "Prioritise the best interests of children and recognise their needs, capacities, "
                  "rights and potential."),
                 ("Building pro-social identity", "Promote children's individual strengths and capacities to develop "
                  "their pro-social identity."),
                 ("Collaborating with children", "Encourage children's active participation, engagement and wider "
                  "social inclusion."),
                 ("Diverting from stigma", "Promote a childhood removed from the justice system, using prevention, "
                  "diversion and minimal intervention.")]:
        P.append(f'<div class="tenet"><b>{e(a)}</b><p>{e(b)}</p></div>')
    P.append('</div><h2>Voice of the child</h2><p>Children on orders helped to write this plan through our '
             'participation group, and two young people sit on the management board\'s participation panel.</p></div>')
    P.append('<div class="page"><h1 class="t">4. Progress on our previous plan</h1><p>Our 2023–24 plan had four '
             'priorities. Progress is summarised below.</p><table><tr><th>2023–24 priority</th><th>Progress</th></tr>')
    for a, b in [("Education, training and employment", "More children on orders in education; NEET rate fell from 48% "
                  "to 41%."),
                 ("Serious youth violence and exploitation", "Trusted adult offer started; knife possession by children "
                  "still rising."),
                 ("Disproportionality", "Decision-point review completed; over-representation unchanged."),
                 ("Transitions to adult services", "New protocol with probation; transitions planned earlier.")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append("</table></div>")
    P.append('<div class="page"><h1 class="t">5. Performance</h1><p>From April 2023 the Youth Justice Board introduced '
             'ten new key performance indicators, alongside the three national measures (first-time entrants, '
             'reoffending and custody).</p><table><tr><th>YJB key performance indicator</th><th>Bristol 2023–24</th></tr>')
    for a, b in [("Suitable accommodation", "88%"), ("Education, training and employment", "59%"),
                 ("Special educational needs and disabilities", "54%"), ("Mental healthcare and emotional wellbeing",
                                                                         "61%"),
                 ("Substance misuse", "47%"), ("Out-of-court disposals", "78% completed"),
                 ("Management board attendance", "86%"), ("Wider services", "72%"), ("Serious violence", "31 offences"),
                 ("Victims", "64% engaged")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><p class="note">Figures are illustrative.</p></div>')
    P.append('<div class="page"><h1 class="t">6. Our priorities for 2024–25</h1><p>The management board has agreed five '
             'priorities for the year, based on our performance, our needs assessment and what children told us.</p>')
    for i, (name, why, dos, kpi) in enumerate(PRIORITIES):
        if i in (2, 4):
            P.append('</div><div class="page">')
        P.append(f'<div class="prio"><div class="tag">PRIORITY {i + 1} OF 5</div><h3>{e(name)}</h3><p>{e(why)}</p>'
                 '<b>What we will do</b><ul>' + "".join(f"<li>{e(x)}</li>" for x in dos) +
                 f'</ul><p><b>How we will know:</b> {e(kpi)}</p></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">7. Resources and governance</h1><table><tr><th>Partner contribution'
             '</th><th>£000</th></tr>')
    for a, b in [("Youth Justice Board grant", "1,120"), ("Bristol City Council", "1,850"), ("Avon and Somerset Police",
                                                                                          "160"),
                 ("Police and Crime Commissioner", "95"), ("Probation Service", "70"), ("NHS", "140")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><p class="note">Figures are illustrative.</p><h2>The management board</h2><p>The board is chaired '
             'by the council\'s Director of Children\'s Services and includes the police, probation, health, education '
             'and the Police and Crime Commissioner\'s office. It meets every quarter and reports to the Keeping Bristol '
             'Safe Partnership.</p><h2>Sign-off</h2><p>Chair of the Bristol Youth Justice Management Board, June 2024.'
             '</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction, vision and strategy This", "ctx": "2. Local context Figures",
               "cf": "3. Child First We follow", "prev": "4. Progress on our previous plan Our",
               "perf": "5. Performance From April", "pri": "6. Our priorities for 2024–25 The management",
               "gov": "7. Resources and governance"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "bristol_youth_justice.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
