"""Wirral Community Safety Partnership Strategy 2024-2027: Word report (python-docx + LibreOffice) with
Word heading styles and a **table of contents field** (a TOC field whose cached result lists the Heading 1
and Heading 2 entries with dot leaders and page numbers, as Word saves it).

The five priorities are **long, unnumbered Heading 2 titles** under "4 Our priorities" (pp6-7), each a
full clause that wraps over two lines, followed by running prose ("Why this matters", "What we will do").
They also appear, indented, in the contents (p2).  The 2021-24 priorities (p5), the PCC's priorities
quoted (p5), the key findings (p4), the short delivery group names (p8) and the measures (p9) are
distractors.
"""
from common import two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, rgb, table
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from merseyside.work import soffice_stable, work_file

FILE = "strategies/wirral_community_safety_partnership_strategy_2024-27.pdf"
TITLE = "Wirral Community Safety Partnership Strategy 2024–2027"
BLUE, SEA, INK = "003B5C", "0097A9", "262626"

PRIORITIES = [
    ("Working with residents and businesses to reduce anti-social behaviour in our town centres and "
     "neighbourhoods",
     "Anti-social behaviour is the issue Wirral residents raise with us most. It is concentrated in Birkenhead, "
     "Wallasey and Liscard town centres and in a small number of estates, and a few households and young people "
     "account for a large share of reports.",
     "We will run problem-solving partnerships in every hotspot, use the full range of tools in the Anti-social "
     "Behaviour, Crime and Policing Act 2014, and give businesses a single route for reporting."),
    ("Preventing serious violence and knife crime by working with the Merseyside Violence Reduction Partnership",
     "Knife crime in Wirral is lower than in Liverpool but has risen, and a few incidents in Birkenhead have "
     "involved very young people. We share the Serious Violence Duty with the other Merseyside partners.",
     "We will deliver the Merseyside response strategy locally: navigators in Arrowe Park Hospital's emergency "
     "department, weapons awareness in secondary schools and knife bins in our town centres."),
    ("Reducing the harm that drugs and alcohol cause to individuals, families and communities",
     "Wirral has one of the highest rates of alcohol-related hospital admissions in the North West, and "
     "drug-related deaths have risen for three years in a row.",
     "We will work with the Wirral Combating Drugs Partnership to get more people into treatment, distribute "
     "naloxone through pharmacies and hostels, and fund alcohol liaison nurses."),
    ("Tackling hate crime and supporting the people and communities who are targeted by it",
     "Reports of hate crime have risen, but we believe many incidents still go unreported, especially disability "
     "and anti-LGBT+ hate crime.",
     "We will open more third-party reporting centres, fund an independent hate crime caseworker for victims and "
     "train frontline staff to recognise and record hate incidents."),
    ("Reducing reoffending by the small number of people who commit the most crime in Wirral",
     "A small cohort of adults, most of them with drug or alcohol problems and no settled home, commit a large "
     "share of Wirral's burglary, theft and shoplifting.",
     "We will manage them jointly through Integrated Offender Management, with a named worker for each person and "
     "fast access to housing and treatment."),
]


TOGETHER = {
    "Working with": "The council's ASB team, Merseyside Police's neighbourhood teams, housing providers and the "
                    "business improvement districts share one tasking meeting and one case management system.",
    "Preventing s": "The Violence Reduction Partnership funds much of this work; the partnership's role is to make "
                    "sure it reaches the Wirral neighbourhoods and schools that need it most.",
    "Reducing the": "Public health commissions treatment; the police, probation and housing refer into it, and the "
                    "partnership tracks whether people stay in treatment.",
    "Tackling hat": "Community groups, the council's equalities team and the police hate crime unit meet every "
                    "quarter to review reports and community tensions.",
    "Reducing reo": "Probation and the police lead the IOM scheme; housing, treatment services and Jobcentre Plus "
                    "each have a named link worker.",
}


def toc_field(d, entries, pages):
    """A Word TOC field with its cached result: level-1 and level-2 entries with dot leaders."""
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    paras = []
    for k, (text, key, level) in enumerate(entries):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.left_indent = Cm(0.9 * level)
        pf.right_indent = Cm(1.0) if level else Cm(0)
        pf.space_after = Pt(3 if level else 6)
        pf.space_before = Pt(0 if level else 6)
        paras.append((p, text, key, level))
    for k, (p, text, key, level) in enumerate(paras):
        if k == 0:
            r = p.add_run()
            f1 = OxmlElement("w:fldChar")
            f1.set(qn("w:fldCharType"), "begin")
            r._r.append(f1)
            r = p.add_run()
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r._r.append(it)
            r = p.add_run()
            f2 = OxmlElement("w:fldChar")
            f2.set(qn("w:fldCharType"), "separate")
            r._r.append(f2)
        r = p.add_run(f"{text}\t{pages.get(key, 0)}")
        r.bold = level == 0
        r.font.size = Pt(10.5 if level == 0 else 9.5)
        if k == len(paras) - 1:
            r = p.add_run()
            f3 = OxmlElement("w:fldChar")
            f3.set(qn("w:fldCharType"), "end")
            r._r.append(f3)


def make(path, pages):
    d = new_doc(font="Liberation Sans", size=10, colours=(BLUE, SEA, INK), title=TITLE,
                author="Wirral Community Safety Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    h2 = d.styles["Heading 2"]
    h2.font.size = Pt(13)
    h2.paragraph_format.space_before = Pt(16)
    header_footer(d, "Wirral Community Safety Partnership", "Strategy 2024–2027",
                  footer_fmt="Page {PAGE}", colour="555555")
    para(d, "", space_after=20)
    para(d, "WIRRAL COMMUNITY SAFETY PARTNERSHIP", bold=True, size=11, colour=SEA, space_after=30)
    cover_block(d, [("Community Safety Strategy", 28, True, "FFFFFF"), ("2024–2027", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"), ("Safer Wirral, together", 12, False, "BDE7EC")], BLUE, height_cm=9.5)
    para(d, "", space_after=160)
    para(d, "Wirral Council · Merseyside Police · Merseyside Fire and Rescue Service · Probation Service · "
            "NHS Cheshire and Merseyside", size=9, colour="555555")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=BLUE, space_after=8)
    entries = [("1 Foreword", "fw", 0), ("2 Wirral in context", "ctx", 0), ("3 What has shaped this strategy",
                                                                           "shape", 0),
               ("4 Our priorities", "pri", 0)]
    entries += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("5 Delivery and governance", "gov", 0), ("6 Measuring progress", "meas", 0)]
    toc_field(d, entries, pages)
    heading(d, "1 Foreword", 1, page_break=True)
    for t in [
        "Wirral is a peninsula of contrasts: seaside towns, farmland and some of the most affluent villages in the "
        "North West sit a few miles from neighbourhoods in Birkenhead and Wallasey that are among the most deprived "
        "in England. Crime follows the same pattern.",
        "The Community Safety Partnership is where the council, the police, the fire service, probation, health and "
        "the voluntary sector agree what we will do together. This strategy sets five priorities for the next three "
        "years. We have written each one as a full statement of what we intend, so that residents can hold us to it.",
        "We thank the residents, businesses and young people who took part in our survey and workshops."]:
        para(d, t)
    para(d, "Chair, Wirral Community Safety Partnership", bold=True)
    heading(d, "2 Wirral in context", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.", italic=True, size=9)
    table(d, [["Indicator", "2023/24"], ["Residents", "322,000"], ["Crimes recorded", "27,100"],
              ["Anti-social behaviour incidents", "7,400"], ["Knife crime offences", "118"],
              ["Alcohol-related hospital admissions", "4,350"], ["Hate crimes recorded", "640"]],
          [11.0, 5.4], head_fill=BLUE, band="E3F3F5", size=9.5)
    heading(d, "Key findings", 2)
    bullets(d, ["Four town-centre wards account for 38% of ASB reports.",
                "Alcohol is a factor in half of violent incidents in the night-time economy.",
                "Disability hate crime is the least reported strand.",
                "Sixty adults account for a fifth of acquisitive crime."])
    heading(d, "3 What has shaped this strategy", 1, page_break=True)
    para(d, "Our previous strategy, 2021–24, had three priorities: Safer town centres; Protecting vulnerable people; "
            "and Reducing violence. We have kept much of that work, but described it differently.")
    para(d, "The Police and Crime Commissioner's plan for 2025–2029 has six priorities: Preventing crime and "
            "anti-social behaviour; Tackling serious and organised crime; Ending violence against women and girls; "
            "Standing up for victims; Delivering swifter, fairer justice; and Building trust and confidence in "
            "policing. Domestic abuse work in Wirral is led by the Wirral Domestic Abuse Alliance, which has its "
            "own strategy.")
    para(d, "We also took account of the Wirral Plan, the council's corporate plan, and of the statutory duties of "
            "the partnership under the Crime and Disorder Act 1998 and the Serious Violence Duty.")
    heading(d, "4 Our priorities", 1, page_break=True)
    para(d, "Each priority below is written as a statement of intent. Under each we explain why it matters and what "
            "we will do.")
    for name, why, what in PRIORITIES:
        heading(d, name, 2)
        p = para(d, "")
        p.add_run("Why this matters. ").bold = True
        p.add_run(why)
        p = para(d, "")
        p.add_run("What we will do. ").bold = True
        p.add_run(what)
        p = para(d, "")
        p.add_run("Working together. ").bold = True
        p.add_run(TOGETHER[name[:12]])
    heading(d, "5 Delivery and governance", 1, page_break=True)
    para(d, "Each priority is led by a delivery group that reports to the partnership board every quarter.")
    table(d, [["Delivery group", "Lead partner"], ["Town centres and ASB", "Wirral Council"],
              ["Violence", "Merseyside Police"], ["Drugs and alcohol", "Public Health"],
              ["Hate crime", "Wirral Council"], ["IOM", "Probation Service"]], [9.0, 7.4], head_fill=BLUE, size=9.5)
    para(d, "The board reports to the council's Tourism, Communities, Culture and Leisure Committee and to the "
            "Police and Crime Commissioner. It works with the Merseyside Violence Reduction Partnership, the Wirral "
            "Combating Drugs Partnership, the Wirral Domestic Abuse Alliance and the Wirral Youth Justice Service.")
    heading(d, "6 Measuring progress", 1, page_break=True)
    para(d, "We will report against these measures every quarter and publish an annual summary.")
    table(d, [["Measure", "Baseline (illustrative)", "Direction"], ["ASB incidents", "7,400", "Down"],
              ["Knife crime offences", "118", "Down"], ["Adults in drug and alcohol treatment", "2,050", "Up"],
              ["Hate crime reports via third-party centres", "45", "Up"],
              ["Reoffending rate of the IOM cohort", "62%", "Down"]], [8.0, 5.0, 3.4], head_fill=BLUE, size=9.5)
    para(d, "Contact: csp@wirral.example", size=9)
    d.save(path)


def build(root):
    out = root / FILE
    needles = {"fw": "1 Foreword Wirral is", "ctx": "2 Wirral in context The figures",
               "shape": "3 What has shaped this strategy Our", "pri": "4 Our priorities Each priority",
               "gov": "5 Delivery and governance Each", "meas": "6 Measuring progress We will"}
    needles.update({f"p{i}": p[1][:50] for i, p in enumerate(PRIORITIES)})
    src = work_file("wirral_csp.docx")

    def run(pages):
        make(src, pages)
        soffice_stable(src, out)
    two_pass(run, out, needles)
    return out
