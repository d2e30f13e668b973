"""Brentwood Community Safety Partnership plan 2025-2028: house style D (Chromium departure board) in maroon
(p5)."""
from .kit_html import DEPARTURES_CSS, departures, document
from .shared import csp

FILE = "strategies/brentwood_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Anti-social behaviour", "parks, the high street, Shenfield and Ingatestone"),
    ("Safety in the night-time economy", "Brentwood High Street venues, taxi marshals, Street Pastors"),
    ("Scams and fraud against older residents",
     "Trading Standards, banks, call blockers, Neighbourhood Watch"),
    ("Stalking and harassment", "the stalking clinic, advocates, online safety sessions"),
]
D = csp(
    font="Liberation Serif", c1="#6d1a36", c2="#b5835a", org="Brentwood Community Safety Partnership",
    short="Brentwood CSP \u00b7 2025\u20132028", folio="\u2014 {n} \u2014",
    pdf_title="Brentwood Community Safety Partnership Plan 2025-2028",
    title_lines=["Community Safety", "Partnership Plan"], years="2025\u20132028", pri_title="Next departures",
    foreword=["Brentwood is one of the safest boroughs in Essex. Our residents expect it to stay that way, and "
              "this plan focuses on the harms they raise with us most.",
              "Crime that is hidden \u2013 scams that target older people, stalking that happens online \u2013 is "
              "as important to us as what people see on the street."],
    signed="Chair, Brentwood Community Safety Partnership",
    previous=["Anti-social behaviour", "Vulnerable people", "Road safety", "Domestic abuse"],
    context_intro="Brentwood borough has about 77,000 residents (illustrative); one in five is over 65.",
    stats=[("1,900", "ASB reports"), ("\u00a31.2m", "lost to scams"), ("210", "stalking offences"),
           ("36", "licensed late venues")],
    findings=["Residents over 75 lose the most money to doorstep and phone scams.",
              "Weekend violence is concentrated in two streets between 11pm and 3am.",
              "Stalking reports have risen by half, many of them online."],
    pri_intro="These four priorities were agreed by the partnership board in February 2025.",
    actions=[("ASB", "Dispersal and community protection notices in hotspots", "Essex Police"),
             ("Night-time economy", "Best Bar None and a safe haven on Friday and Saturday nights", "Council"),
             ("Scams", "Call blockers and banking protocol training", "Trading Standards"),
             ("Stalking", "Fund a stalking advocate one day a week", "PFCC grant")],
    measures=["ASB reports per 1,000 residents", "Money saved by scam interventions (illustrative)",
              "Stalking victims supported by an advocate"],
    governance="The partnership reports twice a year to the Community, Health and Wellbeing Committee.",
    contact="safer.brentwood@brentwood.example",
)


def build(out_root):
    css = DEPARTURES_CSS % {"frame": "#6d1a36", "amber": "#ffb347"}
    return document(D, departures(PRIORITIES, status="Boarding"), css, out_root / FILE)
