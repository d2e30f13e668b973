"""section_running_headers: a Writer plan in which every priority is its own section, and each section's
running header names it ("Priority 2: Safer streets and town centres") on every page of the section."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

import docx_kit as K

NAME = "section_running_headers"
TITLE = "Safer Eastholme Partnership Plan 2025–2028"
ACC = "5B2C6F"

PRIORITIES = [
    dict(title="Protecting people from violence and abuse",
         why=["Violence against the person makes up 38% of recorded crime in Eastholme. Domestic abuse is "
              "behind almost half of it, and more than a third of victims have been victims before.",
              "Sexual offences reported to the police rose by 9% last year. We think this reflects more "
              "confidence to report, but it also means more demand on specialist services that already have "
              "waiting lists."],
         facts=["1,910 violence with injury offences in 2024/25", "2,605 domestic abuse incidents and crimes",
                "318 high-risk cases heard at MARAC", "1 in 3 MARAC cases were repeats"],
         actions=["We will review every repeat MARAC case with the agency that knows the victim best.",
                  "We will fund a second independent sexual violence adviser for young people.",
                  "We will run a bystander campaign in the night-time economy with licensees.",
                  "We will make sure every school has a trained domestic abuse lead."],
         lead="Domestic Abuse and Sexual Violence Board",
         measures=[["Repeat MARAC cases", "33%", "Reduce to 28%"],
                   ["Victims supported by an IDVA", "642", "Increase"],
                   ["Violence with injury offences", "1,910", "Reduce"]],
         story=("Amira's story", "Amira was referred to MARAC three times in two years. Each time the plan "
                "focused on the immediate risk. When her case was reviewed, partners saw that her housing "
                "situation meant she kept returning to the same address. A housing officer now attends "
                "MARAC every month, and Amira and her children have moved to a new home.")),
    dict(title="Safer streets and town centres",
         why=["Residents told us they feel safe in their own street but not in Eastholme town centre after "
              "dark. Women were twice as likely as men to avoid the centre at night.",
              "Crime in the town centre is concentrated around the bus station, the market square and the "
              "late-night venues on Quay Street."],
         facts=["24% of all recorded crime happens in the town-centre ward",
                "41% of residents feel safe in the town centre after dark",
                "68 licensed premises open after 11pm", "312 CCTV cameras monitored from the control room"],
         actions=["We will keep the town-centre marshals and Safe Space on Friday and Saturday nights.",
                  "We will carry out women's safety walks each season and act on what we find.",
                  "We will agree a new Public Spaces Protection Order for the bus station area.",
                  "We will work with licensees on the Best Bar None scheme."],
         lead="Town Centre Safety Group",
         measures=[["Feel safe in the town centre after dark", "41%", "Increase to 50%"],
                   ["Night-time violence with injury", "288", "Reduce"],
                   ["Premises in Best Bar None", "12", "Increase to 30"]],
         story=("Safety walks", "In March 2025 a group of women walked the route from the station to Quay "
                "Street with officers and council staff. They pointed out an unlit underpass and overgrown "
                "planting. Both were fixed within six weeks.")),
    dict(title="Tackling anti-social behaviour and its impact on residents",
         why=["Anti-social behaviour is the issue residents raise with councillors most often. Much of it is "
              "repeated: the same few streets and the same few people account for a large share of reports.",
              "Victims say the hardest part is not knowing whether anything is being done."],
         facts=["4,420 ASB incidents reported to the police", "1,980 reports to the council ASB team",
                "14 ASB case reviews requested", "58% of victims satisfied with the response"],
         actions=["We will give every ASB victim a named contact and a written plan.",
                  "We will use early warning letters and acceptable behaviour contracts before enforcement.",
                  "We will run diversionary activities in the school holidays in the four hotspot wards.",
                  "We will publish the outcome of ASB case reviews, anonymised, twice a year."],
         lead="Neighbourhood Problem Solving Group",
         measures=[["ASB victims satisfied with the response", "58%", "Increase to 70%"],
                   ["Repeat ASB locations", "46", "Reduce"],
                   ["Young people in holiday activities", "780", "Increase"]],
         story=("Linden Court", "Residents of Linden Court reported groups gathering in the stairwells every "
                "night. The housing association fitted new door entry, the police issued dispersal notices, "
                "and youth workers started a Tuesday night football session nearby. Reports fell from 61 to "
                "9 in six months.")),
    dict(title="Reducing harm caused by drugs and alcohol",
         why=["Drugs and alcohol sit behind a large share of crime, ASB and demand on health services. Drug "
              "markets bring violence and exploitation into our neighbourhoods.",
              "The number of people dying from drug poisoning in Eastholme has doubled in ten years."],
         facts=["17 drug-related deaths registered in 2024", "690 adults in structured treatment",
                "21 cuckooed addresses identified", "2,140 alcohol-related hospital admissions"],
         actions=["We will close cuckooed addresses and support the people exploited in them.",
                  "We will increase referrals into treatment from custody, courts and probation.",
                  "We will make naloxone available in every hostel and supported housing scheme.",
                  "We will use licensing powers to tackle premises linked to street drinking."],
         lead="Combating Drugs Partnership (Eastholme)",
         measures=[["Adults in structured treatment", "690", "Increase to 760"],
                   ["Drug-related deaths", "17", "Reduce"],
                   ["Cuckooed addresses closed within 14 days", "52%", "Increase to 80%"]],
         story=("Recovery café", "The recovery café in Church Lane opened in 2024. It is run by people in "
                "recovery and is open four evenings a week. 140 people used it in its first six months; 23 "
                "of them have since started volunteering.")),
]


def _section(doc, header_text, *, first=False):
    sec = doc.sections[0] if first else K.new_section(doc)
    K.set_header(sec, header_text, color=ACC, bold=True, size=10)
    K.set_footer(sec, TITLE, page_word="Page ")
    return sec


def build(work: Path) -> Path:
    doc = K.new_doc(TITLE, "Eastholme Borough Council", accent=ACC, size=11, heading_sizes=(20, 13.5, 11.5))
    # cover: its own section with an empty header and footer
    sec = doc.sections[0]
    K.blank_header_footer(sec)
    K.para(doc, "", space_after=110)
    K.para(doc, "Safer Eastholme Partnership", size=15, color="7F7F7F")
    K.para(doc, "Partnership Plan", bold=True, size=34, color=ACC, space_after=0)
    K.para(doc, "2025–2028", size=28, color=ACC, space_after=60)
    K.para(doc, "Eastholme Borough Council · Eastvale Constabulary · Eastvale Fire and Rescue Service · "
                "Eastvale Integrated Care Board · Probation Service · Eastvale County Council", size=10,
           color="595959")

    # introduction section (2 pages)
    _section(doc, "Introduction")
    doc.add_heading("Contents", level=1)
    for text, page in [("Introduction", 2), ("Our area and what the data tells us", 4),
                       ("Priority 1: Protecting people from violence and abuse", 5),
                       ("Priority 2: Safer streets and town centres", 7),
                       ("Priority 3: Tackling anti-social behaviour and its impact on residents", 9),
                       ("Priority 4: Reducing harm caused by drugs and alcohol", 11),
                       ("Delivery and governance", 13)]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
    doc.add_heading("Foreword", level=1)
    for t in ["Welcome to the Safer Eastholme Partnership Plan for 2025 to 2028. It sets out what the "
              "partnership will focus on over the next three years and how we will know whether we are making "
              "a difference.",
              "The plan is built on our strategic assessment and on what more than 1,300 residents told us in "
              "the spring. It has four priorities. Each has its own section, which explains why it matters, "
              "what we will do and how we will measure progress.",
              "Community safety is not something the police or the council can deliver alone. It depends on "
              "schools, health services, housing providers, businesses, the voluntary sector and, above all, "
              "residents. We hope this plan shows how we will work together."]:
        K.para(doc, t)
    K.para(doc, "Councillor Helen Prothero, Chair, Safer Eastholme Partnership", italic=True)
    K.page_break(doc)
    doc.add_heading("About the partnership", level=1)
    K.para(doc, "The Safer Eastholme Partnership is Eastholme's community safety partnership, set up under the "
                "Crime and Disorder Act 1998. Its members are:")
    K.bullets(doc, ["Eastholme Borough Council", "Eastvale County Council", "Eastvale Constabulary",
                    "Eastvale Fire and Rescue Service", "Eastvale Integrated Care Board",
                    "the Probation Service", "the Office of the Police, Fire and Crime Commissioner (co-opted)"])
    doc.add_heading("Our vision", level=2)
    K.para(doc, "“Eastholme: a safe place to live, work and visit, where people look out for each other.”",
           italic=True, size=13, color=ACC)
    doc.add_heading("Our values", level=2)
    K.bullets(doc, [("Victim-centred", " – we start with the person who has been harmed"),
                    ("Preventative", " – we act early to stop problems growing"),
                    ("Evidence-led", " – we use data and test what works"),
                    ("Open", " – we report honestly on progress")])
    doc.add_heading("How we chose our priorities", level=2)
    K.para(doc, "Our priorities for 2022–2025 were reducing violence, reducing anti-social behaviour, "
                "protecting vulnerable people and reducing reoffending. The 2025 strategic assessment scored "
                "every issue for harm, volume, trend and public concern. Four issues stood out, and they became "
                "the priorities of this plan. Reoffending is now led by the county's Reducing Reoffending Board.")

    # our area (1 page)
    _section(doc, "Our area and what the data tells us")
    doc.add_heading("Our area and what the data tells us", level=1)
    K.para(doc, "Eastholme has a population of 121,000. The town of Eastholme is home to about 70,000 people; "
                "the rest live in the coastal villages and the market town of Selby Cross.")
    K.table(doc, ["Indicator", "2023/24", "2024/25"], [
        ["All recorded crime", "9,842", "9,511"], ["Violence with injury", "1,960", "1,910"],
        ["Domestic abuse incidents and crimes", "2,580", "2,605"], ["ASB incidents (police)", "4,790", "4,420"],
        ["Residential burglary", "402", "366"], ["Drug offences", "344", "391"]], [9, 3.5, 3.5], zebra="F1EAF4")
    K.para(doc, "")
    K.para(doc, "What residents told us", bold=True, color=ACC, space_after=2)
    K.bullets(doc, ["drug dealing is the issue that most worries people in the town",
                    "speeding is the biggest concern in the villages",
                    "people want to know what happens after they report something",
                    "young people want more to do in the evenings"])

    # one section per priority, two pages each
    for i, pr in enumerate(PRIORITIES, start=1):
        label = f"Priority {i}: {pr['title']}"
        _section(doc, label)
        doc.add_heading(label, level=1)
        doc.add_heading("Why this is a priority", level=2)
        for t in pr["why"]:
            K.para(doc, t)
        K.para(doc, "Key facts", bold=True, color=ACC, space_after=2)
        K.bullets(doc, pr["facts"])
        doc.add_heading("What we will do", level=2)
        for a in pr["actions"]:
            K.para(doc, a, indent_cm=0.5)
        doc.add_heading("Who will lead", level=2)
        K.para(doc, f"The {pr['lead']} will lead this priority and report to the partnership board every "
                    "quarter. Each action has a named lead officer in the delivery plan.")
        K.page_break(doc)
        doc.add_heading("How we will measure progress", level=2)
        K.table(doc, ["Measure", "Baseline 2024/25", "Target 2028"], pr["measures"], [9, 3.5, 3.5],
                zebra="F1EAF4")
        K.para(doc, "")
        doc.add_heading(pr["story"][0], level=2)
        K.para(doc, pr["story"][1])
        doc.add_heading("Links to other plans", level=2)
        K.para(doc, "This priority supports the Eastvale Police, Fire and Crime Plan and the Eastholme Health "
                    "and Wellbeing Strategy. Progress will be reported in the partnership's annual report.")

    # delivery and governance (1 page)
    _section(doc, "Delivery and governance")
    doc.add_heading("Delivery and governance", level=1)
    K.para(doc, "The partnership board meets quarterly and holds each delivery group to account. The council's "
                "Overview and Scrutiny Committee reviews the partnership's work each year.")
    K.table(doc, ["Delivery group", "Chair", "Meets"], [
        ["Domestic Abuse and Sexual Violence Board", "Director of Public Health", "Quarterly"],
        ["Town Centre Safety Group", "Town Centre Manager", "Monthly"],
        ["Neighbourhood Problem Solving Group", "Police Inspector", "Monthly"],
        ["Combating Drugs Partnership (Eastholme)", "Consultant in Public Health", "Bi-monthly"]],
        [8, 5.5, 3], zebra="F1EAF4")
    K.para(doc, "")
    K.para(doc, "The Police, Fire and Crime Commissioner's priorities", bold=True, color=ACC, space_after=2)
    K.bullets(doc, ["responsive policing that puts victims first", "safer communities and roads",
                    "tackling violence against women and girls", "a fire and rescue service fit for the future"])
    K.para(doc, "Contact: safer.eastholme@eastholme.example.gov.uk", space_before=10)

    path = work / f"{NAME}.docx"
    doc.save(path)
    return path
