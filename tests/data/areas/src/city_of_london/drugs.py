"""City of London Combating Drugs Partnership Strategy 2024-2027: HTML printed by Chromium (DejaVu Sans, DejaVu
Serif on the mugs).

Four priorities, stated once, on p6 ("Four conversations we will keep having"): **printed on four drawn coffee
mugs** in a row of two by two, a CSS mug body with a handle and a saucer, the priority in serif bold on the mug;
under each saucer a grey "Ask us about: ..." line.  Distractors: the principles (p3), the national *From harm to
hope* priorities (p5), the "Ask us about" lines (p6), the workstream names in the delivery table (p7) and the
outcomes table (p8).
"""
from city_of_london.work import base_css, build_html, e, paras, table, ul

FILE = "strategies/city_of_london_combating_drugs_partnership_strategy_2024-27.pdf"
TITLE = "City of London Combating Drugs Partnership Strategy 2024–2027"

MUGS = [
    ("Breaking drug supply into and through the Square Mile", "closure orders, venue searches, county lines", "#6B4226"),
    ("Getting more people into treatment, and keeping them there", "outreach, arrest referral, waiting times", "#2F6F5E"),
    ("Recovery that lasts: homes, work and friendships", "peer mentors, housing, jobs", "#8A3B5C"),
    ("Reducing demand for drugs among people who work in and visit the City", "employers, venues, campaigns",
     "#345995"),
]

CSS = base_css("'DejaVu Sans', sans-serif", "#3B2A20", "#C57B38", "City of London Combating Drugs Partnership",
               footer_fmt='"Page " counter(page) " of 8"', size="8.8pt") + """
.cover { background: #F4EDE4; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 10pt; font-weight: 700; color: #3B2A20; }
.cover h1 { position: absolute; left: 20mm; top: 95mm; margin: 0; font: 700 28pt 'DejaVu Serif', serif;
  width: 170mm; color: #3B2A20; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 15pt; color: #C57B38; }
.cover .band { position: absolute; left: 0; right: 0; bottom: 0; height: 35mm; background: #3B2A20; }
.mugs { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm 10mm; margin-top: 6mm; }
.mug { position: relative; height: 72mm; }
.mug .body { position: absolute; left: 6mm; top: 0; width: 56mm; height: 58mm; border-radius: 2mm 2mm 12mm 12mm;
  color: #fff; padding: 9mm 5mm 4mm 5mm; font: 700 11.5pt/1.3 'DejaVu Serif', serif; text-align: center; }
.mug .rim { position: absolute; left: 6mm; top: 0; width: 56mm; height: 3mm; background: rgba(255,255,255,.35); }
.mug .handle { position: absolute; left: 58mm; top: 12mm; width: 18mm; height: 26mm; border: 4.5mm solid;
  border-left: none; border-radius: 0 12mm 12mm 0; }
.mug .saucer { position: absolute; left: 0; top: 57mm; width: 70mm; height: 4mm; border-radius: 50%; background: #D8CFC4; }
.mug .ask { position: absolute; left: 0; top: 63mm; width: 75mm; font-size: 7.4pt; color: #777; }
"""


def mugs():
    h = '<div class="mugs">'
    for name, ask, col in MUGS:
        h += (f'<div class="mug"><div class="handle" style="border-color:{col}"></div>'
              f'<div class="body" style="background:{col}">{e(name)}</div><div class="rim"></div>'
              f'<div class="saucer"></div><div class="ask">Ask us about: {e(ask)}</div></div>')
    return h + "</div>"


def sections():
    fw = paras(
        "Drugs cause harm in the Square Mile in ways that are easy to miss. Most of the people who use drugs here "
        "do not live here: they work here, or come here at night. The supply that serves them is run by organised "
        "groups from outside the City, and the harm lands on families, workplaces and the health service.",
        "The City of London Combating Drugs Partnership brings together the City of London Corporation, the City of "
        "London Police, the NHS, the Probation Service, treatment providers and employers. This strategy is our "
        "local response to the national drugs strategy.")
    fw += "<p><b>Senior Responsible Owner, City of London Combating Drugs Partnership</b></p>"
    fw += "<h2>Our principles</h2>" + ul([
        ("Evidence first:", "we act on what the data and people with lived experience tell us."),
        ("No wrong door:", "anyone asking for help is helped, wherever they ask."),
        ("Kind and firm:", "help for people who use drugs, no let-up for those who supply them.")], bold_lead=True)
    ctx = ("<p>All figures are illustrative and are not official statistics.</p>" + table(
        ["Indicator (illustrative)", "City of London", "Trend"], [
            ("Adults in drug treatment living in the City", "64", "Stable"),
            ("City workers referred by occupational health", "120", "Rising"),
            ("Drug supply offences", "210", "Rising"),
            ("Positive drug tests on arrest", "38%", "Stable"),
            ("Workers who say they have used cocaine in the last year (survey)", "9%", "Rising")]) +
        "<h2>What our needs assessment found</h2>" + ul([
            "Cocaine is the drug most linked to harm in the City, at work and in nightlife.",
            "Few of the people who need treatment live here, so we work with the boroughs where they do.",
            "Supply into the City is run by groups that also operate county lines."]))
    nat = ("<p>The national drugs strategy, <i>From harm to hope</i> (2021), has three strategic priorities:</p>" + ul([
        "Break drug supply chains", "Deliver a world-class treatment and recovery system",
        "Achieve a generational shift in demand for drugs"]) +
        "<p>It also sets national outcomes: reducing drug use, reducing drug-related crime, reducing drug-related "
        "deaths and harm, and increasing engagement in treatment and recovery. Our priorities on page 6 are our "
        "local response.</p><h2>Who is in the partnership</h2><p>City of London Corporation; City of London "
        "Police; NHS North East London; the Probation Service; the treatment provider for the City; employer "
        "representatives; the British Transport Police.</p>")
    pri = (paras("We have agreed four priorities for 2024–2027. We think of them as four conversations we will "
                 "keep having, with each other and with the people we serve.") + mugs())
    dl = paras("Each priority is led by a workstream with a named lead.") + table(
        ["Workstream", "Main actions 2024/25", "Lead"], [
            ("Supply", "Closure orders; searches with venues; disrupting county lines", "City of London Police"),
            ("Treatment", "Outreach in the night-time economy; arrest referral; shorter waits", "City Corporation"),
            ("Recovery", "Peer mentors; supported housing; work placements", "Treatment provider"),
            ("Demand", "Employer charter; campaign with venues; testing for managers", "City Corporation")])
    out = paras("We will report these outcomes to the partnership each quarter. Baselines are illustrative.") + table(
        ["Outcome", "Baseline", "Ambition by 2027"], [
            ("Drug supply disruptions", "35", "60"), ("City residents in treatment", "64", "80"),
            ("People completing treatment who do not return", "42%", "50%"),
            ("Employers signed up to the charter", "18", "100")])
    out += "<h2>Governance</h2>" + paras(
        "The partnership reports to the City Corporation's Health and Wellbeing Board and to the national Joint "
        "Combating Drugs Unit. Contact: drugspartnership@cityoflondon.example")
    return [("fw", "Foreword", fw), ("ctx", "Drugs in the City", ctx), ("nat", "The national picture", nat),
            ("pri", "Our priorities", pri), ("del", "Delivering the strategy", dl), ("out", "Outcomes and governance", out)]


def build(root):
    cover = ('<div class="cover"><div class="org">CITY OF LONDON COMBATING DRUGS PARTNERSHIP</div>'
             '<h1>From harm to hope in the Square Mile</h1><div class="yr">Strategy 2024 – 2027</div>'
             '<div class="band"></div></div>')
    return build_html(root, FILE, "drugs.html", TITLE, CSS, cover, sections())
