"""Text shared by several documents of the hertfordshire_folder area: the plan's priorities as partners quote
them, national frameworks, and small helpers.  All statistics are illustrative."""
from __future__ import annotations

PCP = [  # the Police and Crime Plan's six priorities, as partners quote them (distractors outside the plan)
    "Safer streets and neighbourhoods",
    "Cutting serious violence and exploitation",
    "Ending violence against women and girls",
    "Standing up for victims",
    "Preventing offending and reducing reoffending",
    "A police service the public can trust",
]

HARM_TO_HOPE = [  # From Harm to Hope (2021): the three strategic priorities
    "Break drug supply chains",
    "Deliver a world-class treatment and recovery system",
    "Achieve a generational shift in the demand for drugs",
]

DA_PILLARS = [  # Tackling Domestic Abuse Plan (2022): the four pillars
    "Prioritising prevention",
    "Supporting victims",
    "Pursuing perpetrators",
    "A stronger system",
]

SV_DUTY = ("The Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022) requires specified "
           "authorities - the police, councils, fire and rescue, health, probation and youth offending teams - to "
           "work together to prevent and reduce serious violence, to publish a strategic needs assessment and a "
           "strategy, and to review it each year.")

CRIME_DISORDER = ("Under the Crime and Disorder Act 1998 the responsible authorities - the district council, "
                  "Hertfordshire County Council, Hertfordshire Constabulary, Hertfordshire Fire and Rescue Service, "
                  "the Probation Service and the Integrated Care Board - must work together to reduce crime and "
                  "disorder, anti-social behaviour, substance misuse and reoffending.")


def pcp_para() -> str:
    return ("The Police and Crime Commissioner's Police and Crime Plan 2026-2030 sets six priorities for the "
            "county: " + "; ".join(PCP[:-1]) + "; and " + PCP[-1] + ".")


def foreword(place: str, partnership: str, years: str, chair: str = "Chair of the partnership") -> list:
    return [
        ("p", f"Welcome to the {partnership} strategy for {years}. {place} is a safe place to live, work and "
              "visit, and most residents tell us they feel safe in their neighbourhood during the day. But we "
              "know that crime and anti-social behaviour are not spread evenly, and that a small number of "
              "places, people and problems take up a large share of partners' time."),
        ("p", "This strategy is based on our strategic assessment of crime and disorder, on what residents, "
              "businesses and councillors told us, and on the plans of our county partners. It sets out where "
              "the partnership will focus over the next three years and how we will know whether we are making "
              "a difference."),
        ("p", "No single organisation can do this alone. I would like to thank the officers, volunteers and "
              "residents who give their time to keep our communities safe."),
        ("small", chair),
    ]


def context(place: str, stats: list, findings: list) -> list:
    return [("p", f"Our strategic assessment looked at three years of police, council, fire, health and "
                  f"housing data for {place}. The main findings are below."),
            ("stats", stats),
            ("h3", "Key findings"),
            ("ul", findings),
            ("small", "All statistics are illustrative, for this fictional re-creation; they are not official "
                      "figures.")]


def previous(years: str, items: list, verdict: str) -> list:
    return [("p", f"Our previous strategy ({years}) had the following priorities:"),
            ("ul", items),
            ("p", verdict)]


def statutory(extra: str = "") -> list:
    out = [("p", CRIME_DISORDER),
           ("p", "Partners also have duties under the Serious Violence Duty, the Domestic Abuse Act 2021 and "
                 "the Prevent duty (Counter-Terrorism and Security Act 2015).")]
    if extra:
        out.append(("p", extra))
    return out


def pcp_quote() -> list:
    return [("p", "Our work contributes to the Police and Crime Plan 2026-2030 of the Hertfordshire Police and "
                  "Crime Commissioner, whose priorities are:"),
            ("ul", PCP),
            ("p", "The Commissioner's community safety grant funds part of our action plan.")]


def action_table(rows: list) -> list:
    return [("table", [["Theme", "Action", "Lead", "By"]] + rows, [0.2, 0.5, 0.18, 0.12])]


def measures_table(rows: list) -> list:
    return [("table", [["Outcome measure", "Baseline (illustrative)", "Target"]] + rows, [0.5, 0.28, 0.22])]


def governance(partnership: str, district: str) -> list:
    return [("p", f"The {partnership} Responsible Authorities Group meets quarterly and owns this strategy. It "
                  "reports to the council's overview and scrutiny committee once a year and shares its "
                  "performance with the Safer Hertfordshire Board and the Police and Crime Commissioner."),
            ("p", "Task groups lead the action plan; each has a named lead organisation and reports progress at "
                  "every meeting. The plan is refreshed each spring after the strategic assessment."),
            ("h3", "Contact us"),
            ("p", f"Community Safety Team, {district} - community.safety@{district.lower().replace(' ', '')}"
                  ".example - 01234 000 000 (illustrative). In an emergency always call 999.")]
