"""Suffolk Combating Drugs Partnership Strategy 2025-2028: HTML printed by Chromium (Liberation Sans).

Four priorities, stated once, on p6 as **rounded "chips" in a wrapped row** under the heading "Our four priorities"
(each chip a priority in bold on a tinted rounded-rectangle background, with an outlined number inside), then a
paragraph on each below headed only by the same number.  Distractors: the From harm to hope priorities (p4), the
principles (p4), the previous strategy's aims (p5), the workstreams (p7), the outcomes (p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/suffolk_combating_drugs_partnership_strategy_2025-28.pdf"
TITLE = "Suffolk Combating Drugs Partnership Strategy 2025–2028"

PRIORITIES = [
    ("Breaking drug supply chains and county lines",
     "Police, councils and Border Force will disrupt the lines and networks that bring drugs into Suffolk, "
     "including through the Port of Felixstowe, and close cuckooed homes."),
    ("More people in treatment and staying in recovery",
     "We will shorten waits, reach people in rural areas with outreach, and back recovery communities."),
    ("Fewer drug and alcohol deaths",
     "Naloxone for families and hostels, a death review panel and faster help after a non-fatal overdose."),
    ("Treatment that continues from prison into the community",
     "Every prison leaver who needs it will be seen by a community service within three weeks."),
]

CSS = base_css("'Liberation Sans', sans-serif", "#1B4965", "#5FA8D3", "Suffolk Combating Drugs Partnership",
               footer_fmt='"Page " counter(page)') + """
.cover { background: #1B4965; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 25mm; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 105mm; margin: 0; font-size: 30pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 160mm; font-size: 16pt; color: #CAE9FF; }
.chips { display: flex; flex-wrap: wrap; gap: 4mm; margin: 6mm 0 8mm 0; }
.chip { display: inline-flex; align-items: center; background: #CAE9FF; border-radius: 9mm; padding: 3mm 6mm 3mm 3mm; font-weight: 700; font-size: 11pt; color: #1B4965; }
.chip span { flex: 0 0 8mm; width: 8mm; height: 8mm; border-radius: 50%; border: 1.5px solid #1B4965; text-align: center; line-height: 7.5mm; font-size: 9pt; margin-right: 3mm; }
.exp { display: flex; gap: 4mm; margin-bottom: 4mm; }
.exp .n { flex: 0 0 8mm; font-size: 16pt; font-weight: 700; color: #5FA8D3; }
"""


def sections():
    fw = paras(
        "Drugs and alcohol harm people in every part of Suffolk: through addiction, through the crime and "
        "exploitation of drug markets, and through deaths that could be prevented.",
        "The Suffolk Combating Drugs Partnership brings together Suffolk County Council public health, Suffolk "
        "Constabulary, the Police and Crime Commissioner, the NHS, the Probation Service, HMP Highpoint and HMP "
        "Warren Hill, treatment providers, Border Force and people with lived experience.",
        "This strategy sets four priorities for 2025–2028.")
    fw += "<p><b>Senior Responsible Owner, Suffolk Combating Drugs Partnership</b></p>"
    nat = ("<p>The national drugs strategy, <i>From harm to hope</i> (2021), sets three strategic priorities for "
           "every area:</p><ol><li>Break drug supply chains.</li><li>Deliver a world-class treatment and recovery "
           "system.</li><li>Achieve a generational shift in the demand for drugs.</li></ol><p>These are national "
           "priorities; ours are on page 6.</p><h2>Our principles</h2>" + ul([
               ("Lived experience", "shapes every decision."), ("No wrong door:", "any service can start someone on the road to help."),
               ("Families matter:", "we support the people around someone who uses drugs.")], bold_lead=True))
    ctx = "<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Suffolk (illustrative)", "Figure"], [
            ("Adults in drug or alcohol treatment", "3,420"), ("Drug poisoning deaths (three years)", "121"),
            ("Alcohol-specific deaths (three years)", "148"), ("County lines active at any time", "18"),
            ("Prison leavers engaging with treatment within three weeks", "38%")])
    ctx += ("<h2>Our last strategy</h2><p>Our 2022–2025 plan had three aims: Reduce supply; Reduce demand; and Build "
            "recovery. This strategy keeps them in spirit but is more specific.</p>")
    pri = paras("We have four priorities for 2025–2028.")
    pri += '<h2>Our four priorities</h2><div class="chips">' + "".join(
        f'<div class="chip"><span>{i}</span>{e(n)}</div>' for i, (n, _) in enumerate(PRIORITIES, 1)) + "</div>"
    pri += "".join(f'<div class="exp"><div class="n">{i}</div><div>{e(d)}</div></div>'
                   for i, (_, d) in enumerate(PRIORITIES, 1))
    dl = paras("Delivery sits with three workstreams.") + table(
        ["Workstream", "Main actions 2025/26", "Lead"], [
            ("Supply", "Port intelligence cell; county lines intensification weeks", "Suffolk Constabulary"),
            ("Treatment and recovery", "Rural outreach van; recovery cafés; naloxone in hostels", "Public health"),
            ("Criminal justice", "Custody referral; prison release link workers", "Probation Service")])
    gov = paras("The partnership reports to the national Joint Combating Drugs Unit and to the Health and Wellbeing "
                "Board. Baselines are illustrative.") + table(
        ["Outcome", "Baseline", "Aim"], [
            ("County lines closed", "26", "Up"), ("Adults in treatment", "3,420", "Up by 20%"),
            ("Drug and alcohol deaths", "269", "Down"), ("Prison leavers engaging within three weeks", "38%", "75%")])
    gov += '<p class="note">Contact: cdp@suffolk.example</p>'
    return [("fw", "Foreword", fw), ("nat", "The national strategy", nat), ("ctx", "Suffolk today", ctx),
            ("pri", "Where we will focus", pri), ("del", "Delivery", dl), ("gov", "Outcomes and governance", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">SUFFOLK COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>Strategy to reduce drug and alcohol harm</h1><div class="yr">2025 – 2028</div></div>')
    return build_html(root, FILE, "combating_drugs.html", TITLE, CSS, cover, sections(), "")
