"""Avon and Somerset Violence Against Women and Girls Strategy 2025-2030 (reportlab, long: 14 pages).

Five priorities, stated once, on "Our strategy in brief" (p6): two columns of running text broken by a
**full-width dark box** holding the priorities as bold white lines.  Each priority is then discussed in a chapter
of its own (pp7-11) headed by a short name ("Prevention", "Survivors" ...).  Distractors: the national Tackling
VAWG strategy's pillars and the Commissioner's priority quoted (p5), survivors' words (p4), the chapter headings,
"what we will do" lists, the outcomes framework (p12) and the governance (p13).
"""
from avon_somerset_districts.kit import build as kbuild
from avon_somerset_districts.styles import midbox_rl

FILE = "strategies/avon_and_somerset_vawg_strategy_2025-30.pdf"
PRIORITIES = [
    "Preventing violence against women and girls before it starts",
    "Supporting every survivor to cope and recover",
    "Pursuing perpetrators and changing their behaviour",
    "Making public spaces and nights out safer for women and girls",
    "Improving justice outcomes for rape and serious sexual offences",
]
CHAPTERS = [
    ("Prevention", ["Prevention means changing the attitudes and norms that allow abuse to happen. It starts in "
                    "childhood, with healthy relationships education in every school, and continues through "
                    "workplaces, sports clubs and the night-time economy.",
                    "We will fund a prevention programme in secondary schools, work with football clubs on "
                    "respectful relationships and train professionals to ask about abuse routinely.",
                    "Success will mean more young people who can recognise controlling behaviour and more adults who "
                    "challenge misogyny when they see it."]),
    ("Survivors", ["Survivors tell us that they need to be believed and to have one trusted worker who stays with "
                   "them. Too many still wait weeks for an independent adviser.",
                   "We will commission independent domestic violence and sexual violence advisers across the force "
                   "area, expand safe accommodation and make sure services reach disabled, older and minoritised "
                   "women.",
                   "Success will mean shorter waits, more survivors who say they feel safer and fewer who return to "
                   "an abusive partner because they have nowhere else to go."]),
    ("Perpetrators", ["For too long the burden has fallen on victims to leave. We want the focus on the people who "
                      "cause harm.",
                      "We will use protection orders, a high-harm perpetrator unit and accredited behaviour change "
                      "programmes, and make sure that every agency shares information about serial perpetrators.",
                      "Success will mean fewer repeat victims and more perpetrators who complete a programme."]),
    ("Public spaces", ["Women and girls tell us that they change how they live to feel safe: avoiding parks after "
                       "dark, planning routes home, sharing their location.",
                       "We will carry out safety audits of parks and transport hubs, train venue staff in "
                       "bystander intervention and publish where women report feeling unsafe.",
                       "Success will mean more women who say they feel safe in public after dark."]),
    ("Justice", ["Only a small share of reported rapes reach a charge. Survivors describe the process as "
                 "re-traumatising.",
                 "We will support the police's specialist rape investigation teams, fund advocates at court and work "
                 "with the Crown Prosecution Service to reduce delay.",
                 "Success will mean more cases charged and fewer survivors who withdraw."]),
]


def spec():
    secs = [
        ("fw", "Foreword", [
            ("p", "This strategy belongs to the Avon and Somerset Violence Against Women and Girls Strategic Board: "
                  "the Police and Crime Commissioner, the police, the five councils, the NHS, probation and the "
                  "specialist sector. It covers Bristol, Bath and North East Somerset, North Somerset, South "
                  "Gloucestershire and Somerset."),
            ("p", "It replaces the separate domestic abuse and sexual violence plans that each partner held and gives "
                  "the force area one set of priorities for five years."),
            ("sign", "Chair, Avon and Somerset VAWG Strategic Board")]),
        ("ctx", "The scale of the problem", [
            ("p", "The figures below are illustrative and are not official statistics."),
            ("stats", [("31,000", "domestic abuse crimes and incidents a year"), ("3,400", "rapes and sexual "
                       "offences reported"), ("1 in 4", "women who say they feel unsafe in a park after dark"),
                       ("2,100", "stalking reports"), ("640", "women and children in safe accommodation"),
                       ("9%", "rape reports charged")]),
            ("h", "What survivors told us"),
            ("ul", ["'I told five people before anyone did anything.'", "'I needed someone who stayed with me all "
                    "the way to court.'", "'I shouldn't be the one who has to move house.'"])]),
        ("nat", "National and local context", [
            ("p", "The national Tackling Violence Against Women and Girls Strategy is built around prioritising "
                  "prevention, supporting victims, pursuing perpetrators and a stronger system. The national "
                  "Tackling Domestic Abuse Plan uses four similar pillars. These are national frameworks."),
            ("p", "Locally, the Police and Crime Plan 2025–2029 makes Tackling violence against women and girls "
                  "one of the Commissioner's seven priorities. The Domestic Abuse Act 2021 places a duty on each "
                  "council to provide support in safe accommodation."),
            ("h", "Our principles"),
            ("ul", ["Survivor-led", "Intersectional", "Whole-system", "Accountable"])]),
        ("pri", "Our strategy in brief", [
            midbox_rl(PRIORITIES,
                      ["This is a five-year strategy. It sets a small number of priorities so that every partner "
                       "can see where effort and money will go.",
                       "The board tested a longer list with survivors, specialist services and front-line staff, "
                       "and agreed the five below."],
                      ["Each priority has a chapter of its own that sets out why it matters, what we will do and how "
                       "we will know it is working.",
                       "The priorities apply to every form of violence against women and girls, including domestic "
                       "abuse, sexual violence, stalking, honour-based abuse and online abuse."],
                      "OUR FIVE PRIORITIES, 2025 TO 2030")]),
    ]
    for i, (name, paras) in enumerate(CHAPTERS, 1):
        secs.append((f"ch{i}", f"Chapter {i}: {name}", [("h", "Why it matters"), ("p", paras[0]),
                    ("h", "What we will do"), ("p", paras[1]), ("h", "How we will know"), ("p", paras[2]),
                    ("box", "Case study (illustrative)", ["A composite story, drawn from several survivors' "
                     "experiences, shows how this work changes lives. Names and details are not real."])]))
    secs += [
        ("out", "Outcomes framework", [
            ("table", [["Outcome", "Indicator", "Baseline"], ["Fewer women and girls experience violence",
                       "Repeat MARAC referrals", "31%"], ["Survivors feel safer", "Survivor-reported safety at "
                       "case closure", "72%"], ["More perpetrators held to account", "Domestic abuse protection "
                       "orders", "140"], ["More rape cases charged", "Charge rate", "9%"]], [0.4, 0.4, 0.2]),
            ("note", "Baselines are illustrative.")]),
        ("gov", "Governance", [
            ("p", "The Strategic Board meets quarterly and reports to the five community safety partnerships, the "
                  "safeguarding partnerships and the Police and Crime Board. Delivery groups lead each chapter."),
            ("p", "Contact: vawgboard@avonandsomerset.example")]),
    ]
    return dict(file=FILE, stem="vawg", producer="rl", title="Avon and Somerset Violence Against Women and Girls "
                "Strategy 2025–2030", author="Avon and Somerset VAWG Strategic Board",
                org="Avon and Somerset VAWG Strategic Board", running="Violence Against Women and Girls Strategy "
                "2025–2030", cover=["Violence Against Women", "and Girls Strategy", "2025–2030"],
                cover_sub="Avon and Somerset", colours=("#4A1942", "#C2185B", "#F5E6EF"), rlfont="dejavu",
                pagefmt_rl="{n}", sections=secs)


def build(root):
    return kbuild(spec(), root)
