"""Safer Halton Partnership Community Safety Strategy 2023-2026: HTML printed by Chromium.

Six priorities, stated once, on p6 ("Our six priorities"): an ordered list set in
two CSS columns inside a bordered panel.  The numbers are CSS counters in
rounded squares (pdftotext prints each number on a line of its own), each
item a bold priority followed by one sentence.  The key findings of the
strategic assessment (p4), the 2019-2022 strategy's themes and the
cross-cutting themes (p5), the delivery pages' short workstream names
(pp7-8) and the measures are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from cheshire.work import work_file

FILE = "strategies/safer_halton_community_safety_strategy_2023-26.pdf"
TITLE = "Safer Halton Partnership Community Safety Strategy 2023–2026"

PRIORITIES = [
    ("Reduce anti-social behaviour and the harm it causes",
     "We will act quickly on problem places and people, and put the victim at the centre of our response."),
    ("Tackle serious violence and knife crime",
     "We will deliver the Serious Violence Duty in Halton, with prevention and enforcement side by side."),
    ("Protect children and young people from criminal exploitation",
     "We will spot the signs of county lines and cuckooing sooner and act together to keep young people safe."),
    ("Reduce the harm caused by drugs and alcohol",
     "We will get more people into treatment and recovery and reduce alcohol-related harm in our towns."),
    ("Tackle domestic abuse and sexual violence",
     "We will identify abuse earlier, keep victims and children safe, and bring perpetrators to justice."),
    ("Reduce reoffending",
     "We will help the people who commit most crime to stop, with housing, work, treatment and firm supervision."),
]

WORK = [
    ("Neighbourhoods", "Reduce anti-social behaviour", [
        ("Joint tasking in Widnes town centre, Halton Lea and Runcorn Old Town", "Council, police"),
        ("Youth outreach on Friday and Saturday evenings", "Youth service"),
        ("Off-road bike operation on the Mersey Gateway approaches", "Police")]),
    ("Violence", "Tackle serious violence", [
        ("Weapons awareness in every secondary school", "Education, police"),
        ("Violence hotspot plan reviewed quarterly", "Police, council"),
        ("Youth workers at Whiston and Warrington A&E", "NHS")]),
    ("Exploitation", "Protect young people", [
        ("Multi-agency child exploitation panel", "Children's services"),
        ("Cuckooing protocol with social landlords", "Housing, police"),
        ("Training for taxi drivers and takeaway staff", "Licensing")]),
    ("Substance misuse", "Reduce drug and alcohol harm", [
        ("More treatment places through the combating drugs partnership", "Public health"),
        ("Alcohol identification and brief advice in primary care", "ICB"),
        ("Naloxone in hostels and pharmacies", "Public health")]),
    ("Domestic abuse", "Tackle domestic abuse", [
        ("Independent domestic violence advisers in the hospital and GP surgeries", "Council"),
        ("Operation Encompass in every school", "Police, education"),
        ("Domestic abuse protection orders sought in every eligible case", "Police")]),
    ("Offender management", "Reduce reoffending", [
        ("Integrated Offender Management cohort reviewed monthly", "Probation, police"),
        ("Housing pathway for people leaving prison", "Council"),
        ("Employment support with local employers", "Probation")]),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right { content: counter(page); font: 700 9pt 'DejaVu Sans'; color: #fff; background: #00857C;
                  padding: 1mm 2.5mm; }
  @bottom-left { content: "Safer Halton Partnership · Community Safety Strategy 2023–2026"; font: 7.5pt 'DejaVu Sans'; color: #666; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; background: #00857C; color: #fff; position: relative; break-after: page; overflow: hidden; }
.cover .circle { position: absolute; right: -40mm; top: 40mm; width: 170mm; height: 170mm; border-radius: 50%; background: #F2A900; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-size: 10pt; letter-spacing: 1.5pt; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 200mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 250mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #00857C; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #333; margin: 5mm 0 2mm 0; }
.toc { margin-top: 6mm; } .toc div { display: flex; border-bottom: 1px solid #cfe5e3; padding: 2.2mm 0; font-size: 11pt; }
.toc div span:first-child { flex: 1; } .toc div span:last-child { color: #00857C; font-weight: 700; }
.tiles { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; margin: 4mm 0; }
.tile { background: #E5F3F2; padding: 3mm 4mm; } .tile b { display: block; font-size: 17pt; color: #00857C; }
.panel { border: 2px solid #00857C; border-radius: 4mm; padding: 6mm 6mm 2mm 6mm; margin-top: 4mm; }
ol.pri { list-style: none; counter-reset: pr; margin: 0; padding: 0; columns: 2; column-gap: 9mm; }
ol.pri li { counter-increment: pr; break-inside: avoid; margin: 0 0 6mm 0; position: relative; padding-left: 13mm; }
ol.pri li::before { content: counter(pr); position: absolute; left: 0; top: 0; width: 9mm; height: 9mm; border-radius: 2mm;
  background: #F2A900; color: #fff; font-weight: 700; font-size: 13pt; text-align: center; line-height: 9mm; }
ol.pri li b { display: block; font-size: 12pt; line-height: 1.3; color: #00524C; margin-bottom: 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #00857C; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d6e6e4; padding: 1.6mm 2mm; vertical-align: top; }
.ws { font-size: 8pt; letter-spacing: 1pt; text-transform: uppercase; color: #F2A900; font-weight: 700; margin-top: 5mm; }
.ws + h2 { margin-top: 0.5mm; }
.quote { border-left: 4px solid #F2A900; padding: 1mm 4mm; color: #444; font-style: italic; margin: 4mm 0; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #00524C; color: #fff; padding: 170mm 20mm 0 20mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="circle"></div><div class="org">SAFER HALTON PARTNERSHIP</div>'
             '<h1>Community Safety Strategy</h1><div class="yr">2023–2026 · Widnes and Runcorn</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Welcome", "fw"), ("Halton at a closer look", "ctx"), ("Where we have come from", "old"),
                 ("Our six priorities", "pri"), ("How we will deliver", "del"), ("Governance and performance", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Welcome</h1>')
    for t in [
        "Halton is a borough of two towns, Widnes and Runcorn, joined by the Mersey Gateway. It is a place with strong "
        "communities and a lot to be proud of. But it also has some of the highest levels of deprivation in the "
        "North West, and crime and disorder are felt most in our most deprived neighbourhoods.",
        "The Safer Halton Partnership is the borough's community safety partnership. Its members are Halton Borough "
        "Council, Cheshire Constabulary, Cheshire Fire and Rescue Service, the Probation Service, the NHS, housing "
        "providers and the voluntary sector.",
        "This strategy sets six priorities for 2023 to 2026. We chose them from our strategic assessment, from what "
        "residents told us and from the experience of the people who work on the front line.",
        "We will publish an annual report so that residents can hold us to account."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Halton Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Halton at a closer look</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="tiles">')
    for n, c in [("129,000", "residents"), ("13,100", "crimes recorded in 2022/23"), ("3,600", "ASB incidents"),
                 ("2,900", "domestic abuse incidents and crimes"), ("61", "knife crime offences"),
                 ("780", "adults in drug and alcohol treatment")]:
        P.append(f'<div class="tile"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of our strategic assessment</h2><ul>')
    for t in ["Violence with injury is concentrated in Widnes town centre and Runcorn Old Town.",
              "Young people are being drawn into drug running by groups from Merseyside.",
              "Alcohol is a factor in almost half of recorded violence.",
              "Repeat victimisation is high for both ASB and domestic abuse.",
              "A small cohort of adults is responsible for a large share of acquisitive crime."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><div class="quote">“It’s the same few lads on the same few streets. Everyone knows who they are.” '
             '– resident, Halton Lea (survey response)</div></div>')
    P.append('<div class="pg"><h1 class="t">Where we have come from</h1><p>Our Community Safety Strategy 2019–2022 '
             'had four themes:</p><ul><li>Safer neighbourhoods</li><li>Protecting vulnerable people</li>'
             '<li>Tackling substance misuse</li><li>Reducing offending</li></ul><h2>What we achieved</h2><ul>')
    for t in ["A single ASB case management system shared by the council, the police and housing providers.",
              "A new child exploitation panel that meets every fortnight.",
              "More adults in treatment than at any time since 2014 (illustrative)."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Cross-cutting themes</h2><p>Three themes run through every priority in this strategy. They '
             'describe how we work, not what we work on:</p><ul><li><b>Early intervention</b>: acting before '
             'problems escalate</li><li><b>Listening to communities</b>: residents shape what we do</li>'
             '<li><b>Trauma-informed practice</b>: understanding the impact of adversity</li></ul></div>')
    P.append('<div class="pg"><h1 class="t">Our six priorities</h1><p>The partnership has agreed six priorities for '
             '2023–2026. Together they make up our promise to the people of Halton.</p><div class="panel">'
             '<ol class="pri">')
    for name, txt in PRIORITIES:
        P.append(f"<li><b>{e(name)}</b>{e(txt)}</li>")
    P.append('</ol></div><p class="note">Each priority has a delivery group and a lead officer; see “How we will '
             'deliver”.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we will deliver</h1><p>Each priority is delivered by a workstream. '
             'The table under each workstream shows its main actions for the first year.</p>')
    for i, (ws, short, acts) in enumerate(WORK):
        if i == 3:
            P.append('</div><div class="pg">')
        P.append(f'<div class="ws">Workstream {i + 1}</div><h2>{e(ws)}</h2><table><tr><th>Action</th><th>Lead</th>'
                 '</tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in acts) + '</table>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Governance and performance</h1><p>The Safer Halton Partnership Board '
             'meets quarterly. It reports to the council\'s Safer Policy and Performance Board and to the Police and '
             'Crime Commissioner for Cheshire, and links with the Halton Safeguarding Children Partnership, the '
             'Cheshire Serious Violence Duty partnership and the Halton Combating Drugs Partnership.</p>'
             '<table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "3,600", "Down"), ("Knife crime offences", "61", "Down"),
              ("Children open to the exploitation panel", "74", "Identified earlier"),
              ("Adults in drug and alcohol treatment", "780", "Up"), ("Repeat referrals to MARAC", "33%", "Down"),
              ("Proven reoffending rate", "27%", "Down")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Safer Halton Partnership</h2><p>Municipal Building, Widnes</p>'
             '<p>saferhalton@halton.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Welcome Halton is a borough", "ctx": "Halton at a closer look The figures",
               "old": "Where we have come from Our", "pri": "Our six priorities The partnership",
               "del": "How we will deliver Each", "gov": "Governance and performance The"}
    src = work_file("halton_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
