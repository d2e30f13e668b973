"""Wendmoor Police and Crime Plan (Word): three pillars, each with two or three priorities. No heading style is
used: the pillars are in a custom paragraph style "Pillar Title" and the priorities in "Priority Title" (both
based on Normal, no outline level); body text is in "Body Intro". The plan calls the second level its
priorities (p2), so the eight "Priority Title" paragraphs are the priorities (pp3-5)."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "pillars_custom_styles_pcc"
ACC = "14365F"
PILLARS = [
    ("Pillar one: Safer neighbourhoods", [
        ("Visible, accessible neighbourhood policing in every community",
         "Residents told us they want to know their local officers and be able to reach them.",
         ["Protect the number of neighbourhood officers and PCSOs", "Open two more police front counters"]),
        ("Tackling anti-social behaviour and its causes",
         "Anti-social behaviour was the top concern in every district in my consultation.",
         ["Fund diversionary activities for young people in the summer holidays",
          "Use the ASB Case Review so that victims can ask for their case to be looked at again"]),
        ("Reducing burglary, vehicle crime and shop theft",
         "Neighbourhood crime harms confidence as much as it harms victims' property.",
         ["Attend every home burglary", "Work with retailers on a shop theft reporting line"]),
    ]),
    ("Pillar two: Protecting people from harm", [
        ("Ending violence against women and girls",
         "Violence against women and girls is a national policing threat in the Strategic Policing Requirement.",
         ["Fund specialist support for stalking victims", "Expand perpetrator programmes"]),
        ("Protecting children and vulnerable adults from exploitation",
         "Exploitation crosses force and council boundaries and needs every agency to share what it knows.",
         ["Fund a county lines rescue and return service", "Support the modern slavery partnership"]),
        ("Reducing serious violence and knife crime",
         "I am the convenor of the Wendmoor Serious Violence Duty partnership.",
         ["Fund the Violence Reduction Network's hospital navigators", "Support knife amnesties and education"]),
    ]),
    ("Pillar three: A justice system that works for victims", [
        ("Putting victims at the centre of every case",
         "Victims must get the rights set out in the Victims' Code, at every stage.",
         ["Commission a single victim care service", "Publish compliance with the Victims' Code each year"]),
        ("Reducing reoffending by working with the Probation Service",
         "Most crime is committed by a small number of people who reoffend.",
         ["Fund accommodation for people leaving prison", "Support Integrated Offender Management"]),
    ]),
]


def build(work: Path) -> Path:
    doc = new_doc("Police and Crime Plan for Wendmoor 2025-2029", "Office of the Police and Crime Commissioner for "
                  "Wendmoor", accent=ACC)
    st = doc.styles
    pillar = st.add_style("Pillar Title", WD_STYLE_TYPE.PARAGRAPH)
    pillar.base_style = st["Normal"]
    pillar.font.size, pillar.font.bold = Pt(20), True
    pillar.font.color.rgb = RGBColor.from_string(ACC)
    pillar.paragraph_format.space_after = Pt(10)
    prio = st.add_style("Priority Title", WD_STYLE_TYPE.PARAGRAPH)
    prio.base_style = st["Normal"]
    prio.font.size, prio.font.bold = Pt(13), True
    prio.font.color.rgb = RGBColor.from_string("B5442B")
    prio.paragraph_format.space_before, prio.paragraph_format.space_after = Pt(12), Pt(4)
    prio.paragraph_format.keep_with_next = True
    intro = st.add_style("Body Intro", WD_STYLE_TYPE.PARAGRAPH)
    intro.base_style = st["Normal"]
    intro.font.size = Pt(11.5)
    intro.font.color.rgb = RGBColor.from_string("404040")
    set_footer(doc.sections[0], "Police and Crime Plan for Wendmoor 2025-2029")

    para(doc, "Police and Crime Plan", size=32, color=ACC, bold=True, space_before=160)
    para(doc, "Wendmoor 2025-2029", size=20, color="595959")
    para(doc, "Dr Helen Castell, Police and Crime Commissioner for Wendmoor", size=12, space_before=200)
    page_break(doc)
    para(doc, "Foreword", style="Pillar Title")
    para(doc, "This is my plan for policing and community safety in Wendmoor. It sets out what I expect of the "
              "Chief Constable and how I will use the funding I hold for victims' services, crime prevention and "
              "community safety.", style="Body Intro")
    para(doc, "The plan is built on three pillars. Under them sit the eight priorities for which I will hold the "
              "Chief Constable and my partners to account. The pillars group the priorities; the priorities are "
              "what we will report on every quarter.", style="Body Intro")
    para(doc, "My pledges to you", bold=True, size=12, color=ACC, space_before=10)
    bullets(doc, ["I will hold a public meeting in every district each year",
                  "I will publish every decision I make",
                  "I will answer your letters within 20 working days"])
    para(doc, "The national threats I must plan for", bold=True, size=12, color=ACC, space_before=10)
    para(doc, "The Home Secretary's Strategic Policing Requirement sets out the national threats that every force "
              "must help to tackle:")
    bullets(doc, ["Terrorism", "Serious and organised crime", "A national cyber incident", "Child sexual abuse",
                  "Public disorder", "Civil emergencies", "Violence against women and girls"])
    para(doc, "Dr Helen Castell, Police and Crime Commissioner", italic=True, space_before=12)
    for name, prios in PILLARS:
        page_break(doc)
        para(doc, name, style="Pillar Title")
        for title, why, will in prios:
            para(doc, title, style="Priority Title")
            para(doc, why, style="Body Intro")
            para(doc, "What I will do", bold=True)
            bullets(doc, will)
    page_break(doc)
    para(doc, "How I will hold the Chief Constable to account", style="Pillar Title")
    para(doc, "I will publish a quarterly performance report against the eight priorities, using these measures "
              "among others.", style="Body Intro")
    table(doc, ["Measure", "Baseline 2024-25", "Direction"],
          [["Neighbourhood crime (burglary, robbery, vehicle crime, theft from the person)", "8,402", "Down"],
           ["Anti-social behaviour incidents", "19,774", "Down"],
           ["Victim satisfaction (whole experience)", "71%", "Up"],
           ["Knife crime with injury", "212", "Down"]], [9.5, 3.5, 3.6], head_fill=ACC)
    para(doc, "The previous plan (2021-2025)", bold=True, size=12, color=ACC, space_before=12)
    para(doc, "My predecessor's plan had four priorities: fighting crime; supporting victims; working with "
              "communities; and an efficient police force. The Police and Crime Panel reviewed that plan in "
              "March 2025.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    return [docx, common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")]
