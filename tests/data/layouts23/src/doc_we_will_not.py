"""Oxcombe Community Safety Partnership: "Our plan in plain words" 2026-2029 (Word; published as .docx and its
LibreOffice PDF; 3 pages split by page breaks). A plain-language summary written as short one-sentence
paragraphs. On p2, under "Our plan", five "We will ..." sentences are the priorities (the intro says so), mixed
in one run of paragraphs with "We have ..." sentences (what has been done) and "We will not ..." sentences (what
the partnership has decided not to do). Other "We will" sentences on p3 are about keeping people informed, and
p1 has "You told us ..." sentences and a "We have ..." list of achievements."""
from __future__ import annotations

import shutil
from pathlib import Path

import common
from docx_kit import new_doc, page_break, para, set_footer

NAME = "we_will_not_plain_words_csp"
ACC = "1D5A8C"
PRI = ["We will make Oxcombe town centre feel safer at night",
       "We will help people who are hurt by someone they live with",
       "We will stop young people being used to sell drugs",
       "We will deal with nuisance and anti-social behaviour on our estates more quickly",
       "We will help older people stay safe from scams"]


def build(work: Path) -> Path:
    doc = new_doc("Oxcombe Community Safety Partnership: our plan in plain words 2026-2029",
                  "Oxcombe Community Safety Partnership", size=13, accent=ACC, heading_sizes=(22, 16, 13))
    set_footer(doc.sections[0], "Oxcombe Community Safety Partnership \u2013 our plan in plain words")
    S = dict(space_after=10)
    para(doc, "Our plan in plain words", size=30, color=ACC, bold=True, space_after=4)
    para(doc, "Oxcombe Community Safety Partnership, 2026 to 2029", size=16, color="555555", space_after=24)
    doc.add_heading("About this plan", 1)
    para(doc, "This is a short version of our plan to make Oxcombe safer.", **S)
    para(doc, "The Community Safety Partnership is a group of organisations. It includes the council, the police, "
         "the fire service, health services and probation.", **S)
    para(doc, "You can ask for the full plan in large print, Braille or another language.", **S)
    doc.add_heading("What you told us", 1)
    para(doc, "You told us that the town centre does not feel safe at night.", **S)
    para(doc, "You told us that it takes too long to sort out problems with noisy neighbours.", **S)
    para(doc, "You told us that you worry about young people and drugs.", **S)
    para(doc, "1,640 people answered our survey. Thank you.", **S)
    page_break(doc)
    doc.add_heading("Our plan", 1)
    para(doc, "Our plan has 5 priorities. Each priority starts with the words \u201cWe will\u201d. We also tell you "
         "what we have already done, and what we have decided we will not do.", **S)
    para(doc, "We have put 40 new street lights in Oxcombe town centre.", **S)
    para(doc, PRI[0] + ".", **S)
    para(doc, "We will not close the police front desk at Oxcombe police station.", **S)
    para(doc, PRI[1] + ".", **S)
    para(doc, "We have trained 600 staff to spot the signs of domestic abuse.", **S)
    para(doc, PRI[2] + ".", **S)
    para(doc, "We will not move the youth club out of the Kingsmead estate.", **S)
    para(doc, PRI[3] + ".", **S)
    para(doc, "We have a new phone number for reporting nuisance: 01632 960 771.", **S)
    para(doc, PRI[4] + ".", **S)
    para(doc, "We will not put in more CCTV cameras without asking people who live nearby first.", **S)
    page_break(doc)
    doc.add_heading("Keeping you informed", 1)
    para(doc, "We will tell you how we are doing every 6 months.", **S)
    para(doc, "We will put our reports on the council website and in Oxcombe library.", **S)
    para(doc, "We will hold a public meeting once a year.", **S)
    doc.add_heading("Getting help", 1)
    para(doc, "In an emergency, call 999.", **S)
    para(doc, "To report a crime that is not an emergency, call 101.", **S)
    para(doc, "To report nuisance to the council, call 01632 960 771.", **S)
    para(doc, "Oxcombe Community Safety Partnership, Oxcombe Town Hall, Bridge Street, Oxcombe OC9 3TB.",
         size=11, color="555555", space_before=18)
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
    assert common.pdf_pages(pdf) == 3, common.pdf_pages(pdf)
    return [docx, pdf]
