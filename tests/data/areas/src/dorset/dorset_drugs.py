"""Dorset Combating Drugs Partnership Strategy 2024-2027: HTML printed by Chromium (DejaVu Sans).

Five priorities, stated once, on p6 as **the key of a map** ("Where we will focus"): a stylised, CSS-drawn
map of the county (sea, land, town dots and names) carries five numbered symbols; the boxed "Key" below it
lists each symbol (a coloured disc with its number) beside the priority in bold and a short grey note where the
work is focused.  The From Harm to Hope priorities (p4), the principles (p4), the previous strategy's aims (p5),
the town names on the map, the delivery workstreams (p7) and the outcomes table (p8) are distractors.
"""
from dorset.kit import build_html, e

FILE = "strategies/dorset_combating_drugs_partnership_strategy_2024-27.pdf"
TITLE = "Dorset Combating Drugs Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Breaking county lines drug supply into Dorset", "Bournemouth, Poole and Weymouth, and the rail lines into them",
     "#B23A48", (58, 30)),
    ("Getting more people into treatment and supporting their recovery", "Every town, with outreach to rural areas",
     "#2E86AB", (40, 52)),
    ("Preventing drug-related deaths", "Hostels, supported housing and people leaving prison", "#3B1F2B", (70, 44)),
    ("Reducing the harm caused by gambling", "Town-centre arcades, betting shops and online", "#F18F01", (22, 38)),
    ("Reducing alcohol harm in families and communities", "Weymouth and Portland, and the coastal resorts",
     "#4C956C", (30, 66)),
]

CSS = """
@page { size: A4; margin: 17mm 18mm 20mm 18mm;
  @bottom-right { content: "Page " counter(page); font: 8pt 'DejaVu Sans'; color: #2E86AB; }
  @bottom-left { content: "Dorset Combating Drugs Partnership · Strategy 2024–2027"; font: 7pt 'DejaVu Sans'; color: #888; } }
@page bare { margin: 0; @bottom-right { content: none } @bottom-left { content: none } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #262626; }
h1.t { font-size: 19pt; color: #21445B; margin: 0 0 5mm 0; border-bottom: 3px solid #2E86AB; padding-bottom: 2mm; }
h2 { font-size: 11pt; color: #21445B; margin: 5mm 0 2mm 0; }
.cover { background: #21445B; color: #fff; }
.cover .band { position: absolute; left: 0; top: 150mm; width: 210mm; height: 6mm; background: #F18F01; }
.cover .org { position: absolute; left: 20mm; top: 22mm; font-weight: 700; font-size: 10pt; letter-spacing: 1pt; }
.cover h1 { position: absolute; left: 20mm; top: 90mm; margin: 0; font-size: 29pt; line-height: 1.15; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 165mm; font-size: 17pt; }
.toc .row { display: flex; font-size: 11pt; padding: 2mm 0; }
.toc .ld { flex: 1; border-bottom: 1.5px dashed #9BB8C9; margin: 0 2mm 1.3mm 2mm; }
.map { position: relative; height: 105mm; background: #BFE0EE; border: 1px solid #8DB9CC; margin: 3mm 0; overflow: hidden; }
.land { position: absolute; background: #E8EDD7; border: 1px solid #B7C29A; }
.town { position: absolute; font-size: 6.8pt; color: #5A6440; }
.town::before { content: ""; display: inline-block; width: 1.6mm; height: 1.6mm; border-radius: 50%; background: #5A6440; margin-right: 1mm; }
.pin { position: absolute; width: 7mm; height: 7mm; border-radius: 50%; color: #fff; font-weight: 700; font-size: 8.5pt; text-align: center; line-height: 7mm; border: 1.5px solid #fff; }
.maptitle { position: absolute; right: 4mm; bottom: 3mm; font-size: 7pt; color: #34657F; }
.key { border: 1.5px solid #21445B; padding: 3mm 4mm; }
.key .kh { font-size: 8pt; font-weight: 700; letter-spacing: 1pt; color: #21445B; margin-bottom: 1mm; }
.key .item { display: flex; align-items: flex-start; padding: 1.6mm 0; border-top: 1px solid #DCE6EC; }
.key .item:first-of-type { border-top: 0; }
.key .sym { flex: 0 0 6mm; width: 6mm; height: 6mm; border-radius: 50%; color: #fff; font-weight: 700; font-size: 8pt; text-align: center; line-height: 6mm; margin-right: 3mm; }
.key .txt b { font-size: 10.5pt; display: block; color: #21445B; }
.key .txt span { color: #6A6A6A; font-size: 8pt; }
table { font-size: 8.5pt; } th { background: #21445B; color: #fff; } td { border-bottom: 1px solid #D5E2EA; }
.note { font-size: 7.4pt; color: #777; }
.back { background: #21445B; color: #fff; padding: 190mm 20mm 0 20mm; }
"""

LAND = [(8, 18, 84, 62, "40% 55% 45% 35%"), (64, 70, 14, 12, "50%")]
TOWNS = [("Bournemouth", 74, 48), ("Poole", 63, 52), ("Christchurch", 82, 40), ("Dorchester", 44, 45),
         ("Weymouth", 42, 63), ("Bridport", 22, 48), ("Blandford Forum", 58, 26), ("Shaftesbury", 54, 14),
         ("Sherborne", 30, 18), ("Swanage", 66, 68)]


def the_map():
    h = '<div class="map">'
    for x, y, w, hh, br in LAND:
        h += f'<div class="land" style="left:{x}%;top:{y}%;width:{w}%;height:{hh}%;border-radius:{br}"></div>'
    for name, x, y in TOWNS:
        h += f'<div class="town" style="left:{x}%;top:{y}%">{e(name)}</div>'
    for i, (_, _, col, (x, y)) in enumerate(PRIORITIES, 1):
        h += f'<div class="pin" style="left:{x}%;top:{y}%;background:{col}">{i}</div>'
    return h + '<div class="maptitle">Map not to scale. Symbols show where each priority is focused.</div></div>'


def sections():
    fw = "".join(f"<p>{e(t)}</p>" for t in [
        "Drugs and alcohol cause harm in every community in Dorset, from the town centres of Bournemouth and Poole "
        "to isolated villages. They drive crime, fill our hospitals and cost lives.",
        "The Dorset Combating Drugs Partnership brings together the two councils, Dorset Police, NHS Dorset, the "
        "Probation Service, His Majesty's Prison The Verne, treatment providers and people with lived experience. "
        "It is accountable for delivering the national drugs strategy locally.",
        "We have widened our work beyond drugs: our strategic assessment found that alcohol causes more harm in "
        "Dorset than any drug, and that harmful gambling often travels with both.",
        "This strategy sets five priorities for the next three years."])
    fw += "<p><b>Senior Responsible Owner, Dorset Combating Drugs Partnership</b></p>"
    nat = ("<p>The national drugs strategy, <i>From harm to hope</i> (2021), sets three strategic priorities for "
           "every area:</p><ol><li>Break drug supply chains.</li><li>Deliver a world-class treatment and recovery "
           "system.</li><li>Achieve a generational shift in the demand for drugs.</li></ol><p>These are national "
           "priorities; ours are on page 6. The national outcomes framework measures reductions in drug use, "
           "drug-related crime and drug-related deaths.</p><h2>Our principles</h2><ul>"
           "<li><b>Lived experience</b> at the heart of every decision.</li><li><b>No wrong door</b>: any service "
           "can start someone on the road to help.</li><li><b>Stigma-free</b> language in everything we "
           "publish.</li></ul>")
    ctx = ('<p>The figures below are illustrative and are not official statistics.</p><table><tr><th>Indicator</th>'
           '<th>Dorset</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in [
               ("Adults in drug treatment", "2,640"), ("Adults in alcohol treatment", "1,310"),
               ("Drug-related deaths (three years)", "118"), ("County lines active at any time", "14"),
               ("Alcohol-related hospital admissions", "9,800"),
               ("Adults at risk from gambling (survey estimate)", "1 in 25")]) + "</table>")
    ctx += ("<h2>Our last strategy</h2><p>The 2021–2023 substance misuse strategy had three aims: Reduce demand; "
            "Restrict supply; and Build recovery. We have kept what worked and set new, more specific "
            "priorities.</p><h2>What people told us</h2><ul><li>Waiting times for treatment put people off.</li>"
            "<li>Families of people who drink heavily feel they have nowhere to go.</li><li>Gambling debt "
            "tipped people back into drinking or drug use.</li></ul>")
    pri = ("<p>Our five priorities for 2024–2027 are shown on the map, each where its work is focused. "
           "The key gives each priority in full.</p>" + the_map())
    pri += '<div class="key"><div class="kh">KEY</div>'
    for i, (name, note, col, _) in enumerate(PRIORITIES, 1):
        pri += (f'<div class="item"><div class="sym" style="background:{col}">{i}</div><div class="txt">'
                f'<b>{e(name)}</b><span>{e(note)}</span></div></div>')
    pri += "</div>"
    dl = "<p>Delivery is organised in four workstreams, each with a lead and an action plan.</p>"
    dl += "<table><tr><th>Workstream</th><th>Main actions 2024/25</th><th>Lead</th></tr>" + "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in [
            ("Supply", "County lines disruption weeks; closure orders on cuckooed homes", "Dorset Police"),
            ("Treatment", "Same-week assessment; treatment in custody and on release; naloxone for families",
             "Public health"),
            ("Harms", "A drug-related death review panel; gambling harm screening in treatment services",
             "Public health, NHS Dorset"),
            ("Alcohol", "Alcohol care team at Dorset County Hospital; support for families", "NHS Dorset")]) + "</table>"
    gov = ("<p>The partnership reports to the national Joint Combating Drugs Unit and to the Health and Wellbeing "
           "Boards. Baselines are illustrative.</p><table><tr><th>Outcome</th><th>Baseline</th><th>Aim</th></tr>" +
           "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in [
               ("County lines closed", "22", "Up"), ("Adults in treatment", "3,950", "Up by 20%"),
               ("Drug-related deaths", "118", "Down"), ("People screened for gambling harm", "0", "All in treatment"),
               ("Alcohol-related admissions", "9,800", "Down")]) + "</table>")
    gov += '<p class="note">Contact: cdp@dorset-partnership.example</p>'
    return [("fw", "Foreword", fw), ("nat", "The national picture", nat), ("ctx", "The Dorset picture", ctx),
            ("pri", "Where we will focus", pri), ("del", "Delivery", dl), ("gov", "Outcomes and governance", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">DORSET COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Combating Drugs Partnership Strategy</h1><div class="band"></div><div class="yr">2024 – 2027</div>'
             '</div>')
    back = ('<div class="back"><h2 style="color:#fff">Dorset Combating Drugs Partnership</h2>'
            '<p>cdp@dorset-partnership.example</p><p>If you are worried about your drug or alcohol use, or someone '
            'else\'s, contact your local treatment service.</p></div>')
    needles = {"fw": "Foreword Drugs and alcohol", "nat": "The national picture The national",
               "ctx": "The Dorset picture The figures", "pri": "Where we will focus Our five",
               "del": "Delivery Delivery is", "gov": "Outcomes and governance The partnership"}
    return build_html(root, FILE, "dorset_drugs.html", TITLE, CSS, cover, sections(), back, needles)
