"""Community Safety Partnership Manchester: Community Safety Strategy 2025-2028 (HTML/CSS -> Chromium).

Five priorities, stated once, on p6 as the **carriages of a tram**: a drawn tram of three carriages on one
track and two on a second, each carriage with a row of windows, and the priority in bold on the carriage side
below the windows; a "destination blind" on the front carriage reads "Safer Manchester".  The Mayor's
priorities quoted (p5), the previous priorities (p4) and the action themes (p7) are distractors.
"""
from greater_manchester import gmkit
from greater_manchester.common_text import MAYOR

e = gmkit.e
PRIORITIES = ["Tackling anti-social behaviour in neighbourhoods and the city centre",
              "Reducing serious violence and knife crime",
              "Tackling gender-based violence",
              "Tackling drug dealing and county lines in our communities",
              "Tackling hate crime and building cohesive communities"]

D = dict(slug="manchester_csp", file="strategies/manchester_community_safety_strategy_2025-28.pdf",
         title="Community Safety Partnership Manchester: Community Safety Strategy 2025–2028",
         org="Community Safety Partnership Manchester", cover_title="Community Safety Strategy", years="2025 – 2028",
         colour="#D4001A", ctx_title="Manchester in context", how_title="How we work",
         foreword=["Manchester is a young, fast-growing and diverse city. Most people who live, work and study here "
                   "are safe most of the time, but crime and the fear of crime are felt unevenly across our wards.",
                   "This strategy sets out what the partnership will concentrate on for the next three years, and how "
                   "residents can hold us to account for it."],
         signed="Chair, Community Safety Partnership Manchester",
         ctx_intro="A snapshot of the city, 2024 (illustrative figures).",
         stats=[("590,000", "residents"), ("38%", "aged under 25"), ("11,200", "ASB reports a year"),
                ("1,150", "knife-enabled offences"), ("9,800", "domestic abuse incidents"), ("640", "hate crimes reported")],
         findings_title="Key findings of our strategic assessment",
         findings=["ASB is concentrated in the city centre and six neighbourhoods.",
                   "Knife crime victims are getting younger.",
                   "Reports of hate crime rose after national events in 2024."],
         prev_title="Our priorities 2022–2025", prev_intro="Our last strategy had four priorities:",
         prev=["Tackling neighbourhood crime and ASB", "Keeping children and young people safe",
               "Tackling serious harm and violence", "Reducing reoffending"],
         how=[("Our principles", ["Listen to residents", "Prevent before we enforce", "Share data",
                                                  "Focus on the places with most harm"]),
                              ("Supporting the Mayor's Police and Crime Plan", "The Mayor's plan, Standing Together, "
                               "sets six priorities for Greater Manchester: " + "; ".join(MAYOR) + ".")],
         delivery_intro="Each priority has a lead and a delivery group. Our first-year actions are below.",
         actions_head=["Theme", "Action", "Lead"],
         actions=[["ASB", "Neighbourhood problem-solving in six wards; city centre PSPO review", "Council"],
                  ["Violence", "Knife crime education in schools; A&E youth workers", "VRU, GMP"],
                  ["GBV", "Safe Spaces in city centre venues; IDVAs in hospitals", "Council"],
                  ["Drugs", "Cuckooing partnership panel; closure orders", "GMP, housing"],
                  ["Hate", "Third-party reporting centres; tension monitoring", "Council"]],
         measures=[["ASB incidents reported", "11,200", "Down"], ["Knife-enabled offences", "1,150", "Down"],
                   ["Repeat victims of domestic abuse", "29%", "Down"], ["Hate crimes reported (confidence)", "640", "Up"]],
         governance="The partnership board meets quarterly and reports to the council's scrutiny committee and to "
                    "the Deputy Mayor.",
         partners=["Manchester City Council", "Greater Manchester Police", "GM Fire and Rescue Service",
                   "NHS Greater Manchester", "Probation Service", "housing providers"],
         contact="communitysafety@manchester.example")

CSS = """
.track { margin: 8mm 0 2mm 0; display: flex; gap: 2mm; align-items: flex-end; border-bottom: 3px solid #444; padding-bottom: 3mm; }
.car { width: 56mm; height: 50mm; background: #FFD200; border-radius: 3mm; position: relative; padding: 3mm; }
.car.front { border-top-right-radius: 14mm; }
.win { display: flex; gap: 1.5mm; } .win span { flex: 1; height: 9mm; background: #2b2b2b; border-radius: 1mm; }
.car p { font-weight: 700; font-size: 11pt; line-height: 1.25; margin: 4mm 0 0 0; color: #222; }
.blind { position: absolute; right: 4mm; top: -6mm; background: #111; color: #FFA000; font-size: 7pt; padding: .5mm 2mm; font-family: 'DejaVu Sans Mono', monospace; }
.wheel { position: absolute; bottom: -3.5mm; width: 6mm; height: 6mm; background: #444; border-radius: 50%; }
"""
PAGE = """@page { size: A4; margin: 16mm 16mm 18mm 16mm;
 @bottom-right { content: "Community Safety Strategy 2025–2028  |  " counter(page); font: 8pt 'Liberation Sans'; color: #777; } }
@page bare { margin: 0; @bottom-right { content: none } }"""


def car(text, front=False):
    blind = '<div class="blind">SAFER MANCHESTER</div>' if front else ""
    return (f'<div class="car{" front" if front else ""}">{blind}<div class="win"><span></span><span></span>'
            f'<span></span></div><p>{e(text)}</p><div class="wheel" style="left:8mm"></div>'
            f'<div class="wheel" style="right:8mm"></div></div>')


def build(out_root):
    D["cover_art"] = '<div style="position:absolute;left:0;bottom:0;width:210mm;height:60mm;background:#FFD200"></div>'
    h = ['<h1 class="t">Our priorities</h1><p>The partnership chose five priorities from its strategic assessment '
         'and the views of 2,300 residents. Each carriage is one priority; together they move the city forward.</p>',
         '<div class="track">' + "".join(car(t, i == 2) for i, t in enumerate(PRIORITIES[:3])) + '</div>',
         '<div class="track">' + "".join(car(t, i == 1) for i, t in enumerate(PRIORITIES[3:])) + '</div>',
         '<p class="note">A delivery group leads each priority; see page 7.</p>']
    return gmkit.build_html(out_root, D, "".join(h), CSS, PAGE)
