"""Burnley Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium, county CSP template (style A,
maroon). Priorities are the marked options of a ballot paper (p5). Distractors: findings, the 2021-2024
priorities and the PCC's priorities (p4); delivery and measures (p6)."""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/burnley_community_safety_partnership_plan_2025-28.pdf",
    title="Burnley Community Safety Partnership Plan 2025–2028", short="Safer Burnley · Community Safety Partnership",
    org="Burnley Community Safety Partnership", cover_title="Safer Burnley: Community Safety Partnership Plan",
    years="2025 – 2028", cover_kicker="Burnley Borough Council and partners", c1="#7A1F3D", c2="#9FC5E8",
    foreword=["Burnley is a proud Pennine town with a young population, a strong sense of community and "
              "neighbourhoods that have faced real hardship.",
              "This plan was shaped by the residents who voted in our community safety ballot (illustrative: "
              "1,900 votes) and by the partnership's strategic assessment.",
              "We will focus on fewer things and do them well, reporting openly on our progress."],
    signed="Chair, Burnley Community Safety Partnership",
    ctx_head="Burnley in context", ctx_intro="Burnley has around 95,000 residents.",
    stats=[("95,000", "residents"), ("11,200", "crimes recorded in 2024/25"), ("4,700", "ASB incidents"),
           ("2,100", "domestic abuse incidents"), ("38", "county lines referrals"), ("112", "hate crimes recorded")],
    findings=["Anti-social behaviour is highest in the town centre and in Burnley Wood and Gannow.",
              "Drug dealing linked to county lines is the issue residents raise most at ward meetings.",
              "Hate crime rose after national events in 2024.",
              "Children from the borough are being exploited to run drugs to other towns."],
    previous="Our 2021–2024 priorities were: Tackling neighbourhood crime; Protecting vulnerable people; and "
             "Building resilient communities.",
    pcc=PCC, pri_head="What Burnley voted for",
    pri_intro="The five issues below received most votes and were adopted by the partnership board in March 2025 "
              "as its priorities.",
    ballot_head="SAFER BURNLEY BALLOT – THE ISSUES YOU CHOSE",
    ballot_instr="Residents marked the issues they wanted the partnership to focus on. Results are illustrative.",
    priorities=[("Reducing anti-social behaviour", "Problem-solving in the hotspots, with the council's enforcement team and the police.", "1,020 votes"),
                ("Tackling domestic abuse", "Support for victims and their children, and action against perpetrators.", "833 votes"),
                ("Disrupting drug dealing and county lines", "Acting on community intelligence and closing down drug lines.", "790 votes"),
                ("Hate crime and community cohesion", "Encouraging reporting, supporting victims and bringing communities together.", "512 votes"),
                ("Protecting children from criminal exploitation", "Spotting the signs early and disrupting those who exploit children.", "498 votes")],
    delivery=[("ASB", "Hotspot patrols; Community Protection Warnings; youth outreach", "Burnley Borough Council"),
              ("Domestic abuse", "Community IDVA; Operation Encompass in all schools", "Lancashire County Council"),
              ("Drug dealing", "Closure orders; Crimestoppers campaign", "Lancashire Constabulary"),
              ("Hate and cohesion", "Third-party reporting centres; interfaith events", "Burnley Borough Council"),
              ("Exploitation", "Multi-agency child exploitation meetings; taxi driver training", "Children's social care")],
    measures=[("ASB incidents", "4,700", "Fewer"), ("Drug closure orders", "9", "More"), ("Hate crimes reported", "112", "More reporting")],
    governance="The partnership reports to the council's Scrutiny Committee and sends an annual summary to the "
               "Police and Crime Commissioner.",
    partners="Burnley Borough Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and Rescue "
             "Service; Probation Service; Calico Homes (illustrative); NHS Lancashire and South Cumbria ICB.",
    contact="saferburnley@burnley.example",
)


def build(root):
    h, css = kit_html.ballot(SPEC)
    return kit_html.build(root, SPEC, h, css, "burnley_csp")
