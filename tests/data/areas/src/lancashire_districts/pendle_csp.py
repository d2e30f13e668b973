"""Pendle Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium, county CSP template (style A,
green). Priorities are the marked options of a ballot paper (p5). Distractors: findings, the previous
priorities and the PCC's priorities (p4); delivery and measures (p6)."""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/pendle_community_safety_partnership_plan_2025-28.pdf",
    title="Pendle Community Safety Partnership Plan 2025–2028", short="Pendle Community Safety Partnership",
    org="Pendle Community Safety Partnership", cover_title="Community Safety Partnership Plan", years="2025 – 2028",
    cover_kicker="Nelson · Colne · Barnoldswick · Earby · Brierfield · the villages", c1="#2F5E34", c2="#C9B037",
    foreword=["Pendle runs from the mill towns of Nelson and Colne to the villages and moorland around Pendle Hill.",
              "Our priorities come from the issues residents voted for in 2025 (illustrative: 1,300 votes) and "
              "from the partnership's strategic assessment.",
              "Partners will keep working together on each priority and report to residents each year."],
    signed="Chair, Pendle Community Safety Partnership",
    ctx_head="Pendle in context", ctx_intro="Pendle has around 96,000 residents.",
    stats=[("96,000", "residents"), ("8,300", "crimes recorded in 2024/25"), ("3,100", "ASB incidents"),
           ("1,800", "domestic abuse incidents"), ("140", "rural crimes reported"), ("410", "adults in treatment")],
    findings=["Off-road motorbikes cause nuisance on the moors and in parks.",
              "Farm thefts and livestock worrying are under-reported in the villages.",
              "Sexual violence reports have risen by a fifth in two years.",
              "Alcohol-related hospital admissions are above the county average."],
    previous="The 2022–2025 plan's priorities were: Anti-social behaviour; Safeguarding the vulnerable; and "
             "Reducing reoffending.",
    pcc=PCC, pri_head="The priorities Pendle chose",
    pri_intro="The partnership board adopted the four issues with the most votes.",
    ballot_head="PENDLE COMMUNITY SAFETY BALLOT 2025",
    ballot_instr="Put a cross (X) in the box next to the issues that matter most to you. Results are illustrative.",
    priorities=[("Anti-social behaviour, including off-road bikes", "Joint operations to seize nuisance bikes and tackle hotspots.", "640 votes"),
                ("Domestic abuse and sexual violence", "Earlier identification, specialist support and action against perpetrators.", "511 votes"),
                ("Rural crime in the villages and moorland", "Farm watch, rural patrols and better reporting of wildlife crime.", "432 votes"),
                ("Drug and alcohol misuse", "More people in treatment and action against dealers.", "380 votes")],
    delivery=[("ASB", "Off-road bike operations; Section 59 warnings", "Lancashire Constabulary"),
              ("Domestic abuse and sexual violence", "Sexual violence awareness in colleges; IDVA clinics", "Pendle Borough Council"),
              ("Rural crime", "Farm Watch; rural crime surgeries at auction marts", "Lancashire Constabulary"),
              ("Drugs and alcohol", "Outreach in Nelson town centre; alcohol brief interventions", "Change Grow Live (illustrative)")],
    measures=[("ASB incidents", "3,100", "Fewer"), ("Rural crimes reported", "140", "More reporting"),
              ("Adults in treatment", "410", "More")],
    governance="The partnership reports to Pendle Borough Council's Policy and Resources Committee.",
    partners="Pendle Borough Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and Rescue "
             "Service; Probation Service; National Farmers Union (local branch); NHS Lancashire and South Cumbria ICB.",
    contact="csp@pendle.example",
)


def build(root):
    h, css = kit_html.ballot(SPEC)
    return kit_html.build(root, SPEC, h, css, "pendle_csp")
