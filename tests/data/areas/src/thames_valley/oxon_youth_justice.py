"""Oxfordshire Youth Justice Plan 2024-25: web page printed by Chromium.

Follows the Youth Justice Board's plan template.  Priorities are headings
"Objective A – X".  Child First tenets, last year's priorities, the national
KPI table, board membership and risks are distractors.
"""
import html
import tempfile
from pathlib import Path

from common import chromium_to_pdf, two_pass

FILE = "strategies/oxfordshire_youth_justice_plan_2024-25.pdf"
TITLE = "Oxfordshire Youth Justice Plan 2024–25"

OBJECTIVES = [
    ("A", "Preventing children from entering the youth justice system",
     "First-time entrants in Oxfordshire fell by more than half over the last decade, but the rate has risen since 2022 "
     "(illustrative). Most children who come to our attention have unmet needs in education, speech and language or "
     "mental health.",
     ["Extend the Turnaround programme to every locality.", "Offer a voluntary diversion assessment to every child "
      "receiving a community resolution.", "Work with schools to reduce suspensions and exclusions of children known to early help."],
     "First-time entrants per 100,000 children aged 10–17."),
    ("B", "Reducing reoffending by children",
     "A small number of children account for a large share of reoffending. Many have experienced trauma, care or "
     "exclusion from school.",
     ["Use the Trauma Recovery Model in case planning for all children on statutory orders.",
      "Provide intensive support at points of transition, including release from custody.",
      "Review every case of reoffending within 28 days to learn lessons."],
     "Binary reoffending rate and frequency of reoffending."),
    ("C", "Reducing serious violence involving children",
     "Knife possession and robbery by children have increased in Oxford and Banbury (illustrative). Children involved in "
     "serious violence are very often victims of exploitation themselves.",
     ["Work with the Thames Valley Violence Reduction Unit on custody and hospital navigators.",
      "Deliver a weapons awareness programme for every child who comes to notice for possession.",
      "Contribute to exploitation panels and share information on children at risk."],
     "Serious violence offences by children (national KPI)."),
    ("D", "Improving education, training and employment outcomes for children in the justice system",
     "Almost half of children supervised by the service are not in suitable full-time education, training or employment "
     "(illustrative).",
     ["Embed an education officer and a careers adviser in the service.", "Make sure every child has an assessment of "
      "special educational needs.", "Create work experience opportunities with local employers."],
     "Children in suitable education, training or employment at the end of their order."),
    ("E", "Putting victims at the centre of restorative practice",
     "Victims tell us they want to be kept informed and, where they choose, to take part in restorative justice.",
     ["Contact every victim within five working days of an outcome.", "Offer restorative justice in every appropriate case.",
      "Develop reparation projects chosen by victims and communities."],
     "Victims offered and taking part in restorative justice."),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 20mm 24mm;
  @top-right { content: "Oxfordshire Youth Justice Service · Youth Justice Plan 2024–25"; font: 8pt 'Liberation Sans'; color: #5C2751; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #333; }
  @left-top { content: ""; background: #5C2751; width: 6mm; } }
@page cover { margin: 0; @top-right { content: none } @bottom-right { content: none } @left-top { content: none } }
@page back { margin: 0; @top-right { content: none } @bottom-right { content: none } @left-top { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.42; color: #1d1d1d; margin: 0; padding-left: 3mm; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 18pt; color: #5C2751; margin: 0 0 3mm 0; font-weight: 700; }
h2 { font-family: 'DejaVu Serif', serif; font-size: 12.5pt; color: #1F6F78; margin: 5mm 0 2mm 0; }
h3.obj { font-size: 11.5pt; color: #fff; background: #1F6F78; padding: 2.5mm 3.5mm; margin: 5mm 0 2mm 0; }
.page { break-before: page; }
.cover { page: cover; margin-left: -3mm; width: 210mm; height: 297mm; position: relative; background: #F6F1F5; break-after: page; }
.cover .blk { position: absolute; left: 0; top: 0; width: 150mm; height: 200mm; background: #5C2751; }
.cover .blk2 { position: absolute; right: 0; bottom: 0; width: 120mm; height: 60mm; background: #1F6F78; }
.cover .t { position: absolute; left: 18mm; top: 60mm; color: #fff; font-family: 'DejaVu Serif', serif; font-size: 32pt; line-height: 1.15; }
.cover .s { position: absolute; left: 18mm; top: 130mm; color: #F0D9EA; font-size: 13pt; }
.cover .o { position: absolute; left: 18mm; top: 22mm; color: #fff; font-size: 11pt; font-weight: 700; }
.cover .f { position: absolute; left: 18mm; bottom: 28mm; font-size: 10pt; width: 60mm; color: #5C2751; }
.toc { margin-top: 4mm; }
.toc div { display: flex; justify-content: space-between; padding: 1.8mm 0; border-bottom: 1px solid #ddd; font-size: 10.5pt; }
.toc div.sub { padding-left: 8mm; font-size: 9.5pt; color: #444; border-bottom: none; padding-top: 0.8mm; padding-bottom: 0.8mm; }
.cols { column-count: 2; column-gap: 7mm; }
.tiles { display: flex; gap: 3mm; margin: 3mm 0; }
.tile { flex: 1; border: 2px solid #5C2751; border-radius: 2mm; padding: 3mm; text-align: center; }
.tile b { display: block; font-size: 17pt; color: #5C2751; }
.tile span { font-size: 7.8pt; }
.tenets { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.tenet { background: #F6F1F5; padding: 3mm; border-left: 4px solid #5C2751; font-size: 8.8pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0; }
th { background: #5C2751; color: #fff; text-align: left; padding: 1.8mm; }
td { border: 1px solid #ccc; padding: 1.6mm 1.8mm; vertical-align: top; }
ul { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin-bottom: 0.8mm; }
.obj-wrap { break-inside: avoid; }
.note { font-size: 7.5pt; color: #666; }
.quote { font-style: italic; color: #1F6F78; border-left: 3px solid #1F6F78; padding-left: 3mm; margin: 2mm 0; }
.backp { page: back; break-before: page; margin-left: -3mm; width: 210mm; height: 297mm; background: #5C2751; color: #fff; padding: 150mm 20mm 0 20mm; }
"""

SECTIONS = [("1. Introduction, vision and strategy", "s1"), ("2. Local context", "s2"), ("3. Child First", "s3"),
            ("4. Voice of the child", "s4"), ("5. Governance, leadership and partnership arrangements", "s5"),
            ("6. Progress on the previous plan", "s6"), ("7. Performance", "s7"), ("8. Priorities for 2024–25", "s8"),
            ("9. Resources and services", "s9"), ("10. Workforce development", "s10"),
            ("11. Challenges, risks and issues", "s11"), ("12. Sign off", "s12")]


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = ['<div class="cover"><div class="blk"></div><div class="blk2"></div><div class="o">OXFORDSHIRE YOUTH JUSTICE SERVICE</div>'
         '<div class="t">Youth Justice<br>Plan<br>2024–25</div><div class="s">Child First: safer children, safer communities</div>'
         '<div class="f">Oxfordshire County Council<br>Youth Justice Management Board</div></div>']
    P.append('<h1>Contents</h1><div class="toc">')
    for text, key in SECTIONS:
        P.append(f"<div><span>{e(text)}</span><span>{pages.get(key, 0)}</span></div>")
        if key == "s8":
            for letter, name, *_ in OBJECTIVES:
                P.append(f'<div class="sub"><span>Objective {letter} – {e(name)}</span><span>{pages.get("o" + letter, 0)}</span></div>')
    P.append("</div>")
    # 1
    P.append('<div class="page"><h1>1. Introduction, vision and strategy</h1><div class="cols">')
    for t in [
        "I am pleased to present the Oxfordshire Youth Justice Plan for 2024–25 on behalf of the Youth Justice Management "
        "Board. The plan is produced under section 40 of the Crime and Disorder Act 1998 and follows the guidance of the "
        "Youth Justice Board for England and Wales.",
        "The number of children in Oxfordshire who enter the justice system remains low compared with the national average, "
        "and the service was judged good at its last inspection. But the children we work with have increasingly complex "
        "needs, and a small number are involved in serious violence and exploitation.",
        "Our vision is that every child in Oxfordshire who comes into contact with the justice system is seen as a child "
        "first, is supported to build a positive identity, and has the opportunity to lead a safe and fulfilling life "
        "without offending.",
        "This plan reviews our progress over the last year, sets out our performance against the national key performance "
        "indicators and describes five objectives for 2024–25. It has been developed with children, families, staff and "
        "partners, and it has been approved by the management board.",
    ]:
        P.append(f"<p>{e(t)}</p>")
    P.append("<p><b>Chair, Oxfordshire Youth Justice Management Board</b></p></div>")
    P.append('<h2>Our vision</h2><p class="quote">Children in Oxfordshire are safe, are treated as children, and are helped '
             'to lead crime-free lives.</p>')
    P.append('<h2>Links to other plans</h2><ul><li>Oxfordshire Children and Young People\'s Plan</li><li>Thames Valley '
             'Police and Crime Plan 2021–2025</li><li>Thames Valley Serious Violence Response Strategy</li>'
             '<li>Oxfordshire Domestic Abuse Strategy</li></ul></div>')
    # 2 + 3
    P.append('<div class="page"><h1>2. Local context</h1><p>Oxfordshire has around 70,000 children aged 10 to 17. The '
             'figures below are illustrative.</p><div class="tiles">')
    for n, c in [("146", "children supervised in the year"), ("92", "first-time entrants"), ("31%", "reoffending rate"),
                 ("4", "children sentenced to custody"), ("47%", "in suitable education or work")]:
        P.append(f'<div class="tile"><b>{n}</b><span>{e(c)}</span></div>')
    P.append('</div><p class="note">Illustrative figures only.</p><div class="cols"><p>Black and mixed-heritage children are '
             'over-represented among children supervised by the service compared with the county population. Around 40% '
             'of children supervised have an education, health and care plan or SEN support, and two thirds have '
             'experienced adverse childhood experiences such as domestic abuse or parental substance misuse.</p><p>The '
             'service is organised in three locality teams (north, city and south) with a county-wide prevention team, '
             'health team and restorative justice team.</p></div>')
    P.append('<h1 style="margin-top:6mm">3. Child First</h1><p>The Youth Justice Board\'s guiding principle is Child First. '
             'Our practice is built on its four tenets:</p><div class="tenets">')
    for h, t in [("As children", "Prioritise the best interests of children and recognise their particular needs, capacities, rights and potential."),
                 ("Building pro-social identity", "Promote children's individual strengths and capacities to develop a pro-social identity for sustainable desistance."),
                 ("Collaborating with children", "Encourage children's active participation, engagement and wider social inclusion."),
                 ("Diverting from stigma", "Promote a childhood removed from the justice system, using prevention, diversion and minimal intervention.")]:
        P.append(f'<div class="tenet"><b>{e(h)}</b><br>{e(t)}</div>')
    P.append("</div></div>")
    # 4 + 5
    P.append('<div class="page"><h1>4. Voice of the child</h1><p>Children tell us about their experience through feedback '
             'at the end of their intervention, a participation group and an annual survey.</p>')
    for q in ["“My worker actually listened. She didn't just tell me what to do.”",
              "“I didn't know what a referral order was until the panel. Explain it before.”",
              "“The football sessions kept me out of trouble over the summer.”"]:
        P.append(f'<p class="quote">{e(q)}</p>')
    P.append('<h1 style="margin-top:6mm">5. Governance, leadership and partnership arrangements</h1><p>The service sits in '
             'Oxfordshire County Council\'s Children\'s Services directorate. The Youth Justice Management Board meets '
             'quarterly and is chaired by the Director of Children\'s Services. Its members are:</p><div class="cols"><ul>')
    for t in ["Oxfordshire County Council Children's Services", "Thames Valley Police", "Probation Service", "Oxford Health NHS Foundation Trust",
              "BOB Integrated Care Board", "Education (schools and virtual school)", "Office of the Police and Crime Commissioner",
              "HM Courts and Tribunals Service (magistrates' bench)", "Oxfordshire County Council Public Health",
              "District council community safety leads"]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div><p>The board reports to the Oxfordshire Safeguarding Children Partnership and the Safer Oxfordshire "
             "Partnership.</p></div>")
    # 6 previous plan
    P.append('<div class="page"><h1>6. Progress on the previous plan</h1><p>Our 2023–24 plan set four priorities. Progress '
             'against each is summarised below.</p><table><tr><th>2023–24 priority</th><th>Progress</th><th>Status</th></tr>')
    for a, b, c in [("Reduce first-time entrants through earlier help", "Turnaround launched in two localities; first-time entrants stable.", "Partly achieved"),
                    ("Address disproportionality for Black and mixed-heritage children", "Disproportionality audit completed; action plan agreed with police.", "Ongoing"),
                    ("Improve transitions to adult probation", "Joint transitions protocol signed with the Probation Service.", "Achieved"),
                    ("Strengthen health support for children", "Speech and language therapist recruited.", "Achieved")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>")
    P.append("</table>")
    # 7 performance
    P.append('<h1 style="margin-top:6mm">7. Performance</h1><p>Since April 2023 youth justice services report against ten '
             'national key performance indicators. Our latest results (illustrative) are:</p><table><tr><th>KPI</th><th>Measure</th><th>Oxfordshire</th></tr>')
    for a, b, c in [("Suitable accommodation", "% of children in suitable accommodation at end of order", "91%"),
                    ("Education, training and employment", "% in suitable ETE at end of order", "47%"),
                    ("SEND / ALN", "% with an identified need who have a plan", "88%"),
                    ("Mental health care and wellbeing", "% with a need who are in treatment", "63%"),
                    ("Substance misuse", "% with a need who are receiving support", "71%"),
                    ("Out-of-court disposals", "% of interventions completed", "84%"),
                    ("Links to wider services", "% with a referral to wider services", "52%"),
                    ("Management board attendance", "Attendance of statutory partners", "90%"),
                    ("Serious violence", "Rate of serious violence offences", "9 per 10,000"),
                    ("Victims", "% of victims engaged who were offered RJ", "78%")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>")
    P.append("</table></div>")
    # 8 objectives
    P.append('<div class="page"><h1>8. Priorities for 2024–25</h1><p>The management board has agreed five objectives for '
             '2024–25, based on our performance, our needs assessment and what children have told us.</p>')
    for letter, name, why, acts, measure in OBJECTIVES:
        P.append(f'<div class="obj-wrap"><h3 class="obj">Objective {letter} – {e(name)}</h3><p>{e(why)}</p>'
                 f'<p><b>Actions</b></p><ul>' + "".join(f"<li>{e(a)}</li>" for a in acts) +
                 f'</ul><p><b>Measure:</b> {e(measure)}</p></div>')
    P.append("</div>")
    # 9-11
    P.append('<div class="page"><h1>9. Resources and services</h1><p>The service is funded by the Youth Justice Board grant '
             'and contributions from partners. Figures are illustrative.</p><table><tr><th>Source</th><th>£ (2024–25)</th></tr>')
    for a, b in [("Youth Justice Board grant", "712,000"), ("Oxfordshire County Council", "1,486,000"), ("Thames Valley Police", "98,000"),
                 ("Probation Service", "46,000"), ("Health", "122,000"), ("Police and Crime Commissioner", "64,000"), ("Total", "2,528,000")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><h1 style="margin-top:6mm">10. Workforce development</h1><p>All staff complete training in the Trauma '
             'Recovery Model, AssetPlus, restorative practice and contextual safeguarding. This year we will add training on '
             'speech, language and communication needs and on working with neurodivergent children.</p>'
             '<h1 style="margin-top:6mm">11. Challenges, risks and issues</h1><ul>')
    for t in ["Court delays mean some children wait many months for a hearing.", "Recruitment of experienced case managers is difficult.",
              "Demand for mental health support exceeds capacity.", "Funding for prevention depends on short-term grants."]:
        P.append(f"<li>{e(t)}</li>")
    P.append("</ul></div>")
    # 12 sign off
    P.append('<div class="page"><h1>12. Sign off</h1><p>This plan was approved by the Oxfordshire Youth Justice Management '
             'Board in June 2024.</p><table><tr><th>Role</th><th>Signature</th><th>Date</th></tr>'
             '<tr><td>Chair of the Youth Justice Management Board</td><td>[signed]</td><td>June 2024</td></tr>'
             '<tr><td>Head of Youth Justice Service</td><td>[signed]</td><td>June 2024</td></tr></table></div>')
    P.append('<div class="backp"><h1 style="color:#fff">Oxfordshire Youth Justice Service</h1><p>County Hall, New Road, '
             'Oxford</p><p>yjs@oxfordshire.example</p><p style="font-size:8pt;margin-top:20mm">Figures in this plan are '
             'illustrative.</p></div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style>'
            f'</head><body>{"".join(P)}</body></html>')


def build(root):
    out = root / FILE
    needles = {k: t for t, k in SECTIONS}
    needles.update({f"o{letter}": f"Objective {letter} – {name}" for letter, name, *_ in OBJECTIVES})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "oxon_youth_justice.html"

        def run(pages):
            src.write_text(render(pages), encoding="utf-8")
            chromium_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
