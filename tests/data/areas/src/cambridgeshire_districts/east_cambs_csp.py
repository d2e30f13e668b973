"""East Cambridgeshire Community Safety Partnership Plan 2025-2028 (reportlab long-form: coloured header band
with the chapter name, centred "Page N of M", lettered statement (a)-(e), two-column 'area' chapter)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("ECA1", "Tackling anti-social behaviour in Ely, Soham, Littleport and our villages", "Anti-social behaviour",
       "asb", "ASB Tasking Group", "Most calls to the council and the police about nuisance come from three towns, "
       "but villages told us they feel forgotten.",
       ["Hold a monthly ASB tasking meeting with parish representatives", "Use mobile CCTV in the three busiest sites",
        "Run summer diversionary activities in Soham and Littleport"], "Fewer repeat ASB locations."),
    pr("ECA2", "Protecting farms and rural communities from crime", "Rural crime", "rural", "Rural Crime Group",
       "Machinery theft, fuel theft and hare coursing cost farms money and cause fear.",
       ["Support farm watch and rural WhatsApp groups", "Mark machinery and GPS units at free events",
        "Share patrol plans for hare coursing season with neighbouring districts"], "More rural crime reported, fewer repeat farms."),
    pr("ECA3", "Reducing speeding and anti-social driving on village roads", "Village roads", "roads",
       "Roads Working Group", "Speeding is the first concern raised at almost every parish council meeting.",
       ["Train and equip new Community Speedwatch groups", "Share speed data with the highway authority",
        "Target car meets on industrial estates"], "Fewer vehicles over the limit at monitored sites."),
    pr("ECA4", "Protecting older and vulnerable residents from fraud and scams", "Scams", "fraud",
       "Safeguarding Adults Group", "Older residents are targeted by doorstep, phone and online scams.",
       ["Fit call blockers for repeat targets", "Run scams awareness with banks and pharmacies"],
       "More scam victims referred for support."),
    pr("ECA5", "Supporting people affected by domestic abuse in rural areas", "Domestic abuse", "da",
       "Domestic Abuse Forum", "Isolation and poor transport make it harder to seek help in rural areas.",
       ["Offer outreach appointments in village halls and GP surgeries", "Train parish and faith leaders to spot abuse"],
       "More referrals from rural parishes."),
]

D = dict(
    file="east_cambridgeshire_community_safety_partnership_plan_2025-28.pdf",
    title="East Cambridgeshire Community Safety Partnership Plan 2025\u20132028",
    cover_title="Community Safety Partnership Plan", short="East Cambridgeshire CSP Plan",
    body="the East Cambridgeshire Community Safety Partnership", org="East Cambridgeshire Community Safety Partnership",
    years="2025\u20132028", place="East Cambridgeshire", seed=202, ref="EC", agreed="2025",
    style=dict(body_font="liberation-sans", head_font="liberation-sans", c1="#3d5a2a", c2="#b58a1b", c3="#eef2e6",
               header="band", footer="Page {n} of {m}", footer_pos="centre", contents="rule", cover="stripe",
               fn_reserve=16, size=9.8),
    signed="Chair of the East Cambridgeshire Community Safety Partnership",
    topics=["asb", "rural", "roads", "fraud", "da"], twocol=["area"], statement="lettered",
    statement_intro="The partnership will concentrate its shared effort on five priorities for the next three years:",
    titles={"area": "Our district", "evidence": "The strategic assessment", "priorities": "Priorities for 2025 to 2028"},
    priorities=P,
    previous=dict(years="2022\u20132025", items=[
        ("Anti-social behaviour in town centres", "Reports fell in Ely, rose in Soham."),
        ("Rural and farm crime", "Farm watch doubled its membership."),
        ("Protecting vulnerable people", "Scams work moved to trading standards."),
        ("Road safety in villages", "Eleven Speedwatch groups active.")]),
    tiles=[("91,000", "residents in three towns and over fifty villages"), ("11", "Community Speedwatch groups"),
           ("1 in 3", "farms reported a theft in the last two years"), ("64%", "of scam victims aged over 70")],
    findings=["ASB is concentrated in Ely, Soham and Littleport", "Farm thefts are under-reported",
              "Speeding is the top concern at parish meetings", "Scam victims are mostly older residents living alone",
              "Domestic abuse victims in villages wait longer before seeking help"],
    quote="We see the same cars racing through the village every night and nobody seems able to stop it.",
    measures=measures_from(P, [("Repeat ASB locations", "17", "Fewer"), ("Repeat farm victims", "29", "Fewer"),
                               ("Vehicles over the limit at Speedwatch sites", "9%", "Fewer"),
                               ("Scam victims referred for support", "140", "More"),
                               ("Domestic abuse referrals from rural parishes", "210", "More")]),
    groups=[("Community Safety Partnership Board", "District council", "Quarterly", "Council scrutiny"),
            ("ASB Tasking Group", "Police sergeant", "Monthly", "Board"), ("Rural Crime Group", "Police rural team", "Bi-monthly", "Board"),
            ("Roads Working Group", "Highways officer", "Quarterly", "Board")],
    data=data_rows(["Ely North", "Ely East", "Soham North", "Soham South", "Littleport", "Burwell", "Sutton", "Haddenham"],
                   extra=[("Speedwatch sessions held", "Speedwatch returns"), ("Call blockers fitted", "Trading standards")]),
    glossary=[("Community Speedwatch", "Volunteers who record speeding vehicles; the police write to the owners."),
              ("Hare coursing", "Using dogs to chase hares, an offence that often involves trespass and intimidation.")],
    contacts=["Community Safety, East Cambridgeshire District Council, Ely (illustrative address)",
              "Email: csp@eastcambs-csp.example", "Telephone: 01353 000 000 (illustrative)"],
)


def build(out_root):
    return build_strategy(D, out_root)
