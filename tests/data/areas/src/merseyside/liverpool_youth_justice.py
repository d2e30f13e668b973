"""Liverpool Youth Justice Plan 2024-25: HTML printed by Chromium (YJB plan template headings).

Five priorities, stated once, on p6 as a **checklist of board pledges**: a bordered box headed "Board
pledges 2024-25", each line a CSS-drawn empty tick box (a bordered square, no text
character) beside the priority in bold, with the pledge's lead and one sentence in grey under it; no
numbers.  The Child First tenets (p4), the 2023-24 priorities in the review table (p5), the YJB key
performance indicators (p7) and the risks (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from merseyside.work import work_file

FILE = "strategies/liverpool_youth_justice_plan_2024-25.pdf"
TITLE = "Liverpool Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the justice system", "Head of Early Help",
     "Grow the Turnaround and diversion offer so that more children are helped without a criminal record."),
    ("Reducing reoffending by children", "Head of Service",
     "Use our reoffending tracker to spot children at risk early, and plan every move to adult services."),
    ("Protecting children from criminal exploitation", "Director of Children's Services",
     "Screen every child for exploitation and work with the police to disrupt the adults who exploit them."),
    ("Keeping children safe from knife crime and serious violence", "Chief Inspector, Merseyside Police",
     "Work with the Violence Reduction Partnership on mentoring, weapons awareness and hospital navigators."),
    ("Making sure victims are heard and offered restorative justice", "Restorative Justice Lead",
     "Contact every identified victim, offer a restorative meeting and let victims shape reparation projects."),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-left { content: "Liverpool Youth Justice Service"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @top-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #fff; break-after: page; overflow: hidden; }
.cover .top { position: absolute; left: 0; top: 0; width: 210mm; height: 95mm; background: #003A70; }
.cover .org { position: absolute; left: 20mm; top: 22mm; color: #fff; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 110mm; color: #003A70; font-size: 32pt; margin: 0; }
.cover .yr { position: absolute; left: 20mm; top: 128mm; font-size: 20pt; color: #E35205; }
.cover .tag { position: absolute; left: 20mm; top: 150mm; font-size: 11pt; color: #555; }
.pg { break-before: page; }
h1 { font-size: 19pt; color: #003A70; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #E35205; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2mm 0; font-size: 10.5pt; border-bottom: 1px dotted #9fb3c8; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #003A70; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border: 1px solid #d0dae4; padding: 1.6mm 2mm; vertical-align: top; }
ol.tenets li { margin-bottom: 1.5mm; }
.pledges { border: 2px solid #003A70; padding: 4mm 6mm 2mm 6mm; margin-top: 5mm; }
.pledges .hd { font-size: 13pt; font-weight: 700; color: #003A70; margin-bottom: 3mm; }
.pl { display: flex; gap: 5mm; padding: 3mm 0; border-top: 1px solid #dbe3ea; }
.pl .box { flex: none; width: 7mm; height: 7mm; border: 2px solid #E35205; position: relative; margin-top: 0.5mm; }
.pl .nm { font-size: 11.5pt; font-weight: 700; color: #003A70; }
.pl .ld { font-size: 8pt; color: #E35205; }
.pl .tx { font-size: 8.7pt; color: #555; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="top"></div><div class="org">LIVERPOOL YOUTH JUSTICE SERVICE</div>'
             '<h1>Youth Justice Plan</h1><div class="yr">2024–25</div><div class="tag">Child First · Every child '
             'has a future</div></div>')
    P.append('<h1>Contents</h1><div class="toc">')
    for t, k in [("1. Introduction from the chair", "intro"), ("2. Liverpool's children", "ctx"),
                 ("3. Child First", "cf"), ("4. Looking back at 2023–24", "rev"), ("5. Board pledges 2024–25", "pri"),
                 ("6. Performance", "kpi"), ("7. Resources, risks and sign-off", "res")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1>1. Introduction from the chair</h1>')
    for t in [
        "This is the youth justice plan for Liverpool for 2024–25, written under section 40 of the Crime and "
        "Disorder Act 1998 and the Youth Justice Board's guidance.",
        "Liverpool has more children in contact with the youth justice system than any other part of Merseyside, "
        "and our children face some of the highest levels of deprivation in England. Many of the children we "
        "work with have been harmed themselves before they harmed anyone else.",
        "The management board has set itself five pledges for the year. Each has a named lead, and each is "
        "reviewed at every board meeting."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Liverpool Youth Justice Management Board</b></p></div>')
    P.append('<div class="pg"><h1>2. Liverpool\'s children</h1><p>The figures below are illustrative and are not '
             'official statistics.</p><table><tr><th>Indicator</th><th>2023–24</th></tr>')
    for r in [("Children aged 10–17", "46,800"), ("First-time entrants", "171"), ("Reoffending rate", "36%"),
              ("Children in custody", "14"), ("Children screened for exploitation", "82%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h1 style="margin-top:8mm">3. Child First</h1><p>We work to the Youth Justice Board\'s '
             'Child First principle and its four tenets:</p><ol class="tenets">'
             '<li>As children: prioritise the best interests of children and recognise their needs and potential.</li>'
             '<li>Building pro-social identity: promote children\'s individual strengths and capacities.</li>'
             '<li>Collaborating with children: encourage their active participation and engagement.</li>'
             '<li>Diverting from stigma: promote a childhood removed from the justice system.</li></ol></div>')
    P.append('<div class="pg"><h1>4. Looking back at 2023–24</h1><p>Last year the board had four priorities. This '
             'is how we did:</p><table><tr><th>2023–24 priority</th><th>Rating</th><th>What happened</th></tr>')
    for r in [("Early intervention", "Green", "Turnaround reached 120 children"),
              ("Serious youth violence", "Amber", "Knife crime by children fell slightly"),
              ("Education and training", "Red", "Too many children out of full-time education"),
              ("Exploitation", "Green", "Screening in place across the service")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Our partnership</h2><p>The management board includes Liverpool City Council, Merseyside '
             'Police, the Probation Service, NHS Cheshire and Merseyside, education and the Police and Crime '
             'Commissioner\'s office. It links with Citysafe, the Merseyside Violence Reduction Partnership and the '
             'Liverpool Safeguarding Children Partnership.</p></div>')
    P.append('<div class="pg"><h1>5. Board pledges 2024–25</h1><p>These are the board\'s priorities for the year. '
             'We have written them as pledges, and we will tick each one off only when the evidence shows it has '
             'been met.</p><div class="pledges"><div class="hd">Board pledges 2024–25</div>')
    for name, lead, txt in PRIORITIES:
        P.append(f'<div class="pl"><div class="box"></div><div><div class="nm">{e(name)}</div>'
                 f'<div class="ld">Lead: {e(lead)}</div><div class="tx">{e(txt)}</div></div></div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1>6. Performance</h1><p>We report the Youth Justice Board\'s key performance '
             'indicators every quarter:</p><table><tr><th>KPI</th><th>What it measures</th></tr>')
    for r in [("Accommodation", "Children in suitable accommodation"), ("Education, training and employment",
                                                                       "Children in suitable ETE"),
              ("Special educational needs", "Children with an identified need who have a plan"),
              ("Mental health and wellbeing", "Children screened and referred"),
              ("Substance misuse", "Children with a need who receive help"),
              ("Out-of-court disposals", "Completion rate"), ("Serious violence", "Offences by children"),
              ("Victims", "Victims contacted and engaged")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1>7. Resources, risks and sign-off</h1><table><tr><th>Funding 2024–25</th><th>£'
             '</th></tr>')
    for r in [("Youth Justice Board grant", "1,240,000"), ("Liverpool City Council", "2,010,000"),
              ("Police and Crime Commissioner", "155,000"), ("Probation Service", "98,000")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Figures are illustrative.</p><h2>Risks</h2><ul><li>Rising numbers of '
             'children exploited through county lines.</li><li>Recruitment and retention of experienced staff.</li>'
             '<li>Delays in court for children charged with serious offences.</li></ul><p>Signed on behalf of the '
             'management board by the Chair.</p><p>Contact: yjs@liverpool.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction from the chair This", "ctx": "2. Liverpool's children The figures",
               "cf": "3. Child First We", "rev": "4. Looking back at 2023", "pri": "5. Board pledges 2024–25 These",
               "kpi": "6. Performance We", "res": "7. Resources, risks and sign-off"}
    src = work_file("liverpool_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
