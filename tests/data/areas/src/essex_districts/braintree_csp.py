"""Braintree District Community Safety Partnership plan 2025-2028: house style N (reportlab), each priority a
bold line on a square sticky note pinned to a cork board, two notes a row (p5)."""
from .kit_rl import Doc, StickyNotes
from .shared import csp

FILE = "strategies/braintree_district_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Anti-social behaviour", "Nuisance in parks, town centres and on new estates in Braintree, Witham and "
                              "Halstead."),
    ("Domestic abuse", "Recognising it early and making sure victims know where to turn."),
    ("Rural crime", "Theft of machinery, fuel and livestock; hare coursing in the north of the district."),
    ("Hoarding and fire risk in people's homes", "A joined-up response with the fire service, housing and "
                                                 "adult social care."),
]
D = csp(
    font="liberation-sans", c1="#7a2e8c", c2="#3a8d7e", org="Braintree District Community Safety Partnership",
    short="Braintree District CSP \u2013 Plan 2025\u20132028", folio="Page {n}",
    pdf_title="Braintree District Community Safety Partnership Plan 2025-2028",
    title_lines=["Community Safety", "Partnership Plan"], years="2025\u20132028",
    pri_title="What's on our board", foreword_title="Introduction",
    foreword=["The partnership's priorities board hangs in the community safety hub. Every partner can see "
              "it, and every meeting starts there.",
              "We reviewed last year's board against the strategic assessment and resident feedback, and "
              "pinned up four priorities for 2025\u20132028."],
    signed="Cabinet Member for Communities, Braintree District Council",
    previous=["ASB", "Domestic abuse", "Vulnerable people", "Rural and business crime"],
    context_intro="Braintree district has about 155,000 residents (illustrative), three towns and 60 villages.",
    stats=[("2,400", "ASB reports"), ("1,020", "DA incidents"), ("290", "rural crimes"),
           ("18", "hoarding fires")],
    findings=["Hoarding was a factor in a quarter of serious house fires (illustrative).",
              "Repeat domestic abuse victims make up 40% of cases.",
              "New estates lack youth provision, linked to summer ASB."],
    pri_intro="Four priorities, pinned up by the partnership in March 2025.",
    actions=[("ASB", "Youth provision on three new estates", "District council"),
             ("Domestic abuse", "Training for frontline council staff", "District council"),
             ("Rural crime", "Farm watch and tool marking events", "Essex Police"),
             ("Hoarding", "A multi-agency hoarding protocol and panel", "Essex Fire and Rescue Service")],
    measures=["ASB on new estates", "Repeat DA victims", "Hoarding cases closed with risk reduced"],
    governance="The partnership board meets quarterly and reports to the Scrutiny Committee.",
    contact="csp@braintree.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [StickyNotes(d, PRIORITIES, ["#fff176", "#ffab91", "#a5d6a7", "#81d4fa"])])
