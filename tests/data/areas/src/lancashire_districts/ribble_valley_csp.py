"""Ribble Valley Community Safety Partnership Plan 2025-2028: python-docx -> LibreOffice, district Word template
(style B, green): the priorities are the lettered items of a board resolution in a bordered box (p5)."""
from lancashire_districts import kit_docx
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/ribble_valley_community_safety_partnership_plan_2025-28.pdf",
    title="Ribble Valley Community Safety Partnership Plan 2025–2028", short="Ribble Valley Community Safety Partnership",
    org="Ribble Valley Community Safety Partnership", cover_title="Community Safety Partnership Plan", years="2025–2028",
    cover_kicker="Clitheroe · Longridge · Whalley · the Forest of Bowland villages", c1="#3B6E3B", c2="#B5A16B",
    foreword=["Ribble Valley is one of the safest places in England, but its rural character brings its own risks: "
              "isolated farms, fast country roads and older residents living alone.",
              "The board chose its priorities at its March 2025 meeting after hearing from parish councils and "
              "farming groups.", "We will report progress to the parish councils' forum twice a year."],
    signed="Chair, Ribble Valley Community Safety Partnership",
    ctx_head="Ribble Valley in context", ctx_intro="Ribble Valley has around 62,000 residents over 226 square miles.",
    stats=[("62,000", "residents"), ("2,900", "crimes recorded in 2024/25"), ("190", "rural and wildlife crimes"),
           ("41", "people killed or seriously injured on roads"), ("£310,000", "lost to scams by residents (illustrative)"), ("780", "ASB incidents")],
    findings=["Theft of farm machinery and quad bikes costs farmers more than any other crime.",
              "Most serious road collisions happen on rural A and B roads and involve motorcycles.",
              "Residents over 75 are the most frequent victims of phone and doorstep scams.",
              "ASB is low overall but concentrated in Clitheroe town centre at weekends."],
    previous="The 2022–2025 plan's priorities were: Rural crime; Safer roads; and Protecting vulnerable people.",
    pcc=PCC, pri_head="The priorities agreed by the board",
    pri_intro="The partnership board agreed four priorities.",
    extract_head="Extract from the minutes of the Ribble Valley Community Safety Partnership, 11 March 2025, item 4",
    resolved="that the Partnership adopts the following priorities for 2025 to 2028:",
    resolved_tail="Agreed.",
    priorities=[("Rural crime, including wildlife and heritage crime", "Farm Watch, marking machinery and rural special constables."),
                ("Road safety on our country lanes", "Speed enforcement, motorcycle safety and Community Speedwatch with parishes."),
                ("Protecting older residents from scams and doorstep crime", "Call blockers, trusted trader schemes and rapid response to rogue traders."),
                ("Anti-social behaviour", "Youth provision and joint patrols in Clitheroe and Longridge.")],
    delivery=[("Rural crime", "Machinery marking days; rural specials", "Lancashire Constabulary"),
              ("Road safety", "Bikesafe courses; Speedwatch kits", "Lancashire Road Safety Partnership"),
              ("Scams", "Call blockers; talks at luncheon clubs", "Trading Standards"),
              ("ASB", "Friday night youth club; joint patrols", "Ribble Valley Borough Council")],
    measures=[("Rural crimes reported", "190", "More reporting"), ("Killed or seriously injured", "41", "Fewer"),
              ("Scam victims supported", "85", "More")],
    governance="The partnership reports to the council's Community Services Committee.",
    partners="Ribble Valley Borough Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and "
             "Rescue Service; Trading Standards; parish councils; National Farmers Union.",
    contact="csp@ribblevalley.example",
)


def build(root):
    return kit_docx.build(root, SPEC, kit_docx.resolution, "ribble_valley_csp")
