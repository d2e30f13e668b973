"""Derby Community Safety Partnership Plan 2024-2027: HTML/CSS printed by Chromium (DejaVu Sans).

Five priorities, stated once, on p6 as the **right-hand nodes of a Sankey diagram** "Our priorities and where
the money goes": an inline SVG in which grey funding streams (left, labelled by funder) flow as translucent
bands into five coloured node bars; each priority is the bold HTML label beside its node, with an
illustrative total under it.  No numbers.  The funders' names (left labels), the previous plan's
priorities and key findings (p4), the Commissioner's priorities quoted in a box (p5), the principles (p5),
the delivery group names (p7) and the measures (p8) are distractors.
"""
import html

from common import chromium_to_pdf, two_pass
from derbyshire.work import work_file

FILE = "strategies/derby_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Derby Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("Reducing anti-social behaviour in the city centre and our neighbourhoods", "£610k a year", "#2A6F97"),
    ("Tackling serious violence and knife crime", "£540k a year", "#C44536"),
    ("Ending violence against women and girls, including domestic abuse", "£720k a year", "#7B2D8B"),
    ("Reducing the harm caused by drugs and alcohol", "£880k a year", "#3A7D44"),
    ("Building cohesive communities and preventing radicalisation", "£250k a year", "#D08C2E"),
]
FUNDERS = [("Derby City Council", 900), ("Police and Crime Commissioner grant", 640),
           ("Public health grant", 760), ("Serious Violence Duty grant", 420), ("Home Office Prevent funding", 380)]
# (funder index, priority index, amount in £k): illustrative
FLOWS = [(0, 0, 380), (0, 2, 300), (0, 4, 120), (0, 3, 100), (1, 0, 230), (1, 1, 120), (1, 2, 290),
         (2, 3, 640), (2, 2, 120), (3, 1, 420), (4, 4, 130), (4, 3, 140), (4, 2, 10), (4, 0, 0)]

CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm;
  @bottom-left { content: "Derby Community Safety Partnership"; font: 7.5pt 'DejaVu Sans'; color: #777; }
  @bottom-right { content: counter(page) " / " counter(pages); font: bold 8pt 'DejaVu Sans'; color: #2A6F97; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
.cover { page: bare; width: 210mm; height: 297mm; position: relative; background: #13294B; color: #fff; break-after: page; overflow: hidden; }
.cover .band { position: absolute; left: 0; height: 9mm; width: 210mm; opacity: .85; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-size: 10pt; font-weight: 700; letter-spacing: 1.2pt; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; font-size: 30pt; line-height: 1.15; margin: 0; width: 160mm; }
.cover .yr { position: absolute; left: 18mm; top: 140mm; font-size: 16pt; }
.pg { break-before: page; }
h1.t { font-size: 19pt; color: #13294B; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #2A6F97; margin: 5mm 0 2mm 0; }
.toc div { display: flex; padding: 2.4mm 0; font-size: 11pt; border-bottom: 1px solid #d6dde6; }
.toc div span.t { flex: 1; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.stat { background: #EDF2F7; padding: 2.5mm 3mm; } .stat b { font-size: 15pt; color: #13294B; display: block; }
.box { border: 1.5px solid #2A6F97; padding: 3mm 4mm; margin: 4mm 0; background: #F5F9FC; font-size: 8.5pt; }
.sankey { position: relative; width: 176mm; height: 178mm; margin-top: 4mm; }
.sankey svg { position: absolute; left: 0; top: 0; }
.sankey .f { position: absolute; left: 0; width: 40mm; font-size: 7.8pt; color: #555; text-align: right; line-height: 1.25; }
.sankey .p { position: absolute; left: 118mm; width: 58mm; line-height: 1.25; }
.sankey .p b { display: block; font-size: 10.2pt; color: #13294B; }
.sankey .p span { font-size: 7.6pt; color: #666; }
.sankey .hd { position: absolute; top: 0; font-size: 7pt; letter-spacing: 1pt; color: #888; }
table { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 5mm 0; }
th { background: #13294B; color: #fff; text-align: left; padding: 1.6mm 2mm; }
td { border-bottom: 1px solid #d6dde6; padding: 1.6mm 2mm; vertical-align: top; }
.note { font-size: 7.4pt; color: #777; }
.back { page: bare; break-before: page; width: 210mm; height: 297mm; background: #13294B; color: #fff; padding: 180mm 18mm 0 18mm; }
"""

MM = 3.7795  # px per mm


def e(s):
    return html.escape(s, quote=False)


def sankey():
    scale = 0.04  # mm per £k
    gap_l, gap_r = 8.0, 9.0
    top = 10.0
    # left nodes
    ly, y = [], top
    ltot = [sum(a for f, p, a in FLOWS if f == i) for i in range(len(FUNDERS))]
    for amt in ltot:
        ly.append(y)
        y += amt * scale + gap_l
    rtot = [sum(a for f, p, a in FLOWS if p == i) for i in range(len(PRIORITIES))]
    ry, y = [], top
    for t in rtot:
        ry.append(y)
        y += t * scale + gap_r
    xl, xr = 44.0, 112.0
    svg = [f'<svg width="{176 * MM:.0f}" height="{178 * MM:.0f}" viewBox="0 0 176 178" xmlns="http://www.w3.org/2000/svg">']
    lo = [0.0] * len(FUNDERS)
    ro = [0.0] * len(PRIORITIES)
    for f, p, a in FLOWS:
        if not a:
            continue
        h = a * scale
        y0 = ly[f] + lo[f]
        y1 = ry[p] + ro[p]
        lo[f] += h
        ro[p] += h
        col = PRIORITIES[p][2]
        mx = (xl + xr) / 2
        svg.append(f'<path d="M{xl + 3},{y0:.2f} C{mx},{y0:.2f} {mx},{y1:.2f} {xr},{y1:.2f} L{xr},{y1 + h:.2f} '
                   f'C{mx},{y1 + h:.2f} {mx},{y0 + h:.2f} {xl + 3},{y0 + h:.2f} Z" fill="{col}" fill-opacity="0.28"/>')
    for i, amt in enumerate(ltot):
        svg.append(f'<rect x="{xl}" y="{ly[i]:.2f}" width="3" height="{amt * scale:.2f}" fill="#8A8F98"/>')
    for i, t in enumerate(rtot):
        svg.append(f'<rect x="{xr}" y="{ry[i]:.2f}" width="4" height="{t * scale:.2f}" fill="{PRIORITIES[i][2]}"/>')
    svg.append('</svg>')
    out = ['<div class="sankey">', "".join(svg), '<div class="hd" style="left:14mm">FUNDING (ILLUSTRATIVE)</div>',
           '<div class="hd" style="left:118mm">OUR PRIORITIES</div>']
    for i, ((name, _), amt) in enumerate(zip(FUNDERS, ltot)):
        out.append(f'<div class="f" style="top:{ly[i] + amt * scale / 2 - 2.5:.1f}mm">{e(name)}</div>')
    for i, (name, total, _) in enumerate(PRIORITIES):
        out.append(f'<div class="p" style="top:{ry[i] + rtot[i] * scale / 2 - 6:.1f}mm"><b>{e(name)}</b>'
                   f'<span>{e(total)}</span></div>')
    out.append('</div>')
    return "".join(out)


def render(pages):
    P = [f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(TITLE)}</title><style>{CSS}</style></head><body>']
    bands = "".join(f'<div class="band" style="top:{200 + 12 * i}mm;background:{c}"></div>'
                    for i, (_, _, c) in enumerate(PRIORITIES))
    P.append(f'<div class="cover">{bands}<div class="org">DERBY COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 to 2027</div></div>')
    P.append('<h1 class="t">Contents</h1><div class="toc">')
    for t, k in [("Foreword", "fw"), ("Derby today", "ctx"), ("The way we work", "how"),
                 ("Our priorities and where the money goes", "pri"), ("Delivery", "del"),
                 ("Governance and measures", "gov")]:
        P.append(f'<div><span class="t">{e(t)}</span><span>{pages.get(k, 0)}</span></div>')
    P.append('</div>')
    P.append('<div class="pg"><h1 class="t">Foreword</h1>')
    for t in [
        "Derby is a young, diverse and growing city. Its manufacturing heritage, two universities and busy city "
        "centre make it a place of opportunity, but some neighbourhoods carry far more than their share of crime "
        "and anti-social behaviour.",
        "The Derby Community Safety Partnership is the statutory partnership for the city. It brings together Derby "
        "City Council, Derbyshire Constabulary, Derbyshire Fire and Rescue Service, the Probation Service, the "
        "Integrated Care Board and the voluntary and community sector.",
        "This plan sets out the five priorities we will work on together for the next three years. For the first "
        "time, it also shows how the money the partnership controls is shared between them, so that residents can "
        "see that our spending follows our priorities.",
        "We will publish a progress report each year and hold a public meeting in each of the city's three "
        "community safety areas."]:
        P.append(f"<p>{e(t)}</p>")
    P.append('<p><b>Chair, Derby Community Safety Partnership</b></p></div>')
    P.append('<div class="pg"><h1 class="t">Derby today</h1><p>These figures are illustrative and are not official '
             'statistics.</p><div class="stats">')
    for n, c in [("263,000", "residents"), ("31,800", "crimes recorded in 2023/24"), ("8,900", "ASB incidents"),
                 ("6,100", "domestic abuse incidents and crimes"), ("188", "knife crime offences"),
                 ("1,720", "adults in drug and alcohol treatment")]:
        P.append(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>')
    P.append('</div><h2>What the strategic assessment found</h2><ul>')
    for t in ["ASB is concentrated in the city centre, Normanton, Arboretum and Sinfin.",
              "Knife crime has risen among 15 to 24 year olds.",
              "Domestic abuse accounts for one violent crime in three.",
              "Drug-related deaths in the city are above the national rate.",
              "Community tension rose after national events in summer 2024."]:
        P.append(f"<li>{e(t)}</li>")
    P.append('</ul><h2>Our 2021–2024 plan</h2><p>The last plan had four priorities: Protecting vulnerable people; '
             'Reducing violence; Anti-social behaviour and neighbourhood crime; and Drugs and alcohol. Most of that '
             'work continues; the new plan adds a priority on community cohesion.</p></div>')
    P.append('<div class="pg"><h1 class="t">The way we work</h1><p>Our principles apply to every priority:</p><ul>'
             '<li><b>Early intervention</b>: acting before problems grow.</li>'
             '<li><b>Trauma-informed practice</b>: understanding what has happened to people.</li>'
             '<li><b>Evidence-led</b>: resources go where the data says they are needed.</li>'
             '<li><b>Community voice</b>: residents help set and judge our work.</li></ul>'
             '<div class="box"><b>The Police and Crime Plan for Derbyshire</b><br>The Commissioner\'s plan for '
             '2025–2029 has six priorities: A stronger, more visible police presence; Tackling neighbourhood crime '
             'and anti-social behaviour; Tackling violence against women and girls; Preventing serious violence; '
             'Supporting victims and witnesses; and Safer roads.</div>'
             '<h2>Our statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act 1998, '
             'the Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty.</p></div>')
    P.append('<div class="pg"><h1 class="t">Our priorities and where the money goes</h1><p>We have five priorities '
             'for 2024 to 2027. The diagram shows how the partnership\'s shared funding flows from each funder to '
             'each priority. Band widths are to scale; all amounts are illustrative.</p>')
    P.append(sankey())
    P.append('<p class="note">Amounts are illustrative annual figures and exclude the core budgets of member '
             'agencies.</p></div>')
    P.append('<div class="pg"><h1 class="t">Delivery</h1><p>Each priority has a delivery group that reports to the '
             'partnership board. The main actions for 2024/25 are below.</p><table><tr><th>Delivery group</th>'
             '<th>Key actions 2024/25</th><th>Lead</th></tr>')
    for r in [("Safer Neighbourhoods Group", "Problem-solving plans for four hotspots; city centre PSPO review; "
               "ASB victim champion", "Derby City Council"),
              ("Violence Reduction Group", "Knife arches at the bus station; detached youth work; weapon "
               "surrender bins", "Derbyshire Constabulary"),
              ("VAWG and Domestic Abuse Group", "Street Safe walks; IDVA at the Royal Derby Hospital; white "
               "ribbon accreditation", "Derby City Council"),
              ("Substance Misuse Group", "Naloxone in hostels; alcohol outreach; drug litter clean-ups",
               "Public Health"),
              ("Cohesion and Prevent Group", "Community tension monitoring; Prevent training for schools; "
               "interfaith fund", "Derby City Council")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table></div>')
    P.append('<div class="pg"><h1 class="t">Governance and measures</h1><p>The partnership board meets every '
             'quarter and reports to the council\'s scrutiny board and to the Police and Crime Commissioner. It '
             'links with the Derby and Derbyshire Domestic Abuse and Sexual Violence Board, the Derbyshire Serious '
             'Violence Partnership and the combating drugs partnership.</p><table><tr><th>Measure</th>'
             '<th>Baseline</th><th>Direction</th></tr>')
    for r in [("ASB incidents", "8,900", "Down"), ("Knife crime offences", "188", "Down"),
              ("Repeat MARAC referrals", "34%", "Down"), ("Adults in treatment", "1,720", "Up"),
              ("Residents who say people from different backgrounds get on well", "72%", "Up")]:
        P.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
    P.append('</table><p class="note">Baselines are illustrative.</p></div>')
    P.append('<div class="back"><h2 style="color:#fff">Derby Community Safety Partnership</h2>'
             '<p>The Council House, Corporation Street, Derby</p><p>communitysafety@derby.example</p></div></body></html>')
    return "\n".join(P)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword Derby is a young", "ctx": "Derby today These figures",
               "how": "The way we work Our principles", "pri": "Our priorities and where the money goes We have",
               "del": "Delivery Each priority", "gov": "Governance and measures The partnership"}
    src = work_file("derby_csp.html")

    def run(pages):
        src.write_text(render(pages), encoding="utf-8")
        chromium_to_pdf(src, out)
    two_pass(run, out, needles)
    return out
