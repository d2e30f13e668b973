"""Gwent Reducing Reoffending Strategy 2024-2027 (Gwent Reducing Reoffending Board): HTML printed by
Chromium, **A4 landscape**.

Four priorities, stated once, on p6 as the **callouts of a journey map** ("A journey through the justice
system"): a horizontal line with five numbered stage discs ("Arrest and charge", "Court", "Prison",
"Release", "Life in the community"), a grey italic quote above each stage, and below the line four
callout boxes hanging from the stages they belong to (none under "Court"), each holding a priority in bold
and one sentence.  pdftotext reads the page in bands (the quotes, the stage names, then the callouts side by
side).  The stage names and quotes, the seven resettlement pathways and the Female Offending Blueprint (p5),
the previous strategy's priorities (p4), the delivery labels (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from gwent.work import work_file

FILE = "strategies/gwent_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Gwent Reducing Reoffending Strategy 2024–2027"

STAGES = [("Arrest and charge", "“Nobody asked why I was using.”"),
          ("Court", "“I didn’t understand what the order meant.”"),
          ("Prison", "“My script stopped the day I went in.”"),
          ("Release", "“I walked out with a tent and a discharge grant.”"),
          ("Life in the community", "“I needed someone who didn’t give up on me.”")]

# (stage index, priority, sentence)
PRIORITIES = [
    (0, "Diverting more adults and women away from the courts when it is safe to do so",
     "Conditional cautions with support, and the women’s pathfinder in every custody suite."),
    (2, "Making sure treatment for addiction continues from prison into the community",
     "A prescription and a named worker on the day of release, with drug testing on arrest and treatment "
     "requirements earlier on."),
    (3, "Making sure nobody leaves prison without somewhere safe to live",
     "Housing assessments twelve weeks before release, and a duty-to-refer protocol with all five councils."),
    (4, "Managing the people who cause most harm through integrated offender management",
     "One integrated offender management team for Gwent, with fixed, flex and free cohorts."),
]

CSS = """
@page { size: A4 landscape; margin: 13mm 15mm 15mm 15mm;
  @bottom-right { content: counter(page); font: 700 9pt 'Liberation Sans'; color: #fff; background: #3D5A80; padding: 1mm 3mm; }
  @bottom-left { content: "Gwent Reducing Reoffending Board · Strategy 2024–2027"; font: 7.4pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 297mm; height: 210mm; position: relative; background: #3D5A80; color: #fff; break-after: page; overflow: hidden; }
.cover .road { position: absolute; left: 0; top: 140mm; width: 297mm; height: 10mm; background: #EE6C4D; }
.cover .org { position: absolute; left: 20mm; top: 18mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 55mm; font-size: 32pt; margin: 0; line-height: 1.1; }
.cover .yr { position: absolute; left: 20mm; top: 100mm; font-size: 18pt; }
.cover .cy { position: absolute; left: 20mm; top: 114mm; font-size: 10pt; opacity: .9; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #3D5A80; margin: 0 0 4mm 0; }
h2 { font-size: 11pt; color: #293241; margin: 4mm 0 2mm 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; width: 160mm; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #98C1D9; margin: 0 2mm 1.3mm 2mm; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.stat { background: #E0FBFC; padding: 3mm; } .stat b { font-size: 16pt; color: #3D5A80; display: block; }
.jm { position: relative; height: 150mm; margin-top: 2mm; }
.jm .line { position: absolute; left: 10mm; right: 10mm; top: 31mm; height: 2.5mm; background: #98C1D9; }
.jm .st { position: absolute; top: 8mm; width: 50mm; z-index: 2; text-align: center; }
.jm .st .q { font-style: italic; font-size: 8pt; color: #777; height: 16mm; }
.jm .st .disc { width: 12mm; height: 12mm; border-radius: 50%; background: #3D5A80; color: #fff; font-weight: 700;
  font-size: 11pt; line-height: 12mm; margin: 2mm auto 0 auto; }
.jm .st .nm { font-weight: 700; font-size: 9pt; color: #3D5A80; margin-top: 1.5mm; text-transform: uppercase; letter-spacing: .5pt; }
.jm .drop { position: absolute; top: 60mm; width: 0; height: 10mm; border-left: 1.5px dashed #EE6C4D; }
.jm .co { position: absolute; top: 70mm; width: 50mm; border: 1.5px solid #EE6C4D; border-top: 4mm solid #EE6C4D;
  background: #fff; padding: 3mm; border-radius: 0 0 2mm 2mm; }
.jm .co b { display: block; font-size: 10.6pt; line-height: 1.3; color: #293241; }
.jm .co span { display: block; font-size: 8pt; color: #555; margin-top: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 2mm 0 5mm 0; }
th { background: #3D5A80; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfdbe6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 297mm; height: 210mm; background: #293241; color: #fff; padding: 110mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def journey():
    out = ['<div class="jm"><div class="line"></div>']
    x0, step = 2, 54
    for i, (nm, q) in enumerate(STAGES):
        out.append(f'<div class="st" style="left:{x0 + i * step}mm"><div class="q">{e(q)}</div>'
                   f'<div class="disc">{i + 1}</div><div class="nm">{e(nm)}</div></div>')
    for k, name, sent in PRIORITIES:
        x = x0 + k * step
        out.append(f'<div class="drop" style="left:{x + 25}mm"></div>')
        out.append(f'<div class="co" style="left:{x}mm"><b>{e(name)}</b><span>{e(sent)}</span></div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="road"></div><div class="org">GWENT REDUCING REOFFENDING BOARD</div>'
             '<h1>Reducing Reoffending<br>Strategy</h1><div class="yr">2024 – 2027</div>'
             '<div class="cy">Strategaeth Lleihau Aildroseddu Gwent</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Reoffending in Gwent", "ctx"), ("Frameworks we work within", "fr"),
                 ("Our priorities: a journey through the justice system", "pri"), ("Delivery", "del"),
                 ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1><div class="cols"><div>')
    for t in [
        "Most crime in Gwent is committed by people who have offended before. Each time someone leaves prison "
        "without a home, or loses their treatment on the way through the gate, the chances are that there will "
        "be another victim.",
        "The Gwent Reducing Reoffending Board brings together the Probation Service in Wales, HM Prison and "
        "Probation Service, Gwent Police, the Police and Crime Commissioner, the five councils, Aneurin Bevan "
        "University Health Board and the voluntary sector."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('</div><div>')
    for t in [
        "This strategy follows the journey that a person takes through the justice system, and names the four "
        "points on that journey where we believe we can make the most difference.",
        "Chair, Gwent Reducing Reoffending Board"]:
        P.append(f"<p>{e(t)}</p>")
    P.append('</div></div></div>')
    P.append('<div class="pg"><h1 class="t">Reoffending in Gwent</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("24%", "adult proven reoffending rate"), ("1 in 5", "people released from prison without settled "
                 "accommodation"), ("44%", "of people on probation with a drug or alcohol need"),
                 ("310", "people managed through integrated offender management")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Our previous strategy</h2><p>The 2021–2024 strategy had three priorities: Accommodation; '
             'Employment and skills; and Health and wellbeing. Employment work continues through the Probation '
             'Service’s employment hubs.</p><h2>What people on probation told us</h2><ul>'
             '<li>Help stops at the prison gate.</li><li>A home comes first; everything else comes after.</li>'
             '<li>Women want support close to their children.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Frameworks we work within</h1><div class="cols"><div>'
             '<h2>The seven resettlement pathways</h2><p>The national pathways out of offending. They organise '
             'the services we commission; they are not the priorities of this strategy.</p><ol>')
    for t in ["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
              "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ol></div><div><h2>Justice in Wales</h2><p>Justice is not devolved to Wales, but the services that '
             'help people stop offending (housing, health, education and social care) are. The Welsh Government '
             'and the Ministry of Justice’s Female Offending Blueprint for Wales and the Youth Justice Blueprint '
             'shape our work with women and young adults.</p><h2>Integrated offender management</h2><p>The '
             'national model groups people into fixed, flex and free cohorts according to the crimes and risks '
             'they present.</p></div></div></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities: a journey through the justice system</h1><p>The four '
             'orange boxes are our priorities for 2024–2027, placed at the point on the journey where each one '
             'acts. Above the line are things that people on probation told us about each stage.</p>'
             + journey() + '</div>')
    P.append('<div class="pg"><h1 class="t">Delivery</h1><p>Each priority has a lead organisation and a task and '
             'finish group.</p><table><tr><th>Theme</th><th>Lead</th><th>Milestones 2024/25</th></tr>')
    for r in [("Diversion", "Gwent Police", "Women’s pathfinder in both custody suites; 300 conditional cautions"),
              ("Treatment", "Area Planning Board; Probation Service", "Release-day prescribing at HMP Cardiff and "
               "HMP Usk"),
              ("Housing", "Local authorities", "Duty-to-refer protocol signed by all five councils"),
              ("IOM", "Probation Service", "One IOM team for Gwent, co-located in Newport")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The Board meets quarterly and reports '
             'to the Gwent Local Criminal Justice Board and to the Reducing Reoffending Board for Wales.</p>'
             '<table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("Adults diverted through conditional cautions", "190", "Up"),
              ("Engaged in treatment within three weeks of release", "41%", "Up"),
              ("Released without settled accommodation", "1 in 5", "Down"),
              ("Reoffending by people in the IOM cohort", "38%", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Gwent Reducing Reoffending Board</h2>'
             '<p>reducingreoffending@gwent-cjb.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Most crime in Gwent", "ctx": "Reoffending in Gwent The figures",
               "fr": "Frameworks we work within The seven", "pri": "Our priorities: a journey through the justice "
               "system The four", "del": "Delivery Each priority", "gov": "Governance and measures The Board"}
    src = work_file("reoffending.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
