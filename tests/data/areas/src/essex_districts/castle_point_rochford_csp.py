"""Castle Point and Rochford Community Safety Partnership plan 2025-2028 (a joint CSP): house style H
(reportlab beach huts) in pastel colours, two rows of two (p5)."""
from .kit_rl import BeachHuts, Doc
from .shared import csp

FILE = "strategies/castle_point_and_rochford_community_safety_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Reducing anti-social behaviour", "Canvey seafront, Hadleigh, Rayleigh and Rochford town centres."),
    ("Serious violence and the exploitation of young people", "Early help, youth clubs and disruption."),
    ("Tackling domestic abuse", "Awareness, sanctuary schemes and support for families."),
    ("Scams and doorstep crime", "Protecting older residents from rogue traders and fraudsters."),
]
D = csp(
    font="dejavu", c1="#3c5a78", c2="#d17a5c", org="Castle Point and Rochford Community Safety Partnership",
    short="Castle Point & Rochford CSP \u2013 2025 to 2028", folio="{n} of 6",
    pdf_title="Castle Point and Rochford Community Safety Partnership Plan 2025-2028",
    title_lines=["Joint Community Safety", "Plan"], years="2025 to 2028", pri_title="Our four priorities",
    foreword=["Castle Point and Rochford have worked as one community safety partnership for many years. "
              "Together we cover Canvey Island, the Hadleighs, Benfleet, Rayleigh, Rochford and the villages "
              "of the Dengie fringe.",
              "Our residents are older than the Essex average, which is why protecting them from scams "
              "appears alongside the partnership's longer-standing priorities."],
    signed="Joint Chairs, Castle Point and Rochford CSP",
    previous=["Anti-social behaviour", "Protecting vulnerable people", "Domestic abuse", "Road safety"],
    context_intro="The two districts have about 175,000 residents (illustrative).",
    stats=[("2,950", "ASB reports"), ("\u00a3640k", "lost to scams"), ("1,100", "DA incidents"),
           ("31", "young people referred for exploitation")],
    findings=["Doorstep crime is most common in Canvey and Rayleigh.",
              "Exploitation referrals now come mostly from schools.",
              "ASB has fallen but remains residents' top concern."],
    pri_intro="The joint partnership board agreed four priorities for both districts.",
    actions=[("ASB", "Joint ASB team across the two councils", "Both councils"),
             ("Violence and exploitation", "Mentoring for young people at risk", "Essex County Council"),
             ("Domestic abuse", "White Ribbon accreditation for both councils", "Both councils"),
             ("Scams", "Scams awareness talks to 40 community groups", "Trading Standards")],
    measures=["ASB repeat callers", "Referrals to mentoring", "Older residents reached by scams talks"],
    governance="The joint board meets quarterly and reports to both councils' scrutiny committees.",
    contact="jointcsp@castlepoint-rochford.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [BeachHuts(d, PRIORITIES, ["#9ecae1", "#fdae6b", "#a1d99b", "#fa9fb5"])])
