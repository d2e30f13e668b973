"""Safer Redcar and Cleveland Partnership Plan 2024-2027: HTML/CSS printed by Chromium.

Five priorities, stated once, on p6 inside a **smartphone mock-up** ("How our priorities look on the Safer
Redcar and Cleveland web app"): a CSS-drawn phone (dark rounded frame, notch, status bar "09:41"), an app
bar, a "Our priorities 2024–27" screen title and five list rows, each a coloured dot, the priority in bold
(wrapping over two or three lines) and a chevron; a tab bar at the foot of the screen ("Home", "Report it",
"Find your officer", "News") is not a priority.  Explanatory text sits beside the phone.  The PCC's
priorities (p5), the previous plan's priorities (p4), the app's tab bar, the delivery labels (p7) and the
measures (p8) are distractors.
"""
from cleveland.work import build_html, e

FILE = "strategies/safer_redcar_and_cleveland_partnership_plan_2024-27.pdf"
TITLE = "Safer Redcar and Cleveland Partnership Plan 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour, including nuisance off-road bikes", "#D35400"),
    ("Protecting children and young people from exploitation", "#8E44AD"),
    ("Reducing harm from drugs and alcohol", "#16A085"),
    ("Preventing people being drawn into extremism", "#2C3E50"),
    ("Keeping our coast and countryside safe", "#2E86C1"),
]

CSS = """
:root { --c1: #7A1E2C; --c3: #F6ECEE; }
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: "Safer Redcar and Cleveland Partnership"; font: 7.5pt 'Liberation Sans'; color: #7A1E2C; }
  @bottom-right { content: counter(page); font: 700 9pt 'Liberation Sans'; color: #7A1E2C; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #7A1E2C; color: #fff; overflow: hidden; }
.cover .sea { position: absolute; left: 0; bottom: 0; width: 210mm; height: 95mm; background: #2E86C1; }
.cover .sand { position: absolute; left: 0; bottom: 0; width: 210mm; height: 30mm; background: #E8C97A; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; font-size: 32pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 150mm; font-size: 17pt; }
.wrapp { display: flex; gap: 10mm; align-items: flex-start; margin-top: 4mm; }
.phone { width: 74mm; flex: none; background: #111; border-radius: 10mm; padding: 9mm 4mm 7mm 4mm; position: relative; }
.phone .notch { position: absolute; top: 3mm; left: 27mm; width: 20mm; height: 3.5mm; background: #333; border-radius: 2mm; }
.screen { background: #fff; border-radius: 4mm; overflow: hidden; }
.sbar { display: flex; justify-content: space-between; font-size: 7pt; padding: 1mm 3mm; color: #333; }
.appbar { background: #7A1E2C; color: #fff; font-size: 9pt; font-weight: 700; padding: 2.5mm 3mm; }
.stitle { font-size: 11pt; font-weight: 700; padding: 3mm 3mm 1mm 3mm; color: #7A1E2C; }
.row { display: flex; align-items: center; gap: 2.5mm; padding: 2.6mm 3mm; border-top: 1px solid #eee; }
.row .dot { width: 4mm; height: 4mm; border-radius: 50%; flex: none; }
.row .txt { flex: 1; font-size: 9.6pt; font-weight: 700; line-height: 1.3; color: #222; }
.row .chev { color: #aaa; font-size: 12pt; }
.tabs { display: flex; justify-content: space-around; background: #F4F4F4; font-size: 6.5pt; color: #666; padding: 2mm 1mm; margin-top: 2mm; }
.beside { flex: 1; }
"""


def cover():
    return ('<div class="cover"><div class="sea"></div><div class="sand"></div>'
            '<div class="org">SAFER REDCAR AND CLEVELAND PARTNERSHIP</div>'
            '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')


def phone():
    rows = "".join(f'<div class="row"><span class="dot" style="background:{c}"></span>'
                   f'<span class="txt">{e(n)}</span><span class="chev">›</span></div>' for n, c in PRIORITIES)
    return ('<div class="wrapp"><div class="phone"><div class="notch"></div><div class="screen">'
            '<div class="sbar"><span>09:41</span><span>4G ▮▮▮</span></div>'
            '<div class="appbar">Safer Redcar &amp; Cleveland</div>'
            f'<div class="stitle">Our priorities 2024–27</div>{rows}'
            '<div class="tabs"><span>Home</span><span>Report it</span><span>Find your officer</span>'
            '<span>News</span></div></div></div>'
            '<div class="beside"><p>Most residents now reach us on their phones, so we have put our priorities '
            'at the front of the new Safer Redcar and Cleveland web app, as shown here.</p>'
            '<p>Each priority opens a page explaining what the partnership will do, who leads it and how to '
            'report a problem. The same explanations are set out in the next section of this plan.</p>'
            '<p>The five priorities were agreed by the partnership board in April 2024, after the strategic '
            'assessment and a survey of 870 residents (illustrative).</p></div></div>')


SECTIONS = [
    ("fw", "Foreword", [
        ("p", "Redcar and Cleveland stretches from the steelworks and the mouth of the Tees, through seaside towns "
              "such as Redcar, Marske and Saltburn, to the villages and moors of East Cleveland. It is a safe place "
              "for most people, most of the time."),
        ("p", "The Safer Redcar and Cleveland Partnership brings together Redcar and Cleveland Borough Council, "
              "Cleveland Police, Cleveland Fire Brigade, the Probation Service, the NHS and local charities."),
        ("p", "This plan sets out the five things we will work on together between 2024 and 2027."),
        ("p", "<b>Chair, Safer Redcar and Cleveland Partnership</b>"),
    ]),
    ("ctx", "Our borough in figures", [
        ("p", "The figures below are illustrative and are not official statistics."),
        ("stats", [("137,000", "residents"), ("12,900", "crimes recorded in 2023/24"),
                   ("4,700", "anti-social behaviour incidents"), ("690", "reports of nuisance off-road bikes"),
                   ("58", "children discussed at the exploitation panel"), ("31", "Prevent referrals")]),
        ("h2", "Looking back"),
        ("p", "Our 2021–2024 plan had four priorities: Anti-social behaviour; Vulnerable people; Substance misuse; "
              "and Reducing reoffending. Reducing reoffending is now led by the Cleveland Reducing Reoffending "
              "Partnership."),
    ]),
    ("pcp", "The bigger picture", [
        ("p", "The partnership meets the duties of the Crime and Disorder Act 1998, the Serious Violence Duty and "
              "the Prevent duty, and works with the Police and Crime Commissioner for Cleveland."),
        ("box", "The Police and Crime Commissioner's priorities, 2025–2029", [
            "Visible and responsive neighbourhood policing", "Tackling violence and exploitation",
            "Protecting women, girls and people at risk of harm", "Putting victims first",
            "Breaking the cycle of offending", "A police service you can trust"]),
        ("h2", "How we work"),
        ("ul", ["<b>Early help</b>: we act before problems grow.",
                "<b>Problem-solving</b>: we deal with causes, not only symptoms.",
                "<b>Community voice</b>: residents help set and check our work."]),
    ]),
    ("pri", "Our priorities", [
        ("p", "This page shows our five priorities for 2024 to 2027."),
        ("custom", phone()),
    ]),
    ("del", "What we will do", [
        ("p", "The main actions for 2024/25 are set out under short labels."),
        ("table", [["Label", "Main actions 2024/25", "Lead"],
                   ["ASB and bikes", "Off-road bike seizures; dispersal orders in hotspots; youth outreach", "Police, council"],
                   ["Exploitation", "Exploitation panel; return-home interviews; training for taxi drivers", "Children's services"],
                   ["Drugs and alcohol", "Naloxone; outreach in Redcar town centre; alcohol brief advice", "Public health"],
                   ["Prevent", "Training for schools; Channel panel", "Council"],
                   ["Coast and countryside", "Rural watch; beach patrols in summer; fly-tipping cameras", "Police, council"]],
         [0.22, 0.58, 0.2]),
    ]),
    ("gov", "Governance and measures", [
        ("p", "The partnership meets quarterly and reports to the council's Adults and Communities Scrutiny "
              "Committee and to the Police and Crime Commissioner."),
        ("table", [["Measure", "Baseline", "Direction"], ["ASB incidents", "4,700", "Down"],
                   ["Off-road bike reports", "690", "Down"], ["Adults in treatment", "780", "Up"],
                   ["Rural crime reports", "310", "Down"]], [0.55, 0.2, 0.25]),
        ("note", "Baselines are illustrative. Contact: saferrc@redcar-cleveland.example"),
    ]),
]


def build(root):
    out = root / FILE
    build_html({"title": TITLE, "sections": SECTIONS}, out, cover(), CSS, name="redcar_csp")
    return out
