"""West Yorkshire Violence Against Women and Girls Strategy 2025–2030: HTML printed by Chromium.
The four priorities are the **columns of a classical portico**: a triangular pediment carrying the vision, four
pillars each lettered with a priority (wrapping in the narrow shafts), and a plinth naming the foundations.
Distractors: the vision on the pediment, the foundations on the plinth, the national framework, the
previous strategy's aims, the Mayor's priorities, actions and measures."""
from west_yorkshire_metro import standard
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/west_yorkshire_violence_against_women_and_girls_strategy_2025-30.pdf"
TITLE = "West Yorkshire Violence Against Women and Girls Strategy 2025–2030"
THEME = dict(font="'DejaVu Sans', sans-serif", hfont="'DejaVu Serif', serif", c1="#5B2A86", c2="#9B72CF",
             c3="#F1EAF8", footer='"VAWG Strategy  " counter(page)', running="West Yorkshire VAWG Strategy 2025–2030")
PRIORITIES = ["Preventing violence against women and girls before it starts",
              "Supporting survivors to cope and recover",
              "Holding perpetrators to account",
              "Women and girls feel safe in public spaces, day and night"]
CSS = """
.ped { width: 0; height: 0; border-left: 88mm solid transparent; border-right: 88mm solid transparent;
  border-bottom: 26mm solid #5B2A86; margin: 4mm auto 0 auto; position: relative; }
.ped span { position: absolute; left: -60mm; top: 11mm; width: 120mm; text-align: center; color: #fff; font-size: 9pt; }
.cols { display: flex; justify-content: space-between; width: 168mm; margin: 2mm auto 0 auto; }
.col { width: 36mm; height: 78mm; background: linear-gradient(90deg, #E6DAF3, #fff 50%, #E6DAF3);
  border-left: 1px solid #9B72CF; border-right: 1px solid #9B72CF; padding: 5mm 2.5mm; text-align: center;
  font: 700 11pt 'DejaVu Serif'; color: #5B2A86; line-height: 1.3; }
.plinth { width: 176mm; margin: 1mm auto 4mm auto; background: #5B2A86; color: #fff; text-align: center; padding: 2.5mm; font-size: 8.5pt; }
.cv-v { background: #5B2A86; color: #fff; } .cv-v h1 { position: absolute; left: 20mm; top: 80mm; width: 170mm; font: 700 28pt 'DejaVu Serif'; margin: 0; }
.cv-v .yr { position: absolute; left: 20mm; top: 150mm; font-size: 15pt; }
"""


def pri_html():
    h = "<p>Our strategy rests on four priorities, agreed by every partner in West Yorkshire:</p>"
    h += '<div class="ped"><span>Vision: a West Yorkshire where women and girls are safe and feel safe</span></div>'
    h += '<div class="cols">' + "".join(f'<div class="col">{e(t)}</div>' for t in PRIORITIES) + '</div>'
    h += '<div class="plinth">Foundations: listening to survivors · trauma-aware practice · shared data · a trained workforce</div>'
    h += ("<p>Each priority has a delivery group chaired by a different partner. Children who live with abuse are "
          "recognised as victims in their own right throughout.</p>")
    return h


def build(out_root):
    d = dict(
        file=FILE, name="wy_vawg", title=TITLE, theme=THEME, css=CSS, leader="dash",
        cover='<div class="cover cv-v"><h1>Violence Against Women and Girls Strategy</h1>'
              '<div class="yr">West Yorkshire · 2025–2030</div></div>',
        foreword=["Every woman and girl in West Yorkshire should be safe and feel safe. This strategy brings "
                  "together policing, the five councils, health, criminal justice and specialist services.",
                  "It was written with survivors and with the specialist sector, whose voices run through it."],
        signed="Deputy Mayor for Policing and Crime",
        context_head="The scale of the problem",
        context=["Violence against women and girls includes domestic abuse, sexual violence, stalking, "
                 "harassment, so-called honour-based abuse and online abuse."],
        stats=[("1 in 4", "women will experience domestic abuse in their lifetime"), ("5,200", "rapes and "
               "sexual offences reported each year"), ("2,100", "stalking offences"), ("58%", "girls who have been "
               "harassed in public"), ("11%", "survivors who report to the police"), ("300+", "specialist service "
               "staff")],
        findings=["Most survivors seek help from family, friends or health services first.",
                  "Young women report harassment on public transport most often."],
        findings_head="What survivors told us",
        bg_head="National and regional framework",
        previous_head="The 2020–2025 strategy",
        previous_intro="The previous strategy had three aims, which this strategy replaces:",
        previous=["Early intervention", "Provision of services", "Partnership working"],
        extra_bg="<h2>National framework</h2><p>The national Tackling Violence Against Women and Girls Strategy "
                 "has three pillars, which we reflect:</p>" + ul(["Prioritising prevention", "Supporting victims",
                                                                "Pursuing perpetrators"]),
        pri_head="Our four priorities",
        pri_html=pri_html(),
        actions=[("Prevention", "Healthy relationships programme in every secondary school", "Councils"),
                 ("Survivors", "Independent sexual violence advisers for every survivor who wants one", "OPCC"),
                 ("Perpetrators", "Perpetrator programme places across all five districts", "OPCC, probation"),
                 ("Public spaces", "Safer transport and park design audits", "Combined Authority")],
        measures=["Attitudes measured in schools", "Survivors' wellbeing after support", "Charge rates for "
                  "rape and stalking", "Women's feelings of safety in public"],
        governance="The West Yorkshire VAWG Board, chaired by the Deputy Mayor, oversees delivery.",
        contact="vawg@westyorks.example",
    )
    return standard.build(out_root, d)
