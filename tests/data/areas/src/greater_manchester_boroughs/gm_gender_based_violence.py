"""Greater Manchester Gender-Based Violence Strategy 2025-2030 (python-docx -> LibreOffice).

GMCA Word template for partnership boards: Liberation Serif body, DejaVu Sans headings, violet, header
"Gender-Based Violence Strategy 2025–2030", footer "GMCA | Gender-Based Violence Board | Page N of M".
The priorities are the **middle column of a three-column Word table** (p6) "National pillar (Tackling
Domestic Abuse Plan) | Our priority | Lead": the left column repeats the national plan's pillars in grey,
the middle column holds the priority in bold violet, the right the lead.  Distractors: the national VAWG
strategy's aims and the Tackling Domestic Abuse Plan's pillars (p5, and again in the left column), the
2021 strategy's commitments (p4), the action themes (p7), measures (p8).
"""
from greater_manchester_boroughs import parts as X
from greater_manchester_boroughs import report
from greater_manchester_boroughs import wordkit as W

FILE = "strategies/greater_manchester_gender_based_violence_strategy_2025-30.pdf"
VIOLET, GREY = "5B2C83", "6E6E6E"

PRIORITIES = [
    ("Prioritising prevention", "Preventing gender-based violence by challenging attitudes and behaviours",
     "Education and Public Health"),
    ("Supporting victims", "Supporting victims and survivors, including children", "GBV commissioning group"),
    ("Pursuing perpetrators", "Holding perpetrators to account and changing behaviour", "GMP and Probation"),
    ("A stronger system", "Making public spaces safer for women and girls", "Safer Streets group"),
]


def foreword(d):
    X.prose(d, [
        "Gender-based violence is one of the most common and most harmful forms of crime in Greater "
        "Manchester. It includes domestic abuse, rape and sexual violence, stalking and harassment, so-called "
        "honour-based abuse, forced marriage and female genital mutilation.",
        "Our first strategy, published in 2021, set a ten-year ambition. This refreshed strategy for 2025 to "
        "2030 keeps that ambition and sets four priorities for the Gender-Based Violence Board.",
    ])
    W.para(d, "Deputy Mayor for Policing, Crime, Criminal Justice and Fire, Chair of the Board", italic=True)


def context(d):
    X.stats_table(d, [("Domestic abuse crimes recorded by GMP", "61,000", "up 2%"),
                      ("Rape offences recorded", "3,900", "up 5%"),
                      ("Stalking and harassment", "24,000", "up 8%"),
                      ("Women who feel unsafe walking alone after dark", "46%", "down 2 points")],
                     fill=VIOLET, band="EFE9F5")
    W.heading(d, "What we committed to in 2021", 2)
    X.previous(d, "The 2021 strategy made commitments in five areas:", [
        "Safety of women and girls in public spaces", "Early intervention and education", "Support for victims",
        "Justice for victims", "Challenging perpetrators"])


def national(d):
    W.para(d, "The strategy follows the national framework:")
    W.bullets(d, [("Tackling Violence Against Women and Girls strategy (2021): ",
                   "prioritising prevention; supporting victims; pursuing perpetrators; a stronger system."),
                  ("Tackling Domestic Abuse Plan (2022): ",
                   "the same four pillars, with a focus on perpetrators and on children as victims."),
                  ("Domestic Abuse Act 2021: ", "the duty to provide safe accommodation support."),
                  ("Strategic Policing Requirement: ", "VAWG as a national threat.")])
    X.mayor_quote(d, "The Mayor's priorities (Standing Together 2026–2030)", fill="EFE9F5", colour=VIOLET)


def priorities(d):
    W.para(d, "We have set one priority under each national pillar. The table shows the pillar, our priority for "
              "Greater Manchester and who leads it.")
    t = W.grid(d, [["National pillar (Tackling Domestic Abuse Plan)", "Our priority", "Lead"]] +
               [list(p) for p in PRIORITIES], [4.2, 8.4, 3.6], head_fill=VIOLET, size=10)
    for r in range(1, len(PRIORITIES) + 1):
        W.cell_text(t.cell(r, 0), PRIORITIES[r - 1][0], 9.5, colour=GREY, italic=True)
        W.cell_text(t.cell(r, 1), PRIORITIES[r - 1][1], 11, bold=True, colour=VIOLET)
        W.shade(t.cell(r, 1), "F6F2FA")
    W.para(d, "The priorities apply to every form of gender-based violence and to victims of every sex and age.")


def actions(d):
    X.actions(d, [("Prevention", "Healthy relationships programme in every secondary school", "Education", "2026"),
                  ("Support", "Children's IDVAs in all ten boroughs", "Commissioners", "2026"),
                  ("Perpetrators", "Double places on behaviour change programmes", "Probation", "2027"),
                  ("Public spaces", "Safety audits of 20 town centres and transport hubs", "TfGM / councils", "2026")],
                  fill=VIOLET)


def measures(d):
    X.measures(d, [("Repeat victims of domestic abuse", "29%", "22%"),
                   ("Rape charge rate", "6%", "12%"), ("Perpetrators completing a programme", "480", "1,000"),
                   ("Women who feel safe after dark", "54%", "65%")], fill=VIOLET)
    W.heading(d, "Governance", 2)
    W.para(d, "The Gender-Based Violence Board reports to the Police, Fire and Crime Panel through the Deputy "
              "Mayor. Each borough's domestic abuse partnership board reports to it once a year.")
    X.contacts(d, "GBV team, GMCA", "gbv@greatermanchester-ca.example")


SPEC = dict(
    file=FILE, title="Greater Manchester Gender-Based Violence Strategy 2025–2030",
    org="Greater Manchester Gender-Based Violence Board",
    style=W.Style(body="Liberation Serif", head="DejaVu Sans", size=11, colours=(VIOLET, VIOLET, GREY), h1=19,
                  h2=12.5, header_left="Gender-Based Violence Strategy 2025–2030", header_right="",
                  footer="GMCA | Gender-Based Violence Board | Page {PAGE} of {NUMPAGES}", footer_align="right",
                  hf_colour="5B2C83", rule="5B2C83"),
    cover=dict(kind="band", logo=["GMCA", "Gender-Based Violence Board"], logo_fill="3A1A57", fill=VIOLET,
               lines=["Gender-Based Violence Strategy", "Greater Manchester 2025 to 2030"], date="November 2025"),
    number_fmt="{n}. {t}",
    sections=[("Foreword", "fw", foreword), ("The scale of the problem", "ctx", context),
              ("The national framework", "nat", national), ("Our priorities", "pri", priorities),
              ("What we will do", "act", actions), ("Measures and governance", "mg", measures)],
)


def build(out_root):
    return report.build(SPEC, out_root)
