"""Staffordshire and Stoke-on-Trent Serious Violence Duty Strategy 2024-2029: HTML printed by Chromium
(Liberation Sans, DejaVu Serif headings).

Four priorities, stated once, on p6 as the **rings of a bullseye** drawn after the socio-ecological model
("Our priorities, from society to the individual"): four concentric CSS circles, each priority in white bold
in the top band of its ring (the society priority in the outer ring, the individual priority in the centre
disc).  The grey level names ("SOCIETY", "COMMUNITY", "RELATIONSHIPS", "INDIVIDUAL") sit in the bottom band
of each ring and print on lines of their own after the priorities.  No numbers.  The definition and
specified authorities (p4), the key findings and the Home Office success measures (p5), the intervention
names (p7) and the measures (p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from staffordshire.work import e, work_file

FILE = "strategies/staffordshire_and_stoke-on-trent_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Staffordshire and Stoke-on-Trent Serious Violence Duty Strategy 2024–2029"

# (level, priority, what it means); outer ring first
PRIORITIES = [
    ("Society", "Driving down serious violence and knife crime",
     "Hotspot patrols, knife arches, test purchasing of knives and a public campaign across the county and city."),
    ("Community", "Making the night-time economy and public spaces safer",
     "Street marshals, licensing conditions, Best Bar None and better lighting in parks and underpasses."),
    ("Relationships", "Preventing children and young people from becoming involved in violence",
     "Mentors for children at risk of exclusion, parenting support and trusted adults in schools."),
    ("Individual", "Reaching young people at teachable moments in hospital and custody",
     "Youth workers in the emergency departments at Royal Stoke and County Hospital, and navigators in custody."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @top-left { content: "Serious Violence Duty Strategy 2024–2029"; font: 7.5pt 'Liberation Sans'; color: #7a7a7a; }
  @bottom-right { content: "Page " counter(page) " of 8"; font: 8pt 'Liberation Sans'; color: #1D3557; } }
@page bare { margin: 0; @top-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1D3557; color: #fff; break-after: page; overflow: hidden; }
.cover .r { position: absolute; border-radius: 50%; border: 7mm solid; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 9.5pt; font-weight: 700; letter-spacing: .8pt; }
.cover h1 { position: absolute; left: 18mm; top: 185mm; font-family: 'DejaVu Serif', serif; font-size: 28pt; line-height: 1.2; margin: 0; width: 175mm; }
.cover .yr { position: absolute; left: 18mm; top: 240mm; font-size: 15pt; color: #F1C40F; }
.pg { break-before: page; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 19pt; color: #1D3557; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #E63946; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.3mm 0; font-size: 11pt; }
.toc div span.d { flex: 1; border-bottom: 1px dashed #999; margin: 0 2mm 1.3mm 2mm; }
.stats { display: flex; gap: 3mm; margin: 3mm 0; }
.stat { flex: 1; background: #1D3557; color: #fff; padding: 3mm; } .stat b { font-size: 16pt; display: block; color: #F1C40F; }
.eye { position: relative; width: 174mm; height: 176mm; margin: 4mm 0 0 0; }
.ring { position: absolute; border-radius: 50%; border: 1.2mm solid #fff; }
.pr { position: absolute; left: 0; width: 174mm; text-align: center; color: #fff; font-weight: 700; }
.pr span { display: inline-block; }
.lv { position: absolute; left: 0; width: 174mm; text-align: center; color: #DCE6EE; font-size: 7.5pt; letter-spacing: 1.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.7pt; margin: 2mm 0 5mm 0; }
th { background: #1D3557; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d5dde6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
"""

RINGS = [(174, "#1D3557"), (134, "#2A6F97"), (94, "#468FAF"), (54, "#E63946")]
# top of text (mm from the top of the bullseye), width of the text box (mm), font size (pt)
TEXT = [(7.0, 56, 10.2), (26.3, 54, 8.9), (45.4, 37, 8.1), (75.0, 42, 9.0)]
LEVEL_Y = [167.5, 147.5, 127.5, 99.5]


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover">')
    for k, (d, col) in enumerate([(150, "#2A6F97"), (100, "#468FAF"), (50, "#E63946")]):
        off = (150 - d) / 2
        P.append(f'<div class="r" style="left:{60 + off}mm;top:{25 + off}mm;width:{d}mm;height:{d}mm;'
                 f'border-color:{col}"></div>')
    P.append('<div class="org">STAFFORDSHIRE AND STOKE-ON-TRENT SERIOUS VIOLENCE DUTY PARTNERSHIP</div>'
             '<h1>Serious Violence Duty Strategy</h1><div class="yr">2024 – 2029</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Serious violence and the Duty", "def"), ("What the evidence tells us", "ev"),
                 ("Our priorities, from society to the individual", "pri"), ("What we fund", "int"),
                 ("Measures and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Serious violence is rare, but its harm reaches far beyond the people directly involved. In Staffordshire and "
        "Stoke-on-Trent, most of it involves young people, happens at night or is linked to drugs.",
        "Since January 2023 the Serious Violence Duty has required councils, the police, fire and rescue, health, "
        "probation and youth justice services to work together to prevent and reduce serious violence. The "
        "Staffordshire Commissioner convenes the partnership.",
        "This strategy follows a public health approach. It looks at violence at every level, from society as a "
        "whole to the individual young person, and sets one priority at each level.",
        ]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Serious Violence Duty Partnership Board</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Serious violence and the Duty</h1><p>For this strategy, serious violence '
             'means homicide, violence against the person causing injury, knife and weapon offences and robbery, '
             'including violence in public places linked to alcohol. Domestic abuse and sexual violence are led by '
             'the Domestic Abuse Partnership Board.</p><h2>The specified authorities</h2><ul>'
             '<li>Staffordshire Police</li><li>Staffordshire Fire and Rescue Service</li>'
             '<li>Staffordshire County Council, Stoke-on-Trent City Council and the eight district and borough '
             'councils</li><li>Staffordshire and Stoke-on-Trent Integrated Care Board</li>'
             '<li>The Probation Service</li><li>The two youth justice services</li></ul>'
             '<h2>A whole-system approach</h2><p>The socio-ecological model sees violence as the product of factors '
             'at four levels: society, community, relationships and the individual. We act at all four.</p></div>')
    P.append('<div class="pg"><h1 class="t">What the evidence tells us</h1><p class="note">The figures are '
             'illustrative and are not official statistics.</p><div class="stats">')
    for n, c in [("690", "knife crime offences"), ("58%", "of victims aged under 25"), ("41%", "of violence with "
                 "injury between 8pm and 4am"), ("160", "hospital admissions for assault with a sharp object")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings</h2><ul>')
    for t in ["Violence is concentrated in Hanley, Stafford, Burton, Tamworth and Newcastle-under-Lyme town centres.",
              "Night-time violence is closely linked to alcohol.",
              "School exclusion and missing episodes are strong warning signs for children.",
              "Most young people admitted to hospital after an assault had no contact with services beforehand."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>The Home Office success measures</h2><ol>'
             '<li>A reduction in hospital admissions for assaults with a knife or sharp object, especially among '
             'victims aged under 25</li><li>A reduction in knife and sharp object enabled serious violence recorded by '
             'the police, especially among victims aged under 25</li><li>A reduction in homicides recorded by the '
             'police</li></ol></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities, from society to the individual</h1><p>We have one '
             'priority at each level of the model. The outer ring is the widest reach; the centre is the individual '
             'young person.</p><div class="eye">')
    for d, col in RINGS:
        off = (174 - d) / 2
        P.append(f'<div class="ring" style="left:{off}mm;top:{off}mm;width:{d}mm;height:{d}mm;background:{col}">'
                 f'</div>')
    for (lvl, name, _), (top, w, size) in zip(PRIORITIES, TEXT):
        P.append(f'<div class="pr" style="top:{top}mm;font-size:{size}pt;line-height:1.22">'
                 f'<span style="width:{w}mm">{e(name)}</span></div>')
    for (lvl, _, _), y in sorted(zip(PRIORITIES, LEVEL_Y), key=lambda t: t[1]):
        P.append(f'<div class="lv" style="top:{y}mm">{e(lvl.upper())}</div>')
    P.append('</div></div>')
    P.append('<div class="pg"><h1 class="t">What we fund</h1><p>Each priority is delivered through funded '
             'interventions:</p><table><tr><th>Level</th><th>Intervention</th><th>What it does</th></tr>')
    for (lvl, _, txt), iv in zip(PRIORITIES, ["Operation Sceptre and Knife Angel week", "Safer nights",
                                              "Mentors in schools", "Hospital and custody navigators"]):
        P.append(f"<tr><td>{e(lvl)}</td><td>{e(iv)}</td><td>{e(txt)}</td></tr>")
    P.append('</table><h2>The 5 Cs</h2><p>Our approach follows the 5 Cs of the public health approach: '
             'collaboration, co-production, cooperation in data sharing, counter-narrative and community '
             'consensus.</p></div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1><table><tr><th>Local measure</th>'
             '<th>Baseline</th><th>Target 2029</th></tr>')
    for r in [("Knife crime offences", "690", "-20%"), ("Night-time violence with injury in town centres", "2,900",
                                                          "-15%"),
              ("Children mentored", "240", "600"), ("Young people reached by navigators", "380", "900")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p>The partnership board meets quarterly and reports to the Staffordshire Commissioner and the '
             'health and wellbeing boards. Baselines are illustrative.</p><p>Contact: svd@staffs-stoke.example</p>'
             '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Serious violence is rare", "def": "Serious violence and the Duty For this",
               "ev": "What the evidence tells us The", "pri": "Our priorities, from society to the individual We",
               "int": "What we fund Each", "gov": "Measures and governance Local"}
    src = work_file("staffs_serious_violence.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
