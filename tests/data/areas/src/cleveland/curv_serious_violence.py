"""Cleveland Unit for the Reduction of Violence (CURV): Serious Violence Strategy 2024-2029, HTML/CSS printed
by Chromium.

Four priorities, stated once, on p6 as the **right-hand nodes of a Sankey (flow) diagram** "From what we
found to what we will do": five grey left-hand nodes name findings of the strategic needs assessment (not
priorities), curved translucent SVG bands of different widths flow from them into four coloured right-hand
nodes, each holding a priority in bold (two or three lines).  pdftotext prints the findings first.  The
Home Office success measures and the definition (p5), the findings, the intervention names (p7) and the
local measures (p8) are distractors.
"""
from cleveland.work import build_html, e

FILE = "strategies/curv_serious_violence_strategy_2024-29.pdf"
TITLE = "Cleveland Serious Violence Strategy 2024–2029"

FINDINGS = ["Knife possession is rising among under-25s", "Violence clusters in town centres at night",
            "Women feel unsafe in parks and on late buses", "Most young people in violence have experienced trauma",
            "Staff are not confident asking about trauma"]
PRIORITIES = [("Reducing knife crime and violence in public places", "#B03A2E"),
              ("Steering children and young people away from violence", "#D68910"),
              ("Tackling violence against women and girls in public spaces", "#7D3C98"),
              ("Helping every practitioner work in a trauma-informed way", "#1F618D")]
# flows: (finding index, priority index, width px)
FLOWS = [(0, 0, 22), (1, 0, 14), (0, 1, 10), (3, 1, 22), (1, 2, 8), (2, 2, 20), (3, 3, 10), (4, 3, 18)]

CSS = """
:root { --c1: #1B2631; --c3: #EEF1F4; }
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @top-left { content: "CURV · Serious Violence Strategy 2024–2029"; font: 7.5pt 'DejaVu Sans'; color: #888; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #1B2631; } }
@page bare { margin: 0; @top-left { content: none } @bottom-center { content: none } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1B2631; color: #fff; overflow: hidden; }
.cover .bar { position: absolute; left: 0; top: 150mm; width: 210mm; height: 6mm; background: #B03A2E; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 100mm; font-size: 30pt; margin: 0; line-height: 1.15; }
.cover .yr { position: absolute; left: 18mm; top: 165mm; font-size: 16pt; }
.sankey { position: relative; width: 176mm; height: 150mm; margin-top: 4mm; }
.sankey svg { position: absolute; left: 0; top: 0; }
.node { position: absolute; border-radius: 1.5mm; padding: 2mm 2.5mm; }
.node.l { left: 0; width: 52mm; background: #E5E8E8; color: #555; font-size: 8pt; }
.node.r { right: 0; width: 58mm; color: #fff; font-weight: 700; font-size: 10.5pt; line-height: 1.3; }
.colhead { position: absolute; top: 0; font-size: 8pt; letter-spacing: 1pt; color: #888; }
"""


def cover():
    return ('<div class="cover"><div class="org">CLEVELAND UNIT FOR THE REDUCTION OF VIOLENCE</div>'
            '<h1>Serious Violence<br>Strategy</h1><div class="bar"></div><div class="yr">2024 – 2029</div></div>')


def sankey():
    # geometry in mm; svg uses mm via viewBox
    ly = [12 + i * 27 for i in range(len(FINDINGS))]
    ry = [14 + i * 34 for i in range(len(PRIORITIES))]
    lout = {i: 0 for i in range(len(FINDINGS))}
    rin = {i: 0 for i in range(len(PRIORITIES))}
    paths = []
    for f, p, w in FLOWS:
        wmm = w / 3
        y1 = ly[f] + 3 + lout[f] + wmm / 2
        y2 = ry[p] + 4 + rin[p] + wmm / 2
        lout[f] += wmm
        rin[p] += wmm
        col = PRIORITIES[p][1]
        paths.append(f'<path d="M52,{y1:.1f} C90,{y1:.1f} 80,{y2:.1f} 118,{y2:.1f}" stroke="{col}" '
                     f'stroke-opacity="0.35" stroke-width="{wmm:.1f}" fill="none"/>')
    svg = ('<svg width="176mm" height="150mm" viewBox="0 0 176 150" xmlns="http://www.w3.org/2000/svg">'
           + "".join(paths) + '</svg>')
    nodes = "".join(f'<div class="node l" style="top:{y}mm">{e(t)}</div>' for y, t in zip(ly, FINDINGS))
    nodes += "".join(f'<div class="node r" style="top:{y}mm;background:{c}">{e(t)}</div>'
                     for y, (t, c) in zip(ry, PRIORITIES))
    return (f'<div class="sankey">{svg}<div class="colhead" style="left:0;top:-1mm">WHAT WE FOUND</div>'
            f'<div class="colhead" style="right:0;top:-1mm">OUR PRIORITIES</div>{nodes}</div>')


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "Every act of serious violence leaves a family grieving or a young person scarred. This strategy is "
              "our shared response under the Serious Violence Duty for Hartlepool, Middlesbrough, Redcar and "
              "Cleveland, and Stockton-on-Tees."),
        ("p", "The Cleveland Unit for the Reduction of Violence (CURV) brings together the police, the four "
              "councils, health, probation, youth justice, education and the voluntary sector, and takes a public "
              "health approach: we treat violence as preventable."),
        ("p", "<b>Chair, CURV Strategic Board, and Police and Crime Commissioner for Cleveland</b>"),
    ]),
    ("ctx", "Violence in Cleveland", [
        ("p", "The figures below come from our strategic needs assessment. They are illustrative and are not "
              "official statistics."),
        ("stats", [("8,200", "violence with injury offences"), ("410", "knife crime offences"),
                   ("290", "hospital admissions for assault with a sharp object"), ("58%", "of knife offences by under-25s"),
                   ("41%", "of violence in the night-time economy is alcohol-related"), ("1 in 3", "women feel unsafe after dark")]),
    ]),
    ("duty", "The Serious Violence Duty", [
        ("p", "The Duty requires the specified authorities to work together to prevent and reduce serious violence. "
              "For this strategy, serious violence means homicide, violence with injury, knife and weapon offences, "
              "and violence against women and girls in public places."),
        ("box", "The Home Office's success measures for the Duty", [
            "A reduction in hospital admissions for assault with a knife or sharp object",
            "A reduction in knife and sharp object enabled serious violence recorded by the police",
            "A reduction in homicides recorded by the police"]),
    ]),
    ("pri", "From what we found to what we will do", [
        ("p", "The diagram traces each of our four priorities for 2024 to 2029 back to the findings of the "
              "strategic needs assessment that led us to it. The width of each band shows how strongly a finding "
              "shaped a priority."),
        ("custom", sankey()),
    ]),
    ("do", "Interventions", [
        ("p", "The main interventions funded for 2024/25 are listed below by name."),
        ("table", [["Intervention", "What it is", "Lead"],
                   ["Navigators", "Youth workers in the emergency departments and custody suites", "CURV"],
                   ["Blade Free Tees", "Knife crime education in secondary schools", "CURV, schools"],
                   ["Safer Nights", "Street marshals and welfare hubs in town centres", "Councils, police"],
                   ["Trauma-Informed Tees", "Training and reflective supervision for practitioners", "NHS, CURV"]],
         [0.22, 0.56, 0.22]),
    ]),
    ("meas", "Measures and governance", [
        ("p", "The CURV Strategic Board meets quarterly and reports to the Police and Crime Commissioner and to the "
              "Home Office. Local measures sit alongside the national success measures."),
        ("table", [["Local measure", "Baseline", "Ambition 2029"], ["Knife crime offences", "410", "-20%"],
                   ["Children in contact with navigators", "380", "+50%"],
                   ["Women who feel safe after dark", "62%", "75%"],
                   ["Practitioners trained in trauma-informed practice", "900", "4,000"]], [0.55, 0.2, 0.25]),
        ("note", "Figures are illustrative. Contact: curv@cleveland-pcc.example"),
    ]),
]


def build(root):
    out = root / FILE
    build_html({"title": TITLE, "sections": SECTIONS}, out, cover(), CSS, name="curv_sv")
    return out
