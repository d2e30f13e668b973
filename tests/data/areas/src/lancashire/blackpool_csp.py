"""Safer Blackpool Partnership Plan 2023-2026: Word report (python-docx + LibreOffice), serif body.

Numbered sections.  The six priorities are Heading 2 with a section number,
"4.1 X" ... "4.6 X", two per page, each with "Why it matters", "We will"
bullets and "Measures".  The statutory duties, the strategic assessment's
"key findings", the vision, the delivery sub-group table and the performance
table are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/safer_blackpool_partnership_plan_2023-26.pdf"
TITLE = "Safer Blackpool Partnership Plan 2023–2026"
NAVY, GOLD, INK = "123B5E", "C8102E", "333333"

PRIORITIES = [
    ("Reducing domestic abuse and its impact on children and families",
     "Domestic abuse is the largest single cause of repeat demand on the police, children's social care and housing in "
     "Blackpool. Rates are among the highest in the North West (illustrative), and children are present in more than "
     "half of the incidents reported.",
     ["Run a daily domestic abuse triage with police, children's services and specialist support.",
      "Fund independent domestic violence advisers in the hospital and the family hubs.",
      "Use Operation Encompass so that schools know the next morning when a child has been affected.",
      "Challenge perpetrators through the multi-agency tasking and coordination process."],
     "Repeat MARAC referrals; children supported after domestic abuse incidents."),
    ("Reducing crime and anti-social behaviour in our neighbourhoods",
     "Residents in our inner wards tell us that burglary, theft, vandalism and anti-social behaviour make them feel "
     "unsafe at home and in the street. The resort's seasonal population brings extra pressure on the town centre and "
     "the promenade.",
     ["Deliver Operation Centurion patrols in the wards with the most ASB.",
      "Use closure orders, community protection notices and injunctions consistently across all tenures.",
      "Target prolific burglars and shop thieves with the Constabulary and retailers.",
      "Design out crime in the town centre through lighting, CCTV and alley-gating."],
     "ASB incidents; burglary and theft offences; residents who feel safe after dark."),
    ("Disrupting drug dealing and county lines",
     "Drug markets in Blackpool are linked to violence, exploitation and anti-social behaviour. Lines from Merseyside "
     "and Greater Manchester target the town's vulnerable residents and its houses in multiple occupation.",
     ["Share intelligence about drug dealing between housing, licensing and the police.",
      "Close premises used for dealing and protect tenants from cuckooing.",
      "Support Operation Warrior against the groups that control supply.",
      "Encourage residents to report dealing anonymously."],
     "Drug supply offences; closure orders; county lines disrupted."),
    ("Reducing drug and alcohol related harm",
     "Blackpool has the highest rate of drug-related deaths in England and high rates of alcohol-related hospital "
     "admissions (illustrative). Drug and alcohol use is a factor in much of the town's violence and anti-social "
     "behaviour.",
     ["Work with the Blackpool Combating Drugs Partnership to increase the number of people in treatment.",
      "Link people leaving custody to treatment on the day of release.",
      "Reduce alcohol-related harm in the night-time economy through licensing and Pubwatch.",
      "Support families affected by a relative's drug or alcohol use."],
     "Drug-related deaths; alcohol-related hospital admissions; people in treatment."),
    ("Preventing serious violence and knife crime",
     "Serious violence is concentrated in a few streets of the town centre and in the night-time economy. Knife "
     "possession offences involving young people have risen since 2021 (illustrative).",
     ["Deliver the Blackpool actions of the Lancashire Violence Reduction Network's strategy.",
      "Place youth workers in the Blackpool Victoria Hospital emergency department.",
      "Run knife crime education in every secondary school and pupil referral unit.",
      "Use problem-solving plans for the town centre hotspots."],
     "Knife possession offences; hospital admissions for assault with a sharp object."),
    ("Building cohesive communities and tackling hate crime",
     "Blackpool is a welcoming town, but hate incidents and community tensions can rise quickly after national events. "
     "Most hate crime is not reported.",
     ["Promote third-party hate crime reporting centres.",
      "Monitor community tensions with faith and community leaders.",
      "Support victims of hate crime through commissioned services.",
      "Celebrate Blackpool's diversity through community events."],
     "Hate incidents reported; residents who agree that people from different backgrounds get on well."),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(NAVY, NAVY, GOLD),
                title=TITLE, author="Safer Blackpool Partnership", margins=(2.5, 2.5, 2.4, 2.3))
    header_footer(d, "Safer Blackpool Partnership Plan 2023–2026", "Safer Blackpool", footer_fmt="– {PAGE} –",
                  colour="666666")
    # cover
    para(d, "", space_after=40)
    para(d, "Safer Blackpool", bold=True, size=16, colour=GOLD, space_after=6)
    para(d, "Partnership Plan", bold=True, size=38, colour=NAVY, space_after=0)
    para(d, "2023–2026", size=26, colour=NAVY, space_after=30)
    cover_block(d, [("Blackpool's community safety partnership", 13, True, "FFFFFF"),
                    ("Working together to make Blackpool a safer place to live, work and visit", 11, False, "FFFFFF")],
                GOLD, height_cm=3.2)
    para(d, "", space_after=260)
    para(d, "Blackpool Council  |  Lancashire Constabulary  |  Lancashire Fire and Rescue Service  |  Probation Service  "
            "|  NHS Lancashire and South Cumbria", size=9, colour="666666")
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    entries = [("1.  Introduction", "intro", 0), ("2.  Blackpool in numbers", "num", 0),
               ("3.  How we chose our priorities", "how", 0), ("4.  Our priorities", "pri", 0)]
    entries += [(f"4.{i + 1}  {p[0]}", f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("5.  Delivery and governance", "gov", 0), ("6.  Measuring performance", "perf", 0)]
    contents(d, entries, pages, leader=False)
    # intro
    heading(d, "1.  Introduction", 1, page_break=True)
    for t in [
        "This is the plan of the Safer Blackpool Partnership, the town's community safety partnership. It sets out what "
        "the partners will do together between 2023 and 2026 to reduce crime, disorder, substance misuse and "
        "reoffending, and to prevent serious violence.",
        "Blackpool is a town of contrasts. It welcomes millions of visitors each year, and it has some of the most "
        "deprived neighbourhoods in England. Crime and harm are concentrated in a small number of inner wards, and many "
        "of the people we see are both victims and, at other times, offenders.",
        "Our plan is based on the 2023 strategic assessment and on a residents' survey. We have chosen six priorities, "
        "fewer than in our last plan, so that we can focus on the problems where partnership makes the biggest "
        "difference.",
        "We know that the Police and Crime Commissioner, the Lancashire Violence Reduction Network and the Blackpool "
        "Combating Drugs Partnership share many of our aims, and this plan is designed to work alongside their strategies."]:
        para(d, t)
    para(d, "Chair, Safer Blackpool Partnership", bold=True)
    heading(d, "Our legal duties", 2)
    bullets(d, ["Crime and Disorder Act 1998: reduce crime and disorder, substance misuse and reoffending.",
                "Police, Crime, Sentencing and Courts Act 2022: the Serious Violence Duty.",
                "Domestic Abuse Act 2021: support in safe accommodation and domestic homicide reviews.",
                "Counter-Terrorism and Security Act 2015: the Prevent duty."])
    # numbers
    heading(d, "2.  Blackpool in numbers", 1, page_break=True)
    para(d, "The figures below are illustrative and are included to show the scale of the challenge, not as official "
            "statistics.")
    t = table(d, [["Measure", "Blackpool", "Lancashire average"],
                  ["Crimes per 1,000 residents", "148", "82"],
                  ["Domestic abuse incidents per 1,000", "41", "22"],
                  ["Anti-social behaviour incidents a year", "9,800", "–"],
                  ["Drug-related deaths per 100,000", "22.4", "9.1"],
                  ["Knife possession offences (under-25s)", "+21%", "+8%"],
                  ["Visitors a year", "18 million", "–"]], [7.5, 4.0, 4.5], head_fill=NAVY, band="EAF0F6", size=10)
    para(d, "")
    heading(d, "What residents told us", 2)
    bullets(d, ["Anti-social behaviour and drug dealing were the top concerns in every inner ward.",
                "Fewer than half of women said they felt safe in the town centre after dark.",
                "Residents want to see more joint patrols and quicker action against problem properties.",
                "Young people asked for safe places to go and for more youth workers."])
    # how chosen
    heading(d, "3.  How we chose our priorities", 1, page_break=True)
    para(d, "Our vision is a Blackpool where everyone can live, work and visit safely, free from crime and the fear of "
            "crime.", italic=True, size=12, colour=NAVY)
    para(d, "The 2023 strategic assessment scored each crime and harm type for its volume, the harm it causes, the "
            "trend and how much residents worry about it. Its key findings were:")
    bullets(d, ["Domestic abuse drives the most repeat demand across all agencies.",
                "Drug markets connect violence, exploitation and ASB.",
                "Alcohol and the night-time economy are linked to a third of violent crime.",
                "Young people are over-represented as both victims and perpetrators of knife crime.",
                "Cyber crime and fraud are rising but are best led at county level."])
    para(d, "We also took account of the priorities in the Police and Crime Plan for Lancashire, the Lancashire "
            "Community Safety Agreement and the Lancashire Violence Reduction Network's strategy.")
    heading(d, "Our principles", 2)
    bullets(d, ["Early intervention: acting before problems escalate.", "Trauma-informed: understanding how adversity "
                "shapes behaviour.", "Place-based: focusing on the wards with most harm.",
                "Listening: involving residents and young people in our decisions."], bold_lead=True)
    # priorities
    heading(d, "4.  Our priorities", 1, page_break=True)
    para(d, "We will focus on six priorities for 2023–2026. Each has a lead sub-group and an annual action plan.")
    for i, (name, why, dos, measure) in enumerate(PRIORITIES):
        h = heading(d, f"4.{i + 1}  {name}", 2, page_break=(i in (2, 4)))
        para(d, "Why it matters", bold=True, colour=GOLD, space_after=2)
        para(d, why)
        para(d, "We will:", bold=True, colour=GOLD, space_after=2)
        bullets(d, dos)
        p = para(d, "Measures: ", bold=True, space_after=10)
        p.add_run(measure).bold = False
    # governance
    heading(d, "5.  Delivery and governance", 1, page_break=True)
    para(d, "The Safer Blackpool Partnership Board meets every quarter. It is chaired by the council's Director of "
            "Communities and reports to the council's scrutiny committee. Five sub-groups deliver the action plan:")
    table(d, [["Sub-group", "Leads on"], ["Domestic Abuse Partnership Board", "4.1"],
              ["Neighbourhoods and ASB Group", "4.2"], ["Drugs and Exploitation Group", "4.3, 4.4"],
              ["Serious Violence Duty Group", "4.5"], ["Community Cohesion and Prevent Group", "4.6"]], [10.0, 6.0],
          head_fill=NAVY, band="EAF0F6", size=10)
    para(d, "")
    para(d, "The partnership works with the Lancashire Community Safety Partnership Board, the Lancashire Violence "
            "Reduction Network, the Blackpool Safeguarding Children Partnership and the Office of the Police and Crime "
            "Commissioner, which provides community safety grant funding.")
    # performance
    heading(d, "6.  Measuring performance", 1, page_break=True)
    table(d, [["Indicator", "Baseline 2022/23", "Direction"],
              ["Repeat MARAC referrals", "38%", "Down"], ["ASB incidents", "9,800", "Down"],
              ["Burglary offences", "1,450", "Down"], ["Drug supply offences", "410", "Up"],
              ["Drug-related deaths", "42", "Down"], ["Knife possession offences (under-25s)", "160", "Down"],
              ["Hate incidents reported", "390", "Up"]], [8.0, 4.0, 4.0], head_fill=NAVY, band="EAF0F6", size=10)
    para(d, "Baselines are illustrative.", italic=True, size=9)
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Safer Blackpool Partnership", 13, True, "FFFFFF"), ("Municipal Buildings, Blackpool", 10, False,
                                                                          "FFFFFF"),
                    ("saferblackpool@blackpool.example", 10, False, "FFFFFF")], NAVY, height_cm=3)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction This is", "num": "2. Blackpool in numbers", "how": "3. How we chose",
               "pri": "4. Our priorities We will", "gov": "5. Delivery and governance The",
               "perf": "6. Measuring performance Indicator"}
    needles.update({f"p{i}": f"4.{i + 1} {p[0]} Why" for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "blackpool_csp.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
