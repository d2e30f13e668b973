"""Merrowdale Combating Drugs Partnership Strategy 2024-2027 (Word-style report).

The priorities are the first column of a table "Priority | What we will do | How we will
measure it" (names wrap inside the cell). Distractors: the national From Harm to Hope
priorities, the national outcomes framework, partnership members, "Our approach" bullets,
needs-assessment findings and a long action-plan table."""

OUT = "strategies/merrowdale_combating_drugs_strategy_2024-27.pdf"
PRODUCER = "docx"

PR = [
    "Break drug supply chains into and across Merrowdale",
    "Deliver a high-quality treatment and recovery system",
    "Reduce the number of people who start using drugs",
    "Reduce drug-related crime and anti-social behaviour",
]

BLOCKS = [
    ("contents_title", "Contents"),
    ("contents", [
        ("Foreword", "Foreword", 0),
        ("1. Introduction", "1. Introduction", 0),
        ("2. Drugs in Merrowdale", "2. Drugs in Merrowdale", 0),
        ("3. Our partnership", "3. Our partnership", 0),
        ("4. Our priorities", "4. Our priorities", 0),
        ("5. Action plan 2024-25", "5. Action plan 2024-25", 0),
        ("6. Governance", "6. Governance", 0),
    ]),

    ("h1", "Foreword"),
    ("p", "Drugs cause harm far beyond the people who use them. They fuel violence and "
          "exploitation, drive a large share of acquisitive crime, and leave families and "
          "communities to cope with addiction, overdose and loss. Last year 71 people died "
          "from drug poisoning in Merrowdale, the highest number on record."),
    ("p", "The Merrowdale Combating Drugs Partnership was formed in 2022 in response to the "
          "national drug strategy. It brings together the organisations that can reduce "
          "supply, provide treatment and prevent drug use from starting. This strategy is our "
          "shared plan for the next three years."),
    ("p", "We want Merrowdale to be a place where drug dealers have nowhere to operate, where "
          "anyone who needs help with drugs or alcohol can get it quickly, and where fewer "
          "young people start using drugs at all."),
    ("spacer", 8),
    ("p", "<b>Superintendent Gareth Lloyd</b>, Senior Responsible Owner, Merrowdale Combating "
          "Drugs Partnership"),
    ("p", "<b>Dr Helen Carver</b>, Director of Public Health, Merrowdale County Council"),

    ("h1", "1. Introduction"),
    ("h2", "1.1 The national strategy"),
    ("p", "In December 2021 the Government published From Harm to Hope, a ten-year plan to cut "
          "crime and save lives. It has three strategic priorities:"),
    ("bullets", ["break drug supply chains", "deliver a world-class treatment and recovery "
                                             "system", "achieve a generational shift in the "
                                                       "demand for drugs"]),
    ("p", "Every area was asked to form a combating drugs partnership, with a senior "
          "responsible owner, to deliver the strategy locally and to report against a national "
          "outcomes framework."),
    ("h2", "1.2 The national outcomes framework"),
    ("p", "Progress is measured nationally against strategic outcomes, which are:"),
    ("bullets", ["reducing drug use", "reducing drug-related crime",
                 "reducing drug-related deaths and harm",
                 "reducing drug supply", "increasing engagement in drug treatment",
                 "improving drug recovery outcomes"]),
    ("p", "This local strategy translates the national framework into priorities that reflect "
          "the needs of Merrowdale, identified through our joint needs assessment."),

    ("h1", "2. Drugs in Merrowdale"),
    ("stats", [("71", "drug poisoning deaths in 2023"), ("5,840", "adults in structured "
                                                                  "treatment"),
               ("48%", "of opiate users not in treatment"),
               ("22", "county lines disrupted last year")]),
    ("p", "Our 2023 joint needs assessment found that:"),
    ("bullets", ["an estimated 6,900 people in Merrowdale use opiates or crack cocaine, and "
                 "almost half are not in treatment",
                 "cocaine use among young adults has increased, particularly in the night-time "
                 "economy", "drug deaths are highest in Brackenford and Dunholt, and among "
                            "men aged 35 to 54",
                 "county lines from neighbouring cities supply crack and heroin to Merrowdale "
                 "towns, exploiting children and vulnerable adults",
                 "around 45% of acquisitive crime is thought to be linked to drug use",
                 "only 38% of people leaving prison with a treatment need start treatment "
                 "within three weeks"]),
    ("table", ["Indicator", "Merrowdale", "England"], [
        ["Drug poisoning deaths per 100,000", "6.3", "5.2"],
        ["Opiate users in treatment", "52%", "53%"],
        ["Successful completions (non-opiate)", "31%", "32%"],
        ["Continuity of care after prison", "38%", "41%"],
    ], [0.55, 0.22, 0.23]),

    ("h1", "3. Our partnership"),
    ("p", "The Combating Drugs Partnership includes:"),
    ("bullets", ["Merrowdale Police (Senior Responsible Owner)",
                 "Merrowdale County Council Public Health",
                 "Brackenford City Council and the district councils",
                 "Office of the Police and Crime Commissioner",
                 "NHS Merrowdale Integrated Care Board",
                 "the Probation Service and HMP Brackenford",
                 "Merrowdale Youth Justice Service", "Jobcentre Plus",
                 "Merrowdale Recovery Community and treatment providers"]),
    ("h2", "Our vision"),
    ("p", "<i>A Merrowdale where fewer lives are damaged by drugs, where recovery is possible "
          "for everyone and where communities are free from drug dealing.</i>"),
    ("h2", "Our approach"),
    ("bullets", ["treat addiction as a health condition, while enforcing the law against "
                 "those who supply drugs",
                 "involve people with lived experience of addiction and recovery",
                 "think family: support children and parents affected by drug use",
                 "use data to target resources where the need is greatest"]),

    ("h1", "4. Our priorities"),
    ("p", "The partnership has agreed four priorities. The table below sets out each priority, "
          "what we will do and how we will measure progress. They are deliberately aligned with "
          "the national strategy, but focus on the issues that matter most in Merrowdale."),
    ("table", ["Priority", "What we will do", "How we will measure it"], [
        [PR[0],
         ["Target organised crime groups running county lines into Merrowdale, working with "
          "neighbouring forces", "Close properties used for dealing and protect cuckooed "
                                 "tenants", "Identify and safeguard children exploited in "
                                            "drug supply"],
         ["Number of county lines closed", "Drug supply arrests and seizures",
          "Children safeguarded through the exploitation hub"]],
        [PR[1],
         ["Increase treatment capacity and cut waiting times to under three weeks",
          "Expand naloxone supply and an overdose outreach team",
          "Improve continuity of care for people leaving prison",
          "Develop recovery housing and employment support"],
         ["Numbers in treatment", "Successful completions", "Drug-related deaths",
          "Continuity of care rate"]],
        [PR[2],
         ["Evidence-based drug education in schools and colleges",
          "Targeted support for young people in care and those excluded from school",
          "Campaigns on the risks of cocaine and ketamine in the night-time economy"],
         ["Young people in specialist treatment", "School survey results on drug use",
          "Campaign reach"]],
        [PR[3],
         ["Drug testing on arrest in all custody suites", "Out-of-court disposals that "
                                                           "require treatment",
          "Joint action with councils on drug-related anti-social behaviour and street "
          "dealing"],
         ["Acquisitive crime linked to drug use", "Referrals to treatment from custody",
          "Reports of drug-related anti-social behaviour"]],
    ], [0.24, 0.44, 0.32], True),
    ("p", "Alcohol is not the focus of the national strategy, but alcohol treatment is "
          "commissioned alongside drug treatment in Merrowdale and benefits from much of the "
          "same investment."),

    ("h1", "5. Action plan 2024-25"),
    ("table", ["No.", "Action", "Lead", "Due"], [
        ["1", "Launch a county lines taskforce with neighbouring forces", "Police", "Jun 2024"],
        ["2", "Introduce closure order protocol with all district councils", "Councils",
         "Sep 2024"],
        ["3", "Expand the exploitation hub to include adults at risk of cuckooing",
         "Safeguarding Partnership", "Dec 2024"],
        ["4", "Recommission adult treatment services", "Public Health", "Apr 2025"],
        ["5", "Naloxone in all custody suites and hostels", "Public Health", "Jul 2024"],
        ["6", "Overdose outreach team pilot in Brackenford", "Treatment provider", "Oct 2024"],
        ["7", "Prison release in-reach workers at HMP Brackenford", "Probation", "Sep 2024"],
        ["8", "Recovery housing: 30 new units", "Housing", "Mar 2025"],
        ["9", "School drug education resource pack", "Public Health", "Jan 2025"],
        ["10", "Night-time economy cocaine campaign", "OPCC", "Dec 2024"],
        ["11", "Drug testing on arrest in Saltmere custody", "Police", "Nov 2024"],
        ["12", "Drug-related ASB joint tasking in Dunholt", "Dunholt CSP", "Ongoing"],
        ["13", "Lived experience panel", "Recovery Community", "Jun 2024"],
        ["14", "Annual joint needs assessment refresh", "Public Health", "Feb 2025"],
    ], [0.07, 0.55, 0.24, 0.14]),

    ("h1", "6. Governance"),
    ("p", "The Combating Drugs Partnership board meets every quarter and reports to the Home "
          "Office and the Office for Health Improvement and Disparities through the national "
          "outcomes framework. It also reports to the Merrowdale Health and Wellbeing Board "
          "and the Police and Crime Commissioner."),
    ("p", "The board is supported by three delivery groups:"),
    ("bullets", ["Supply and Enforcement Group (chaired by Merrowdale Police)",
                 "Treatment and Recovery Group (chaired by Public Health)",
                 "Prevention and Young People Group (chaired by the Youth Justice Service)"]),
    ("p", "Each group owns part of the action plan and reports progress to the board, which "
          "will publish an annual report."),
    ("back", {"title": "Merrowdale Combating Drugs Partnership",
              "lines": ["c/o Public Health, Merrowdale County Council, County Hall, "
                        "Brackenford BR2 6GH", "cdp@merrowdale.example"],
              "small": ["Need help with drugs or alcohol? Call Merrowdale Recovery on 01632 "
                        "960 812.", "Fictional document created for the stratalign "
                                    "demonstration corpus. Merrowdale is an invented area and "
                                    "the phone number is not real."]}),
]

DOC = {
    "theme": {"font": "DejaVu Sans", "size": 10, "h1": "#1F4E79", "h2": "#2E75B6",
              "table_head": "#1F4E79", "zebra": "#EAF1F8", "cover_bg": "#1F4E79",
              "cover_kicker": "#BDD7EE",
              "tiles": ["#1F4E79", "#2E75B6", "#548235", "#BF8F00"], "box_bg": "#EAF1F8",
              "footer": "text_right", "h1_size": 18},
    "meta": {"title": "Merrowdale Combating Drugs Partnership Strategy 2024-2027",
             "author": "Merrowdale Combating Drugs Partnership",
             "subject": "Combating drugs strategy"},
    "running": "Combating Drugs Partnership Strategy 2024\u20132027",
    "running_right": "Merrowdale",
    "footer_text": "Merrowdale Combating Drugs Partnership",
    "cover": {"org": "Merrowdale Combating Drugs Partnership",
              "kicker": "From harm to hope in Merrowdale",
              "title": "Combating Drugs Partnership Strategy 2024\u20132027",
              "subtitle": "Cutting supply, saving lives and preventing harm",
              "lines": ["Approved by the Combating Drugs Partnership board, 18 March 2024"]},
    "blocks": BLOCKS,
}
