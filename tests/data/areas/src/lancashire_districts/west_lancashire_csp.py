"""West Lancashire Community Safety Partnership Plan 2025-2028: python-docx -> LibreOffice, district Word
template (style B, blue): the priorities are the lettered items of a board resolution in a bordered box (p5)."""
from lancashire_districts import kit_docx
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/west_lancashire_community_safety_partnership_plan_2025-28.pdf",
    title="West Lancashire Community Safety Partnership Plan 2025–2028", short="West Lancashire Community Safety Partnership",
    org="West Lancashire Community Safety Partnership", cover_title="Community Safety Partnership Plan", years="2025–2028",
    cover_kicker="Skelmersdale · Ormskirk · Burscough · the rural parishes", c1="#1F4E79", c2="#70AD47",
    foreword=["West Lancashire is a borough of contrasts: the new town of Skelmersdale, the market town of Ormskirk "
              "and some of the most productive farmland in England.",
              "Our board agreed its priorities in February 2025. For the first time they include suicide "
              "prevention, after a review of local deaths showed how many people were known to partner services.",
              "We will review this plan every year."],
    signed="Chair, West Lancashire Community Safety Partnership",
    ctx_head="West Lancashire in context", ctx_intro="West Lancashire has around 117,000 residents.",
    stats=[("117,000", "residents"), ("8,800", "crimes recorded in 2024/25"), ("3,300", "ASB incidents"),
           ("1,900", "domestic abuse incidents"), ("14", "suicides a year on average (illustrative)"), ("52", "children referred for exploitation")],
    findings=["ASB is concentrated in Skelmersdale's town centre and in Ormskirk at weekends.",
              "Domestic abuse is the largest single driver of demand on children's services.",
              "Many people who died by suicide had recent contact with the police or council.",
              "Children from Skelmersdale are targeted by county lines groups from Merseyside."],
    previous="The 2022–2025 plan's priorities were: Community safety in Skelmersdale; Vulnerability; and Reducing reoffending.",
    pcc=PCC, pri_head="The board's priorities for 2025 to 2028",
    pri_intro="The priorities are set out in the board's resolution below.",
    extract_head="Extract from the minutes of the West Lancashire Community Safety Partnership Board, 26 February 2025, item 5",
    resolved="that the Board adopts the following priorities for 2025 to 2028:",
    resolved_tail="Agreed, subject to annual review.",
    priorities=[("Anti-social behaviour in Skelmersdale and Ormskirk", "Problem-solving plans for the town centres and the worst-affected estates."),
                ("Domestic abuse", "Support for victims and children, and perpetrator challenge."),
                ("Preventing suicide", "Training for frontline staff, safer places and support for people bereaved by suicide."),
                ("Exploitation of children and young people", "Disrupting county lines and protecting children at risk.")],
    delivery=[("ASB", "Town centre problem-solving; PSPO", "West Lancashire Borough Council"),
              ("Domestic abuse", "Children's DA worker; perpetrator programme referrals", "West Lancashire Borough Council"),
              ("Suicide prevention", "Suicide prevention training; real-time surveillance", "Public health"),
              ("Exploitation", "Child exploitation panel; transport hub patrols", "Lancashire Constabulary")],
    measures=[("ASB incidents", "3,300", "Fewer"), ("Staff trained in suicide prevention", "160", "More"),
              ("Children supported by the exploitation team", "52", "All with a plan")],
    governance="The board reports to the council's Corporate Overview and Scrutiny Committee.",
    partners="West Lancashire Borough Council; Lancashire County Council; Lancashire Constabulary; Lancashire Fire and "
             "Rescue Service; Probation Service; Edge Hill University; NHS Lancashire and South Cumbria ICB.",
    contact="csp@westlancs.example",
)


def build(root):
    return kit_docx.build(root, SPEC, kit_docx.resolution, "west_lancashire_csp")
