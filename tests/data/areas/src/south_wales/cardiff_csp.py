"""Cardiff Community Safety Partnership Strategy 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 inside an **open letter to residents**: a letterhead with the
partnership's address, a date line, "Dear Cardiff,", two paragraphs, then the five priorities as set-off
bold lines each opened by an em dash, a closing paragraph, "Yours sincerely" and two signature blocks signed
by role.  The previous strategy's priorities and the key findings (p4), the PCC's seven priorities, the
statutory duties and the Well-being goals (p5), the short theme labels ("Streets", "Violence", "Nights out",
"Exploitation", "Prevent", p7) and the delivery plan and measures (pp8-9) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from south_wales.work import work_file

FILE = "strategies/cardiff_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Cardiff Community Safety Partnership Strategy 2024–2027"

PRIORITIES = [
    "Reducing anti-social behaviour in the city centre and our neighbourhoods",
    "Preventing violence and weapon-related crime",
    "Keeping people safe on a night out",
    "Protecting children and young people from criminal exploitation",
    "Stopping people being drawn into terrorism and violent extremism",
]

THEMES = [
    ("Streets", "Anti-social behaviour",
     "Problem-solving plans for the ten streets and parks with most reports; a single ASB case review process; "
     "youth outreach on summer evenings in Butetown, Ely and Splott; quick removal of graffiti and fly-tipping."),
    ("Violence", "Weapons and violence",
     "Weapons sweeps and knife bins with South Wales Police; hospital youth workers in the emergency department "
     "at the University Hospital of Wales; knife-crime education in every secondary school."),
    ("Nights out", "The night-time economy",
     "Safe spaces, street pastors and taxi marshals on Friday and Saturday nights; licensing checks and Ask for "
     "Angela in every city centre venue; the Purple Flag assessment renewed."),
    ("Exploitation", "Children at risk",
     "An exploitation panel every fortnight; return home interviews for every missing child; training for "
     "taxi drivers, hotel staff and shop workers to spot the signs."),
    ("Prevent", "Radicalisation",
     "Prevent training for schools, colleges and the universities; Channel panels chaired by the council; "
     "work with faith and community groups to challenge extremist narratives online."),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-left { content: "Cardiff Community Safety Partnership"; font: 7.5pt 'Liberation Sans'; color: #6b6b6b; }
  @bottom-right { content: counter(page); font: bold 9pt 'Liberation Sans'; color: #B3262D; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #1f1f1f; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #1A1A1A; color: #fff; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; top: 0; width: 210mm; height: 118mm; background: #B3262D; }
.cover .castle { position: absolute; left: 18mm; top: 80mm; width: 120mm; height: 38mm; background:
   linear-gradient(90deg, #1A1A1A 0 14mm, transparent 14mm 20mm, #1A1A1A 20mm 40mm, transparent 40mm 46mm, #1A1A1A 46mm 78mm, transparent 78mm 84mm, #1A1A1A 84mm 120mm); }
.cover .org { position: absolute; left: 18mm; top: 18mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover .cy { position: absolute; left: 18mm; top: 25mm; font-size: 9pt; opacity: .85; }
.cover h1 { position: absolute; left: 18mm; top: 140mm; font-size: 31pt; line-height: 1.12; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 190mm; font-size: 17pt; color: #F2B8BB; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #B3262D; margin: 0 0 5mm 0; font-weight: 700; }
h2 { font-size: 11.5pt; color: #1A1A1A; margin: 5mm 0 2mm 0; border-bottom: 1.5px solid #B3262D; padding-bottom: 1mm; }
.toc { margin-top: 8mm; }
.toc div { display: grid; grid-template-columns: 12mm 1fr 12mm; padding: 2.6mm 0; font-size: 11.5pt; border-bottom: 1px solid #e3d6d6; }
.toc div span:last-child { text-align: right; font-weight: 700; color: #B3262D; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 3mm 0; }
.stat { background: #F6ECEC; padding: 3mm; } .stat b { font-size: 16pt; color: #B3262D; display: block; }
.box { background: #F4F4F4; border: 1px solid #ddd; padding: 3mm 5mm; margin: 3mm 0; font-size: 8.8pt; }
.letter { border: 1px solid #cfcfcf; padding: 12mm 14mm 10mm 14mm; margin-top: 2mm; font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.5; box-shadow: 2mm 2mm 0 #EDE3E3; }
.letter .lh { display: flex; justify-content: space-between; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555; border-bottom: 2px solid #B3262D; padding-bottom: 3mm; margin-bottom: 6mm; }
.letter .lh b { color: #B3262D; font-size: 10pt; }
.letter .date { text-align: right; margin-bottom: 5mm; }
.letter .pri { margin: 1.6mm 0 1.6mm 10mm; font-weight: 700; font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color: #1A1A1A; }
.letter .sig { display: flex; gap: 20mm; margin-top: 9mm; }
.letter .sig div { border-top: 1px solid #999; padding-top: 2mm; width: 62mm; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #1A1A1A; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e0d4d4; padding: 1.6mm 2mm; vertical-align: top; }
.theme { margin-bottom: 4mm; }
.theme .lab { display: inline-block; background: #B3262D; color: #fff; font-weight: 700; font-size: 8pt; padding: .6mm 2.4mm; border-radius: 1mm; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #1A1A1A; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="band"></div><div class="castle"></div>'
             '<div class="org">CARDIFF COMMUNITY SAFETY PARTNERSHIP</div>'
             '<div class="cy">Partneriaeth Diogelwch Cymunedol Caerdydd</div>'
             '<h1>Community Safety Strategy</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for n, (t, k) in enumerate([("Introduction", "intro"), ("Cardiff in context", "ctx"),
                                ("What shapes this strategy", "shape"), ("A letter to the people of Cardiff", "let"),
                                ("What the priorities mean in practice", "mean"), ("Delivery plan 2024/25", "del"),
                                ("Governance and measures", "gov")], 1):
        P.append(f'<div><span>{n}</span><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Introduction</h1>')
    for t in [
        "Cardiff is the capital city of Wales and one of the fastest-growing cities in the United Kingdom. It has a "
        "young population, three universities, a busy city centre that hosts international sport and music, and "
        "neighbourhoods that are among the most and the least deprived in Wales.",
        "The Cardiff Community Safety Partnership is the statutory partnership for the city under the Crime and "
        "Disorder Act 1998. Its members are Cardiff Council, South Wales Police, South Wales Fire and Rescue "
        "Service, Cardiff and Vale University Health Board, the Probation Service and the voluntary sector, with "
        "the office of the Police and Crime Commissioner.",
        "This strategy covers April 2024 to March 2027. It draws on our strategic assessment, on what residents, "
        "businesses and young people told us in our 2023 survey, and on the lessons of our last strategy.",
        "We have chosen to set out our priorities as a letter to the people of Cardiff, because it is to them that "
        "we are accountable. The pages after the letter explain what each priority means in practice and how we "
        "will know whether we are succeeding."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Community Safety Partnership Manager, Cardiff Council</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Cardiff in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("372,000", "residents, a third of them under 25"), ("38,400", "crimes recorded in 2023/24"),
                 ("9,100", "anti-social behaviour incidents"), ("412", "knife and weapon offences"),
                 ("2.1m", "visitors to the city centre each month"), ("148", "children referred for exploitation")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Anti-social behaviour is concentrated in the city centre and six southern and eastern wards.",
              "Weapon-related offences have risen for three years, mostly involving young men under 25.",
              "Four in ten violent offences in the city centre happen between 10pm and 4am at weekends.",
              "County lines from Cardiff reach towns across South and West Wales and into England.",
              "Prevent referrals are low from some sectors, especially further education."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last strategy</h2><p>The 2021–2024 strategy had four priorities: Safer streets; '
             'Violence and vulnerability; Supporting victims; and Safe and inclusive communities. Victim support '
             'now sits with the regional VAWDASV board and the Commissioner\'s victim service.</p></div>')
    P.append('<div class="pg"><h1 class="t">What shapes this strategy</h1>'
             '<h2>The Police and Crime Plan</h2><div class="box">The Police and Crime Commissioner\'s plan for '
             '2025–2029 has seven priorities: Keeping our neighbourhoods safe; Stepping in early to prevent harm; '
             'Protecting people from abuse and exploitation; Putting victims at the heart of justice; Delivering a '
             'fair and effective criminal justice system; Building trust and confidence in every community; and '
             'Reducing death and injury on our roads.</div>'
             '<h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, '
             'the Serious Violence Duty under the Police, Crime, Sentencing and Courts Act 2022, the Prevent duty '
             'under the Counter-Terrorism and Security Act 2015, and the Violence against Women, Domestic Abuse and '
             'Sexual Violence (Wales) Act 2015.</p>'
             '<h2>Cardiff Public Services Board</h2><p>The partnership reports to the Cardiff Public Services '
             'Board, which works towards the national well-being goals of the Well-being of Future Generations '
             '(Wales) Act 2015, among them "A Wales of cohesive communities" and "A healthier Wales".</p>'
             '<h2>Other strategies we rely on</h2><ul><li>The Cardiff and Vale of Glamorgan VAWDASV Strategy '
             '2023–2028</li><li>The South Wales Serious Violence Prevention Strategy 2024–2029</li>'
             '<li>The Cardiff and Vale Area Planning Board substance misuse strategy</li>'
             '<li>The Cardiff Youth Justice Service Strategic Plan</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">A letter to the people of Cardiff</h1><div class="letter">'
             '<div class="lh"><div><b>Cardiff Community Safety Partnership</b><br>County Hall, Atlantic Wharf, '
             'Cardiff</div><div style="text-align:right">csp@cardiff.example<br>029 2000 0000 (illustrative)</div>'
             '</div><div class="date">April 2024</div><p>Dear Cardiff,</p>'
             '<p>Last year more than 2,300 of you answered our community safety survey (illustrative). You told us '
             'what makes you feel unsafe, where and when, and what you want the council, the police and our '
             'partners to do about it. We have listened.</p>'
             '<p>For the next three years the partnership will put its shared effort into five priorities:</p>')
    for name in PRIORITIES:
        P.append(f'<div class="pri">— {e(name)}</div>')
    P.append('<p>We chose these five because they cause the most harm in our city and because no single '
             'organisation can tackle them alone. Domestic abuse and sexual violence remain just as important to '
             'us; they are led by the regional VAWDASV board, and we support its strategy.</p>'
             '<p>We will report to you every year on what we have done and what has changed. If we are not getting '
             'it right, we want to hear from you.</p><p>Yours sincerely,</p><div class="sig">'
             '<div>Chair, Cardiff Community Safety Partnership<br>Cabinet Member, Cardiff Council</div>'
             '<div>Vice-chair, Cardiff Community Safety Partnership<br>Superintendent, South Wales Police</div>'
             '</div></div></div>')
    P.append('<div class="pg"><h1 class="t">What the priorities mean in practice</h1><p>Each priority has a '
             'delivery group with a short working name, shown in the red labels below.</p>')
    for lab, focus, txt in THEMES:
        P.append(f'<div class="theme"><span class="lab">{e(lab)}</span> <b>{e(focus)}</b><p>{e(txt)}</p></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Delivery plan 2024/25</h1><table><tr><th>Group</th><th>Action</th>'
             '<th>Lead</th><th>By</th></tr>')
    for r in [("Streets", "Agree problem-solving plans for the ten hotspot locations", "Council ASB team", "Sep 2024"),
              ("Streets", "Launch the community trigger web form", "Council", "Jun 2024"),
              ("Violence", "Extend the hospital youth worker scheme to weekends", "Health board, VPU", "Oct 2024"),
              ("Violence", "Knife-crime sessions in all secondary schools", "Police schools officers", "Mar 2025"),
              ("Nights out", "Open a second safe space on St Mary Street", "Council, street pastors", "Dec 2024"),
              ("Nights out", "Licensing checks in every late-night venue", "Licensing, police", "Mar 2025"),
              ("Exploitation", "Fortnightly exploitation panel with education present", "Children's services",
               "Jul 2024"),
              ("Prevent", "Prevent training for further education staff", "Prevent coordinator", "Jan 2025")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Dates are indicative.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets every '
             'quarter and reports to the Cardiff Public Services Board and to the council\'s scrutiny committee. '
             'The Police and Crime Commissioner\'s office attends and funds parts of the delivery plan.</p>'
             '<table><tr><th>Measure</th><th>Baseline 2023/24</th><th>Direction</th></tr>')
    for r in [("ASB incidents reported", "9,100", "Down"), ("Knife and weapon offences", "412", "Down"),
              ("Violent offences in the city centre, 10pm–4am", "1,870", "Down"),
              ("Children safeguarded through the exploitation panel", "148", "Up"),
              ("Prevent referrals from further education", "9", "Up (earlier referral)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p><h2>Partners</h2><p>Cardiff Council; South '
             'Wales Police; South Wales Fire and Rescue Service; Cardiff and Vale University Health Board; the '
             'Probation Service; Cardiff Youth Justice Service; the office of the Police and Crime Commissioner; '
             'Cardiff Third Sector Council.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff;border:0">Cardiff Community Safety Partnership</h2>'
             '<p>County Hall, Atlantic Wharf, Cardiff</p><p>csp@cardiff.example</p>'
             '<p>This document is available in Welsh. Mae\'r ddogfen hon ar gael yn Gymraeg.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"intro": "Introduction Cardiff is the capital", "ctx": "Cardiff in context The figures",
               "shape": "What shapes this strategy", "let": "A letter to the people of Cardiff Cardiff Community",
               "mean": "What the priorities mean in practice Each", "del": "Delivery plan 2024/25 Group",
               "gov": "Governance and measures The"}
    src = work_file("cardiff_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
