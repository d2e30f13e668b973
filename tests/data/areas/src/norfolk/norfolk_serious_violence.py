"""Norfolk Serious Violence Duty Strategy 2024-2029 (Norfolk Serious Violence Duty Partnership): HTML with an
inline SVG chart, printed by Chromium (DejaVu Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as the **axis labels of a radar chart** ("Our four priorities and where
we stand"): an SVG diamond chart with four axes and five scale rings, a grey polygon for the 2024
self-assessment and an orange one for the 2029 ambition; each priority is printed in bold at the end of its
axis (top, right, bottom, left), wrapping over two or three lines.  No numbers.  The legend and the note
under the chart, the Home Office success measures and the four steps of the public health
approach (p5), the definition and specified authorities (p4), the short headings on p7 and the measures (p8)
are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from norfolk.work import work_file

FILE = "strategies/norfolk_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Norfolk Serious Violence Duty Strategy 2024–2029"

# (priority, short label, 2024 score, 2029 ambition, explanation)
PRIORITIES = [
    ("Reducing knife crime and violence in public places", "Public places", 2, 4,
     "Hotspot patrols, knife surrender and focused deterrence in Norwich, Great Yarmouth, King's Lynn and "
     "Thetford, where most serious violence happens."),
    ("Preventing children and young people from being drawn into violence", "Young people", 2, 5,
     "Youth workers in the emergency department, mentors for children at risk of exclusion, and support in the "
     "teachable moment after a child is hurt or arrested."),
    ("Tackling violence in the night-time economy", "Nights out", 3, 4,
     "Licensing, door staff training, welfare hubs and transport home, so that a night out does not end in "
     "assault."),
    ("Building a trauma-informed partnership workforce", "Workforce", 1, 4,
     "Training and supervision for frontline staff in every specified authority, so that we understand the "
     "adversity behind violence."),
]

CSS = """
@page { size: A4; margin: 16mm 18mm 20mm 18mm;
  @bottom-center { content: "Page " counter(page) " of 8"; font: 8pt 'DejaVu Sans'; color: #555; }
  @top-left { content: "Norfolk Serious Violence Duty Partnership"; font: 7.4pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-center { content: none } @top-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #1f1f24; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1D2B3A; color: #fff; break-after: page; overflow: hidden; }
.cover .dia { position: absolute; left: 95mm; top: 40mm; width: 100mm; height: 100mm; border: 3mm solid #E8833A; transform: rotate(45deg); }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: 0.8pt; }
.cover h1 { position: absolute; left: 18mm; top: 175mm; font-family: 'DejaVu Serif', serif; font-size: 27pt; line-height: 1.2; margin: 0; width: 175mm; }
.cover .yr { position: absolute; left: 18mm; top: 225mm; font-size: 15pt; color: #E8833A; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: #1D2B3A; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #C8641E; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 10.5pt; }
.toc div span.d { flex: 1; border-bottom: 1px dashed #bbb; margin: 0 2mm 1.4mm 2mm; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 2mm 0 4mm 0; }
.stat { background: #1D2B3A; color: #fff; padding: 3mm; border-radius: 2mm; font-size: 8pt; } .stat b { display: block; font-size: 15pt; color: #F2B07E; }
.radar { position: relative; width: 174mm; height: 150mm; margin: 4mm 0 0 0; }
.radar svg { position: absolute; left: 42mm; top: 25mm; }
.lbl { position: absolute; font-weight: 700; font-size: 10.5pt; line-height: 1.3; color: #1D2B3A; }
.l0 { left: 57mm; top: 0; width: 60mm; text-align: center; }
.l1 { left: 136mm; top: 62mm; width: 38mm; }
.l2 { left: 52mm; top: 122mm; width: 70mm; text-align: center; }
.l3 { left: 0; top: 55mm; width: 40mm; text-align: right; }
.legend { font-size: 8pt; color: #555; margin: 2mm 0; } .legend i { display: inline-block; width: 5mm; height: 3mm; margin: 0 1.5mm 0 4mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #1D2B3A; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
h3 { font-size: 10pt; margin: 4mm 0 1mm 0; color: #1D2B3A; }
"""


def e(s):
    return html.escape(s, quote=False)


def radar_svg():
    size, c, r = 90, 45, 40  # mm
    out = [f'<svg width="{size}mm" height="{size}mm" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg">']
    dirs = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    for k in range(1, 6):
        rr = r * k / 5
        pts = " ".join(f"{c + dx * rr:.2f},{c + dy * rr:.2f}" for dx, dy in dirs)
        out.append(f'<polygon points="{pts}" fill="none" stroke="#cfd5dc" stroke-width="0.3"/>')
    for dx, dy in dirs:
        out.append(f'<line x1="{c}" y1="{c}" x2="{c + dx * r}" y2="{c + dy * r}" stroke="#9aa5b1" stroke-width="0.3"/>')
    for key, fill, op in ((3, "#E8833A", 0.35), (2, "#5A6B7D", 0.55)):
        pts = " ".join(f"{c + dx * r * p[key] / 5:.2f},{c + dy * r * p[key] / 5:.2f}"
                       for (dx, dy), p in zip(dirs, PRIORITIES))
        out.append(f'<polygon points="{pts}" fill="{fill}" fill-opacity="{op}" stroke="{fill}" stroke-width="0.6"/>')
    out.append('</svg>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="dia"></div><div class="org">NORFOLK SERIOUS VIOLENCE DUTY PARTNERSHIP'
             '</div><h1>Serious Violence Duty Strategy</h1><div class="yr">2024 – 2029</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("The Serious Violence Duty in Norfolk", "duty"),
                 ("What the needs assessment tells us", "sna"), ("Our four priorities", "pri"),
                 ("What each priority means", "expl"), ("Measuring success and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in ["Norfolk is a safe county, and serious violence is rare. But when it happens, it devastates families, "
              "and in recent years more of it has involved young people and knives.",
              "The Serious Violence Duty requires the specified authorities to work together to prevent and reduce "
              "serious violence. In Norfolk, the Norfolk County Community Safety Partnership is the lead "
              "partnership for the Duty, and this strategy is its response.",
              "We have assessed ourselves honestly against each of our priorities. Where we are weakest, we will "
              "invest first."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Norfolk Serious Violence Duty Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The Serious Violence Duty in Norfolk</h1><p>For this strategy, serious '
             'violence means homicide, violence causing injury, knife and weapon offences, robbery, and violence '
             'linked to drugs and exploitation. Domestic abuse and sexual violence are led by the Norfolk Domestic '
             'Abuse and Sexual Violence Board.</p><h2>The specified authorities</h2><ul><li>Norfolk Constabulary'
             '</li><li>Norfolk Fire and Rescue Service</li><li>Norfolk County Council and the seven district '
             'councils</li><li>NHS Norfolk and Waveney Integrated Care Board</li><li>The Probation Service</li>'
             '<li>Norfolk Youth Justice Service</li></ul><h2>Figures at a look</h2><div class="stats">')
    for n, c in [("410", "knife crime offences"), ("58%", "of victims under 25"), ("7", "homicides"),
                 ("64", "admissions for sharp-object assault")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><p class="note">These figures are illustrative and are not official statistics.</p></div>')
    P.append('<div class="pg"><h1 class="t">What the needs assessment tells us</h1><h2>Key findings</h2><ul>'
             '<li>Half of serious violence happens in Norwich, and a quarter in Great Yarmouth and King\'s Lynn.</li>'
             '<li>Violence peaks late on Friday and Saturday nights in town centres.</li>'
             '<li>Children excluded from school are far more likely to be involved.</li>'
             '<li>Few frontline staff have had training on trauma and adversity.</li></ul>'
             '<h2>The Home Office success measures</h2><ol><li>A reduction in hospital admissions for assaults with '
             'a knife or sharp object, and especially among those victims aged under 25</li><li>A reduction in '
             'knife and sharp object enabled serious violence recorded by the police, and especially among those '
             'victims aged under 25</li><li>A reduction in homicides recorded by the police</li></ol>'
             '<h2>The public health approach</h2><p>We follow four steps: define the problem; identify risk and '
             'protective factors; develop and test interventions; and put what works into practice at '
             'scale.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our four priorities</h1><p>Our four priorities are the four points of '
             'the chart below. For each, the partnership has scored itself from 1 (just starting) to 5 (embedded '
             'across Norfolk), now and where we want to be by 2029.</p><div class="radar">')
    for k, pr in enumerate(PRIORITIES):
        P.append(f'<div class="lbl l{k}">{e(pr[0])}</div>')
    P.append(radar_svg() + '</div><div class="legend"><i style="background:#5A6B7D"></i>2024 self-assessment'
             '<i style="background:#F2B07E"></i>2029 ambition</div><p class="note">Scores are the partnership\'s own '
             'judgement and are illustrative.</p></div>')
    P.append('<div class="pg"><h1 class="t">What each priority means</h1>')
    for name, short, a, b, txt in PRIORITIES:
        P.append(f'<h3>{e(short)}</h3><p>{e(txt)} Self-assessment: {a} now, {b} by 2029.</p>')
    P.append('<h2>What we fund</h2><table><tr><th>Intervention</th><th>Where</th></tr>'
             '<tr><td>Emergency department youth workers</td><td>Norfolk and Norwich, James Paget, Queen Elizabeth '
             'hospitals</td></tr><tr><td>School inclusion mentors</td><td>Twelve secondary schools</td></tr>'
             '<tr><td>Night-time welfare hubs</td><td>Norwich, Great Yarmouth</td></tr>'
             '<tr><td>Trauma-informed practice training</td><td>County-wide</td></tr></table></div>')
    P.append('<div class="pg"><h1 class="t">Measuring success and governance</h1><table><tr><th>Local measure</th>'
             '<th>Baseline</th><th>Ambition 2029</th></tr><tr><td>Knife crime offences</td><td>410</td><td>-20%</td>'
             '</tr><tr><td>Under-25 admissions for sharp-object assault</td><td>29</td><td>-25%</td></tr>'
             '<tr><td>Night-time economy violence</td><td>1,150</td><td>-15%</td></tr><tr><td>Staff trained in '
             'trauma-informed practice</td><td>600</td><td>4,000</td></tr></table><p class="note">Baselines are '
             'illustrative.</p><h2>Governance</h2><p>The Serious Violence Duty Group reports to the Norfolk County '
             'Community Safety Partnership each quarter, and to the Police and Crime Commissioner, who holds the '
             'Home Office grant. Contact: seriousviolence@norfolk.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Norfolk is a safe county", "duty": "The Serious Violence Duty in Norfolk For this",
               "sna": "What the needs assessment tells us Key", "pri": "Our four priorities Our four priorities are",
               "expl": "What each priority means", "gov": "Measuring success and governance Local"}
    src = work_file("norfolk_serious_violence.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
