"""Safer Stockport Partnership Plan 2025-2028 (python-docx -> LibreOffice).

Stockport Council template: Liberation Sans, purple-blue and green, header "Safer Stockport Partnership" with
a rule, footer "Safer Stockport Partnership Plan 2025-28 | Page N of M".  The priorities are the **bold first
column of a shaded Word table** "Our priority | Why it matters | Lead group" (p6), the priority cells on a
pale green fill and wrapping over two or three lines.  Distractors: the previous priorities, the Mayor's
priorities, key findings, the theme column of the action plan, measures.
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/safer_stockport_partnership_plan_2025-28.pdf"
NAVY, GREEN = "2B2F6B", "4C8C2B"

PRIORITIES = [
    ("Reducing violence in the night-time economy",
     "Violence with injury in Stockport town centre doubles after 10pm on Fridays and Saturdays; most involves "
     "alcohol.", "Safer Town Centre group"),
    ("Tackling domestic abuse and stalking",
     "Stalking reports have risen for three years; two thirds involve a former partner.", "Domestic Abuse Partnership"),
    ("Keeping older and vulnerable residents safe from fraud and scams",
     "Stockport has one of the oldest populations in Greater Manchester. Courier fraud and doorstep crime cost "
     "residents over £1 million last year.", "Fraud and Scams group"),
    ("Reducing anti-social behaviour and deliberate fires",
     "Deliberate fires in open land and bins rise every spring and are often linked to groups of young people "
     "causing nuisance.", "ASB and Fire group"),
]


def foreword(d):
    X.prose(d, [
        "Stockport is one of the safest boroughs in Greater Manchester, and we want to keep it that way. "
        "This plan sets out what the Safer Stockport Partnership will focus on between 2025 and 2028.",
        "Our priorities are few, because we want to do a small number of things well. They come from the "
        "evidence in our strategic assessment and from what more than 1,500 residents told us.",
    ])
    W.para(d, "Chair, Safer Stockport Partnership", bold=True)


def evidence(d):
    X.stats_table(d, [
        ("Total recorded crime", "21,300", "down 4%"),
        ("Night-time economy violence (town centre)", "410", "up 6%"),
        ("Domestic abuse and stalking crimes", "4,200", "up 5%"),
        ("Reported fraud against residents aged 65+", "880", "up 9%"),
        ("Deliberate fires", "520", "up 12%"),
    ], fill=NAVY, band="EAEBF4")
    W.heading(d, "Key findings", 2)
    W.bullets(d, ["Crime fell overall, but harm is concentrated in a few places and times.",
                  "Older residents are the most worried about fraud and doorstep crime.",
                  "Most deliberate fires happen between March and June."])
    W.heading(d, "Previous priorities (2022–2025)", 2)
    W.grid(d, [["Priority 2022–2025", "Status"],
               ["Protecting vulnerable people", "Continued within new priorities"],
               ["Reducing crime and anti-social behaviour", "Continued"],
               ["Tackling drug-related harm", "Now led by the Combating Drugs Partnership"],
               ["Building community confidence", "Mainstreamed"]], [10.0, 6.2], head_fill="7F7F7F")


def context(d):
    W.para(d, "The partnership works within the Greater Manchester Police, Fire and Crime Plan. The Mayor's "
              "seven priorities are:")
    X.mayor_quote(d, "Standing Together 2026–2030", fill="EEF5EA", colour=GREEN)
    W.heading(d, "Stockport's One Future", 2)
    W.para(d, "Our plan also supports the One Stockport Borough Plan ambition for a borough where everyone "
              "feels safe, supported and able to thrive.")


def priorities(d):
    W.para(d, "The table sets out our four priorities, why each matters and which group leads it.")
    t = W.grid(d, [["Our priority", "Why it matters", "Lead group"]] + [list(p) for p in PRIORITIES],
               [5.2, 8.0, 3.2], head_fill=NAVY, first_bold=True, first_fill="E3EFDC", size=10)
    W.para(d, "The groups report to the partnership board every quarter against the measures in section 6.")


def plan(d):
    X.actions(d, [
        ("Night-time economy", "Best Bar None accreditation for 30 venues; street pastors on Saturdays", "Licensing", "2026"),
        ("Domestic abuse", "Stalking advocate in the IDVA service", "Council", "2025"),
        ("Fraud", "Train 200 bank and post office staff in the Banking Protocol", "GMP", "2026"),
        ("Fire", "Fire-setter education in every secondary school", "GMFRS", "2026"),
    ], fill=NAVY)


def measures(d):
    X.measures(d, [("Night-time economy violence", "410", "-15%"), ("Stalking cases with an advocate", "40%", "70%"),
                   ("Repeat fraud victims", "12%", "8%"), ("Deliberate fires", "520", "-20%")], fill=NAVY)
    W.heading(d, "Contact", 2)
    X.contacts(d, "Safer Stockport Partnership team", "safer.stockport@stockport.example")


SPEC = dict(
    file=FILE, title="Safer Stockport Partnership Plan 2025–2028", org="Safer Stockport Partnership",
    style=W.Style(body="Liberation Sans", size=10.5, colours=(NAVY, GREEN, NAVY), h1=20, h2=13,
                  header_left="Safer Stockport Partnership", header_right="",
                  footer="Safer Stockport Partnership Plan 2025-28 | Page {PAGE} of {NUMPAGES}",
                  footer_align="center", rule="4C8C2B", hf_colour="2B2F6B"),
    cover=dict(kind="centre", logo=["STOCKPORT", "Council"], logo_fill=NAVY,
               lines=["Safer Stockport Partnership Plan", "2025 – 2028"],
               partners="Stockport Council · Greater Manchester Police · GMFRS · Probation · NHS GM (Stockport) · "
                        "Sector 3", date="Approved March 2025", strip="EEF5EA"),
    number_fmt="{n}. {t}",
    sections=[
        ("Foreword", "fw", foreword),
        ("What the evidence tells us", "ev", evidence),
        ("Where the plan fits", "fit", context),
        ("Our priorities", "pri", priorities),
        ("Action plan", "ap", plan),
        ("Measuring success", "ms", measures),
    ],
)


def build(out_root):
    return report.build(SPEC, out_root)
