"""Blackburn with Darwen Community Safety Partnership Plan 2025-2028: HTML/CSS -> Chromium (DejaVu Sans).

The priorities are the **floors of a lift's floor directory** (p5, "Five floors, one building"): a brushed
steel panel with a round call button numbered 5 to 1 beside each floor name (the priority, bold) and a grey
line of who works on that floor. Descriptions follow in a list. Distractors: findings, previous priorities,
PCC's priorities (p4); delivery and measures (p6)."""
from lancashire_districts import kit_html
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/blackburn_with_darwen_community_safety_partnership_plan_2025-28.pdf",
    title="Blackburn with Darwen Community Safety Partnership Plan 2025–2028",
    short="Blackburn with Darwen Community Safety Partnership", org="Blackburn with Darwen Community Safety Partnership",
    cover_title="Community Safety Partnership Plan", years="2025 – 2028", font="DejaVu Sans",
    cover_kicker="Blackburn with Darwen Borough Council and partners", c1="#00467F", c2="#8DC63F",
    foreword=["Blackburn with Darwen is a young, diverse borough with a strong tradition of communities working "
              "together.", "The partnership board has agreed five priorities, each with its own delivery group. "
              "We think of the partnership as one building with five floors: different teams, one shared purpose.",
              "We will publish our progress every year."],
    signed="Chair, Blackburn with Darwen Community Safety Partnership",
    ctx_head="The borough in context", ctx_intro="The borough has around 155,000 residents.",
    stats=[("155,000", "residents"), ("16,300", "crimes recorded in 2024/25"), ("5,200", "ASB incidents"),
           ("3,400", "domestic abuse incidents"), ("140", "knife crime offences"), ("1,350", "adults in treatment")],
    findings=["ASB is the issue residents raise most often at neighbourhood meetings.",
              "Domestic abuse accounts for one in five violent crimes.",
              "Serious violence is concentrated among young men in the town centre and two wards.",
              "Tensions after national and international events have led to spikes in hate incidents."],
    previous="The 2022–2025 priorities were: Protecting vulnerable people; Safer neighbourhoods; Reducing reoffending; "
             "and Tackling organised crime.",
    pcc=PCC, pri_head="Five floors, one building",
    pri_intro="Each floor of our building is a priority with its own delivery group.",
    lift_head="FLOOR DIRECTORY · COMMUNITY SAFETY PARTNERSHIP",
    priorities=[("Reducing anti-social behaviour and its impact on residents", "Problem-solving with residents and quick support for victims of ASB.", "Neighbourhoods group · council, police, housing"),
                ("Domestic abuse", "Earlier help for families and a whole-family response.", "Domestic abuse group · council, police, health"),
                ("Serious violence", "Prevention, early help and enforcement with the Violence Reduction Network.", "Violence group · police, VRN, schools"),
                ("Tackling the harm caused by drugs and alcohol", "Treatment, recovery and fewer drug and alcohol deaths.", "Substance misuse group · public health, treatment services"),
                ("Community cohesion and tackling hate", "Bringing communities together and supporting victims of hate.", "Cohesion group · council, faith groups, police")],
    delivery=[("ASB", "ASB victims' advocate; estate action days", "Blackburn with Darwen Borough Council"),
              ("Domestic abuse", "Whole-family DA service", "Blackburn with Darwen Borough Council"),
              ("Serious violence", "Mentoring for young people at risk", "VRN"),
              ("Drugs and alcohol", "Recovery community; naloxone", "Public health"),
              ("Cohesion and hate", "Community tension monitoring; hate crime reporting", "Blackburn with Darwen Borough Council")],
    measures=[("ASB incidents", "5,200", "Fewer"), ("Knife crime offences", "140", "Fewer"), ("Adults in treatment", "1,350", "More")],
    governance="The partnership reports to the borough's Health and Wellbeing Board and Policy Scrutiny Committee.",
    partners="Blackburn with Darwen Borough Council; Lancashire Constabulary; Lancashire Fire and Rescue Service; "
             "Probation Service; NHS Lancashire and South Cumbria ICB; Twin Valley Homes (illustrative).",
    contact="csp@blackburn.example",
)


def build(root):
    h, css = kit_html.lift(SPEC)
    return kit_html.build(root, SPEC, h, css, "blackburn_darwen_csp")
