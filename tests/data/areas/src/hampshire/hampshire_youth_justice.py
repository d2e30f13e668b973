"""Hampshire Youth Justice Plan 2024-25 (Hampshire Youth Justice Service): HTML printed by Chromium (YJB plan
headings, Liberation Sans).

Four priorities, stated once, as the **first column of the action plan** that spans pp6-7: "Board priority"
| "Action" | "Lead" | "By" | "How we will know".  Each priority is a merged (rowspan) cell, shaded and bold,
at the top of its group of five action rows, wrapping over two to four lines; no numbers.  Three groups
are on p6 and the fourth on p7, under the repeated header row.  The Child First tenets and the 2023-24 review table (p5, its
first column holds last year's priorities), the YJB key performance indicators (p4), the action rows and the
"How we will know" measures are distractors.
"""
from common import chromium_to_pdf, two_pass
from hampshire.work import e, work_file

FILE = "strategies/hampshire_youth_justice_plan_2024-25.pdf"
TITLE = "Hampshire Youth Justice Plan 2024–25"

PRIORITIES = [
    ("Preventing children from entering the justice system", [
        ("Expand Turnaround to every district, with a named worker for each referral", "Prevention manager", "Jun 2024",
         "Referrals and completions"),
        ("Offer every child on an out-of-court resolution a health, speech and language and education check",
         "Health lead", "Sep 2024", "Checks completed within 20 days"),
        ("Agree a joint decision-making panel with the police for all out-of-court resolutions", "Police, YJS",
         "Jul 2024", "Panel in place; decisions audited"),
        ("Work with schools to reduce exclusions of children known to the service", "Education lead", "Mar 2025",
         "Fewer permanent exclusions"),
        ("Review first-time entrants by district and ethnicity every quarter", "Performance lead", "Quarterly",
         "Disproportionality report to board")]),
    ("Reducing reoffending by children", [
        ("Use the live reoffending tracker in every team and review the highest-risk children each month",
         "Team managers", "Jun 2024", "Tracker used; monthly review"),
        ("Improve education, training and employment for children over 16, with two new college pathways",
         "ETE lead", "Sep 2024", "Children in suitable ETE"),
        ("Plan transitions to adult probation from age 17 and a half", "Probation, YJS", "Dec 2024",
         "Transition plans completed on time"),
        ("Make sure every child leaving custody has suitable accommodation on the day of release",
         "Children's Services", "Mar 2025", "No child released without a home"),
        ("Offer speech and language support to every child on a court order", "Health lead", "Mar 2025",
         "Assessments completed")]),
    ("Keeping children safe from criminal exploitation", [
        ("Screen every child for exploitation at assessment, using the Hampshire exploitation toolkit",
         "Practice lead", "Jun 2024", "Screening rate"),
        ("Attend every missing, exploited and trafficked (MET) panel for children known to the service",
         "Team managers", "Ongoing", "Attendance"),
        ("Refer children to the National Referral Mechanism and support them through it", "Practice lead",
         "Ongoing", "NRM referrals and decisions"),
        ("Train staff in contextual safeguarding and the use of disruption powers", "Workforce lead", "Dec 2024",
         "Staff trained"),
        ("Share intelligence on county lines with the police every week", "Police, YJS", "Ongoing",
         "Intelligence submissions")]),
    ("Putting victims at the heart of restorative justice", [
        ("Contact every identified victim within ten working days and offer restorative justice",
         "Victim worker", "Jun 2024", "Contact rate"),
        ("Give victims a say in the reparation projects children complete", "Reparation coordinator", "Sep 2024",
         "Projects chosen with victims"),
        ("Train all case managers in restorative practice", "Workforce lead", "Dec 2024", "Staff trained"),
        ("Survey victims about their experience and act on the results", "Performance lead", "Mar 2025",
         "Victim satisfaction"),
        ("Develop restorative approaches for harm within families", "Practice lead", "Mar 2025",
         "Family cases offered RJ")]),
]

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
  @top-left { content: "Hampshire Youth Justice Service"; font: 7.5pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; line-height: 1.45; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #fff; break-after: page; }
.cover .bar { position: absolute; left: 0; top: 0; width: 24mm; height: 297mm; background: #00594F; }
.cover .org { position: absolute; left: 36mm; top: 30mm; font-size: 11pt; font-weight: 700; color: #00594F; }
.cover h1 { position: absolute; left: 36mm; top: 100mm; font-size: 34pt; line-height: 1.1; margin: 0; color: #00594F; }
.cover .yr { position: absolute; left: 36mm; top: 145mm; font-size: 20pt; color: #D4A017; }
.cover .st { position: absolute; left: 36mm; top: 250mm; font-size: 9pt; color: #555; width: 150mm; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #00594F; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #00594F; margin: 5mm 0 2mm 0; }
.toc p { display: flex; margin: 0; padding: 2mm 0; font-size: 11pt; }
.toc p span.l { flex: 1; border-bottom: 1px dotted #888; margin: 0 2mm 1.3mm 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
th { background: #00594F; color: #fff; text-align: left; padding: 1.8mm 2mm; vertical-align: bottom; }
td { border: 1px solid #cddedb; padding: 1.6mm 2mm; vertical-align: top; }
td.pri { background: #E3EFED; font-weight: 700; font-size: 10pt; color: #00594F; width: 36mm; line-height: 1.3; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.note { font-size: 7.6pt; color: #666; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #00594F; color: #fff; padding: 180mm 20mm 0 36mm; }
"""


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="bar"></div><div class="org">HAMPSHIRE YOUTH JUSTICE SERVICE</div>'
             '<h1>Youth Justice Plan</h1><div class="yr">2024–25</div><div class="st">Prepared under section 40 of '
             'the Crime and Disorder Act 1998 and the Youth Justice Board\'s guidance on youth justice plans.</div>'
             '</div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("1. Introduction from the chair", "intro"), ("2. Local context and performance", "ctx"),
                 ("3. Child First and our review of 2023–24", "cf"), ("4. Board priorities and action plan 2024–25", "pri"),
                 ("5. Governance, resources and risks", "gov")]:
        P.append(f'<p><span>{e(t)}</span><span class="l"></span><span>{pages.get(k, 0)}</span></p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">1. Introduction from the chair</h1>')
    for t in [
        "Hampshire Youth Justice Service works with children aged 10 to 17 across the eleven districts of Hampshire. "
        "Southampton, Portsmouth and the Isle of Wight have youth justice services of their own.",
        "Fewer children are entering the justice system than five years ago, but those who do often have complex "
        "needs: many have been excluded from school, many are known to children's social care, and a growing number "
        "are being exploited.",
        "This plan sets out the management board's priorities for 2024–25 and, in one action plan, what each partner "
        "will do about them. Children and families helped us to write it."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Hampshire Youth Justice Management Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">2. Local context and performance</h1><p>The figures below are '
             'illustrative and are not official statistics.</p><table><thead><tr><th>Indicator</th><th>2022–23</th>'
             '<th>2023–24</th></tr></thead>')
    for r in [("Children aged 10–17", "141,000", "142,500"), ("First-time entrants", "198", "181"),
              ("Reoffending rate", "33%", "30%"), ("Custodial sentences", "11", "8"),
              ("Children in suitable education, training or employment", "68%", "71%")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>The Youth Justice Board\'s key performance indicators</h2><p>From April 2023 we report '
             'on ten KPIs: Suitable accommodation; Education, training and employment; Special educational needs '
             'and disabilities; Mental health care and emotional wellbeing; Substance misuse; Out-of-court '
             'disposals; Links to wider services; Management board attendance; Serious violence; and Victims.</p></div>')
    P.append('<div class="pg"><h1 class="t">3. Child First and our review of 2023–24</h1><p>We follow the Youth '
             'Justice Board\'s Child First principle. Its four tenets: see children as children; develop pro-social '
             'identity; collaborate with children; and promote diversion.</p><h2>Review of 2023–24</h2>'
             '<table><thead><tr><th>2023–24 priority</th><th>Status</th><th>Comment</th></tr></thead>')
    for r in [("Prevention and diversion", "Green", "Turnaround launched in six districts"),
              ("Education, training and employment", "Amber", "More children in full-time education"),
              ("Serious youth violence", "Amber", "Knife possession by children slightly down"),
              ("Disproportionality", "Red", "Black and mixed heritage children still over-represented")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">4. Board priorities and action plan 2024–25</h1><p>The board has agreed '
             'four priorities for 2024–25. They are set out in the first column of the action plan below, with the '
             'actions, leads and dates agreed for each. Progress is reviewed at every board meeting.</p><table>'
             '<thead><tr><th>Board priority</th><th>Action</th><th>Lead</th><th>By</th><th>How we will know</th></tr>'
             '</thead>')
    for name, acts in PRIORITIES:
        P.append("<tbody>")
        for k, (a, lead, by, know) in enumerate(acts):
            first = f'<td class="pri" rowspan="{len(acts)}">{e(name)}</td>' if k == 0 else ""
            P.append(f"<tr>{first}<td>{e(a)}</td><td>{e(lead)}</td><td>{e(by)}</td><td>{e(know)}</td></tr>")
        P.append("</tbody>")
    P.append('</table><p class="note">Leads are roles, not named individuals.</p></div>')
    P.append('<div class="pg"><h1 class="t">5. Governance, resources and risks</h1><p>The management board includes '
             'Hampshire County Council, Hampshire and Isle of Wight Constabulary, the Probation Service, the NHS, '
             'education and the Office of the Police and Crime Commissioner. It links with the Violence Reduction '
             'Unit and the Hampshire Safeguarding Children Partnership.</p><table><thead><tr><th>Funding source '
             '(illustrative)</th><th>£000</th></tr></thead>')
    for r in [("Youth Justice Board grant", "1,420"), ("Hampshire County Council", "2,960"),
              ("Police and Crime Commissioner", "260"), ("Probation Service", "95"), ("NHS", "310")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Risks</h2><ul><li>Rising numbers of exploitation cases; mitigated by an extra practitioner '
             'funded by the Commissioner.</li><li>Recruitment of qualified staff; mitigated by a grow-our-own '
             'scheme.</li></ul><p>Contact: yjs@hants.example</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Hampshire Youth Justice Service</h2><p>Child First · '
             'Offender Second</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction from the chair Hampshire", "ctx": "2. Local context and performance The",
               "cf": "3. Child First and our review of 2023–24 We", "pri": "4. Board priorities and action plan 2024–25 The",
               "gov": "5. Governance, resources and risks The"}
    src = work_file("hampshire_youth_justice.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
