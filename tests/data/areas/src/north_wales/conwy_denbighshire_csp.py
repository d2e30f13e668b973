"""Conwy and Denbighshire Community Safety Partnership Plan 2024-2027: HTML printed by Chromium.

Five priorities, stated once, on p6 as the **destinations on a railway departure board** ("Departures: where
the partnership is heading", a nod to the North Wales coast line): a black board with amber text, columns
"Due" / "Destination" / "Platform" / "Status"; the priority is the destination in bold amber, the platform is
the lead group's short name and the status reads "On time" or "Boarding".  No numbers.
Distractors: the key findings and the 2021-2024 priorities (p4), the PCC's six priorities quoted in a box and
the statutory duties (p5), the "calling at" notes under the board (p6), the delivery themes (p7), the measures.
"""
from north_wales.kit import e, html_pdf

FILE = "strategies/conwy_denbighshire_community_safety_partnership_plan_2024-27.pdf"
TITLE = "Conwy and Denbighshire Community Safety Partnership Plan 2024–2027"

BOARD = [  # (due, destination = priority, platform, status, calling at)
    ("2024", "Tackling anti-social behaviour in our town centres and coastal resorts", "1 ASB", "Boarding",
     "Rhyl, Prestatyn, Colwyn Bay, Llandudno"),
    ("2024", "Reducing the harm caused by drug and alcohol misuse", "2 Substance", "On time",
     "treatment, naloxone, alcohol liaison"),
    ("2025", "Preventing serious violence", "3 SVD", "On time", "night-time economy, knife crime, schools"),
    ("2025", "Protecting people from domestic abuse and sexual violence", "4 VAWDASV", "On time",
     "MARAC, IDVAs, Ask and Act"),
    ("2026", "Preventing radicalisation and extremism", "5 Prevent", "On time", "Channel panel, schools, online"),
]

CSS = """
@page { size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-left { content: "Conwy and Denbighshire CSP"; font: 7.5pt 'DejaVu Sans'; color: #777; }
  @bottom-right { content: "Page " counter(page) " of 8"; font: 7.5pt 'DejaVu Sans'; color: #1D3557; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.5; color: #222; margin: 0; }
section { break-before: page; }
section.cover { page: bare; break-before: auto; width: 210mm; height: 297mm; background: #1D3557; color: #fff;
  position: relative; overflow: hidden; }
.cover .rail { position: absolute; left: 0; top: 170mm; width: 210mm; height: 6mm; background: #E63946; }
.cover .rail2 { position: absolute; left: 0; top: 180mm; width: 210mm; height: 2mm; background: #A8DADC; }
.cover .org { position: absolute; left: 18mm; top: 22mm; font-weight: 700; letter-spacing: .8pt; font-size: 9.5pt; }
.cover h1 { position: absolute; left: 18mm; top: 95mm; width: 170mm; font-size: 28pt; line-height: 1.15; margin: 0; }
.cover .yr { position: absolute; left: 18mm; top: 150mm; font-size: 15pt; }
h1.t { font-size: 19pt; color: #1D3557; margin: 0 0 5mm 0; }
h2 { font-size: 11pt; color: #E63946; margin: 5mm 0 2mm 0; }
.toc div { padding: 2.2mm 0; font-size: 11pt; border-bottom: 1px solid #ddd; display: flex; justify-content: space-between; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.grid div { background: #F1FAEE; padding: 3mm; } .grid b { display: block; font-size: 15pt; color: #1D3557; }
.box { border: 1.5px solid #1D3557; padding: 3mm 4mm; margin: 4mm 0; background: #F7F9FB; font-size: 8.6pt; }
.board { background: #111; border-radius: 3mm; padding: 4mm 5mm 5mm 5mm; margin: 5mm 0 4mm 0; }
.board .top { color: #FFB000; font-size: 15pt; font-weight: 700; letter-spacing: 1pt; border-bottom: 1px solid #444;
  padding-bottom: 2mm; margin-bottom: 1mm; }
.board table { width: 100%; border-collapse: collapse; color: #FFB000; }
.board th { color: #999; font-size: 7.5pt; text-align: left; font-weight: 400; padding: 1mm; letter-spacing: .6pt; }
.board td { padding: 3mm 1mm; border-top: 1px dashed #333; vertical-align: top; font-size: 9pt; }
.board td.dest { font-weight: 700; font-size: 12.5pt; line-height: 1.3; width: 58%; }
.board td.st { color: #7CFC8A; }
table.t { width: 100%; border-collapse: collapse; font-size: 8.4pt; margin: 2mm 0 4mm 0; }
table.t th { background: #1D3557; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.t td { border-bottom: 1px solid #ccd; padding: 1.5mm 2mm; vertical-align: top; }
.note { font-size: 7.5pt; color: #666; }
"""


def build(root):
    S = ['<section class="cover"><div class="org">PARTNERIAETH DIOGELWCH CYMUNEDOL CONWY A SIR DDINBYCH<br>'
         'CONWY AND DENBIGHSHIRE COMMUNITY SAFETY PARTNERSHIP</div><h1>Community Safety Partnership Plan</h1>'
         '<div class="yr">2024 – 2027</div><div class="rail"></div><div class="rail2"></div></section>']
    toc = [("Foreword", 3), ("Conwy and Denbighshire in context", 4), ("How we work", 5),
           ("Departures: our priorities", 6), ("Delivering the plan", 7), ("Governance and measures", 8)]
    S.append('<section><h1 class="t">Contents</h1><div class="toc">' +
             "".join(f"<div><span>{e(t)}</span><span>{n}</span></div>" for t, n in toc) + "</div></section>")
    S.append('<section><h1 class="t">Foreword</h1>' + "".join(f"<p>{e(t)}</p>" for t in [
        "Conwy and Denbighshire share a coastline, a railway, a health board and a great many problems and "
        "opportunities. Since the two councils merged their community safety partnerships, we have worked as one "
        "team from Llandudno to Corwen.",
        "This plan is based on our joint strategic assessment and on the views of residents, businesses and young "
        "people. It also responds to new duties, above all the Serious Violence Duty.",
        "We have kept the plan short. It says where we are heading and how we will know when we have arrived.",
        "Mae'r cynllun hwn ar gael yn Gymraeg. This plan is available in Welsh."]) +
        '<p><b>Joint Chairs, Conwy and Denbighshire Community Safety Partnership</b></p></section>')
    S.append('<section><h1 class="t">Conwy and Denbighshire in context</h1><p>All figures are illustrative and are '
             'not official statistics.</p><div class="grid">' + "".join(
                 f"<div><b>{n}</b>{e(t)}</div>" for n, t in [
                     ("213,000", "residents in the two counties"), ("15,900", "crimes recorded in 2023/24"),
                     ("5,200", "anti-social behaviour incidents"), ("2,700", "domestic abuse incidents"),
                     ("41", "drug-related deaths in three years"), ("+18%", "violence in Rhyl town centre")]) +
             '</div><h2>Key findings of the strategic assessment</h2><ul>' + "".join(f"<li>{e(t)}</li>" for t in [
                 "Anti-social behaviour peaks in the summer in the coastal resorts.",
                 "Violence with injury is concentrated in Rhyl and Colwyn Bay at weekends.",
                 "Drug-related deaths are above the Welsh average.",
                 "Domestic abuse remains the largest single cause of repeat calls to the police."]) +
             '</ul><h2>Our 2021–2024 priorities</h2><p>The last plan had three priorities: Reducing crime and '
             'disorder; Safeguarding vulnerable people; and Reducing reoffending. The last of these now sits with '
             'the North Wales Reducing Reoffending Board.</p></section>')
    S.append('<section><h1 class="t">How we work</h1><div class="box"><b>The Police and Crime Plan for North Wales '
             '2025–2029</b><br>The Commissioner\'s priorities are: Preventing crime and keeping neighbourhoods '
             'safe; Tackling organised crime and exploitation; Supporting victims and protecting the vulnerable; '
             'Reducing reoffending and delivering justice; Making our roads safer; A police service the public '
             'trust.</div><h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and Disorder Act '
             '1998, the Serious Violence Duty, the Violence against Women, Domestic Abuse and Sexual Violence '
             '(Wales) Act 2015 and the Prevent duty. It also acts in the spirit of the Well-being of Future '
             'Generations (Wales) Act 2015.</p><h2>Our principles</h2><ul>' + "".join(f"<li>{e(t)}</li>" for t in [
                 "Prevention first: we act before harm is done.", "Bilingual: we serve people in Welsh or English.",
                 "Evidence-led: we go where the data takes us.", "One team across two counties."]) + "</ul></section>")
    rows = "".join(f'<tr><td>{d}</td><td class="dest">{e(p)}</td><td>{e(pl)}</td><td class="st">{st}</td></tr>'
                   for d, p, pl, st, _ in BOARD)
    S.append('<section><h1 class="t">Departures: our priorities</h1><p>Like the trains along our coast, the '
             'partnership has a timetable. These are the five places we are heading between 2024 and 2027. Each '
             'has a delivery group (the "platform") and a lead officer.</p><div class="board"><div class="top">'
             'DEPARTURES · YMADAWIADAU</div><table><tr><th>DUE</th><th>DESTINATION</th><th>PLATFORM</th>'
             f'<th>STATUS</th></tr>{rows}</table></div><h2>Calling at</h2><ul>' +
             "".join(f"<li>{e(c)}</li>" for *_, c in BOARD) + '</ul><p class="note">"Due" is the year the work '
             'starts in earnest. All work runs to March 2027.</p></section>')
    S.append('<section><h1 class="t">Delivering the plan</h1><table class="t"><tr><th>Theme</th><th>Key actions '
             '2024/25</th><th>Lead</th></tr>' + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>"
                                                    for a, b, c in [
        ("Town centres and resorts", "Summer resorts plan; PSPO review in Rhyl; joint patrols", "Councils, police"),
        ("Drugs and alcohol", "Naloxone in hostels; alcohol liaison at Glan Clwyd", "Area Planning Board"),
        ("Serious violence", "Hospital navigators; knife arches at events", "SVD group"),
        ("Domestic abuse", "Ask and Act training; IDVA in primary care", "VAWDASV group"),
        ("Prevent", "Training for schools and colleges", "Councils")]) + '</table><p>Each delivery group reports '
             'to the partnership every quarter. The partnership\'s small fund (illustrative: £85,000 a year) pays '
             'for projects proposed by the groups.</p></section>')
    S.append('<section><h1 class="t">Governance and measures</h1><p>The partnership reports to the Conwy and '
             'Denbighshire Public Services Board and to the North Wales Safer Communities Board.</p>'
             '<table class="t"><tr><th>Measure</th><th>Baseline (illustrative)</th><th>Direction</th></tr>' +
             "".join(f"<tr><td>{e(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in [
                 ("ASB incidents", "5,200", "Down"), ("Adults in treatment", "1,140", "Up"),
                 ("Violence with injury, night-time economy", "610", "Down"),
                 ("Repeat MARAC cases", "29%", "Down"), ("Prevent referrals from schools", "14", "Up")]) +
             '</table><p>Contact: csp@conwy-denbighshire.example</p></section>')
    return html_pdf(root, FILE, "conwy_denbighshire_csp", TITLE, CSS, S, 8)
