"""Community Safety Partnership Plan for Hull 2024-2027 (Safer Hull Partnership): HTML/CSS printed by Chromium.

Five priorities, stated once, on p6: a **landscape page among portrait pages** that reproduces the inside of
the partnership's **tri-fold leaflet**, laid flat: three panels separated by dashed fold lines, with a small
"fold" mark under them.  The left panel opens with the leaflet's own "Inside: what we will focus on"
kicker and two priorities; the middle panel holds two more, the right panel the fifth and a "Report it" box.
Each priority is a bold heading in the partnership's teal with one sentence under it; no numbers.  pdftotext
reads the panels one after the other.  The 2021-2024 priorities and the findings (p4), the Commissioner's
six priorities (p5), the leaflet's kicker, the "Report it" box, the delivery themes (p7) and measures (p8) are
distractors.
"""
from humberside.work import build_html, e

FILE = "strategies/hull_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Community Safety Partnership Plan for Hull 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour in our neighbourhoods and city centre",
     "Quicker action on nuisance, off-road bikes and disorder, and support for people who suffer it again and again."),
    ("Preventing serious violence and knife crime",
     "Working with the Humber Violence Prevention Partnership in the places and at the times violence happens."),
    ("Closing down drug dealing and county lines",
     "Shutting drug houses, disrupting dealers and protecting people whose homes are taken over."),
    ("Keeping children and young people safe from exploitation",
     "Spotting the signs early and acting together when a child is groomed to carry drugs or weapons."),
    ("Building cohesion and challenging hate",
     "Bringing communities together, and making it easy to report hate and be supported."),
]

CSS = """
:root { --c1: #00605F; --c3: #E3F1F0; }
@page { size: A4; margin: 17mm 18mm 18mm 18mm;
  @bottom-center { content: "Safer Hull Partnership  ·  " counter(page); font: 8pt 'Liberation Sans'; color: #00605F; } }
@page bare { margin: 0; @bottom-center { content: none } }
@page land { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
.pg:has(.leaflet) { page: land; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #00605F; color: #fff; overflow: hidden; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1.2pt; }
.cover h1 { position: absolute; left: 18mm; top: 78mm; font-size: 31pt; margin: 0; line-height: 1.15; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 140mm; font-size: 17pt; }
.cover .river { position: absolute; left: 0; bottom: 0; width: 210mm; height: 70mm; background: #0B3F4E; }
.cover .bank { position: absolute; left: 0; bottom: 70mm; width: 210mm; height: 8mm; background: #E0A526; }
.leaflet { display: grid; grid-template-columns: 1fr 1fr 1fr; height: 140mm; border: 0.4mm solid #9bb; background: #fff; }
.panel { padding: 7mm 8mm; position: relative; }
.panel + .panel { border-left: 0.5mm dashed #9bb; }
.panel .kick { font-size: 8pt; letter-spacing: 1pt; color: #888; text-transform: uppercase; margin-bottom: 5mm; }
.panel h3 { color: #00605F; font-size: 14pt; line-height: 1.2; margin: 0 0 2mm 0; }
.panel p.d { font-size: 9pt; margin: 0 0 9mm 0; color: #333; }
.panel .wave { height: 1.2mm; background: #E0A526; margin: 0 0 7mm 0; width: 30mm; border-radius: 1mm; }
.report { background: #0B3F4E; color: #fff; padding: 4mm 5mm; border-radius: 2mm; font-size: 9pt; }
.report b { display: block; font-size: 11pt; margin-bottom: 1mm; }
.fold { font-size: 6.5pt; color: #aaa; text-align: center; margin-top: 2mm; }
"""


def cover():
    return ('<div class="cover"><div class="org">SAFER HULL PARTNERSHIP</div>'
            '<h1>Community Safety Partnership Plan for Hull</h1><div class="yr">2024 – 2027</div>'
            '<div class="bank"></div><div class="river"></div></div>')


def leaflet():
    def pr(i):
        t, d = PRIORITIES[i]
        return f'<h3>{e(t)}</h3><p class="d">{e(d)}</p>'
    return ('<p>The inside pages of our leaflet, which went to every household in the city, are reproduced below.</p>'
            '<div class="leaflet">'
            f'<div class="panel"><div class="kick">Inside: what we will focus on</div>{pr(0)}<div class="wave"></div>{pr(1)}</div>'
            f'<div class="panel">{pr(2)}<div class="wave"></div>{pr(3)}</div>'
            f'<div class="panel">{pr(4)}<div class="report"><b>Report it</b>Call 101, or 999 in an emergency. '
            'Report anti-social behaviour to the city council online or by phone. Report hate crime through any '
            'of the city\'s third-party reporting centres.</div></div>'
            '</div><div class="fold">fold ·············· fold</div>')


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "Hull is a proud, friendly city with a great maritime history. Most residents feel safe where they "
              "live, but in some neighbourhoods anti-social behaviour, drug dealing and violence make daily life "
              "harder than it should be."),
        ("p", "The Safer Hull Partnership is the city's statutory community safety partnership. Hull City Council, "
              "Humberside Police, Humberside Fire and Rescue Service, the Probation Service, the NHS and the "
              "voluntary sector work together through it."),
        ("p", "This plan tells residents what we will focus on for the next three years, and how we will know if "
              "it is working."),
        ("p", "<b>Chair, Safer Hull Partnership</b>"),
    ]),
    ("ctx", "Hull in numbers", [
        ("p", "The figures below come from our strategic assessment. They are illustrative and are not official "
              "statistics."),
        ("stats", [("268,000", "residents"), ("34,500", "crimes recorded in 2023/24"),
                   ("9,800", "anti-social behaviour incidents"), ("4,900", "domestic abuse incidents"),
                   ("290", "knife crime offences"), ("61", "drug houses closed since 2021")]),
        ("h2", "Looking back: our 2021–2024 priorities"),
        ("ul", ["Safer neighbourhoods", "Vulnerable people", "Substance misuse", "Reducing reoffending"]),
        ("h2", "What the assessment found"),
        ("ul", ["Anti-social behaviour is concentrated in the city centre and six wards.",
                "Knife crime rose for the second year, mainly among young men.",
                "Drug markets drive much of the violence and exploitation of children.",
                "Reports of hate crime rose after national events, but many still go unreported."]),
    ]),
    ("pcp", "How we fit with the Police and Crime Plan", [
        ("p", "The partnership works under the Crime and Disorder Act 1998, the Serious Violence Duty, the Domestic "
              "Abuse Act 2021 and the Prevent duty."),
        ("box", "The Police and Crime Commissioner's six priorities (Police and Crime Plan 2025–2029)", [
            "Safer, stronger neighbourhoods", "Taking on violence, drugs and organised crime",
            "Protecting women and girls", "Care and justice for victims", "Reducing offending and reoffending",
            "Safer roads and waterways"]),
        ("p", "Domestic abuse is led for the city by the Hull and East Riding Domestic Abuse Partnership, and is "
              "not repeated in this plan; the partnership receives its reports."),
    ]),
    ("pri", "Our priorities for 2024 to 2027", [
        ("custom", leaflet()),
    ]),
    ("del", "Making it happen", [
        ("p", "Each priority has a delivery group, which keeps an action plan. The main actions for 2024/25 are "
              "below, under the delivery themes."),
        ("table", [["Delivery theme", "Main actions 2024/25", "Lead"],
                   ["Neighbourhoods", "Problem-solving plans in six wards; an ASB victim advocate", "Hull City Council"],
                   ["Violence", "Hotspot patrols and youth workers in the city centre at weekends", "Humberside Police"],
                   ["Drug markets", "Closure orders on drug houses; support after cuckooing", "Humberside Police"],
                   ["Exploitation", "A multi-agency child exploitation panel meeting weekly", "Children's services"],
                   ["Cohesion", "Community conversations; more third-party reporting centres", "Hull City Council"]],
         [0.2, 0.55, 0.25]),
    ]),
    ("gov", "Measures and governance", [
        ("p", "The partnership board meets quarterly and reports to the council's scrutiny commission and to the "
              "Police and Crime Commissioner."),
        ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "9,800", "Down"],
                   ["Knife crime offences", "290", "Down"], ["Drug houses closed", "61", "Up"],
                   ["Children referred to the exploitation panel", "140", "Earlier"],
                   ["Hate incidents reported", "620", "Up"]], [0.55, 0.2, 0.25]),
        ("note", "Baselines are illustrative. Contact: saferhull@hull.example"),
    ]),
]


def build(root):
    out = root / FILE
    build_html({"title": TITLE, "sections": SECTIONS}, out, cover(), CSS, name="hull_csp")
    return out
