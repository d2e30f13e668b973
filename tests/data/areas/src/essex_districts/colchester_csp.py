"""Safer Colchester Partnership strategic plan 2025-2028: house style N (reportlab sticky notes) on cork, in
cooler colours, five notes (p5)."""
from .kit_rl import Doc, StickyNotes
from .shared import csp

FILE = "strategies/safer_colchester_partnership_strategic_plan_2025-28.pdf"
PRIORITIES = [
    ("Reducing anti-social behaviour", "A visible, joined-up response in the city centre and estates."),
    ("Serious violence and knife crime", "Prevention with schools, youth services and the hospital."),
    ("Domestic abuse and sexual violence", "Support for survivors and challenge for perpetrators."),
    ("Retail crime", "Working with shops and the BID on theft and abuse of staff."),
    ("Gambling harm", "Awareness and support for people harmed by gambling, and their families."),
]
D = csp(
    font="liberation-sans", c1="#004f71", c2="#f08a24", org="Safer Colchester Partnership",
    short="Safer Colchester Partnership \u2013 Strategic Plan 2025\u201328", folio="Page {n} of 6",
    pdf_title="Safer Colchester Partnership Strategic Plan 2025-2028",
    title_lines=["Strategic Plan"], years="2025\u20132028", pri_title="Our priorities, pinned up",
    foreword=["Colchester, Britain's first city, is a garrison and university city with a growing population "
              "and a busy centre.",
              "This plan keeps some familiar priorities and adds one new one: gambling harm, which partners "
              "told us sits behind debt, domestic abuse and crime more often than we realised."],
    signed="Chair, Safer Colchester Partnership",
    previous=["Anti-social behaviour", "Night-time economy", "Drugs and exploitation", "Domestic abuse"],
    context_intro="Colchester city has about 200,000 residents (illustrative).",
    stats=[("4,900", "ASB reports"), ("165", "knife offences"), ("1,700", "DA incidents"),
           ("9", "gambling venues per 10,000")],
    findings=["A third of debt advice clients mention gambling (illustrative).",
              "Knife crime is concentrated among 15\u201324 year olds.",
              "Retail workers report abuse most weeks."],
    pri_intro="Five priorities, chosen at the partnership's 2025 planning day.",
    actions=[("ASB", "City centre task force", "City council"),
             ("Violence", "Knife crime education with the garrison and university", "VVP"),
             ("Domestic abuse", "Sexual violence awareness in freshers' week", "University"),
             ("Retail", "Banning notices and body-worn cameras", "BID"),
             ("Gambling", "Gambling harm training for debt and housing advisers", "Public health")],
    measures=["ASB reports", "Knife offences", "People supported for gambling harm"],
    governance="The partnership board meets quarterly; the Scrutiny Panel reviews it each year.",
    contact="safercolchester@colchester.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [StickyNotes(d, PRIORITIES, ["#b3e5fc", "#c8e6c9", "#fff9c4", "#e1bee7",
                                                                   "#ffccbc"])])
