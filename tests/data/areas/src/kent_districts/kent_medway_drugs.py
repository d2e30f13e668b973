"""Kent and Medway Combating Drugs Partnership Plan 2026-2029: python-docx -> LibreOffice.

Four priorities on pp5-6, each stated as the **Word "Caption" paragraph of its action-plan table**
("Priority 1 – Breaking drug supply chains", small italic blue caption style, kept with the table below it);
the tables hold actions, leads and dates.  Distractors: the national From Harm to Hope priorities (p4), the
previous plan (p4), the PCC's priorities quoted, measures.
"""
from kent_districts import dkit
from kent_districts.shared import PCC_SENTENCE
from docx_kit import Pt, rgb, table

ACTIONS = [
    [("Close county lines and disrupt local dealing networks", "Kent Police", "Ongoing"),
     ("Cuckooing protocol with every housing provider", "District councils", "Sept 2026")],
    [("Increase places in community treatment by 15 per cent", "KCC, Medway public health", "March 2027"),
     ("Recovery cafés in six towns", "Treatment providers", "March 2027"),
     ("Continuity of care from prison into treatment", "Probation, NHS", "Ongoing")],
    [("Naloxone for hostels, police custody and families", "Public health", "June 2026"),
     ("Drug-related death review panel", "Public health", "Ongoing")],
    [("Family support service for relatives of people who use drugs or alcohol", "KCC", "Jan 2027"),
     ("Young carers' groups for children affected by parental drug use", "Children's services", "Sept 2026")],
]


def pri_fn(d, doc):
    th = doc["theme"]
    for i, (text, act) in enumerate(zip(doc["priorities"], ACTIONS), 1):
        p = d.add_paragraph(style="Caption")
        r = p.add_run(f"Priority {i} – {text}")
        r.font.size = Pt(11)
        r.font.color.rgb = rgb(th["c1"])
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(10)
        table(d, [["Action", "Lead", "By"]] + [list(a) for a in act], [9.6, 4.4, 2.6], head_fill=th["c2"],
              size=8.5)


DOC = {
    "file": "strategies/kent_and_medway_combating_drugs_partnership_plan_2026-29.pdf",
    "title": "Kent and Medway Combating Drugs Partnership Plan 2026–2029",
    "org": "Kent and Medway Combating Drugs Partnership",
    "cover_title": "Combating Drugs Partnership Plan",
    "years": "2026–2029",
    "theme": dict(c1="0B5563", c2="2A7F62", footer="Page {PAGE} of {NUMPAGES}", font="Liberation Sans",
                  hfont="Liberation Serif", size=10, symbol_at=1),
    "heads": {"fw": "Foreword", "ctx": "Drugs and alcohol in Kent and Medway", "pri": "Our priorities and action plans",
              "del": "Working together", "gov": "Governance and outcomes"},
    "foreword": [
        "Drugs and alcohol harm individuals, families and whole communities. The Kent and Medway Combating Drugs "
        "Partnership brings together the councils, Kent Police, the NHS, probation, prisons and people with lived "
        "experience to reduce that harm.",
        "This plan sets out four priorities for 2026 to 2029, each with its own action plan.",
    ],
    "signed": "Senior Responsible Owner, Kent and Medway Combating Drugs Partnership",
    "context": {
        "intro": "The figures below are illustrative and summarise our 2025 needs assessment.",
        "stats": [("9,800", "adults in drug or alcohol treatment"), ("186", "drug-related deaths in three years"),
                  ("28", "county lines active"), ("4,200", "children living with a parent in treatment"),
                  ("47%", "of prison leavers engaged in treatment within three weeks"),
                  ("11,000", "alcohol-specific hospital admissions")],
        "find_head": "The national strategy",
        "findings": ["From Harm to Hope has three strategic priorities: break drug supply chains; deliver a world-"
                     "class treatment and recovery system; and achieve a generational shift in demand for drugs.",
                     "Its national outcomes include reducing drug use, drug-related crime and drug-related deaths "
                     "and harm, and increasing engagement in treatment and recovery."],
        "previous": "Our 2023–2025 plan followed the three national priorities without local additions.",
        "prev_head": "Our first plan",
    },
    "pri_intro": "Each of our four priorities is set out below as the heading of its action plan.",
    "priorities": ["Breaking drug supply chains", "Getting more people into treatment and recovery",
                   "Fewer drug and alcohol related deaths",
                   "Support for families affected by a relative's drug or alcohol use"],
    "delivery": {
        "intro": "The partnership works through four delivery groups and links with other boards.",
        "head": ["Delivery group", "Links to", "Chair"],
        "rows": [("Supply", "Violence Reduction Unit; community safety partnerships", "Kent Police"),
                 ("Treatment and recovery", "NHS Kent and Medway; housing", "KCC public health"),
                 ("Deaths and harm", "Coroner; ambulance service", "Medway public health"),
                 ("Families", "Children's safeguarding partnership", "KCC children's services")],
        "pcc_head": "The Police and Crime Plan",
        "pcc": PCC_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to the Joint Combating Drugs Unit and to the "
                 "Kent and Medway Integrated Care Partnership.",
        "head": ["Outcome", "Baseline", "Direction"],
        "rows": [("County lines closed", "61", "Up"), ("Adults in treatment", "9,800", "Up"),
                 ("Drug-related deaths", "62 a year", "Down"), ("Families supported", "310", "Up")],
        "partners": "Kent County Council; Medway Council; Kent Police; the Police and Crime Commissioner; NHS Kent "
                    "and Medway; the Probation Service; HM Prison Service; treatment providers; people with "
                    "lived experience.",
    },
    "contact": "Kent and Medway Combating Drugs Partnership · cdp@kent-medway.example",
}


def build(root):
    return dkit.build(root, DOC, pri_fn, "kent_medway_drugs")
