"""Cheshire West, Halton and Warrington Youth Justice Plan 2024-25: HTML printed by Chromium (YJB plan template).

Five priorities, stated once, in the table on p7 under "5. Our priorities for
2024-25": each priority is a shaded full-width row of its own (no number),
above a row "No. | What we will do | Board sponsor | Linked KPIs" whose first
cell holds the number.  The Child First tenets
(p5), the 2023-24 priorities in a RAG review table (p6, among them "Serious
youth violence"), the YJB key performance indicators (p8, among them "Serious
violence" and "Victims"), the risks and the resources table are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from cheshire.work import work_file

FILE = "strategies/cheshire_west_halton_warrington_youth_justice_plan_2024-25.pdf"
TITLE = "Cheshire West, Halton and Warrington Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "Expand Turnaround and our prevention offer; use out-of-court resolutions with a health and education "
     "assessment for every child.", "Director of Children's Services (Halton)", "Out-of-court disposals; ETE"),
    ("Reducing reoffending by children",
     "Use our reoffending tracker to identify children at risk early; improve transitions to probation at 18.",
     "Head of Probation Delivery Unit", "Accommodation; substance misuse"),
    ("Reducing children's involvement in serious violence",
     "Work with the Serious Violence Duty partnership on mentoring, hospital navigators and weapons awareness.",
     "Superintendent, Cheshire Constabulary", "Serious violence"),
    ("Protecting children from criminal exploitation",
     "Screen every child for exploitation; attend every multi-agency exploitation panel; use the National Referral "
     "Mechanism.", "Director of Children's Services (Cheshire West)", "Wider services"),
    ("Putting victims at the heart of restorative practice",
     "Contact every identified victim; offer restorative justice; give victims a say in reparation projects.",
     "Police and Crime Commissioner's office", "Victims"),
]

CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #444; }
  @bottom-left { content: "CWHW Youth Justice Plan 2024–25"; font: 8pt 'Liberation Sans'; color: #444; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; line-height: 1.45; color: #1f1f1f; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; break-after: page; background: #fff; overflow: hidden; }
.cover .top { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #243B7A; }
.cover .org { position: absolute; left: 18mm; top: 20mm; color: #fff; font-size: 10.5pt; font-weight: 700; width: 170mm; }
.cover h1 { position: absolute; left: 18mm; top: 140mm; font-size: 34pt; color: #243B7A; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 160mm; font-size: 22pt; color: #E4572E; }
.cover .sub { position: absolute; left: 18mm; top: 250mm; font-size: 9pt; color: #555; width: 170mm; }
.pg { break-before: page; }
h1.t { font-size: 17pt; color: #243B7A; margin: 0 0 4mm 0; border-bottom: 3px solid #E4572E; padding-bottom: 2mm; }
h2 { font-size: 11pt; color: #243B7A; margin: 4mm 0 2mm 0; }
.toc div { display: flex; padding: 2mm 0; font-size: 10.5pt; border-bottom: 1px dotted #888; }
.toc div span:first-child { flex: 1; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
th { background: #243B7A; color: #fff; text-align: left; padding: 1.8mm 2mm; vertical-align: bottom; }
td { border: 1px solid #c9cfe0; padding: 2mm; vertical-align: top; }
table.pri td.p { font-weight: 700; font-size: 10.5pt; color: #243B7A; background: #E8ECF6; border-bottom: 0; }\ntable.pri td.k { width: 12mm; font-weight: 700; color: #E4572E; font-size: 12pt; }
.rag { display: inline-block; padding: 0 2mm; color: #fff; font-weight: 700; font-size: 7.6pt; }
.g { background: #2E8B57; } .a { background: #D08A00; } .r { background: #B22222; }
.tenet { border-left: 4px solid #E4572E; padding: 1mm 4mm; margin: 3mm 0; } .tenet b { display: block; color: #243B7A; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def row(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in cells) + "</tr>"


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="top"></div><div class="org">CHESHIRE WEST, HALTON AND WARRINGTON YOUTH '
             'JUSTICE SERVICE</div><h1>Youth Justice Plan</h1><div class="yr">2024–25</div><div class="sub">Prepared '
             'under section 40 of the Crime and Disorder Act 1998 and approved by the Youth Justice Management Board.'
             '</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    secs = [("1. Introduction from the Chair", "intro"), ("2. Our local context and performance", "ctx"),
            ("3. Child First", "cf"), ("4. Review of 2023–24", "rev"), ("5. Our priorities for 2024–25", "pri"),
            ("6. National key performance indicators", "kpi"), ("7. Resources and risks", "res"),
            ("8. Governance and sign-off", "gov")]
    for t, k in secs:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">1. Introduction from the Chair</h1>')
    for t in [
        "Cheshire West, Halton and Warrington Youth Justice Service works with children aged 10 to 17 across three "
        "local authorities. Fewer children than ever are entering the justice system, but those who do often have "
        "complex needs: exclusion from school, special educational needs, exploitation and trauma.",
        "This plan sets out our priorities for 2024–25. It follows the Youth Justice Board's guidance and has been "
        "agreed by the management board, which includes the three councils, Cheshire Constabulary, the Probation "
        "Service, health and the Police and Crime Commissioner's office.",
        "We remain committed to a Child First approach: seeing children as children, and helping them to build a "
        "positive identity and a life away from offending."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Youth Justice Management Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">2. Our local context and performance</h1><p class="note">All figures '
             'are illustrative and are not official statistics.</p><table>' +
             row(["Measure", "Cheshire West", "Halton", "Warrington", "England"], "th") +
             row(["First-time entrants per 100,000 children", "142", "198", "161", "154"]) +
             row(["Binary reoffending rate", "31%", "36%", "33%", "32%"]) +
             row(["Custody rate per 1,000 children", "0.07", "0.11", "0.08", "0.10"]) +
             row(["Children on out-of-court resolutions", "118", "74", "92", "–"]) + '</table>'
             '<h2>Who our children are</h2><ul><li>Four in ten have an education, health and care plan.</li>'
             '<li>One in three has been assessed as at risk of criminal exploitation.</li><li>Black and mixed-heritage '
             'children are over-represented compared with the local population.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">3. Child First</h1><p>The Youth Justice Board\'s Child First principle '
             'has four tenets, which shape all of our work:</p>')
    for t, d in [("As children", "Prioritise the best interests of children and recognise their particular needs."),
                 ("Building pro-social identity", "Promote children's strengths and capacities to develop a positive "
                                                  "identity."),
                 ("Collaborating with children", "Encourage children's active participation and engagement."),
                 ("Diverting from stigma", "Promote a childhood removed from the justice system, using prevention "
                                           "and diversion.")]:
        P.append(f'<div class="tenet"><b>{e(t)}</b>{e(d)}</div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">4. Review of 2023–24</h1><p>Last year\'s plan had four priorities. The '
             'board\'s assessment of progress is below.</p><table>' + row(["2023–24 priority", "Progress", "Status"],
                                                                          "th"))
    for a, b, c in [("Education, training and employment", "More children in full-time education at the end of "
                     "their order", "g"), ("Disproportionality", "Audit completed; action plan in place", "a"),
                    ("Serious youth violence", "Knife possession by children fell, but two serious incidents", "a"),
                    ("Transitions to adult services", "Joint protocol with probation not yet signed", "r")]:
        P.append(f'<tr><td>{e(a)}</td><td>{e(b)}</td><td><span class="rag {c}">{ {"g": "GREEN", "a": "AMBER", "r": "RED"}[c]}'
                 '</span></td></tr>')
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">5. Our priorities for 2024–25</h1><p>The management board agreed five '
             'priorities for 2024–25 at its development day in March 2024. Each has a board sponsor who reports on '
             'progress at every board meeting.</p><table class="pri">' +
             row(["No.", "What we will do", "Board sponsor", "Linked KPIs"], "th"))
    for i, (name, act, lead, kpi) in enumerate(PRIORITIES, 1):
        P.append(f'<tr><td class="p" colspan="4">{e(name)}</td></tr>'
                 f'<tr><td class="k">{i}</td><td>{e(act)}</td><td>{e(lead)}</td><td>{e(kpi)}</td></tr>')
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">6. National key performance indicators</h1><p>Since April 2023 youth '
             'justice services report against ten key performance indicators set by the Youth Justice Board:</p><ol>')
    for k in ["Suitable accommodation", "Education, training and employment",
              "Special educational needs and disabilities", "Mental healthcare and emotional wellbeing",
              "Substance misuse", "Out-of-court disposals", "Management board attendance", "Wider services",
              "Serious violence", "Victims"]:
        P.append(f"<li>{e(k)}</li>")
    P.append('</ol><p>These are reported quarterly to the board alongside the three long-standing national '
             'indicators: first-time entrants, reoffending and custody.</p></div>')
    P.append('<div class="pg"><h1 class="t">7. Resources and risks</h1><table>' +
             row(["Funding source", "2024–25 (£000)"], "th") + row(["Youth Justice Board grant", "1,210"]) +
             row(["Local authority contributions", "1,640"]) + row(["Police and Crime Commissioner", "180"]) +
             row(["Probation and health", "260"]) + '</table><p class="note">Figures are illustrative.</p>'
             '<h2>Risks to delivery</h2><ul><li>Rising numbers of children remanded to custody.</li><li>Recruitment of '
             'qualified staff.</li><li>Uncertainty over Turnaround funding beyond March 2025.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">8. Governance and sign-off</h1><p>The Youth Justice Management Board '
             'meets quarterly. It reports to the three councils\' children\'s partnerships, the Cheshire Criminal '
             'Justice Board and the Police and Crime Commissioner. The board approved this plan on 28 March 2024.</p>'
             '<table>' + row(["Board member", "Agency"], "th") +
             row(["Chair", "Halton Borough Council"]) + row(["Vice-chair", "Cheshire West and Chester Council"]) +
             row(["Member", "Warrington Borough Council"]) + row(["Member", "Cheshire Constabulary"]) +
             row(["Member", "Probation Service"]) + row(["Member", "NHS Cheshire and Merseyside"]) +
             row(["Member", "Office of the Police and Crime Commissioner"]) + '</table>'
             '<p>Contact: yjs@cwhw.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction from the Chair Cheshire West", "ctx": "2. Our local context and performance All",
               "cf": "3. Child First The", "rev": "4. Review of 2023–24 Last", "pri": "5. Our priorities for 2024–25 The",
               "kpi": "6. National key performance indicators Since", "res": "7. Resources and risks",
               "gov": "8. Governance and sign-off The"}
    src = work_file("cwhw_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
