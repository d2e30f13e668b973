"""West Mercia Youth Justice Plan 2024-25: HTML printed by Chromium (YJB plan template).

Five priorities, stated once, as LOWER-CASE SENTENCE FRAGMENTS completing a stem on p7: a boxed "Board pledge"
reads "In 2024–25 the Youth Justice Management Board will:" and then lists five lettered clauses "(a) reduce the
number of children entering ... ;" set with the letters in a separate column.  The gold text is the clause,
without its letter and the closing semicolon or "; and".  The Child First tenets (p5), the 2023-24 priorities in
the RAG review (p6, among them "Reducing first-time entrants" and "Victims"), the delivery table's short names
(p8), the YJB key performance indicators (p8) and the risks (p9) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_mercia.work import work_file

FILE = "strategies/west_mercia_youth_justice_plan_2024-25.pdf"
TITLE = "West Mercia Youth Justice Plan 2024–25"

CLAUSES = [
    "reduce the number of children entering the youth justice system for the first time",
    "reduce reoffending by children",
    "keep children safe from exploitation",
    "give victims of youth crime a voice and access to restorative justice",
    "reduce the over-representation of children in care and of Black and mixed heritage children in the youth "
    "justice system",
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right { content: "Page " counter(page) " of 9"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "West Mercia Youth Justice Service"; font: 8pt 'Liberation Sans'; color: #555; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; break-after: page; overflow: hidden; background: #fff; }
.cover .top { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #00677F; }
.cover .stripe { position: absolute; left: 0; top: 120mm; width: 210mm; height: 8mm; background: #8DC63F; }
.cover .org { position: absolute; left: 20mm; top: 20mm; color: #fff; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 60mm; color: #fff; font-size: 34pt; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 140mm; font-size: 16pt; color: #00677F; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #00677F; margin: 0 0 5mm 0; }
h2 { font-size: 12pt; color: #00677F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; align-items: baseline; padding: 2.2mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1px dotted #888; margin: 0 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 4mm 0; }
th { background: #00677F; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border: 1px solid #cfd8dc; padding: 1.6mm 2mm; vertical-align: top; }
.rag { font-weight: 700; text-align: center; width: 18mm; }
.g { background: #C8E6C9; } .a { background: #FFE0B2; } .r { background: #FFCDD2; }
.pledge { border: 2px solid #00677F; border-radius: 3mm; padding: 5mm 7mm; margin: 5mm 0; background: #F2F8FA; }
.pledge .stem { font-size: 12pt; font-weight: 700; color: #00677F; margin-bottom: 3mm; }
.pledge table { font-size: 11.5pt; margin: 0; }
.pledge td { border: none; padding: 2mm 1mm; }
.pledge td.l { width: 12mm; color: #00677F; font-weight: 700; }
.tenets { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.tenets div { background: #EEF5E4; padding: 3mm; } .tenets b { display: block; color: #3B6E0E; }
.note { font-size: 7.8pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="top"></div><div class="stripe"></div><div class="org">WEST MERCIA YOUTH '
             'JUSTICE SERVICE</div><h1>Youth Justice Plan</h1><div class="yr">2024–25 · Herefordshire, Shropshire, '
             'Telford and Wrekin, Worcestershire</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Introduction from the Chair", "intro"), ("Our service and local context", "ctx"),
                 ("Child First", "cf"), ("Review of 2023–24", "rev"), ("Priorities for 2024–25", "pri"),
                 ("Delivery and performance", "del"), ("Resources, risks and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction from the Chair</h1>')
    for t in [
        "The West Mercia Youth Justice Service works with children aged 10 to 17 who are in trouble with the law, "
        "and with their families and victims, across the four local authority areas of West Mercia.",
        "Fewer children are entering the youth justice system than five years ago, but those who do have more complex "
        "needs: many have been excluded from school, many are known to children\u2019s social care, and too many "
        "have been exploited.",
        "This plan follows the Youth Justice Board\u2019s guidance. It reviews last year, sets the Management "
        "Board\u2019s priorities for 2024\u201325 and explains how we will measure progress."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Youth Justice Management Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Our service and local context</h1><p class="note">The figures below are '
             'illustrative and are not official statistics.</p><table><tr><th>Indicator</th><th>2023–24</th></tr>')
    for a, b in [("Children aged 10–17 in West Mercia", "118,000"), ("First-time entrants", "196"),
                 ("Children on court orders", "142"), ("Children on out-of-court disposals", "310"),
                 ("Binary reoffending rate", "31%"), ("Children assessed as at risk of exploitation", "88"),
                 ("Victims offered restorative justice", "71%")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><h2>Our service</h2><p>The service has four local teams, a turnaround and prevention team, a '
             'victim and restorative justice team and seconded staff from the police, probation, health and '
             'education.</p></div>')
    P.append('<div class="pg"><h1 class="t">Child First</h1><p>The Youth Justice Board\u2019s guiding principle is '
             'Child First. Its four tenets are:</p><div class="tenets">')
    for a, b in [("As children", "Recognise the needs and capacities of children."),
                 ("Building pro-social identity", "Promote children\u2019s strengths and potential."),
                 ("Collaborating with children", "Work with children and their families."),
                 ("Diverting from stigma", "Promote diversion from the justice system.")]:
        P.append(f'<div><b>{e(a)}</b>{e(b)}</div>')
    P.append('</div><h2>Our values</h2><ul><li>Every child is a child first.</li><li>Victims deserve to be heard.'
             '</li><li>We are open about what works and what does not.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Review of 2023–24</h1><p>Last year\u2019s plan had four priorities. '
             'The Board rated progress as follows:</p><table><tr><th>2023–24 priority</th><th>Progress</th>'
             '<th>RAG</th></tr>')
    for a, b, c in [("Reducing first-time entrants", "Turnaround programme reached 140 children", "g"),
                    ("Education, training and employment", "Still too many children out of school", "r"),
                    ("Serious youth violence", "Knife crime by under-18s stable", "a"),
                    ("Victims", "More victims contacted, fewer took part", "a")]:
        P.append(f'<tr><td>{e(a)}</td><td>{e(b)}</td><td class="rag {c}">{"GAR"["gar".index(c)]}</td></tr>')
    P.append('</table><h2>What children told us</h2><ul><li>\u201cMy worker actually listened.\u201d</li>'
             '<li>\u201cI didn\u2019t know what a referral order was until the panel.\u201d</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Priorities for 2024–25</h1><p>The Management Board agreed its '
             'priorities in April 2024, after hearing from children, families, victims and staff.</p>'
             '<div class="pledge"><div class="stem">Board pledge: in 2024–25 the Youth Justice Management Board '
             'will:</div><table>')
    for i, c in enumerate(CLAUSES):
        end = ";" if i < len(CLAUSES) - 2 else ("; and" if i == len(CLAUSES) - 2 else ".")
        P.append(f'<tr><td class="l">({"abcde"[i]})</td><td>{e(c)}{end}</td></tr>')
    P.append('</table></div><p>Each pledge has a Board sponsor and is reported on at every Board meeting. The '
             'delivery table on the next page shows the actions behind each pledge.</p></div>')
    P.append('<div class="pg"><h1 class="t">Delivery and performance</h1><table><tr><th>Pledge</th><th>Action</th>'
             '<th>Sponsor</th></tr>')
    for a, b, c in [("(a) Prevention", "Turnaround and out-of-court disposal panel in every area", "Police"),
                    ("(b) Reoffending", "Education and speech and language support for every child on an order",
                     "Education"),
                    ("(c) Exploitation", "Joint exploitation assessments with children\u2019s social care",
                     "Children\u2019s services"),
                    ("(d) Victims", "Victim contact within ten days; restorative conferences", "PCC\u2019s office"),
                    ("(e) Disproportionality", "Audit of decisions for children in care and Black and mixed heritage "
                                               "children", "Board chair")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>")
    P.append('</table><h2>The YJB key performance indicators</h2><p>We report to the Youth Justice Board on its ten '
             'key performance indicators:</p><table><tr><td>Suitable accommodation</td><td>Education, training and '
             'employment</td></tr><tr><td>Special educational needs</td><td>Mental health</td></tr><tr><td>Substance '
             'misuse</td><td>Out-of-court disposals</td></tr><tr><td>Management board attendance</td><td>Wider '
             'services</td></tr><tr><td>Serious violence</td><td>Victims</td></tr></table></div>')
    P.append('<div class="pg"><h1 class="t">Resources, risks and governance</h1><table><tr><th>Source</th>'
             '<th>2024–25 (illustrative)</th></tr>')
    for a, b in [("Youth Justice Board grant", "£1.9m"), ("Local authorities", "£2.6m"), ("Police and Crime "
                                                                                          "Commissioner", "£0.3m"),
                 ("Probation and health", "£0.4m")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><h2>Risks</h2><ul><li>Staff vacancies in two local teams.</li><li>Court delays lengthening '
             'time to outcome.</li><li>Rising numbers of children remanded.</li></ul><h2>Governance</h2><p>The '
             'Management Board meets quarterly. It reports to the four local safeguarding partnerships and the '
             'West Mercia Criminal Justice Board.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction from the Chair The West", "ctx": "Our service and local context The",
               "cf": "Child First The Youth", "rev": "Review of 2023–24 Last year", "pri": "Priorities for 2024–25 The",
               "del": "Delivery and performance Pledge", "gov": "Resources, risks and governance Source"}
    src = work_file("west_mercia_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
