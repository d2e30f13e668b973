"""Community Safety Partnership Manchester: Community Safety Strategy 2025-2028 (python-docx -> LibreOffice).

Manchester City Council template: DejaVu Sans, black and yellow, decimal section numbers typed into the
Heading 1s ("3 Our priorities"), header "Manchester Community Safety Strategy 2025–28" with the partnership
name on the right, footer "Page N".  The priorities are a **numbered list inside a floating Word text box**
(a DrawingML text box, shaded yellow with a black rule, anchored at the right of p6) that the body text wraps
around; the body text beside it explains how they were chosen.  Distractors: the Mayor's priorities quoted
(p5), the 2022-2025 priorities (p4), the theme column of the delivery table, the outcomes.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/manchester_community_safety_strategy_2025-28.pdf"
INK, YELLOW = "1A1A1A", "FFD400"

PRIORITIES = [
    "Tackling serious violence and knife crime",
    "Tackling drug dealing, county lines and cuckooing",
    "Reducing anti-social behaviour in the city centre and neighbourhoods",
    "Tackling hate crime and supporting victims",
    "Protecting people who are at risk of modern slavery and exploitation",
]


def foreword(d):
    X.prose(d, [
        "Manchester is a young, fast-growing and diverse city. Over 580,000 people live here and many more "
        "come into the city centre every day to work, study and enjoy themselves. Keeping them safe is a job "
        "for all of us.",
        "Community Safety Partnership Manchester brings together the City Council, Greater Manchester Police, "
        "Greater Manchester Fire and Rescue Service, the Probation Service, NHS Greater Manchester and the "
        "voluntary and community sector. This strategy sets out our priorities for 2025 to 2028 and the "
        "difference we want to make.",
        "It was informed by the city's strategic assessment, by the Our Manchester conversation with "
        "residents, and by the views of more than 2,600 people who took part in our survey.",
    ])
    W.para(d, "Executive Member for Vibrant Neighbourhoods", bold=True)
    W.para(d, "Chair of Community Safety Partnership Manchester", bold=True)


def context(d):
    X.stats_table(d, [
        ("Violence with injury offences", "14,800", "down 3%"),
        ("Knife-enabled offences", "1,210", "down 7%"),
        ("Drug trafficking offences", "1,040", "up 12%"),
        ("ASB incidents in the city centre", "9,600", "up 1%"),
        ("Hate crimes", "3,300", "up 5%"),
        ("Potential victims of modern slavery referred", "420", "up 18%"),
    ], head=("Indicator", "2024/25", "Trend"), fill=INK, band="FFF6C7")
    W.heading(d, "2.1 What has changed since 2022", 2)
    X.previous(d, "Our 2022 to 2025 strategy was organised around five themes:", [
        "Keeping children and young people safe",
        "Tackling serious harm and violence",
        "Tackling drug and alcohol-driven crime",
        "Reducing anti-social behaviour",
        "Protecting communities through changing offender behaviour",
    ])


def fit(d):
    W.para(d, "This strategy sits alongside the Our Manchester Strategy, the city's Serious Violence Duty "
              "strategic needs assessment, and the Greater Manchester Police, Fire and Crime Plan.")
    X.mayor_quote(d, "Standing Together 2026–2030: the Mayor's priorities", fill="F2F2F2", colour=INK)
    W.heading(d, "3.1 National duties", 2)
    W.bullets(d, ["Crime and Disorder Act 1998 (as amended)", "Serious Violence Duty (Police, Crime, Sentencing "
              "and Courts Act 2022)", "Prevent duty (Counter-Terrorism and Security Act 2015)",
              "Domestic Abuse Act 2021", "Modern Slavery Act 2015"])


def our_priorities(d):
    lines = [("Our five priorities", {"bold": True, "size": 13, "after": 8})]
    for k, p in enumerate(PRIORITIES, 1):
        lines.append((p, {"bold": True, "size": 10.5, "num": f"{k}.", "hang": 0.7, "after": 7}))
    W.text_box(d, lines, 7.4, 12.2, fill=YELLOW, line_colour=INK, align_h="right")
    X.prose(d, [
        "We used a scoring matrix to rank every issue in the strategic assessment by the harm it causes, its "
        "volume, its trend and public concern. The partnership then tested the top-scoring issues with "
        "residents and front-line staff at eight workshops across the city.",
        "The five priorities in the box are the result. They are deliberately focused: they do not describe "
        "everything partners do, but where working together adds most.",
        "Some issues, such as domestic abuse, sit with other boards. The Manchester Domestic Abuse Partnership "
        "Board leads that work through its own strategy, and the Community Safety Partnership supports it.",
        "Each priority has a senior lead from one of the partners and a delivery group that reports to the "
        "partnership board every quarter. Leads will publish a short progress note every six months.",
        "We will review the priorities each year against a refreshed strategic assessment.",
    ])


def delivery(d):
    X.actions(d, [
        ("Violence", "Extend the hospital navigator scheme to North Manchester General Hospital", "VRU", "2026"),
        ("Drugs", "Run a closure order programme for cuckooed flats", "GMP / Council", "2025"),
        ("ASB", "Introduce a city centre Public Spaces Protection Order review", "Council", "2025"),
        ("Hate crime", "Recruit 20 new third-party reporting centres", "Council", "2026"),
        ("Exploitation", "Set up a multi-agency modern slavery panel", "Council / GMP", "2025"),
    ], fill=INK)


def outcomes(d):
    X.measures(d, [
        ("Knife-enabled offences", "1,210", "-15%"),
        ("Cuckooing cases closed with the victim safeguarded", "58%", "80%"),
        ("Residents who say ASB is a big problem", "31%", "25%"),
        ("Hate crime victims satisfied with the response", "62%", "75%"),
    ], fill=INK)
    W.heading(d, "5.1 Contact us", 2)
    X.contacts(d, "Community Safety team, Manchester City Council", "csp@manchester.example")


SPEC = dict(
    file=FILE, title="Manchester Community Safety Strategy 2025–2028", org="Community Safety Partnership Manchester",
    style=W.Style(body="DejaVu Sans", size=9.5, colours=(INK, INK, "7A6200"), h1=18, h2=12,
                  header_left="Manchester Community Safety Strategy 2025–28",
                  header_right="CSP Manchester", footer="Page {PAGE}", footer_align="left"),
    cover=dict(kind="band", logo=["MANCHESTER", "CITY COUNCIL"], logo_fill=INK, fill=YELLOW, ink=INK,
               lines=["Community Safety Strategy", "2025–2028", "Community Safety Partnership Manchester"],
               date="July 2025"),
    number_fmt="{n} {t}",
    sections=[
        ("Foreword", "fw", foreword),
        ("Manchester in 2025", "ctx", context),
        ("Where the strategy fits", "fit", fit),
        ("Our priorities", "pri", our_priorities),
        ("Delivery and outcomes", "del", lambda d: (delivery(d), outcomes(d))),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
