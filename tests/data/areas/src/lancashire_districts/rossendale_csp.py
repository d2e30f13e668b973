"""Rossendale Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium, county CSP template (style A,
teal). Priorities are the marked options of a ballot paper (p5). Distractors: findings, the previous
priorities and the PCC's priorities (p4); delivery and measures (p6)."""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/rossendale_community_safety_partnership_plan_2025-28.pdf",
    title="Rossendale Community Safety Partnership Plan 2025–2028", short="Rossendale Community Safety Partnership",
    org="Rossendale Community Safety Partnership", cover_title="Community Safety Partnership Plan", years="2025 – 2028",
    cover_kicker="Rawtenstall · Bacup · Haslingden · Whitworth · Waterfoot", c1="#0E6E6E", c2="#F28C28",
    foreword=["Rossendale is a valley of small towns, where most residents feel safe but where some feel "
              "increasingly alone.",
              "Residents voted on our priorities in early 2025 (illustrative: 870 votes). For the first time, "
              "loneliness among older residents was one of the issues chosen.",
              "We will report back every year at the Rossendale community safety forum."],
    signed="Chair, Rossendale Community Safety Partnership",
    ctx_head="Rossendale in context", ctx_intro="Rossendale has around 71,000 residents.",
    stats=[("71,000", "residents"), ("5,900", "crimes recorded in 2024/25"), ("2,300", "ASB incidents"),
           ("1,350", "domestic abuse incidents"), ("630", "fly-tipping reports"), ("1 in 5", "over-65s who often feel lonely")],
    findings=["ASB and fly-tipping are linked in the same hotspots.",
              "Domestic abuse is the largest single cause of repeat calls to the police.",
              "Older residents who live alone are more likely to be repeat victims of crime and to feel unsafe.",
              "Violence is low but has risen among young people in the town centres."],
    previous="The 2022–2025 plan's priorities were: ASB; Domestic abuse; and Road safety. Road safety now sits "
             "with the county council's Road Safety Partnership.",
    pcc=PCC, pri_head="Rossendale's priorities",
    pri_intro="The partnership board adopted the four issues residents chose.",
    ballot_head="ROSSENDALE COMMUNITY SAFETY BALLOT",
    ballot_instr="Mark the issues you want the partnership to work on with a cross (X). Results are illustrative.",
    priorities=[("Anti-social behaviour and environmental crime", "Tackling nuisance, fly-tipping and graffiti together.", "402 votes"),
                ("Domestic abuse", "Helping victims earlier and making sure abusers are challenged.", "311 votes"),
                ("Loneliness and social isolation among older residents", "Connecting older people to their communities and to help.", "266 votes"),
                ("Preventing serious violence", "Stopping violence among young people before it grows.", "190 votes")],
    delivery=[("ASB and environmental crime", "CCTV at fly-tipping hotspots; Community Protection Notices", "Rossendale Borough Council"),
              ("Domestic abuse", "Drop-in sessions in Bacup and Haslingden", "Rossendale Borough Council"),
              ("Loneliness", "Befriending scheme; warm spaces; social prescribing", "Age UK (illustrative), ICB"),
              ("Serious violence", "Youth workers in town centres on weekend evenings", "VRN")],
    measures=[("ASB incidents", "2,300", "Fewer"), ("Fly-tipping reports", "630", "Fewer"),
              ("Older people in befriending", "120", "More")],
    governance="The partnership reports to the council's Overview and Scrutiny Committee.",
    partners="Rossendale Borough Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and "
             "Rescue Service; Probation Service; NHS Lancashire and South Cumbria ICB; Together Housing (illustrative).",
    contact="csp@rossendale.example",
)


def build(root):
    h, css = kit_html.ballot(SPEC)
    return kit_html.build(root, SPEC, h, css, "rossendale_csp")
