"""Text shared by the batch-19 strategies: glossary entries and the equality statement every strategy prints
near the back. Each document picks what it needs; everything else in a document is its own."""

GLOSSARY = {
    "ASB": "Anti-social behaviour: conduct that has caused, or is likely to cause, harassment, alarm or distress.",
    "CSP": "Community Safety Partnership, the statutory partnership set up under the Crime and Disorder Act 1998.",
    "CDP": "Combating Drugs Partnership, the local partnership asked for by the national drugs strategy.",
    "DHR": "Domestic Homicide Review (now Domestic Abuse Related Death Review).",
    "IDVA": "Independent Domestic Violence Adviser, a specialist who supports high-risk victims.",
    "ISVA": "Independent Sexual Violence Adviser.",
    "MARAC": "Multi-Agency Risk Assessment Conference for victims of domestic abuse at high risk of harm.",
    "MAPPA": "Multi-Agency Public Protection Arrangements for managing violent and sexual offenders.",
    "NTE": "Night-time economy: the bars, clubs, restaurants and transport that operate after 6pm.",
    "OPCC": "Office of the Police and Crime Commissioner.",
    "PCC": "Police and Crime Commissioner, the elected person who sets the police and crime plan.",
    "SNA": "Strategic needs assessment: the annual analysis of data that this strategy is based on.",
    "VAWG": "Violence against women and girls.",
    "YJS": "Youth Justice Service.",
    "CCE": "Child criminal exploitation, including the use of children to move drugs (county lines).",
    "OHID": "Office for Health Improvement and Disparities.",
    "IOM": "Integrated Offender Management, the joint police and probation scheme for prolific offenders.",
    "RSL": "Registered social landlord (housing association).",
}


def equality(partnership: str, year: str) -> list[str]:
    return [
        f"{partnership} is committed to the Public Sector Equality Duty in section 149 of the Equality Act 2010. "
        "In developing this strategy partners have had due regard to the need to eliminate discrimination, "
        "harassment and victimisation, to advance equality of opportunity and to foster good relations between "
        "people who share a protected characteristic and those who do not.",
        f"An equality impact assessment was completed in {year} and is published alongside this strategy. It "
        "found that the strategy is likely to have a positive effect for women and girls, for younger and older "
        "residents, for disabled people and for people from ethnic minority communities, who are all "
        "over-represented among victims of the crimes the strategy addresses. No negative effects were found "
        "that could not be mitigated through the action plan.",
        "This document is available in large print, Easy Read, audio and other languages on request.",
    ]
