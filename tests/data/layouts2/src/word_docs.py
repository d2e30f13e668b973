"""Word documents (python-docx); build.py converts them to PDF with LibreOffice Writer.

Every place, partnership, person and figure is fictional. Each builder writes a .docx into `work`
and returns its path. Page breaks are explicit, so the .docx pages match the PDF pages.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt, RGBColor

from docx_kit import (bookmark, bullets, footer, header, new_doc, no_numbering, outline_numbering, page_break,
                      para, shade, table, toc_field)

D = "\u2013"   # en dash
Q1, Q2 = "\u2018", "\u2019"


# =============================================================================================
# multilevel_numbered_headings: "3. Our priorities" then "3.1 X" ... as Word outline numbering
# =============================================================================================
KES = [
    "Safer streets and a welcoming town centre",
    "Reducing serious violence and knife crime",
    "Tackling domestic abuse and sexual violence",
    "Preventing anti-social behaviour in our neighbourhoods, parks and on public transport",
    "Reducing reoffending and the harm caused by drugs and alcohol",
]


def multilevel_numbered_headings(work: Path) -> Path:
    doc = new_doc("Kestlebury Community Safety Partnership Plan 2025-2028", "Kestlebury Community Safety Partnership",
                  font="Liberation Sans", size=10.5, accent="006272", heading_sizes=(17, 13.5, 11))
    outline_numbering(doc)
    footer(doc, f"Kestlebury Community Safety Partnership Plan 2025{D}2028", page_word="")
    header(doc, "OFFICIAL", align="center", color="888888")
    h = lambda text, lvl=1: doc.add_heading(text, level=lvl)  # noqa: E731

    # ---- page 1: cover
    para(doc, "Kestlebury Community Safety Partnership", bold=True, size=13, color="006272", space_before=90)
    t = doc.add_paragraph(f"Partnership Plan 2025{D}2028", style="Title")
    no_numbering(t)
    para(doc, "Safer together in Kestlebury", size=15, color="444444")
    para(doc, "Version 1.0  |  Approved by the Partnership Board on 14 May 2025  |  Review date: May 2026",
         size=9, color="666666", space_before=30)
    para(doc, "Partners", bold=True, space_before=200)
    para(doc, "Kestlebury Borough Council  \u2022  Calderholme Police  \u2022  Calderholme Fire and Rescue Service  "
              "\u2022  The Probation Service  \u2022  NHS Calderholme Integrated Care Board  \u2022  Kestlebury Homes",
         size=9.5)
    page_break(doc)

    # ---- page 2: 1 Introduction, 2 Our local picture
    h("Introduction")
    h("Purpose of this plan", 2)
    para(doc, "This plan sets out how the organisations that make up the Kestlebury Community Safety Partnership "
              "(CSP) will work together over the next three years to reduce crime and anti-social behaviour, and "
              "to help people feel safer where they live, work and spend their time. It replaces our Community "
              f"Safety Strategy 2021{D}2024 and is refreshed each year following our strategic assessment.")
    h("Our statutory duties", 2)
    para(doc, "Community safety partnerships were created by the Crime and Disorder Act 1998. The partnership "
              "must, among other things:")
    bullets(doc, ["prepare an annual strategic assessment of crime, disorder and substance misuse in the borough",
                  "publish a partnership plan and consult the public on it",
                  "carry out Domestic Homicide Reviews (now Domestic Abuse Related Death Reviews)",
                  "work together to prevent and reduce serious violence under the Serious Violence Duty",
                  "consider crime and disorder in everything its member organisations do (section 17)"])
    h("Our local picture")
    h("Strategic assessment headlines", 2)
    para(doc, "The 2024 strategic assessment drew on police, council, health, fire and probation data for the "
              "twelve months to September 2024. Its main findings were:")
    bullets(doc, ["total recorded crime fell by 4%, but violence with injury rose by 7%",
                  "38% of violence with injury happened in the town centre, most of it between 10pm and 4am",
                  "domestic abuse accounted for one in five violent crimes",
                  "anti-social behaviour reports rose by 11%, with most concerns about parks and bus routes",
                  "half of all proven reoffending involved people with a drug or alcohol need"])
    page_break(doc)

    # ---- page 3: 2.2, 2.3, 3 Our priorities (intro)
    h("What residents told us", 2)
    para(doc, "More than 1,400 people answered our 2024 community safety survey. Most said they felt safe in their "
              "own street during the day (88%), but far fewer felt safe in the town centre after dark (41%). "
              f"Women were twice as likely as men to say they avoided parks and the bus station at night. "
              f"Residents{Q2} top three concerns were drug dealing, speeding and groups of young people causing "
              "nuisance.")
    h("Our vision and principles", 2)
    para(doc, "Our vision is that Kestlebury is a place where everyone is safe and feels safe. To get there, we "
              "will work to these principles:")
    bullets(doc, [("Prevention and early help: ", "stopping harm before it happens is better for everyone."),
                  ("Victims at the centre: ", "we will listen to victims and keep them informed."),
                  ("Evidence-led: ", "we will target our shared resources where the data says they are needed."),
                  ("Working as one: ", "no single agency can do this alone.")])
    para(doc, "Our plan also supports the priorities of the Police and Crime Commissioner for Calderholme, whose "
              f"Police and Crime Plan 2024{D}2029 focuses on:")
    bullets(doc, ["preventing crime and protecting the public", "supporting victims and witnesses",
                  "tackling violence against women and girls", "an efficient and effective police service"])
    h("Our priorities")
    para(doc, "Using the strategic assessment and the survey results, the Partnership Board agreed five priorities "
              "for 2025 to 2028. Each one is described below, with what we will do and how we will know we are "
              "making a difference. Delivery plans for each priority are held by the responsible subgroup.")
    page_break(doc)

    details = [
        ("The town centre is where most violent crime and much of our anti-social behaviour happens, and it is "
         "where residents feel least safe after dark. A busy, well-managed town centre is good for business and "
         "good for community safety.",
         ["keep the Purple Flag accreditation for the night-time economy and expand the town centre marshals scheme",
          "use the Public Spaces Protection Order and dispersal powers consistently and fairly",
          "review CCTV coverage and street lighting with the Business Improvement District"],
         "fewer violent crimes in the town centre at night, and more residents saying they feel safe there"),
        ("Serious violence is rare but its impact on victims, families and communities is devastating. Under "
         "the Serious Violence Duty, partners will follow a public health approach, tackling the causes of "
         "violence as well as responding to it.",
         ["deliver the Calderholme Serious Violence Strategy locally, including a hospital-based youth worker",
          "run knife crime awareness sessions in every secondary school each year",
          "use focused deterrence with the small number of people responsible for most violence"],
         "fewer hospital admissions for assault with a sharp object among under-25s"),
        ("Domestic abuse and sexual violence are under-reported. We want victims to come forward sooner and "
         "to get the right help first time, and we want perpetrators held to account.",
         ["train frontline staff across the partnership to recognise and respond to domestic abuse",
          "commission safe accommodation and community outreach in line with our needs assessment",
          "expand the Drive perpetrator programme to Kestlebury"],
         "more early reporting, fewer repeat victims at the multi-agency risk assessment conference"),
        ("Anti-social behaviour is the issue residents raise with us most often. Left unchecked it can grow "
         "into more serious crime and wear down whole neighbourhoods.",
         ["run a single ASB case review process and offer every high-risk victim a named contact",
          "work with the bus operator on safer travel patrols on routes 4, 11 and 27",
          "provide youth activities in parks during the summer holidays"],
         "fewer repeat ASB callers, and higher satisfaction with how reports are handled"),
        ("Most crime is committed by people who have offended before, and drug and alcohol use drives much "
         "of it. Helping people to stop offending is one of the most effective ways to cut crime.",
         ["support the Integrated Offender Management scheme with housing, treatment and employment pathways",
          "increase the number of people entering drug and alcohol treatment from prison and police custody",
          "work with the Combating Drugs Partnership to disrupt local drug markets"],
         "lower proven reoffending, and more people in treatment within three weeks of release"),
    ]
    groups = [(0, 1), (2, 3), (4,)]
    for gi, group in enumerate(groups):
        for i in group:
            intro, actions, measure = details[i]
            h(KES[i], 2)
            para(doc, intro)
            para(doc, "We will:", bold=True, space_after=2)
            bullets(doc, actions)
            h3 = doc.add_heading("How we will know we are making a difference", 3)
            para(doc, measure[0].upper() + measure[1:] + ".")
        if gi < len(groups) - 1:
            page_break(doc)

    # ---- page 6 (cont.): 4 Cross-cutting themes
    h("Cross-cutting themes")
    para(doc, "Three themes run through all five priorities. They are not priorities in their own right, but "
              "every subgroup will show how its work reflects them.")
    h("Listening to communities", 2)
    para(doc, "We will hold quarterly community safety forums and publish what we have done in response.")
    h("Early intervention and prevention", 2)
    para(doc, "We will invest in work that stops problems from starting, particularly with children and families.")
    h("Using data and evidence well", 2)
    para(doc, "We will share information lawfully and safely, and evaluate what we fund.")
    page_break(doc)

    # ---- page 7: 5 Delivery and governance
    h("Delivery and governance")
    h("How the partnership is organised", 2)
    para(doc, "The Partnership Board meets quarterly and is chaired by the Chief Executive of Kestlebury Borough "
              "Council. Four subgroups report to it: Safer Town Centre, Violence Reduction, Domestic Abuse and "
              "Reducing Reoffending. The Board reports each year to the council's Overview and Scrutiny Committee.")
    h("Performance measures", 2)
    table(doc, ["Measure", "Baseline 2023/24", "Direction"],
          [["Violence with injury, town centre, 10pm to 4am", "412", "Reduce"],
           ["Hospital admissions for assault with a sharp object, under-25s", "19", "Reduce"],
           ["Repeat referrals to MARAC", "31%", "Reduce"],
           ["Repeat ASB callers (three or more calls in 12 months)", "286", "Reduce"],
           ["Proven reoffending rate, adults", "24.8%", "Reduce"],
           ["Residents who feel safe in the town centre after dark", "41%", "Increase"]],
          [9.5, 3.5, 3.0], head_fill="006272")
    para(doc, "")
    para(doc, "Contact: community.safety@kestlebury.gov.uk  |  Kestlebury Borough Council, Market Square, "
              "Kestlebury", size=9, color="555555")
    path = work / "multilevel_numbered_headings.docx"
    doc.save(path)
    return path




# =============================================================================================
# google_docs_toc_field: a Google-Docs-style export; a real TOC field with right-aligned page
# numbers and no dot leaders; Heading 2 priorities with no label; headings not bold
# =============================================================================================
WSM = [
    "Early intervention with children and young people at risk of violence",
    "Reducing violence in the night-time economy",
    "Disrupting drug supply and county lines exploitation",
    "Building community resilience to prevent violence",
]


def google_docs_toc_field(work: Path) -> Path:
    doc = new_doc("Westmarsh Serious Violence Strategy 2025-2030", "Westmarsh Serious Violence Partnership",
                  font="Liberation Sans", size=11, accent="000000", heading_sizes=(20, 16, 13.5), margins_cm=2.54)
    st = doc.styles
    for i in (1, 2, 3):
        st[f"Heading {i}"].font.bold = False
    st["Heading 3"].font.color.rgb = RGBColor.from_string("434343")
    st["Normal"].paragraph_format.line_spacing = 1.15
    st["Title"].font.bold = False
    st["Title"].font.color.rgb = RGBColor.from_string("000000")
    fp = doc.sections[0].footer.paragraphs[0]
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx_kit import page_field
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(fp)
    marks = iter(range(1, 100))

    def h(text, lvl=1):
        p = doc.add_heading(text, level=lvl)
        if lvl <= 2:
            n = next(marks)
            bookmark(p, f"_heading_h{n:02d}", n)
        return p

    # ---- page 1: title block and the table of contents
    doc.add_paragraph("Westmarsh Serious Violence Strategy", style="Title")
    doc.add_paragraph(f"2025 to 2030", style="Subtitle")
    para(doc, "Westmarsh Serious Violence Partnership", bold=True, space_before=6, space_after=0)
    para(doc, "Final version for publication, June 2025", color="666666", space_after=18)
    para(doc, "Contents", size=14, space_after=6)
    toc = [(1, "Introduction", 2), (1, "The Serious Violence Duty", 2), (1, "Our strategic needs assessment", 3),
           (1, "Our definition of serious violence", 3), (1, "Our strategic priorities", 4),
           (2, WSM[0], 4), (2, WSM[1], 4), (2, WSM[2], 5), (2, WSM[3], 5),
           (1, "Delivery and governance", 6), (1, "Appendix A: Glossary", 6)]
    toc_field(doc, toc, width_cm=15.9)
    page_break(doc)

    # ---- page 2
    h("Introduction")
    para(doc, "Serious violence has a lasting effect on victims, families and whole communities. Although "
              "Westmarsh is a relatively safe place, the number of violent incidents involving a knife or other "
              "weapon has risen in each of the last three years, and young people are more likely than any other "
              "age group to be victims.")
    para(doc, "This strategy explains how the organisations covered by the Serious Violence Duty will work "
              "together, and with communities, to prevent and reduce serious violence in Westmarsh. It is based "
              "on our strategic needs assessment, published alongside it, and on conversations with more than "
              "300 young people, parents and practitioners.")
    h("The Serious Violence Duty")
    para(doc, "The Police, Crime, Sentencing and Courts Act 2022 requires specified authorities to collaborate "
              "and plan to prevent and reduce serious violence. In Westmarsh the specified authorities are:")
    bullets(doc, ["Westmarsh City Council", "Kingsreach Police", "Kingsreach Fire and Rescue Service",
                  "NHS Westmarsh and Ambleside Integrated Care Board", "The Probation Service (Westmarsh)",
                  "Westmarsh Youth Justice Service"])
    para(doc, "Schools, colleges and the prison and youth custody estate are relevant authorities and must "
              "cooperate with the partnership when asked. The Westmarsh Community Safety Partnership is the "
              "lead body for the duty locally.")
    page_break(doc)

    # ---- page 3
    h("Our strategic needs assessment")
    para(doc, "The strategic needs assessment looked at police, ambulance, emergency department, education and "
              "youth justice data for 2021 to 2024. Its key findings were:")
    bullets(doc, ["knife-enabled robbery and assault doubled between 2021 and 2024",
                  "two thirds of victims and suspects of serious violence are aged under 25",
                  "violence is concentrated in the city centre and in three neighbourhoods: Eastgate, Holme "
                  "Park and the Quays",
                  "children excluded from school are significantly over-represented among both victims and "
                  "suspects"])
    para(doc, "The needs assessment recommended that the partnership should:")
    bullets(doc, ["focus prevention on children aged 10 to 16 and their families",
                  "improve data sharing between the emergency department and the police",
                  "target late-night licensed premises with repeat incidents",
                  "involve young people in designing services"])
    h("Our definition of serious violence")
    para(doc, "For this strategy, serious violence means homicide, violence against the person which results in "
              "serious injury, knife and gun crime, robbery, and violence linked to drug supply and exploitation. "
              "Domestic abuse and sexual violence are covered by the Westmarsh Violence Against Women and Girls "
              "Strategy, and the two strategies are closely aligned.")
    page_break(doc)

    # ---- pages 4 and 5: the priorities
    h("Our strategic priorities")
    para(doc, "We have agreed four strategic priorities. They reflect the findings of the needs assessment and "
              "what communities told us, and they follow a public health approach: looking at the causes of "
              "violence, not only its symptoms.")
    bodies = [
        ("Most adults involved in serious violence first came to the attention of services as children. "
         "Reaching children and families earlier gives us the best chance of changing that path.",
         ["place youth workers in the emergency department and the custody suite",
          "offer mentoring to every child permanently excluded from school",
          "train school staff to spot the signs of exploitation"],
         "Westmarsh Youth Justice Service"),
        ("One in four serious violence offences happens in or near late-night venues. Most involve alcohol "
         "and most happen on Friday and Saturday nights.",
         ["review licensing conditions for premises with repeat violent incidents",
          "fund welfare and street pastor teams on weekend nights",
          "use emergency department data to target patrols"],
         "Westmarsh City Council Licensing"),
        ("Drug markets drive much of the violence in Westmarsh, and organised groups exploit children and "
         "vulnerable adults to move drugs and money.",
         ["use the National Referral Mechanism consistently for exploited children",
          "close down cuckooed addresses quickly and support the people living there",
          "work with Kingsreach Police on county lines operations"],
         "Kingsreach Police"),
        ("Communities know where the risks are and who is affected. We want them to have the confidence "
         "and resources to act.",
         ["fund a small grants scheme for community-led violence prevention",
          "train parents and carers to talk to their children about knife crime",
          "work with faith groups and sports clubs on safe spaces"],
         "Westmarsh Community Safety Partnership"),
    ]
    for i, (intro, acts, lead) in enumerate(bodies):
        if i == 2:
            page_break(doc)
        h(WSM[i], 2)
        para(doc, intro)
        doc.add_heading("What we will do", 3)
        bullets(doc, acts)
        para(doc, runs=[("Lead: ", True), (lead, False)])
    page_break(doc)

    # ---- page 6
    h("Delivery and governance")
    para(doc, "The Westmarsh Serious Violence Partnership Board oversees this strategy and reports to the "
              "Community Safety Partnership. An annual delivery plan sets out the actions for each priority, "
              "and progress is reported to the Board every quarter.")
    para(doc, "We will measure success using the national Serious Violence Duty indicators:")
    bullets(doc, ["hospital admissions for assault with a sharp object",
                  "knife and sharp object enabled serious violence recorded by the police",
                  "homicides"])
    h("Appendix A: Glossary")
    bullets(doc, [("CSP: ", "Community Safety Partnership"), ("ICB: ", "Integrated Care Board"),
                  ("NRM: ", "National Referral Mechanism, the framework for identifying victims of modern slavery"),
                  ("Cuckooing: ", "taking over a vulnerable person's home to use it for drug dealing")])
    path = work / "google_docs_toc_field.docx"
    doc.save(path)
    return path


# =============================================================================================
# unlabelled_focus_bold_titles: "Our focus for 2025-26" (Heading 2) then bold one-line titles in
# Normal style, each followed by a paragraph; the same manual-bold pattern is used for last year's
# focus and for "How we will work"
# =============================================================================================
HAR = [
    "Keeping the town centre safe at night",
    "Getting on top of shoplifting and retail crime",
    "Protecting people who are being exploited",
    "Making parks and open spaces feel safer for women and girls",
]


def _bold_title(doc, text, color="7A1F5C"):
    p = para(doc, text, bold=True, size=12, color=color, space_before=8, space_after=2, keep_next=True)
    return p


def unlabelled_focus_bold_titles(work: Path) -> Path:
    doc = new_doc("Harrowdene Community Safety Partnership - Annual Partnership Plan 2025-26",
                  "Harrowdene Community Safety Partnership", font="Liberation Serif", size=11.5,
                  accent="7A1F5C", heading_sizes=(20, 15, 12), heading_font="Liberation Sans")
    footer(doc, "Harrowdene CSP Annual Partnership Plan 2025-26", page_word="")

    # ---- page 1
    doc.add_heading("Harrowdene Community Safety Partnership", 1)
    para(doc, "Annual Partnership Plan 2025-26", size=16, color="444444", space_after=14)
    doc.add_heading("Introduction", 2)
    para(doc, "Every year the Harrowdene Community Safety Partnership reviews crime, disorder and residents' "
              "concerns and agrees where partners will focus their shared effort for the year ahead. This short "
              "plan sets out that focus for 2025-26. It sits underneath our three-year Community Safety "
              "Strategy, which remains in place until March 2027.")
    para(doc, "The partnership is made up of Harrowdene District Council, Redcastle Police, Redcastle Fire and "
              "Rescue Service, the Probation Service, the NHS and Harrowdene Housing Association, working with "
              "the voluntary sector and local businesses.")
    doc.add_heading("Looking back at 2024-25", 2)
    para(doc, "Last year the partnership concentrated on three areas. A full report is available on the council "
              "website.")
    _bold_title(doc, "Reducing burglary on the Northfields estate", "555555")
    para(doc, "Burglary on the estate fell by 23% after target hardening visits to 400 homes and a new "
              "neighbourhood watch scheme.")
    _bold_title(doc, "Tackling drug dealing around the station", "555555")
    para(doc, "Two closure orders and a joint operation with the British Transport Police removed the most "
              "persistent dealing from the station approach.")
    _bold_title(doc, "Supporting victims of hate crime", "555555")
    para(doc, "We opened three new third-party reporting centres and trained 60 staff to support victims.")
    page_break(doc)

    # ---- page 2: the focus for the year
    doc.add_heading("Our focus for 2025-26", 2)
    para(doc, "The strategic assessment and this year's resident survey point to four areas where working "
              "together will make the most difference.")
    bodies = [
        "Violence and disorder in Harrowdene peak between 11pm and 3am on Friday and Saturday nights around "
        "the High Street and Bridge Street. We will keep the taxi marshals and the safe space at St Mary's "
        "Hall, work with licensees through Pubwatch, and use the night-time levy to fund extra patrols.",
        "Reported shoplifting has risen by 38% in two years and shop workers tell us they face abuse and "
        "threats every week. We will set up a retail crime partnership with the Business Improvement "
        "District, share images of prolific offenders lawfully, and refer people stealing to fund a drug "
        "habit into treatment.",
        "Children and adults with care and support needs are being drawn into county lines, cuckooing and "
        "criminal exploitation. We will run a monthly exploitation panel, make sure every partner knows how "
        "to refer into it, and close cuckooed addresses quickly while keeping tenants safe.",
        "In our survey, 62% of women said they avoid Harrowdene's parks after dark. We will improve lighting "
        "and sightlines in Victoria Park and the Riverside Walk, carry out walk-and-talk sessions with women "
        "and girls, and train park staff and volunteers in bystander intervention.",
    ]
    for title, body in zip(HAR, bodies):
        _bold_title(doc, title)
        para(doc, body)
    para(doc, "Each area has a lead officer and a short delivery plan, which the partnership board reviews every "
              "quarter.", italic=True, space_before=6)
    page_break(doc)

    # ---- page 3
    doc.add_heading("How we will work", 2)
    _bold_title(doc, "Sharing information", "555555")
    para(doc, "Partners will use the Harrowdene information sharing agreement, reviewed in 2025, so that the "
              "right people see the right information at the right time.")
    _bold_title(doc, "Listening to residents", "555555")
    para(doc, "We will hold two community safety roadshows and repeat the resident survey in January 2026.")
    _bold_title(doc, "Using our powers fairly", "555555")
    para(doc, "Community protection notices, closure orders and injunctions will be used consistently and "
              "reviewed by the multi-agency problem solving group.")
    doc.add_heading("How we will measure progress", 2)
    table(doc, ["Measure", "2024-25", "Aim for 2025-26"],
          [["Violence with injury in the town centre, 11pm to 3am", "214", "Fewer than 190"],
           ["Shoplifting offences reported", "1,126", "More reports, fewer repeat offenders"],
           ["Referrals to the exploitation panel", "48", "More referrals from health and housing"],
           ["Women who feel safe in parks after dark", "38%", "45%"]],
          [8.0, 3.0, 5.0], head_fill="7A1F5C")
    para(doc, "")
    doc.add_heading("Contact us", 2)
    para(doc, "Community Safety Team, Harrowdene District Council, Civic Centre, Harrowdene. "
              "Email safer@harrowdene.gov.uk. In an emergency always call 999.")
    path = work / "unlabelled_focus_bold_titles.docx"
    doc.save(path)
    return path


# =============================================================================================
# repeated_names_action_plan: the priority names appear in a contents page, a strategy-on-a-page
# table, the section headings and a landscape action-plan table (gold: the section headings)
# =============================================================================================
MAR = [
    "Increasing the reporting of hate crime and incidents",
    "Supporting victims and communities affected by hate",
    "Preventing hate through education and engagement",
    "Responding to tensions and bringing offenders to justice",
]


def repeated_names_action_plan(work: Path) -> Path:
    accent = "3B2A73"
    doc = new_doc("Marrowby Hate Crime Strategy 2025-2028", "Safer Marrowby Partnership", font="Liberation Sans",
                  size=10.5, accent=accent, heading_sizes=(16, 12.5, 11))
    footer(doc, f"Marrowby Hate Crime Strategy 2025{D}2028", page_word="")
    # ---- page 1: cover
    para(doc, "Safer Marrowby Partnership", bold=True, size=12, color=accent, space_before=120)
    doc.add_paragraph("Hate Crime Strategy", style="Title")
    para(doc, f"2025{D}2028", size=18, color="555555")
    para(doc, "Standing together against hate", italic=True, size=13, color="555555", space_before=10)
    para(doc, "Report hate crime: call 101, or 999 in an emergency, or use a third-party reporting centre.",
         size=9.5, space_before=260)
    page_break(doc)
    # ---- page 2: contents
    doc.add_heading("Contents", 1)
    contents = [("Foreword", 3), ("Our strategy on a page", 4), ("What is hate crime?", 4),
                ("Hate crime in Marrowby", 5)] + \
               [(f"Priority {i + 1}: {t}", 6 + i // 2) for i, t in enumerate(MAR)] + \
               [("Governance and monitoring", 7), (f"Action plan 2025{D}26", 8)]
    t = doc.add_table(rows=len(contents), cols=2)
    for r, (txt, pg) in zip(t.rows, contents):
        r.cells[0].width, r.cells[1].width = Cm(15.0), Cm(2.0)
        r.cells[0].paragraphs[0].add_run(txt)
        r.cells[1].paragraphs[0].add_run(str(pg))
        r.cells[1].paragraphs[0].alignment = 2
    for gc, w in zip(t._tbl.tblGrid, (15.0, 2.0)):
        gc.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(int(w * 567)))
    page_break(doc)
    # ---- page 3: foreword
    doc.add_heading("Foreword", 1)
    for txt in ["Marrowby is a diverse and welcoming town, and most people here get on well together. But hate "
                "crime still happens, and it harms not only the person targeted but everyone who shares their "
                "identity. Too many incidents are never reported.",
                "This strategy was written with the Marrowby Hate Crime Forum, with faith and community groups, "
                "and with people who have experienced hate crime themselves. It sets out four priorities for the "
                "next three years and a detailed action plan for the first year.",
                "Cllr Nadia Osei, Cabinet Member for Communities, and Superintendent Mark Fell, Redcastle Police"]:
        para(doc, txt)
    doc.add_heading("National context", 2)
    para(doc, "The strategy reflects the themes of the national hate crime action plan:")
    bullets(doc, ["preventing hate crime by challenging the beliefs and attitudes that underlie it",
                  "responding to hate crime in our communities",
                  "increasing the reporting of hate crime",
                  "improving support for the victims of hate crime",
                  "building our understanding of hate crime"])
    page_break(doc)
    # ---- page 4: strategy on a page
    doc.add_heading("Our strategy on a page", 1)
    grid = doc.add_table(rows=4, cols=4)
    from docx_kit import borders
    borders(grid, "FFFFFF", "12")
    vis = grid.rows[0].cells[0].merge(grid.rows[0].cells[3])
    vis.paragraphs[0].add_run("Our vision: a Marrowby where everyone can live free from hate, and where "
                              "people who experience it are confident to report it and get support.").bold = True
    shade(vis, "E4DFF2")
    for ci, name in enumerate(MAR):
        c = grid.rows[1].cells[ci]
        r = c.paragraphs[0].add_run(name)
        r.bold = True
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
        shade(c, accent)
    outcomes = ["More people report hate, through more routes", "Victims get timely, tailored support",
                "Children and adults understand and challenge hate", "Offenders are identified and held to account"]
    for ci, o in enumerate(outcomes):
        c = grid.rows[2].cells[ci]
        c.paragraphs[0].add_run(o).font.size = Pt(9.5)
        shade(c, "F2F0F8")
    pr = grid.rows[3].cells[0].merge(grid.rows[3].cells[3])
    pr.paragraphs[0].add_run("Our principles: victim-centred  |  community-led  |  intelligence-led  |  "
                             "zero tolerance of hate").font.size = Pt(9.5)
    shade(pr, "E4DFF2")
    for row in grid.rows:
        for c in row.cells:
            c.width = Cm(4.2)
    para(doc, "")
    doc.add_heading("What is hate crime?", 1)
    para(doc, "A hate crime is any criminal offence which is perceived by the victim or any other person to be "
              "motivated by hostility or prejudice based on a person's race, religion, sexual orientation, "
              "disability or transgender identity. A hate incident is any non-crime incident perceived in the "
              "same way. Both should be reported.")
    page_break(doc)
    # ---- page 5: (intentionally short) local picture
    doc.add_heading("Hate crime in Marrowby", 1)
    para(doc, "In 2024 Redcastle Police recorded 412 hate crimes in Marrowby, up 9% on 2023. Three quarters were "
              "racially or religiously aggravated; reports of disability and transgender hate crime grew fastest. "
              "Around half of victims had been targeted before.")
    para(doc, "Our community survey suggests that fewer than one in three hate incidents is reported, and that "
              "people with a learning disability are least likely to report.")
    page_break(doc)
    # ---- pages 6 and 7: priorities
    bodies = [
        ("We will make reporting easier and more trusted.", ["re-launch the third-party reporting centre network",
                                                            "publish an easy-read reporting guide"]),
        ("We will make sure every victim is offered support that fits their needs.",
         ["fund a specialist hate crime caseworker", "contact every repeat victim within 48 hours"]),
        ("We will challenge the attitudes that lead to hate.", ["offer anti-hate lessons to every secondary school",
                                                               "run an annual Hate Crime Awareness Week"]),
        ("We will act quickly when tensions rise and pursue offenders.",
         ["hold a weekly community tension meeting", "use community protection notices for repeat hate incidents"]),
    ]
    for i, name in enumerate(MAR):
        if i == 2:
            page_break(doc)
        doc.add_heading(f"Priority {i + 1}: {name}", 1)
        para(doc, bodies[i][0])
        para(doc, "Key actions:", bold=True, space_after=2)
        bullets(doc, bodies[i][1])
        para(doc, f"Outcome: {outcomes[i]}.", italic=True)
    doc.add_heading("Governance and monitoring", 1)
    para(doc, "The Marrowby Hate Crime Forum will monitor this strategy quarterly and report to the Safer Marrowby "
              "Partnership Board. The action plan will be refreshed each April.")
    # ---- pages 8 and 9: landscape action plan
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    doc.add_heading(f"Action plan 2025{D}26", 1)
    rows = []
    acts = [
        [("Re-launch the third-party reporting centre network", "Community Safety Team", "Jul 2025",
          "Number of reports via centres"),
         ("Publish an easy-read reporting guide", "Marrowby Disability Forum", "Sep 2025", "Guide published"),
         ("Add hate crime reporting to the council website chat", "Digital Services", "Dec 2025", "Reports online")],
        [("Fund a specialist hate crime caseworker", "Victim Support", "Jun 2025", "Victims supported"),
         ("Contact every repeat victim within 48 hours", "Redcastle Police", "Ongoing", "% contacted in 48h")],
        [("Offer anti-hate lessons to every secondary school", "Education Improvement Team", "Mar 2026",
          "Schools taking part"),
         ("Run Hate Crime Awareness Week", "Hate Crime Forum", "Oct 2025", "Events held")],
        [("Hold a weekly community tension meeting", "Redcastle Police", "Ongoing", "Meetings held"),
         ("Use community protection notices for repeat hate incidents", "ASB Team", "Ongoing", "CPNs issued"),
         ("Review all hate crimes that end with no further action", "Crown Prosecution Service", "Quarterly",
          "Cases reviewed")],
    ]
    n = 0
    for i, name in enumerate(MAR):
        for a, lead, when, measure in acts[i]:
            n += 1
            rows.append([f"A{n}", name, a, lead, when, measure])
    table(doc, ["Ref", "Priority", "Action", "Lead", "By when", "Measure"], rows, [1.2, 6.0, 7.5, 4.3, 2.2, 4.3],
          head_fill=accent, size=9.5)
    path = work / "repeated_names_action_plan.docx"
    doc.save(path)
    return path


BUILDERS = {"multilevel_numbered_headings": multilevel_numbered_headings,
            "google_docs_toc_field": google_docs_toc_field,
            "unlabelled_focus_bold_titles": unlabelled_focus_bold_titles,
            "repeated_names_action_plan": repeated_names_action_plan}
