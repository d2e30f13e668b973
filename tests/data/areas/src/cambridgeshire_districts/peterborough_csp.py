"""Safer Peterborough Partnership Strategy 2025-2028: HTML printed by Chromium (paged media: named pages per
chapter carry the running header, "Page N of M" in the bottom margin box, a landscape named page for the
delivery plan, two chapters in CSS columns, repeating table headers). The priorities are a bordered
numbered list ("01"-"05") on the first page of chapter 4."""
from .compose import data_rows, measures_from, pr
from .compose_html import build_html_strategy

P = [
    pr("PET1", "Reducing anti-social behaviour and street drinking in the city centre", "City centre ASB", "asb",
       "City Centre Group", "Street drinking and begging around the bus station and Cathedral Square drive most complaints.",
       ["Renew the city centre public spaces protection order with outreach first", "Fund a city centre ASB officer"],
       "Fewer ASB reports in the city centre."),
    pr("PET2", "Tackling knife crime and serious youth violence", "Knife crime", "violence", "Violence Group",
       "Peterborough has the highest rate of knife crime in the county.",
       ["Run weapons sweeps in parks with community volunteers", "Offer mentoring to young people found carrying knives"],
       "Fewer knife crimes involving under-25s."),
    pr("PET3", "Tackling modern slavery and human trafficking", "Modern slavery", "slavery", "Exploitation Group",
       "Car washes, nail bars and food factories have all been linked to forced labour.",
       ["Run joint inspections with the GLAA and immigration enforcement", "Train council staff as first responders"],
       "More victims referred to the National Referral Mechanism."),
    pr("PET4", "Building cohesive communities and tackling hate crime", "Cohesion and hate crime", "hate",
       "Cohesion Group", "Peterborough is one of the most diverse cities in the region, and tensions can rise quickly.",
       ["Support community leaders' network", "Open third-party hate crime reporting centres in community venues"],
       "More hate crime reported and fewer tensions escalating."),
    pr("PET5", "Reducing reoffending by the most prolific offenders", "Prolific offenders", "reoffending",
       "IOM Group", "A small group of offenders commit much of the city's acquisitive crime.",
       ["Link IOM with housing and drug treatment", "Share offender information weekly with the BID"],
       "Lower reoffending by the IOM cohort."),
]

D = dict(
    file="safer_peterborough_partnership_strategy_2025-28.pdf",
    title="Safer Peterborough Partnership Strategy 2025\u20132028",
    cover_title="Safer Peterborough Partnership Strategy", short="Safer Peterborough Partnership Strategy 2025\u201328",
    body="the Safer Peterborough Partnership", org="Safer Peterborough Partnership",
    years="2025\u20132028", place="Peterborough", seed=1111, ref="SP", agreed="2025",
    style=dict(c1="#2d4f8a", c2="#c4502b"),
    signed="Chair, Safer Peterborough Partnership",
    topics=["asb", "violence", "slavery", "hate", "reoffending"],
    statement_intro="The partnership will focus on five priorities between 2025 and 2028:",
    priorities=P,
    previous=dict(years="2022\u20132025", items=[
        ("Safer communities", "City centre patrols extended."), ("Protecting vulnerable people", "Exploitation hub set up."),
        ("Reducing offending", "IOM refreshed."), ("Community cohesion", "Cohesion strategy published.")]),
    national=[("Crime and Disorder Act 1998", "The responsible authorities must formulate and implement a strategy to reduce crime and disorder."),
              ("Serious Violence Duty", "Specified authorities must work together to prevent and reduce serious violence."),
              ("Modern Slavery Act 2015", "Public authorities have a duty to notify the Home Office about potential victims."),
              ("Anti-social Behaviour Action Plan (2023)", "Sets out national expectations on ASB hotspots and swift justice.")],
    tiles=[("216,000", "residents in one of the fastest-growing cities in England"), ("2x", "the county knife crime rate"),
           ("120", "languages spoken in the city's schools"), ("37%", "of acquisitive crime linked to IOM cohort")],
    findings=["Street drinking concentrates around the bus station", "Knife crime is highest among 15 to 24 year olds",
              "Forced labour has been found in car washes", "Hate crime spikes after national events",
              "A small cohort commits much acquisitive crime"],
    quote="The city centre should feel like it belongs to everyone, not just to the people causing trouble.",
    measures=measures_from(P, [("City centre ASB reports", "2,300", "Fewer"), ("Under-25 knife crimes", "140", "Fewer"),
                               ("NRM referrals", "61", "More"), ("Hate crimes reported", "520", "More"),
                               ("IOM cohort reoffending", "58%", "Lower")]),
    groups=[("Safer Peterborough Partnership Board", "City council", "Quarterly", "Scrutiny commission"),
            ("City Centre Group", "BID and police", "Monthly", "Board"), ("Exploitation Group", "City council", "Monthly", "Board")],
    data=data_rows(["Central", "Park", "North", "East", "Orton Longueville", "Dogsthorpe", "Paston and Walton",
                    "Millfield and New England", "Stanground South"],
                   extra=[("NRM referrals", "Home Office"), ("Third-party hate reports", "Reporting centres")]),
    glossary=[("BID", "Business Improvement District."), ("GLAA", "Gangmasters and Labour Abuse Authority.")],
    contacts=["Safer Peterborough Partnership, Sand Martin House (illustrative address)", "Email: spp@safer-peterborough.example"],
)


def build(out_root):
    return build_html_strategy(D, out_root)
