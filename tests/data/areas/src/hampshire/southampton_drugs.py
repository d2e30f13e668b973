"""Southampton Combating Drugs Partnership Strategy 2024-2027: Word report (python-docx + LibreOffice),
Liberation Sans.

Four priorities, stated once, as **unnumbered Heading 3 sub-headings under themed parts** (pp6-7): "Part 3:
Our priorities" is divided into three Heading 2 themes named after the national *From harm to hope*
strategy's priorities ("Theme A: Break drug supply chains" ...), and the local priorities sit under them
(one under Themes A and C, two under Theme B; each theme starts a page).  Each priority is followed by "Why this matters" and "Our
commitments".  The theme headings are distractors (Theme A resembles DRG1), as are the *From harm to hope*
outcomes (p5), the 2022 needs assessment findings (p4), the action plan's short workstreams and the outcomes
table (p9) and the member list (p10).
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, table
from hampshire.work import soffice_stable, work_file

FILE = "strategies/southampton_combating_drugs_partnership_strategy_2024-27.pdf"
TITLE = "Southampton Combating Drugs Partnership Strategy 2024–2027"
GREEN, TEAL, INK = "1B5E20", "00796B", "212121"

THEMES = [
    ("Theme A: Break drug supply chains", [
        ("Breaking drug supply and county lines in Southampton",
         "Drug markets in the city are supplied by local dealers and by county lines from London and the Midlands. "
         "They bring violence, exploitation of children and cuckooing of vulnerable adults.",
         ["Target the most harmful dealers and lines with coordinated police operations.",
          "Use closure orders on premises used for dealing, and support the tenants who are exploited.",
          "Share intelligence between treatment services, housing and police."])]),
    ("Theme B: Deliver a world-class treatment and recovery system", [
        ("Getting more people into treatment and recovery, including from the criminal justice system",
         "Only about half of the people in the city who use opiates or crack are in treatment (illustrative). Too few "
         "people leaving prison or on a community sentence with a treatment requirement start treatment.",
         ["Increase treatment places and outreach in hostels and on the street.",
          "Meet people at the prison gate and in custody suites, and make community sentence treatment requirements "
          "work.",
          "Build recovery communities, with peer mentors and help into housing and work."]),
        ("Reducing drug-related deaths",
         "Drug-related deaths in Southampton are among the highest in the south of England (illustrative). Many "
         "involve people who were not in treatment, or had recently left prison or hospital.",
         ["Give naloxone to everyone at risk and train hostel, police custody and pharmacy staff to use it.",
          "Review every drug-related death and act on what we learn.",
          "Respond quickly to alerts about contaminated drugs such as nitazenes."])]),
    ("Theme C: Achieve a generational shift in the demand for drugs", [
        ("Preventing young people from starting to use drugs",
         "Most adults in treatment started using drugs before they were 18. Young people's use of cannabis, "
         "ketamine and vapes containing THC is rising.",
         ["Deliver evidence-based drug education in every secondary school and college.",
          "Offer early help to young people whose parents use drugs.",
          "Work with universities on student drug use and harm reduction."])]),
]


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(GREEN, TEAL, GREEN), title=TITLE,
                author="Southampton Combating Drugs Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Southampton Combating Drugs Partnership", "Strategy 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="616161")
    para(d, "", space_after=60)
    cover_block(d, [("Southampton Combating Drugs Partnership", 12, True, "C8E6C9"), ("", 8, False, "FFFFFF"),
                    ("Combating Drugs", 30, True, "FFFFFF"), ("Partnership Strategy", 26, False, "FFFFFF"),
                    ("2024–2027", 18, False, "C8E6C9")], GREEN, height_cm=10)
    para(d, "", space_after=150)
    para(d, "Reducing drug-related crime, drug-related deaths and drug use in Southampton", italic=True,
         colour="616161")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=GREEN, space_after=14)
    contents(d, [("Part 1: About the partnership", "p1", 0), ("Part 2: The picture in Southampton", "p2", 0),
                 ("The national strategy", "nat", 1), ("Part 3: Our priorities", "p3", 0)]
             + [(th, f"t{i}", 1) for i, (th, _) in enumerate(THEMES)]
             + [("Part 4: Delivery and outcomes", "p4", 0), ("Part 5: Governance", "p5", 0)], pages, leader=True, bold_top=True)
    heading(d, "Part 1: About the partnership", 1, page_break=True)
    for t in [
        "The Southampton Combating Drugs Partnership was set up in 2022 in response to the national drugs "
        "strategy, From harm to hope. It brings together Southampton City Council's public health team, Hampshire "
        "and Isle of Wight Constabulary, the Probation Service, the Integrated Care Board, HMP Winchester, the "
        "drug and alcohol treatment service, the Office of the Police and Crime Commissioner and people with lived "
        "experience of addiction.",
        "Its senior responsible owner is the Director of Public Health. The partnership reports to the Health and "
        "Wellbeing Board and to the Safer Southampton Partnership.",
        "This strategy replaces the city's drug and alcohol strategy for 2019–2022. Alcohol is covered by the city's "
        "separate alcohol plan."]:
        para(d, t)
    para(d, "Senior Responsible Owner, Southampton Combating Drugs Partnership", bold=True)
    heading(d, "Part 2: The picture in Southampton", 1, page_break=True)
    para(d, "The figures below come from our 2022 needs assessment and are illustrative, not official statistics.",
         italic=True, size=9.5)
    table(d, [["Indicator", "Southampton"], ["Estimated opiate and crack users", "1,950"],
              ["Adults in treatment", "1,240"], ["Drug-related deaths (three years)", "58"],
              ["Young people in specialist treatment", "85"], ["Drug offences recorded", "1,020"]], [11.0, 5.4],
          head_fill=GREEN, band="E8F5E9", size=10)
    para(d, "Key findings of the needs assessment:", bold=True)
    bullets(d, ["Crack cocaine use is rising and is linked to acquisitive crime.",
                "People leaving HMP Winchester often lose contact with treatment.",
                "Deaths involving several drugs at once are increasing.",
                "Most young people in treatment use cannabis."])
    heading(d, "The national strategy", 2).paragraph_format.page_break_before = True
    para(d, "From harm to hope (2021) sets three strategic priorities for every area: break drug supply chains; "
            "deliver a world-class treatment and recovery system; and achieve a generational shift in the demand "
            "for drugs. Its national outcomes are reducing drug use, reducing drug-related crime, and reducing "
            "drug-related deaths and harm. We use the three national priorities as the themes of Part 3; our own "
            "priorities sit beneath them.")
    heading(d, "Part 3: Our priorities", 1, page_break=True)
    para(d, "We have four local priorities for 2024 to 2027. They are grouped under the three national themes.")
    for k, (th, pris) in enumerate(THEMES):
        heading(d, th, 2, page_break=k > 0)
        for name, why, commits in pris:
            heading(d, name, 3)
            para(d, "Why this matters", bold=True, size=9.5, colour=TEAL, space_after=2)
            para(d, why)
            para(d, "Our commitments", bold=True, size=9.5, colour=TEAL, space_after=2)
            bullets(d, commits)
    heading(d, "Part 4: Delivery and outcomes", 1, page_break=True)
    para(d, "The action plan is managed through four workstreams, each with a lead:")
    table(d, [["Workstream", "Lead", "First-year focus"], ["Supply", "Police", "Two county lines operations a quarter"],
              ["Treatment", "Public health", "Prison release pathway; outreach in hostels"],
              ["Deaths", "Public health", "Naloxone for custody and pharmacies; death reviews"],
              ["Young people", "Children's Services", "Drug education in schools; early help"]],
          [3.4, 3.6, 9.4], head_fill=GREEN, size=9.5)
    para(d, "Outcomes we will track", bold=True, space_after=3)
    table(d, [["National outcome", "Local measure", "Baseline (illustrative)"],
              ["Reducing drug-related crime", "Neighbourhood crime linked to drugs", "2,300"],
              ["Reducing drug-related deaths and harm", "Drug-related deaths a year", "19"],
              ["Reducing drug use", "Young people reporting drug use", "11%"],
              ["Treatment", "Continuity of care after prison", "34%"]], [5.6, 6.4, 4.4], head_fill=TEAL, size=9.5)
    heading(d, "Part 5: Governance", 1, page_break=True)
    para(d, "The partnership board meets every quarter. Its members are:")
    bullets(d, ["Director of Public Health, Southampton City Council (senior responsible owner)",
                "Hampshire and Isle of Wight Constabulary", "The Probation Service and HMP Winchester",
                "Hampshire and Isle of Wight Integrated Care Board", "The drug and alcohol treatment service",
                "The Office of the Police and Crime Commissioner", "Southampton Youth Justice Service",
                "A lived experience recovery organisation"])
    para(d, "The partnership reviews progress every quarter and publishes an annual report. It shares its "
            "findings with the Hampshire and Isle of Wight Reducing Reoffending Board and the Safer Southampton "
            "Partnership.", size=10)
    para(d, "Contact: cdp@southampton.example", size=9.5)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"p1": "Part 1: About the partnership The", "p2": "Part 2: The picture in Southampton The",
               "nat": "The national strategy From harm", "p3": "Part 3: Our priorities We have"}
    needles.update({f"t{i}": f"{th} {pris[0][0]}" for i, (th, pris) in enumerate(THEMES)})
    needles["p4"] = "Part 4: Delivery and outcomes The"
    needles["p5"] = "Part 5: Governance The"
    src = work_file("southampton_drugs.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out, symbol_at=SYMBOL_AT)
    two_pass(run, out, needles)
    return out


SYMBOL_AT = 0
