"""South Cambridgeshire Community Safety Partnership Plan 2025-2028 (reportlab long-form: header band, footer
page numbers on the outer edge, the priorities chapter in two columns with bold run-in priorities)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("SCA1", "Keeping our villages safe from burglary and vehicle crime", "Burglary and vehicle crime", "context",
       "Neighbourhood Crime Group", "Burglary and thefts from vans hit villages near the A14 and M11.",
       ["Fund target-hardening for repeat victims", "Run tool-marking events for tradespeople"], "Fewer repeat burglaries."),
    pr("SCA2", "Tackling rural crime and hare coursing", "Rural crime", "rural", "Rural Crime Group",
       "Farmers report hare coursing, machinery theft and damage to crops.",
       ["Join up rural patrols with neighbouring districts", "Support landowners to secure field entrances"],
       "Fewer repeat rural victims."),
    pr("SCA3", "Reducing speeding and dangerous driving through our villages", "Speeding", "roads", "Roads Group",
       "Parish councils raise speeding more than any other issue.",
       ["Lend speed indicator devices to parishes", "Support Community Speedwatch in every willing village"],
       "Fewer speeding vehicles at monitored sites."),
    pr("SCA4", "Protecting residents from scams, doorstep crime and online fraud", "Fraud and scams", "fraud",
       "Vulnerable Adults Group", "Fraud is the crime residents are most likely to suffer, and the least likely to report.",
       ["Offer scams talks to village groups", "Set up no cold calling zones where residents ask for them"],
       "More fraud victims supported."),
    pr("SCA5", "Reducing domestic abuse and supporting families affected by it", "Domestic abuse", "da",
       "Domestic Abuse Group", "Domestic abuse is under-reported in rural areas.",
       ["Fund a rural outreach worker", "Train housing officers to respond to disclosures"],
       "More families supported earlier."),
]

D = dict(
    file="south_cambridgeshire_community_safety_partnership_plan_2025-28.pdf",
    title="South Cambridgeshire Community Safety Partnership Plan 2025\u20132028",
    cover_title="Community Safety Partnership Plan", short="South Cambridgeshire CSP Plan 2025\u201328",
    body="the South Cambridgeshire Community Safety Partnership", org="South Cambridgeshire District Council",
    years="2025 \u2013 2028", place="South Cambridgeshire", seed=505, ref="SC", agreed="2025",
    style=dict(body_font="dejavu", head_font="dejavu", c1="#7a1f2b", c2="#3b6e8f", c3="#f6ebe9",
               header="band", footer="Page {n} of {m}", footer_pos="outer", contents="dots", cover="frame",
               fn_reserve=14, size=9.2),
    signed="Lead Cabinet Member for Community Safety, and the Chair of the partnership",
    topics=["rural", "roads", "fraud", "da"], twocol=["priorities", "evidence"], statement="runin",
    titles={"area": "South Cambridgeshire in numbers", "priorities": "Priorities"},
    statement_intro="The partnership has chosen five priorities. In each case the first words in bold state the "
                    "priority; the sentence after it explains why.",
    detail_head="{short}",
    priorities=P,
    previous=dict(years="2022\u20132025", items=[
        ("Burglary and rural crime", "Burglary fell by a fifth."), ("Road safety", "Speed indicator devices bought."),
        ("Scams and fraud", "Trading standards partnership set up."), ("Domestic abuse", "Rural outreach piloted.")]),
    tiles=[("165,000", "residents in over a hundred villages"), ("1 in 5", "burglaries are repeat victims"),
           ("52", "villages asked for speed checks"), ("3 in 4", "fraud victims did not report to the police")],
    findings=["Burglary is concentrated near main roads", "Hare coursing and machinery theft are rising",
              "Speeding is the top parish concern", "Fraud victims are mostly over 65",
              "Domestic abuse is under-reported in villages"],
    quote="We're a small village. If you report your husband, everyone knows by the weekend.",
    measures=measures_from(P, [("Repeat burglaries", "96", "Fewer"), ("Repeat rural victims", "41", "Fewer"),
                               ("Vehicles over the limit", "11%", "Fewer"), ("Fraud victims supported", "220", "More"),
                               ("Families supported", "180", "More")]),
    groups=[("South Cambridgeshire CSP Board", "District council", "Quarterly", "Scrutiny"),
            ("Neighbourhood Crime Group", "Police", "Monthly", "Board"), ("Roads Group", "Highways", "Quarterly", "Board")],
    data=data_rows(["Cambourne", "Sawston", "Histon and Impington", "Cottenham", "Linton", "Melbourn", "Bar Hill",
                    "Northstowe"], extra=[("Speed indicator device deployments", "District council")]),
    glossary=[("No cold calling zone", "An area where residents agree to refuse doorstep traders."),
              ("Target-hardening", "Better locks, lights and doors for homes at risk of burglary.")],
    contacts=["Community Safety, South Cambridgeshire Hall, Cambourne (illustrative address)", "Email: csp@scambs-csp.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
