"""Cumberland Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 as the boards of a **fingerpost** ("Which way we are heading"): a wooden
post drawn in CSS with a finial, and five arrow-shaped boards (CSS clip-path) fixed to it at different
heights, alternately pointing left and right, each holding one priority in white bold type that wraps over two
or three lines.  No numbers.  The explanations follow on p7 under short h3 labels ("Streets", "Violence",
"Home" ...).

Distractors: the three former district partnerships' priorities (p5), the PFCC's six priorities quoted in a
sidebar (p5), the key findings (p4), the short labels on p6-7, and the measures (p8).
"""
import html

from common import chromium_to_pdf, two_pass
from cumbria.work import work_file

FILE = "strategies/cumberland_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Cumberland Community Safety Partnership Plan 2024–2027"

# (priority, side, short label, explanation)
PRIORITIES = [
    ("Reducing anti-social behaviour in our town centres and neighbourhoods", "right", "Streets",
     "Joint patrols and problem-solving in Carlisle, Workington, Whitehaven and Maryport; quick action on "
     "nuisance, vandalism and off-road bikes; support for repeat victims."),
    ("Preventing serious violence and knife crime", "left", "Violence",
     "Our part of the Serious Violence Duty: hotspot plans, youth work on Friday and Saturday nights, and "
     "weapons awareness in secondary schools."),
    ("Tackling domestic abuse", "right", "Home",
     "Earlier identification by GPs, housing officers and schools; independent advisers in West Cumberland "
     "Hospital and the Cumberland Infirmary; a consistent response to every report."),
    ("Protecting children and adults from exploitation, including county lines", "left", "Exploitation",
     "A joint exploitation panel, work with landlords on cuckooing, and training for taxi drivers, hotels and "
     "takeaways."),
    ("Building cohesive communities and tackling hate crime", "right", "Together",
     "Third-party reporting centres in libraries, community events and support for new arrivals in our towns."),
]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: "Cumberland Community Safety Partnership"; font: 7.5pt 'DejaVu Sans'; color: #6b6b6b; }
  @bottom-right { content: "p. " counter(page); font: bold 8pt 'DejaVu Sans'; color: #2F5D3A; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #262626; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #EAF0E6; break-after: page; overflow: hidden; }
.cover .fell1 { position: absolute; left: -20mm; bottom: 0; width: 0; height: 0; border-left: 130mm solid transparent; border-right: 130mm solid transparent; border-bottom: 120mm solid #2F5D3A; }
.cover .fell2 { position: absolute; right: -40mm; bottom: 0; width: 0; height: 0; border-left: 120mm solid transparent; border-right: 120mm solid transparent; border-bottom: 90mm solid #5E8C61; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; color: #2F5D3A; letter-spacing: 0.8pt; }
.cover h1 { position: absolute; left: 18mm; top: 70mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 165mm; color: #1E3B25; }
.cover .yr { position: absolute; left: 18mm; top: 122mm; font-size: 16pt; color: #8A5A2B; }
.pg { break-before: page; }
h1.t { font-size: 20pt; color: #2F5D3A; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #8A5A2B; margin: 5mm 0 2mm 0; }
h3 { font-size: 10pt; color: #2F5D3A; margin: 3mm 0 1mm 0; }
.toc div { display: flex; padding: 2.2mm 0; font-size: 11pt; border-bottom: 0.6pt solid #cfd8cb; }
.toc div span.d { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #EAF0E6; padding: 3mm; border-radius: 2mm; } .stat b { font-size: 15pt; color: #2F5D3A; display: block; }
.side { float: right; width: 64mm; border: 1.2pt solid #8A5A2B; padding: 3mm 4mm; margin: 0 0 3mm 5mm; font-size: 8.3pt; }
.side ol { margin: 1mm 0 0 0; padding-left: 5mm; }
.post-wrap { position: relative; margin: 4mm auto 0 auto; width: 176mm; padding: 14mm 0 22mm 0; }
.post { position: absolute; left: 85mm; top: 4mm; width: 6mm; bottom: 0; background: #6B4423; }
.finial { position: absolute; left: 83.5mm; top: 0; width: 9mm; height: 6mm; background: #4A2F18; border-radius: 4.5mm 4.5mm 0 0; }
.ground { position: absolute; left: 40mm; right: 40mm; bottom: 0; height: 4mm; background: #5E8C61; border-radius: 2mm; }
.row { position: relative; height: 27mm; margin-bottom: 5mm; }
.board { position: absolute; top: 0; width: 78mm; height: 25mm; background: #2F5D3A; color: #fff; font-weight: 700;
  font-size: 11pt; line-height: 1.28; display: flex; align-items: center; }
.board.right { left: 88mm; padding: 0 13mm 0 5mm; clip-path: polygon(0 0, 86% 0, 100% 50%, 86% 100%, 0 100%); }
.board.left { left: 10mm; padding: 0 5mm 0 13mm; clip-path: polygon(14% 0, 100% 0, 100% 100%, 14% 100%, 0 50%); background: #8A5A2B; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 2mm 0 5mm 0; }
th { background: #2F5D3A; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d5ddd1; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.6pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #2F5D3A; color: #fff; padding: 175mm 18mm 0 18mm; }
"""


def e(s):
    return html.escape(s, quote=False)


def render(pages):
    P = [f'<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    P.append('<div class="cover"><div class="fell1"></div><div class="fell2"></div>'
             '<div class="org">CUMBERLAND COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Cumberland in context", "ctx"), ("Where we have come from", "prev"),
                 ("Which way we are heading", "pri"), ("What we will do", "del"), ("Governance and measures", "gov")]:
        P.append(f'<div><span class="d">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Cumberland Council came into being on 1 April 2023, bringing together the former Allerdale, Carlisle and "
        "Copeland areas. For the first time, one community safety partnership covers the whole of Cumberland, from "
        "the Solway coast to the western fells and the city of Carlisle.",
        "The partnership brings together the council, Cumbria Constabulary, Cumbria Fire and Rescue Service, the "
        "Probation Service, the NHS, housing providers and the voluntary sector. Most of the time, Cumberland is a "
        "safe place. But crime and disorder are concentrated in a small number of neighbourhoods, and the harm "
        "they cause falls hardest on people who are already struggling.",
        "This plan sets out the direction we will take for the next three years. It is based on our first joint "
        "strategic assessment and on what residents told us in the Cumberland community safety survey.",
        "We will publish an update on our progress every year."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Cumberland Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Cumberland in context</h1><p>The figures below are illustrative and '
             'are not official statistics.</p><div class="stats">')
    for n, c in [("275,000", "residents"), ("17,400", "crimes recorded in 2023/24"),
                 ("5,200", "anti-social behaviour incidents"), ("4,300", "domestic abuse incidents and crimes"),
                 ("88", "knife crime offences"), ("140", "hate crimes recorded")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>Key findings of the strategic assessment</h2><ul>')
    for t in ["Anti-social behaviour is highest in central Carlisle, Workington and Whitehaven town centres.",
              "Violence with injury has risen among under-25s in west Cumberland.",
              "One in six recorded crimes is linked to domestic abuse.",
              "Drug lines from Merseyside and Lancashire exploit children and vulnerable adults in our towns.",
              "Reports of racially motivated hate crime rose after incidents in 2023 (illustrative)."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>What residents told us</h2><p>Most people feel safe in their own street. Fewer feel safe in '
             'town centres after dark, and many want to see action on the same few people who cause trouble.</p></div>')
    P.append('<div class="pg"><h1 class="t">Where we have come from</h1><div class="side"><b>The Police and Crime '
             'Plan</b><br>The Police, Fire and Crime Commissioner\'s plan for 2025–2029 has six priorities:<ol>'
             '<li>Preventing crime and anti-social behaviour in every community</li>'
             '<li>Tackling violence against women and girls</li><li>Reducing serious violence and exploitation</li>'
             '<li>Putting victims first</li><li>Intervening early for children and young people</li>'
             '<li>Making Cumbria\'s roads safer</li></ol></div>'
             '<p>Before 2023, Allerdale, Carlisle and Copeland each worked through the county-wide Safer Cumbria '
             'arrangements, with local delivery groups. Their last plans had different priorities:</p><ul>'
             '<li><b>Allerdale:</b> Town centre disorder; Substance misuse.</li>'
             '<li><b>Carlisle:</b> City centre safety; Shoplifting; Vulnerable people.</li>'
             '<li><b>Copeland:</b> Youth disorder; Domestic abuse.</li></ul>'
             '<p>We have kept what worked and brought it together in one plan.</p>'
             '<h2>How we work</h2><ul><li><b>Listen first</b>: residents help set the agenda.</li>'
             '<li><b>Solve problems</b>: we deal with causes, not just symptoms.</li>'
             '<li><b>Share information</b>: under a single information-sharing agreement.</li>'
             '<li><b>Think family</b>: we look at the whole household.</li></ul>'
             '<h2>Our statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, '
             'the Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty.</p></div>')
    P.append('<div class="pg"><h1 class="t">Which way we are heading</h1><p>The partnership has agreed five '
             'priorities for 2024 to 2027. Each board of the fingerpost points to one of them.</p>'
             '<div class="post-wrap"><div class="finial"></div><div class="post"></div>')
    for name, side, lab, _ in PRIORITIES:
        P.append(f'<div class="row"><div class="board {side}">{e(name)}</div></div>')
    P.append('<div class="ground"></div></div></div>')
    P.append('<div class="pg"><h1 class="t">What we will do</h1><p>Each priority has a lead partner and a delivery '
             'group. The first year\'s main actions are summarised below.</p>')
    for name, side, lab, txt in PRIORITIES:
        P.append(f'<h3>{e(lab)}</h3><p>{e(txt)}</p>')
    P.append('<h2>Working with the county-wide partnerships</h2><p>Serious violence, domestic abuse, drugs and '
             'reoffending are also led by county-wide partnerships. We do not repeat their plans here; our delivery '
             'groups work with theirs.</p></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets quarterly '
             'and reports to the council\'s Place Overview and Scrutiny Panel and to the Police, Fire and Crime '
             'Commissioner. The delivery groups report to the board.</p><table><tr><th>Measure</th><th>Baseline</th>'
             '<th>Direction</th></tr>')
    for r in [("ASB incidents", "5,200", "Down"), ("Knife crime offences", "88", "Down"),
              ("Repeat MARAC referrals", "29%", "Down"), ("Children referred to the exploitation panel", "74",
                                                           "Identified earlier"),
              ("Hate crimes reported", "140", "Up (more reporting)")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Cumberland Community Safety Partnership</h2>'
             '<p>Cumberland House, Botchergate, Carlisle</p><p>community.safety@cumberland.example</p></div>'
             '</body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Cumberland Council came", "ctx": "Cumberland in context The figures",
               "prev": "Where we have come from", "pri": "Which way we are heading The partnership",
               "del": "What we will do Each priority", "gov": "Governance and measures The"}
    src = work_file("cumberland_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
