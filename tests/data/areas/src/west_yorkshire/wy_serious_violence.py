"""West Yorkshire Serious Violence Duty Strategy 2024-29: Word report (python-docx + LibreOffice).

Numbered sections.  The four priorities are a bulleted list under the
numbered sub-heading "4.1 Strategic objectives" (p6).  Distractors: the local
definition, the specified authorities, the principles, the needs assessment
findings, "4.2 Our approach" bullets, the delivery table (short labels), the
Home Office success measures (national), the governance bullets and the
partner list.
"""
from pathlib import Path

from docx_kit import *  # noqa: F401,F403
from docx_kit import bullets, contents, header_footer, heading, new_doc, para, table

from west_yorkshire.report import back_page, build_docx, cover, stat_table

FILE = "strategies/west_yorkshire_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "West Yorkshire Serious Violence Duty Strategy 2024–2029"
NAVY, RED, GREY = "1B2A47", "B8332B", "404040"

OBJECTIVES = [
    "Reduce serious violence and knife crime involving young people under 25",
    "Reduce violence linked to alcohol and the night-time economy",
    "Disrupt the drug markets and organised crime groups that drive violence",
    "Improve how partners share and use data to target violence",
]

DELIVERY = [
    ["Objective", "What we will do", "Lead"],
    ["Young people", "Navigators in all five emergency departments; mentoring for children excluded from school; "
                     "detached youth work in hotspot areas", "VRP / youth services"],
    ["Night-time economy", "Street marshals and welfare hubs in city and town centres; licensing interventions "
                           "at premises linked to violence", "Councils / licensing"],
    ["Drug markets", "Focused deterrence with people involved in drug-related violence; exit routes for those "
                     "exploited by gangs", "Police / probation"],
    ["Data", "A shared violence dataset including anonymised hospital data; a quarterly hotspot profile for "
             "each district", "VRP analysts"],
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans", colours=(NAVY, RED, GREY),
                title=TITLE, author="West Yorkshire Violence Reduction Partnership")
    header_footer(d, "West Yorkshire Violence Reduction Partnership", "Serious Violence Duty Strategy",
                  footer_fmt="Page {PAGE}")
    cover(d, "WEST YORKSHIRE VIOLENCE REDUCTION PARTNERSHIP", ["Serious Violence", "Duty Strategy"],
          "2024–2029", "January 2024", NAVY, sub_colour="F3D3D0", org_colour=RED,
          footer="Published on behalf of the specified authorities in Bradford, Calderdale, Kirklees, Leeds and "
                 "Wakefield")
    para(d, "Contents", bold=True, size=22, colour=NAVY, space_after=14)
    entries = [("1. Introduction", "intro", 0), ("2. Our definition of serious violence", "def", 0),
               ("3. What the strategic needs assessment tells us", "sna", 0),
               ("4. Our response to serious violence", "resp", 0), ("4.1 Strategic objectives", "obj", 0)]
    entries += [(o, "obj", 1) for o in OBJECTIVES]
    entries += [("4.2 Our approach", "appr", 0), ("4.3 What we will do", "do", 0), ("5. Measuring impact", "meas", 0),
                ("6. Governance and accountability", "gov", 0), ("7. Our partners", "part", 0)]
    contents(d, entries, pages, leader=True, bold_top=False)
    heading(d, "1. Introduction", 1, page_break=True)
    for t in [
        "The Serious Violence Duty came into force in January 2023. It requires the specified authorities in each "
        "area to work together to prevent and reduce serious violence: to agree a local definition, to produce a "
        "strategic needs assessment, and to publish a strategy setting out how they will respond.",
        "In West Yorkshire the Violence Reduction Partnership (VRP) coordinates the Duty on behalf of the five "
        "districts. The VRP was set up in 2019 and is hosted by the Mayor of West Yorkshire. It brings together the "
        "police, councils, health, education, probation, youth justice and the voluntary sector.",
        "This strategy sets out what the partnership will do from 2024 to 2029. It is based on the strategic needs "
        "assessment published alongside it, and on what young people, families and communities told us.",
        "Each district community safety partnership will publish its own local action plan under this strategy."]:
        para(d, t)
    para(d, "Director, West Yorkshire Violence Reduction Partnership", bold=True)
    heading(d, "2. Our definition of serious violence", 1, page_break=True)
    para(d, "For the purposes of the Duty, West Yorkshire partners have agreed the following definition:")
    para(d, "Serious violence is any violence that causes, or is likely to cause, serious harm, including homicide, "
            "violence with injury, knife and firearm offences, robbery, and violence linked to drug markets and "
            "exploitation. Domestic abuse and sexual violence are included where they meet this definition.",
         italic=True, colour=NAVY)
    heading(d, "The specified authorities", 2)
    bullets(d, ["The five district councils", "West Yorkshire Police", "West Yorkshire Fire and Rescue Service",
                "The Probation Service", "The five youth offending teams", "NHS West Yorkshire Integrated Care Board"])
    heading(d, "Our principles", 2)
    bullets(d, ["Public health: we look at causes, not only at incidents.",
                "Trauma-informed: we recognise the impact of adversity on children and adults.",
                "Youth voice: young people help to design what we do.",
                "Evidence: we use what works and evaluate what we try."], bold_lead=True)
    heading(d, "3. What the strategic needs assessment tells us", 1, page_break=True)
    para(d, "The strategic needs assessment brought together police, hospital, ambulance, education and youth justice "
            "data. The headline figures below are illustrative.")
    stat_table(d, [("1,900", "knife crime offences a year"), ("44%", "of knife crime victims are under 25"),
                   ("1 in 3", "assaults in town centres at night"), ("60%", "of homicides linked to drugs")],
               [NAVY, RED, "35506E", "7A2621"])
    para(d, "All figures are illustrative and are not official statistics.", italic=True, size=8.5, colour="595959")
    heading(d, "Key findings", 2)
    bullets(d, ["Serious violence is concentrated in the inner areas of Leeds and Bradford and in a small number of "
                "town centres.",
                "Young people are disproportionately involved, both as victims and as offenders.",
                "Alcohol is a factor in most violence in the night-time economy.",
                "Drug markets and the exploitation that supports them drive much of the most serious violence.",
                "Partners hold useful data that is not shared or joined up."])
    heading(d, "4. Our response to serious violence", 1, page_break=True)
    para(d, "The strategic needs assessment points to four areas where partners, working together, can make the "
            "greatest difference.")
    heading(d, "4.1 Strategic objectives", 2)
    para(d, "Over the five years of this strategy we will:")
    bullets(d, OBJECTIVES)
    heading(d, "4.2 Our approach", 2)
    para(d, "We will take a public health approach, which means we will:")
    bullets(d, ["focus on a defined population, with and for communities;",
                "work in partnership, without organisational boundaries;",
                "use data and intelligence to identify the causes of violence;",
                "intervene at the earliest opportunity, and evaluate what we do."])
    heading(d, "4.3 What we will do", 2, page_break=True)
    table(d, DELIVERY, [3.4, 9.4, 3.6], head_fill=NAVY, band="EEF1F6", size=9.5, bold_first_col=True)
    para(d, "")
    para(d, "District action plans set out local activity and are reviewed each year.", italic=True, size=9.5)
    heading(d, "5. Measuring impact", 1, page_break=True)
    para(d, "The Home Office measures the success of violence reduction partnerships against three national "
            "outcomes:")
    bullets(d, ["fewer hospital admissions for assault with a knife or sharp object, especially among victims under 25;",
                "less knife and sharp object enabled serious violence recorded by the police, especially among victims "
                "under 25;",
                "fewer homicides recorded by the police, especially homicides of victims under 25 involving knives."])
    para(d, "We will also track local measures:")
    table(d, [["Measure", "Source", "Frequency"],
              ["Violence with injury in the night-time economy", "West Yorkshire Police", "Quarterly"],
              ["Young people engaged by navigators", "VRP", "Quarterly"],
              ["Drug-related violent offences", "West Yorkshire Police", "Quarterly"],
              ["Partners contributing data to the shared dataset", "VRP", "Annually"]],
          [8.6, 4.8, 3.0], head_fill=RED, band="FBEDEC", size=9.5)
    heading(d, "6. Governance and accountability", 1, page_break=True)
    para(d, "The strategy is owned by the Violence Reduction Partnership Board, chaired by the Deputy Mayor for "
            "Policing and Crime.")
    bullets(d, ["The board meets quarterly and reviews progress against this strategy.",
                "Each district community safety partnership leads its local action plan.",
                "The Police and Crime Panel scrutinises the Mayor's oversight of the Duty.",
                "The strategy will be refreshed when the needs assessment is updated."])
    heading(d, "7. Our partners", 1)
    bullets(d, ["Bradford, Calderdale, Kirklees, Leeds and Wakefield councils", "West Yorkshire Police",
                "West Yorkshire Fire and Rescue Service", "Probation Service", "Youth justice services",
                "NHS West Yorkshire Integrated Care Board", "Schools, colleges and alternative provision",
                "Voluntary and community sector youth organisations"])
    back_page(d, ["West Yorkshire Violence Reduction Partnership", "Wellington House, Leeds",
                  "vrp@westyorks.example", "Figures in this strategy are illustrative."], NAVY)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"intro": "1. Introduction The Serious", "def": "2. Our definition of serious violence For",
               "sna": "3. What the strategic needs assessment tells us The", "resp": "4. Our response to serious",
               "obj": "4.1 Strategic objectives", "appr": "4.2 Our approach", "do": "4.3 What we will do",
               "meas": "5. Measuring impact", "gov": "6. Governance and accountability", "part": "7. Our partners"}
    return build_docx(make, out, needles, "wy_sv")
