"""Cambridgeshire and Peterborough Combating Drugs and Alcohol Partnership Strategy 2024-2027: HTML printed by
Chromium.

Four priorities, stated once, on p6 as **seed packets** ("Planting recovery"): four CSS-drawn paper packets in a
2 x 2 grid, each with a folded top flap, a small brand line "Combating Drugs and Alcohol Partnership", a drawn
flower (CSS circles on a stem), and the priority in bold as the variety name (two or three lines), with a grey
"Sow: ..." line under it; no numbers.
Distractors: the principles (p3), the From harm to hope priorities and the 2022-2024 plan (p4), the local
picture (p5), the "Sow:" lines (p6), the outcomes table (p7), the governance (p8).
"""
from cambridgeshire.kit import e, html_pdf

FILE = "strategies/cambridgeshire_peterborough_combating_drugs_strategy_2024-27.pdf"
TITLE = "Combating Drugs and Alcohol Partnership Strategy 2024–2027"

PRIORITIES = [
    ("Breaking drug supply chains and closing county lines", "Sow: all year, with the police and trading standards",
     "#7B3F00", "#E9C46A"),
    ("Getting more people into treatment and keeping them there", "Sow: in courts, custody, GP surgeries and A&E",
     "#2A6F4F", "#F4A261"),
    ("Preventing drug and alcohol deaths", "Sow: naloxone in every hostel; review every death", "#3D405B", "#E76F51"),
    ("Supporting families affected by someone else's drug or alcohol use", "Sow: support groups in every district",
     "#5E548E", "#90BE6D"),
]

CSS = """
@page { size: A4; margin: 18mm 18mm 18mm 18mm;
  @bottom-left { content: "Combating Drugs and Alcohol Partnership · Strategy 2024–2027"; font: 7.5pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: counter(page) " / 8"; font: 7.5pt 'DejaVu Sans'; color: #2A6F4F; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.9pt; line-height: 1.5; color: #222; margin: 0; }
section { break-before: page; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; background: #F3EEDC; position: relative; }
.cover .in { position: absolute; left: 20mm; top: 75mm; width: 170mm; color: #2A6F4F; }
.cover h1 { font-family: 'Liberation Serif', serif; font-size: 32pt; line-height: 1.1; margin: 0 0 6mm 0; }
h1.t { font-family: 'Liberation Serif', serif; font-size: 21pt; color: #2A6F4F; margin: 0 0 5mm 0; }
h2 { font-size: 10.5pt; color: #7B3F00; margin: 5mm 0 2mm 0; }
.toc div { display: flex; justify-content: space-between; padding: 2.3mm 0; border-bottom: 1.5px dashed #bbb; font-size: 11pt; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.3pt; margin: 2mm 0 4mm 0; }
table.t th { background: #2A6F4F; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.t td { border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; vertical-align: top; }
.packets { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 12mm; margin: 6mm 4mm; }
.pk { position: relative; height: 92mm; border: 1px solid #8a7a5a; background: #FBF6E9; padding: 14mm 5mm 4mm 5mm;
  box-shadow: 1.5mm 1.5mm 0 #ddd3b8; }
.pk .flap { position: absolute; left: 0; right: 0; top: 0; height: 9mm; border-bottom: 1px dashed #8a7a5a; background: #EFE4C8; }
.pk .brand { font-size: 6.5pt; letter-spacing: 0.6pt; color: #8a7a5a; text-transform: uppercase; margin-bottom: 2mm; }
.pk .pic { position: relative; height: 30mm; border-radius: 2mm; margin-bottom: 3mm; }
.pk .stem { position: absolute; left: 50%; bottom: 0; width: 1.2mm; height: 18mm; background: #3d7a3d; }
.pk .fl { position: absolute; left: calc(50% - 7mm); top: 3mm; width: 14mm; height: 14mm; border-radius: 50%; }
.pk .ctr { position: absolute; left: calc(50% - 2.5mm); top: 7.5mm; width: 5mm; height: 5mm; border-radius: 50%; background: #5a3a1a; }
.pk .v { font-family: 'DejaVu Sans', sans-serif; font-weight: 700; font-size: 11pt; line-height: 1.3; }
.pk .sow { font-size: 7.6pt; color: #666; margin-top: 2mm; }
.note { font-size: 7.8pt; color: #666; font-style: italic; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.tiles div { border-top: 3px solid #2A6F4F; background: #F3EEDC; padding: 3mm; } .tiles b { font-size: 15pt; display: block; }
"""


def P(*ts):
    return "".join(f"<p>{e(t)}</p>" for t in ts)


def build(root):
    S = ['<section class="cover"><div class="in"><div style="letter-spacing:1pt;font-weight:700">CAMBRIDGESHIRE AND '
         'PETERBOROUGH COMBATING DRUGS AND ALCOHOL PARTNERSHIP</div><h1>Planting recovery</h1><div '
         'style="font-size:15pt">Partnership Strategy 2024–2027</div></div></section>']
    toc = [("Introduction", 3), ("The national strategy and where we started", 4), ("The local picture", 5),
           ("Planting recovery: our priorities", 6), ("Outcomes we will track", 7), ("Governance", 8)]
    S.append('<section><h1 class="t">Contents</h1><div class="toc">' + "".join(
        f"<div><span>{e(t)}</span><span>{n}</span></div>" for t, n in toc) + "</div></section>")
    S.append('<section><h1 class="t">Introduction</h1>' + P(
        "The Combating Drugs and Alcohol Partnership brings together the two councils' public health teams, the "
        "police, probation, the NHS, treatment providers, housing and people with lived experience of addiction.",
        "Recovery grows slowly and needs the right conditions. This strategy sets out four priorities where we "
        "will plant our effort for the next three years.") + "<h2>Our principles</h2><ul>" + "".join(
        f"<li>{e(t)}</li>" for t in ["Recovery is possible for everyone", "Stigma costs lives",
                                     "Lived experience shapes every decision", "Families matter too"]) +
        "</ul><p><b>Senior Responsible Owner, Combating Drugs and Alcohol Partnership</b></p></section>")
    S.append('<section><h1 class="t">The national strategy and where we started</h1>' + P(
        "From harm to hope, the Government's ten-year drugs plan (2021), has three strategic priorities: Break drug "
        "supply chains; Deliver a world-class treatment and recovery system; and Achieve a generational shift in "
        "demand for drugs. Every area must have a combating drugs partnership and a local plan.",
        "Our first local plan, for 2022–2024, set out how we would use the new treatment grants. It had five "
        "workstreams: Enforcement; Treatment capacity; Criminal justice pathways; Housing; and Prevention.") +
        "</section>")
    S.append('<section><h1 class="t">The local picture</h1><p class="note">All figures are illustrative and are not '
             'official statistics.</p><div class="tiles">' + "".join(f"<div><b>{a}</b>{e(b)}</div>" for a, b in [
                 ("4,100", "adults in treatment"), ("58%", "of opiate users not in treatment"),
                 ("71", "drug-related deaths in 2022"), ("39", "county lines disrupted"),
                 ("9,000", "children living with a parent in treatment"), ("46%", "leaving prison who engage")]) +
             "</div><h2>What the needs assessment told us</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in [
                 "Cocaine and crack use are rising, and so are the county lines that supply them.",
                 "Too many people drop out of treatment in the first three months.",
                 "Deaths involving several drugs and alcohol together are rising.",
                 "Families of people who use drugs have almost no support of their own."]) + "</ul></section>")
    packets = "".join(
        f'<div class="pk"><div class="flap"></div><div class="brand">Combating Drugs and Alcohol Partnership</div>'
        f'<div class="pic" style="background:{bg}33"><div class="stem"></div><div class="fl" style="background:{fl}">'
        f'</div><div class="ctr"></div></div><div class="v" style="color:{bg}">{e(t)}</div><div class="sow">{e(s)}'
        f'</div></div>' for t, s, bg, fl in PRIORITIES)
    S.append('<section><h1 class="t">Planting recovery: our priorities</h1>' + P(
        "The partnership has agreed four priorities for 2024–2027. Each one is a packet of seeds: written on the "
        "front, with a note of where we will sow it.") + f'<div class="packets">{packets}</div></section>')
    S.append('<section><h1 class="t">Outcomes we will track</h1><table class="t"><tr><th>National outcome (From harm '
             'to hope)</th><th>Local measure</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in [
                 ("Reducing drug use", "Adults reporting drug use in the last year"),
                 ("Reducing drug-related crime", "Neighbourhood crime; county lines closed"),
                 ("Reducing drug-related deaths and harm", "Deaths; hospital admissions"),
                 ("Increasing engagement in treatment", "Numbers in treatment; continuity of care from prison"),
                 ("Improving recovery outcomes", "Completions; employment; housing")]) + "</table></section>")
    S.append('<section><h1 class="t">Governance</h1>' + P(
        "The partnership board meets quarterly, chaired by the Senior Responsible Owner, and reports to both health "
        "and wellbeing boards and to the Countywide Community Safety Strategic Board. Each priority has a lead and a "
        "delivery group.", "Contact: cdp@cambridgeshire.example") + "</section>")
    return html_pdf(root, FILE, "combating_drugs", TITLE, CSS, S, 8)
