"""Cwm Taf Community Safety Partnership Strategy 2024-2027: Word report (python-docx + LibreOffice) in the
style of a **council committee report with decimal numbered paragraphs**.

Every paragraph of the body carries a number ("2.3", "2.3.1" ...) in a hanging indent, as in a report to a
council cabinet.  The five priorities are stated once, on p6, as the short bold sub-paragraphs 4.2.1-4.2.5
that follow paragraph 4.2, "The Board agreed the following priorities for 2024-2027:"; the numbers are
labels.  The previous strategy's priorities (sub-paragraphs 2.4.1-2.4.3, p4), the Cwm Taf Morgannwg Public
Services Board's well-being objectives (2.6, p4), the key findings (3.3, p5), the descriptions (4.3-4.7), the
delivery groups (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: F401
from south_wales.work import soffice_stable, work_file

FILE = "strategies/cwm_taf_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Cwm Taf Community Safety Partnership Strategy 2024–2027"
GREEN, DARK, INK = "2D6A4F", "1B4332", "222222"

PRIORITIES = [
    "Tackling anti-social behaviour in our towns and valleys",
    "Reducing the harm caused by drug and alcohol misuse",
    "Protecting vulnerable people from abuse and exploitation",
    "Preventing radicalisation and violent extremism",
    "Tackling hate crime and building cohesive communities",
]

DESCRIBE = [
    "Anti-social behaviour is the issue residents raise most often with councillors in both boroughs. The "
    "Partnership will use the ASB case review, joint patrols and diversionary activity for young people, with "
    "a focus on town centres such as Pontypridd, Aberdare and Merthyr Tydfil and on off-road bikes on the "
    "mountainsides.",
    "Drug and alcohol misuse lies behind much of the crime and harm in the area. The Partnership will work with "
    "the Cwm Taf Morgannwg Area Planning Board to increase the number of people in treatment, distribute "
    "naloxone and reduce alcohol-related hospital admissions.",
    "Vulnerable people, children and adults alike, are at risk of domestic abuse, sexual violence, criminal "
    "and sexual exploitation and cuckooing. The Partnership will support the regional VAWDASV board and the "
    "Cwm Taf Morgannwg Safeguarding Board, and make sure that every agency can recognise and report abuse and "
    "exploitation.",
    "The Partnership will meet the Prevent duty: training frontline staff, running the Channel panel and "
    "working with schools, colleges and faith groups.",
    "The Partnership will increase the reporting of hate crime through third-party reporting centres, respond "
    "quickly to community tensions with the regional community cohesion team, and celebrate the diversity of "
    "our communities.",
]


def npara(d, num, text, bold=False, level=0, size=None, italic=False):
    """A numbered paragraph with a hanging indent, as in a committee report."""
    p = d.add_paragraph()
    ind = 1.3 + 0.9 * level
    pf = p.paragraph_format
    pf.left_indent = Cm(ind)
    pf.first_line_indent = Cm(-1.3)
    pf.tab_stops.add_tab_stop(Cm(ind))
    pf.space_after = Pt(5)
    r = p.add_run(f"{num}\t")
    r.font.color.rgb = rgb("666666")
    r2 = p.add_run(text)
    r2.bold, r2.italic = bold, italic
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(DARK, GREEN, INK), title=TITLE,
                author="Cwm Taf Community Safety Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Cwm Taf Community Safety Partnership", "Strategy 2024–2027",
                  footer_fmt="Page {PAGE} of {NUMPAGES}", colour="555555", rule_colour=GREEN)
    para(d, "", space_after=20)
    para(d, "RHONDDA CYNON TAF · MERTHYR TYDFIL", bold=True, size=10, colour=GREEN, space_after=24)
    cover_block(d, [("Cwm Taf Community Safety Partnership", 14, True, "D8F3DC"),
                    ("Community Safety Strategy", 28, True, "FFFFFF"), ("2024–2027", 20, False, "FFFFFF"),
                    ("", 8, False, "FFFFFF"), ("Report of the Partnership Board", 11, False, "D8F3DC")], DARK,
                height_cm=10)
    para(d, "", space_after=140)
    para(d, "Approved by the Cwm Taf Community Safety Partnership Board, March 2024. Prepared under sections 5 "
            "and 6 of the Crime and Disorder Act 1998.", italic=True, size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=DARK, space_after=14)
    contents(d, [("1. Foreword", "fw", 0), ("2. Background", "bg", 0), ("3. The area and the evidence", "ev", 0),
                 ("4. Priorities for 2024–2027", "pri", 0), ("5. Delivery", "del", 0),
                 ("6. Measuring progress", "mea", 0), ("7. Governance", "gov", 0),
                 ("Appendix A: Consultation summary", "appa", 0)], pages, leader=True,
             bold_top=False)
    heading(d, "1. Foreword", 1, page_break=True)
    npara(d, "1.1", "Rhondda Cynon Taf and Merthyr Tydfil share a history, a health board and a police basic command "
                    "unit. Since 2012 the two councils have had a single community safety partnership for the Cwm "
                    "Taf area, and this strategy is its fourth.")
    npara(d, "1.2", "The strategy sets out the priorities that the Partnership Board agreed in March 2024, why it "
                    "chose them, and how the Board will know whether it is making a difference.")
    npara(d, "1.3", "The Board thanks the residents, young people, councillors and front-line staff who took part "
                    "in the consultation.")
    para(d, "Chair, Cwm Taf Community Safety Partnership Board", bold=True)
    heading(d, "2. Background", 1, page_break=True)
    npara(d, "2.1", "The Crime and Disorder Act 1998 requires the responsible authorities (the councils, the police, "
                    "the fire and rescue service, the health board and the Probation Service) to work together to "
                    "reduce crime and disorder, substance misuse and reoffending.")
    npara(d, "2.2", "The Partnership is also a specified partnership under the Serious Violence Duty and meets the "
                    "Prevent duty under the Counter-Terrorism and Security Act 2015.")
    npara(d, "2.3", "The previous strategy ran from 2021 to 2024. The Board reviewed it in autumn 2023 and found that "
                    "most of its actions had been delivered.")
    npara(d, "2.4", "The previous strategy had three priorities, which are superseded by this strategy:")
    for k, t in enumerate(["Reducing crime and disorder", "Safeguarding vulnerable people",
                           "Reducing reoffending"], 1):
        npara(d, f"2.4.{k}", t, level=1)
    npara(d, "2.5", "Reducing reoffending is now led by the South Wales Reducing Reoffending Board, and serious "
                    "violence by the South Wales Serious Violence Duty partnership, which the Partnership supports.")
    npara(d, "2.6", "The Partnership contributes to the well-being objectives of the Cwm Taf Morgannwg Public "
                    "Services Board, among them thriving communities, healthy people and a strong economy. These "
                    "are the Public Services Board's objectives, not priorities of this strategy.")
    heading(d, "3. The area and the evidence", 1, page_break=True)
    npara(d, "3.1", "The figures below are illustrative and are not official statistics.", italic=True)
    table(d, [["Indicator", "Rhondda Cynon Taf", "Merthyr Tydfil"], ["Residents", "238,000", "59,000"],
              ["Crimes recorded, 2023/24", "19,800", "5,900"], ["Anti-social behaviour incidents", "6,200", "2,100"],
              ["Domestic abuse incidents and crimes", "5,400", "1,600"], ["Drug-related deaths", "31", "9"],
              ["Hate crimes reported", "142", "38"]], [7.2, 4.6, 4.6], head_fill=DARK, band="E9F5EC", size=9.5)
    npara(d, "3.2", "The Partnership's strategic assessment draws on police, council, health and fire data, and on "
                    "a survey of 1,400 residents (illustrative).")
    npara(d, "3.3", "Its key findings were:")
    for k, t in enumerate(["anti-social behaviour is highest in town centres and on some estates, and off-road "
                           "bikes are a growing concern on the mountains;",
                           "drug-related deaths in the area are among the highest in Wales;",
                           "domestic abuse is the most common form of violent crime;",
                           "county lines exploit children and vulnerable adults in every valley;",
                           "hate crime is under-reported, especially disability hate crime."], 1):
        npara(d, f"3.3.{k}", t, level=1)
    heading(d, "4. Priorities for 2024–2027", 1, page_break=True)
    npara(d, "4.1", "The Board considered the strategic assessment, the consultation results and the Police and "
                    "Crime Plan for South Wales at a development session in January 2024.")
    npara(d, "4.2", "The Board agreed the following priorities for 2024–2027:")
    for k, t in enumerate(PRIORITIES, 1):
        npara(d, f"4.2.{k}", t, bold=True, level=1, size=11)
    for k, t in enumerate(DESCRIBE, 3):
        npara(d, f"4.{k}", t)
    npara(d, "4.8", "Serious violence and reducing reoffending are not priorities of this strategy because other "
                    "partnerships lead them (paragraph 2.5).")
    heading(d, "5. Delivery", 1, page_break=True)
    npara(d, "5.1", "Each priority has a delivery group that reports to the Board. The groups and their main "
                    "actions for 2024/25 are set out below.")
    table(d, [["Delivery group", "Main actions 2024/25", "Lead"],
              ["Safer Towns", "Joint patrols; off-road bike operation; youth diversion fund", "RCT Council"],
              ["Substance Misuse", "Naloxone in hostels and custody; outreach to people not in treatment",
               "Area Planning Board"],
              ["Safeguarding", "Multi-agency exploitation panel; cuckooing protocol; VAWDASV training",
               "Merthyr Tydfil Council"],
              ["Prevent", "Channel panel; training for schools and colleges", "Prevent coordinator"],
              ["Cohesion", "Hate crime awareness week; tension monitoring", "Community cohesion team"]],
          [3.6, 9.6, 3.4], head_fill=DARK, size=9)
    npara(d, "5.2", "The Police and Crime Commissioner's community safety grant funds part of each delivery group's "
                    "work (illustrative: £310,000 in 2024/25).")
    heading(d, "6. Measuring progress", 1, page_break=True)
    npara(d, "6.1", "The Board will monitor the measures below every quarter.")
    table(d, [["Measure", "Baseline 2023/24", "Direction"], ["Anti-social behaviour incidents", "8,300", "Down"],
              ["People in drug and alcohol treatment", "2,150", "Up"], ["Drug-related deaths", "40", "Down"],
              ["Children and adults safeguarded through the exploitation panel", "96", "Up"],
              ["Prevent referrals", "27", "Up"], ["Hate crimes reported", "180", "Up"]],
          [9.2, 3.8, 3.6], head_fill=DARK, size=9)
    npara(d, "6.2", "Baselines are illustrative.", italic=True)
    heading(d, "7. Governance", 1, page_break=True)
    npara(d, "7.1", "The Board meets every quarter. It reports to the Cwm Taf Morgannwg Public Services Board and to "
                    "the scrutiny committees of both councils.")
    npara(d, "7.2", "The Board's members are Rhondda Cynon Taf County Borough Council, Merthyr Tydfil County "
                    "Borough Council, South Wales Police, South Wales Fire and Rescue Service, Cwm Taf Morgannwg "
                    "University Health Board, the Probation Service, the office of the Police and Crime "
                    "Commissioner and Interlink, the county voluntary council.")
    npara(d, "7.3", "The strategy will be reviewed each year against the refreshed strategic assessment. Any "
                    "change to the priorities needs the agreement of the Board.")
    npara(d, "7.4", "Contact: community.safety@cwmtaf.example")
    heading(d, "Appendix A: Consultation summary", 1, page_break=True)
    npara(d, "A.1", "1,400 residents answered the Partnership's survey in autumn 2023 (illustrative). The issues "
                    "they ranked highest were:")
    for k, t in enumerate(["Drug dealing and drug use", "Anti-social behaviour", "Speeding and off-road bikes",
                           "Litter and fly-tipping", "Lack of police presence"], 1):
        npara(d, f"A.1.{k}", t, level=1)
    npara(d, "A.2", "Young people who took part in workshops in four secondary schools said they wanted safe places "
                    "to meet, better lighting and more youth workers.")
    npara(d, "A.3", "Speeding, litter and fly-tipping are dealt with through the councils' own plans and the "
                    "GoSafe partnership; they are not priorities of this strategy.")
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Foreword 1.1", "bg": "2. Background 2.1", "ev": "3. The area and the evidence",
               "pri": "4. Priorities for 2024–2027 4.1", "del": "5. Delivery 5.1", "mea": "6. Measuring progress",
               "gov": "7. Governance 7.1", "appa": "Appendix A: Consultation summary A.1"}
    src = work_file("cwm_taf_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
