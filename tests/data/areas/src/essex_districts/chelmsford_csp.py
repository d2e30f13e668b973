"""Safer Chelmsford Partnership plan 2025-2028: house style N (reportlab sticky notes) on a grey felt board
(p5); one note wraps over three lines."""
from .kit_rl import Doc, StickyNotes
from .shared import csp

FILE = "strategies/safer_chelmsford_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("A safer city centre at night", "Venues, taxis, safe spaces and the Street Angels."),
    ("Anti-social behaviour in our neighbourhoods", "Estates, parks and village greens."),
    ("Women and girls' safety in public spaces", "Parks, riverside paths, buses and the station."),
    ("Cuckooing and the exploitation of vulnerable adults", "Closure orders and safeguarding visits."),
    ("Retail crime and shoplifting", "Shopwatch, radios and banning notices with the BID."),
]
D = csp(
    font="dejavu-cond", c1="#14406b", c2="#c0392b", org="Safer Chelmsford Partnership",
    short="Safer Chelmsford Partnership \u00b7 Plan 2025\u20132028", folio="{n} | Safer Chelmsford",
    pdf_title="Safer Chelmsford Partnership Plan 2025-2028",
    title_lines=["Safer Chelmsford", "Partnership Plan"], years="2025\u20132028",
    pri_title="Five notes for the next three years",
    foreword=["Chelmsford is Essex's county city and its busiest night out. The city has grown quickly, and "
              "with it the range of harms we deal with.",
              "We asked partners and residents to write down the one thing they would change. The five notes "
              "on page 5 are the partnership's answer."],
    signed="Chair, Safer Chelmsford Partnership",
    previous=["Night-time economy", "ASB", "Exploitation and county lines", "Domestic abuse",
              "Hate crime"],
    context_intro="Chelmsford city has about 185,000 residents (illustrative) and 120 licensed premises.",
    stats=[("1 in 4", "violent crimes at night"), ("3,700", "ASB reports"), ("850", "shop thefts"),
           ("22", "cuckooed addresses")],
    findings=["Most violence happens between 10pm and 4am in the city centre.",
              "Women report feeling unsafe on riverside paths after dark.",
              "Shop theft has risen by a third since 2022 (illustrative)."],
    pri_intro="The partnership adopted five priorities in its 2025 annual meeting.",
    actions=[("Night-time", "Safe Haven and taxi marshals every weekend", "City council"),
             ("ASB", "Neighbourhood action panels in six wards", "City council"),
             ("Women and girls", "Lighting and CCTV on riverside paths", "City council"),
             ("Cuckooing", "Partnership visits to at-risk tenants", "Housing providers"),
             ("Retail", "Shopwatch radio scheme extended to Springfield", "BID")],
    measures=["Night-time violence with injury", "Women's feelings of safety (survey)",
              "Shop theft reports and repeat offenders"],
    governance="The partnership reports to the Chelmsford Policy Board twice a year.",
    contact="safer@chelmsford.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [StickyNotes(d, PRIORITIES, ["#ffe082", "#f8bbd0", "#c5e1a5", "#b3e5fc",
                                                                   "#ffcc80"], board="#8d8d8d")])
