"""Safer Telford and Wrekin Partnership Plan 2024-2027: HTML printed by Chromium.

Five priorities, stated once, in a RING on p5 ("Our priorities wheel"): a large circle drawn with a thick
border, a hub naming the partnership's ambition, and five rounded boxes placed around the ring (top, upper
right, lower right, lower left, upper left), each with one priority in bold; no numbers.  pdftotext prints
the boxes in an order set by their positions.  The hub ("A safer, stronger Telford and Wrekin"), the
cross-cutting themes under the ring, the Borough Plan's themes (p4), the "You said, we did" table (p6), the
delivery pages' short names (pp6-7) and the measures are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from west_mercia.work import work_file

FILE = "strategies/safer_telford_and_wrekin_partnership_plan_2024-27.pdf"
TITLE = "Safer Telford and Wrekin Partnership Plan 2024–2027"

PRIORITIES = [
    ("Making town centres and neighbourhoods safer from anti-social behaviour", "#E07A1F"),
    ("Protecting children from sexual and criminal exploitation", "#6A3D9A"),
    ("Reducing serious violence and knife crime", "#B0223C"),
    ("Tackling violence against women and girls", "#1F7A8C"),
    ("Tackling hate crime and building cohesive communities", "#3C7A2E"),
]
# left, top (mm) of each box inside the 170 x 165 mm ring area
POS = [(57, 0), (115, 44), (102, 112), (12, 112), (0, 44)]

DELIVERY = [
    ("Town centres", [("Joint patrols and CCTV in Telford town centre, Wellington and Oakengates", "Council, police"),
                      ("Youth diversion activities on Friday and Saturday evenings", "Youth service")]),
    ("Exploitation", [("Multi-agency child exploitation hub", "Children's services, police"),
                      ("Training for hotels, taxi drivers and takeaways", "Licensing")]),
    ("Violence", [("Knife crime education in every secondary school", "Education, police"),
                  ("Youth workers at the Princess Royal Hospital", "NHS")]),
    ("VAWG", [("Safe spaces in the night-time economy", "Council, licensees"),
              ("Domestic abuse advisers in GP practices", "Council")]),
    ("Cohesion", [("Third-party hate crime reporting centres", "Council, voluntary sector"),
                  ("Community tension monitoring", "Police, council")]),
]

CSS = """
@page { size: A4; margin: 17mm 17mm 20mm 17mm;
  @bottom-center { content: "— Safer Telford and Wrekin · " counter(page) " —"; font: 8pt 'DejaVu Sans'; color: #555; } }
@page bare { margin: 0; @bottom-center { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #233746; color: #fff; position: relative; break-after: page; overflow: hidden; }
.cover .ring { position: absolute; left: 95mm; top: 30mm; width: 150mm; height: 150mm; border-radius: 50%; border: 14mm solid #E07A1F; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 205mm; font-size: 32pt; line-height: 1.1; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 250mm; font-size: 15pt; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #233746; margin: 0 0 5mm 0; }
h2 { font-size: 12pt; color: #E07A1F; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px dashed #bbb; }
.toc div span:first-child { flex: 1; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 4mm 0; }
.stats div { background: #EEF2F5; padding: 3mm; text-align: center; } .stats b { display: block; font-size: 16pt; color: #233746; }
.wheel { position: relative; width: 170mm; height: 160mm; margin: 4mm auto 0 auto; }
.wheel .circle { position: absolute; left: 35mm; top: 30mm; width: 100mm; height: 100mm; border-radius: 50%; border: 7mm solid #D8DEE3; }
.wheel .hub { position: absolute; left: 60mm; top: 55mm; width: 50mm; height: 50mm; border-radius: 50%; background: #233746;
  color: #fff; text-align: center; font-size: 9.5pt; font-weight: 700; padding: 15mm 5mm 0 5mm; line-height: 1.3; }
.wheel .box { position: absolute; width: 56mm; min-height: 24mm; border-radius: 5mm; color: #fff; padding: 4mm;
  font-weight: 700; font-size: 10.5pt; line-height: 1.3; }
.cross { display: flex; gap: 3mm; margin-top: 4mm; } .cross div { flex: 1; border-top: 3px solid #233746; padding-top: 2mm; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 4mm 0; }
th { background: #233746; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.tag { display: inline-block; background: #E07A1F; color: #fff; font-weight: 700; font-size: 8pt; padding: 0.8mm 3mm; border-radius: 2mm; margin-top: 4mm; }
.note { font-size: 7.6pt; color: #777; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="ring"></div><div class="org">SAFER TELFORD AND WREKIN PARTNERSHIP</div>'
             '<h1>Partnership Plan<br>2024–2027</h1><div class="yr">Working together for safer communities</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Telford and Wrekin today", "ctx"), ("Our priorities wheel", "pri"),
                 ("Delivering the plan", "del"), ("Measures and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Telford and Wrekin is a young, growing borough: a new town built around older communities such as "
        "Wellington, Oakengates, Madeley and Newport. It is a good place to live, and crime has fallen in many "
        "neighbourhoods over the last three years.",
        "But we know that some people are not safe. The independent inquiry into child sexual exploitation in "
        "Telford changed how every partner here works, and protecting children remains at the heart of what we do.",
        "The Safer Telford and Wrekin Partnership brings together Telford & Wrekin Council, West Mercia Police, "
        "Shropshire Fire and Rescue Service, the Probation Service, the NHS, housing providers and the voluntary "
        "sector. This plan sets out five priorities for 2024 to 2027.",
        "We will report on progress every year, and we will keep asking residents what they think."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Co-chairs, Safer Telford and Wrekin Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Telford and Wrekin today</h1><p class="note">The figures below are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("187,000", "residents"), ("17,900", "crimes recorded"), ("5,600", "ASB incidents"),
                 ("118", "knife crime offences"), ("3,900", "domestic abuse incidents"), ("210", "hate crimes"),
                 ("64", "children open to the exploitation hub"), ("27%", "residents under 20")]:
        P.append(f'<div><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>The Borough Plan</h2><p>The council\u2019s Borough Plan has six themes. Community safety '
             'contributes most to two of them:</p><ul><li>Every child, young person and adult lives well in their '
             'community</li><li>All neighbourhoods are a great place to live</li></ul>'
             '<h2>What the strategic assessment found</h2><ul>')
    for t in ["ASB is concentrated in Telford town centre, Wellington and Brookside.",
              "Knife possession by under-18s has risen for three years.",
              "Exploitation of children now happens online as well as in person.",
              "Women report harassment in the town centre in the evening.",
              "Race and faith hate crime rose after national events in 2023 and 2024."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities wheel</h1><p>Our five priorities sit around one '
             'ambition. No priority stands alone: the same young people, families and places appear in all of '
             'them.</p><div class="wheel"><div class="circle"></div><div class="hub">A safer, stronger Telford '
             'and Wrekin</div>')
    for (name, col), (x, y) in zip(PRIORITIES, POS):
        P.append(f'<div class="box" style="left:{x}mm;top:{y}mm;background:{col}">{e(name)}</div>')
    P.append('</div><div class="cross"><div><b>Prevention</b><br>acting early</div><div><b>Voice</b><br>listening '
             'to residents and victims</div><div><b>Trauma-informed</b><br>understanding adversity</div></div></div>')
    P.append('<div class="pg"><h1 class="t">Delivering the plan</h1><p>Each priority has a delivery group, known by '
             'a short name. The main actions for 2024/25 are below.</p>')
    for i, (short, acts) in enumerate(DELIVERY):
        P.append(f'<div class="tag">{e(short)}</div><table><tr><th>Action</th><th>Lead</th></tr>' +
                 "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in acts) + '</table>')
    P.append('<h2>You said, we did</h2><table><tr><th>You said</th><th>We did</th></tr>'
             '<tr><td>Bikes are ridden on the pavements in the town centre</td><td>Joint operation and new '
             'dispersal order</td></tr><tr><td>Young people have nowhere to go</td><td>Two new evening youth '
             'sessions</td></tr></table></div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Direction</th></tr>')
    for r in [("ASB incidents", "5,600", "Down"), ("Children identified at risk of exploitation", "64",
                                                    "Identified earlier"),
              ("Knife crime offences", "118", "Down"), ("Women who feel safe in the town centre after dark", "41%",
                                                        "Up"),
              ("Hate crimes reported", "210", "Up (more reporting)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><h2>Governance</h2><p>The partnership board '
             'meets every quarter and reports to the council\u2019s scrutiny committee and to the Police and Crime '
             'Commissioner. The Telford and Wrekin Domestic Abuse Partnership Board and the West Mercia Serious '
             'Violence Duty partnership report progress to the board.</p><p>Contact: '
             'saferstronger@telford.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Telford and Wrekin is a young", "ctx": "Telford and Wrekin today The figures",
               "pri": "Our priorities wheel Our five", "del": "Delivering the plan Each priority",
               "gov": "Measures and governance Measure"}
    src = work_file("telford_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
