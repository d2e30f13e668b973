"""City and Hackney Safeguarding Adults Board Strategic Plan 2025-2028: HTML printed by Chromium (DejaVu Sans
Condensed, DejaVu Serif headings).

Five priorities, stated once, on p6, which is **an A4 landscape page printed as the inside of a tri-fold leaflet**
between portrait pages: three panels with fold lines; the left panel "Who we are", the middle panel "Our five
priorities" with each priority in bold beside a coloured square, and the right panel "How to raise a concern".
Distractors: the six safeguarding principles of the Care Act (p4), Making Safeguarding Personal and the 2022-2025
priorities (p5), the panel texts either side (p6), the subgroup names (p7) and the measures (p8).
"""
from city_of_london.work import base_css, build_html, e, paras, table, ul

FILE = "strategies/city_and_hackney_safeguarding_adults_board_strategic_plan_2025-28.pdf"
TITLE = "City and Hackney Safeguarding Adults Board Strategic Plan 2025–2028"

PRI = [
    ("Self-neglect and hoarding", "#E07A5F"),
    ("Modern slavery and the exploitation of adults at risk", "#3D405B"),
    ("Protecting adults at risk from financial abuse and scams", "#81B29A"),
    ("Learning from safeguarding adults reviews", "#F2CC8F"),
    ("Safeguarding people who sleep rough", "#5E8C9A"),
]

CSS = base_css("'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", "#3D405B", "#E07A5F",
               "City and Hackney Safeguarding Adults Board", footer_fmt='"Page " counter(page)') + """
h1.t { font-family: 'DejaVu Serif', serif; }
@page wide { size: A4 landscape; margin: 12mm 12mm 16mm 12mm; }
.sec-pri { page: wide; }
.cover { background: #3D405B; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 10.5pt; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 100mm; margin: 0; font: 700 28pt 'DejaVu Serif', serif; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 15pt; color: #F2CC8F; }
.tri { display: grid; grid-template-columns: 1fr 1fr 1fr; height: 150mm; border: 1px solid #CCC; }
.tri > div { padding: 7mm 7mm; border-right: 1px dashed #AAA; }
.tri > div:last-child { border-right: none; }
.tri h3 { font: 700 12pt 'DejaVu Serif', serif; color: #3D405B; margin: 0 0 4mm 0; }
.tri .mid { background: #F7F4EE; }
.tri .p { display: flex; align-items: flex-start; margin: 0 0 5mm 0; }
.tri .sq { flex: 0 0 5mm; height: 5mm; margin: 1mm 3mm 0 0; }
.tri .p b { font-size: 10.5pt; line-height: 1.3; color: #222; }
.fold { font-size: 7pt; color: #999; text-align: center; margin-top: 2mm; }
"""


def trifold():
    mid = "".join(f'<div class="p"><span class="sq" style="background:{c}"></span><b>{e(t)}</b></div>' for t, c in PRI)
    return ('<div class="tri"><div><h3>Who we are</h3><p>The Safeguarding Adults Board brings together the City '
            'of London Corporation, the London Borough of Hackney, the police, the NHS and the voluntary sector. '
            'We make sure that adults who have care and support needs are protected from abuse and neglect.</p>'
            '<p>We are a statutory board under the Care Act 2014.</p></div>'
            f'<div class="mid"><h3>Our five priorities</h3>{mid}</div>'
            '<div><h3>How to raise a concern</h3><p>If you are worried that an adult is being abused or neglected, '
            'call the adult social care team in the City or in Hackney. In an emergency call 999.</p>'
            '<p>City of London: 020 7946 0100 (illustrative)<br>Hackney: 020 7946 0200 (illustrative)<br>'
            'safeguarding@cityhackney.example</p></div></div>'
            '<p class="fold">Our 2025–2028 leaflet, printed flat: fold along the dashed lines.</p>')


def sections():
    fw = paras(
        "Safeguarding adults is everybody's business. In the City of London and Hackney, that means thinking about "
        "older residents living alone in the Barbican and on City estates, people sleeping rough in doorways around "
        "the Square Mile, and workers exploited on building sites and in hand car washes.",
        "This plan sets out what the Board will focus on for the next three years, alongside our statutory duties to "
        "hold safeguarding adults reviews and publish an annual report.")
    fw += "<p><b>Independent Chair, City and Hackney Safeguarding Adults Board</b></p>"
    ctx = ("<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Safeguarding concerns (illustrative)", "City of London", "Hackney"], [
            ("Concerns raised", "210", "3,900"), ("Self-neglect, including hoarding", "18%", "14%"),
            ("Financial or material abuse", "21%", "16%"), ("Modern slavery", "3%", "2%"),
            ("People sleeping rough seen in the year", "640", "410")]) +
        "<h2>The six safeguarding principles</h2>" + ul([
            "Empowerment", "Prevention", "Proportionality", "Protection", "Partnership", "Accountability"]))
    prev = ("<h2>Making Safeguarding Personal</h2><p>We ask people what outcomes they want, and we measure whether "
            "they got them.</p><h2>Our priorities for 2022–2025</h2>" + ul([
                "Prevention and early intervention", "Engagement with people who use services",
                "Learning from reviews", "Tackling exploitation"]) +
            "<p>We completed most of that plan. Two themes carry forward in new words; three priorities are new.</p>")
    pri = paras("Our leaflet for residents and staff sets out the five priorities the Board has agreed for "
                "2025–2028.") + trifold()
    dl = paras("Each priority is led by a subgroup of the Board.") + table(
        ["Subgroup", "Main actions 2025/26", "Lead"], [
            ("Practice and hoarding panel", "Multi-agency hoarding protocol; fire safety visits", "Adult social care"),
            ("Exploitation", "Modern slavery training; joint visits to work sites", "Police"),
            ("Financial abuse", "Banking protocol; scam awareness in sheltered housing", "City Corporation"),
            ("Case review", "Safeguarding adults reviews; learning briefings", "Board manager"),
            ("Rough sleeping", "Safeguarding in street outreach; winter shelter checks", "Outreach services")])
    ms = paras("Baselines are illustrative.") + table(
        ["Measure", "Baseline", "Aim"], [
            ("People who said their outcomes were met", "71%", "Up"), ("Hoarding cases closed safely", "24", "Up"),
            ("Modern slavery referrals from partners", "12", "Up"), ("Review actions completed on time", "60%", "Up")])
    ms += "<h2>Governance</h2>" + paras("The Board reports to the City Corporation and Hackney Council and publishes "
                                        "an annual report. Contact: sab@cityhackney.example")
    return [("fw", "Foreword", fw), ("ctx", "Safeguarding in the City and Hackney", ctx),
            ("prev", "What we have learned", prev), ("pri", "Our priorities 2025–2028", pri),
            ("del", "How we will deliver", dl), ("ms", "Measures and governance", ms)]


def build(root):
    cover = ('<div class="cover"><div class="org">CITY AND HACKNEY SAFEGUARDING ADULTS BOARD</div>'
             '<h1>Strategic Plan</h1><div class="yr">2025 – 2028</div></div>')
    return build_html(root, FILE, "safeguarding_adults.html", TITLE, CSS, cover, sections())
