"""Corrowdale Serious Violence Prevention Strategy 2026-2029: transcript of the Police and Crime Commissioner's
launch speech (Word, published as its LibreOffice PDF only; 3 pages split by page breaks). The subject of the
document is the Corrowdale Serious Violence Partnership's strategy. Its four priorities are listed in ONE
sentence of the speech (p2). The Commissioner's own Police and Crime Plan priorities are listed in another
sentence of the same shape one page earlier (p1), and the speech ends with "three things I ask of you" (p3).
Stage directions ([Applause]) and a speaker line begin the transcript."""
from __future__ import annotations

from pathlib import Path

import common
from docx_kit import new_doc, page_break, para, set_footer

NAME = "launch_speech_transcript_serious_violence"
ACC = "3C3C6E"
PRI = ["reducing violence in the night-time economy in Corrowdale town centre",
       "preventing children and young people from carrying knives",
       "tackling the violence that goes with drug markets and exploitation",
       "supporting the victims, families and communities affected by serious violence"]


def build(work: Path) -> Path:
    doc = new_doc("Transcript: launch of the Corrowdale Serious Violence Prevention Strategy 2026-2029",
                  "Office of the Police and Crime Commissioner for Fellshire", size=11.5, accent=ACC,
                  font="Liberation Serif")
    set_footer(doc.sections[0], "Transcript \u2013 launch of the Corrowdale Serious Violence Prevention Strategy")
    S = dict(space_after=9)
    para(doc, "TRANSCRIPT", bold=True, size=10, color="777777", space_after=2)
    para(doc, "Launch of the Corrowdale Serious Violence Prevention Strategy 2026\u20132029", bold=True, size=18,
         color=ACC, space_after=4)
    para(doc, "Speech by Gareth Illingworth-Rao, Police and Crime Commissioner for Fellshire. Corrowdale Town "
         "Hall, 9 July 2026. Check against delivery.", italic=True, size=10.5, color="555555", space_after=16)
    para(doc, "[The Commissioner is introduced by Councillor Priya Sandhu, Leader of Corrowdale Borough Council.]",
         italic=True, **S)
    para(doc, "Thank you, Priya, and good morning, everyone. It is a real pleasure to be back in Corrowdale, and to "
         "see so many partners in one room: the council, the police, the fire service, the Integrated Care Board, "
         "Probation, the Youth Justice Service, and so many of the charities and community groups who do the "
         "hardest work of all.", **S)
    para(doc, "Let me start with why we are here. Two years ago, Corrowdale lost two young men, Daniel and Kyle, in "
         "the space of six weeks. Both were seventeen. Both were stabbed within half a mile of where we are "
         "sitting. Their families are here today, and I want to thank them for the courage they have shown in "
         "working with us on this strategy.", **S)
    para(doc, "[Applause]", italic=True, **S)
    para(doc, "When I was elected, I published a Police and Crime Plan for the whole of Fellshire, and its three "
         "priorities were more visible neighbourhood policing, putting victims at the heart of justice, and "
         "tackling the organised crime that blights our towns. Those remain my priorities, and they are the "
         "reason my office is funding this work. But this is not my strategy. It belongs to the Corrowdale "
         "Serious Violence Partnership, under the Serious Violence Duty, and it was written by all of you.", **S)
    page_break(doc)
    para(doc, "The partnership spent a year on it. It looked at three years of police, hospital and school data. "
         "It found that serious violence in Corrowdale is concentrated in three places and at three times: the "
         "town centre on Friday and Saturday nights, the routes home from school between three and six in the "
         "afternoon, and the streets around the Bridgegate flats, where the drug market is.", **S)
    para(doc, "And so the strategy we are launching today has four priorities, agreed by every partner: "
         f"{PRI[0]}, {PRI[1]}, {PRI[2]}, and {PRI[3]}.", **S)
    para(doc, "Let me say a word about each. In the town centre, we will have trained welfare officers on duty "
         "every weekend night, and the hospital's navigators will work in A&E from eight in the evening. For our "
         "young people, every secondary school in Corrowdale will have a trusted adult trained in the signs of "
         "exploitation, and the Youth Justice Service will run a knife crime programme for children at risk. "
         "Around Bridgegate, the police and the council will work together to close down the drug lines, and we "
         "will offer every child found in a drug line a worker within 24 hours. And for victims and families, "
         "we will fund a specialist bereavement and trauma service, because the harm of one stabbing reaches a "
         "whole community.", **S)
    para(doc, "[Applause]", italic=True, **S)
    para(doc, "The evidence tells us this can work. In Fellshire's other towns, violence with injury fell by 18 per "
         "cent in the three years after hospital navigators were introduced. I do not expect overnight change, "
         "but I do expect change.", **S)
    page_break(doc)
    para(doc, "So, before I hand over to the Chief Constable, there are three things I ask of you today. Read the "
         "strategy. Tell us what your organisation will do. And hold us to account when we fall short.", **S)
    para(doc, "The partnership will report on progress every six months, and the first report will be published in "
         "January. My office will also publish the data, ward by ward, so that every resident can see whether "
         "this is making a difference.", **S)
    para(doc, "Thank you.", **S)
    para(doc, "[Applause. The Commissioner hands over to Chief Constable Fiona Ashworth.]", italic=True, **S)
    para(doc, "Ends. The Corrowdale Serious Violence Prevention Strategy 2026-2029 and its strategic needs "
         "assessment can be read on the Corrowdale Borough Council website. Media enquiries: Office of the "
         "Police and Crime Commissioner for Fellshire, press office.", size=10, color="555555", space_before=12)
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 3, common.pdf_pages(pdf)
    return [pdf]
