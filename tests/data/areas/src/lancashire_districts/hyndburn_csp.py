"""Hyndburn Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium, county CSP template (style A,
purple). Priorities are the marked options of a ballot paper (p5). Distractors: findings, the previous
priorities and the PCC's priorities (p4); delivery and measures (p6)."""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/hyndburn_community_safety_partnership_plan_2025-28.pdf",
    title="Hyndburn Community Safety Partnership Plan 2025–2028", short="Hyndburn Community Safety Partnership",
    org="Hyndburn Community Safety Partnership", cover_title="Community Safety Partnership Plan", years="2025 – 2028",
    cover_kicker="Accrington · Oswaldtwistle · Great Harwood · Rishton · Clayton-le-Moors · Church", c1="#4B2C6F", c2="#F2C14E",
    foreword=["Hyndburn is a borough of close-knit towns in the heart of East Lancashire.",
              "We asked residents to vote on the community safety issues that matter most to them and 1,150 "
              "people took part (illustrative). The five issues they chose are our priorities.",
              "We will tell residents what we have done every year through the council's magazine."],
    signed="Chair, Hyndburn Community Safety Partnership",
    ctx_head="Hyndburn in context", ctx_intro="Hyndburn has around 82,000 residents.",
    stats=[("82,000", "residents"), ("9,600", "crimes recorded in 2024/25"), ("3,800", "ASB incidents"),
           ("1,950", "VAWG-related crimes"), ("74", "knife crime offences"), ("96", "hate incidents")],
    findings=["Nuisance and ASB are concentrated in Accrington town centre and three estates.",
              "Violence involving young people has risen since 2022.",
              "Violence against women and girls is under-reported in some communities.",
              "Children missing from home are at high risk of exploitation."],
    previous="The previous plan (2022–2025) focused on Safer neighbourhoods; Protecting people; and Stronger communities.",
    pcc=PCC, pri_head="Your vote, our priorities",
    pri_intro="These five priorities were adopted by the partnership board in February 2025.",
    ballot_head="HYNDBURN COMMUNITY SAFETY BALLOT – RESULTS",
    ballot_instr="Residents put a cross (X) next to the issues that worry them most. Results are illustrative.",
    priorities=[("Safer neighbourhoods: tackling anti-social behaviour and nuisance", "Fast, joined-up action on nuisance in the places that suffer most.", "610 votes"),
                ("Serious violence", "Prevention work with young people, and swift enforcement.", "488 votes"),
                ("Violence against women and girls", "Safety at home and in public, for every woman and girl.", "455 votes"),
                ("Child exploitation", "Protecting children from those who groom and exploit them.", "402 votes"),
                ("Community cohesion and hate incidents", "Bringing communities together and supporting people targeted by hate.", "260 votes")],
    delivery=[("ASB", "Estate walkabouts; selective licensing enforcement", "Hyndburn Borough Council"),
              ("Serious violence", "Detached youth work; knife amnesty bins", "VRN, Lancashire Constabulary"),
              ("VAWG", "Safe spaces in Accrington; bystander training", "Hyndburn Borough Council"),
              ("Exploitation", "Return home interviews; hotel and taxi awareness", "Children's social care"),
              ("Cohesion", "Hate crime reporting centres; schools programme", "Hyndburn Borough Council")],
    measures=[("ASB incidents", "3,800", "Fewer"), ("Knife crime offences", "74", "Fewer"), ("Hate incidents reported", "96", "More reporting")],
    governance="The partnership reports to the council's Overview and Scrutiny Committee and to the Police and "
               "Crime Commissioner each year.",
    partners="Hyndburn Borough Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and Rescue "
             "Service; Probation Service; NHS Lancashire and South Cumbria ICB; Onward Homes (illustrative).",
    contact="csp@hyndburn.example",
)


def build(root):
    h, css = kit_html.ballot(SPEC)
    return kit_html.build(root, SPEC, h, css, "hyndburn_csp")
