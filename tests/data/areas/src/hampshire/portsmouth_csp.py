"""Safer Portsmouth Partnership Plan 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 in a **page-wide banner with icons**: a dark band that spans the full
text width, split into five equal tiles, each with a drawn icon (pure CSS shapes, no text) above the
priority in white bold (DejaVu Sans Condensed), wrapping over two to five lines; no numbers.  Below the banner, "What each priority
means" explains them under short h3 labels ("Neighbourhoods", "Drugs" ...), which are distractors.  The
strategic assessment's findings (p4), the 2021-2024 priorities and the PCC's seven pledges quoted in a box
(p5), the delivery table's themes (p7) and the measures (p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from hampshire.work import e, work_file

FILE = "strategies/safer_portsmouth_partnership_plan_2024-27.pdf"
TITLE = "Safer Portsmouth Partnership Plan 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour in our neighbourhoods", "home", "Neighbourhoods",
     "Anti-social behaviour is the issue residents raise with us most. We will use the community trigger, joint "
     "patrols with the council's neighbourhood wardens and early tenancy action on the estates where it is worst, "
     "and we will tell residents what we have done."),
    ("Tackling drug dealing and county lines", "lock", "Drugs",
     "We will close the cuckooed flats and open dealing spots that residents report, share intelligence between "
     "housing, police and the drug service, and support the police's county lines operations."),
    ("Ending domestic abuse and sexual violence", "heart", "Abuse",
     "Working with the Portsmouth Domestic Abuse and Sexual Violence Strategic Board, we will identify abuse "
     "sooner, keep survivors safe and bring perpetrators to justice."),
    ("Preventing serious youth violence", "shield", "Youth violence",
     "With the Violence Reduction Unit and schools, we will reach young people at the teachable moment: in A&E, "
     "in custody and after exclusion, and offer mentoring and positive activities in the holidays."),
    ("Tackling hate crime and building community cohesion", "hands", "Cohesion",
     "We will make reporting easier through third-party reporting centres, support the people and places targeted, "
     "and bring communities together after incidents that raise tension."),
]

DELIVERY = [("Neighbourhoods", "ASB case reviews; wardens on four estates; PSPO review for the seafront",
             "Portsmouth City Council"),
            ("Drugs", "Closure orders; cuckooing protocol; test purchase of knives and vapes", "Police"),
            ("Abuse", "IDVA at Queen Alexandra Hospital; Domestic Abuse Champions", "DASV Board"),
            ("Youth violence", "Navigators in A&E; holiday activity fund; schools weapons awareness",
             "VRU, Children's Services"),
            ("Cohesion", "Reporting centres; tension monitoring; Hate Crime Awareness Week", "Council")]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: "Safer Portsmouth Partnership"; font: 7.5pt 'DejaVu Sans'; color: #6a6a6a; }
  @bottom-right { content: "p. " counter(page); font: bold 8pt 'DejaVu Sans'; color: #003B5C; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #1E2328; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #003B5C; color: #fff;
  break-after: page; overflow: hidden; }
.cover .wave { position: absolute; left: -20mm; bottom: -40mm; width: 260mm; height: 120mm; border-radius: 50%;
  background: #00A3AD; }
.cover .star { position: absolute; right: 22mm; top: 22mm; width: 30mm; height: 30mm; border: 3mm solid #F2C14E;
  border-radius: 50%; }
.cover .org { position: absolute; left: 18mm; top: 24mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 105mm; font-size: 32pt; line-height: 1.12; margin: 0; width: 160mm; }
.cover .yr { position: absolute; left: 18mm; top: 160mm; font-size: 16pt; color: #F2C14E; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #003B5C; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #00838C; margin: 5mm 0 2mm 0; }
h3 { font-size: 9.6pt; color: #003B5C; margin: 3.5mm 0 1mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #d5e3e8; }
.toc div span.t { flex: 1; } .toc div span.n { font-weight: 700; color: #00838C; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #E6F4F5; padding: 3mm; } .stat b { font-size: 15pt; color: #003B5C; display: block; }
.box { border: 1.5px dashed #00838C; padding: 3mm 5mm; margin: 4mm 0; font-size: 8.5pt; }
.banner { margin: 4mm 0 5mm 0; border-radius: 2mm; background: #003B5C; display: flex; padding: 6mm 3mm 7mm 3mm; }
.banner .tile { flex: 1 1 0; min-width: 0; padding: 0 2mm; text-align: center; color: #fff; font-weight: 700; font-size: 9.8pt; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif;
  line-height: 1.3; border-left: 1px solid #2F6A8A; }
.banner .tile:first-child { border-left: 0; }
.icon { width: 15mm; height: 15mm; border-radius: 50%; background: #00A3AD; margin: 0 auto 3mm auto; position: relative; }
.icon i { position: absolute; display: block; }
.home i.a { left: 4mm; top: 6.5mm; width: 7mm; height: 5mm; background: #fff; }
.home i.b { left: 3.2mm; top: 2.6mm; width: 0; height: 0; border-left: 4.3mm solid transparent;
  border-right: 4.3mm solid transparent; border-bottom: 4mm solid #fff; }
.lock i.a { left: 4mm; top: 7mm; width: 7mm; height: 5mm; background: #fff; border-radius: 0.6mm; }
.lock i.b { left: 5mm; top: 3mm; width: 5mm; height: 5mm; border: 1.1mm solid #fff; border-bottom: 0;
  border-radius: 2.5mm 2.5mm 0 0; }
.heart i.a { left: 4.2mm; top: 4.2mm; width: 6.6mm; height: 6.6mm; background: #fff; transform: rotate(45deg); }
.heart i.b { left: 3mm; top: 3.4mm; width: 4.6mm; height: 4.6mm; background: #fff; border-radius: 50%; }
.heart i.c { left: 7.4mm; top: 3.4mm; width: 4.6mm; height: 4.6mm; background: #fff; border-radius: 50%; }
.shield i.a { left: 4.3mm; top: 3mm; width: 6.4mm; height: 8.6mm; background: #fff; border-radius: 0 0 3.2mm 3.2mm; }
.hands i.a { left: 2.6mm; top: 5.5mm; width: 5mm; height: 4mm; background: #fff; border-radius: 2mm; }
.hands i.b { left: 7.4mm; top: 5.5mm; width: 5mm; height: 4mm; background: #F2C14E; border-radius: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #00838C; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #cfe0e4; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #003B5C; color: #fff;
  padding: 170mm 18mm 0 18mm; }
"""


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="wave"></div><div class="star"></div>'
             '<div class="org">SAFER PORTSMOUTH PARTNERSHIP</div>'
             '<h1>Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("A message from the chair", "fw"), ("Portsmouth in numbers", "ctx"),
                 ("Where we have come from", "prev"), ("Our priorities", "pri"), ("Delivery plan 2024/25", "del"),
                 ("How we will know we are making a difference", "gov")]:
        P.append(f'<div><span class="t">{e(t)}</span><span class="n">{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">A message from the chair</h1>')
    for t in [
        "Portsmouth is the UK's only island city: densely built, proud of its naval history and home to a large "
        "student population. Crime and disorder here are concentrated in a small number of wards, and the same "
        "families and places often need help from several of us at once.",
        "The Safer Portsmouth Partnership brings together Portsmouth City Council, Hampshire and Isle of Wight "
        "Constabulary, Hampshire and Isle of Wight Fire and Rescue Service, the Probation Service, the NHS and the "
        "voluntary sector. We are the city's community safety partnership under the Crime and Disorder Act 1998.",
        "This plan is built on our strategic assessment and on what residents told us in our survey and at ward "
        "meetings. It sets out five priorities for the next three years.",
        "We will publish an update every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Portsmouth Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Portsmouth in numbers</h1><p>All figures on this page are illustrative '
             'and are not official statistics.</p><div class="stats">')
    for n, c in [("208,000", "residents"), ("21,400", "crimes recorded in 2023/24"),
                 ("5,900", "anti-social behaviour incidents"), ("4,100", "domestic abuse incidents and crimes"),
                 ("182", "knife crime offences"), ("160", "hate crimes reported")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the strategic assessment found</h2><ul>')
    for t in ["Anti-social behaviour is concentrated in Charles Dickens, Fratton and Paulsgrove wards.",
              "Most knife crime involves young people aged 14 to 24.",
              "Drug dealing from cuckooed flats is linked to county lines from London.",
              "One in three hate crimes is linked to race, and reports rise after national events.",
              "Domestic abuse accounts for a fifth of violent crime."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul></div>')
    P.append('<div class="pg"><h1 class="t">Where we have come from</h1><p>Our 2021–2024 plan had four priorities: '
             'Reducing violence; Tackling anti-social behaviour and neighbourhood crime; Reducing reoffending; and '
             'Protecting vulnerable people. Reoffending is now led by the Hampshire and Isle of Wight Reducing '
             'Reoffending Board, so it is not a priority of this plan.</p>'
             '<div class="box"><b>The Police and Crime Commissioner\'s pledges</b><br>The Commissioner\'s Police and '
             'Crime Plan 2024–2029 makes seven pledges: Putting more police in our neighbourhoods; Cutting violent '
             'crime; Keeping women and girls safe; Breaking the cycle of reoffending; Putting victims first; Making '
             'our roads safer; and Restoring trust and confidence in policing. Our plan supports several of '
             'them.</div><h2>How we work</h2><ul>'
             '<li><b>Prevention first</b>: we act early, before harm escalates.</li>'
             '<li><b>Place-based</b>: we focus on the wards and streets where harm is concentrated.</li>'
             '<li><b>Listening</b>: residents help set and review our work.</li></ul>'
             '<h2>Our statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, '
             'the Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty (led by the council\'s '
             'Prevent board).</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities</h1><p>From 2024 to 2027 the partnership will focus on '
             'five priorities. They are shown in the banner below and explained underneath.</p><div class="banner">')
    for name, icon, _, _ in PRIORITIES:
        P.append(f'<div class="tile"><div class="icon {icon}"><i class="a"></i><i class="b"></i><i class="c"></i>'
                 f'</div>{e(name)}</div>')
    P.append('</div><h2>What each priority means</h2>')
    for _, _, short, txt in PRIORITIES:
        P.append(f"<h3>{e(short)}</h3><p>{e(txt)}</p>")
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivery plan 2024/25</h1><p>Each priority has a lead partner and a '
             'delivery group that reports to the partnership every quarter.</p><table><tr><th>Theme</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in DELIVERY:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><h2>Working with other partnerships</h2><p>The plan links to the Portsmouth Domestic Abuse and '
             'Sexual Violence Strategic Board, the Violence Reduction Unit, the Portsmouth combating drugs '
             'partnership and the Portsmouth Youth Justice Service.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we will know we are making a difference</h1><p>The partnership '
             'board meets quarterly and reports to the council\'s scrutiny panel and to the Police and Crime '
             'Commissioner.</p><table><tr><th>Measure</th><th>Baseline (illustrative)</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "5,900", "Down"), ("Closure orders on dealing premises", "14", "Up"),
              ("Repeat referrals to MARAC", "29%", "Down"), ("Knife crime offences, under 25s", "71", "Down"),
              ("Hate crimes reported through third parties", "18", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Safer Portsmouth Partnership</h2>'
             '<p>Civic Offices, Guildhall Square, Portsmouth</p><p>safer@portsmouth.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "A message from the chair Portsmouth is", "ctx": "Portsmouth in numbers All figures",
               "prev": "Where we have come from Our 2021", "pri": "Our priorities From 2024",
               "del": "Delivery plan 2024/25 Each", "gov": "How we will know we are making a difference The"}
    src = work_file("portsmouth_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
