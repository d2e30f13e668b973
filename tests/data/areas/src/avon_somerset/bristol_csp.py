"""Keeping Bristol Safe Partnership Strategy 2023-2026: Word report (python-docx + LibreOffice).

Numbered sections.  The six priorities are Heading 2 "Priority n – X", two per
page, each with "Why this matters", "What we will do" bullets and "How we will
know".  The previous strategy's priorities ("Looking back"), the boxed quotation
of the Police and Crime Commissioner's four priorities, the principles, the
sub-group table and the performance table are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import cover_block, shade, table

FILE = "strategies/keeping_bristol_safe_partnership_strategy_2023-26.pdf"
TITLE = "Keeping Bristol Safe Partnership Strategy 2023–2026"
RED, NAVY, INK = "B0203B", "1C2A44", "333333"

PRIORITIES = [
    ("Tackling violence against women and girls",
     "Violence against women and girls includes domestic abuse, rape and sexual violence, stalking, harassment in "
     "public places, so-called honour-based abuse and abuse online. Around one in five crimes recorded in Bristol is "
     "linked to it (illustrative), and much of it is never reported.",
     ["Deliver the Bristol VAWG action plan with the police, health services and specialist charities.",
      "Make the city centre, parks and public transport safer for women and girls at night.",
      "Hold perpetrators to account through MARAC, multi-agency tasking and behaviour change programmes.",
      "Teach healthy relationships in every school."],
     "Repeat victims of domestic abuse; women who feel safe in the city centre after dark."),
    ("Preventing serious violence and knife crime",
     "Serious violence in Bristol is concentrated in a few neighbourhoods and in the city centre at night. Knife crime "
     "with injury has risen since 2021, and young men are most at risk (illustrative).",
     ["Deliver Bristol's part of the Avon and Somerset Serious Violence Duty strategy.",
      "Place youth workers in the Bristol Royal Infirmary and Southmead emergency departments.",
      "Run focused deterrence with the people most likely to be involved in violence.",
      "Support community-led projects in the neighbourhoods most affected."],
     "Knife crime with injury; hospital admissions for assault with a sharp object."),
    ("Safeguarding children and young people from exploitation",
     "Children in Bristol are exploited to move and sell drugs, and some are sexually exploited. Many are missing from "
     "home or education, and many do not see themselves as victims.",
     ["Run a single multi-agency exploitation panel for children at risk.",
      "Use the Safer Options approach to wrap support around exploited children and their families.",
      "Disrupt the adults who exploit children, using every civil and criminal power.",
      "Train taxi drivers, hotel staff and retailers to spot and report exploitation."],
     "Children supported by the Safer Options hub; disruption orders against exploiters."),
    ("Tackling hate crime and building cohesive communities",
     "Bristol is a diverse city, proud of its communities. Hate crime is under-reported, and community tensions can "
     "rise quickly after national or international events.",
     ["Fund the Bristol hate crime and discrimination service for victims.",
      "Promote third-party reporting through community and faith organisations.",
      "Monitor community tensions weekly with partners and community leaders.",
      "Bring communities together through events and shared projects."],
     "Hate crimes and incidents reported; residents who feel they belong to their neighbourhood."),
    ("Preventing radicalisation and extremism",
     "The Prevent duty requires the council and its partners to stop people from being drawn into terrorism. "
     "Referrals in Bristol now involve younger people and a wider range of ideologies, often encountered online.",
     ["Deliver Prevent training to staff in schools, colleges, health and the council.",
      "Run the Channel panel to support people at risk of radicalisation.",
      "Work with communities to challenge extremist narratives.",
      "Support schools to keep children safe online."],
     "Staff trained; people supported through Channel."),
    ("Reducing drug and alcohol related harm",
     "Drug and alcohol use harms individuals, families and neighbourhoods across Bristol. Drug-related deaths in the "
     "city are above the England average and alcohol is a factor in much of the violence recorded at night "
     "(illustrative).",
     ["Work with the Bristol Combating Drugs Partnership to get more people into treatment.",
      "Offer naloxone and harm reduction advice through outreach and pharmacies.",
      "Use licensing to reduce alcohol harm in the night-time economy.",
      "Support families affected by a relative's drug or alcohol use."],
     "People in treatment; drug-related deaths; alcohol-related hospital admissions."),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(NAVY, RED, INK), title=TITLE,
                author="Keeping Bristol Safe Partnership", margins=(2.3, 2.3, 2.4, 2.2))
    header_footer(d, "Keeping Bristol Safe Partnership", "Strategy 2023–2026", footer_fmt="Page {PAGE} of {NUMPAGES}",
                  rule_colour=RED)
    para(d, "", space_after=30)
    cover_block(d, [("KEEPING BRISTOL SAFE PARTNERSHIP", 12, True, "FFFFFF"), ("", 10, False, "FFFFFF"),
                    ("Community Safety Strategy", 30, True, "FFFFFF"), ("2023–2026", 22, False, "FFFFFF"),
                    ("", 10, False, "FFFFFF"),
                    ("Working together for a safe, inclusive and welcoming city", 12, False, "FFFFFF")], RED,
                height_cm=11)
    para(d, "", space_after=200)
    para(d, "Bristol City Council · Avon and Somerset Police · Avon Fire and Rescue Service · Probation Service · "
            "NHS Bristol, North Somerset and South Gloucestershire", size=9, colour="666666")
    page_break(d)
    para(d, "Contents", bold=True, size=20, colour=NAVY, space_after=14)
    entries = [("1.  Foreword", "fw", 0), ("2.  Bristol today", "ctx", 0), ("3.  Looking back", "back", 0),
               ("4.  Our priorities", "pri", 0)]
    entries += [(f"Priority {i + 1}", f"p{i}", 1) for i in range(len(PRIORITIES))]
    entries += [("5.  How we will work", "how", 0), ("6.  Governance and performance", "gov", 0)]
    contents(d, entries, pages, leader=True)
    heading(d, "1.  Foreword", 1, page_break=True)
    for t in [
        "The Keeping Bristol Safe Partnership is Bristol's community safety partnership. It brings together the council, "
        "the police, the fire service, probation, the NHS and the voluntary sector to reduce crime, disorder, substance "
        "misuse and reoffending, and to prevent serious violence.",
        "Bristol is a young, diverse and growing city. Most people feel safe most of the time, but harm is not shared "
        "equally: some neighbourhoods, and some groups of people, experience far more than others.",
        "This strategy sets six priorities for the next three years. They come from our strategic needs assessment, "
        "from the views of residents, and from the people who use our services. We have kept the list short so that "
        "we can do fewer things well.",
        "Our work is closely linked to that of the Safeguarding Children and Adults Partnerships, which share our board, "
        "and to the Police and Crime Commissioner's plan."]:
        para(d, t)
    para(d, "Chair, Keeping Bristol Safe Partnership", bold=True)
    t = table(d, [["The Police and Crime Commissioner's priorities (Police and Crime Plan 2021–2025)"],
                  ["1. Preventing and fighting crime"],
                  ["2. Engaging, supporting and working with communities, victims and partner organisations"],
                  ["3. Leading the police to be efficient and effective"],
                  ["4. Increasing the legitimacy of, and public confidence in, the police and criminal justice system"]],
              [16.4], head_fill="1C2A44", band=None, size=9.5)
    for r in range(1, 5):
        shade(t.cell(r, 0), "F2E4E7")
    para(d, "We support the Commissioner's plan. Our own priorities are set out in section 4.", italic=True, size=9)
    heading(d, "2.  Bristol today", 1, page_break=True)
    para(d, "The figures below are illustrative and are included to show the scale of the challenge, not as official "
            "statistics.")
    table(d, [["Measure", "Bristol", "England"], ["Population", "472,000", "–"], ["Crimes per 1,000 residents", "112",
                                                                                  "89"],
              ["Domestic abuse incidents a year", "10,400", "–"], ["Knife crime with injury, under-25 victims", "+14%",
                                                                   "+6%"],
              ["Drug-related deaths per 100,000", "11.2", "8.0"], ["Hate crimes reported a year", "2,050", "–"]],
          [8.0, 4.2, 4.2], head_fill=NAVY, band="F4F4F6", size=10)
    para(d, "")
    heading(d, "What our needs assessment found", 2)
    bullets(d, ["Violence is concentrated in the city centre at night and in five neighbourhoods.",
                "Children who are excluded from school are at much higher risk of exploitation.",
                "Hate crime reports rise sharply after major national events.",
                "Most residents' concerns are about anti-social behaviour and drug dealing in their street."])
    heading(d, "3.  Looking back", 1, page_break=True)
    para(d, "Our last strategy, for 2019–2022, had five priorities:")
    bullets(d, ["Child exploitation", "Domestic abuse and sexual violence", "Drugs and county lines",
                "Serious youth violence", "Hate crime and Prevent"])
    para(d, "We made progress on all five. We set up the Safer Options hub for exploited children, opened a second "
            "domestic abuse refuge and introduced youth workers in the emergency department. We also learned that our "
            "priorities were too narrow: domestic abuse is only one part of violence against women and girls, and "
            "serious violence affects adults as well as young people.")
    heading(d, "Our principles", 2)
    bullets(d, ["Trauma-informed: we understand how adversity shapes behaviour.",
                "Anti-racist: we challenge inequality in our own services.",
                "Community-led: we work with communities, not on them.",
                "Evidence-based: we measure what works and stop what does not."], bold_lead=True)
    heading(d, "4.  Our priorities", 1, page_break=True)
    para(d, "For 2023–2026 we will focus on six priorities. Each has a lead sub-group, which agrees an annual action "
            "plan with the board.")
    for i, (name, why, dos, measure) in enumerate(PRIORITIES):
        heading(d, f"Priority {i + 1} – {name}", 2, page_break=(i in (2, 4)))
        para(d, "Why this matters", bold=True, colour=RED, space_after=2)
        para(d, why)
        para(d, "What we will do", bold=True, colour=RED, space_after=2)
        bullets(d, dos)
        p = para(d, "How we will know: ", bold=True, space_after=10)
        p.add_run(measure).bold = False
    heading(d, "5.  How we will work", 1, page_break=True)
    for t in [
        "Every priority is delivered by a sub-group that includes the agencies best placed to act. Sub-groups meet at "
        "least every quarter and report to the board on their action plan.",
        "We will listen to residents through the Bristol Quality of Life survey, community meetings and the Youth "
        "Council, and to victims through the services we fund."]:
        para(d, t)
    table(d, [["Sub-group", "Leads on"], ["VAWG Strategic Group", "Priority 1"],
              ["Serious Violence Duty Group", "Priority 2"], ["Exploitation Sub-group", "Priority 3"],
              ["Hate Crime and Cohesion Group", "Priority 4"], ["Prevent Board", "Priority 5"],
              ["Combating Drugs Partnership", "Priority 6"]], [10.4, 6.0], head_fill=NAVY, band="F4F4F6", size=10)
    heading(d, "6.  Governance and performance", 1, page_break=True)
    para(d, "The board meets quarterly and is chaired by the council's Executive Director for Communities. It reports "
            "to the Health and Wellbeing Board and the council's scrutiny commission.")
    table(d, [["Indicator", "Baseline 2022/23", "Direction"], ["Repeat domestic abuse victims", "31%", "Down"],
              ["Knife crime with injury", "260", "Down"], ["Children supported by Safer Options", "340", "Up"],
              ["Hate crimes reported", "2,050", "Up"], ["Channel referrals accepted", "48", "–"],
              ["Adults in drug treatment", "3,100", "Up"]], [8.0, 4.2, 4.2], head_fill=NAVY, band="F4F4F6", size=10)
    para(d, "Baselines are illustrative.", italic=True, size=9)
    page_break(d)
    para(d, "", space_after=300)
    cover_block(d, [("Keeping Bristol Safe Partnership", 13, True, "FFFFFF"), ("City Hall, College Green, Bristol", 10,
                                                                              False, "FFFFFF"),
                    ("kbsp@bristol.example", 10, False, "FFFFFF")], NAVY, height_cm=3)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Foreword The Keeping", "ctx": "2. Bristol today The figures", "back": "3. Looking back Our last",
               "pri": "4. Our priorities For 2023", "how": "5. How we will work Every",
               "gov": "6. Governance and performance The board"}
    needles.update({f"p{i}": f"Priority {i + 1} – {p[0]} Why" for i, p in enumerate(PRIORITIES)})
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "bristol_csp.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
