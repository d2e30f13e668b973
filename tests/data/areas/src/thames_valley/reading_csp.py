"""Reading Community Safety and Serious Violence Strategy 2023-2026: Word report.

python-docx + LibreOffice.  Numbered section headings ("3.2 Our priorities"),
priorities as Heading 2 "Priority n: X", cross-cutting themes, principles,
an action plan table and a partner appendix as distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/reading_community_safety_strategy_2023-26.pdf"
TITLE = "Reading Community Safety and Serious Violence Strategy 2023–2026"
NAVY, RED = "17375E", "B5121B"

PRIORITIES = [
    ("Protecting people from domestic abuse",
     "Domestic abuse is the most common form of violent crime in Reading and the one most likely to result in repeat "
     "victimisation. Around a quarter of all violence recorded by the police in the borough is domestic-related "
     "(illustrative), and many incidents are never reported.",
     ["Commission a joined-up domestic abuse service with a single point of contact for victims and professionals.",
      "Continue to fund independent domestic violence advisers, including a specialist adviser for young people.",
      "Deliver the Domestic Abuse Act duties for safe accommodation with Brighter Futures for Children and housing.",
      "Raise awareness of coercive control, economic abuse and stalking through a borough-wide campaign.",
      "Work with Thames Valley Police to target repeat and serial perpetrators."],
     "Fewer repeat victims; more victims reporting and engaging with support; more perpetrators brought to justice."),
    ("Serious violence and knife crime",
     "Although Reading's rate of serious violence is lower than in neighbouring urban areas, knife-enabled robbery and "
     "assaults involving young people have increased since 2021 (illustrative). The Serious Violence Duty now requires "
     "partners to work together to prevent and reduce serious violence.",
     ["Publish a local serious violence needs assessment every year and share it with all specified authorities.",
      "Fund youth workers in the Royal Berkshire Hospital emergency department and in custody.",
      "Deliver knife crime awareness sessions in all secondary schools and colleges.",
      "Support weapons sweeps, knife amnesties and test purchases of knives from retailers.",
      "Target hotspots in the town centre and on key transport routes with problem-solving plans."],
     "Fewer knife-enabled offences; fewer hospital admissions for assault with a sharp object among under-25s."),
    ("Tackling anti-social behaviour and its impact on communities",
     "Anti-social behaviour matters to residents more than any other issue in our surveys. It ranges from noise and "
     "nuisance neighbours to intimidation, street drinking and vehicle nuisance, and its impact is greatest on those who "
     "are already vulnerable.",
     ["Use a single case management system for ASB across the council, the police and housing providers.",
      "Make full use of the tools in the Anti-social Behaviour, Crime and Policing Act 2014, including closure orders.",
      "Review the town centre public spaces protection order and consult on any changes.",
      "Put the needs of victims first through a risk assessment and a named case officer."],
     "Fewer repeat ASB victims; improved satisfaction with how ASB reports are dealt with."),
    ("Drug supply and drug-related crime",
     "Drug markets drive a large share of acquisitive crime and violence. Several county lines operate in Reading, and "
     "residents report open drug dealing in a small number of streets and parks.",
     ["Share intelligence between the police, housing and the community safety team to disrupt drug dealing.",
      "Close premises used for drug supply and protect vulnerable tenants from cuckooing.",
      "Work with the Berkshire West Combating Drugs Partnership on enforcement and treatment pathways.",
      "Respond quickly to community reports of drug dealing with visible patrols and days of action."],
     "More drug supply disruptions; fewer reports of drug dealing from residents; fewer cuckooed properties."),
    ("Building cohesive communities and tackling hate crime",
     "Reading is a diverse and welcoming town. Hate crime is under-reported, and national and international events can "
     "quickly raise tensions between communities.",
     ["Promote hate crime reporting, including through third-party reporting centres.",
      "Monitor community tensions with faith and community leaders and respond quickly.",
      "Support victims of hate crime through commissioned services.",
      "Celebrate Reading's diversity through community events and the Reading Cohesion Network."],
     "More hate incidents reported; fewer repeat victims; residents agree that people from different backgrounds get on well."),
]

ACTIONS = [
    ("1", "Recommission domestic abuse service", "RBC Public Health", "Apr 2024"),
    ("1", "Young people's IDVA post", "RBC / PCC", "Sep 2023"),
    ("1", "Coercive control awareness campaign", "RBC Communications", "Nov 2023"),
    ("2", "Serious violence needs assessment", "Community Safety Team", "Jan 2024"),
    ("2", "Hospital youth workers", "TV VRU / RBFT", "Ongoing"),
    ("2", "Knife crime sessions in schools", "TVP Schools Team", "Jul 2024"),
    ("3", "Single ASB case management system", "RBC / TVP", "Mar 2024"),
    ("3", "Town centre PSPO review", "RBC Licensing", "Oct 2023"),
    ("4", "Cuckooing protocol", "RBC Housing / TVP", "Dec 2023"),
    ("4", "Drug dealing hotspot days of action", "TVP Reading LPA", "Quarterly"),
    ("5", "Third-party reporting centres", "RBC Communities", "Jun 2024"),
    ("5", "Community tension monitoring", "TVP / RBC", "Ongoing"),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(NAVY, RED, "404040"), title=TITLE,
                author="Reading Community Safety Partnership")
    header_footer(d, "Reading Community Safety Partnership", "Community Safety and Serious Violence Strategy 2023–2026",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", rule_colour=RED)
    # cover
    para(d, "Reading Community Safety Partnership", bold=True, size=13, colour=RED, space_after=60)
    cover_block(d, [("Community Safety and Serious Violence Strategy", 28, True, "FFFFFF"),
                    ("2023–2026", 22, False, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Working together for a safer Reading", 13, False, "DCE6F2")], NAVY, height_cm=10)
    para(d, "", space_after=150)
    para(d, "Reading Borough Council • Thames Valley Police • Royal Berkshire Fire and Rescue Service • Probation Service • "
            "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB • Brighter Futures for Children", size=9, colour="595959")
    para(d, "Version 1.0 – approved by the Community Safety Partnership, June 2023", size=9, colour="595959")
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    entries = [("1  Foreword", "fw", 0), ("2  Introduction and context", "ctx", 0), ("2.1  Reading in numbers", "num", 1),
               ("2.2  What residents told us", "res", 1), ("3  Our priorities", "pri", 0), ("3.1  Vision and principles", "vis", 1)]
    entries += [(f"Priority {i + 1}: {p[0]}", f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("4  Delivery and governance", "gov", 0), ("5  Action plan 2023–24", "act", 0),
                ("Appendix A  Partnership members", "appa", 0)]
    contents(d, entries, pages)
    # 1 foreword
    heading(d, "1  Foreword", 1, page_break=True)
    for t in [
        "I am pleased to introduce Reading's Community Safety and Serious Violence Strategy for 2023 to 2026. For the first "
        "time, this strategy brings together our statutory duty to reduce crime and disorder with the new Serious Violence "
        "Duty, which came into force in January 2023.",
        "Reading is a vibrant town with a thriving night-time economy, a large student population and strong, diverse "
        "communities. Like all urban areas, it also faces challenges: domestic abuse, violence involving young people, "
        "drug markets and anti-social behaviour all cause real harm.",
        "This strategy is based on our strategic assessment and on a public consultation that received more than 1,100 "
        "responses (illustrative). It identifies five priorities where partners believe that working together will make "
        "the biggest difference.",
        "Each priority has a lead partner and an action plan that will be reviewed every year. We will report progress to "
        "the council's Housing, Neighbourhoods and Leisure Committee and publish an annual update on our website.",
        "I would like to thank the residents, community groups and frontline staff who have contributed to this strategy, "
        "and the partners who will work to deliver it."]:
        para(d, t)
    para(d, "Chair, Reading Community Safety Partnership", bold=True)
    # 2 context
    heading(d, "2  Introduction and context", 1, page_break=True)
    para(d, "Community safety partnerships were established by the Crime and Disorder Act 1998. The responsible authorities "
            "in Reading are the council, Thames Valley Police, Royal Berkshire Fire and Rescue Service, the Probation Service "
            "and the integrated care board. They must produce a strategic assessment every year and a partnership plan setting "
            "out their priorities.")
    heading(d, "2.1  Reading in numbers", 2)
    t = table(d, [["174,000", "13,600", "2,650", "19%"],
                  ["residents in the borough", "crimes recorded in 2022/23", "domestic abuse incidents", "rise in knife-enabled offences since 2021"],
                  ["35%", "1 in 4", "420", "61%"],
                  ["of residents aged under 25", "violent crimes are domestic-related", "ASB reports in the town centre each quarter", "feel safe in the town centre after dark"]],
              [4.1, 4.1, 4.1, 4.1], head_fill="17375E", band=None, size=9)
    for r in (2,):
        for c in range(4):
            shade(t.cell(r, c), "B5121B")
            for p in t.cell(r, c).paragraphs:
                for run in p.runs:
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r in (0, 2):
        for c in range(4):
            for p in t.cell(r, c).paragraphs:
                for run in p.runs:
                    run.font.size = Pt(18)
    para(d, "Figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="595959")
    heading(d, "2.2  What residents told us", 2)
    bullets(d, ["Anti-social behaviour and drug dealing were the most commonly reported concerns.",
                "Women were more than twice as likely as men to feel unsafe in the town centre at night.",
                "Young people were worried about knife crime and about exploitation on social media.",
                "Residents want to know what happens after they report a problem."])
    para(d, "The strategic assessment also highlighted the link between deprivation and crime: the three wards with the "
            "highest levels of deprivation account for almost 40% of violent crime (illustrative).")
    # 3 priorities
    heading(d, "3  Our priorities", 1, page_break=True)
    heading(d, "3.1  Vision and principles", 2)
    para(d, "Our vision is that Reading is a safe place to live, work and visit, where people look out for one another and "
            "where the most vulnerable are protected from harm.", italic=True)
    para(d, "In delivering this strategy we will:")
    bullets(d, ["Put victims and survivors at the centre of what we do.",
                "Use a public health approach, tackling the causes of crime as well as its consequences.",
                "Intervene early, especially with children and families.",
                "Share data and intelligence as a matter of routine.",
                "Be open about our performance."])
    para(d, "Three cross-cutting themes run through all of our priorities: exploitation, vulnerability and mental health, "
            "and the impact of alcohol. They are not priorities in their own right, but every action plan must consider them.")
    heading(d, "3.2  Our priorities", 2)
    para(d, "The partnership has agreed five priorities for 2023 to 2026. They reflect the strategic assessment, the Serious "
            "Violence Duty needs assessment and the priorities of the Thames Valley Police and Crime Commissioner.")
    for i, (name, why, dos, outcome) in enumerate(PRIORITIES):
        heading(d, f"Priority {i + 1}: {name}", 3)
        para(d, why)
        para(d, "We will:", bold=True, space_after=3)
        bullets(d, dos)
        p = para(d, "Outcome we want to see: ", bold=True, space_after=10)
        p.add_run(outcome)
    # 4 governance
    heading(d, "4  Delivery and governance", 1, page_break=True)
    para(d, "The Community Safety Partnership Board is responsible for this strategy. It meets quarterly and is chaired by "
            "the council's Executive Director for Communities and Adult Social Care. The board is supported by:")
    bullets(d, ["Domestic Abuse Strategic Group", "Serious Violence and Exploitation Group", "ASB Tasking and Coordination Group",
                "Combating Drugs Partnership (Berkshire West)", "Community Cohesion and Hate Crime Forum"])
    para(d, "Performance is monitored through a dashboard that is reviewed by the board each quarter. Key indicators include:")
    bullets(d, ["Repeat victims of domestic abuse (MARAC)", "Knife-enabled offences", "Hospital admissions for assault with a sharp object",
                "ASB repeat callers", "Drug supply offences", "Hate incidents reported"])
    para(d, "The partnership is scrutinised by the council's Housing, Neighbourhoods and Leisure Committee. It works with the "
            "Thames Valley Violence Reduction Unit, which coordinates the Serious Violence Duty across the force area, and with "
            "the Office of the Police and Crime Commissioner, which provides community safety funding.")
    # 5 action plan
    heading(d, "5  Action plan 2023–24", 1, page_break=True)
    table(d, [["Priority", "Action", "Lead", "By"]] + [list(a) for a in ACTIONS], [1.8, 8.0, 4.0, 2.6],
          head_fill=NAVY, band="EAF0F7", size=9)
    para(d, "")
    para(d, "The action plan is refreshed each April following the strategic assessment.", italic=True, size=9)
    # appendix
    heading(d, "Appendix A  Partnership members", 1)
    bullets(d, ["Reading Borough Council", "Thames Valley Police", "Royal Berkshire Fire and Rescue Service", "Probation Service",
                "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board", "Brighter Futures for Children",
                "Office of the Police and Crime Commissioner for Thames Valley", "Reading Voluntary Action",
                "University of Reading", "Reading Business Improvement District"])
    # back page
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Reading Community Safety Partnership", 14, True, "FFFFFF"),
                    ("Civic Offices, Bridge Street, Reading", 10, False, "FFFFFF"),
                    ("community.safety@reading.example", 10, False, "FFFFFF"),
                    ("This document is available in large print and other languages on request.", 9, False, "DCE6F2")],
                NAVY, height_cm=4)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword", "ctx": "2 Introduction and context", "num": "2.1 Reading in numbers",
               "res": "2.2 What residents told us", "pri": "3 Our priorities", "vis": "3.1 Vision and principles",
               "gov": "4 Delivery and governance", "act": "5 Action plan 2023–24", "appa": "Appendix A Partnership members"}
    needles.update({f"p{i}": f"Priority {i + 1}: {p[0]}" for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "reading_csp.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
