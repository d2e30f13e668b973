"""Safer Newport Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Six priorities, stated once, on p6 as **sticky notes pinned to a cork board** ("Our priorities board"): a
3 x 2 grid of pastel notes, each **rotated by one to two degrees** (CSS transform), with a drawn pin, the
priority in bold condensed type wrapping over two to five lines and a small "Lead: ..." line; no numbers.
What each priority means follows on p7 under short labels ("City centre", "Violence" ...).  The previous
plan's four priorities (p4), the key findings (p4), the principles and statutory duties (p5), the delivery
labels (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from gwent.work import work_file

FILE = "strategies/safer_newport_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Safer Newport Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour and making the city centre feel safe", "Newport City Council", "#FFF3A3", -2.0),
    ("Reducing serious violence and knife crime", "Gwent Police", "#FFD1DC", 1.5),
    ("Tackling violence against women, domestic abuse and sexual violence", "Newport City Council", "#CDEBFF", -1.0),
    ("Disrupting drug dealing and county lines", "Gwent Police", "#D7F5C8", 2.0),
    ("Tackling modern slavery and human trafficking", "Newport Safeguarding Hub", "#FFE0B8", -1.5),
    ("Building cohesive communities and challenging hate", "Newport City Council", "#E6DAFF", 1.0),
]

DETAIL = [
    ("City centre", "Joint patrols, a Public Spaces Protection Order review and quick clean-up around the bus station, "
     "Commercial Street and the riverside; problem-solving meetings every fortnight for the ten busiest locations."),
    ("Violence", "A violence hotspot plan for Friday and Saturday nights, youth workers in the emergency department of "
     "the Grange University Hospital, and weapons awareness in every secondary school."),
    ("VAWDASV", "Independent advisers in GP surgeries, Ask for Angela in licensed premises and training for taxi "
     "drivers and door staff."),
    ("Drugs", "Closure orders on properties used for dealing, and a joint plan with housing providers to protect "
     "tenants whose homes are taken over."),
    ("Modern slavery", "Joint visits to car washes, nail bars and houses in multiple occupation, awareness for "
     "landlords and employers, and first responders trained in every partner for the National Referral Mechanism."),
    ("Cohesion", "Third-party hate crime reporting centres, a community tension monitoring group and a small grants "
     "fund for events that bring neighbours together."),
]

CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: "Safer Newport · Plan 2024–2027"; font: 7.5pt 'Liberation Sans'; color: #777; }
  @bottom-right { content: counter(page); font: 700 10pt 'Liberation Sans'; color: #B3261E; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #B3261E; color: #fff; break-after: page; overflow: hidden; }
.cover .bridge { position: absolute; left: 0; bottom: 60mm; width: 210mm; height: 6mm; background: #fff; opacity: .85; }
.cover .t1 { position: absolute; left: 40mm; bottom: 66mm; width: 6mm; height: 60mm; background: #fff; opacity: .85; }
.cover .t2 { position: absolute; left: 160mm; bottom: 66mm; width: 6mm; height: 60mm; background: #fff; opacity: .85; }
.cover .org { position: absolute; left: 18mm; top: 20mm; font-size: 10pt; font-weight: 700; letter-spacing: 1pt; }
.cover .cy { position: absolute; left: 18mm; top: 27mm; font-size: 9pt; opacity: .9; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; font-size: 31pt; line-height: 1.12; margin: 0; width: 170mm; }
.cover .yr { position: absolute; left: 18mm; top: 125mm; font-size: 17pt; }
.pg { break-before: page; }
h1.t { font-size: 21pt; color: #B3261E; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #7A1A14; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #eee; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin-bottom: 3mm; }
.stat { background: #FBECEA; padding: 3mm; border-radius: 2mm; } .stat b { font-size: 16pt; color: #B3261E; display: block; }
.board { background: #C7A47A; border: 5mm solid #8A6238; padding: 9mm 7mm; display: grid;
  grid-template-columns: 1fr 1fr 1fr; gap: 10mm 7mm; margin-top: 4mm; }
.note { position: relative; padding: 8mm 4.5mm 4mm 4.5mm; min-height: 52mm; box-shadow: 1.5mm 2mm 2mm rgba(0,0,0,.28); }
.note .pin { position: absolute; top: 2mm; left: 50%; width: 4mm; height: 4mm; margin-left: -2mm; border-radius: 50%; background: #B3261E; }
.note .txt { font-family: 'Liberation Sans Narrow', sans-serif; font-weight: 700; font-size: 15pt; line-height: 1.18; color: #222; }
.note .lead { font-size: 7.6pt; color: #555; margin-top: 3mm; }
.caption { font-size: 8pt; color: #666; margin-top: 3mm; }
dl.det dt { font-weight: 700; color: #7A1A14; margin-top: 2.6mm; }
dl.det dd { margin: 0.5mm 0 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #7A1A14; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #e6d0cd; padding: 1.6mm 2mm; vertical-align: top; }
.note2 { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #7A1A14; color: #fff; padding: 170mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title>'
         f'<style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="t1"></div><div class="t2"></div><div class="bridge"></div>'
             '<div class="org">SAFER NEWPORT</div><div class="cy">Casnewydd Mwy Diogel</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Newport in context", "ctx"), ("How we work", "how"),
                 ("Our priorities board", "pri"), ("What the priorities mean", "det"),
                 ("Governance and measures", "gov")]:
        P.append(f'<div><span>{e(t)}</span><span class="d"></span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Newport is Wales’s newest city and one of its most diverse. It has a young population, a growing night-time "
        "economy and communities that look out for each other, but crime and disorder are felt most in a few "
        "central wards.",
        "Safer Newport brings together Newport City Council, Gwent Police, South Wales Fire and Rescue Service, the "
        "Probation Service, Aneurin Bevan University Health Board, housing associations and the voluntary sector. We "
        "report to the Gwent Public Services Board.",
        "This plan sets out six priorities for the next three years. We chose them from our strategic assessment and "
        "from what 1,100 residents told us (illustrative). We pinned them to the board in our partnership room, and "
        "they stay there until the job is done.",
        "We will report on our progress every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Safer Newport Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Newport in context</h1><p>The figures below are illustrative and are '
             'not official statistics.</p><div class="stats">')
    for n, c in [("161,000", "residents"), ("16,900", "crimes recorded in 2023/24"),
                 ("5,200", "anti-social behaviour incidents"), ("3,400", "domestic abuse incidents and crimes"),
                 ("71", "knife crime offences"), ("48", "hate crimes reported each quarter")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Anti-social behaviour is concentrated around the bus station and in Pillgwenlly.",
              "Knife crime involves mostly young men under 25.",
              "Drug dealing drives much of the violence, and modern slavery is hidden in car washes and nail bars.",
              "Hate crime rises at times of national tension."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our last plan</h2><p>The 2021–2024 plan had four priorities: Safer city centre; Violence and '
             'vulnerability; Substance misuse; and Community cohesion. Substance misuse treatment is now led by the '
             'Gwent Area Planning Board.</p></div>')
    P.append('<div class="pg"><h1 class="t">How we work</h1><p>Our principles describe how we work, whatever the '
             'issue:</p><ul><li><b>Prevention first</b>: we act before harm is done.</li>'
             '<li><b>Think family</b>: we look at the whole household.</li>'
             '<li><b>Long term</b>: we plan for the next generation, not the next year.</li>'
             '<li><b>Involvement</b>: residents help us decide what to do.</li></ul>'
             '<h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, the '
             'Serious Violence Duty, the Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 '
             'and the Well-being of Future Generations (Wales) Act 2015.</p><h2>Working across Gwent</h2><p>Some '
             'work is done once for the whole of Gwent: the VAWDASV Regional Board, the Serious Violence Prevention '
             'Board and the Area Planning Board each have their own strategy. Our plan says what we will do in '
             'Newport.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities board</h1><p>These are the six priorities the partnership '
             'will work on together from 2024 to 2027. They are in no order.</p><div class="board">')
    for name, lead, col, rot in PRIORITIES:
        P.append(f'<div class="note" style="background:{col};transform:rotate({rot}deg)"><div class="pin"></div>'
                 f'<div class="txt">{e(name)}</div><div class="lead">Lead: {e(lead)}</div></div>')
    P.append('</div><p class="caption">Photograph of the board in the Safer Newport partnership room, redrawn for '
             'print.</p></div>')
    P.append('<div class="pg"><h1 class="t">What the priorities mean</h1><p>For each priority, the main actions '
             'for 2024/25.</p><dl class="det">')
    for lab, txt in DETAIL:
        P.append(f'<dt>{e(lab)}</dt><dd>{e(txt)}</dd>')
    P.append('</dl></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The Safer Newport board meets '
             'quarterly and reports to the Gwent Public Services Board and to the council’s scrutiny committee. It '
             'shares information with the Police and Crime Commissioner for Gwent.</p><table><tr><th>Measure</th>'
             '<th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents in the city centre", "1,900", "Down"), ("Knife crime offences", "71", "Down"),
              ("Repeat referrals to MARAC", "29%", "Down"), ("Closure orders on drug premises", "14", "Up"),
              ("Potential victims referred to the National Referral Mechanism", "64", "Up (earlier identification)"),
              ("Hate crimes reported", "190", "Up (more reporting)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note2">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Safer Newport Partnership</h2>'
             '<p>Civic Centre, Godfrey Road, Newport</p><p>safernewport@newport.example</p>'
             '<p>Mae’r ddogfen hon ar gael yn Gymraeg.</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Newport is Wales", "ctx": "Newport in context The figures",
               "how": "How we work Our principles", "pri": "Our priorities board These are",
               "det": "What the priorities mean For each", "gov": "Governance and measures The Safer"}
    src = work_file("newport_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
