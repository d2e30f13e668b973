"""Cambridgeshire and Peterborough Combating Drugs and Alcohol Partnership Strategy 2025-2028 (reportlab
long-form: header band, numbered-heading statement under the chapter number, landscape delivery plan)."""
from .compose import build_strategy, data_rows, measures_from, pr

P = [
    pr("CDP1", "Breaking drug supply chains and closing county lines", "Supply", "exploitation", "Supply Group",
       "Lines run from London and the Midlands into Peterborough, Wisbech and Huntingdon.",
       ["Close county lines through joint operations", "Safeguard children and adults exploited by lines"],
       "More lines closed and more people safeguarded."),
    pr("CDP2", "Getting more people into drug and alcohol treatment and keeping them there", "Treatment", "drugs",
       "Treatment and Recovery Group", "Too few people who need treatment are in it, and too many drop out.",
       ["Open outreach clinics in market towns", "Offer treatment at the point of arrest and in court"],
       "More adults in treatment, and more completing it."),
    pr("CDP3", "Reducing drug and alcohol related deaths", "Deaths", "drugs", "Drug Related Deaths Panel",
       "Deaths have risen for a decade, mostly among men over 40.",
       ["Supply naloxone to everyone at risk and their families", "Review every drug-related death"],
       "Fewer drug-related deaths."),
    pr("CDP4", "Preventing young people from starting to use drugs and alcohol", "Young people", "drugs",
       "Prevention Group", "Early use predicts later harm.",
       ["Commission drug education with schools", "Expand young people's substance misuse services"],
       "Fewer young people reporting drug use."),
]

D = dict(
    file="cambridgeshire_peterborough_combating_drugs_partnership_strategy_2025-28.pdf",
    title="Cambridgeshire and Peterborough Combating Drugs and Alcohol Partnership Strategy 2025\u20132028",
    cover_title="Combating Drugs and Alcohol Partnership Strategy", short="Combating Drugs and Alcohol Partnership",
    body="the Combating Drugs and Alcohol Partnership", org="Cambridgeshire and Peterborough Combating Drugs and Alcohol Partnership",
    years="2025\u20132028", place="Cambridgeshire and Peterborough", seed=808, ref="CD", agreed="2025",
    style=dict(body_font="dejavu-cond", head_font="dejavu", c1="#00686b", c2="#e07b00", c3="#e2f1f1",
               header="band", footer="Page {n} of {m}", footer_pos="right", contents="numfirst", cover="block",
               fn_reserve=16, size=9.8),
    signed="Senior Responsible Owner, Combating Drugs and Alcohol Partnership",
    topics=["drugs", "exploitation"], statement="headings",
    titles={"area": "Drugs and alcohol in our area", "evidence": "Joint needs assessment", "priorities": "Our local priorities"},
    statement_intro="Within the national framework, the partnership has agreed four local priorities:",
    priorities=P,
    previous=dict(years="2022\u20132024", items=[
        ("Supply and enforcement", "Lines closed; partnership formed."), ("Treatment capacity", "Grant-funded posts filled."),
        ("Recovery communities", "Peer mentors recruited.")], intro="The partnership's first plan ran from 2022 to 2024. Its workstreams were:"),
    national_lists=[("From harm to hope (2021): three strategic priorities",
                     ["Break drug supply chains", "Deliver a world-class treatment and recovery system",
                      "Achieve a generational shift in the demand for drugs"])],
    national=[("Combating drugs partnerships", "Local partnerships, led by a senior responsible owner, bring together the "
               "bodies that deliver the national strategy and report on the national outcomes framework.")],
    tiles=[("3,900", "adults in structured treatment"), ("54%", "of people with opiate dependency not in treatment"),
           ("71", "drug-related deaths in a year"), ("19", "county lines active in a typical month")],
    findings=["Drug-related deaths continue to rise", "Many people leave prison without a treatment place",
              "Young people's use of vapes and cannabis is rising", "County lines exploit children and vulnerable adults"],
    quote="Recovery happened when someone believed I could do it and gave me a reason to stay.",
    measures=measures_from(P, [("County lines closed", "22", "More"), ("Adults in treatment", "3,900", "More"),
                               ("Drug-related deaths", "71", "Fewer"), ("Young people reporting drug use", "14%", "Fewer")]),
    groups=[("Combating Drugs and Alcohol Partnership", "Senior responsible owner", "Quarterly", "Joint Health and Wellbeing Board"),
            ("Supply Group", "Police", "Monthly", "Partnership"), ("Treatment and Recovery Group", "Public health", "Bi-monthly", "Partnership")],
    data=data_rows(["Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire", "Peterborough"],
                   extra=[("Adults in treatment", "NDTMS"), ("Naloxone kits supplied", "Providers")],
                   per_ward=("Drug trafficking offences", "Adults in treatment", "Drug-related deaths")),
    glossary=[("NDTMS", "National Drug Treatment Monitoring System."), ("Naloxone", "A medicine that reverses opioid overdose.")],
    contacts=["Combating Drugs and Alcohol Partnership, Public Health (illustrative address)", "Email: cdp@cp-cdp.example"],
)


def build(out_root):
    return build_strategy(D, out_root)
