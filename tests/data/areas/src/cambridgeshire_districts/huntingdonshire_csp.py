"""Huntingdonshire Community Safety Partnership Strategy 2025-2028 (reportlab long-form: rule header, contents
with the page number first, statement in a shaded box with a numbered list, two-column intro and area)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("HUN1", "Tackling anti-social behaviour and its impact on residents", "ASB and its impact", "asb",
       "Problem Solving Group", "ASB affects quality of life in every town, from St Neots to Ramsey.",
       ["Run an ASB awareness week each year", "Offer mediation for neighbour disputes",
        "Use the ASB case review to put victims first"], "Fewer repeat victims of ASB."),
    pr("HUN2", "Reducing domestic abuse and supporting those affected by it", "Domestic abuse", "da",
       "Domestic Abuse Local Forum", "Domestic abuse is the largest single source of violent crime in the district.",
       ["Place a domestic abuse adviser in the council's housing team", "Train staff in every partner organisation"],
       "More victims engaging with support."),
    pr("HUN3", "Preventing the exploitation of children and vulnerable adults", "Exploitation", "exploitation",
       "Vulnerability Group", "County lines reach St Neots and Huntingdon, using children and the homes of vulnerable adults.",
       ["Share intelligence on cuckooing at the weekly vulnerability meeting", "Support schools to run exploitation sessions"],
       "More children and adults identified early."),
    pr("HUN4", "Reducing shoplifting and business crime in our market towns", "Business crime", "asb",
       "Business Crime Group", "Retailers report daily thefts and abuse of staff.",
       ["Relaunch the business crime reduction partnership", "Share images of prolific offenders under a data agreement"],
       "Fewer shoplifting offences and more staff who report abuse."),
    pr("HUN5", "Preventing people from being drawn into terrorism and extremism", "Prevent", "prevent",
       "Prevent Delivery Group", "Referrals are low, but online radicalisation of young people is rising nationally.",
       ["Deliver Prevent training to front-line staff", "Run a Channel panel with the county council"],
       "More appropriate Prevent referrals."),
]

D = dict(
    file="huntingdonshire_community_safety_partnership_strategy_2025-28.pdf",
    title="Huntingdonshire Community Safety Partnership Strategy 2025\u20132028",
    cover_title="Huntingdonshire Community Safety Partnership: Strategy", short="Huntingdonshire CSP",
    body="the Huntingdonshire Community Safety Partnership", org="Huntingdonshire District Council",
    years="2025\u20132028", place="Huntingdonshire", seed=404, ref="HU", agreed="2025",
    style=dict(body_font="liberation-serif", head_font="liberation-sans", c1="#5b2a6e", c2="#d07a1f", c3="#f1e8f4",
               header="rule", footer="Page {n} of {m}", footer_pos="outer", footer_left="Huntingdonshire CSP Strategy",
               contents="numfirst", cover="block", fn_reserve=16, size=10.2, justify=True),
    signed="Chair, Huntingdonshire Community Safety Partnership",
    topics=["asb", "da", "exploitation", "prevent"], twocol=["intro", "area"], statement="boxed",
    box_title="Our priorities for 2025\u20132028",
    statement_intro="Five priorities will guide the partnership's joint work. Each was tested with residents and partners.",
    priorities=P,
    previous=dict(years="2022\u20132025", items=[
        ("Anti-social behaviour", "Mediation service launched."), ("Domestic abuse", "Sanctuary scheme extended."),
        ("Exploitation of young people", "Joint training for 400 staff."), ("Business crime", "Radio link scheme paused.")]),
    tiles=[("182,000", "residents across four market towns"), ("26%", "of violent crime is domestic-abuse related"),
           ("4,100", "shoplifting offences a year"), ("9", "Prevent referrals in a year")],
    findings=["ASB has fallen, but repeat victims have not", "Domestic abuse is rising in recorded figures",
              "County lines use the A1 and A14 corridors", "Shoplifting has risen sharply in St Neots",
              "Prevent referrals are low compared with similar districts"],
    quote="The shop gets hit most days. Staff are scared to challenge anyone now.",
    measures=measures_from(P, [("Repeat victims of ASB", "310", "Fewer"), ("Victims engaging with support", "58%", "More"),
                               ("Children identified at risk of exploitation", "85", "More"),
                               ("Shoplifting offences", "4,100", "Fewer"), ("Prevent referrals", "9", "More")]),
    groups=[("Huntingdonshire CSP Board", "District council", "Quarterly", "Scrutiny panel"),
            ("Problem Solving Group", "Police", "Monthly", "Board"), ("Vulnerability Group", "County council", "Weekly", "Board"),
            ("Business Crime Group", "Chamber of commerce", "Quarterly", "Board")],
    data=data_rows(["Huntingdon North", "Huntingdon East", "St Neots Eatons", "St Neots Priory Park", "St Ives West",
                    "Ramsey", "Godmanchester", "Yaxley"], extra=[("Prevent referrals", "Home Office")]),
    glossary=[("Channel", "The multi-agency panel that supports people at risk of radicalisation."),
              ("Prevent", "The national programme to stop people becoming terrorists or supporting terrorism.")],
    contacts=["Community Safety Team, Pathfinder House, Huntingdon (illustrative address)", "Email: csp@hunts-csp.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
