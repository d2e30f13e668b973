"""Preston Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium, county CSP template (style A).

The priorities are the **marked options of a ballot paper** (p5, "Our priorities, chosen by you"): a boxed
ballot with a black header strip, numbered rows, each priority in bold with an illustrative vote count in
grey, and a cross in a square box at the right. The meanings follow in a list. Distractors: the key findings and
the 2022-2025 priorities (p4), the PCC's priorities quoted (p4), the delivery themes and measures (p6).
"""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/preston_community_safety_partnership_plan_2025-28.pdf",
    title="Preston Community Safety Partnership Plan 2025–2028", short="Preston Community Safety Partnership",
    org="Preston Community Safety Partnership", cover_title="Community Safety Partnership Plan", years="2025 – 2028",
    cover_kicker="Preston City Council · Lancashire Constabulary · Lancashire Fire and Rescue Service · NHS Lancashire and South Cumbria",
    c1="#17365D", c2="#E8A33D",
    foreword=["Preston is Lancashire's only city and the county's administrative centre, with a university, a "
              "busy city centre and a lively night-time economy alongside some of the county's most deprived "
              "neighbourhoods.",
              "For this plan we asked residents to vote on the issues that matter most to them. More than 2,600 "
              "people took part (illustrative), online and at stalls in the markets, libraries and the university.",
              "The partnership will publish a progress report every year and hold an open meeting for residents."],
    signed="Chair, Preston Community Safety Partnership",
    ctx_head="Preston in context", ctx_intro="Preston has around 150,000 residents.",
    stats=[("150,000", "residents"), ("17,900", "crimes recorded in 2024/25"), ("6,100", "ASB incidents"),
           ("2,950", "domestic abuse incidents"), ("210", "knife crime offences"), ("£41m", "gross gambling yield in the city (illustrative)")],
    findings=["Anti-social behaviour is concentrated in the city centre and in four neighbourhoods.",
              "Violence with injury peaks on Friday and Saturday nights around Fishergate and Friargate.",
              "Domestic abuse accounts for one in six recorded crimes.",
              "Problem gambling is linked to debt, poor mental health and domestic abuse in the city."],
    previous="The 2022–2025 plan had four priorities: Neighbourhood crime; Violence and vulnerability; Domestic "
             "abuse; and Substance misuse. Neighbourhood crime now sits within the anti-social behaviour work.",
    pcc=PCC,
    pri_head="Our priorities, chosen by you",
    pri_intro="Residents chose from ten issues identified by our strategic assessment. The partnership board "
              "adopted the five issues with most votes as its priorities for 2025 to 2028.",
    ballot_head="PRESTON COMMUNITY SAFETY BALLOT 2025 – RESULT",
    ballot_instr="Vote for up to three issues by putting a cross (X) in the box next to your choice. The board "
                 "adopted these five priorities.",
    priorities=[("Tackling anti-social behaviour in the city centre and our neighbourhoods",
                 "Joint patrols, PSPO enforcement and quick action on nuisance in the places residents named.", "1,412 votes"),
                ("Reducing violent crime, including knife crime",
                 "Working with the Violence Reduction Network, schools and the hospital on prevention.", "1,187 votes"),
                ("Keeping the night-time economy safe",
                 "Safe spaces, street pastors, licensing checks and well-managed venues so that a night out stays safe.", "964 votes"),
                ("Domestic abuse",
                 "Earlier help for victims and their children, and challenge for those who harm.", "901 votes"),
                ("Reducing gambling-related harm",
                 "Awareness, licensing of gambling premises and routes into support for people and families harmed by gambling.", "522 votes")],
    delivery=[("Anti-social behaviour", "City centre PSPO review; monthly problem-solving meetings in four neighbourhoods", "Preston City Council"),
              ("Violence", "Knife crime education in secondary schools; hospital navigators", "Lancashire Constabulary, VRN"),
              ("Night-time economy", "Welfare hub on Friday and Saturday nights; Best Bar None", "City Council licensing"),
              ("Domestic abuse", "Domestic abuse champions in GP surgeries; MARAC review", "Preston City Council"),
              ("Gambling harm", "Gambling harm training for frontline staff; local area profile for licensing", "Public health")],
    measures=[("ASB incidents", "6,100", "Fewer"), ("Violence with injury in the city centre", "1,020", "Fewer"),
              ("Repeat MARAC cases", "29%", "Lower"), ("Referrals to gambling support", "48", "More")],
    governance="The partnership board meets quarterly and reports to the council's Overview and Scrutiny "
               "Committee. It links with the county-wide boards for domestic abuse, violence reduction, drugs, "
               "youth justice and reoffending.",
    partners="Preston City Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and Rescue "
             "Service; Probation Service; NHS Lancashire and South Cumbria ICB; Community Gateway Association; "
             "University of Central Lancashire.",
    contact="communitysafety@preston.example",
)


def build(root):
    h, css = kit_html.ballot(SPEC)
    return kit_html.build(root, SPEC, h, css, "preston_csp")
