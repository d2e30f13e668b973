"""Safer Dudley Partnership Strategy 2026-2029: house style S (HTML/CSS -> Chromium, paint colour cards),
Dudley's colours, DejaVu Sans.

Five priorities on p5 as paint card names.  Distractors: card codes and "Mixed from" lines, the findings and
previous priorities (p4), the Mayor's priorities quoted (p6), actions and measures.
"""
from west_midlands_metro import swatch_style
from west_midlands_metro.shared import PLAN_SENTENCE

DOC = {
    "file": "strategies/safer_dudley_partnership_strategy_2026-29.pdf",
    "title": "Safer Dudley Partnership Strategy 2026–2029",
    "org": "Safer Dudley Partnership",
    "cover_title": "Safer Dudley Partnership Strategy",
    "years": "April 2026 – March 2029",
    "theme": dict(font="DejaVu Sans", hfont="DejaVu Sans", c1="#2B4162", c2="#C9A227", c3="#F4F1E6",
                  foot="Safer Dudley Partnership", folio='counter(page) " of 8"',
                  tocrule="1px solid #ccc", tocfill="",
                  code="DUDLEY BOROUGH",
                  chips=[("#2B4162", "#6B7FA0", "#B4C0D3"), ("#8C1C13", "#B5574F", "#DDA9A4"),
                         ("#C9A227", "#DBC26D", "#EEE2B7"), ("#385F71", "#74929F", "#B9CACF"),
                         ("#5F0F40", "#8F4E76", "#C9A3BA")]),
    "heads": {"fw": "Foreword", "ctx": "Dudley borough: the picture", "pri": "Five priorities",
              "del": "Delivery", "gov": "Governance"},
    "foreword": [
        "Dudley borough – Dudley, Brierley Hill, Halesowen, Stourbridge, Sedgley and their neighbourhoods – is a "
        "safe place to live for most people, most of the time.",
        "The Safer Dudley Partnership has chosen five priorities where working together will make the most "
        "difference. One of them, gambling-related harm, is new for this strategy and reflects the growing "
        "evidence of its link with debt, domestic abuse and crime.",
    ],
    "signed": "Chair, Safer Dudley Partnership",
    "context": {
        "intro": "Dudley has about 325,000 residents (illustrative) and four town centres.",
        "stats": [("325,000", "residents"), ("31,500", "crimes in 2024/25"), ("5,200", "ASB incidents"),
                  ("5,900", "domestic abuse incidents"), ("74", "children and adults referred for exploitation"),
                  ("1 in 20", "adults harmed by their own or someone else's gambling")],
        "find_head": "Strategic assessment: key findings",
        "findings": ["ASB clusters in the four town centres and on a few estates.",
                     "Residents see open drug dealing as a top concern in some neighbourhoods.",
                     "Exploitation of vulnerable adults through cuckooing has risen.",
                     "Gambling harm is under-recognised by services."],
        "prev_head": "Previous priorities (2023–2026)",
        "previous": "Safer town centres; Domestic abuse; Reducing reoffending; and Protecting vulnerable people.",
    },
    "pri_intro": "The partnership has five priorities for 2026 to 2029, shown below as a colour card.",
    "priorities": [
        ("Anti-social behaviour in our neighbourhoods and town centres",
         "Problem-solving in the places ASB recurs.", "neighbourhood policing, housing"),
        ("Domestic abuse", "Earlier help for victims and children, and action against perpetrators.",
         "the Dudley Domestic Abuse Partnership"),
        ("Drug dealing and supply in our communities", "Closing down street dealing and the lines that supply "
         "it.", "police, licensing, housing"),
        ("Exploitation of children and vulnerable adults", "Spotting exploitation early and disrupting those "
         "responsible.", "both safeguarding partnerships"),
        ("Gambling-related harm", "Training frontline staff to ask about gambling and refer to support.",
         "public health, GamCare"),
    ],
    "delivery": {
        "intro": "Each priority has a delivery group. The table summarises the first year.",
        "head": ["Priority", "Year one", "Lead"],
        "rows": [("ASB", "Town centre wardens; Public Spaces Protection Orders", "Dudley Council"),
                 ("Domestic abuse", "Perpetrator programme; IDVA in hospital", "Council, NHS"),
                 ("Drug dealing", "Closure orders; community intelligence drive", "West Midlands Police"),
                 ("Exploitation", "Cuckooing protocol", "Police, Adult Social Care"),
                 ("Gambling harm", "Screening questions in services", "Public Health")],
        "pcc_head": "Links to the Mayor's plan",
        "pcc": PLAN_SENTENCE,
    },
    "gov": {
        "intro": "The partnership board meets quarterly and reports to the council's Health and Adult Social "
                 "Care and Safer Communities scrutiny committee.",
        "head": ["Measure", "Baseline", "Direction"],
        "rows": [("ASB incidents", "5,200", "Down"), ("Repeat DA victims", "30%", "Down"),
                 ("Drug-dealing reports acted on", "62%", "Up"), ("Exploitation referrals", "74", "Up"),
                 ("Staff trained on gambling harm", "40", "Up")],
        "partners": "Dudley Metropolitan Borough Council; West Midlands Police; West Midlands Fire Service; the "
                    "Probation Service; NHS Black Country ICB; Dudley CVS.",
    },
    "contact": "Council House, Priory Road, Dudley · saferdudley@dudley.example",
}


def build(root):
    return swatch_style.build(root, DOC, "dudley_csp")
