"""Suffolk Domestic Abuse Partnership Strategy 2025-2028: HTML printed by Chromium (DejaVu Serif headings,
DejaVu Sans body).

Four priorities, stated once, on p6 inside **a tall bookmark ribbon** down the right third of the page (a purple
strip with a notched foot and a tassel, headed "Our priorities"); each priority in bold white, separated by small
diamonds.  The left two-thirds explains them in prose.  Distractors: the statutory definition and survivor voices
(p4), the four pillars of the national plan and the principles (p5), the commissioning intentions (p7), the outcomes
(p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/suffolk_domestic_abuse_partnership_strategy_2025-28.pdf"
TITLE = "Suffolk Domestic Abuse Partnership Strategy 2025–2028"

PRIORITIES = [
    "Recognising domestic abuse sooner and acting on it",
    "Safe accommodation and specialist support for every survivor",
    "Children who live with domestic abuse",
    "Holding perpetrators to account and changing their behaviour",
]

CSS = base_css("'DejaVu Sans', sans-serif", "#4B2A63", "#8E5DB0", "Suffolk Domestic Abuse Partnership",
               footer_fmt='"Page " counter(page)', size="8.8pt") + """
h1.t, h2 { font-family: 'DejaVu Serif', serif; }
.cover { background: #F3EDF7; }
.cover .org { position: absolute; left: 20mm; top: 25mm; color: #4B2A63; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 100mm; margin: 0; color: #4B2A63; font: 700 30pt 'DejaVu Serif', serif; width: 120mm; }
.cover .yr { position: absolute; left: 20mm; top: 160mm; font-size: 16pt; color: #8E5DB0; }
.cover .rib { position: absolute; right: 30mm; top: 0; width: 22mm; height: 200mm; background: #8E5DB0; clip-path: polygon(0 0,100% 0,100% 100%,50% 92%,0 100%); }
.two { display: flex; gap: 7mm; }
.two .prose { flex: 2; }
.bm { flex: 1; position: relative; background: #4B2A63; color: #fff; padding: 7mm 5mm 24mm 5mm; clip-path: polygon(0 0,100% 0,100% 100%,50% 95%,0 100%); min-height: 180mm; }
.bm .hd { font: 700 8pt 'DejaVu Sans', sans-serif; letter-spacing: 1.5pt; color: #D9C2EA; margin-bottom: 5mm; }
.bm b { display: block; font: 700 11.5pt 'DejaVu Serif', serif; line-height: 1.3; }
.bm .dia { width: 2.5mm; height: 2.5mm; background: #D9C2EA; transform: rotate(45deg); margin: 5mm auto; }
.tassel { width: 1.2mm; height: 14mm; background: #C9A227; margin: -2mm 0 0 62%; }
blockquote { margin: 2mm 0 3mm 0; padding: 2mm 4mm; border-left: 3px solid #8E5DB0; background: #F7F2FA; font-style: italic; }
"""


def sections():
    fw = paras(
        "Domestic abuse can happen to anyone, in any part of Suffolk. It destroys lives, and it shapes the lives "
        "of the children who grow up with it.",
        "The Suffolk Domestic Abuse Partnership Board brings together the county, district and borough councils, "
        "Suffolk Constabulary, the Police and Crime Commissioner, the NHS, the Probation Service, housing providers "
        "and specialist domestic abuse services. It carries out the duties of the Domestic Abuse Act 2021, "
        "including the duty to assess need for and provide safe accommodation.",
        "This strategy replaces our 2021–2024 strategy. It was shaped by more than 300 survivors, and it sets four "
        "priorities for the next three years.")
    fw += "<p><b>Chair, Suffolk Domestic Abuse Partnership Board</b></p>"
    ctx = ("<h2>What domestic abuse is</h2><p>The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour "
           "between people aged 16 or over who are personally connected: physical or sexual abuse, violent or "
           "threatening behaviour, controlling or coercive behaviour, economic abuse, or psychological, emotional or "
           "other abuse.</p><p>All figures below are illustrative and are not official statistics.</p>" + table(
               ["Suffolk (illustrative)", "2023/24"], [
                   ("Domestic abuse incidents recorded by police", "11,300"), ("Cases heard at MARAC", "1,240"),
                   ("Households helped with safe accommodation", "390"), ("Children in households referred", "4,600")]))
    ctx += "<h2>Survivor voices</h2><blockquote>“I told my GP twice before anyone asked the right question.”</blockquote>"
    ctx += "<blockquote>“The refuge was two hours away from my children's school.”</blockquote>"
    nat = ("<h2>The national plan</h2><p>The national Tackling Domestic Abuse Plan (2022) has four pillars: "
           "Prioritising prevention; Supporting victims; Pursuing perpetrators; and A stronger system. Our priorities "
           "on page 6 are local; they map onto all four pillars.</p><h2>Our principles</h2>" + ul([
               ("Survivor-led:", "survivors help design and review services."),
               ("Whole family:", "we think about every child and every adult in the home."),
               ("Inclusive:", "services work for older people, disabled people, men, and LGBT+ survivors."),
               ("Curious:", "every professional asks, listens and acts.")], bold_lead=True))
    nat += ("<h2>Our 2021–2024 strategy</h2><p>The last strategy had three aims: Early intervention; Safety and "
            "support; and Accountability. The review of that strategy is published separately.</p>")
    prose = paras(
        "Survivors told us that too many chances to help were missed. Our first priority is for every professional "
        "to spot the signs and act, in GP surgeries, schools, hospitals, job centres and banks.",
        "Our second priority is about what happens next. Every survivor who needs it should have a safe place to "
        "live and a specialist who stays with them, including in refuges, dispersed safe homes and sanctuary "
        "schemes, and through independent domestic violence advisers.",
        "Our third priority is children. Children are victims in their own right under the 2021 Act; we will make "
        "sure schools know the same day when police attend an incident, and fund therapeutic support.",
        "Our fourth priority is the people who cause harm. We will use every power to protect victims, and offer "
        "behaviour change programmes that are safe and accredited.",
        "Each priority has an action plan, with a lead from the board.")
    bm = '<div class="bm"><div class="hd">OUR PRIORITIES</div>' + '<div class="dia"></div>'.join(
        f"<b>{e(p)}</b>" for p in PRIORITIES) + "</div>"
    pri = f'<div class="two"><div class="prose">{prose}</div><div style="flex: 0 0 58mm">{bm}<div class="tassel"></div></div></div>'
    dl = paras("Our commissioning intentions for 2025–2028:") + table(
        ["Theme", "What we will commission or do", "Lead"], [
            ("Identify", "IRIS-style training in every GP practice; a routine enquiry pilot in maternity", "NHS Suffolk and North East Essex"),
            ("Accommodate", "Refuge spaces in Ipswich, Lowestoft and Bury St Edmunds; 60 dispersed homes", "Suffolk County Council"),
            ("Children", "Operation Encompass in every school; therapeutic groups", "Children's services"),
            ("Perpetrators", "Accredited behaviour change programme; Multi-Agency Tasking and Co-ordination", "Police and Crime Commissioner")])
    gov = paras("The board reports to the Suffolk Health and Wellbeing Board and the Safer Stronger Communities Board.") + table(
        ["Outcome we want (illustrative baselines)", "Baseline", "Aim"], [
            ("Referrals from health settings", "8%", "20%"), ("Survivors refused refuge for lack of space", "210", "Down"),
            ("Schools notified before 9am", "71%", "100%"), ("Perpetrators completing a programme", "64", "150")])
    gov += '<p class="note">Contact: dapartnership@suffolk.example · In an emergency always call 999.</p>'
    return [("fw", "Foreword", fw), ("ctx", "Domestic abuse in Suffolk", ctx), ("nat", "Our starting point", nat),
            ("pri", "Our priorities for 2025–2028", pri), ("del", "Commissioning and delivery", dl),
            ("gov", "Outcomes and governance", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">SUFFOLK DOMESTIC ABUSE PARTNERSHIP</div>'
             '<h1>Domestic Abuse Strategy</h1><div class="yr">2025 – 2028</div><div class="rib"></div></div>')
    return build_html(root, FILE, "domestic_abuse.html", TITLE, CSS, cover, sections(), "")
