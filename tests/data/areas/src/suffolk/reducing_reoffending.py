"""Suffolk Reducing Reoffending Strategy 2025-2028: HTML printed by Chromium (Liberation Sans).

Four priorities, stated once, on p6 as **a vertical stack of right-pointing arrow bars** (each bar a dark band with a
pointed right end, the priority in bold white inside it, a short description to the right of the point).
Distractors: the seven resettlement pathways and the IOM cohorts (p4), the previous strategy's themes (p5), the
task groups (p7), the measures (p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/suffolk_reducing_reoffending_strategy_2025-28.pdf"
TITLE = "Suffolk Reducing Reoffending Strategy 2025–2028"

PRIORITIES = [
    ("Integrated Offender Management for those who cause most harm",
     "A single plan and a single team for the people who commit most neighbourhood crime."),
    ("A settled home on release", "No one leaves HMP Highpoint or HMP Warren Hill without somewhere to go."),
    ("Women in contact with the justice system",
     "A women's centre approach in Ipswich and Lowestoft, with help for mothers and their children."),
    ("Work, training and money advice after prison",
     "Employment hubs, bank accounts and ID before release."),
]

CSS = base_css("'Liberation Sans', sans-serif", "#2F3E46", "#84A98C", "Suffolk Reducing Reoffending Board",
               footer_fmt='"( " counter(page) " )"') + """
.cover { background: #2F3E46; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 25mm; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 100mm; margin: 0; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 16pt; color: #CAD2C5; }
.arrow { display: flex; align-items: center; margin: 0 0 6mm 0; }
.arrow .bar { flex: 0 0 100mm; background: #2F3E46; color: #fff; font-weight: 700; font-size: 11.5pt; padding: 4mm 14mm 4mm 5mm;
  clip-path: polygon(0 0, 90% 0, 100% 50%, 90% 100%, 0 100%); min-height: 20mm; display: flex; align-items: center; line-height: 1.25; }
.arrow:nth-child(odd) .bar { background: #52796F; }
.arrow .d { padding-left: 5mm; color: #354F52; }
"""


def sections():
    fw = paras(
        "Most crime in Suffolk is committed by people who have offended before. Helping them stop is one of the "
        "surest ways to protect the public.",
        "The Suffolk Reducing Reoffending Board brings together the Probation Service, Suffolk Constabulary, the "
        "Police and Crime Commissioner, the councils, the prisons, the NHS, the Department for Work and Pensions and "
        "voluntary organisations.",
        "This strategy sets four priorities for 2025–2028.")
    fw += "<p><b>Chair, Suffolk Reducing Reoffending Board</b></p>"
    ctx = "<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Suffolk (illustrative)", "Figure"], [
            ("Adults supervised by Probation", "2,650"), ("Proven reoffending rate (adults)", "24%"),
            ("People released from prison into Suffolk a year", "820"), ("Released with no settled accommodation", "17%"),
            ("Women supervised by Probation", "310")])
    ctx += "<h2>The seven resettlement pathways</h2>" + ul([
        "Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
        "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    ctx += ("<h2>IOM cohorts</h2><p>Integrated Offender Management works with a Fixed cohort (neighbourhood crime), a "
            "Flex cohort (local priorities) and a Free cohort (other offenders chosen locally).</p>")
    prev = ("<h2>Our 2021–2024 strategy</h2><p>The last strategy had three themes: Accommodation first; Health and "
            "substance misuse; and Employment.</p>") + paras(
        "Substance misuse is now led by the Suffolk Combating Drugs Partnership, so it is not one of our priorities; "
        "we work with the partnership on treatment on release.") + "<h2>What people on probation told us</h2>" + ul([
            "Leaving prison without an address made everything else impossible.",
            "Women wanted somewhere safe to go that was not a probation office.",
            "Having ID and a bank account on release made the first week easier."])
    pri = paras("Our four priorities for 2025–2028:") + "".join(
        f'<div class="arrow"><div class="bar">{e(n)}</div><div class="d">{e(d)}</div></div>' for n, d in PRIORITIES)
    dl = paras("Each priority is delivered by a task group.") + table(
        ["Task group", "Main actions 2025/26", "Lead"], [
            ("IOM", "Joint police and probation team; electronic monitoring", "Probation Service"),
            ("Housing", "Duty to refer from prisons; twenty move-on flats", "District councils"),
            ("Women", "Women's centre sessions; mothers' support", "Voluntary sector"),
            ("Employment", "Employment hubs in both prisons; ID before release", "DWP")])
    gov = paras("The board reports to the Local Criminal Justice Board. Baselines are illustrative.") + table(
        ["Measure", "Baseline", "Direction"], [
            ("Reoffending by the IOM cohort", "52%", "Down"), ("Settled accommodation on release", "83%", "Up"),
            ("Women completing orders", "71%", "Up"), ("In work six weeks after release", "18%", "Up")])
    gov += '<p class="note">Contact: reducingreoffending@suffolk.example</p>'
    return [("fw", "Foreword", fw), ("ctx", "The picture in Suffolk", ctx), ("prev", "Where we start from", prev),
            ("pri", "Our priorities", pri), ("del", "Delivery", dl), ("gov", "Measures and governance", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">SUFFOLK REDUCING REOFFENDING BOARD</div>'
             '<h1>Reducing Reoffending Strategy</h1><div class="yr">2025 – 2028</div></div>')
    return build_html(root, FILE, "reducing_reoffending.html", TITLE, CSS, cover, sections(), "")
