"""Lancashire Combating Drugs Partnership Plan 2025-2028: python-docx -> LibreOffice (Liberation Serif body).

The priorities are the **bold bullets of an open letter to partners** (p5, "An open letter from the chair"):
a letterhead line, date, "Dear partner," and a paragraph ending "agreed four priorities:", then the four
priorities as bullets, then the letter's close signed by role. Distractors: the national From harm to hope
priorities and the previous plan (p4), delivery and measures (p6)."""
from docx.shared import Pt

from docx_kit import para
from lancashire_districts import kit_docx
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/lancashire_combating_drugs_partnership_plan_2025-28.pdf",
    title="Lancashire Combating Drugs Partnership Plan 2025–2028", short="Lancashire Combating Drugs Partnership",
    org="Lancashire Combating Drugs Partnership", cover_title="Combating Drugs Partnership Plan", years="2025–2028",
    cover_kicker="Lancashire, Blackburn with Darwen and Blackpool", c1="#2C5F2D", c2="#97BC62", font="Liberation Serif", symbol_at=2,
    foreword=["Drug and alcohol harm touches every community in Lancashire.",
              "This plan sets out how the Combating Drugs Partnership will reduce supply, improve treatment and "
              "recovery and prevent deaths."],
    signed="Senior Responsible Owner, Lancashire Combating Drugs Partnership",
    ctx_head="Drugs and alcohol in Lancashire", ctx_intro="From the partnership's needs assessment.",
    stats=[("9,400", "adults in treatment"), ("260", "drug-related deaths over three years"), ("62", "county lines disrupted"),
           ("48%", "of prison leavers engaging in treatment"), ("12,500", "alcohol-related admissions"), ("3", "upper-tier councils")],
    findings_head="The national strategy",
    findings=["From harm to hope has three priorities: break drug supply chains; deliver a world-class treatment and "
              "recovery system; achieve a generational shift in demand for drugs."],
    previous="Our 2022–2025 plan followed the three national priorities.",
    pcc=PCC, pri_head="An open letter from the chair",
)
PRIS = ["Breaking drug supply chains and county lines", "Getting more people into treatment and long-term recovery",
        "Preventing drug-related deaths", "Reducing alcohol harm"]
SPEC.update(
    delivery=[("Supply", "Joint county lines operations", "Lancashire Constabulary"),
              ("Treatment and recovery", "Recovery communities in each district", "Public health"),
              ("Deaths", "Naloxone for all at-risk people", "Public health"),
              ("Alcohol", "Alcohol care teams in hospitals", "NHS")],
    measures=[("Adults in treatment", "9,400", "More"), ("Drug-related deaths", "260", "Fewer"),
              ("County lines disrupted", "62", "More")],
    governance="The partnership reports to the three Health and Wellbeing Boards and the national Joint Combating Drugs Unit.",
    partners="Lancashire County Council; Blackburn with Darwen; Blackpool; Lancashire Constabulary; Probation Service; "
             "NHS; treatment providers; Police and Crime Commissioner.",
    contact="cdp@lancashire.example",
)


def letter(d, spec):
    para(d, "Lancashire Combating Drugs Partnership · County Hall, Preston · cdp@lancashire.example", size=8.5, colour="666666")
    para(d, "1 April 2025")
    para(d, "Dear partner,")
    para(d, "Thank you for your part in shaping this plan. After a year of listening to people with lived experience, "
            "treatment providers and the community safety partnerships, the partnership has agreed four priorities:")
    for t in PRIS:
        p = d.add_paragraph(style="List Bullet")
        r = p.add_run(t)
        r.bold, r.font.size = True, Pt(12)
    para(d, "Each priority has a lead and a delivery group, and each district has a local drug and alcohol forum that "
            "will turn them into action. I would ask every partnership to tell us how its own plans contribute.")
    para(d, "Yours sincerely,")
    para(d, "Senior Responsible Owner, Lancashire Combating Drugs Partnership", bold=True)


def build(root):
    return kit_docx.build(root, SPEC, letter, "drugs")
