"""Lancashire Violence Reduction Network Serious Violence Strategy 2024-2029: Word report (python-docx + LibreOffice).

Numbered sections.  Under "4. Our strategic priorities" each priority is a
small grey label line "Strategic priority n" followed by a Heading 2 sentence,
two per page.  The definition of serious violence, the specified authorities,
the needs assessment findings, the public health approach, the principles, the
Home Office success measures, "What we will do" bullets, the delivery table
and the outcomes framework are distractors.
"""
import tempfile
from pathlib import Path

from common import soffice_to_pdf, two_pass
from docx_kit import *  # noqa: F401,F403
from docx_kit import rgb

FILE = "strategies/lancashire_vrn_serious_violence_strategy_2024-29.pdf"
TITLE = "Lancashire Violence Reduction Network: Serious Violence Strategy 2024–2029"
INK, ORANGE, STONE = "1D2D44", "D1495B", "5F6B76"

PRIORITIES = [
    ("Reduce serious violence, including knife crime, across Lancashire",
     "Serious violence has fallen since the Network was set up, but knife-enabled violence remains concentrated in a "
     "small number of town centres and neighbourhoods (illustrative).",
     ["Target the places with most violence through focused deterrence and hotspot problem-solving.",
      "Fund community organisations to deliver interventions in those places.",
      "Support the Constabulary's weapons sweeps and knife surrender campaigns.",
      "Work with licensing to reduce violence in the night-time economy."]),
    ("Prevent children and young people from becoming involved in violence",
     "Most people involved in serious violence were first known to services as children. Adverse childhood experiences, "
     "exclusion from school and exploitation all increase risk.",
     ["Expand the Champions mentoring programme for 10–25 year olds.",
      "Keep navigators in every emergency department to reach young people at a teachable moment.",
      "Support schools to reduce exclusions and to identify children at risk early.",
      "Work with youth justice services on a shared approach to children at risk of violence."]),
    ("Reduce violence linked to drug markets and organised crime groups",
     "A large share of the most serious violence, including most firearms incidents, is linked to competition between "
     "drug supply networks and organised crime groups.",
     ["Combine enforcement by Operation Warrior with offers of support to people who want to leave gangs.",
      "Use civil orders and council powers to disrupt premises linked to violence.",
      "Share intelligence between the Network, the Constabulary and the combating drugs partnerships.",
      "Support family members affected by gang-related violence."]),
    ("Improve how partners share and use data to understand and prevent violence",
     "The Serious Violence Duty requires specified authorities to share information. Today, health, education and "
     "police data are rarely brought together.",
     ["Build a shared data platform for the specified authorities.",
      "Publish an annual strategic needs assessment.",
      "Agree information-sharing agreements with every specified authority.",
      "Evaluate what works and stop what does not."]),
]


def label(d, text):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.font.size = Pt(9.5)
    r.font.color.rgb = rgb(STONE)
    r.bold = True
    return p


def make(docx_path: Path, pages: dict):
    d = new_doc(font="Liberation Sans", size=10.5, colours=(INK, INK, ORANGE), title=TITLE,
                author="Lancashire Violence Reduction Network", margins=(2.4, 2.4, 2.4, 2.2))
    header_footer(d, "Lancashire Violence Reduction Network", "Serious Violence Strategy 2024–2029",
                  footer_fmt="{PAGE}", colour=STONE, rule_colour=ORANGE)
    # cover
    para(d, "LANCASHIRE VIOLENCE REDUCTION NETWORK", bold=True, size=12, colour=ORANGE, space_after=60)
    cover_block(d, [("Serious Violence", 34, True, "FFFFFF"), ("Strategy", 34, True, "FFFFFF"),
                    ("2024–2029", 20, False, "F4B6BE"), ("", 6, False, "FFFFFF"),
                    ("Our response to the Serious Violence Duty", 13, False, "FFFFFF")], INK, height_cm=10.5)
    para(d, "", space_after=170)
    para(d, "Prepared on behalf of the specified authorities of Lancashire, Blackpool and Blackburn with Darwen.", size=9,
         colour=STONE)
    page_break(d)
    # contents
    para(d, "Contents", bold=True, size=20, colour=INK, space_after=14)
    entries = [("Foreword", "fw", 0), ("1. The Serious Violence Duty", "duty", 0),
               ("2. Serious violence in Lancashire", "ctx", 0), ("3. Our approach", "appr", 0),
               ("4. Our strategic priorities", "pri", 0), ("5. Delivery and governance", "gov", 0),
               ("6. Outcomes framework", "out", 0)]
    contents(d, entries, pages, leader=True)
    # foreword
    heading(d, "Foreword", 1, page_break=True)
    for t in [
        "The Lancashire Violence Reduction Network was set up in 2019 to bring partners together to prevent violence "
        "and to tackle its causes. Since then we have learned a great deal about what works, from mentoring young people "
        "to placing navigators in our emergency departments.",
        "The Serious Violence Duty, which came into force in January 2023, means that councils, the police, health, "
        "fire and rescue, probation and youth justice services now share a legal responsibility to prevent and reduce "
        "serious violence. This strategy is our joint response to the Duty.",
        "It is based on our strategic needs assessment and on what we have heard from young people, families and "
        "communities. It sets four strategic priorities for the next five years.",
        "We believe that violence is preventable, not inevitable. By listening to communities, especially young people, "
        "and by working together, we can make Lancashire safer."]:
        para(d, t)
    para(d, "Director, Lancashire Violence Reduction Network", bold=True)
    # duty
    heading(d, "1. The Serious Violence Duty", 1, page_break=True)
    para(d, "The Duty requires the specified authorities to work together to prevent and reduce serious violence, to "
            "prepare a strategic needs assessment and to publish a strategy.")
    heading(d, "1.1 What we mean by serious violence", 2)
    para(d, "For this strategy, serious violence means violence that causes or risks causing serious harm, including:")
    bullets(d, ["homicide and attempted murder", "violence with injury, including knife and firearm offences",
                "robbery", "violence in the night-time economy", "serious violence linked to drug markets and "
                "organised crime"])
    para(d, "Domestic abuse and sexual violence are addressed by the pan-Lancashire VAWG strategy. We work closely with "
            "that strategy but do not duplicate it.")
    heading(d, "1.2 The specified authorities", 2)
    bullets(d, ["Lancashire County Council, Blackpool Council and Blackburn with Darwen Borough Council",
                "the twelve district councils (as members of community safety partnerships)",
                "Lancashire Constabulary", "Lancashire Fire and Rescue Service",
                "NHS Lancashire and South Cumbria Integrated Care Board", "Probation Service",
                "the youth justice services"])
    # context
    heading(d, "2. Serious violence in Lancashire", 1, page_break=True)
    para(d, "The figures below are illustrative and are not official statistics.")
    table(d, [["Indicator", "2019/20", "2023/24"], ["Knife-enabled serious violence offences", "780", "610"],
              ["Hospital admissions for assault with a sharp object (under 25)", "95", "71"],
              ["Homicides", "21", "17"], ["Robbery offences", "1,240", "1,060"],
              ["Serious violence in the night-time economy", "1,900", "1,650"]], [9.5, 3.2, 3.2], head_fill=INK,
          band="F1F3F5", size=9.5)
    para(d, "")
    heading(d, "2.1 What the needs assessment found", 2)
    bullets(d, ["Violence is concentrated in Preston, Blackpool, Blackburn and Burnley town centres.",
                "Young men aged 15–24 are most at risk as both victims and perpetrators.",
                "Exclusion from school and exploitation are strong risk factors.",
                "Much violence seen in emergency departments is never reported to the police."])
    # approach
    heading(d, "3. Our approach", 1, page_break=True)
    para(d, "We take a public health approach to violence. That means treating violence like a disease: understanding "
            "its causes, focusing on populations, using data and evidence, and working across organisations.")
    heading(d, "3.1 Our principles", 2)
    bullets(d, ["Youth-led: young people help design what we do.", "Trauma-informed: we understand the impact of "
                "adversity.", "Community-led: local people are part of the solution.", "Evidence-based: we evaluate "
                "and learn.", "Collaborative: we share data, funding and responsibility."], bold_lead=True)
    heading(d, "3.2 National success measures", 2)
    para(d, "The Home Office asks every violence reduction unit to track three national measures:")
    numbered(d, ["A reduction in hospital admissions for assaults with a knife or sharp object, especially among those "
                 "aged under 25.", "A reduction in knife and sharp object enabled serious violence recorded by the "
                                   "police.", "A reduction in homicides recorded by the police."])
    # priorities
    heading(d, "4. Our strategic priorities", 1, page_break=True)
    para(d, "Our strategic needs assessment points to four priorities for 2024–2029.")
    for i, (name, why, dos) in enumerate(PRIORITIES):
        if i == 2:
            page_break(d)
        label(d, f"Strategic priority {i + 1}")
        heading(d, name, 2)
        para(d, why)
        para(d, "What we will do", bold=True, colour=ORANGE, space_after=2)
        bullets(d, dos)
    # governance
    heading(d, "5. Delivery and governance", 1, page_break=True)
    para(d, "The Violence Reduction Network Strategic Board is chaired by the Police and Crime Commissioner and brings "
            "together the specified authorities. Local delivery is through the community safety partnerships.")
    table(d, [["Area", "Local lead", "Focus"], ["Blackpool", "Safer Blackpool Partnership", "Town centre, night-time economy"],
              ["Blackburn with Darwen", "Community Safety Partnership", "Young people, town centre"],
              ["Preston", "Preston Community Safety Partnership", "City centre, robbery"],
              ["East Lancashire", "Burnley, Hyndburn, Pendle, Rossendale CSPs", "Knife crime"],
              ["Rest of Lancashire", "District CSPs", "Night-time economy"]], [4.0, 6.2, 5.6], head_fill=INK,
          band="F1F3F5", size=9.5)
    para(d, "")
    heading(d, "6. Outcomes framework", 1)
    table(d, [["Outcome", "Measure"], ["Fewer people harmed by serious violence", "Knife-enabled offences; admissions"],
              ["Fewer young people drawn into violence", "First-time entrants for violence offences"],
              ["Safer town centres at night", "Night-time economy violence"],
              ["Better shared understanding", "Specified authorities sharing data"]], [8.0, 7.8], head_fill=ORANGE,
          band="FBEDEF", size=9.5)
    # back
    page_break(d)
    para(d, "", space_after=320)
    cover_block(d, [("Lancashire Violence Reduction Network", 13, True, "FFFFFF"),
                    ("vrn@lancashire-pcc.example", 10, False, "FFFFFF"),
                    ("All figures in this strategy are illustrative.", 9, False, "F4B6BE")], INK, height_cm=3.2)
    d.save(docx_path)


def build(root):
    out = root / FILE
    needles = {"fw": "Foreword The Lancashire Violence", "duty": "1. The Serious Violence Duty The Duty",
               "ctx": "2. Serious violence in Lancashire The figures", "appr": "3. Our approach We take",
               "pri": "4. Our strategic priorities Our strategic", "gov": "5. Delivery and governance The",
               "out": "6. Outcomes framework Outcome"}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "lancs_vrn.docx"

        def run(pages):
            make(src, pages)
            soffice_to_pdf(src, out)
        two_pass(run, out, needles)
    return out
