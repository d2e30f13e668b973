"""Thames Valley Serious Violence Response Strategy 2024-2029: Word report.

python-docx + LibreOffice.  The strategic objectives are a numbered list under
"4.1 Strategic objectives".  The 5Cs of the public health approach, the Home
Office success measures, a definition of serious violence and an
interventions table are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403

FILE = "strategies/thames_valley_serious_violence_response_strategy_2024-29.pdf"
TITLE = "Thames Valley Serious Violence Response Strategy 2024–2029"
PURPLE, TEAL = "3F1D6B", "0F7C80"

OBJECTIVES = [
    "Reduce knife crime and violence in public places",
    "Reduce the involvement of children and young people in serious violence, as victims and as perpetrators",
    "Tackle the exploitation of children and vulnerable adults by county lines and organised crime groups",
    "Improve how partners share data and intelligence to understand violence",
]

INTERVENTIONS = [
    ("Navigators in emergency departments", "Youth workers in four hospitals engage young people admitted with violent injuries.", "1, 2"),
    ("Custody intervention", "Trained workers offer support to under-25s arrested for violence or drugs offences.", "1, 2"),
    ("Knife crime education", "Evidence-informed sessions in secondary schools and pupil referral units.", "1, 2"),
    ("Mentoring for children excluded from school", "One-to-one mentoring for children at risk of exclusion.", "2"),
    ("Exploitation hubs", "Multi-agency panels in each local authority identify and support children at risk.", "3"),
    ("Cuckooing response", "Joint visits and closure orders to protect vulnerable adults whose homes are taken over.", "3"),
    ("Serious violence data hub", "A shared data platform combining police, health, education and youth justice data.", "4"),
    ("Community grants", "Small grants for community groups delivering diversionary activities.", "1, 2"),
    ("Trauma-informed training", "Training for teachers, youth workers and police officers.", "2"),
]


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Serif", size=11, heading_font="Liberation Sans Narrow",
                colours=(PURPLE, TEAL, PURPLE), title=TITLE, author="Thames Valley Violence Reduction Unit",
                margins=(2.5, 2.5, 2.5, 2.3))
    header_footer(d, "Thames Valley Violence Reduction Unit", "Serious Violence Response Strategy",
                  footer_fmt="{PAGE}", colour=PURPLE, size=9)
    # cover
    para(d, "", space_after=40)
    cover_block(d, [("THAMES VALLEY VIOLENCE REDUCTION UNIT", 11, True, "CFC3E6"), ("", 8, False, "FFFFFF"),
                    ("Serious Violence", 34, True, "FFFFFF"), ("Response Strategy", 34, True, "FFFFFF"),
                    ("2024–2029", 20, False, "FFFFFF"), ("", 8, False, "FFFFFF"),
                    ("Prepared under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022)", 10, False, "CFC3E6")],
                PURPLE, height_cm=13)
    para(d, "", space_after=90)
    para(d, "A public health approach to preventing violence across Berkshire, Buckinghamshire, Milton Keynes and Oxfordshire",
         italic=True, size=11, colour=TEAL)
    page_break(d)
    # contents (no leaders: right-aligned numbers)
    para(d, "Contents", bold=True, size=22, colour=PURPLE, space_after=16)
    contents(d, [("1. Foreword", "fw", 0), ("2. What we mean by serious violence", "def", 0),
                 ("3. Understanding violence in Thames Valley", "sna", 0), ("3.1 Key findings of the strategic needs assessment", "kf", 1), ("3.2 What young people told us", "yp", 1),
                 ("4. Our strategy", "str", 0), ("4.1 Strategic objectives", "obj", 1), ("4.2 Delivering the objectives", "del", 1), ("4.3 Local delivery", "loc", 1),
                 ("5. Measuring success", "kpi", 0), ("6. Governance", "gov", 0)], pages, leader=False)
    # foreword
    heading(d, "1. Foreword", 1, page_break=True)
    for t in [
        "Serious violence devastates families and communities. Behind every statistic in this strategy is a young person "
        "whose life has been cut short or changed for ever, and a family and community left to cope with the consequences.",
        "The Serious Violence Duty requires councils, the police, fire and rescue services, health, probation and youth "
        "justice to work together to prevent and reduce serious violence. In Thames Valley we have chosen to do this "
        "through the Violence Reduction Unit, which has brought partners together since 2019.",
        "Our approach is a public health approach. It means treating violence like a disease that can be prevented: "
        "understanding its causes, intervening early and evaluating what works. Enforcement remains essential, but we will "
        "not arrest our way out of violence.",
        "This strategy is informed by our strategic needs assessment and by the voices of young people, parents and "
        "practitioners. It sets four strategic objectives for the next five years and explains how partners will deliver "
        "them in each local authority area.",
    ]:
        para(d, t)
    para(d, "Director, Thames Valley Violence Reduction Unit", bold=True)
    # definition
    heading(d, "2. What we mean by serious violence", 1, page_break=True)
    para(d, "For the purposes of this strategy, serious violence includes:")
    bullets(d, ["homicide and attempted homicide", "violence against the person that results in injury, including wounding",
                "offences involving a knife, sharp object or firearm", "robbery of personal property",
                "domestic abuse and sexual violence that result in serious harm", "violence linked to drug supply and county lines"])
    para(d, "Partners in each local area may add to this definition where local evidence supports it. Several areas have "
            "included violence against women and girls in the night-time economy.")
    para(d, "Our principles: the 5Cs", bold=True, colour=TEAL)
    para(d, "The public health approach promoted by the Home Office is often summarised as five Cs. We will follow them in "
            "everything we do:")
    bullets(d, ["Collaboration between partners, communities and young people", "Co-production of services with the people who use them",
                "Cooperation in data and intelligence sharing", "Counter-narrative development to challenge the glamour of violence",
                "Community consensus on the approach"])
    # SNA
    heading(d, "3. Understanding violence in Thames Valley", 1, page_break=True)
    para(d, "Our strategic needs assessment combines police, hospital, ambulance, education and youth justice data. The "
            "figures below are illustrative.")
    t = table(d, [["Measure (illustrative)", "2019/20", "2022/23", "Change"],
                  ["Knife-enabled offences", "1,410", "1,520", "+8%"],
                  ["Hospital admissions for assault with a sharp object (under 25)", "96", "88", "−8%"],
                  ["Homicides", "19", "14", "−26%"],
                  ["Robbery of personal property", "1,980", "2,240", "+13%"],
                  ["Children discussed at exploitation panels", "640", "910", "+42%"]],
              [8.6, 2.4, 2.4, 2.2], head_fill=PURPLE, band="EEEAF5", size=9.5)
    heading(d, "3.1 Key findings of the strategic needs assessment", 2)
    bullets(d, ["Violence is concentrated in urban centres: Reading, Slough, Oxford, Milton Keynes, High Wycombe and Aylesbury.",
                "Around a third of knife-enabled offences involve a suspect under 18.",
                "Exclusion from school, adverse childhood experiences and exploitation are strongly associated with involvement in violence.",
                "Much violence linked to drug markets goes unreported, and data sharing between partners is inconsistent.",
                "Young people from some ethnic minority groups are over-represented as both victims and suspects."])
    heading(d, "3.2 What young people told us", 2)
    para(d, "More than 600 young people took part in surveys and workshops run by youth workers and the Youth Parliament "
            "(illustrative). Their views shaped our objectives.")
    for q in ["“Most people who carry a knife do it because they are scared, not because they want to use it.”",
              "“You get pulled in online first. Someone offers you money, then you owe them.”",
              "“There is nothing to do after school where I live, and the youth club closed.”",
              "“Teachers should ask why you are behaving like that, not just exclude you.”"]:
        para(d, q, italic=True, colour=TEAL)
    para(d, "Parents and carers told us that they do not know where to go for help when they are worried their child is "
            "being exploited, and that they often feel blamed rather than supported.")
    # strategy
    heading(d, "4. Our strategy", 1, page_break=True)
    para(d, "Our vision is a Thames Valley where no young person is harmed by violence, and where communities are supported "
            "to prevent it. To achieve this we have agreed four strategic objectives with the specified authorities in each "
            "local area.")
    heading(d, "4.1 Strategic objectives", 2)
    para(d, "Over the next five years, partners in Thames Valley will work together to:")
    numbered(d, OBJECTIVES)
    para(d, "Each local partnership has produced a local action plan showing how it will contribute to these objectives, "
            "reflecting the particular pattern of violence in its area.")
    heading(d, "4.2 Delivering the objectives", 2)
    para(d, "The table below shows the main interventions funded or coordinated by the VRU and the objectives they support.")
    table(d, [["Intervention", "Description", "Objective"]] + [list(r) for r in INTERVENTIONS], [4.6, 9.0, 2.0],
          head_fill=TEAL, band="E6F2F2", size=9.5, bold_first_col=True)
    heading(d, "4.3 Local delivery", 2)
    para(d, "Each local partnership has identified a local focus from its own needs assessment:")
    table(d, [["Local area", "Local focus", "Lead partnership"],
              ["Bracknell Forest", "Violence in the town centre and robbery", "Community Safety Partnership"],
              ["Buckinghamshire", "County lines and youth violence in Aylesbury and High Wycombe", "Safer Buckinghamshire Board"],
              ["Milton Keynes", "Knife crime among under-18s", "Safer MK Partnership"],
              ["Oxfordshire", "Exploitation and night-time economy violence", "Safer Oxfordshire Partnership"],
              ["Reading", "Knife-enabled robbery and town centre violence", "Community Safety Partnership"],
              ["Slough", "Youth violence and organised crime", "Safer Slough Partnership"],
              ["West Berkshire", "Rural county lines and exploitation", "Building Communities Together Partnership"],
              ["Windsor and Maidenhead", "Night-time economy violence", "Community Safety Partnership"],
              ["Wokingham", "Violence affecting young people", "Community Safety Partnership"]],
          [4.0, 7.6, 4.4], head_fill=PURPLE, band="EEEAF5", size=9.5)
    # success
    heading(d, "5. Measuring success", 1, page_break=True)
    para(d, "The Home Office has set three primary success measures for violence reduction units. We will report on them "
            "every quarter:")
    bullets(d, ["A reduction in hospital admissions for assaults with a knife or sharp object, especially among those aged under 25",
                "A reduction in knife and sharp object enabled serious violence recorded by the police, especially among those aged under 25",
                "A reduction in homicides, especially among those aged under 25 involving knives"])
    para(d, "We will also track local indicators, including:")
    bullets(d, ["school exclusions and persistent absence", "referrals to exploitation panels", "young people engaged by navigators",
                "first-time entrants to the youth justice system", "public confidence in the safety of town centres"])
    para(d, "Every intervention funded by the VRU is evaluated, and the results are published on our website.")
    # governance
    heading(d, "6. Governance", 1, page_break=True)
    para(d, "The Thames Valley Serious Violence Strategic Board oversees this strategy. It is chaired by the Police and Crime "
            "Commissioner and includes senior leaders from each specified authority. The board:")
    bullets(d, ["agrees the strategic needs assessment and the strategy", "monitors delivery and performance",
                "allocates Serious Violence Duty funding", "escalates barriers to information sharing",
                "reports to the Thames Valley Criminal Justice Board"])
    para(d, "Local delivery is led by community safety partnerships in each of the nine upper-tier and unitary areas.")
    # back
    page_break(d)
    para(d, "", space_after=330)
    cover_block(d, [("Thames Valley Violence Reduction Unit", 14, True, "FFFFFF"),
                    ("vru@thamesvalley.example  •  www.thamesvalleyvru.example", 10, False, "FFFFFF"),
                    ("Statistics in this strategy are illustrative.", 9, False, "CFC3E6")], PURPLE, height_cm=3.5)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "1. Foreword", "def": "2. What we mean by serious violence", "sna": "3. Understanding violence in Thames Valley",
               "kf": "3.1 Key findings", "str": "4. Our strategy", "obj": "4.1 Strategic objectives",
               "del": "4.2 Delivering the objectives", "loc": "4.3 Local delivery", "yp": "3.2 What young people told us", "kpi": "5. Measuring success", "gov": "6. Governance"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "tv_serious_violence.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
