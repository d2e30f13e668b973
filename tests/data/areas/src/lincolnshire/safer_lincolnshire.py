"""Safer Lincolnshire Partnership Strategy 2024-2027: HTML printed by Chromium (DejaVu Sans).

Five priorities, stated once, on p6 as **periodic-table element tiles** ("The elements of a safer
Lincolnshire"): a row of five square tiles, each with a small number "01" in the top-left corner, a large
two-letter "symbol" ("As", "Vg" ...), the priority in bold under it (wrapping over two to four lines) and a
grey "Lead: ..." line at the foot.  Two grey "enabler" tiles in a separate strip below ("Sharing
information", "Listening to communities") are labelled as not priorities.  The previous strategy's seven
priorities (p4), the key findings (p4), the PCC's six priorities quoted (p5), the statutory duties (p5),
the delivery group names (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from lincolnshire.work import work_file

FILE = "strategies/safer_lincolnshire_partnership_strategy_2024-27.pdf"
TITLE = "Safer Lincolnshire Partnership Strategy 2024–2027"

PRIORITIES = [
    ("01", "As", "Reducing anti-social behaviour and its impact on communities", "ASB Core Group", "#2F6B4F"),
    ("02", "Vg", "Tackling violence against women and girls", "Domestic Abuse Partnership", "#7A2E62"),
    ("03", "Sv", "Reducing serious violence", "Serious Violence Duty Group", "#A2452C"),
    ("04", "Ms", "Tackling modern slavery and human trafficking", "Modern Slavery Partnership", "#2C5282"),
    ("05", "Pr", "Preventing people from being drawn into terrorism", "Prevent Board", "#5B5B2E"),
]

DESCRIPTIONS = [
    "Persistent ASB wears communities down. We will use the ASB case review, joint problem-solving and early "
    "warning letters, and make sure victims of ASB are supported and kept informed.",
    "Including domestic abuse, sexual violence and stalking. The Domestic Abuse Partnership leads, and every "
    "member of this partnership will train its staff to recognise and respond to abuse.",
    "We will meet the Serious Violence Duty together, using the county's strategic needs assessment, with a "
    "focus on knife crime and violence in public places.",
    "Exploitation of workers in agriculture, food processing, car washes and nail bars, and trafficking for "
    "sexual exploitation. We will train frontline staff to spot the signs and support survivors.",
    "We will deliver the Prevent duty across the county, support people at risk of radicalisation through "
    "Channel, and respond quickly to community tension.",
]

CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-left { content: "Safer Lincolnshire Partnership"; font: 7.5pt 'DejaVu Sans'; color: #888; }
  @bottom-right { content: counter(page); font: bold 9pt 'DejaVu Sans'; color: #2F6B4F; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #F3F1EA; break-after: page; overflow: hidden; }
.cover .grid { position: absolute; left: 18mm; top: 60mm; display: grid; grid-template-columns: repeat(5, 30mm); gap: 3mm; }
.cover .grid div { height: 30mm; border-radius: 2mm; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; color: #2F6B4F; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 130mm; font-size: 30pt; line-height: 1.15; margin: 0; color: #1E3A2D; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 172mm; font-size: 16pt; color: #7A2E62; }
.cover .foot { position: absolute; left: 18mm; bottom: 18mm; font-size: 8.5pt; color: #555; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #1E3A2D; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #7A2E62; margin: 5mm 0 2mm 0; }
.toc td { border: 0; border-bottom: 1px dashed #bbb; font-size: 10.5pt; padding: 2.4mm 0; }
.toc td.n { text-align: right; width: 15mm; color: #2F6B4F; font-weight: 700; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #EEF3EF; padding: 3mm; } .stat b { font-size: 15pt; color: #2F6B4F; display: block; }
.quote { border: 1px solid #ccc; background: #FAFAF7; padding: 3mm 4mm; font-size: 8.6pt; margin: 3mm 0; }
.elements { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2.5mm; margin: 6mm 0 3mm 0; }
.el { height: 58mm; color: #fff; padding: 2.5mm 2.5mm; position: relative; border-radius: 1.5mm; }
.el .no { font-size: 8pt; font-weight: 700; opacity: .85; }
.el .sym { font-size: 26pt; font-weight: 700; line-height: 1.1; margin: 1mm 0 2mm 0; }
.el .nm { font-size: 9.6pt; font-weight: 700; line-height: 1.25; }
.el .ld { position: absolute; left: 2.5mm; bottom: 2.5mm; right: 2.5mm; font-size: 6.6pt; opacity: .85; line-height: 1.2; }
.enab { display: flex; gap: 2.5mm; margin: 2mm 0 5mm 0; align-items: stretch; }
.enab .lab { font-size: 7.5pt; color: #666; width: 38mm; padding-top: 2mm; }
.enab .e { border: 1.5px dashed #999; color: #555; padding: 2mm 3mm; font-size: 8.5pt; width: 45mm; border-radius: 1.5mm; }
.key { font-size: 7.6pt; color: #666; margin-top: 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #1E3A2D; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d6dfd8; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #1E3A2D; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">SAFER LINCOLNSHIRE PARTNERSHIP</div><div class="grid">')
    for _, _, _, _, col in PRIORITIES:
        P.append(f'<div style="background:{col}"></div>')
    P.append('</div><h1>Safer Lincolnshire Partnership Strategy</h1><div class="yr">2024 – 2027</div>'
             '<div class="foot">Lincolnshire County Council · the seven district councils · Lincolnshire Police · '
             'Lincolnshire Fire and Rescue · Probation · NHS Lincolnshire ICB</div></div>')
    P.append('<h1 class="t">Contents</h1><table class="toc">')
    for t, k in [("Foreword", "fw"), ("Lincolnshire at a county level", "ctx"), ("Where we fit", "fit"),
                 ("The elements of a safer Lincolnshire", "pri"), ("How we will deliver", "del"),
                 ("Measuring progress", "gov")]:
        P.append(f'<tr><td>{e(t)}</td><td class="n">{pages.get(k, 0)}</td></tr>')
    P.append('</table>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "The Safer Lincolnshire Partnership is the community safety partnership for the county. It brings together "
        "Lincolnshire County Council, the City of Lincoln Council and the six other district councils, Lincolnshire "
        "Police, Lincolnshire Fire and Rescue, the Probation Service, the NHS and the Office of the Police and Crime "
        "Commissioner.",
        "District partnerships in Lincoln, Boston and elsewhere deal with what matters most in their own towns. "
        "This strategy sets out the few things that need the whole county to act together.",
        "We have kept the list short on purpose. Fewer priorities, done well, will make more difference than a long "
        "list that nobody owns."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Lincolnshire Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Lincolnshire at a county level</h1><p>The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("775,000", "residents"), ("8", "councils working in the partnership"),
                 ("14,900", "ASB incidents reported in 2023/24"), ("13,400", "domestic abuse incidents and crimes"),
                 ("212", "modern slavery referrals"), ("47", "Prevent referrals")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["ASB is the issue residents raise most often, above all in coastal towns in summer.",
              "One in five recorded crimes in the county is domestic abuse related.",
              "Knife crime is low but rising in Lincoln and Boston.",
              "Labour exploitation is under-reported in agriculture and food processing."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our 2021–2024 priorities</h2><p>The last strategy had seven priorities: Anti-social '
             'behaviour; Domestic abuse; Sexual violence; Reducing reoffending; Serious violence; Modern slavery; '
             'and Prevent. Reducing reoffending now sits with the Lincolnshire Reducing Reoffending Board, and '
             'domestic abuse and sexual violence are brought together in a single priority.</p></div>')
    P.append('<div class="pg"><h1 class="t">Where we fit</h1><h2>Statutory duties</h2><p>The partnership meets '
             'the duties of the Crime and Disorder Act 1998 (as amended), the Serious Violence Duty in the Police, '
             'Crime, Sentencing and Courts Act 2022, the Domestic Abuse Act 2021 and the Prevent duty in the '
             'Counter-Terrorism and Security Act 2015.</p><div class="quote"><b>The Police and Crime Plan '
             '2025–2029 (quoted).</b> The Commissioner\'s six priorities are: Safe and confident communities; '
             'Protecting rural Lincolnshire; Tackling violence against women and girls; Putting victims and '
             'witnesses first; Reducing violence, drugs and exploitation; and Policing that is visible, trusted and '
             'efficient.</div><h2>Other partnerships</h2><p>The Lincolnshire Domestic Abuse Partnership, the '
             'Combating Drugs Partnership, the Reducing Reoffending Board and the Youth Offending Service '
             'management board each publish their own strategy. We do not repeat their work; we make sure it joins '
             'up.</p></div>')
    P.append('<div class="pg"><h1 class="t">The elements of a safer Lincolnshire</h1><p>Our five priorities for '
             '2024 to 2027 are shown below as the elements of a safer county. Each has a lead group that reports to '
             'the board every quarter.</p><div class="elements">')
    for no, sym, name, lead, col in PRIORITIES:
        P.append(f'<div class="el" style="background:{col}"><div class="no">{no}</div><div class="sym">{sym}</div>'
                 f'<div class="nm">{e(name)}</div><div class="ld">Lead: {e(lead)}</div></div>')
    P.append('</div><div class="enab"><div class="lab">Enablers that run through all five (not priorities '
             'in their own right):</div><div class="e">Sharing information</div><div class="e">Listening to '
             'communities</div></div><h2>What each element means</h2>')
    for (no, sym, name, _, _), d in zip(PRIORITIES, DESCRIPTIONS):
        P.append(f'<p><b>{sym}</b> · {e(d)}</p>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">How we will deliver</h1><p>Each lead group has an action plan. The '
             'main actions for 2024/25 are:</p><table><tr><th>Lead group</th><th>Key actions 2024/25</th>'
             '<th>Chair</th></tr>')
    for r in [("ASB Core Group", "Adopt one ASB case review process in all districts; summer coastal plan", "District council"),
              ("Domestic Abuse Partnership", "Domestic abuse training for all partner staff; stalking clinic", "County council"),
              ("Serious Violence Duty Group", "Refresh the strategic needs assessment; knife-crime education", "Police"),
              ("Modern Slavery Partnership", "Labour exploitation awareness with growers and packhouses", "Police"),
              ("Prevent Board", "Prevent training for schools, colleges and councils", "County council")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Enablers</h2><p>An information sharing agreement signed by every partner, and a '
             'twice-yearly community safety survey.</p></div>')
    P.append('<div class="pg"><h1 class="t">Measuring progress</h1><p>The board meets quarterly and reports to '
             'the county council\'s Overview and Scrutiny Management Board and to the Police and Crime '
             'Commissioner.</p><table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "14,900", "Down"), ("Repeat victims of domestic abuse", "29%", "Down"),
              ("Knife crime offences", "310", "Down"), ("Modern slavery referrals", "212", "Up (better recognition)"),
              ("Prevent referrals", "47", "Up (earlier referral)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Safer Lincolnshire Partnership</h2>'
             '<p>County Offices, Newland, Lincoln</p><p>saferlincolnshire@lincolnshire.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword The Safer Lincolnshire", "ctx": "Lincolnshire at a county level The figures",
               "fit": "Where we fit Statutory", "pri": "The elements of a safer Lincolnshire Our five",
               "del": "How we will deliver Each", "gov": "Measuring progress The board"}
    src = work_file("safer_lincolnshire.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
