"""BCP Community Safety Partnership Plan 2024-2027 (Bournemouth, Christchurch and Poole): HTML printed by
Chromium (Liberation Sans, DejaVu Serif headings).

Five priorities, stated once, on p6 as the **fabric panels of a striped beach windbreak** ("Sheltering our
communities"): five coloured, striped panels hung between six wooden poles pushed into a sand strip, each
panel holding one priority in bold (wrapping over three to seven lines); no numbers.  A sentence for each
follows in the list "What each panel means" under the windbreak.  The Police and Crime Plan's priorities quoted
in a sidebar (p5), the previous plan's priorities (p5), the principles and statutory duties (p5), the key
findings (p4), the short delivery themes (p7) and the measures (p8) are distractors.
"""
from dorset.kit import build_html, e

FILE = "strategies/bcp_community_safety_partnership_plan_2024-27.pdf"
TITLE = "BCP Community Safety Partnership Plan 2024–2027"

PRIORITIES = [
    ("Tackling anti-social behaviour in town centres and on the seafront",
     "Joint patrols, dispersal powers and quick clean-up in Bournemouth, Poole and Christchurch town centres and "
     "along the beaches, especially from May to September."),
    ("Cutting knife crime and serious violence",
     "Delivering the Serious Violence Duty locally, with youth workers, schools and the hospitals."),
    ("Protecting children and vulnerable adults from criminal exploitation and cuckooing",
     "Finding those who are exploited sooner, and closing the homes that dealers take over."),
    ("Keeping people safe on our beaches and in the water",
     "Water safety messages, lifeguard cover and safe-swimming education with the RNLI and the fire service, so "
     "that fewer people drown along our fifteen miles of coast."),
    ("Making the night-time economy safer for women and girls",
     "Safe spaces, trained door staff and street marshals so that women and girls can enjoy a night out."),
]

COLOURS = ["#D7263D", "#1B998B", "#F46036", "#2E294E", "#C5A100"]

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
  @bottom-left { content: "BCP Community Safety Partnership"; font: 7.5pt 'Liberation Sans'; color: #6b6b6b; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt 'Liberation Sans'; color: #00577B; } }
@page bare { margin: 0; @bottom-left { content: none } @bottom-right { content: none } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: #222; }
h1.t { font-family: 'DejaVu Serif', serif; font-size: 20pt; color: #00577B; margin: 0 0 5mm 0; }
h2 { font-size: 11.5pt; color: #00577B; margin: 5mm 0 2mm 0; }
.cover { background: #8FD3F0; }
.cover .sand { position: absolute; left: 0; bottom: 0; width: 210mm; height: 95mm; background: #F2D59B; }
.cover .sea { position: absolute; left: 0; bottom: 95mm; width: 210mm; height: 40mm; background: #00577B; }
.cover .org { position: absolute; left: 18mm; top: 18mm; font-weight: 700; font-size: 10pt; letter-spacing: 1.2pt; color: #00394f; }
.cover h1 { position: absolute; left: 18mm; top: 60mm; width: 170mm; margin: 0; font-family: 'DejaVu Serif', serif; font-size: 30pt; line-height: 1.15; color: #00394f; }
.cover .yr { position: absolute; left: 18mm; top: 110mm; font-size: 17pt; color: #00394f; }
.cover .places { position: absolute; left: 18mm; bottom: 30mm; font-size: 10pt; color: #5b4a20; }
.contents h1.t { margin-bottom: 8mm; }
.toc .row { display: flex; font-size: 11.5pt; padding: 2.2mm 0; border-bottom: 1px solid #d5e8ef; }
.toc .ld { flex: 1; } .toc .pn { color: #00577B; font-weight: 700; }
.stats { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; margin: 3mm 0; }
.stat { background: #EAF6FB; border-radius: 2mm; padding: 3mm; } .stat b { display: block; font-size: 16pt; color: #00577B; }
.side { float: right; width: 64mm; background: #FFF6E0; border: 1px solid #E6C877; padding: 3mm 4mm; margin: 0 0 3mm 5mm; font-size: 8.3pt; }
.beach { position: relative; height: 118mm; margin: 4mm 0 3mm 0; background: linear-gradient(#CDEBF7 0, #CDEBF7 60%, #F2D59B 60%); border-radius: 3mm; overflow: hidden; }
.wb { position: absolute; left: 7mm; right: 7mm; top: 12mm; height: 80mm; display: flex; }
.pole { width: 3mm; background: #7A4E2D; height: 96mm; border-radius: 1mm; }
.panel { flex: 1; height: 74mm; margin-top: 4mm; padding: 5mm 2.4mm 0 2.4mm; color: #fff; font-weight: 700; font-size: 10.6pt; line-height: 1.3; }
.beach .cap { position: absolute; left: 9mm; bottom: 4mm; font-size: 8pt; color: #6b5420; }
table { font-size: 8.7pt; } th { background: #00577B; color: #fff; } td { border-bottom: 1px solid #cfe3ea; }
.note { font-size: 7.6pt; color: #6b6b6b; }
.back { background: #00577B; color: #fff; padding: 180mm 18mm 0 18mm; font-size: 10pt; }
"""


def panel(i, text):
    c = COLOURS[i]
    stripes = f"repeating-linear-gradient(90deg, {c} 0, {c} 7mm, {c}dd 7mm, {c}dd 9mm)"
    return f'<div class="panel" style="background:{stripes}">{e(text)}</div>'


def sections():
    fw = "".join(f"<p>{e(t)}</p>" for t in [
        "Bournemouth, Christchurch and Poole is one of the safest places of its size in the country, and for most of "
        "the year our towns, parks and beaches are busy with residents, students and visitors. But crime and "
        "disorder still harm people here, and they fall hardest on a few neighbourhoods and on people who are "
        "already vulnerable.",
        "The BCP Community Safety Partnership is the statutory partnership for the area under the Crime and "
        "Disorder Act 1998. It brings together BCP Council, Dorset Police, Dorset & Wiltshire Fire and Rescue "
        "Service, the Probation Service, NHS Dorset and the voluntary sector.",
        "This plan sets out five priorities for the next three years. They come from our strategic assessment, "
        "from what more than 1,100 residents told us (illustrative), and from a look along our coast at what "
        "keeps people safe in summer as well as winter.",
        "We will report on progress each year at a public meeting of the partnership."])
    fw += "<p><b>Chair, BCP Community Safety Partnership</b></p>"
    ctx = ('<p>The figures below are illustrative. They are not official statistics.</p><div class="stats">' +
           "".join(f'<div class="stat"><b>{e(n)}</b>{e(c)}</div>' for n, c in [
               ("400,000", "residents in three towns"), ("15 miles", "of beaches and harbour shore"),
               ("27,400", "crimes recorded in 2023/24"), ("6,900", "anti-social behaviour incidents"),
               ("148", "knife crime offences"), ("11", "water-related deaths in five years")]) + "</div>")
    ctx += "<h2>What the strategic assessment found</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in [
        "Anti-social behaviour doubles between May and September, most of it in the town centres and on the "
        "seafront.",
        "Knife crime is concentrated in central Bournemouth and in two Poole wards.",
        "Twenty-three addresses were taken over by dealers in a year (cuckooing).",
        "Most sexual offences in public places happen after 10pm in the night-time economy.",
        "Drownings and water rescues have risen with warmer summers."]) + "</ul>"
    ctx += '<p class="note">Figures are illustrative.</p>'
    how = ('<div class="side"><b>The Police and Crime Plan for Dorset 2024–2029</b><br>The Police and Crime '
           'Commissioner\'s plan has six priorities: Cutting crime and anti-social behaviour; Fighting violent crime '
           'and high harm; Fighting rural crime; Putting victims and communities first; Making policing more visible '
           'and connected; Making every penny count.</div>')
    how += "<p>Our principles describe how we will work on every priority:</p><ul>" + "".join(
        f"<li>{t}</li>" for t in ["<b>Prevention first</b>: stop harm before it happens.",
                                  "<b>One BCP</b>: one plan for three towns.",
                                  "<b>Listening</b>: residents, businesses and young people shape what we do.",
                                  "<b>Evidence</b>: we do what works and stop what does not."]) + "</ul>"
    how += ("<h2>Our last plan</h2><p>The 2021–2024 plan had three priorities: Reducing anti-social behaviour; "
            "Protecting vulnerable people; and Reducing violence. Each has been reviewed and is carried forward "
            "in more precise terms.</p><h2>Statutory duties</h2><p>The partnership meets the duties of the Crime and "
            "Disorder Act 1998, the Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty. "
            "Domestic abuse is led by the Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board and drugs "
            "by the Dorset Combating Drugs Partnership, so they are not priorities of this plan.</p>")
    pri = ("<p>Our five priorities for 2024 to 2027 are written on the windbreak below: each one shelters a part "
           "of our community, and together they keep the wind off.</p>")
    pri += '<div class="beach"><div class="wb"><div class="pole"></div>'
    for i, (name, _) in enumerate(PRIORITIES):
        pri += panel(i, name) + '<div class="pole"></div>'
    pri += '</div><div class="cap">Sheltering our communities, 2024–2027</div></div>'
    pri += "<h2>What each panel means</h2><ul>" + "".join(f"<li>{e(t)}</li>" for _, t in PRIORITIES) + "</ul>"
    dl = "<p>Each theme has a lead partner and a delivery group. The main actions for 2024/25 are below.</p>"
    dl += "<table><tr><th>Theme</th><th>Key actions 2024/25</th><th>Lead</th></tr>" + "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in [
            ("Seafront summer", "Summer seafront plan; dispersal orders on bank holidays; youth outreach on the "
                                "piers", "BCP Council, Dorset Police"),
            ("Knives", "Knife arches at events; weapons sweeps in parks; youth work in the emergency department",
             "Dorset Police, NHS Dorset"),
            ("Exploitation", "A cuckooing panel each fortnight; closure orders; training for housing officers",
             "BCP Council"),
            ("Water", "Beach lifeguard cover extended; open water safety in every Year 6 class; throw lines at "
                      "quaysides", "RNLI, fire service"),
            ("Nights out", "Street marshals; safe haven at the Triangle; Ask for Angela in licensed premises",
             "BCP Council, licensees")]) + "</table>"
    gov = ("<p>The partnership board meets quarterly and reports to the council's Overview and Scrutiny Board and to "
           "the Police and Crime Commissioner. It links with the Dorset Serious Violence Prevention Partnership, "
           "the Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board and the Dorset Combating Drugs "
           "Partnership.</p>")
    gov += "<table><tr><th>Measure</th><th>Baseline</th><th>Direction</th></tr>" + "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in [
            ("ASB incidents, May to September", "3,900", "Down"), ("Knife crime offences", "148", "Down"),
            ("Addresses closed after cuckooing", "23", "Found sooner"),
            ("Water-related deaths (five-year total)", "11", "Down"),
            ("Women who feel safe in town centres at night", "54%", "Up")]) + "</table>"
    gov += '<p class="note">Baselines are illustrative.</p>'
    return [("fw", "Foreword", fw), ("ctx", "BCP in context", ctx), ("how", "How we work", how),
            ("pri", "Our priorities", pri), ("del", "Delivering the plan", dl), ("gov", "Governance and measures", gov)]


def build(root):
    cover = ('<div class="cover"><div class="sea"></div><div class="sand"></div>'
             '<div class="org">BCP COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Partnership Plan</h1><div class="yr">2024 – 2027</div>'
             '<div class="places">Bournemouth · Christchurch · Poole</div></div>')
    back = ('<div class="back"><h2 style="color:#fff">BCP Community Safety Partnership</h2><p>BCP Civic Centre, '
            'Bourne Avenue, Bournemouth</p><p>safer.communities@bcp.example</p><p>This plan is available in other '
            'formats on request.</p></div>')
    needles = {"fw": "Foreword Bournemouth", "ctx": "BCP in context The figures", "how": "How we work",
               "pri": "Our priorities Our five priorities", "del": "Delivering the plan Each",
               "gov": "Governance and measures The partnership"}
    return build_html(root, FILE, "bcp_csp.html", TITLE, CSS, cover, sections(), back, needles)
