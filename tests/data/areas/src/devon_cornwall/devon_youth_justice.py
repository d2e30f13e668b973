"""Devon Youth Justice Plan 2024-2025: HTML printed by Chromium (YJB plan template).

Each priority has a small spaced label line "STRATEGIC PRIORITY n" above an
h2 heading, two priorities per page.  The Child First tenets, the YJB key
performance indicators, last year's priorities in the "Progress on the
previous plan" table, the board membership and the risks table are
distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/devon_youth_justice_plan_2024-25.pdf"
TITLE = "Devon Youth Justice Plan 2024–2025"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     "Most children who come into contact with the police do not need a formal criminal justice outcome. Early, "
     "voluntary support that addresses the reasons behind their behaviour is more effective and avoids the lasting "
     "harm of a criminal record.",
     ["Extend Turnaround to every locality, offering early support to children on the edge of the justice system.",
      "Run a joint decision-making panel with the police for every out-of-court outcome.",
      "Use Outcome 22 and community resolutions with a clear offer of support."],
     "First-time entrants per 100,000 children aged 10–17"),
    ("Reducing reoffending by children",
     "A small number of children commit a large share of offences. Their needs are often complex: speech and language "
     "difficulties, trauma, exclusion from school and exploitation are common.",
     ["Assess every child's speech, language and communication needs at the start of their order.",
      "Use trauma-informed, relationship-based practice in all supervision.",
      "Review every child who reoffends within three months to learn lessons."],
     "Binary and frequency reoffending rates"),
    ("Keeping children safe from serious violence",
     "The number of children cautioned or sentenced for possession of a knife has risen, and some children we work with "
     "have been seriously hurt. Children involved in violence are often also victims of exploitation.",
     ["Contribute to the Peninsula Serious Violence Prevention Strategy and its needs assessment.",
      "Offer every child arrested for a knife offence a specialist weapons intervention.",
      "Use the child exploitation panel to plan safety around places and peer groups."],
     "Children cautioned or sentenced for serious violence"),
    ("Improving education, training and employment outcomes",
     "Children who are not in education, training or employment are much more likely to offend. Many children we work "
     "with have been excluded or are on reduced timetables.",
     ["Agree an education protocol with schools so that every child under supervision has a full-time offer.",
      "Fund a specialist careers adviser in the service.",
      "Work with colleges on flexible entry for children leaving custody."],
     "Children in suitable education, training or employment at the end of their order"),
    ("Putting victims at the heart of restorative practice",
     "Victims of youth crime should be offered the chance to have their voice heard and, where they wish, to take part "
     "in a restorative process.",
     ["Contact every identifiable victim within five working days.",
      "Increase the number of restorative conferences and letters of apology.",
      "Recruit and train more community panel volunteers."],
     "Victims offered and taking part in restorative justice"),
]

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Devon Youth Justice Service"; font: 700 8pt 'Liberation Sans'; color: #005A8C; }
  @top-right { content: "Youth Justice Plan 2024–2025"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-center { content: "– " counter(page) " –"; font: 8.5pt 'Liberation Sans'; color: #333; } }
@page bare { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.45; color: #1E1E1E; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #fff; break-after: page; }
.cover .top { position: absolute; left: 0; top: 0; width: 210mm; height: 120mm; background: #005A8C; }
.cover .stripe { position: absolute; left: 0; top: 120mm; width: 210mm; height: 8mm; background: #F2B705; }
.cover h1 { position: absolute; left: 20mm; top: 50mm; color: #fff; font-size: 36pt; margin: 0; line-height: 1.1; }
.cover .org { position: absolute; left: 20mm; top: 22mm; color: #CDE3F0; font-size: 12pt; font-weight: 700; }
.cover .sub { position: absolute; left: 20mm; top: 140mm; font-size: 13pt; color: #005A8C; width: 170mm; }
.page { break-before: page; }
h1.t { font-size: 20pt; color: #005A8C; margin: 0 0 4mm 0; }
h2 { font-size: 13pt; color: #005A8C; margin: 4mm 0 2mm 0; }
h3 { font-size: 10pt; color: #333; margin: 3mm 0 1mm 0; }
.toc div { display: flex; align-items: baseline; margin: 0 0 3mm 0; font-size: 11pt; }
.toc .dots { flex: 1; border-bottom: 1.5px dotted #999; margin: 0 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 3mm 0; }
th { background: #005A8C; color: #fff; text-align: left; padding: 1.8mm; }
td { border: 1px solid #C9D6DF; padding: 1.6mm; vertical-align: top; }
.tenets { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.tenets div { background: #EAF2F8; padding: 3mm; font-size: 8.6pt; }
.pr { break-inside: avoid; margin: 0 0 7mm 0; padding-top: 2mm; border-top: 3px solid #F2B705; }
.lbl { font-size: 8pt; font-weight: 700; letter-spacing: 0.8pt; color: #8A6D00; margin: 1mm 0 0 0; }
.pr h2 { font-size: 15pt; margin: 1mm 0 2mm 0; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 1mm; }
.kpi { font-size: 8.8pt; background: #F6F6F6; padding: 2mm 3mm; }
.note { font-size: 7.5pt; color: #666; }
.cols { column-count: 2; column-gap: 7mm; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #005A8C; color: #fff; padding: 120mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = ['<div class="cover"><div class="top"></div><div class="stripe"></div><div class="org">Devon Youth Justice '
         'Service</div><h1>Youth Justice<br>Plan 2024–2025</h1><div class="sub">Prepared for the Youth Justice Board '
         'and approved by the Devon Youth Justice Partnership Board. Child First: seeing children as children.</div></div>']
    toc = [("1. Introduction, vision and strategy", "intro"), ("2. Local context", "ctx"),
           ("3. Child First", "cf"), ("4. Governance, leadership and partnership arrangements", "gov"),
           ("5. Progress on the previous plan", "prog"), ("6. Performance", "perf"),
           ("7. Priorities for 2024–25", "pri"), ("8. Resources and workforce", "res"),
           ("9. Risks to delivery", "risk"), ("10. Sign-off", "sign")]
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in toc:
        P.append(f'<div><span>{e(t)}</span><span class="dots"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    # 1 intro
    P.append('<div class="page"><h1 class="t">1. Introduction, vision and strategy</h1><div class="cols">')
    for t in [
        "This is the youth justice plan for Devon for 2024–25. Every local authority must publish a youth justice plan "
        "each year, setting out how youth justice services will be provided and funded, and how the partnership will "
        "improve outcomes for children.",
        "Devon Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of offending, "
        "and with the victims of their offences. It is a multi-agency service hosted by Devon County Council.",
        "Our vision is that children in Devon live safe, healthy lives free from offending, and that the harm caused by "
        "offending is put right wherever possible.",
        "Over the last year the number of children entering the justice system for the first time has fallen, but more "
        "children have been involved in offences of violence, including knife crime. This plan responds to that picture.",
        "The plan has been written with children, parents and carers, victims, staff and partners. It sets five "
        "priorities for the year ahead."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Devon Youth Justice Partnership Board</b></p></div></div>')
    # 2 context
    P.append('<div class="page"><h1 class="t">2. Local context</h1><p>Devon has around 78,000 children aged 10 to 17. '
             'The figures below are illustrative.</p><table><tr><th>Measure</th><th>Devon</th><th>South West</th>'
             '<th>England</th></tr><tr><td>First-time entrants per 100,000</td><td>118</td><td>135</td><td>154</td></tr>'
             '<tr><td>Reoffending rate</td><td>31.2%</td><td>30.4%</td><td>32.1%</td></tr>'
             '<tr><td>Use of custody per 1,000</td><td>0.04</td><td>0.06</td><td>0.09</td></tr>'
             '<tr><td>Children on the caseload</td><td>212</td><td>–</td><td>–</td></tr></table>'
             '<p class="note">Illustrative figures, not official statistics.</p><h2>Who we work with</h2><ul>'
             '<li>Most children are boys aged 15 to 17.</li><li>Around six in ten have an education, health and care '
             'plan or special educational needs.</li><li>One in three has been a child in care.</li><li>Many live in '
             'rural areas with limited public transport.</li></ul></div>')
    # 3 child first
    P.append('<div class="page"><h1 class="t">3. Child First</h1><p>The Youth Justice Board\'s Child First principle '
             'guides everything we do. It has four tenets:</p><div class="tenets">'
             '<div><b>As children</b><br>Prioritise the best interests of children and recognise their needs, '
             'capacities, rights and potential.</div>'
             '<div><b>Building pro-social identity</b><br>Promote children\'s individual strengths and capacities to '
             'develop their pro-social identity.</div>'
             '<div><b>Collaborating with children</b><br>Encourage children\'s active participation, engagement and '
             'wider social inclusion.</div>'
             '<div><b>Diverting from stigma</b><br>Promote a childhood removed from the justice system, using '
             'prevention, diversion and minimal intervention.</div></div>'
             '<h2>Voice of the child</h2><p>Children told us that they want workers who listen, who stick with them and '
             'who help them with things that matter to them, such as getting back into school or finding work. We have '
             'a participation group that meets every month.</p>'
             '<h1 class="t" style="margin-top:6mm">4. Governance, leadership and partnership arrangements</h1>'
             '<p>The Devon Youth Justice Partnership Board meets quarterly and is chaired by the Director of Children\'s '
             'Services. Its members include:</p><div class="cols"><ul>')
    for t in ["Devon County Council children's services and education", "Devon and Cornwall Police", "Probation Service",
              "NHS Devon", "Office of the Police and Crime Commissioner", "Safer Devon Partnership",
              "HM Courts and Tribunals Service", "Voluntary sector representative"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div></div>')
    # 5 progress
    P.append('<div class="page"><h1 class="t">5. Progress on the previous plan</h1><p>Our 2023–24 plan had four '
             'priorities. Progress against each is summarised below.</p><table><tr><th>2023–24 priority</th>'
             '<th>Progress</th><th>Status</th></tr>'
             '<tr><td>Embedding Child First practice</td><td>All staff trained; practice audits show improvement.</td>'
             '<td>Achieved</td></tr>'
             '<tr><td>Disproportionality</td><td>Data now reported to the board each quarter.</td><td>Ongoing</td></tr>'
             '<tr><td>Health and wellbeing of children in the service</td><td>Speech and language therapist recruited.'
             '</td><td>Achieved</td></tr>'
             '<tr><td>Transitions to adult services</td><td>Protocol agreed with probation.</td><td>Achieved</td></tr>'
             '</table>')
    # 6 performance
    P.append('<h1 class="t" style="margin-top:6mm">6. Performance</h1><p>From April 2023 the Youth Justice Board '
             'introduced ten new key performance indicators, which we report every quarter:</p><div class="cols"><ul>')
    for t in ["Suitable accommodation", "Education, training and employment", "Special educational needs and "
              "disabilities", "Mental health care and emotional wellbeing", "Substance misuse",
              "Out-of-court disposals", "Management board attendance", "Wider services", "Serious violence",
              "Victims"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div><p>Alongside these, we report the three national outcome measures: first-time entrants, '
             'reoffending and the use of custody.</p></div>')
    # 7 priorities
    for i, (name, why, dos, kpi) in enumerate(PRIORITIES):
        first = i % 2 == 0
        start = ' page' if first else ''
        intro = ('<h1 class="t">7. Priorities for 2024–25</h1><p>The partnership board has agreed five priorities for '
                 'the year. Each has a lead manager and is monitored by the board.</p>') if i == 0 else ''
        P.append(f'<div class="{start.strip()}">{intro}<div class="pr"><div class="lbl">STRATEGIC PRIORITY {i + 1}</div>'
                 f'<h2>{e(name)}</h2><p>{e(why)}</p><h3>What we will do</h3><ul>')
        P += [f"<li>{e(x)}</li>" for x in dos]
        P.append(f'</ul><div class="kpi"><b>Measured by:</b> {e(kpi)}</div></div></div>')
    # 8 resources
    P.append('<div class="page"><h1 class="t">8. Resources and workforce</h1><p>The service is funded by the partner '
             'agencies and by the Youth Justice Board grant. The figures below are illustrative.</p><table><tr>'
             '<th>Agency</th><th>Staffing (£)</th><th>Other (£)</th><th>Total (£)</th></tr>'
             '<tr><td>Youth Justice Board grant</td><td>612,000</td><td>–</td><td>612,000</td></tr>'
             '<tr><td>Devon County Council</td><td>1,240,000</td><td>210,000</td><td>1,450,000</td></tr>'
             '<tr><td>Police</td><td>96,000</td><td>–</td><td>96,000</td></tr>'
             '<tr><td>Probation</td><td>48,000</td><td>5,000</td><td>53,000</td></tr>'
             '<tr><td>Health</td><td>110,000</td><td>–</td><td>110,000</td></tr>'
             '<tr><td>Police and Crime Commissioner</td><td>–</td><td>45,000</td><td>45,000</td></tr></table>'
             '<h2>Workforce</h2><p>The service has 41 staff and 25 volunteers (illustrative). All staff complete Child '
             'First, trauma-informed practice and restorative justice training.</p>'
             '<h1 class="t" style="margin-top:6mm">9. Risks to delivery</h1><table><tr><th>Risk</th>'
             '<th>Mitigation</th></tr><tr><td>Court delays lengthen the time children wait for an outcome</td><td>Work '
             'with HMCTS to prioritise youth cases</td></tr><tr><td>Recruitment in rural areas</td><td>Flexible and '
             'hybrid working</td></tr><tr><td>Funding uncertainty beyond 2025</td><td>Board to agree a three-year '
             'budget</td></tr></table></div>')
    P.append('<div class="page"><h1 class="t">10. Sign-off</h1><p>This plan was approved by the Devon Youth Justice '
             'Partnership Board in June 2024 and submitted to the Youth Justice Board.</p><p><b>Chair, Devon Youth '
             'Justice Partnership Board</b></p><p>Date: June 2024</p><h2>Glossary</h2><table>'
             '<tr><td>FTE</td><td>First-time entrant to the youth justice system</td></tr>'
             '<tr><td>OOCD</td><td>Out-of-court disposal</td></tr><tr><td>RJ</td><td>Restorative justice</td></tr>'
             '<tr><td>YJB</td><td>Youth Justice Board for England and Wales</td></tr></table></div>')
    P.append('<div class="back"><h2 style="color:#fff;font-size:18pt">Devon Youth Justice Service</h2><p>County Hall, '
             'Topsham Road, Exeter</p><p>youthjustice@devon.example</p><p style="margin-top:40mm;font-size:8pt">All '
             'figures in this plan are illustrative.</p></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style>'
            f'</head><body>{"".join(P)}</body></html>')


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction, vision and strategy", "ctx": "2. Local context Devon",
               "cf": "3. Child First The", "gov": "4. Governance, leadership and partnership arrangements The",
               "prog": "5. Progress on the previous plan Our", "perf": "6. Performance From",
               "pri": "7. Priorities for 2024–25 The", "res": "8. Resources and workforce The",
               "risk": "9. Risks to delivery", "sign": "10. Sign-off This"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "devon_yj.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
