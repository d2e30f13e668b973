"""Fenland Community Safety Partnership Strategy 2025-2028 (reportlab long-form: running title rotated in a side
strip, contents with rules, statement as a table 'Our priority | What it means | Lead group', the priorities
chapter placed before the evidence)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("FEN1", "Reducing anti-social behaviour in Wisbech, March, Whittlesey and Chatteris", "Town centres", "asb",
       "Town Centres Group", "Residents of all four market towns put ASB first.",
       ["Deploy joint council and police patrols at evening hotspots", "Fund youth clubs on Friday nights"],
       "Fewer repeat ASB locations in the four towns."),
    pr("FEN2", "Tackling hare coursing, fly-tipping and other rural crime", "Rural crime", "rural", "Rural Crime Group",
       "Fenland's open landscape makes it a target for hare coursing and fly-tipping.",
       ["Seize vehicles and dogs used for hare coursing", "Clear fly-tips within five working days",
        "Install covert cameras at repeat fly-tipping sites"], "Fewer fly-tips and repeat coursing locations."),
    pr("FEN3", "Tackling the exploitation of migrant and seasonal workers", "Labour exploitation", "slavery",
       "Exploitation Task Group", "Workers in agriculture and food processing are targeted by gangmasters and rogue landlords.",
       ["Hold joint inspections of houses in multiple occupation", "Provide advice sessions in five languages"],
       "More victims identified and referred to the National Referral Mechanism."),
    pr("FEN4", "Reducing hate crime and supporting its victims", "Hate crime", "hate", "Cohesion Group",
       "Hate crime reports are low, but surveys suggest it is common.",
       ["Open two more third-party reporting centres", "Monitor community tensions monthly"],
       "More hate crimes reported and victims supported."),
    pr("FEN5", "Reducing deliberate fires and arson", "Deliberate fires", "fire", "Fire Reduction Group",
       "Deliberate fires in bins, vehicles and derelict buildings are higher than elsewhere in the county.",
       ["Remove abandoned vehicles and waste quickly", "Run fire-setter education in secondary schools"],
       "Fewer deliberate fires."),
]

D = dict(
    file="fenland_community_safety_partnership_strategy_2025-28.pdf",
    title="Fenland Community Safety Partnership Strategy 2025\u20132028",
    cover_title="Fenland Community Safety Partnership Strategy", short="Fenland CSP Strategy",
    body="the Fenland Community Safety Partnership", org="Fenland District Council and partners",
    years="2025 to 2028", place="Fenland", seed=303, ref="FE", agreed="2025",
    style=dict(body_font="dejavu-cond", head_font="liberation-serif", c1="#1f3b73", c2="#2a8c82", c3="#e3ecf6",
               header="side", footer="Page {n} of {m}", footer_pos="right", contents="rule", cover="frame",
               fn_reserve=16, size=9.8, justify=True),
    signed="Portfolio Holder for Community Safety, Fenland District Council, and the Chair of the partnership",
    topics=["asb", "rural", "slavery", "hate", "fire"], statement="table",
    order=["intro", "priorities", "area", "evidence", "delivery", "measures", "governance", "equality"],
    titles={"area": "Fenland today", "priorities": "What we will focus on"},
    statement_intro="The table below sets out the partnership's priorities, what each means and which group leads it.",
    priorities=P,
    previous=dict(years="2021\u20132024", items=[
        ("Anti-social behaviour and street drinking", "Wisbech PSPO renewed."),
        ("Rural crime", "Hare coursing prosecutions increased."),
        ("Modern slavery and exploitation", "Joint inspections began."),
        ("Community cohesion", "Cohesion forum set up in Wisbech.")]),
    tiles=[("103,000", "residents, with four market towns"), ("1 in 9", "workers employed in agriculture or food processing"),
           ("430", "fly-tipping incidents a quarter"), ("2x", "the county rate of deliberate vehicle fires")],
    findings=["Wisbech has the highest ASB rate in the county", "Hare coursing reports peak from September to March",
              "Labour exploitation is linked to overcrowded housing", "Hate crime is under-reported",
              "Deliberate fires cluster in the same places as ASB"],
    quote="The workers come and go, and nobody asks where they live or who takes their wages.",
    measures=measures_from(P, [("Repeat ASB locations", "22", "Fewer"), ("Fly-tipping incidents", "1,720", "Fewer"),
                               ("NRM referrals from Fenland", "34", "More"), ("Hate crimes reported", "190", "More"),
                               ("Deliberate fires", "260", "Fewer")]),
    groups=[("Fenland CSP Board", "District council", "Quarterly", "Overview and scrutiny"),
            ("Town Centres Group", "Police inspector", "Monthly", "Board"),
            ("Exploitation Task Group", "Council licensing", "Monthly", "Board"),
            ("Fire Reduction Group", "Fire and rescue", "Quarterly", "Board")],
    data=data_rows(["Wisbech North", "Wisbech South", "March East", "March West", "Whittlesey", "Chatteris",
                    "Parson Drove", "Doddington"], extra=[("NRM referrals", "Home Office NRM data"),
                                                          ("HMO inspections", "Council housing team")]),
    glossary=[("HMO", "House in multiple occupation."), ("Gangmaster", "A person who supplies workers; licensed by the GLAA.")],
    contacts=["Fenland Community Safety Partnership, Fenland Hall, March (illustrative address)",
              "Email: csp@fenland-csp.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
