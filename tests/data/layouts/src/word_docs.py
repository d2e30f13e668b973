"""Word documents (python-docx), converted to PDF with LibreOffice by build.py.

Every place, partnership and person named here is fictional.
Each builder returns the path of the .docx it wrote into `work`.
"""
from __future__ import annotations

from pathlib import Path

from word_helpers import bullets, contents_line, heading, new_doc, page_break, para, table

DASH = "\u2013"


# --------------------------------------------------------------------------------------------
# numbered_headings_word: "Priority 1 – X" Heading 1s, one of which wraps; contents page; footer
# --------------------------------------------------------------------------------------------
NHW_PRIORITIES = [
    "Tackling anti-social behaviour and its impact on residents, businesses and visitors",
    "Reducing serious violence, including knife crime",
    "Protecting people from exploitation and abuse",
    "Building safer, stronger neighbourhoods with our communities",
]


def numbered_headings_word(work: Path) -> Path:
    doc = new_doc("Community Safety Plan 2025-2028", "Safer Fenbridge Partnership",
                  footer=f"Safer Fenbridge Partnership {DASH} Community Safety Plan 2025{DASH}2028")
    # page 1: cover
    para(doc, "SAFER FENBRIDGE PARTNERSHIP", bold=True, color="1F4E79", size=12, space_before=60)
    doc.add_paragraph(f"Community Safety Plan 2025{DASH}2028", style="Title")
    doc.add_paragraph("Working together to keep Fenbridge safe", style="Subtitle")
    para(doc, "Published April 2025", space_before=24)
    para(doc, "The Safer Fenbridge Partnership brings together:", space_before=140, bold=True)
    bullets(doc, ["Fenbridge Borough Council", "Wexshire Police", "Wexshire Fire and Rescue Service",
                  "The Probation Service", "NHS Wexshire Integrated Care Board", "Fenbridge Homes"])
    page_break(doc)
    # page 2: contents
    heading(doc, "Contents", 1)
    contents_line(doc, "Foreword", 3)
    contents_line(doc, "Our vision and values", 3)
    contents_line(doc, "How we chose our priorities", 3)
    for i, p in enumerate(NHW_PRIORITIES, start=1):
        contents_line(doc, f"Priority {i} {DASH} {p}", 4 if i <= 2 else 5)
    contents_line(doc, "Governance and measuring success", 6)
    page_break(doc)
    # page 3: foreword, vision, values
    heading(doc, "Foreword", 1)
    para(doc, "I am pleased to introduce the Safer Fenbridge Partnership's Community Safety Plan for "
              "2025 to 2028. Fenbridge remains a safe place to live, work and visit, but we know that "
              "crime and anti-social behaviour still affect too many people, and that some residents "
              "feel less safe than they did five years ago.")
    para(doc, "This plan sets out where the partnership will focus its shared effort over the next three "
              "years. It is based on our strategic assessment of crime and disorder, on what more than "
              "1,200 residents told us in our community safety survey, and on the experience of "
              "frontline staff across every partner agency.")
    para(doc, "Cllr Helen Marsh, Chair of the Safer Fenbridge Partnership", italic=True)
    heading(doc, "Our vision and values", 1)
    para(doc, "Our vision is for Fenbridge to be a place where everyone is safe and feels safe, and "
              "where communities are confident that partners will act on their concerns.")
    para(doc, "In everything we do we will be guided by these values:")
    bullets(doc, [("Prevention first: ", "we will act early, before problems escalate."),
                  ("Listening to communities: ", "residents help shape what we do and how we do it."),
                  ("Sharing information safely: ", "the right people will have the right information."),
                  ("Fairness and respect: ", "our services will treat everyone with dignity.")])
    heading(doc, "How we chose our priorities", 2)
    para(doc, "Our annual strategic assessment looked at police recorded crime, calls for service, "
              "hospital and ambulance data, council anti-social behaviour reports and fire service "
              "incidents. Partners then agreed the four priorities below at a workshop in January 2025.")
    page_break(doc)
    # page 4: priorities 1-2
    we_will = {
        1: ["use the Anti-social Behaviour, Crime and Policing Act 2014 powers consistently across partners",
            "run a single case management system for anti-social behaviour cases",
            "provide diversionary activities for young people in the evenings and school holidays",
            "make sure every victim is offered support and kept informed about their case"],
        2: ["deliver our Serious Violence Duty response plan with health and education partners",
            "fund detached youth work in the areas with the highest levels of violence",
            "work with licensed premises to reduce alcohol-related violence",
            "install knife surrender bins and run weapon awareness sessions in schools"],
        3: ["train frontline staff to spot the signs of exploitation, including cuckooing",
            "hold a monthly multi-agency exploitation meeting",
            "support the domestic abuse partnership to deliver its strategy",
            "raise awareness of fraud and scams targeting older residents"],
        4: ["hold neighbourhood action days in the wards with the most reported crime",
            "support and grow Neighbourhood Watch and community speed watch schemes",
            "improve street lighting and CCTV where the evidence shows it will help",
            "publish a 'You said, we did' update every quarter"],
    }
    why = {
        1: "Anti-social behaviour is the issue residents raise with us most often. Reports rose by 9% in "
           "2024, with the town centre, Riverside and Northgate wards most affected.",
        2: "Although serious violence is rare in Fenbridge, knife-enabled offences have increased for "
           "three years in a row, and young people are disproportionately affected.",
        3: "Exploitation and abuse are often hidden. Cases of criminal exploitation, cuckooing and "
           "domestic abuse referred to partners increased by 14% last year.",
        4: "Strong communities are safer communities. Residents want to be involved in solving local "
           "problems and to see what happens as a result of their reports.",
    }
    for i, text in enumerate(NHW_PRIORITIES, start=1):
        heading(doc, f"Priority {i} {DASH} {text}", 1)
        heading(doc, "Why this matters", 3)
        para(doc, why[i])
        para(doc, "We will:", bold=True, space_after=2)
        bullets(doc, we_will[i])
        if i in (2, 4):
            page_break(doc)
    # page 6: governance and measures
    heading(doc, "Governance and measuring success", 1)
    para(doc, "The Safer Fenbridge Partnership Board is responsible for delivering this plan. It will:")
    bullets(doc, ["meet quarterly and review a performance report at every meeting",
                  "agree an annual action plan for each priority, with a named lead",
                  "report to the council's Overview and Scrutiny Committee once a year",
                  "work closely with the Police and Crime Commissioner and the Wexshire Domestic Abuse "
                  "Partnership Board"])
    para(doc, "We will measure our progress through:", space_before=6)
    bullets(doc, ["the number of anti-social behaviour incidents reported to police and the council",
                  "knife-enabled crime and hospital admissions for assault with a sharp object",
                  "the number of referrals to the exploitation hub",
                  "the percentage of residents who feel safe in their area after dark"])
    para(doc, "Contact: community.safety@fenbridge.example.gov.uk", space_before=12, italic=True)
    path = work / "numbered_headings_word.docx"
    doc.save(path)
    return path


# --------------------------------------------------------------------------------------------
# table_rows_wrapped_libreoffice: Priority | What we will do | How we will measure it
# --------------------------------------------------------------------------------------------
TRW_PRIORITIES = [
    "Reduce drug and alcohol-related deaths and harm",
    "Break drug supply chains and tackle county lines exploitation",
    "Increase the number of people in treatment and in sustained recovery",
    "Prevent children and young people from starting to use drugs and alcohol",
]


def table_rows_wrapped(work: Path) -> Path:
    doc = new_doc("Drug and Alcohol Strategy 2024-2029", "Kestrel Vale Combating Drugs Partnership",
                  footer="Kestrel Vale Drug and Alcohol Strategy", accent="00695C", size=10.5)
    para(doc, "Kestrel Vale Combating Drugs Partnership", bold=True, color="00695C", size=12)
    doc.add_paragraph(f"Drug and Alcohol Strategy 2024{DASH}2029", style="Title")
    doc.add_paragraph("From harm to recovery: a whole-system approach", style="Subtitle")
    heading(doc, "Foreword", 1)
    para(doc, "Drugs and alcohol cause enormous harm to individuals, families and communities in Kestrel "
              "Vale. Behind every statistic in this strategy is a person, and often a family, whose life "
              "has been changed. This strategy sets out how partners will work together over the next "
              "five years to reduce that harm.")
    heading(doc, "About this strategy", 1)
    para(doc, "The strategy has been developed by the Kestrel Vale Combating Drugs Partnership, which "
              "includes the district and county councils, police, probation, the NHS, treatment "
              "providers and people with lived experience of addiction. It covers illegal drugs, the "
              "misuse of prescription medicines and alcohol.")
    para(doc, "It replaces the Substance Misuse Strategy 2019\u20132023, whose three strands were "
              "prevention, treatment and enforcement.")
    page_break(doc)
    heading(doc, "The national picture", 1)
    para(doc, "In December 2021 the Government published From Harm to Hope, a ten-year plan to cut crime "
              "and save lives. It has three strategic priorities:")
    bullets(doc, ["break drug supply chains",
                  "deliver a world-class treatment and recovery system",
                  "achieve a generational shift in the demand for drugs"])
    heading(doc, "Drugs and alcohol in Kestrel Vale", 1)
    bullets(doc, ["an estimated 1,140 adults use opiates and/or crack cocaine",
                  "38 drug poisoning deaths were registered between 2021 and 2023",
                  "alcohol-specific hospital admissions are 12% above the England average",
                  "only 41% of people dependent on alcohol are in treatment"])
    heading(doc, "What people told us", 1)
    para(doc, "We spoke to 146 people, including people in treatment, family members and frontline staff. "
              "They told us that services can be hard to find, that waiting times put people off, and "
              "that stigma stops people asking for help.")
    page_break(doc)
    heading(doc, "Our priorities", 1)
    para(doc, "The table below sets out our four priorities, what we will do and how we will know we are "
              "making a difference.")
    rows = [
        [TRW_PRIORITIES[0],
         ["\u2022 Expand naloxone supply through pharmacies, hostels and the probation service",
          "\u2022 Review every drug-related death through a multi-agency panel",
          "\u2022 Introduce an alcohol care team at Kestrel Vale General Hospital",
          "\u2022 Run a drug checking and harm reduction outreach service"],
         ["Drug poisoning deaths per 100,000 population", "Alcohol-specific hospital admissions",
          "Number of naloxone kits supplied"]],
        [TRW_PRIORITIES[1],
         ["\u2022 Target the people and networks who supply drugs in our towns",
          "\u2022 Close cuckooed addresses quickly and support the residents affected",
          "\u2022 Use closure orders and civil injunctions against drug dealing premises",
          "\u2022 Share intelligence between police, housing and children's services"],
         ["County lines closed", "Drug-related offences and seizures", "Cuckooing referrals"]],
        [TRW_PRIORITIES[2],
         ["\u2022 Reduce waiting times for structured treatment to under three weeks",
          "\u2022 Offer treatment to everyone leaving prison with a substance misuse need",
          "\u2022 Build a visible recovery community with peer mentors",
          "\u2022 Help people in recovery into housing, training and work"],
         ["Numbers in treatment", "Continuity of care after prison", "Successful completions"]],
        [TRW_PRIORITIES[3],
         ["\u2022 Deliver evidence-based drug and alcohol education in every secondary school",
          "\u2022 Provide a young people's substance misuse service with outreach in the community",
          "\u2022 Support families affected by parental substance misuse",
          "\u2022 Work with retailers to prevent underage sales of alcohol and vapes"],
         ["Young people in treatment", "School survey results", "Underage sales test purchases"]],
    ]
    table(doc, ["Priority", "What we will do", "How we will measure it"], rows, [3.4, 8.8, 4.4],
          head_fill="00695C", first_col_bold=True, size=10)
    para(doc, "")
    heading(doc, "Delivering the strategy", 1)
    para(doc, "Each priority has a lead partner who will agree a detailed delivery plan with the "
              "partnership. The first-year actions are set out below. The plan will be refreshed each "
              "year and progress will be reported to the Health and Wellbeing Board.")
    heading(doc, "Year one action plan", 2)
    actions = [
        ["A1", "Recruit two additional harm reduction outreach workers", "Treatment provider", "Jun 2024"],
        ["A2", "Launch pharmacy naloxone scheme in all towns", "Public Health", "Sep 2024"],
        ["A3", "Set up drug-related death review panel", "Public Health", "Jul 2024"],
        ["A4", "Agree a cuckooing protocol with housing providers", "Police / Housing", "Oct 2024"],
        ["A5", "Deliver county lines awareness training to taxi drivers", "Licensing", "Dec 2024"],
        ["A6", "Commission peer mentoring service", "Commissioning", "Jan 2025"],
        ["A7", "Introduce in-reach worker at HMP Kestrel", "Probation", "Nov 2024"],
        ["A8", "Refresh PSHE drug education resources", "Education", "Sep 2024"],
        ["A9", "Run underage sales test purchase operations", "Trading Standards", "Quarterly"],
        ["A10", "Publish annual report to Health and Wellbeing Board", "Partnership chair", "Mar 2025"],
    ]
    table(doc, ["Ref", "Action", "Lead", "By when"], actions, [1.3, 9.0, 3.8, 2.5], head_fill="00695C",
          size=9.5, zebra="E0F2F1")
    heading(doc, "Governance", 1)
    para(doc, "The Combating Drugs Partnership reports to the Kestrel Vale Health and Wellbeing Board and "
              "to the Safer Kestrel Vale Partnership. Its senior responsible owner is the Director of "
              "Public Health.")
    path = work / "table_rows_wrapped_libreoffice.docx"
    doc.save(path)
    return path


# --------------------------------------------------------------------------------------------
# table_theme_lead_outcome_libreoffice: Theme | Lead | Outcome (no "Priority" header word)
# --------------------------------------------------------------------------------------------
TTL_THEMES = [
    "Child First practice and the voice of the child",
    "Prevention and diversion from the formal justice system",
    "Reducing reoffending and keeping children safe from harm",
    "Education, training and employment",
    "Addressing the over-representation of children in care and Black and mixed heritage children",
]


def table_theme_lead_outcome(work: Path) -> Path:
    doc = new_doc("Youth Justice Plan 2025/26", "Wexcombe Youth Justice Service",
                  footer="Wexcombe Youth Justice Plan 2025/26", accent="6A1B9A", font="Verdana", size=10,
                  heading_sizes=(15, 12, 10.5))
    para(doc, "Wexcombe Youth Justice Service", bold=True, color="6A1B9A", size=13, space_before=80)
    doc.add_paragraph("Youth Justice Plan 2025/26", style="Title")
    doc.add_paragraph("Child First: working with children, families and communities", style="Subtitle")
    para(doc, "Approved by the Wexcombe Youth Justice Management Board, March 2025", space_before=30)
    para(doc, "Plan owner: Head of Youth Justice Service", space_before=4)
    page_break(doc)
    heading(doc, "Introduction from the Chair of the Management Board", 1)
    para(doc, "This plan describes how Wexcombe Youth Justice Service (YJS) and its partners will work "
              "with children in, or at risk of entering, the youth justice system during 2025/26. The "
              "number of children entering the system for the first time has fallen again this year, and "
              "we are proud of the work of our practitioners.")
    heading(doc, "Our vision", 2)
    para(doc, "Every child in Wexcombe lives a safe and crime-free life and makes a positive contribution "
              "to their community.")
    heading(doc, "Child First", 2)
    para(doc, "Our practice follows the Child First principle. This means we:")
    bullets(doc, ["see children as children, recognising their needs, capacities and rights",
                  "build on children's strengths and help them develop a pro-social identity",
                  "work in collaboration with children and their families",
                  "promote diversion and minimise the stigma of contact with the system"])
    heading(doc, "How our performance is measured", 2)
    para(doc, "The Youth Justice Board monitors every service against national key performance "
              "indicators, including:")
    bullets(doc, ["the rate of first time entrants to the youth justice system",
                  "the use of custody", "the rate of reoffending",
                  "access to suitable accommodation, and engagement in education, training and employment"])
    page_break(doc)
    heading(doc, "Progress against our 2024/25 priorities", 1)
    para(doc, "Last year's plan set four priorities. Our progress against each is summarised below.")
    prev = [["Improve the quality of assessment and planning", "Achieved: 92% of assessments completed on time"],
            ["Reduce the number of first time entrants", "Achieved: first time entrants fell by 18%"],
            ["Strengthen our work with victims", "Partly achieved: victim contact rate 71% (target 80%)"],
            ["Improve health support for children", "Achieved: speech and language therapist in post"]]
    table(doc, ["2024/25 priority", "Progress"], prev, [7.5, 9.1], head_fill="9E9E9E", size=9.5)
    para(doc, "")
    heading(doc, "What children and families told us", 2)
    para(doc, "We asked 38 children and 21 parents and carers about their experience of the service. They "
              "valued having the same worker throughout, and asked for more help with getting back into "
              "education after exclusion.")
    page_break(doc)
    heading(doc, "Our priorities for 2025/26", 1)
    para(doc, "The Management Board has agreed the following themes for the year ahead, each with a "
              "named lead and the outcome we want to see.")
    lead = ["Head of Service", "Prevention and Diversion Manager", "Operations Manager",
            "Virtual School Head", "Chair of the Disproportionality Working Group"]
    outcome = ["Children tell us they are listened to, and their views shape their plans and our services.",
               "Fewer children enter the formal youth justice system because they receive the right help "
               "early, through Turnaround and out-of-court resolutions.",
               "Fewer children reoffend, and risks of exploitation and serious violence are identified and "
               "managed jointly with children's social care.",
               "More children known to the service attend school or college, or are in training or work.",
               "The over-representation of these groups in the youth justice system is reduced year on year."]
    rows = [[TTL_THEMES[i], lead[i], outcome[i]] for i in range(5)]
    table(doc, ["Theme", "Lead", "Outcome we want to see"], rows, [5.6, 3.6, 7.4], head_fill="6A1B9A",
          first_col_bold=True, size=9.5)
    page_break(doc)
    heading(doc, "Resources", 1)
    para(doc, "Partner contributions to the youth justice partnership budget for 2025/26:")
    table(doc, ["Partner", "Staffing (\u00a3)", "Other (\u00a3)"],
          [["Wexcombe Council", "612,000", "88,000"], ["Wexshire Police", "54,000", "-"],
           ["Probation Service", "38,000", "5,000"], ["NHS Wexshire ICB", "71,000", "12,000"],
           ["Youth Justice Board grant", "-", "402,000"]], [7.0, 4.8, 4.8], head_fill="6A1B9A", size=9.5)
    para(doc, "")
    heading(doc, "Governance", 1)
    para(doc, "The Youth Justice Management Board meets every two months. Its membership includes the "
              "Director of Children's Services (chair), a police superintendent, the head of the local "
              "probation delivery unit, the designated nurse for safeguarding, and the head of "
              "inclusion. The board reports to the Safer Wexcombe Partnership.")
    para(doc, "Sign-off: Chair, Wexcombe Youth Justice Management Board", italic=True, space_before=12)
    path = work / "table_theme_lead_outcome_libreoffice.docx"
    doc.save(path)
    return path


# --------------------------------------------------------------------------------------------
# bullets_under_objectives: "Our strategic objectives are:" bullet list among other bullet lists
# --------------------------------------------------------------------------------------------
BUO_OBJECTIVES = [
    "Prevent young people from becoming involved in violence, as victims or perpetrators",
    "Reduce knife crime and the carrying of weapons",
    "Tackle violence linked to drug markets and exploitation",
    "Reduce violence in the night-time economy",
    "Support victims and families affected by serious violence",
]


def bullets_under_objectives(work: Path) -> Path:
    doc = new_doc("Serious Violence Strategy 2024-2029", "Thornbury Vale Community Safety Partnership",
                  footer="Thornbury Vale Serious Violence Strategy", accent="B71C1C",
                  header="OFFICIAL")
    para(doc, "Thornbury Vale Community Safety Partnership", bold=True, color="B71C1C", size=12,
         space_before=40)
    doc.add_paragraph(f"Serious Violence Strategy 2024{DASH}2029", style="Title")
    doc.add_paragraph("Our response to the Serious Violence Duty", style="Subtitle")
    para(doc, "January 2024 (published April 2025 with updated data)", space_before=20)
    para(doc, "Specified authorities under the Duty in Thornbury Vale:", bold=True, space_before=120)
    bullets(doc, ["Thornbury Vale District Council", "Wexshire County Council", "Wexshire Police",
                  "Wexshire Fire and Rescue Service", "NHS Wexshire Integrated Care Board",
                  "The Probation Service", "Thornbury Youth Justice Service"])
    page_break(doc)
    heading(doc, "Introduction", 1)
    para(doc, "The Serious Violence Duty, introduced by the Police, Crime, Sentencing and Courts Act 2022, "
              "requires local partners to work together to prevent and reduce serious violence. This "
              "strategy is the Thornbury Vale partnership's response. It is informed by our strategic "
              "needs assessment and by conversations with young people, parents and community groups.")
    heading(doc, "What we mean by serious violence", 2)
    para(doc, "For this strategy, serious violence means:")
    bullets(doc, ["homicide and attempted homicide",
                  "violence resulting in serious injury, with or without a weapon",
                  "knife crime and gun crime", "robbery",
                  "serious sexual offences, and domestic abuse-related violence"])
    heading(doc, "Our approach", 2)
    para(doc, "We follow a public health approach to violence. This means our work will be:")
    bullets(doc, ["focused on a defined population, with and for communities",
                  "not constrained by organisational or professional boundaries",
                  "focused on long-term as well as short-term solutions",
                  "based on data and intelligence to identify the burden of violence",
                  "rooted in evidence of what works"])
    page_break(doc)
    heading(doc, "What the needs assessment told us", 1)
    bullets(doc, ["violence with injury rose by 11% between 2021/22 and 2023/24",
                  "a third of knife-enabled offences involved someone aged under 25",
                  "the town centre accounts for 28% of violence, mostly on Friday and Saturday nights",
                  "drug supply and exploitation are linked to most of the serious incidents involving "
                  "young people"])
    heading(doc, "Our strategic objectives", 1)
    para(doc, "Our strategic objectives for the next five years are:")
    bullets(doc, BUO_OBJECTIVES)
    para(doc, "To achieve these objectives, partners will:", space_before=8)
    bullets(doc, ["fund youth workers in the emergency department and custody suite",
                  "deliver mentoring for children at risk of exclusion",
                  "run joint patrols and welfare hubs in the town centre at weekends",
                  "map and disrupt county lines with neighbouring forces",
                  "commission specialist support for families bereaved by violence"])
    page_break(doc)
    heading(doc, "Governance", 1)
    bullets(doc, ["The Community Safety Partnership Board owns this strategy and reviews it annually.",
                  "A Serious Violence Delivery Group, chaired by the police, oversees the action plan.",
                  "The Police and Crime Commissioner holds the grant funding and receives quarterly returns.",
                  "The strategy will be reviewed in full in 2027."])
    heading(doc, "How we will measure success", 1)
    para(doc, "We will track:")
    bullets(doc, ["hospital admissions for assault with a sharp object, for people aged under 25",
                  "knife-enabled crime recorded by police",
                  "homicides", "violence with injury in the night-time economy",
                  "the number of young people completing an intervention"])
    path = work / "bullets_under_objectives.docx"
    doc.save(path)
    return path


# --------------------------------------------------------------------------------------------
# run_in_bold_priorities: "Safer streets and public spaces. We will ..." with bold run-in phrase
# --------------------------------------------------------------------------------------------
RIB_PRIORITIES = [
    ("Safer streets and public spaces",
     "We will focus patrols, CCTV and licensing activity on the town centre and the railway station, "
     "where most violence and theft takes place, and make public spaces feel safer for women and girls."),
    ("Protecting vulnerable people from harm",
     "We will identify people at risk of exploitation, domestic abuse and scams earlier, and make sure "
     "partners share information so that they get the right support quickly."),
    ("Tackling anti-social behaviour",
     "We will respond consistently to reports of anti-social behaviour, support repeat victims, and use "
     "early warnings, acceptable behaviour contracts and civil powers where they are needed."),
    ("Reducing reoffending",
     "We will work with the Probation Service and the Integrated Offender Management team to help people "
     "leaving prison into housing, treatment and work, reducing the harm caused by prolific offenders."),
]


def run_in_bold_priorities(work: Path) -> Path:
    doc = new_doc("Partnership Plan 2025-26", "Fenmoor Community Safety Partnership",
                  footer="Fenmoor CSP Partnership Plan 2025\u201326", accent="2E7D32", font="Liberation Serif",
                  size=11.5)
    para(doc, "Fenmoor Community Safety Partnership", bold=True, color="2E7D32", size=13)
    doc.add_paragraph("Partnership Plan 2025\u201326", style="Title")
    para(doc, "Annual refresh of the Community Safety Strategy 2023\u20132026", italic=True, size=13)
    heading(doc, "Introduction", 1)
    para(doc, "This plan sets out what the Fenmoor Community Safety Partnership (CSP) will focus on in "
              "2025\u201326. It refreshes the three-year strategy agreed in 2023 in the light of our "
              "latest strategic assessment, and it should be read alongside that strategy.")
    heading(doc, "Who we are", 2)
    para(doc, "Community safety partnerships were set up under the Crime and Disorder Act 1998. The "
              "responsible authorities in Fenmoor are:")
    bullets(doc, ["Fenmoor District Council", "Wexshire County Council", "Wexshire Police",
                  "Wexshire Fire and Rescue Service", "The Probation Service",
                  "NHS Wexshire Integrated Care Board"])
    page_break(doc)
    heading(doc, "The wider context", 1)
    para(doc, "The Police and Crime Commissioner for Wexshire's Police and Crime Plan 2025\u20132029 sets "
              "out four priorities for policing and community safety across the county:")
    bullets(doc, ["Cutting crime and keeping communities safe", "Putting victims first",
                  "Tackling violence against women and girls", "An effective and efficient police service"])
    para(doc, "Our plan supports the Commissioner's priorities, and the CSP receives funding from the "
              "Commissioner's community safety fund.", space_before=6)
    heading(doc, "What our strategic assessment found", 1)
    bullets(doc, ["total recorded crime fell by 4%, but violence against the person rose by 6%",
                  "shoplifting in the town centre increased by a third",
                  "anti-social behaviour reports fell, but repeat victims are reporting more often",
                  "residents are most worried about drug dealing, speeding and young people gathering"])
    page_break(doc)
    heading(doc, "Our priorities for 2025\u201326", 1)
    para(doc, "Based on the strategic assessment and what residents told us, the partnership will focus on "
              "four priorities.")
    for phrase, rest in RIB_PRIORITIES:
        para(doc, runs=[(phrase + ". ", True), (rest, False)], space_after=10)
    para(doc, "Each priority has a lead officer and an action plan, which is available on request.",
         italic=True)
    page_break(doc)
    heading(doc, "Cross-cutting themes", 1)
    para(doc, "The following themes run through all of our work:")
    for phrase, rest in [("Early intervention.", " Acting before problems become entrenched is better for "
                          "people and costs less."),
                         ("Listening to communities.", " Residents, businesses and community groups help "
                          "us decide where to act and tell us whether it has worked."),
                         ("Equality and inclusion.", " We will make sure our services reach everyone, "
                          "including people who are less likely to report crime.")]:
        para(doc, runs=[(phrase, True), (rest, False)], space_after=10)
    heading(doc, "Governance", 1)
    para(doc, "The CSP board meets quarterly and is chaired by the council's Director of Communities. "
              "The council's Crime and Disorder Committee scrutinises the partnership each year.")
    heading(doc, "Contact us", 2)
    para(doc, "Community Safety Team, Fenmoor District Council, Market Street, Fenmoor. "
              "Email: csp@fenmoor.example.gov.uk")
    path = work / "run_in_bold_priorities.docx"
    doc.save(path)
    return path


# --------------------------------------------------------------------------------------------
# roman_numeral_themes: "Theme I – X" headings, contents page with numbered entries
# --------------------------------------------------------------------------------------------
RNT_THEMES = [
    ("I", "Preventing violence before it happens"),
    ("II", "Supporting victims and survivors to cope and recover"),
    ("III", "Holding perpetrators to account and changing their behaviour"),
    ("IV", "Making public spaces safer for women and girls"),
]


def roman_numeral_themes(work: Path) -> Path:
    doc = new_doc("Strategy to End Violence Against Women and Girls 2025-2030",
                  "Harrowden Safer Communities Partnership", footer="Harrowden VAWG Strategy 2025\u20132030",
                  accent="4A148C", font="Georgia", size=10.5, heading_sizes=(17, 13, 11))
    para(doc, "Harrowden Safer Communities Partnership", bold=True, color="4A148C", size=12, space_before=70)
    doc.add_paragraph("Strategy to End Violence Against Women and Girls", style="Title")
    doc.add_paragraph("2025\u20132030", style="Subtitle")
    para(doc, "If you are in immediate danger, call 999. The Harrowden Domestic Abuse Helpline is open "
              "24 hours a day on 0800 000 0000.", italic=True, space_before=200, size=9.5)
    page_break(doc)
    heading(doc, "Contents", 1)
    entries = [("1. Foreword", 3), ("2. Our vision and principles", 3), ("3. What we mean by VAWG", 3)]
    entries += [(f"{3 + k}. Theme {r} \u2013 {t}", 4 if k <= 2 else 5) for k, (r, t) in enumerate(RNT_THEMES, 1)]
    entries += [("8. Delivery and governance", 6)]
    for text, page in entries:
        contents_line(doc, text, page)
    page_break(doc)
    heading(doc, "1. Foreword", 1)
    para(doc, "Violence against women and girls is a national emergency and a local one. Every week, "
              "Harrowden police receive more than sixty reports of domestic abuse, and many more women "
              "and girls never report what has happened to them. This strategy sets out how the "
              "partnership will work with survivors, specialist services and communities to end it.")
    heading(doc, "2. Our vision and principles", 1)
    para(doc, "Our vision is a Harrowden where women and girls are safe, and feel safe, at home, online, "
              "at work and in public.")
    para(doc, "Our work is guided by these principles:")
    bullets(doc, ["victim and survivor-centred", "trauma-informed",
                  "recognising the intersecting inequalities women and girls face",
                  "challenging the attitudes that allow violence to continue"])
    heading(doc, "3. What we mean by VAWG", 1)
    para(doc, "Violence against women and girls covers a wide range of crimes that disproportionately "
              "affect women and girls, including domestic abuse, rape and sexual violence, stalking, "
              "harassment, so-called honour-based abuse, female genital mutilation, forced marriage, "
              "and online abuse. Men and boys can also be victims of these crimes, and our services "
              "are open to everyone.")
    page_break(doc)
    actions = {
        "I": ["deliver healthy relationships education in every primary and secondary school",
              "run a bystander campaign with the university and the night-time economy",
              "train employers to recognise and respond to domestic abuse"],
        "II": ["increase the capacity of the independent domestic violence adviser service",
               "provide safe accommodation and support for survivors and their children",
               "create a survivor forum to shape services"],
        "III": ["expand the perpetrator behaviour change programme",
                "use domestic abuse protection orders and stalking protection orders",
                "work with the courts to improve the experience of victims giving evidence"],
        "IV": ["carry out women's safety audits of parks, transport hubs and the town centre",
               "support venues to sign up to the Safer Nights charter",
               "improve lighting and CCTV on routes identified by women and girls"],
    }
    context = {
        "I": "Violence is not inevitable. Attitudes that excuse or minimise abuse are learned early, and can be "
             "challenged in schools, workplaces, sports clubs and online.",
        "II": "Survivors told us that they want to be believed, to have one worker who stays with them, and to get "
              "help for their children as well as for themselves.",
        "III": "Only a small proportion of reported rapes and domestic abuse crimes lead to a charge. Perpetrators "
               "who are not challenged go on to harm again.",
        "IV": "In our survey 71% of women said they avoid some places in Harrowden after dark, most often parks, "
              "underpasses and the bus station.",
    }
    for k, (roman, text) in enumerate(RNT_THEMES, 1):
        heading(doc, f"Theme {roman} \u2013 {text}", 1)
        para(doc, context[roman])
        para(doc, "Our commitments:", bold=True, space_after=2)
        bullets(doc, [f"we will {a}" for a in actions[roman]])
        para(doc, "What success looks like: more women and girls say they feel safe, and more victims are "
                  "supported to report and to recover.", italic=True, space_before=4)
        if k in (2, 4):
            page_break(doc)
    heading(doc, "8. Delivery and governance", 1)
    para(doc, "The VAWG Strategic Board, chaired by the Police and Crime Commissioner's deputy, oversees "
              "this strategy. A delivery plan with named leads will be published each year.")
    bullets(doc, ["The board meets every quarter.",
                  "Survivors are represented through the survivor forum.",
                  "The board reports annually to the Safer Communities Partnership."])
    path = work / "roman_numeral_themes.docx"
    doc.save(path)
    return path


BUILDERS = {
    "numbered_headings_word": numbered_headings_word,
    "table_rows_wrapped_libreoffice": table_rows_wrapped,
    "table_theme_lead_outcome_libreoffice": table_theme_lead_outcome,
    "bullets_under_objectives": bullets_under_objectives,
    "run_in_bold_priorities": run_in_bold_priorities,
    "roman_numeral_themes": roman_numeral_themes,
}
