"""The Mayor of West Yorkshire's Police and Crime Plan 2025–2029 (a fictional edition): HTML printed by
Chromium.  Each of the seven priorities is a **chapter band**: a full-width band with a large outlined
chapter letter (A–G) and the priority in white, followed by "What this includes" objectives numbered 1.1 …
Two priorities a page.  Distractors: the Mayor's pledges, what residents told us, the objectives, the
partnership list and the budget."""
from west_yorkshire_metro.htmlkit import build_doc, e, stats, table, ul

FILE = "plan/mayor_of_west_yorkshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Mayor of West Yorkshire Police and Crime Plan 2025–2029"
THEME = dict(font="'Liberation Sans', sans-serif", hfont="'Liberation Sans', sans-serif", c1="#A4123F",
             c2="#A4123F", c3="#FBEAF0", footer='"Police and Crime Plan 2025–2029  |  " counter(page)',
             running="Mayor of West Yorkshire · Police and Crime Plan")
PRIORITIES = [
    ("Supporting victims and witnesses", [
        "Every victim of crime receives the rights set out in the Victims' Code.",
        "Commissioned support for victims of all crimes, including refuge and other safe accommodation for people fleeing abuse.",
        "Restorative justice available to every victim who wants it.",
        "Protecting older and vulnerable people from fraud and scams, and supporting those who lose money.",
        "Swifter justice: fewer cases delayed in the courts."]),
    ("Safety of women and girls", [
        "A strong response to domestic abuse, including for children affected by it.",
        "Improving justice outcomes for rape and sexual offences.",
        "Specialist support for survivors of domestic abuse, sexual violence and stalking.",
        "Perpetrator programmes that hold abusers to account and change behaviour.",
        "A safe night-time economy in our city and town centres, with licensed premises, door staff, taxis and street marshals trained to keep everyone safe.",
        "Education on healthy relationships and consent in schools."]),
    ("Preventing serious violence", [
        "A public health approach through the Violence Reduction Partnership.",
        "Reducing knife crime and the carrying of weapons.",
        "Targeting the places where violence is concentrated.",
        "Disrupting organised crime groups and the supply of drugs.",
        "Reaching children and young people at risk of violence early."]),
    ("Safer, stronger neighbourhoods", [
        "Tackling anti-social behaviour, including off-road bikes, deliberate fires and criminal damage, with the Community Trigger.",
        "Reducing neighbourhood crime: burglary, robbery and vehicle crime.",
        "Tackling hate crime and supporting community cohesion.",
        "Safer roads: reducing people killed or seriously injured through Vision Zero and speed enforcement."]),
    ("Breaking the cycle of reoffending", [
        "Integrated offender management for people who commit the most neighbourhood crime.",
        "Housing, jobs and training for people leaving prison.",
        "Getting people who offend into drug and alcohol treatment, and supporting the Combating Drugs Partnership to increase treatment and recovery and reduce drug-related deaths.",
        "Diverting children and young people from the justice system and reducing reoffending by children.",
        "A whole-system approach for women in the justice system."]),
    ("Protecting people from exploitation", [
        "Child criminal exploitation and county lines.",
        "Child sexual exploitation.",
        "Modern slavery and human trafficking.",
        "Finding missing people quickly.",
        "Right Care, Right Person for people in mental health crisis."]),
    ("Fair and trusted policing", [
        "Raising trust and confidence in West Yorkshire Police.",
        "Independent scrutiny of stop and search and the use of force.",
        "A police workforce that reflects West Yorkshire's communities.",
        "Timely and fair handling of complaints."]),
]
CSS = """
.ch { break-inside: avoid; margin: 0 0 6mm 0; }
.ch .band { display: flex; align-items: center; background: #A4123F; color: #fff; padding: 3mm 5mm; }
.ch .band .L { font: 700 30pt 'Liberation Sans'; color: transparent; -webkit-text-stroke: 1px #fff; width: 16mm; }
.ch .band .T { font-size: 15pt; font-weight: 700; }
.ch .inc { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.6pt; color: #A4123F; margin: 2mm 0 1mm 0; }
.ch .ob { display: flex; font-size: 9pt; margin-bottom: 1mm; } .ch .ob span.n { width: 10mm; font-weight: 700; color: #A4123F; }
.cv-p { background: #A4123F; color: #fff; } .cv-p h1 { position: absolute; left: 20mm; top: 90mm; width: 170mm; font-size: 30pt; margin: 0; }
.cv-p .yr { position: absolute; left: 20mm; top: 150mm; font-size: 16pt; } .cv-p .org { position: absolute; left: 20mm; top: 25mm; font-size: 11pt; font-weight: 700; }
.back { break-before: page; } 
"""


def chapter(i, t, obs):
    h = f'<div class="ch"><div class="band"><span class="L">{"ABCDEFG"[i - 1]}</span><span class="T">{e(t)}</span></div>'
    h += '<div class="inc">What this includes</div>'
    h += "".join(f'<div class="ob"><span class="n">{i}.{k}</span><span>{e(o)}</span></div>' for k, o in enumerate(obs, 1))
    return h + "</div>"


def build(out_root):
    secs = [
        ("fw", "Foreword from the Mayor", "<p>West Yorkshire is a safe place to live, work and visit, but crime "
         "and the fear of crime still hold too many people back. This plan sets out what I expect from West "
         "Yorkshire Police and from the partners I fund.</p><p>It was written after listening to more than "
         "6,000 residents, victims and partners.</p><h2>My pledges</h2>" + ul([
             "Keep neighbourhood policing visible", "Put victims at the centre", "Spend every pound wisely"]) +
         "<p><b>Mayor of West Yorkshire</b></p>", False),
        ("told", "What you told us", "<p>Residents, victims and partners told us what matters to them.</p>" +
         stats([("6,000+", "people responded"), ("71%", "said anti-social behaviour is a problem"), ("64%",
                "women who feel unsafe at night"), ("58%", "trust West Yorkshire Police"), ("1 in 3", "victims "
                "not offered support"), ("2.4m", "people in West Yorkshire")]) +
         "<h2>Our principles</h2>" + ul(["Prevention first", "Partnership working", "Equality and fairness",
                                         "Value for money"]), False),
        ("p1", "Our priorities: A and B", "<p>The plan has seven priorities. Under each is what it includes; partners' "
         "work counts towards a priority where it delivers one of these objectives.</p>" +
         chapter(1, *PRIORITIES[0]) + chapter(2, *PRIORITIES[1]), False),
        ("p3", "Our priorities: C and D", chapter(3, *PRIORITIES[2]) + chapter(4, *PRIORITIES[3]), False),
        ("p5", "Our priorities: E and F", chapter(5, *PRIORITIES[4]) + chapter(6, *PRIORITIES[5]), False),
        ("p7", "Our priorities: G", chapter(7, *PRIORITIES[6]) +
         "<h2>Working in partnership</h2><p>The Mayor works with the five community safety partnerships "
         "(Bradford, Calderdale, Kirklees, Leeds and Wakefield), the Violence Reduction Partnership, the "
         "Combating Drugs Partnership, the Local Criminal Justice Board and the fire and rescue authority.</p>", False),
        ("money", "Resources and accountability", "<h2>Budget 2025/26 (illustrative)</h2>" +
         table(["Area", "£m"], [("Police force grant and precept", "612.0"), ("Commissioned services", "9.4"),
                                ("Violence Reduction Partnership", "4.1"), ("Community grants", "1.2")]) +
         "<h2>Holding the police to account</h2><p>The Police and Crime Panel scrutinises the Mayor; the "
         "Mayor holds the Chief Constable to account through public accountability meetings.</p>"
         "<p class='note'>Contact: policing@westyorks-ca.example. All figures are illustrative.</p>", False),
    ]
    out = out_root / FILE
    cover = ('<div class="cover cv-p"><div class="org">MAYOR OF WEST YORKSHIRE</div><h1>Police and Crime Plan</h1>'
             '<div class="yr">2025 – 2029</div></div>')
    return build_doc(out, "plan", TITLE, THEME, cover, secs, CSS, "dots")
