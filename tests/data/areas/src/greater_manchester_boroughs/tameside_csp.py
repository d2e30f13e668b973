"""Tameside Community Safety Strategy 2025-2028 (python-docx; kept as a native .docx).

Tameside Council template: DejaVu Sans body, Liberation Sans headings in magenta and slate, header
"Tameside Community Safety Partnership" / "Community Safety Strategy 2025-28", footer "Page N".  The
priorities are a **bullet list introduced by a sentence** ("Over the next three years the partnership will
focus on five priorities:") under the Heading 1 "Our strategic priorities".  As a .docx it has no pages:
gold page 1.  Distractors: the vision statement, the 2021-2024 priorities, the Mayor's priorities quoted,
the "cross-cutting themes", the action table's theme column, measures.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/tameside_community_safety_strategy_2025-28.docx"
MAGENTA, SLATE = "A3195B", "3C4650"

PRIORITIES = [
    "Reducing anti-social behaviour and its impact on residents",
    "Tackling domestic abuse and sexual violence",
    "Reducing harm from drugs and alcohol",
    "Protecting children and young people from exploitation",
    "Tackling fly-tipping and environmental crime",
]


def vision(d):
    box = W.box(d, [("Our vision", {"bold": True, "colour": MAGENTA, "size": 12}),
                    ("A Tameside where people are safe and feel safe, in their homes, on the streets and online.",
                     {"italic": True, "size": 11})], fill="F7E6EE")
    X.prose(d, [
        "The Tameside Community Safety Partnership covers Ashton-under-Lyne, Audenshaw, Denton, Droylsden, "
        "Dukinfield, Hyde, Longdendale, Mossley and Stalybridge. It is made up of Tameside Council, Greater "
        "Manchester Police, Greater Manchester Fire and Rescue Service, the Probation Service, NHS Greater "
        "Manchester (Tameside), Action Together and our housing providers.",
        "This strategy replaces the Community Safety Strategy 2021-24, which was extended for a year while we "
        "carried out a full strategic assessment.",
    ])


def picture(d):
    X.stats_table(d, [
        ("ASB incidents", "5,800", "down 3%"),
        ("Domestic abuse and sexual offences", "5,100", "up 2%"),
        ("Alcohol-related hospital admissions", "1,950", "up 4%"),
        ("Fly-tipping incidents", "3,400", "up 15%"),
    ], fill=SLATE, band="EDEFF1")
    W.heading(d, "What we focused on in 2021-24", 2)
    X.previous(d, "The previous strategy had five priorities:", [
        "Tackling anti-social behaviour and crime", "Protecting vulnerable people from harm",
        "Reducing the harm caused by drugs and alcohol", "Supporting victims",
        "Building strong and resilient communities"])
    W.heading(d, "The Greater Manchester picture", 2)
    X.mayor_quote(d, "The Police, Fire and Crime Plan's seven priorities", fill="EDEFF1", colour=SLATE,
                  numbered=False)


def priorities(d):
    W.para(d, "Our strategic assessment, the resident survey and workshops with partners all pointed to the same "
              "issues.")
    W.para(d, "Over the next three years the partnership will focus on five priorities:", bold=True)
    W.bullets(d, PRIORITIES, after=4)
    W.heading(d, "Cross-cutting themes", 2)
    W.para(d, "Three themes run through everything we do: early intervention and prevention; listening to "
              "victims; and using data and intelligence well.")


def delivery(d):
    X.actions(d, [
        ("ASB", "Joint ASB hub with housing providers", "Council / GMP", "2025"),
        ("Domestic abuse", "Sexual violence advisor based at Tameside Hospital", "NHS / Council", "2026"),
        ("Drugs and alcohol", "Alcohol care team in A&E", "NHS", "2025"),
        ("Exploitation", "Return home interviews for every missing child", "Council", "2025"),
        ("Environment", "Fly-tipping cameras at 40 hotspots and a prosecution policy", "Council", "2025"),
    ], fill=MAGENTA)
    W.heading(d, "Measures", 2)
    X.measures(d, [("ASB incidents", "5,800", "-10%"), ("Fly-tipping incidents", "3,400", "-20%"),
                   ("Alcohol-related admissions", "1,950", "-5%")], fill=SLATE)
    W.heading(d, "Contact", 2)
    X.contacts(d, "Community Safety Unit, Tameside Council", "community.safety@tameside.example")


SPEC = dict(
    file=FILE, title="Tameside Community Safety Strategy 2025–2028", org="Tameside Community Safety Partnership",
    style=W.Style(body="DejaVu Sans", head="Liberation Sans", size=10, colours=(MAGENTA, SLATE, MAGENTA), h1=20,
                  h2=13, header_left="Tameside Community Safety Partnership",
                  header_right="Community Safety Strategy 2025-28", footer="Page {PAGE}", footer_align="center"),
    cover=dict(kind="band", logo=["TAMESIDE", "Metropolitan Borough"], logo_fill=SLATE, fill=MAGENTA,
               lines=["Community Safety Strategy", "2025–2028", "Tameside Community Safety Partnership"],
               date="Draft for Executive Cabinet, September 2025"),
    sections=[
        ("Introduction", "in", vision),
        ("Tameside in numbers", "pic", picture),
        ("Our strategic priorities", "pri", priorities),
        ("Making it happen", "del", delivery),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
