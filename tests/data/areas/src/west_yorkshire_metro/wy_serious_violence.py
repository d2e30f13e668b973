"""West Yorkshire Serious Violence Duty Strategy 2025–2029: HTML printed by Chromium.  The priorities are
**outcome statements, each beside a drawn progress ring** that holds "By 2029" (the ring's label is not part
of the priority), with the baseline and the target under the statement.  Distractors: the definition, the
specified authorities, the Home Office success measures, the strategic needs assessment findings, the Mayor's
priorities, the interventions and measures."""
from west_yorkshire_metro import standard
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/west_yorkshire_serious_violence_duty_strategy_2025-29.pdf"
TITLE = "West Yorkshire Serious Violence Duty Strategy 2025–2029"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Sans', sans-serif", c1="#B5361C",
             c2="#333", c3="#FBEDE8", footer='"Page " counter(page) " · West Yorkshire Violence Reduction Partnership"',
             running="Serious Violence Duty Strategy 2025–2029")
PRIORITIES = [
    ("Fewer young people carry knives and other weapons", "Baseline: 1,480 weapon possession offences (illustrative). Aim: a 20% fall."),
    ("Violence falls in the places where it is most concentrated", "Baseline: 40% of violence in 2% of streets (illustrative)."),
    ("Children at risk of exploitation are identified early and kept safe", "Baseline: 620 children open to exploitation panels (illustrative)."),
    ("Communities and young people help shape how violence is prevented", "Baseline: 12 community-led projects (illustrative)."),
]
CSS = """
.oc { display: flex; align-items: center; margin: 0 0 5mm 0; break-inside: avoid; }
.ring { width: 26mm; height: 26mm; border-radius: 50%; border: 4mm solid #F1C7BC; border-top-color: #B5361C;
  border-right-color: #B5361C; display: flex; align-items: center; justify-content: center; font-size: 7.5pt;
  font-weight: 700; color: #B5361C; text-align: center; }
.oc .tx { flex: 1; margin-left: 6mm; } .oc .tx .s { font-size: 12.5pt; font-weight: 700; line-height: 1.25; }
.oc .tx .b { font-size: 8.4pt; color: #555; margin-top: 1mm; }
.cv-s { background: #222; color: #fff; } .cv-s .strip { position: absolute; left: 0; top: 120mm; width: 210mm; height: 5mm; background: #B5361C; }
.cv-s h1 { position: absolute; left: 20mm; top: 60mm; width: 170mm; font-size: 28pt; margin: 0; } .cv-s .yr { position: absolute; left: 20mm; top: 135mm; font-size: 15pt; }
"""


def pri_html():
    h = "<p>The partnership has set four outcomes as its priorities. Success means that:</p>"
    for t, b in PRIORITIES:
        h += (f'<div class="oc"><div class="ring">By<br>2029</div><div class="tx"><div class="s">{e(t)}</div>'
              f'<div class="b">{e(b)}</div></div></div>')
    return h


def build(out_root):
    d = dict(
        file=FILE, name="wy_serious_violence", title=TITLE, theme=THEME, css=CSS, leader="dots",
        cover='<div class="cover cv-s"><h1>Serious Violence Duty Strategy</h1><div class="strip"></div>'
              '<div class="yr">West Yorkshire · 2025–2029</div></div>',
        foreword=["The Serious Violence Duty asks local partners to work together to prevent and reduce serious "
                  "violence. In West Yorkshire the Violence Reduction Partnership co-ordinates that work.",
                  "This strategy updates our response following the refreshed strategic needs assessment."],
        signed="Director, West Yorkshire Violence Reduction Partnership",
        context_head="Serious violence in West Yorkshire",
        context=["For this strategy serious violence means homicide, violence with injury, weapon-enabled crime "
                 "and robbery in public places, with domestic abuse and sexual violence addressed through the "
                 "VAWG strategy."],
        stats=[("1,480", "weapon possession offences"), ("740", "hospital admissions for assault"), ("40%",
               "violence in 2% of streets"), ("620", "children open to exploitation panels"), ("15–24", "the "
               "peak age for victims and offenders"), ("23", "homicides")],
        findings=["Violence peaks after school and on weekend nights.", "Exploitation links much youth "
                  "violence to drug markets.", "Young people want trusted adults, not only enforcement."],
        findings_head="Strategic needs assessment: key findings",
        bg_head="The Duty and how we measure it",
        previous_head="Home Office success measures",
        previous_intro="The national measures of success for the Duty are:",
        previous=["A reduction in hospital admissions for assault with a knife or sharp object",
                  "A reduction in knife and sharp object enabled serious violence",
                  "A reduction in homicides"],
        extra_bg="<h2>Specified authorities</h2>" + ul(["Police", "Councils", "Fire and rescue",
                                                        "Integrated care boards", "Probation", "Youth justice services"]),
        pri_head="Our priority outcomes",
        pri_html=pri_html(),
        actions=[("Weapons", "Knife crime education in Year 7 and Year 9", "VRP"),
                 ("Places", "Hotspot patrols guided by violence data", "Police"),
                 ("Exploitation", "Navigators in custody suites", "VRP, councils"),
                 ("Communities", "Community grants panel with young people", "VRP")]
        ,
        measures=["Weapon possession offences", "Violence in hotspot areas", "Children safeguarded",
                  "Young people involved in decisions"],
        governance="The Violence Reduction Partnership Board reports to the Mayor and to the five CSPs.",
        contact="vrp@westyorks.example",
    )
    return standard.build(out_root, d)
