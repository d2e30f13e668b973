"""City and Hackney Reducing Reoffending Plan 2025-2028: HTML printed by Chromium (Liberation Sans).

Five priorities, stated once, on p6 ("Journeys to a fresh start"): **printed on five drawn contactless travel
cards** (rounded blue cards with a gold chip, a contactless mark, a "ZONE 1-2" corner tag and a card number), the
priority in bold white as the card's title, two cards a row.  Distractors: the previous plan's themes (p4), the
seven resettlement pathways and the IOM cohorts (p5), the zone tags and card numbers (p6), the delivery groups (p7)
and the measures (p8).
"""
from city_of_london.work import base_css, build_html, e, paras, table, ul

FILE = "strategies/city_and_hackney_reducing_reoffending_plan_2025-28.pdf"
TITLE = "City and Hackney Reducing Reoffending Plan 2025–2028"

CARDS = [
    "Managing the people who cause most harm through Integrated Offender Management",
    "Drug and alcohol treatment for people in contact with the justice system",
    "A settled home for everyone leaving prison",
    "Training and jobs for people with convictions",
    "A women-centred response for women in the justice system",
]

CSS = base_css("'Liberation Sans', sans-serif", "#003688", "#FFD329", "City and Hackney Reducing Reoffending Plan",
               footer_fmt='"( " counter(page) " )"') + """
.cover { background: #003688; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 10.5pt; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 100mm; margin: 0; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 15pt; color: #FFD329; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; margin-top: 5mm; }
.card { position: relative; height: 50mm; border-radius: 4mm; background: linear-gradient(135deg,#0A4BB5,#00205B);
  color: #fff; padding: 20mm 6mm 4mm 6mm; box-shadow: 0 1mm 2mm rgba(0,0,0,.3); }
.card .chip { position: absolute; left: 6mm; top: 6mm; width: 11mm; height: 8.5mm; border-radius: 1.5mm;
  background: linear-gradient(135deg,#F5D67B,#C9A03A); }
.card .cl { position: absolute; left: 20mm; top: 6.5mm; width: 7mm; height: 7mm; border: 1.2mm solid #fff;
  border-left-color: transparent; border-bottom-color: transparent; border-radius: 50%; transform: rotate(45deg); }
.card .zone { position: absolute; right: 5mm; top: 6mm; font-size: 7pt; font-weight: 700; background: #FFD329;
  color: #00205B; padding: .6mm 2mm; border-radius: 1mm; }
.card .tt { font-size: 11.5pt; font-weight: 700; line-height: 1.28; }
.card .no { position: absolute; left: 6mm; bottom: 4mm; font: 7pt 'DejaVu Sans Mono', monospace; color: #9FB4DA; }
"""


def cards():
    h = '<div class="cards">'
    for i, t in enumerate(CARDS, 1):
        h += (f'<div class="card"><div class="chip"></div><div class="cl"></div><div class="zone">ZONE 1–2</div>'
              f'<div class="tt">{e(t)}</div><div class="no">0{i}25 7946 00{i}0 2028</div></div>')
    return h + "</div>"


def sections():
    fw = paras(
        "Most crime is committed by people who have offended before. Helping them to stop is one of the surest ways "
        "to make the City of London and Hackney safer.",
        "The City of London and the London Borough of Hackney share a Probation Delivery Unit, and many of the people "
        "who offend in the Square Mile live in Hackney or nearby boroughs. So we plan together. This plan is agreed "
        "by the Safer City Partnership and Community Safety Partnership of Hackney, the Probation Service, the two "
        "police forces and health partners.")
    fw += "<p><b>Head of the Hackney and City Probation Delivery Unit</b></p><p><b>Chair, Reducing Reoffending Board</b></p>"
    ctx = ("<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Indicator (illustrative)", "City and Hackney", "London"], [
            ("Proven reoffending rate, adults", "27%", "25%"), ("People on probation", "1,950", "—"),
            ("Released from prison with no settled home", "22%", "17%"), ("In work six weeks after release", "14%", "17%"),
            ("Women among people on probation", "13%", "12%")]) +
        "<h2>Our previous plan</h2><p>The 2021–2024 plan had three themes: Accommodation; Substance misuse; "
        "and Employment. This plan keeps those themes as priorities and adds two more.</p>")
    ctx = ("<h2>The picture in 2024</h2>" + ctx)
    fw2 = ("<h2>The seven resettlement pathways</h2>" + ul([
        "Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
        "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"]) +
        "<h2>Integrated Offender Management cohorts</h2>" + ul([
            ("Fixed:", "people convicted of neighbourhood crime (burglary, robbery, theft)."),
            ("Flex:", "people chosen locally because of the harm they cause."),
            ("Free:", "people the partnership adds for a short time.")], bold_lead=True))
    pri = (paras("We have five priorities for 2025–2028. Each one is a journey we want to make easier for the people "
                 "we supervise.") + cards())
    dl = paras("Each priority has a delivery group that meets every two months.") + table(
        ["Delivery group", "Main actions 2025/26", "Lead"], [
            ("IOM panel", "Joint case management; electronic monitoring; rapid recall where needed", "Probation Service"),
            ("Treatment", "Test on arrest; treatment requirements in court orders", "Treatment provider"),
            ("Housing", "Duty to refer on release; move-on beds", "Housing teams"),
            ("Work", "Employer pledges; CV and interview support; the City's employer network", "Probation Service"),
            ("Women", "Women's centre sessions; trauma-informed reports for court", "Women's service")])
    ms = paras("Baselines are illustrative.") + table(
        ["Measure", "Baseline", "Aim"], [
            ("Reoffending of IOM cohort", "38%", "Down"), ("Treatment starts from probation", "210", "Up"),
            ("Settled home on release", "78%", "Up"), ("In work at six months", "19%", "Up"),
            ("Women completing orders", "64%", "Up")])
    ms += "<h2>Governance</h2>" + paras("The board reports to both community safety partnerships and to the London "
                                        "Reducing Reoffending Board. Contact: reoffending@cityhackney.example")
    return [("fw", "Foreword", fw), ("ctx", "Where we are now", ctx), ("fw2", "National frameworks", fw2),
            ("pri", "Our priorities", pri), ("del", "Delivery", dl), ("ms", "Measures and governance", ms)]


def build(root):
    cover = ('<div class="cover"><div class="org">CITY OF LONDON &amp; HACKNEY REDUCING REOFFENDING BOARD</div>'
             '<h1>Reducing Reoffending Plan</h1><div class="yr">2025 – 2028</div></div>')
    return build_html(root, FILE, "reoffending.html", TITLE, CSS, cover, sections())
