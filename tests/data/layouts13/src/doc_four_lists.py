"""Saxonford Police and Crime Plan 2026-2029 (Word -> LibreOffice PDF). "How this plan fits" sets out FOUR
lists of exactly the same design: a Heading 2, one lead-in sentence and a Word-numbered list ("1." from
numbering.xml, one numbering definition each, identical formatting): the Strategic Policing Requirement's
national threats and the national Beating Crime Plan's aims (p2), then the Chief Constable's operational
priorities and the Commissioner's own police and crime priorities (p3). Only the last list is the plan's
priorities. The Beating Crime Plan's third aim and the PCC's fourth priority share a subject (fraud and online
crime) but not their wording. pp4-5 deliver each priority under short "Neighbourhoods" style headings, then
measures and the 2021-2025 plan's priorities."""
from __future__ import annotations

from pathlib import Path

import common
from docx_extra import add_numbering, number_paragraph
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "four_lists_spr_plan"
ACC = "8C2F39"
SPR = ["Violence against women and girls", "Terrorism", "Serious and organised crime", "A national cyber incident",
       "Child sexual abuse", "Public disorder", "Civil emergencies"]
BCP = ["Cutting homicide, serious violence and neighbourhood crime", "Exposing and ending hidden harms",
       "Building capability and capacity to deal with fraud and online crime"]
CC = ["Answering calls for help quickly", "Solving more crimes and bringing offenders to justice",
      "Protecting vulnerable people", "A healthy, skilled and representative workforce"]
PRI = ["Safer neighbourhoods, with police who are visible and known",
       "Protecting women, girls and children from violence and abuse",
       "Getting justice and support for victims",
       "Stopping fraudsters and criminals who target people online"]


def numbered_list(doc, items, num):
    for t in items:
        number_paragraph(para(doc, t, space_after=3), num)


def build(work: Path) -> Path:
    title = "Saxonford Police and Crime Plan 2026-2029"
    doc = new_doc(title, "Office of the Police and Crime Commissioner for Saxonford", accent=ACC,
                  heading_sizes=(19, 13.5, 11.5))
    set_footer(doc.sections[0], title)
    nums = [add_numbering(doc, 60 + k, 60 + k, [dict(fmt="decimal", text="%1.", left_cm=0.9, hanging_cm=0.6)],
                          multilevel=False) for k in range(4)]
    # ------------------------------------------------------------ p1 cover
    para(doc, "Police and Crime Plan", size=32, color=ACC, space_before=170, space_after=2)
    para(doc, "for Saxonford 2026\u20132029", size=24, color=ACC, space_after=16)
    para(doc, "Helen Marchbank, Police and Crime Commissioner for Saxonford", size=12.5, color="595959",
         space_after=160)
    para(doc, "Published October 2026. Also available in Easy Read, large print and audio.", size=10,
         color="595959")
    page_break(doc)
    # ------------------------------------------------------------ p2 foreword, how the plan fits (1)
    para(doc, "Foreword", style="Heading 1")
    for t in [
        "Saxonford Police does not work on its own. The Chief Constable must answer to me for the priorities in "
        "this plan, to the Home Secretary for the national threats, and to the public for the service you get "
        "when you call. I have tried to make those fit together, so that nobody in Saxonford Police is pulled in "
        "four directions at once.",
        "This plan sets four priorities for the next three years. They come from 2,950 survey answers, "
        "nineteen public meetings and what victims and frontline officers told me."]:
        para(doc, t)
    para(doc, "Helen Marchbank, Police and Crime Commissioner for Saxonford", bold=True, size=10)
    para(doc, "How this plan fits with other plans", style="Heading 1")
    para(doc, "Four sets of priorities shape what Saxonford Police does. They are set out below in the same way "
              "so that you can compare them.")
    para(doc, "The Strategic Policing Requirement", style="Heading 2")
    para(doc, "The Home Secretary's Strategic Policing Requirement lists the national threats that every force "
              "must be ready to help counter:")
    numbered_list(doc, SPR, nums[0])
    para(doc, "The national Beating Crime Plan", style="Heading 2")
    para(doc, "The Government's Beating Crime Plan sets three national aims for the police and their partners:")
    numbered_list(doc, BCP, nums[1])
    page_break(doc)
    # ------------------------------------------------------------ p3 how the plan fits (2)
    para(doc, "The Chief Constable's operational priorities", style="Heading 2")
    para(doc, "Chief Constable Richard Osei's Force Management Plan 2026 sets four operational priorities for "
              "Saxonford Police:")
    numbered_list(doc, CC, nums[2])
    para(doc, "My police and crime priorities", style="Heading 2")
    para(doc, "This plan sets four police and crime priorities for Saxonford for 2026 to 2029:")
    numbered_list(doc, PRI, nums[3])
    para(doc, "My priorities are what I will hold the Chief Constable to account for. The Chief Constable's "
              "operational priorities describe how the force will run; the national threats and aims are what "
              "Saxonford contributes to the country's safety. Where they overlap, the force should do the work "
              "once.", space_before=6)
    para(doc, "Our values", style="Heading 2")
    bullets(doc, [("Fair: ", "everyone gets the same service, wherever they live and whoever they are."),
                  ("Open: ", "I publish what I decide and why."),
                  ("Local: ", "decisions are made as close to communities as possible.")])
    page_break(doc)
    # ------------------------------------------------------------ p4 delivering
    para(doc, "Delivering the plan", style="Heading 1")
    for short, did in [
        ("Neighbourhoods", ["Keep 310 officers and 96 PCSOs in neighbourhood teams.",
                            "Publish every ward team's name and surgery times online."]),
        ("Violence and abuse", ["Fund independent domestic and sexual violence advisers in every hospital.",
                                "Extend the Drive perpetrator programme across the county."]),
        ("Victims", ["Re-commission Saxonford Victim Support from April 2027.",
                     "Check Victims' Code compliance every quarter."]),
        ("Fraud and online crime", ["Fund a fraud victim advocate for older people.",
                                    "Ask the force to double its cyber-crime prevention team."])]:
        para(doc, short, style="Heading 3")
        bullets(doc, did)
    para(doc, "Funding", style="Heading 2")
    para(doc, "Saxonford Police's budget for 2026-27 is \u00a3181.3 million. I will spend \u00a34.4 million on "
              "commissioned services and grants, \u00a32.6 million of it from the Ministry of Justice.")
    page_break(doc)
    # ------------------------------------------------------------ p5 measures and governance
    para(doc, "How I will measure progress", style="Heading 1")
    table(doc, ["Priority", "Measure", "2025-26", "2029 aim"],
          [["Neighbourhoods", "Residents who know how to contact their neighbourhood team", "29%", "45%"],
           ["Violence and abuse", "Domestic abuse crimes with a charge or summons", "9%", "15%"],
           ["Victims", "Victims satisfied with the whole service", "66%", "78%"],
           ["Fraud and online crime", "Fraud victims contacted within 72 hours", "40%", "90%"]],
          [3.6, 8.0, 2.5, 2.5], head_fill=ACC, size=9.5)
    para(doc, "Holding the Chief Constable to account", style="Heading 2")
    para(doc, "I meet the Chief Constable every week and hold a public Performance Board every quarter. The "
              "Saxonford Police and Crime Panel scrutinises this plan and my annual report.")
    para(doc, "My last plan", style="Heading 2")
    para(doc, "My first plan, for 2021 to 2025, had three priorities: reducing reoffending, tackling rural crime, "
              "and improving the 101 service. Rural crime work continues within the neighbourhoods priority.")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 5, common.pdf_pages(pdf)
    return [pdf]
