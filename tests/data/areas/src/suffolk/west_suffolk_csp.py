"""West Suffolk Community Safety Partnership Plan 2025-2028: HTML printed by Chromium (Liberation Sans Narrow).

Four priorities, stated once, on p6 as **a horizontal four-step line**: four numbered discs on one rule across the
page, each priority in bold in its own column under its disc (wrapping over two to four lines), then a short
paragraph.  Distractors: the 2022-2025 priorities (p5), the statutory duties (p5), the key findings (p4), the short
delivery names (p7), the measures (p8).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "strategies/west_suffolk_community_safety_partnership_plan_2025-28.pdf"
TITLE = "West Suffolk Community Safety Partnership Plan 2025–2028"

PRIORITIES = [
    ("Anti-social behaviour in Bury St Edmunds, Haverhill, Mildenhall and Newmarket",
     "Town-centre and estate ASB, including off-road bikes and youth nuisance, with the ASB Case Review."),
    ("Rural, wildlife and heritage crime",
     "Farm and machinery theft, hare coursing, poaching and damage to historic sites on the Brecks."),
    ("Preventing suicide and self-harm in our communities",
     "Safer sites on rail lines and car parks, bereavement support, and training for front-line staff."),
    ("Drug and alcohol harm",
     "Fewer people harmed by drink and drugs, from town-centre drinking to treatment in the community."),
]

CSS = base_css("'Liberation Sans Narrow', 'Liberation Sans', sans-serif", "#3D5A3C", "#8AA05B",
               "West Suffolk Community Safety Partnership · Plan 2025–2028", footer_fmt='"Page " counter(page)',
               size="9.6pt") + """
.cover { background: #3D5A3C; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 25mm; font-size: 12pt; font-weight: 700; }
.cover h1 { position: absolute; left: 20mm; top: 120mm; margin: 0; font-size: 34pt; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 175mm; font-size: 18pt; color: #C9D9A5; }
.steps { position: relative; display: flex; gap: 5mm; margin: 10mm 0 6mm 0; }
.steps::before { content: ""; position: absolute; left: 9mm; right: 9mm; top: 6mm; border-top: 2.5px solid #8AA05B; }
.step { flex: 1; position: relative; }
.step .disc { width: 12mm; height: 12mm; border-radius: 50%; background: #3D5A3C; color: #fff; font-weight: 700; font-size: 12pt; text-align: center; line-height: 12mm; margin-bottom: 4mm; border: 2px solid #fff; position: relative; }
.step b { display: block; font-size: 12pt; color: #3D5A3C; line-height: 1.25; margin-bottom: 2mm; }
.step p { margin: 0; font-size: 9pt; color: #444; }
"""


def sections():
    fw = paras(
        "West Suffolk is a place of busy market towns, the home of horseracing at Newmarket, large military bases "
        "and the open country of the Brecks. It is a safe place to live, and we want to keep it that way.",
        "The West Suffolk Community Safety Partnership brings together West Suffolk Council, Suffolk County Council, "
        "Suffolk Constabulary, Suffolk Fire and Rescue Service, the NHS, the Probation Service, housing providers "
        "and voluntary groups.",
        "This plan sets out four priorities for the next three years. One of them, suicide prevention, is new for "
        "us: our partners asked us to use the partnership's reach to help.")
    fw += "<p><b>Chair, West Suffolk Community Safety Partnership</b></p>"
    ctx = "<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["West Suffolk (illustrative)", "Figure"], [
            ("Residents", "183,000"), ("ASB incidents a year", "2,950"), ("Rural crimes reported", "540"),
            ("Suspected suicides (three years)", "51"), ("Alcohol-related hospital admissions", "3,200"),
            ("Adults in drug or alcohol treatment", "710")])
    ctx += "<h2>Key findings</h2>" + ul([
        "ASB is concentrated in four towns, with off-road bikes the fastest-growing complaint.",
        "Rural crime is under-reported, especially by farmers who have been repeat victims.",
        "Most people who took their own lives had been in contact with at least one partner service.",
        "Alcohol causes more harm here than any drug."])
    prev = "<h2>Our priorities for 2022–2025</h2>" + ul(["Safer town centres", "Vulnerable people", "Rural communities"])
    prev += paras("The new plan keeps what residents still worry about and adds suicide prevention.")
    prev += "<h2>Our statutory duties</h2>" + ul([
        "Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending.",
        "Serious Violence Duty: work with the Suffolk Serious Violence Duty partnership.",
        "Domestic Homicide Reviews, now Domestic Abuse Related Death Reviews."])
    pri = paras("Our plan has four priorities. They are set out below in no order of importance.")
    pri += '<div class="steps">' + "".join(
        f'<div class="step"><div class="disc">{i}</div><b>{e(n)}</b><p>{e(d)}</p></div>'
        for i, (n, d) in enumerate(PRIORITIES, 1)) + "</div>"
    pri += paras("Domestic abuse, serious violence and exploitation remain important in West Suffolk. They are led "
                 "county-wide by the Suffolk Domestic Abuse Partnership and the Serious Violence Duty partnership, "
                 "and we support their strategies.")
    dl = paras("Each priority has a delivery group and an action plan.") + table(
        ["Short name", "Main actions 2025/26", "Lead"], [
            ("Towns", "Off-road bike taskforce; youth outreach in Haverhill; Public Spaces Protection Orders", "West Suffolk Council"),
            ("Rural", "Farm Watch; machinery marking; heritage site patrols", "Suffolk Constabulary"),
            ("Suicide", "Real-time surveillance of suspected suicides; training 400 staff", "Public health"),
            ("Substances", "Responsible retailing; outreach to street drinkers; naloxone", "Public health")])
    gov = paras("The partnership reports to the council's Overview and Scrutiny Committee and to the Police and Crime "
                "Commissioner. Baselines are illustrative.") + table(
        ["Measure", "Baseline", "Direction"], [
            ("ASB incidents in the four towns", "1,880", "Down"), ("Rural crimes reported", "540", "Up (reporting)"),
            ("Staff trained in suicide prevention", "120", "Up"), ("Alcohol-related admissions", "3,200", "Down")])
    gov += '<p class="note">Contact: community.safety@westsuffolk.example</p>'
    return [("fw", "Introduction", fw), ("ctx", "West Suffolk in figures", ctx), ("prev", "Where we start", prev),
            ("pri", "Our priorities", pri), ("del", "Delivery", dl), ("gov", "Governance and measures", gov)]


def build(root):
    cover = ('<div class="cover"><div class="org">WEST SUFFOLK COMMUNITY SAFETY PARTNERSHIP</div>'
             '<h1>Partnership Plan</h1><div class="yr">2025 – 2028</div></div>')
    return build_html(root, FILE, "west_suffolk_csp.html", TITLE, CSS, cover, sections(), "")
