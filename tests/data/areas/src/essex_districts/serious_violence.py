"""Essex Violence and Vulnerability Partnership Serious Violence Duty strategy 2025-2030: reportlab (DejaVu
Sans Condensed).  The three priorities are three drawn jigsaw pieces joined in a row (p5)."""
from reportlab.platypus import Spacer

from .kit_rl import Doc, Jigsaw, mm
from .shared import PFCC, contents

FILE = "strategies/essex_serious_violence_duty_strategy_2025-30.pdf"
PRIORITIES = [
    ("Reducing knife crime and weapon carrying", "Education, enforcement and surrender, focused on the "
                                                "places and ages at highest risk."),
    ("Protecting children and young people from criminal exploitation",
     "Finding children at risk early and keeping them safe from those who exploit them."),
    ("Reaching people at teachable moments in hospital and custody",
     "Navigators in A&E and custody suites who offer help when people are most ready to change."),
]
D = dict(
    font="dejavu-cond", c1="#8b1e3f", c2="#3c6e71", org="Essex Violence and Vulnerability Partnership",
    short="Serious Violence Duty Strategy 2025\u20132030", folio="Page {n} of 6",
    pdf_title="Essex Serious Violence Duty Strategy 2025-2030",
    title_lines=["Serious Violence", "Duty Strategy"], years="2025\u20132030 \u00b7 Southend, Essex and Thurrock",
    pri_title="Three pieces that fit together", contents=contents("Three pieces that fit together",
                                                                   "Delivery, measures and governance"),
    delivery_title="Delivery, measures and governance",
    foreword=["The Serious Violence Duty requires the specified authorities to work together to prevent and "
              "reduce serious violence. In Essex that work is led by the Violence and Vulnerability "
              "Partnership.",
              "This strategy replaces our 2023 response strategy. It narrows our focus to three priorities "
              "that fit together: fewer weapons, fewer children exploited, and more people helped when they "
              "are ready."],
    signed="Chair, Essex Violence and Vulnerability Partnership Board",
    prev_title="Our 2023 response strategy",
    prev_intro="The previous strategy had five themes, now replaced by the three priorities on page 5:",
    previous=["Knife crime", "Gangs and county lines", "Early intervention", "Community engagement",
              "Data and insight"],
    context_intro="The strategic needs assessment covers Southend, Essex and Thurrock.",
    stats=[("1,150", "knife offences"), ("620", "hospital admissions for assault"), ("44", "county lines"),
           ("58%", "of victims under 25")],
    findings=["Knife crime is concentrated in six towns.", "Most exploited children are 14 to 16.",
              "A third of assault admissions come back within a year (illustrative)."],
    findings_title="Key findings of the strategic needs assessment",
    pcc=PFCC, pri_intro="The Partnership Board agreed three priorities in July 2025. Each piece needs the "
                        "other two.",
    actions=[("Knife crime", "Knife surrender bins and school workshops", "Essex Police"),
             ("Exploitation", "Exploitation screening in every secondary school", "ECC"),
             ("Teachable moments", "Navigators in three A&Es and two custody suites", "VVP")],
    delivery_intro="Each priority has a delivery group and a lead.",
    measures=["Hospital admissions for assault with a sharp object (Home Office success measure)",
              "Knife-enabled serious violence", "Children on exploitation plans who are safer"],
    governance="The Partnership Board reports to the PFCC and the Essex Safeguarding Children Partnership.",
    contact="vvp@essex.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [Spacer(1, 8 * mm), Jigsaw(d, PRIORITIES, ["#8b1e3f", "#3c6e71", "#d9822b"])])
