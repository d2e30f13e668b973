"""West Yorkshire Fire and Rescue Service Community Safety Plan 2025–2028: HTML printed by Chromium.  The
priorities are written beside **hazard-diamond signs** (a rotated square with a pictogram letter), one row per
priority with a sentence under it.  Distractors: the service's core functions, the risk findings, the previous
plan's priorities, the Mayor's priorities, actions, measures."""
from west_yorkshire_metro import thematic
from west_yorkshire_metro.htmlkit import e, ul

FILE = "strategies/west_yorkshire_fire_and_rescue_community_safety_plan_2025-28.pdf"
TITLE = "West Yorkshire Fire and Rescue Service Community Safety Plan 2025–2028"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Sans', sans-serif", c1="#B00020",
             c2="#FFB400", c3="#FFF4E0", footer='"WYFRS Community Safety Plan — " counter(page)', running="WYFRS Community Safety Plan")
ROWS = [("F", "Safer homes: preventing fires where people are most at risk", "Safe and well visits for older people, people who smoke and people who hoard."),
        ("W", "Keeping people safe near water", "Education, open water signs and throwlines at rivers, canals and reservoirs."),
        ("R", "Reducing deaths and serious injuries on our roads", "Fire Bike Team and education with young drivers."),
        ("D", "Reducing deliberate fires", "Targeting hotspots for rubbish, vehicle and grass fires and working with young people.")]
CSS = """
.hz { display: flex; align-items: center; margin: 0 0 6mm 0; }
.dia { width: 17mm; height: 17mm; transform: rotate(45deg); border: 2.5mm solid #B00020; background: #FFB400; margin: 4mm 9mm 4mm 4mm; display: flex; align-items: center; justify-content: center; }
.dia span { transform: rotate(-45deg); font: 700 13pt 'Liberation Sans'; }
.hz .t b { display: block; font-size: 12pt; color: #B00020; line-height: 1.25; }
.cv-f { background: #B00020; color: #fff; } .cv-f h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font-size: 28pt; margin: 0; }
"""


def pri_html():
    h = "<p>Our prevention work will concentrate on four community safety priorities:</p>"
    for k, t, d in ROWS:
        h += f'<div class="hz"><div class="dia"><span>{k}</span></div><div class="t"><b>{e(t)}</b>{e(d)}</div></div>'
    return h


def build(out_root):
    return thematic.make(out_root, FILE, "wy_fire_community_safety", TITLE, THEME, CSS,
        '<div class="cover cv-f"><h1>Community Safety Plan 2025–2028</h1></div>',
        "Our community safety priorities", pri_html(), dict(
        leader="dots", mayor=False,
        foreword=["Prevention is the heart of a modern fire and rescue service. This plan sets out how we will "
                  "keep people safe before emergencies happen.", "It sits under our Community Risk Management Plan."],
        signed="Chief Fire Officer",
        context_head="Risk in our communities",
        context=["West Yorkshire has 2.4 million residents, busy motorways and many waterways."],
        stats=[("1,100", "accidental dwelling fires"), ("14", "fire deaths in three years"), ("9", "water deaths a "
               "year"), ("780", "people killed or seriously injured on roads"), ("5,600", "deliberate fires"),
               ("40,000", "safe and well visits")],
        findings=["Most fire deaths involve older people living alone.", "Deliberate fires peak around Bonfire Night."],
        findings_head="Community risk profile: findings",
        bg_head="Our functions and last plan",
        previous_head="Priorities of the 2022–2025 plan",
        previous_intro="The previous plan's prevention priorities were:",
        previous=["Home fire safety", "Youth engagement", "Business fire safety"],
        extra_bg="<h2>Core functions</h2>" + ul(["Prevention", "Protection", "Response", "Resilience"]),
        actions=[("Homes", "Targeted safe and well visits", "Prevention teams"),
                 ("Water", "Summer water safety campaign", "Prevention teams"),
                 ("Roads", "Young driver education", "Road safety team"),
                 ("Deliberate fires", "Arson reduction patrols with councils", "Arson team")],
        measures=["Accidental dwelling fires", "Water incidents", "Road casualties", "Deliberate fires"],
        governance="Reported to the West Yorkshire Fire and Rescue Authority.",
        contact="prevention@wyfire.example"))
