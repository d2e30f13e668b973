"""Charnwood Community Safety Partnership Plan 2024-2027: HTML printed by Chromium (DejaVu Sans).

Four priorities, stated once, on p6 as **four interlocking jigsaw pieces** ("Fitting together"): a 2 x 2 block
of coloured pieces whose round knobs (CSS circles) lock into the neighbouring pieces, each piece holding one
priority in bold white type (two to four lines) and no number; the caption says the pieces are the partnership's
four priorities.  A fifth grey piece drawn apart, "Missing piece? Tell us", is an invitation, not a priority.
Short labels ("Town and villages", "Nights out" ...) head the delivery page (p7).  The previous plan's priorities
(p4), the key findings (p4), the Borough Council's corporate themes (p5) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from leicestershire.work import work_file

FILE = "strategies/charnwood_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Charnwood Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour in Loughborough and our villages", "#4B2E83"),
    ("Keeping students and the night-time economy safe", "#C2185B"),
    ("Protecting people from exploitation, including modern slavery and cuckooing", "#00796B"),
    ("Tackling domestic abuse", "#E65100"),
]

DETAIL = [
    ("Town and villages", "Problem-solving plans for Loughborough town centre, Shepshed, Syston and Birstall; "
     "youth outreach on summer evenings; Community Protection Warnings used consistently."),
    ("Nights out", "Street pastors and a safe space in the town centre on Friday and Saturday nights, welfare "
     "training for bar staff, and joint patrols with the university in term time."),
    ("Exploitation", "Cuckooing visits with housing officers, awareness for landlords and letting agents, and first "
     "responders trained in every partner for the National Referral Mechanism."),
    ("Domestic abuse", "Drop-in advice with the county's specialist service in Loughborough and Syston, and "
     "training for housing and benefits staff to spot abuse and refer."),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-center { content: "Charnwood CSP  ·  page " counter(page); font: 7.5pt 'DejaVu Sans'; color: #777; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #2A1A4A; color: #fff; break-after: page; overflow: hidden; }
.cover .sq { position: absolute; width: 40mm; height: 40mm; border-radius: 4mm; opacity: .9; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 150mm; font-size: 29pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 200mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #4B2E83; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #2A1A4A; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1.5px dotted #999; margin: 0 2mm 1.4mm 2mm; }
.stats { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; margin-bottom: 3mm; }
.stat { border-left: 3mm solid #4B2E83; background: #F1EDF8; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #4B2E83; display: block; }
.puzzle { position: relative; width: 150mm; height: 150mm; margin: 8mm auto 0 auto; }
.pc { position: absolute; width: 72mm; height: 72mm; color: #fff; padding: 13mm 11mm; }
.pc .txt { position: relative; z-index: 3; font-weight: 700; font-size: 14pt; line-height: 1.25; }
.knob { position: absolute; width: 20mm; height: 20mm; border-radius: 50%; z-index: 2; }
.spare { position: absolute; right: -2mm; top: 158mm; width: 46mm; height: 24mm; border: 1.2mm dashed #9E9E9E; border-radius: 3mm;
  color: #757575; font-size: 8.5pt; padding: 3mm; }
.caption { font-size: 8pt; color: #666; margin-top: 36mm; }
dl.det dt { font-weight: 700; color: #4B2E83; margin-top: 3mm; }
dl.det dd { margin: 0.5mm 0 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 5mm 0; }
th { background: #4B2E83; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2A1A4A; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def puzzle():
    pos = [(0, 0), (78, 0), (0, 78), (78, 78)]
    out = ['<div class="puzzle">']
    for (name, col), (x, y) in zip(PRIORITIES, pos):
        out.append(f'<div class="pc" style="left:{x}mm;top:{y}mm;background:{col}"><div class="txt">{e(name)}</div></div>')
    # knobs: right of piece 1 into 2, below 1 into 3, below 2 into 4, right of 3 into 4
    for col, x, y in [(PRIORITIES[0][1], 65, 26), (PRIORITIES[0][1], 26, 65), (PRIORITIES[1][1], 104, 65),
                      (PRIORITIES[2][1], 65, 104)]:
        out.append(f'<div class="knob" style="left:{x}mm;top:{y}mm;background:{col}"></div>')
    out.append('<div class="spare">Missing piece? Tell us what you think we should work on next: '
               'csp@charnwood.example</div></div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover">')
    for x, y, c in [(18, 60, "#4B2E83"), (60, 60, "#C2185B"), (18, 102, "#00796B"), (60, 102, "#E65100")]:
        P.append(f'<div class="sq" style="left:{x}mm;top:{y}mm;background:{c}"></div>')
    P.append('<div class="org">CHARNWOOD COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Welcome", "fw"), ("Charnwood today", "ctx"), ("Who we are", "who"),
                 ("Fitting together: our priorities", "pri"), ("What we will do", "det"), ("Measures and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Welcome</h1>')
    for t in [
        "Charnwood is the most populous borough in Leicestershire. Loughborough, a university town with a busy night-"
        "time economy, sits beside market towns and more than thirty villages along the Soar valley and Charnwood "
        "Forest.",
        "The Charnwood Community Safety Partnership brings together Charnwood Borough Council, Leicestershire Police, "
        "Leicestershire County Council, Leicestershire Fire and Rescue Service, Loughborough University, the "
        "Probation Service, the NHS and voluntary groups.",
        "This plan sets out four priorities for 2024 to 2027. No single partner can solve any of them alone: like a "
        "jigsaw, they only come together when every partner brings its piece.",
        "We will report on progress every year to the council's scrutiny committee."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Charnwood Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Charnwood today</h1><p>The figures below are illustrative and are not '
             'official statistics.</p><div class="stats">')
    for n, c in [("188,000", "residents"), ("19,000", "students in term time"), ("11,200", "crimes recorded in 2023/24"),
                 ("3,100", "anti-social behaviour incidents"), ("1,700", "domestic abuse crimes and incidents"),
                 ("38", "people referred as potential victims of modern slavery")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings</h2><ul>')
    for t in ["Anti-social behaviour is concentrated in Loughborough town centre and three estates.",
              "Calls for help on Friday and Saturday nights double in term time.",
              "Cuckooing has been found in a growing number of flats in Loughborough.",
              "Domestic abuse is under-reported in the villages."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last plan</h2><p>The 2021–2024 plan had three priorities: Safer Loughborough; '
             'Protecting vulnerable people; and Reducing reoffending. Reoffending is now led by the county-wide '
             'Reducing Reoffending Board.</p></div>')
    P.append('<div class="pg"><h1 class="t">Who we are</h1><p>The partnership meets the duties of the Crime and '
             'Disorder Act 1998 and the Serious Violence Duty. It works with the Leicestershire Safer Communities '
             'Strategy Board and the county-wide partnerships for violence, drugs and domestic abuse.</p>'
             '<h2>The Borough Council’s corporate themes</h2><p>Charnwood Borough Council’s corporate strategy has '
             'three themes: Caring for the environment; Healthy communities; and A thriving economy. They are the '
             'council’s, not this partnership’s.</p><h2>How we work</h2><ul><li>We listen to residents and '
             'students.</li><li>We share information safely and quickly.</li><li>We solve problems where they '
             'start.</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Fitting together: our priorities</h1><p>The four pieces below are the '
             'partnership’s priorities for 2024–2027. Each needs every partner to bring its part.</p>')
    P.append(puzzle())
    P.append('<p class="caption">Pieces are not in order of importance.</p></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><p>The main actions for 2024/25 under each piece.</p>'
             '<dl class="det">')
    for lab, txt in DETAIL:
        P.append(f'<dt>{e(lab)}</dt><dd>{e(txt)}</dd>')
    P.append('</dl></div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1><p>The partnership board meets every '
             'quarter and reports to Charnwood Borough Council’s scrutiny committee and to the Police and Crime '
             'Commissioner, who funds part of its work.</p><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Direction</th></tr>')
    for r in [("ASB incidents", "3,100", "Down"), ("Night-time violence with injury, term time", "240", "Down"),
              ("Cuckooing cases identified", "27", "Up (earlier identification)"),
              ("Domestic abuse referrals from village areas", "310", "Up (more reporting)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Charnwood Community Safety Partnership</h2>'
             '<p>Southfield Road, Loughborough</p><p>csp@charnwood.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Welcome Charnwood is the most", "ctx": "Charnwood today The figures",
               "who": "Who we are The partnership", "pri": "Fitting together: our priorities The four",
               "det": "What we will do The main", "gov": "Measures and governance The partnership board"}
    src = work_file("charnwood_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
