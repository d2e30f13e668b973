"""Rochdale Borough Safer Communities Plan 2025-2028 (python-docx -> LibreOffice).

Rochdale Borough Council template: Liberation Serif throughout, maroon, left-aligned footer "Safer
Communities Plan 2025–2028 – Page N of M", header with the partnership name.  The priorities are a **Word
numbered list (a real numbering.xml definition, numbers generated "1."–"5.") in body text introduced by a
sentence** ("The Partnership Board agreed the following priorities for 2025 to 2028:") on p6.  Distractors: the
themes of the 2022 plan (a lettered list), the Mayor's priorities, the delivery groups table, measures.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/rochdale_safer_communities_plan_2025-28.pdf"
MAROON = "7A1F3D"

PRIORITIES = [
    "Preventing and tackling anti-social behaviour",
    "Reducing the harm caused by drug and alcohol misuse",
    "Protecting children and adults from exploitation",
    "Reducing domestic abuse",
    "Developing community cohesion",
]


def numbered(d, items, nid, bold=False):
    for it in items:
        p = d.add_paragraph()
        W.set_num(p, nid, 0)
        p.paragraph_format.space_after = W.Pt(4)
        p.add_run(it).bold = bold


def intro(d):
    X.prose(d, [
        "Rochdale Borough Safer Communities Partnership brings together the council, Greater Manchester Police, "
        "Greater Manchester Fire and Rescue Service, the Probation Service, NHS Greater Manchester and the "
        "voluntary sector across Rochdale, Middleton, Heywood and the Pennines.",
        "This plan sets out what we will focus on for the next three years. It replaces the plan for 2022 to "
        "2025 and takes account of the Greater Manchester Police, Fire and Crime Plan.",
    ])
    W.para(d, "Chair, Safer Communities Partnership Board", italic=True)


def assessment(d):
    W.para(d, "Our 2024 strategic assessment found (illustrative figures):")
    X.stats_table(d, [
        ("ASB incidents", "6,200", "down 4%"),
        ("Drug-related hospital admissions", "530", "up 7%"),
        ("Exploitation referrals (children and adults)", "340", "up 16%"),
        ("Domestic abuse incidents", "5,900", "up 1%"),
        ("Residents who feel people get on well together", "63%", "down 3 points"),
    ], fill=MAROON, band="F4E8EC")
    W.heading(d, "The 2022 to 2025 plan", 2)
    nid = W.numbering(d, [dict(fmt="lowerLetter", text="(%1)", indent=0.9, hanging=0.9)])
    W.para(d, "The last plan was built around seven themes:")
    numbered(d, ["Increasing confidence and satisfaction", "Reducing crime",
                 "Reducing the harm caused by drug and alcohol misuse", "Preventing and tackling antisocial behaviour",
                 "Preventing offending by children and young people", "Reducing adult reoffending",
                 "Developing community cohesion"], nid)
    W.para(d, "Some themes are carried forward; others are now led by the Youth Justice Partnership and the "
              "Reducing Reoffending Board.")


def framework(d):
    W.para(d, "The partnership has regard to:")
    W.bullets(d, ["the Mayor's Police, Fire and Crime Plan for Greater Manchester",
                  "the Serious Violence Duty and the Greater Manchester Violence Reduction Unit's strategy",
                  "From Harm to Hope, the national ten-year drugs plan, which has three priorities: break drug "
                  "supply chains; deliver a world-class treatment and recovery system; achieve a generational "
                  "shift in demand for drugs",
                  "the Rochdale Borough Plan and the Our Borough strategy"])
    X.mayor_quote(d, "The Mayor's priorities", fill="F4E8EC", colour=MAROON, numbered=False)


def priorities(d):
    W.para(d, "The Partnership Board considered the strategic assessment, the views of 1,300 residents and the "
              "advice of its delivery groups.")
    W.para(d, "The Partnership Board agreed the following priorities for 2025 to 2028:")
    nid = W.numbering(d, [dict(fmt="decimal", text="%1.", indent=1.0, hanging=0.8, bold=True, colour=MAROON)])
    numbered(d, PRIORITIES, nid, bold=True)
    W.para(d, "Each priority is led by a delivery group, listed in section 5. Domestic abuse is led by the "
              "Domestic Abuse Partnership Board, which reports to this board.", before=8)


def delivery(d):
    X.actions(d, [
        ("ASB", "ASB delivery group", "Neighbourhood problem-solving; community trigger reviews", "Council"),
        ("Drugs and alcohol", "Drug and alcohol partnership", "Treatment in custody; naloxone", "Public Health"),
        ("Exploitation", "Complex safeguarding group", "Joint disruption; modern slavery panel", "GMP"),
        ("Domestic abuse", "Domestic Abuse Partnership Board", "Safe accommodation; IDVAs", "Council"),
        ("Cohesion", "Cohesion and Prevent group", "Community conversations; tension monitoring", "Council"),
    ], head=("Theme", "Delivery group", "Main work", "Lead"), fill=MAROON, cm=(3.0, 4.6, 6.4, 2.4))
    W.heading(d, "Measuring progress", 2)
    X.measures(d, [("ASB incidents", "6,200", "-8%"), ("Drug-related deaths", "34", "-20%"),
                   ("People who feel they get on well", "63%", "68%")], fill=MAROON)
    W.heading(d, "Contact", 2)
    X.contacts(d, "Community Safety team, Rochdale Borough Council", "safer.communities@rochdale.example")


SPEC = dict(
    file=FILE, title="Rochdale Borough Safer Communities Plan 2025–2028",
    org="Rochdale Borough Safer Communities Partnership",
    style=W.Style(body="Liberation Serif", size=11.5, colours=(MAROON, MAROON, "404040"), h1=20, h2=14,
                  header_left="Rochdale Borough Safer Communities Partnership", header_right="",
                  footer="Safer Communities Plan 2025–2028 – Page {PAGE} of {NUMPAGES}", footer_align="left",
                  hf_colour="7A1F3D", justify=True),
    cover=dict(kind="band", logo=["ROCHDALE", "Borough Council"], logo_fill=MAROON, fill="F4E8EC", ink=MAROON,
               lines=["Safer Communities Plan", "2025 to 2028", "Rochdale · Middleton · Heywood · Pennines"],
               date="May 2025"),
    number_fmt="{n}. {t}",
    sections=[
        ("Introduction", "in", intro),
        ("Our strategic assessment", "sa", assessment),
        ("Policy context", "pc", framework),
        ("Our priorities", "pri", priorities),
        ("Delivery and governance", "del", delivery),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
