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


BUILDERS = {"multilevel_numbered_headings": multilevel_numbered_headings}
