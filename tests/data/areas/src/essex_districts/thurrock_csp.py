"""Thurrock Community Safety Partnership plan 2025-2028: HTML/CSS -> Chromium, Thurrock's own design. Each
priority is painted on the side of a ribbed shipping container, stacked two a row in a port yard (p5), with a
container code above it."""
from .kit_html import CONTAINERS_CSS, containers, document
from .shared import csp

FILE = "strategies/thurrock_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Tackling anti-social behaviour, including off-road bikes", "Grays, Tilbury, Purfleet and Stanford-le-Hope."),
    ("Serious youth violence and gangs", "Prevention and diversion for young people drawn into violence."),
    ("Domestic abuse", "Protecting victims and their children, and challenging abusers."),
    ("Modern slavery and exploitation at the ports", "Spotting and stopping trafficking and forced labour."),
    ("Drug supply and county lines", "Disrupting dealers and protecting the people they use."),
]
D = csp(
    font="Liberation Sans", c1="#23395b", c2="#e07b00", org="Thurrock Community Safety Partnership",
    short="Thurrock CSP \u2013 Community Safety Plan 2025 to 2028", folio="{n} | Thurrock CSP",
    pdf_title="Thurrock Community Safety Partnership Plan 2025-2028",
    title_lines=["Community Safety", "Plan"], years="2025 to 2028", pri_title="Our priorities, loaded and ready",
    foreword=["Thurrock sits on the Thames, with three ports, Lakeside and fast-growing towns. The same "
              "connections that bring jobs also bring exploitation and organised crime.",
              "This plan sets out five priorities agreed by every responsible authority."],
    signed="Chair, Thurrock Community Safety Partnership",
    previous=["Violence and vulnerability", "Anti-social behaviour", "Domestic abuse", "Hate crime",
              "Extremism"],
    context_intro="Thurrock has about 178,000 residents (illustrative) and is a unitary authority.",
    stats=[("5,200", "ASB reports"), ("140", "youth violence offences"), ("1,900", "DA incidents"),
           ("64", "slavery referrals")],
    findings=["Off-road bikes are the top ASB complaint.",
              "Port-linked slavery referrals have doubled (illustrative).",
              "Most youth violence involves a small number of groups."],
    pri_intro="Five priorities, each with a lead partner and an action plan.",
    actions=[("ASB", "Off-road bike seizures and a reporting app", "Essex Police"),
             ("Youth violence", "Gangs mentoring with the Youth Offending Service", "Thurrock Council"),
             ("Domestic abuse", "Sanctuary scheme and IDVA at Basildon Hospital", "Thurrock Council"),
             ("Modern slavery", "Awareness with port operators and hauliers", "Anti-Slavery Network"),
             ("Drugs", "Closure orders and a cuckooing protocol", "Essex Police")],
    measures=["Off-road bike reports", "Youth violence offences", "Slavery referrals from ports"],
    governance="The partnership reports to Thurrock's Cleaner, Greener and Safer Overview and Scrutiny "
               "Committee.",
    contact="csp@thurrock.example",
)


def build(out_root):
    return document(D, containers(PRIORITIES, ["#b03a2e", "#1f618d", "#117a65", "#7d6608", "#6c3483"],
                               ["#c4544a", "#3478a4", "#2c8f7b", "#93802a", "#80529a"]),
                    CONTAINERS_CSS, out_root / FILE)
