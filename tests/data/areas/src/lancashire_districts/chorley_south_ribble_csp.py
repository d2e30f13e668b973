"""Chorley and South Ribble Community Safety Partnership Plan 2025-2028: python-docx -> LibreOffice, district
Word template (style B, orange): the priorities are the lettered items of a board resolution in a bordered box
(p5)."""
from lancashire_districts import kit_docx
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/chorley_and_south_ribble_community_safety_partnership_plan_2025-28.pdf",
    title="Chorley and South Ribble Community Safety Partnership Plan 2025–2028",
    short="Chorley and South Ribble Community Safety Partnership", org="Chorley and South Ribble Community Safety Partnership",
    cover_title="Community Safety Partnership Plan", years="2025–2028",
    cover_kicker="A joint partnership of Chorley Council and South Ribble Borough Council", c1="#B3541E", c2="#2E4057",
    foreword=["Chorley and South Ribble share a police area, many services and a joint community safety partnership.",
              "The joint board agreed these priorities in March 2025, informed by the strategic assessment and by "
              "what we heard from residents and businesses.", "We will publish a short progress report every year."],
    signed="Joint Chairs, Chorley and South Ribble Community Safety Partnership",
    ctx_head="Chorley and South Ribble in context", ctx_intro="The two boroughs have around 230,000 residents.",
    stats=[("230,000", "residents"), ("15,600", "crimes recorded in 2024/25"), ("1,450", "burglaries and vehicle crimes"),
           ("3,700", "domestic abuse incidents"), ("38", "potential victims of modern slavery referred"), ("270", "stalking offences")],
    findings=["Burglary, vehicle crime and shop theft make up a third of recorded crime.",
              "Car washes, nail bars and farms have been linked to labour exploitation.",
              "Stalking offences have doubled since 2021, most by ex-partners.",
              "Drug and alcohol misuse underlies much repeat offending."],
    previous="The 2022–2025 plan had four priorities: Anti-social behaviour; Domestic abuse; Serious organised crime; and "
             "Road safety.",
    pcc=PCC, pri_head="Our joint priorities",
    pri_intro="The joint board recorded its decision on the priorities as follows.",
    extract_head="Extract from the minutes of the Chorley and South Ribble Community Safety Partnership Board, 6 March 2025, item 3",
    resolved="that the joint Board adopts the following priorities for 2025 to 2028:",
    resolved_tail="Agreed by both councils' representatives.",
    priorities=[("Neighbourhood crime: burglary, vehicle crime and shoplifting", "Target hardening, retail crime partnerships and offender management."),
                ("Domestic abuse", "Earlier help and safer homes for victims and their children."),
                ("Modern slavery and human trafficking", "Spotting and supporting victims and disrupting exploitative businesses."),
                ("Drugs and alcohol", "Treatment, recovery and action on dealing."),
                ("Stalking and harassment", "Stalking advocacy, protection orders and training for call handlers.")],
    delivery=[("Neighbourhood crime", "Shopwatch; burglary target hardening", "Lancashire Constabulary"),
              ("Domestic abuse", "Sanctuary scheme; DA champions", "Chorley Council"),
              ("Modern slavery", "Licensing checks on car washes; training for staff", "South Ribble Borough Council"),
              ("Drugs and alcohol", "Recovery café; outreach", "Public health"),
              ("Stalking", "Stalking protection order workshops", "Lancashire Constabulary")],
    measures=[("Burglaries", "640", "Fewer"), ("Modern slavery referrals", "38", "More identification"),
              ("Stalking protection orders", "12", "More")],
    governance="The joint board reports to both councils' scrutiny committees.",
    partners="Chorley Council; South Ribble Borough Council; Lancashire County Council; Lancashire Constabulary; "
             "Lancashire Fire and Rescue Service; Probation Service; NHS Lancashire and South Cumbria ICB.",
    contact="csp@chorleysouthribble.example",
)


def build(root):
    return kit_docx.build(root, SPEC, kit_docx.resolution, "chorley_south_ribble_csp")
