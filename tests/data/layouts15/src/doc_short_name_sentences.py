"""Kestlow Violence Against Women and Girls Strategy 2026-2030 (Word). Each priority is ONE Heading 2
paragraph of 30 to 40 words: a bold SHORT NAME ("Safer streets"), an em dash, then a full sentence in the
same paragraph but not bold ("Making every street ... by day and by night"). Each wraps over three or four
lines. The short names alone are used in an "at a glance" table (p2), in the measures table and in the
governance text (p5). The national VAWG strategy's aims and the Kestlow Community Safety Partnership's
priorities are quoted as bullets. Published as .docx and as its LibreOffice PDF; pages start at page breaks."""
from __future__ import annotations

import shutil
from pathlib import Path

from docx.shared import Pt

import common
from docx_kit import bullets, new_doc, page_break, para, set_footer, table

NAME = "short_name_sentence_headings_vawg"
ACC = "8A1F4F"
TITLE = "Kestlow Violence Against Women and Girls Strategy 2026-2030"
PRI = [
    ("Safer streets",
     "Making every street, park and transport hub in Kestlow a place where women and girls feel safe and are "
     "safe, by day and by night, through better design and lighting and a visible, trusted presence",
     "Lead: Kestlow Borough Council (Place directorate)"),
    ("Early and honest conversations",
     "Giving every child and young person in Kestlow, from primary school onwards, the knowledge and confidence "
     "to build healthy relationships, to recognise abuse and controlling behaviour, and to ask for help early",
     "Lead: Kestlow Education Partnership"),
    ("Support without gaps",
     "Making sure that every survivor of domestic abuse, sexual violence, stalking or harassment gets specialist "
     "support that is right for them, whoever they are, without having to tell their story more than once",
     "Lead: NHS Kestlow and Rye Integrated Care Board"),
    ("Perpetrators held to account",
     "Stopping abuse by holding perpetrators to account through the courts and through programmes that change "
     "their behaviour, so that the responsibility for ending abuse rests with those who cause it and not with "
     "the women they harm",
     "Lead: Rye Valley Police"),
]


def priority_heading(doc, short, sentence):
    h = doc.add_paragraph(style="Heading 2")
    r = h.add_run(short)
    r.bold = True
    r2 = h.add_run(" \u2014 " + sentence + ".")
    r2.bold = False
    return h


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Kestlow Community Safety Partnership", accent=ACC, heading_sizes=(18, 13, 11.5))
    set_footer(doc.sections[0], TITLE)
    para(doc, "Kestlow Violence Against Women and Girls Strategy", size=28, color=ACC, space_before=160)
    para(doc, "2026 to 2030", size=20, color=ACC)
    para(doc, "Kestlow VAWG Partnership Board, on behalf of the Kestlow Community Safety Partnership", size=13,
         color="595959", space_before=24)
    para(doc, "December 2026", size=11, color="595959", space_before=220)
    page_break(doc)
    # p2
    doc.add_heading("Foreword", level=1)
    para(doc, "One in four women in Kestlow told our survey that they had changed the way they travel home because "
              "they did not feel safe. Behind every statistic in this strategy is a woman or girl whose life has "
              "been narrowed by violence or the fear of it. This strategy is our commitment to change that.")
    para(doc, "Dr Helen Ashworth-Obi, Chair, Kestlow VAWG Partnership Board", italic=True, color="595959")
    doc.add_heading("How this strategy is set out", level=1)
    para(doc, "We have four priorities. Each has a short name, which we use in our delivery plan and our reports, "
              "and a statement in full of what we want to achieve. The section \u201cOur priorities\u201d sets "
              "out each one, why it matters and what we will do.")
    doc.add_heading("Our priorities at a glance", level=2)
    table(doc, ["Short name", "Lead partner", "Delivery group"],
          [[s, lead.replace("Lead: ", ""), g] for (s, _, lead), g in
           zip(PRI, ["Safer Spaces Group", "Children and Young People Group", "Survivor Support Group",
                     "Justice Group"])],
          [5.0, 6.5, 5.0], head_fill=ACC)
    page_break(doc)
    # p3
    doc.add_heading("Why this matters in Kestlow", level=1)
    para(doc, "Rye Valley Police recorded 3,940 domestic abuse crimes in Kestlow in 2025-26, 17% more than three "
              "years earlier. Reports of stalking have more than doubled. Only one in five women who experienced "
              "sexual violence told us they had reported it.")
    doc.add_heading("The national picture", level=2)
    para(doc, "The Government's Tackling Violence Against Women and Girls Strategy has three aims, which this "
              "strategy supports:")
    bullets(doc, ["prioritising prevention;", "supporting victims and survivors;", "pursuing perpetrators."])
    doc.add_heading("The Community Safety Partnership's priorities", level=2)
    para(doc, "This strategy is owned by the VAWG Partnership Board, which reports to the Kestlow Community Safety "
              "Partnership. The Partnership's own plan for 2025-2028 has three priorities:")
    bullets(doc, ["reducing antisocial behaviour in Kestlow town centre;",
                  "protecting children from exploitation;",
                  "tackling violence against women and girls."])
    page_break(doc)
    # p4-5 priorities
    doc.add_heading("Our priorities", level=1)
    for i, (short, sentence, lead) in enumerate(PRI):
        if i == 2:
            page_break(doc)
        priority_heading(doc, short, sentence)
        para(doc, {
            0: "Women told us which places they avoid: the underpass at Kestlow Parkway station, the riverside "
               "path after dark and the town centre taxi ranks. We will redesign these places with them.",
            1: "Most young people learn about relationships from their friends and from social media. Teachers "
               "told us they want support to talk about misogyny, consent and online abuse.",
            2: "Survivors told us that they were passed from one service to another and asked the same questions "
               "each time. Older women and disabled women found it hardest to get help.",
            3: "Fewer than one in ten reported rapes in Kestlow led to a charge in 2025-26. Only 40 men took part "
               "in a perpetrator programme, against an estimated need of more than 400.",
        }[i])
        para(doc, "What we will do", bold=True, space_after=2)
        bullets(doc, {
            0: ["Walk-and-talk safety audits with women in six locations every year.",
                "New lighting and CCTV at Kestlow Parkway underpass and on the riverside path.",
                "A safe haven in the town centre on Friday and Saturday nights."],
            1: ["A healthy relationships programme in every primary and secondary school.",
                "Training for 400 teachers and youth workers.",
                "A peer-led campaign on online abuse, designed by young people."],
            2: ["One front door for all specialist VAWG services from April 2027.",
                "Specialist advocates for older and disabled survivors.",
                "A trauma-informed practice standard for every partner."],
            3: ["A stalking and harassment unit in Rye Valley Police.",
                "Two hundred more places on community perpetrator programmes.",
                "Use of domestic abuse protection orders in every eligible case."],
        }[i])
        para(doc, lead, italic=True, color="595959", space_after=12)
    page_break(doc)
    # p6 measures and governance
    doc.add_heading("How we will know we are making a difference", level=1)
    table(doc, ["Priority", "Measure", "Baseline", "Target 2030"],
          [["Safer streets", "Women who feel safe in the town centre after dark", "38%", "55%"],
           ["Early and honest conversations", "Schools delivering the relationships programme", "9 of 41", "41 of 41"],
           ["Support without gaps", "Survivors who say they told their story only once", "n/a", "75%"],
           ["Perpetrators held to account", "Perpetrators completing a behaviour change programme", "40", "240"]],
          [4.2, 7.3, 2.5, 2.6], head_fill=ACC)
    doc.add_heading("Governance", level=1)
    para(doc, "The VAWG Partnership Board meets every two months. Each of its four delivery groups reports on one "
              "priority: the Safer Spaces Group on Safer streets, the Children and Young People Group on Early and "
              "honest conversations, the Survivor Support Group on Support without gaps and the Justice Group on "
              "Perpetrators held to account. The Board reports to the Community Safety Partnership twice a year.")
    doc.add_heading("Our principles", level=1)
    bullets(doc, ["Survivors' voices shape what we do.", "We name the problem: most of this violence is "
                  "committed by men.", "We recognise that women face different barriers and we design services "
                  "around them."])
    doc.add_heading("Get help", level=1)
    para(doc, "In an emergency call 999. Kestlow Domestic Abuse Service: 0800 765 4321 (24 hours).")
    path = work / f"{NAME}.docx"
    doc.save(path)
    common.normalise_zip(path)
    return path


def sources(work: Path) -> list[Path]:
    return [build(work)]


def finish(work: Path, out: Path) -> list[Path]:
    docx = out / f"{NAME}.docx"
    shutil.copyfile(work / f"{NAME}.docx", docx)
    pdf = common.publish(work / f"{NAME}.pdf", out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 6, common.pdf_pages(pdf)
    return [docx, pdf]
