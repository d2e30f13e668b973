"""Essex Combating Drugs Partnership plan 2025-2028: reportlab (Liberation Serif).  The priorities are the
items of a checklist on a drawn clipboard, each with an empty tick box (p5)."""
from .kit_rl import Clipboard, Doc
from .shared import PFCC, contents

FILE = "strategies/essex_combating_drugs_partnership_plan_2025-28.pdf"
PRIORITIES = [
    ("Breaking drug supply chains and closing county lines",
     "Pursuing the people who run lines and supply drugs, from ports to doorsteps."),
    ("Getting more people into treatment and helping them stay in recovery",
     "More places, shorter waits, and housing and work for people in recovery."),
    ("Preventing drug and alcohol deaths",
     "Naloxone, near-fatal overdose follow-up and learning from every death."),
]
D = dict(
    font="liberation-serif", c1="#2e4a2e", c2="#7a5c2e", org="Essex Combating Drugs Partnership",
    short="Essex Combating Drugs Partnership \u2013 Plan 2025\u20132028", folio="{n}",
    pdf_title="Essex Combating Drugs Partnership Plan 2025-2028",
    title_lines=["Combating Drugs", "Partnership Plan"], years="2025\u20132028",
    pri_title="Our checklist for 2025\u20132028", contents=contents("Our checklist for 2025\u20132028",
                                                                    "Delivery and outcomes"),
    delivery_title="Delivery and outcomes",
    foreword=["From Harm to Hope, the national drugs strategy, asked every area to form a combating drugs "
              "partnership. Ours brings together the police, health, councils, probation and people with "
              "lived experience.",
              "We have written our priorities as a checklist, because we will tick them off only when the "
              "evidence says we can."],
    signed="Senior Responsible Owner, Essex Combating Drugs Partnership",
    prev_title="The national strategy",
    prev_intro="From Harm to Hope sets three national priorities, which frame but do not replace our own:",
    previous=["Break drug supply chains", "Deliver a world-class treatment and recovery system",
              "Achieve a generational shift in demand for drugs"],
    context_intro="Illustrative figures for Essex (county council area).",
    stats=[("9,400", "adults in treatment"), ("47%", "unmet need for opiate treatment"),
           ("128", "drug-related deaths"), ("210", "county lines closed")],
    findings=["Unmet need for treatment is highest among crack cocaine users.",
              "Drug-related deaths have risen for five years running.",
              "Most lines run from London into Basildon, Harlow and Southend."],
    findings_title="Key findings of the needs assessment",
    pcc=PFCC, pri_intro="Three priorities, agreed by the Partnership in May 2025.",
    actions=[("Supply", "Operation Raptor line closures and cuckooing visits", "Essex Police"),
             ("Treatment", "Drug testing on arrest linked to treatment", "Provider and police"),
             ("Deaths", "Naloxone kits for every person leaving prison", "Probation")],
    delivery_intro="Action plans sit under three delivery groups.",
    measures=["Numbers in treatment and continuity of care after prison", "Drug-related deaths",
              "County lines closed"],
    governance="The Partnership reports to the Health and Wellbeing Board and to the national Joint "
               "Combating Drugs Unit.",
    contact="cdp@essex.example",
)


def build(out_root):
    d = Doc(D)
    return d.build(out_root / FILE, [Clipboard(d, PRIORITIES, "PARTNERSHIP CHECKLIST \u2013 2025 TO 2028")])
