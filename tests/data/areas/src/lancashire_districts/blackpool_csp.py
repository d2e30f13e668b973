"""Safer Blackpool Partnership Plan 2025-2028: reportlab report (Liberation Sans, Liberation Serif headings).

The priorities are the words on **six illuminated sign boards framed in light bulbs** (p5, "Our priorities in
lights"), stacked down the page like the resort's Illuminations: yellow bold lettering on a dark red board, no
numbers; the sentences are in a list below. Distractors: findings, previous priorities and the PCC's priorities
(p4); delivery and measures (p6)."""
from rl_kit import Paragraph, Spacer
from lancashire_districts import kit_rl
from lancashire_districts.kit_rl import esc
from lancashire_districts.shared import PCC

SPEC = dict(
    file="strategies/safer_blackpool_partnership_plan_2025-28.pdf",
    title="Safer Blackpool Partnership Plan 2025–2028", short="Safer Blackpool Partnership Plan 2025–2028",
    org="Safer Blackpool Partnership", cover_title="Safer Blackpool Partnership Plan", years="2025 – 2028",
    cover_kicker="Blackpool Council · Lancashire Constabulary · Lancashire Fire and Rescue Service · NHS · Probation",
    c1="#7B1010", c2="#FFC72C",
    foreword=["Blackpool welcomes millions of visitors a year, and is home to communities facing some of the "
              "deepest deprivation in England.",
              "The Safer Blackpool Partnership has chosen six priorities for the next three years. They reflect a "
              "town where vulnerability, housing and crime are closely linked.",
              "We will report on our progress every year to the council's scrutiny committee and to residents."],
    signed="Chair, Safer Blackpool Partnership",
    ctx_head="Blackpool in context", ctx_intro="Blackpool has around 141,000 residents and 18 million visitors a year.",
    stats=[("141,000", "residents"), ("21,800", "crimes recorded in 2024/25"), ("7,400", "ASB incidents"),
           ("4,600", "domestic abuse incidents"), ("160", "people sleeping rough over the year"), ("96", "drug-related deaths over three years")],
    findings=["ASB peaks on the promenade and in the town centre during the season.",
              "Knife crime is concentrated in the central wards and among young men.",
              "Drug-related deaths are the highest of any local authority in England.",
              "Rough sleeping and hostel living are linked to exploitation and drug harm."],
    previous="The 2022–2025 plan's priorities were: Community safety in the resort; Protecting vulnerable people; and "
             "Reducing harm.",
    pcc=PCC, pri_head="Our priorities in lights",
)
PRIORITIES = [
    ("Anti-social behaviour on the promenade and in the town centre", "Joint patrols, PSPO enforcement and quick clean-up in the resort."),
    ("Serious violence and knife crime", "Prevention with young people and focused enforcement in the central wards."),
    ("Domestic abuse and violence against women and girls", "Safety at home and in public, and action against perpetrators."),
    ("Drug and alcohol related harm", "More people in treatment, fewer deaths and action on dealing."),
    ("Homelessness and rough sleeping", "Outreach, safe accommodation and support into a settled home."),
    ("Exploitation of children and vulnerable adults", "Disrupting county lines and cuckooing and protecting people at risk."),
]
SPEC.update(
    delivery=[("ASB", "Seasonal resort patrols; PSPO review", "Blackpool Council"),
              ("Violence", "Knife crime education; A&E navigators", "VRN"),
              ("DA and VAWG", "Safe space on the promenade; DA champions", "Blackpool Council"),
              ("Drugs and alcohol", "Naloxone in hostels; outreach", "Public health"),
              ("Homelessness", "Rough sleeper outreach; Housing First", "Blackpool Council housing"),
              ("Exploitation", "Cuckooing partnership; hotel watch", "Lancashire Constabulary")],
    measures=[("ASB incidents", "7,400", "Fewer"), ("Knife crime offences", "240", "Fewer"),
              ("Drug-related deaths", "32 a year", "Fewer"), ("People sleeping rough on a single night", "24", "Fewer")],
    governance="The partnership reports to Blackpool Council's Scrutiny Leadership Board and to the Police and Crime "
               "Commissioner.",
    partners="Blackpool Council; Lancashire Constabulary; Lancashire Fire and Rescue Service; Probation Service; "
             "Blackpool Teaching Hospitals; NHS Lancashire and South Cumbria ICB; Blackpool Coastal Housing.",
    contact="saferblackpool@blackpool.example",
)


def build(root):
    def pri(st):
        F = [Paragraph("The partnership board chose six priorities for 2025 to 2028, shown here in lights.", st["body"])]
        for name, _ in PRIORITIES:
            F += [kit_rl.marquee_sign(name, st), Spacer(1, 2)]
        F.append(Paragraph("What each priority means", st["h2"]))
        F += [Paragraph(esc(d), st["li"], bulletText="\u2022") for _, d in PRIORITIES]
        return F
    return kit_rl.build(root, SPEC, pri)
