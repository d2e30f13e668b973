"""Safer Gloucestershire Community Safety Strategy 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 as **embossed label-maker tape strips stuck on a clipboard**: a drawn
brown clipboard with a metal clip holding a sheet headed "What we agreed to work on", and on it five strips
of black label tape of different lengths, each with one priority in white bold capitals (CSS
text-transform, so pdftotext prints capitals); no numbers.  The sentence for each priority follows under
the clipboard.  The previous strategy's themes (p4), the key findings (p4), the Commissioner's six
priorities quoted in a panel (p5), the statutory duties (p5), the delivery groups (p7) and the measures
(p8) are distractors.
"""
from common import chromium_to_pdf, two_pass
from gloucestershire.work import BASE_CSS, e, paras, rows, ul, work_file

FILE = "strategies/safer_gloucestershire_community_safety_strategy_2024-27.pdf"
TITLE = "Safer Gloucestershire Community Safety Strategy 2024–2027"

PRIORITIES = [
    ("Reducing serious violence and knife crime",
     "Delivering the Serious Violence Duty across the six districts with the county's serious violence partnership."),
    ("Ending violence against women and girls",
     "Domestic abuse, sexual violence, stalking and harassment, in homes and in public places."),
    ("Tackling the criminal exploitation of children and young people",
     "County lines, cuckooing and the grooming of children to carry drugs and weapons."),
    ("Preventing radicalisation and extremism",
     "Delivering the Prevent duty and supporting people at risk through Channel."),
    ("Building cohesive communities and tackling hate crime",
     "Third-party reporting, support for people targeted because of who they are, and bringing communities together."),
]

CSS = BASE_CSS + """
@page { @bottom-right { content: "Safer Gloucestershire | " counter(page); font: 8pt 'DejaVu Sans'; color: #555; } }
@page bare { @bottom-right { content: none } }
h1.t, h2 { color: #3B3B8F; }
.cover { background: #3B3B8F; color: #fff; }
.cover .band { position: absolute; left: 0; top: 150mm; width: 210mm; height: 8mm; background: #F2B632; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-weight: 700; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; }
.toc div span:first-child { flex: 1; }
.panel { background: #EFEFF7; border-radius: 3mm; padding: 3mm 5mm; margin: 3mm 0; }
.board { background: #9C6B3C; border-radius: 6mm; padding: 16mm 9mm 9mm 9mm; position: relative; margin: 8mm 0 6mm 0; }
.clip { position: absolute; left: 60mm; top: -5mm; width: 56mm; height: 15mm; background: linear-gradient(#D8D8D8, #8E8E8E);
        border-radius: 3mm 3mm 1mm 1mm; border: 1px solid #666; }
.sheet { background: #FFFDF6; padding: 8mm 8mm 6mm 8mm; min-height: 150mm; }
.sheet .hd { font-size: 12pt; color: #555; margin-bottom: 6mm; font-style: italic; }
.tape { display: block; width: fit-content; max-width: 150mm; background: #151515; color: #fff; font-weight: 700;
        text-transform: uppercase; letter-spacing: 0.3pt; font-size: 11.5pt; padding: 2.4mm 5mm; margin: 0 0 7mm 0;
        border-radius: 1mm; box-shadow: 1mm 1mm 0 #BBB; }
.tape:nth-child(odd) { margin-left: 10mm; }
"""


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="org">SAFER GLOUCESTERSHIRE</div><h1>Community Safety Strategy<br>'
             '2024–2027</h1><div class="band"></div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Welcome", "fw"), ("The county in numbers", "ctx"), ("Who we are", "who"),
                 ("What we agreed to work on", "pri"), ("How we will deliver", "del"), ("Measures and governance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Welcome</h1>' + paras([
        "Safer Gloucestershire is the county's strategic community safety partnership. It brings together the "
        "county council, the six district councils, Gloucestershire Constabulary, the Police and Crime "
        "Commissioner, the fire and rescue service, the NHS, probation and the voluntary sector.",
        "Local partnerships in Gloucester, Cheltenham, the Forest of Dean, Stroud, Tewkesbury and the Cotswolds "
        "lead on neighbourhood issues such as anti-social behaviour. This strategy covers the issues that need a "
        "county-wide response.",
        "We chose our priorities from the 2024 strategic assessment and a workshop with every partner. We will "
        "review them each year."]) + '<p><b>Chair, Safer Gloucestershire</b></p></div>')
    P.append('<div class="pg"><h1 class="t">The county in numbers</h1><p>All figures are illustrative and are not '
             'official statistics.</p>' + rows(["Indicator", "2023/24", "Trend"], [
                 ("Knife crime offences", "310", "Rising"), ("Domestic abuse crimes and incidents", "7,400", "Stable"),
                 ("Children screened for exploitation", "420", "Rising"), ("Prevent referrals", "95", "Stable"),
                 ("Hate crimes recorded", "780", "Rising")], "#3B3B8F") +
             '<h2>Key findings</h2>' + ul([
                 "Violence is concentrated in central Gloucester and Cheltenham at night.",
                 "Children as young as 12 are being groomed to carry drugs on county lines from Birmingham and London.",
                 "Online extremist content is reaching younger people.",
                 "Hate crime is under-reported, especially by disabled people."]) +
             '<h2>Our last strategy</h2><p>The 2021–2024 strategy had four themes: Protecting vulnerable people; '
             'Safer places; Reducing reoffending; and Strong communities.</p></div>')
    P.append('<div class="pg"><h1 class="t">Who we are</h1><div class="panel"><b>The Police and Crime Plan</b><br>'
             'The Commissioner\'s plan for 2025–2029 has six priorities: Visible, accessible neighbourhood policing; '
             'Protecting people from harm; Ending violence against women and girls; Breaking the cycle of offending; '
             'Putting victims and witnesses first; Safer roads.</div><h2>Statutory duties</h2>' + ul([
                 "Crime and Disorder Act 1998: a strategy for reducing crime, disorder and reoffending",
                 "Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)",
                 "Domestic Abuse Act 2021", "Prevent duty (Counter-Terrorism and Security Act 2015)"]) +
             '<h2>How we work</h2>' + paras([
                 "We share data through the county's community safety analysts and a single information-sharing "
                 "agreement. We commission jointly where we can, and we ask every partner to think about the "
                 "whole family."]) + '</div>')
    P.append('<div class="pg"><h1 class="t">What we agreed to work on</h1><p>At our priorities workshop in '
             'February 2024 each partner wrote the issues it wanted the partnership to own. These are the five we '
             'agreed, exactly as we labelled them on the day.</p><div class="board"><div class="clip"></div>'
             '<div class="sheet"><div class="hd">Safer Gloucestershire 2024–2027</div>')
    for name, _ in PRIORITIES:
        P.append(f'<span class="tape">{e(name)}</span>')
    P.append('</div></div></div>')
    P.append('<div class="pg"><h1 class="t">How we will deliver</h1><p>What each priority means:</p>' +
             ul([t for _, t in PRIORITIES]) + rows(["Delivery group", "Chair", "Key actions 2024/25"], [
                 ("Violence Reduction Group", "Constabulary", "Hotspot plan; knife arches at events"),
                 ("VAWG Group", "County council", "Safe spaces; bystander training"),
                 ("Exploitation Sub-group", "Children's services", "Screening tool; return interviews"),
                 ("Prevent Board", "County council", "Training for schools and colleges"),
                 ("Communities Forum", "District councils", "Third-party reporting centres; cohesion fund")],
                 "#3B3B8F") + '</div>')
    P.append('<div class="pg"><h1 class="t">Measures and governance</h1>' + rows(
        ["Measure", "Baseline", "Direction"], [("Knife crime offences", "310", "Down"),
                                              ("Repeat domestic abuse victims", "29%", "Down"),
                                              ("Children supported out of exploitation", "140", "Up"),
                                              ("Prevent referrals from education", "31", "Up"),
                                              ("Hate crimes reported to third-party centres", "60", "Up")], "#F2B632") +
        paras(["The partnership meets four times a year and reports to the county council's Police and Crime "
               "Panel liaison meeting and to the Commissioner. Baselines are illustrative.",
               "Contact: safer@gloucestershire.example"]) + '</div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Welcome Safer Gloucestershire is", "ctx": "The county in numbers All",
               "who": "Who we are The Police", "pri": "What we agreed to work on At our",
               "del": "How we will deliver What", "gov": "Measures and governance Measure"}
    src = work_file("safer_gloucestershire.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
