"""East Suffolk Community Safety Partnership Strategy 2025-2028: HTML printed by Chromium (DejaVu Sans Condensed).

Five priorities, stated once, on p6 under "What we will focus on": a **two-column grid of cards, each priority a
bold heading followed by a resident's "I" statement** in a speech-style box ("I will be able to say: ...").  The
"I" statements are outcomes, not priorities.  Distractors: the previous strategy's priorities (p5), the council's
Strategic Plan themes (p5), the survey findings (p4), the delivery themes (p7) and the measures (p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/east_suffolk_community_safety_partnership_strategy_2025-28.pdf"
TITLE = "East Suffolk Community Safety Partnership Strategy 2025–2028"

PRIORITIES = [
    ("Anti-social behaviour in our coastal and market towns",
     "I can enjoy the seafront and the high street without being intimidated.", "AS"),
    ("Exploitation of children and vulnerable adults by drug gangs",
     "I know the signs, and I know who to tell if someone is being used to sell drugs.", "EX"),
    ("Women and girls' safety on nights out and in public places",
     "I can go out in Lowestoft or Felixstowe at night and get home safely.", "WG"),
    ("Staying safe near water on our coast, rivers and Oulton Broad",
     "My children know how to stay safe at the beach and by the river.", "WS"),
    ("Scams and doorstep crime against older residents",
     "I feel confident saying no at the door and on the phone.", "SC"),
]

CSS = base_css("'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", "#005F73", "#0A9396",
               "East Suffolk Community Safety Partnership", footer_fmt='"— " counter(page) " —"') + """
.cover { background: #E9F5F2; }
.cover .wave { position: absolute; left: 0; right: 0; top: 180mm; height: 117mm; background: #005F73; border-radius: 60% 40% 0 0 / 18mm 12mm 0 0; }
.cover .org { position: absolute; left: 20mm; top: 25mm; color: #005F73; font-weight: 700; font-size: 11pt; }
.cover h1 { position: absolute; left: 20mm; top: 80mm; margin: 0; color: #005F73; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 200mm; color: #fff; font-size: 17pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin-top: 4mm; }
.card { border: 1px solid #94D2BD; padding: 4mm; border-radius: 2mm; }
.card .ini { width: 10mm; height: 10mm; border-radius: 50%; background: #0A9396; color: #fff; font-weight: 700; font-size: 8pt; text-align: center; line-height: 10mm; float: right; margin: 0 0 2mm 2mm; }
.card h2 { margin: 0 0 3mm 0; font-size: 12pt; line-height: 1.3; }
.card .i { position: relative; background: #E9F5F2; padding: 2.5mm 3mm; font-style: italic; border-radius: 2mm; }
.card .i::before { content: ""; position: absolute; top: -3mm; left: 6mm; border: 1.5mm solid transparent; border-bottom: 1.5mm solid #E9F5F2; border-width: 0 2mm 3mm 2mm; border-color: transparent transparent #E9F5F2 transparent; }
.card .i small { display: block; font-style: normal; font-size: 7pt; color: #005F73; letter-spacing: .5pt; }
"""


def sections():
    fw = paras(
        "East Suffolk stretches from Lowestoft, the most easterly town in Britain, to Felixstowe, the country's "
        "busiest container port, with market towns, villages and forty miles of coast in between.",
        "Crime here is low, but people told us what spoils their lives: groups causing trouble in town centres and "
        "on the seafront, fears about drug gangs, and worries about getting home safely. Every summer we also see "
        "tragedies on the water that could have been prevented.",
        "Our partnership of East Suffolk Council, Suffolk County Council, Suffolk Constabulary, Suffolk Fire and "
        "Rescue Service, the NHS, the Probation Service, the RNLI and local charities has agreed five priorities.")
    fw += "<p><b>Chair, East Suffolk Community Safety Partnership</b></p>"
    ctx = "<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["East Suffolk (illustrative)", "Figure"], [
            ("Residents", "248,000"), ("Aged 65 or over", "29%"), ("ASB incidents a year", "3,870"),
            ("Reported scams and doorstep crimes", "640"), ("Water-related incidents attended", "85"),
            ("Children referred for exploitation concerns", "96")])
    ctx += "<h2>What residents told us (survey of 1,200 people)</h2>" + ul([
        "ASB was the top concern in Lowestoft, Felixstowe and Leiston.",
        "Six in ten women avoid some places after dark.",
        "Older residents receive scam calls most weeks.",
        "Parents want more information about safety at the beach."])
    prev = ("<h2>Our previous priorities (2022–2025)</h2>" + ul([
        "Tackling anti-social behaviour", "Protecting vulnerable people", "Reducing re-offending"]) +
        paras("We achieved most of what we set out to do; reoffending is now led county-wide by the Suffolk Reducing "
              "Reoffending Board, so it is not one of our priorities.") +
        "<h2>East Suffolk Council's Strategic Plan themes</h2>" + ul([
            "Growing our economy", "Enabling our communities", "Remaining financially sustainable",
            "Delivering digital transformation", "Caring for our environment"]) +
        paras("Community safety supports the theme Enabling our communities."))
    pri = paras("Our five priorities for 2025–2028 are below. Under each we say what residents should be able to "
                "say when we have succeeded.")
    pri += '<div class="grid">' + "".join(
        f'<div class="card"><div class="ini">{ini}</div><h2>{e(n)}</h2><div class="i"><small>I WILL BE ABLE TO SAY</small>'
        f'{e(i)}</div></div>' for n, i, ini in PRIORITIES) + "</div>"
    dl = paras("Delivery is organised in five themes, each with a lead.") + table(
        ["Theme", "What we will do", "Lead"], [
            ("Towns", "Summer seafront patrols; youth outreach in Lowestoft; ASB Case Review promoted", "East Suffolk Council"),
            ("Exploitation", "Training for taxi drivers, hoteliers and shop staff; closure orders", "Suffolk Constabulary"),
            ("Nights out", "Ask for Angela; safe spaces in Lowestoft and Felixstowe; street pastors", "East Suffolk Council"),
            ("Water", "Beach safety talks in every primary school; throwlines at Oulton Broad", "Fire and Rescue, RNLI"),
            ("Scams", "No-cold-calling zones; call blockers; scam champions in banks", "Trading Standards")])
    gov = paras("The partnership meets quarterly and reports to the council's Scrutiny Committee and to the Police "
                "and Crime Commissioner. Baselines are illustrative.") + table(
        ["Measure", "Baseline", "Direction"], [
            ("ASB incidents in town centres and seafronts", "1,720", "Down"),
            ("Professionals trained to spot exploitation", "310", "Up"), ("Women who feel safe after dark", "41%", "Up"),
            ("Water-related deaths", "4", "Zero"), ("Repeat scam victims", "120", "Down")])
    gov += '<p class="note">Contact: communitysafety@eastsuffolk.example</p>'
    return [("fw", "Foreword", fw), ("ctx", "East Suffolk in numbers", ctx), ("prev", "Looking back", prev),
            ("pri", "What we will focus on", pri), ("del", "Delivering the strategy", dl),
            ("gov", "Governance and measures", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">EAST SUFFOLK COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Community Safety Strategy</h1><div class="wave"></div><div class="yr">2025 – 2028</div></div>')
    return build_html(root, FILE, "east_suffolk_csp.html", TITLE, CSS, cover, sections(), "")
