"""Devon, Cornwall and Isles of Scilly Serious Violence Prevention Strategy 2024-2029: Word report.

python-docx + LibreOffice.  The four strategic objectives are a numbered list
under "4.1 Our strategic objectives".  The definition of serious violence,
the public health principles, the outcomes framework, the short theme names
in section 5 ("Night-time economy" ...), the action plan and the list of
specified authorities are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/devon_cornwall_serious_violence_prevention_strategy_2024-29.pdf"
TITLE = "Serious Violence Prevention Strategy 2024–2029"
PLUM, TEAL = "4A1D4F", "1F7A7A"

OBJECTIVES = [
    "Reduce the number of serious violence incidents, including knife crime, across the peninsula",
    "Prevent children and young people from becoming involved in violence, as victims or perpetrators",
    "Reduce violence and harm in the evening and night-time economy",
    "Improve the way partners share and use data to understand serious violence",
]

THEMES = [
    ("Reducing serious violence", [
        "Problem-solving plans for the ten places with the highest levels of serious violence.",
        "Weapons sweeps, knife surrender bins and test purchasing of knife retailers.",
        "Focused deterrence for the small number of adults involved in repeated serious violence."]),
    ("Children and young people", [
        "Youth workers in emergency departments and custody suites in Exeter, Plymouth, Torbay and Truro.",
        "Trusted adult and mentoring programmes in schools with high exclusion rates.",
        "Contextual safeguarding of places where young people are at risk, such as parks and transport hubs."]),
    ("Night-time economy", [
        "Street pastors, safe spaces and taxi marshals in the busiest towns.",
        "Training for door staff and bar workers in welfare and vulnerability.",
        "Licensing reviews where premises are repeatedly linked to violence."]),
    ("Data and intelligence", [
        "A shared peninsula dataset drawing on police, health, education and youth justice data.",
        "An annual strategic needs assessment published to all specified authorities.",
        "Information-sharing agreements that allow anonymised A&E data to be used to map violence."]),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(PLUM, TEAL, "333333"),
                title=TITLE, author="Peninsula Serious Violence Prevention Partnership", margins=(2.4, 2.4, 2.5, 2.3))
    header_footer(d, "Peninsula Serious Violence Prevention Partnership", "Strategy 2024–2029",
                  footer_fmt="{PAGE}", colour="4A1D4F", rule_colour=TEAL)
    # cover
    para(d, "", space_after=40)
    para(d, "Devon, Cornwall and the Isles of Scilly", size=14, colour=TEAL, bold=True)
    para(d, "Serious Violence", size=36, bold=True, colour=PLUM, space_after=0)
    para(d, "Prevention Strategy", size=36, bold=True, colour=PLUM)
    para(d, "2024–2029", size=22, colour=TEAL, space_after=120)
    cover_block(d, [("Peninsula Serious Violence Prevention Partnership", 12, True, "FFFFFF"),
                    ("Published under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)", 9.5,
                     False, "E8DDEA")], PLUM, height_cm=3.2)
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=20, colour=PLUM, space_after=14)
    entries = [("1  Foreword", "fw", 0), ("2  Introduction", "intro", 0), ("2.1  The Serious Violence Duty", "duty", 1),
               ("2.2  What we mean by serious violence", "def", 1), ("3  What the needs assessment tells us", "sna", 0),
               ("4  Our strategy", "strat", 0), ("4.1  Our strategic objectives", "obj", 1),
               ("4.2  Our approach", "appr", 1), ("4.3  Outcomes framework", "out", 1),
               ("5  Delivering the objectives", "deliv", 0), ("6  Governance", "gov", 0), ("7  Action plan 2024–25", "act", 0),
               ("Appendix  Specified authorities", "app", 0)]
    contents(d, entries, pages, leader=False)
    # foreword
    heading(d, "1  Foreword", 1, page_break=True)
    for t in [
        "Serious violence devastates lives. A single stabbing can leave a family bereaved, a young person facing a long "
        "prison sentence and a whole community afraid. Although serious violence is less common in Devon, Cornwall and the "
        "Isles of Scilly than in many parts of England, it has risen in recent years, and more of it involves young people.",
        "The Serious Violence Duty, which came into force in January 2023, requires councils, the police, fire and rescue "
        "services, health and the justice agencies to work together to prevent and reduce serious violence. This strategy "
        "is the peninsula's response.",
        "It is based on our first strategic needs assessment, which brought together data from across the partnership "
        "for the first time, and on what children, young people, victims and communities told us.",
        "We have chosen four strategic objectives. They focus our collective effort on the places and the people where "
        "we can make the greatest difference, and on the data we need to do this well.",
        "This is a five-year strategy. We will refresh the needs assessment every year and adjust our action plan as we "
        "learn what works."]:
        para(d, t)
    para(d, "Chair, Peninsula Serious Violence Prevention Partnership", bold=True)
    # intro
    heading(d, "2  Introduction", 1, page_break=True)
    heading(d, "2.1  The Serious Violence Duty", 2)
    para(d, "The Duty applies to the specified authorities listed in the appendix. They must work together to understand "
            "the causes of serious violence in their area, prepare and publish a strategy, and review it regularly. The "
            "Police and Crime Commissioner convenes the partnership and administers Home Office funding.")
    para(d, "In the peninsula the specified authorities have agreed to work as a single partnership across the four upper-"
            "tier local authority areas: Cornwall and the Isles of Scilly, Devon, Plymouth and Torbay.")
    heading(d, "2.2  What we mean by serious violence", 2)
    para(d, "For this strategy, serious violence includes:")
    bullets(d, ["homicide and attempted murder", "violence with injury, including grievous bodily harm",
                "offences involving a knife, other bladed article or firearm", "robbery",
                "domestic abuse and sexual violence where serious injury is caused",
                "violence linked to drug markets and county lines"])
    para(d, "Domestic abuse and sexual violence are included in the definition but are led by the domestic abuse and "
            "sexual violence partnerships in each area. This strategy does not duplicate their plans.")
    # needs assessment
    heading(d, "3  What the needs assessment tells us", 1, page_break=True)
    t = table(d, [["Indicator (illustrative)", "Peninsula", "Trend"],
                  ["Serious violence offences per 1,000 population", "3.9", "Rising"],
                  ["Knife and sharp instrument offences", "1,240", "Rising"],
                  ["Hospital admissions for assault with a sharp object, under-25s", "86", "Stable"],
                  ["Share of serious violence in the night-time economy", "28%", "Stable"],
                  ["Share of suspects aged under 25", "41%", "Rising"]], [9.0, 3.0, 3.5], head_fill=PLUM,
              band="F1EAF2", size=9.5)
    para(d, "All figures are illustrative.", italic=True, size=9, colour="666666")
    para(d, "Key findings:", bold=True)
    bullets(d, ["Serious violence is concentrated in the city centres of Plymouth and Exeter, in Torquay and in a small "
                "number of Cornish towns.",
                "Most victims and suspects of non-domestic serious violence are young men.",
                "Exclusion from school, exploitation and adverse childhood experiences are common in the histories of "
                "young people involved.",
                "Alcohol is a factor in around half of night-time violence.",
                "Partners hold useful data but do not yet share it routinely."])
    # strategy
    heading(d, "4  Our strategy", 1, page_break=True)
    para(d, "Our vision is for the peninsula to be a place where everyone, and especially children and young people, "
            "can live free from serious violence.", italic=True, colour=PLUM)
    heading(d, "4.1  Our strategic objectives", 2)
    para(d, "Over the five years of this strategy the partnership will:")
    numbered(d, OBJECTIVES)
    heading(d, "4.2  Our approach", 2)
    para(d, "We will follow a public health approach to violence prevention. This means that we will:")
    bullets(d, ["focus on a defined population, with and for communities",
                "work across organisational boundaries",
                "use data and intelligence to identify the burden of violence and its causes",
                "base our work on evidence of what is effective",
                "tackle the causes as well as the consequences of violence"])
    heading(d, "4.3  Outcomes framework", 2)
    table(d, [["Type", "Measure"],
              ["Headline", "Hospital admissions for assault with a knife or sharp object"],
              ["Headline", "Knife and sharp object enabled serious violence recorded by the police"],
              ["Headline", "Homicides"],
              ["Local", "Violence with injury in the night-time economy"],
              ["Local", "Under-25s entering the youth justice system for a violent offence"]], [3.0, 12.5],
          head_fill=TEAL, band="EAF4F4", size=9.5)
    # delivery themes
    heading(d, "5  Delivering the objectives", 1, page_break=True)
    para(d, "Each objective is delivered through a theme group. The main activities are:")
    for name, acts in THEMES:
        para(d, name, bold=True, colour=TEAL, space_after=2)
        bullets(d, acts)
    # governance
    heading(d, "6  Governance", 1, page_break=True)
    para(d, "The Peninsula Serious Violence Prevention Partnership Board is chaired by the Police and Crime Commissioner "
            "and meets quarterly. It reports to the Local Criminal Justice Board and to each community safety "
            "partnership. Four local delivery groups, one in each upper-tier area, translate the strategy into local "
            "action.")
    bullets(d, ["Cornwall and Isles of Scilly Serious Violence Group (Safer Cornwall)",
                "Devon Serious Violence Prevention Group (Safer Devon)",
                "Plymouth Serious Violence Group (Safer Plymouth)", "Torbay Serious Violence Group"])
    para(d, "The board will publish an annual progress report and a refreshed needs assessment each year.")
    heading(d, "7  Action plan 2024–25", 1)
    table(d, [["Obj.", "Action", "Lead", "By"],
              ["1", "Hotspot problem-solving plans", "Police / CSPs", "Sep 2024"],
              ["1", "Focused deterrence pilot in Plymouth", "Police / Probation", "Jan 2025"],
              ["2", "Emergency department youth workers", "OPCC / NHS", "Jun 2024"],
              ["2", "Trusted adult programme in schools", "Local authorities", "Sep 2024"],
              ["3", "Safe spaces in four towns", "CSPs", "Summer 2024"],
              ["4", "Peninsula violence dataset", "OPCC analysts", "Mar 2025"],
              ["4", "A&E data-sharing agreement", "NHS / OPCC", "Dec 2024"]], [1.4, 8.4, 3.6, 2.4],
          head_fill=PLUM, band="F1EAF2", size=9.5)
    heading(d, "Appendix  Specified authorities", 1, page_break=True)
    bullets(d, ["Cornwall Council and the Council of the Isles of Scilly", "Devon County Council and the eight district "
                "councils", "Plymouth City Council", "Torbay Council", "Devon and Cornwall Police",
                "Devon and Somerset Fire and Rescue Service", "Cornwall Fire and Rescue Service",
                "NHS Devon and NHS Cornwall and Isles of Scilly integrated care boards", "Probation Service",
                "Youth justice services"])
    para(d, "Educational establishments, prisons and youth custody establishments are relevant authorities and are "
            "consulted on the strategy.")
    page_break(d)
    para(d, "", space_after=320)
    para(d, "Peninsula Serious Violence Prevention Partnership", bold=True, colour=PLUM)
    para(d, "c/o Office of the Police and Crime Commissioner, Alderson Drive, Exeter", size=10)
    para(d, "seriousviolence@devoncornwall-pcc.example", size=10)
    para(d, "Statistics in this strategy are illustrative.", size=9, italic=True, colour="666666")
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword", "intro": "2 Introduction 2.1", "duty": "2.1 The Serious Violence Duty The Duty",
               "def": "2.2 What we mean by serious violence For", "sna": "3 What the needs assessment tells us",
               "strat": "4 Our strategy Our vision", "obj": "4.1 Our strategic objectives Over", "appr": "4.2 Our approach",
               "out": "4.3 Outcomes framework", "deliv": "5 Delivering the objectives", "gov": "6 Governance The",
               "act": "7 Action plan 2024–25 Obj", "app": ("Appendix Specified authorities", 4)}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "peninsula_sv.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
