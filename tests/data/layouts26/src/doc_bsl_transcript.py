"""Hebworth Youth Justice Plan 2026-27: transcript of the British Sign Language (BSL) video (Word).

The written transcript published beside a BSL video, as councils do for their accessible formats: a
three-column table per part of the video, "Time" (mm:ss), "On screen" (the captions shown beside the signer,
which quote the written plan word for word) and "English translation of the signing" (the interpreter's
voice-over, in looser words). The four priorities (p2) appear in the "On screen" column as captions
"Priority 1 - <wording>"; the signing restates each one differently. Other captions: the old plan's three
priorities (p1), the Child First principles (p1), the KPIs and contact details (p3). Pages start at page
breaks; published as .docx and as its LibreOffice PDF."""
from __future__ import annotations

import shutil
from pathlib import Path

import common
from docx_kit import new_doc, page_break, para, set_footer, table

NAME = "bsl_video_transcript_captions_youth_justice"
TITLE = "Hebworth Youth Justice Plan 2026-27: BSL video transcript"
ACC = "005A5B"
PRI = ["Fewer children entering the youth justice system for the first time",
       "Children in custody or on remand get education every day",
       "Every child's speech, language and communication needs are identified early",
       "Children from Black and mixed heritage backgrounds are not over-represented in the system"]
HEAD = ["Time", "On screen", "English translation of the signing"]
W = [1.6, 6.2, 8.8]


def build(work: Path) -> Path:
    doc = new_doc(TITLE, "Hebworth Youth Justice Partnership Board", accent=ACC, size=10.5)
    set_footer(doc.sections[0], "Hebworth Youth Justice Plan 2026-27: BSL video transcript")
    para(doc, "Hebworth Youth Justice Plan 2026-27", bold=True, size=20, color=ACC, space_after=2)
    para(doc, "British Sign Language (BSL) video: written transcript", size=13, color=ACC, space_after=10)
    para(doc, "About this transcript", bold=True, size=13, color=ACC, space_after=4)
    para(doc, "This is the written transcript of our BSL video about the Youth Justice Plan. The video is 6 "
              "minutes 40 seconds long and is signed by Deaf presenter Marnie Coltrane. The \u201cOn screen\u201d "
              "column gives the captions shown beside the signer, which use the exact words of the written "
              "plan. The last column is an English translation of what is signed, so its wording is different.",
         space_after=10)
    para(doc, "Part 1: Introduction", bold=True, size=13, color=ACC, space_after=4)
    table(doc, HEAD, [
        ["00:00", "Hebworth Youth Justice Plan 2026-27", "Hello. This video tells you about the plan for "
         "children who get into trouble with the law in Hebworth."],
        ["00:18", "Hebworth Youth Justice Service", "The Youth Justice Service works with children aged 10 to "
         "17. Last year we worked with 164 children."],
        ["00:41", "Our last plan (2025-26) had three priorities: Reducing the use of custody; Victims "
         "taking part in restorative justice; Safer transitions to adult services",
         "Last year we had three main things to work on: keeping children out of custody, getting victims "
         "involved, and moving safely to adult services at 18. We did well on the first two."],
        ["01:22", "Child First: see children as children; build on their strengths; help them take part; "
         "help them move away from crime",
         "We follow the Child First way of working. It means we see children as children first, not as "
         "offenders."],
    ], W, head_fill=ACC, size=9.5)
    page_break(doc)
    para(doc, "Part 2: Our priorities for 2026-27", bold=True, size=13, color=ACC, space_after=4)
    rows = [["01:58", "Our priorities for 2026-27", "Now I will sign our four main aims for this year."]]
    signed = ["First: stop children getting into the system at all, if we can help them another way.",
              "Second: children locked up or waiting for trial must have school or training every day.",
              "Third: find out early if a child struggles to talk or understand, and get them help.",
              "Fourth: too many Black and mixed heritage children are in the system. We must change that."]
    t = ["02:10", "02:52", "03:37", "04:15"]
    for n, (p, s, tm) in enumerate(zip(PRI, signed, t), 1):
        rows.append([tm, f"Priority {n} - {p}", s])
    table(doc, HEAD, rows, W, head_fill=ACC, size=9.5)
    para(doc, "", space_after=6)
    para(doc, "[The signer points to the captions in turn. A graphic of four numbered circles appears.]",
         size=9.5, color="595959", space_after=4)
    page_break(doc)
    para(doc, "Part 3: How we will check and how to contact us", bold=True, size=13, color=ACC, space_after=4)
    table(doc, HEAD, [
        ["05:02", "First-time entrants: target 120 per 100,000 children", "We will count how many children "
         "come into the system for the first time. We want it to go down."],
        ["05:30", "Education, training and employment: target 80%", "We will check that children are in school, "
         "training or work at the end of their time with us."],
        ["05:58", "Board meets every quarter", "The board of partners meets four times a year to check "
         "progress."],
        ["06:20", "Contact: yjs@hebworth.gov.uk | Text 07700 900 214", "You can contact us by email or text. "
         "Thank you for watching."],
    ], W, head_fill=ACC, size=9.5)
    path = work / f"{NAME}.docx"
    doc.save(str(path))
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
