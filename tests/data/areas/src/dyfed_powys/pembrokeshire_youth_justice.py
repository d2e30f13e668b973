"""Pembrokeshire Youth Justice Service Plan 2024-2025: HTML printed by Chromium (YJB plan template).

Five priorities, stated once, on p7, as the bold first-column cells of a
three-column table ("Our priority" | "What we will do" | "Lead"); the priority
cells have a coloured left rule and no number.  Distractors: the Welsh summary
(Crynodeb, p3), the Child First tenets and the Youth Justice Blueprint for
Wales (p5), the 2023-24 priorities in a RAG table (p6, among them "Serious
youth violence"), the YJB key performance indicators (p8, among them "Serious
violence" and "Victims") and the risks.
"""
import html

from common import chromium_to_pdf, two_pass
from dyfed_powys.work import work_file

FILE = "strategies/pembrokeshire_youth_justice_plan_2024-25.pdf"
TITLE = "Pembrokeshire Youth Justice Service Plan 2024–2025"

PRIORITIES = [
    ("Preventing children from entering the youth justice system",
     ["Bureau decisions for every child eligible for an out-of-court outcome", "Prevention work with children "
      "referred by schools and the police"], "Prevention team"),
    ("Reducing reoffending by children",
     ["Review every child who reoffends within twelve months", "Trauma-informed plans for the small group of "
      "children who reoffend most"], "Operational manager"),
    ("Reducing children's involvement in serious violence",
     ["Contribute to the Dyfed-Powys serious violence strategy", "Knife crime sessions for every child with a "
      "weapons offence"], "Youth justice manager"),
    ("Supporting victims through restorative justice",
     ["Contact every identifiable victim within ten days", "Offer restorative conferences and letters of "
      "apology"], "Victim worker"),
    ("Meeting children's speech, language and communication needs",
     ["Screen every child for speech, language and communication needs", "A speech and language therapist in the "
      "team two days a week"], "Health lead"),
]

CSS = """
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @top-right { content: "Pembrokeshire Youth Justice Service · Gwasanaeth Cyfiawnder Ieuenctid Sir Benfro"; font: 7pt 'DejaVu Sans'; color: #7A5C00; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555; } }
@page bare { margin: 0; @top-right { content: none } @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #FFF8E5; position: relative; overflow: hidden; break-after: page; }
.cover .bar { position: absolute; left: 0; top: 0; width: 24mm; height: 297mm; background: #C48A00; }
.cover .org { position: absolute; left: 36mm; top: 30mm; font-size: 9.5pt; color: #5A4300; line-height: 1.6; }
.cover .cy { position: absolute; left: 36mm; top: 110mm; font-size: 17pt; color: #8A6A00; font-style: italic; }
.cover h1 { position: absolute; left: 36mm; top: 124mm; font-size: 30pt; margin: 0; color: #2B2100; }
.cover .yr { position: absolute; left: 36mm; top: 160mm; font-size: 18pt; color: #C48A00; }
.page { break-before: page; }
h1.t { font-size: 18pt; color: #5A4300; margin: 0 0 4mm 0; border-bottom: 2px solid #C48A00; padding-bottom: 1.5mm; }
h2 { font-size: 11pt; color: #8A6A00; margin: 4mm 0 2mm 0; }
.toc div { display: flex; padding: 1.8mm 0; font-size: 10pt; }
.toc .l { flex: 1; border-bottom: 1px dotted #C48A00; margin-right: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 4mm 0; }
th { text-align: left; background: #5A4300; color: #fff; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #E6D8B0; padding: 2mm 2mm; vertical-align: top; }
td.pr { font-weight: 700; font-size: 10pt; color: #2B2100; border-left: 4px solid #C48A00; width: 38%; line-height: 1.35; }
td ul { margin: 0; padding-left: 4mm; }
.rag { font-weight: 700; }
.g { color: #2E7D32; } .a { color: #B26A00; } .r { color: #B00020; }
.kpis { columns: 2; column-gap: 8mm; }
.cy-box { background: #FFF3CC; padding: 3mm 4mm; font-style: italic; }
.note { font-size: 7.4pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="bar"></div><div class="org">Gwasanaeth Cyfiawnder Ieuenctid Sir Benfro'
             '<br>Pembrokeshire Youth Justice Service</div><div class="cy">Cynllun Cyfiawnder Ieuenctid</div>'
             '<h1>Youth Justice Plan</h1><div class="yr">2024–2025</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Crynodeb", "cry"), ("1. Introduction from the chair", "fw"), ("2. Child First", "cf"),
                 ("3. Review of 2023–24", "rev"), ("4. Our priorities for 2024–25", "pri"),
                 ("5. Performance", "kpi"), ("6. Governance, resources and risks", "gov")]:
        P.append(f'<div><span class="l">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="page"><h1 class="t">Crynodeb</h1><div class="cy-box"><p>Mae Gwasanaeth Cyfiawnder Ieuenctid '
             'Sir Benfro yn gweithio gyda phlant sydd wedi troseddu neu sydd mewn perygl o droseddu, a gyda\'u '
             'teuluoedd a dioddefwyr.</p><p>Mae\'r cynllun hwn yn nodi ein blaenoriaethau ar gyfer 2024–2025. Rydym '
             'yn rhoi\'r plentyn yn gyntaf ym mhopeth a wnawn.</p></div><h2>Summary</h2><p>Pembrokeshire Youth '
             'Justice Service works with children who have offended or are at risk of offending, with their families '
             'and with victims. This plan sets out our priorities for 2024–25. We put the child first in everything '
             'we do.</p></div>')
    P.append('<div class="page"><h1 class="t">1. Introduction from the chair</h1>')
    for t in [
        "This is the youth justice plan for Pembrokeshire for 2024–25, as required by the Crime and Disorder Act "
        "1998. It has been agreed by the Youth Justice Management Board and will be submitted to the Youth Justice "
        "Board for England and Wales.",
        "The number of children entering the youth justice system in Pembrokeshire remains low, but the children "
        "we work with have more complex needs than ever: most have experienced trauma, many are not in full-time "
        "education, and a growing number have speech and language needs that have never been assessed.",
        "Our board includes Pembrokeshire County Council, Dyfed-Powys Police, Hywel Dda University Health Board, "
        "the Probation Service and the Police and Crime Commissioner."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Pembrokeshire Youth Justice Management Board</b></p><h2>Our children (illustrative)</h2>'
             '<table><tr><th>Measure</th><th>2023–24</th></tr>')
    for a, b in [("First-time entrants", "19"), ("Children on statutory orders", "34"), ("Reoffending rate", "31%"),
                 ("Children in custody", "1"), ("Children screened with speech and language needs", "62%")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><p class="note">All figures in this plan are illustrative.</p></div>')
    P.append('<div class="page"><h1 class="t">2. Child First</h1><p>The Youth Justice Board\'s guiding principle is '
             'Child First. Its four tenets are:</p><ol><li>Prioritise the best interests of children, recognising '
             'their needs, capacities, rights and potential.</li><li>Promote children\'s individual strengths and '
             'capacities to develop their pro-social identity.</li><li>Encourage children\'s active participation, '
             'engagement and wider social inclusion.</li><li>Promote a childhood removed from the justice system, '
             'using pre-emptive prevention, diversion and minimal intervention.</li></ol><h2>The Youth Justice '
             'Blueprint for Wales</h2><p>The Welsh Government and the Ministry of Justice published the Youth Justice '
             'Blueprint for Wales in 2019. It sets out a shared approach to prevention, diversion, custody and '
             'resettlement for children in Wales, in line with the United Nations Convention on the Rights of the '
             'Child.</p></div>')
    P.append('<div class="page"><h1 class="t">3. Review of 2023–24</h1><p>Last year\'s priorities and our '
             'assessment of progress:</p><table><tr><th>2023–24 priority</th><th>Status</th><th>Comment</th></tr>')
    for a, st, cl, c in [("Diversion", "Green", "g", "Bureau embedded; first-time entrants down"),
                         ("Education", "Amber", "a", "Fewer children out of school, but still too many"),
                         ("Serious youth violence", "Amber", "a", "Two knife incidents involving children"),
                         ("Exploitation", "Green", "g", "Exploitation panel established")]:
        P.append(f'<tr><td>{e(a)}</td><td class="rag {cl}">{e(st)}</td><td>{e(c)}</td></tr>')
    P.append('</table></div>')
    P.append('<div class="page"><h1 class="t">4. Our priorities for 2024–25</h1><p>The management board agreed '
             'five priorities for 2024–25, informed by our self-assessment and by what children and victims told '
             'us.</p><table><tr><th>Our priority</th><th>What we will do</th><th>Lead</th></tr>')
    for name, acts, lead in PRIORITIES:
        P.append(f'<tr><td class="pr">{e(name)}</td><td><ul>' + "".join(f"<li>{e(a)}</li>" for a in acts) +
                 f'</ul></td><td>{e(lead)}</td></tr>')
    P.append('</table><p>Exploitation remains a core part of our work, through the Pembrokeshire exploitation panel, '
             'but is no longer a separate priority.</p></div>')
    P.append('<div class="page"><h1 class="t">5. Performance</h1><p>From April 2023 the Youth Justice Board '
             'collects ten key performance indicators:</p><div class="kpis"><ol>')
    for k in ["Suitable accommodation", "Education, training and employment", "Special educational needs and "
              "additional learning needs", "Mental health care and emotional wellbeing", "Substance misuse",
              "Out-of-court disposals", "Management board attendance", "Wider services", "Serious violence",
              "Victims"]:
        P.append(f"<li>{e(k)}</li>")
    P.append('</ol></div><p>We also report the three national outcome measures: first-time entrants, reoffending and '
             'custody.</p></div>')
    P.append('<div class="page"><h1 class="t">6. Governance, resources and risks</h1><p>The Youth Justice Management '
             'Board meets quarterly, chaired by the council\'s director of social services.</p><table><tr><th>'
             'Funding (illustrative)</th><th>£</th></tr>')
    for a, b in [("Youth Justice Board grant", "420,000"), ("Pembrokeshire County Council", "610,000"),
                 ("Police and Crime Commissioner", "45,000"), ("Health board", "60,000")]:
        P.append(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>")
    P.append('</table><h2>Risks</h2><ul><li>Recruitment of qualified staff in a rural county.</li><li>Waiting times '
             'for child and adolescent mental health services.</li><li>Court delays.</li></ul></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"cry": "Crynodeb Mae Gwasanaeth", "fw": "1. Introduction from the chair This is",
               "cf": "2. Child First The Youth", "rev": "3. Review of 2023–24 Last year",
               "pri": "4. Our priorities for 2024–25 The management", "kpi": "5. Performance From April",
               "gov": "6. Governance, resources and risks The Youth"}
    src = work_file("pembrokeshire_yj.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
