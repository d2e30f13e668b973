"""six_up_handout_drugs.pdf: the Grindlesham Combating Drugs Partnership's board development deck printed as a
PowerPoint "Handouts (6 slides per page, horizontal)" PDF: A4 portrait, a header with the deck's name and date,
six framed 16:9 slide thumbnails per page in a 2 x 3 grid (order 1 2 / 3 4 / 5 6), the page number at the foot.
Each slide is drawn at its own size (960 x 540) and scaled to about a quarter, so its text prints at 5 to 9 pt.

Slide 4 (page 1, right column, middle row) "Our priorities for 2026-2029" holds the four priorities as a numbered
list. Gold is those four items, page 1.

Not gold: slide 3, immediately to its LEFT in the same row, "The national strategy: From Harm to Hope", a numbered
list of exactly the same design with the three national priorities; slide 2's needs-assessment findings; slide 5's
table of the 2023-2026 priorities with RAG ratings; slide 6's measures under short names; page 2: slide 7's three
numbered principles (same design again), governance, numbered next steps and questions.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

import common
from rl_kit import box, hexc, make_canvas, text

NAME = "six_up_handout_drugs"
TITLE = "Grindlesham Combating Drugs Partnership \u2013 drugs strategy 2026\u20132029 board development session"
PLUM = "5B2A6E"
INK = "222222"
SW, SH = 960, 540

PRIORITIES = [
    "Fewer lives lost to drugs and alcohol",
    "More people starting and staying in treatment",
    "Closing down county lines in Grindlesham",
    "Stopping young people being drawn into drug use",
]


def s_title(c, t, size=40):
    box(c, 0, SH - 96, SW, 96, PLUM)
    text(c, 40, SH - 64, t, "Sans-Bold", size, "FFFFFF")


def s_foot(c, n):
    text(c, 40, 20, "Grindlesham Combating Drugs Partnership", "Sans", 16, "777777")
    text(c, SW - 40, 20, str(n), "Sans", 16, "777777", anchor="right")


def s_numbered(c, items, top=SH - 150, size=27, width=820):
    y = top
    for i, it in enumerate(items, 1):
        c.saveState()
        c.setFillColor(hexc(PLUM))
        c.circle(62, y + size * 0.35, size * 0.72, stroke=0, fill=1)
        c.restoreState()
        text(c, 62, y + size * 0.35 - size * 0.36, str(i), "Sans-Bold", size, "FFFFFF", anchor="center")
        lines = simpleSplit(it, "Sans", size, width)
        for ln in lines:
            text(c, 100, y, ln, "Sans", size, INK)
            y -= size * 1.25
        y -= size * 0.75
    return y


def s_bullets(c, items, top=SH - 150, size=26, width=840, x=60):
    y = top
    for it in items:
        lines = simpleSplit(it, "Sans", size, width)
        text(c, x, y, "\u2022", "Sans", size, PLUM)
        for ln in lines:
            text(c, x + 30, y, ln, "Sans", size, INK)
            y -= size * 1.25
        y -= size * 0.5
    return y


def slide_title(c):
    box(c, 0, 0, SW, SH, PLUM)
    text(c, 60, 330, "Grindlesham Combating Drugs Partnership", "Sans-Bold", 40, "FFFFFF")
    text(c, 60, 270, "Drugs strategy 2026\u20132029", "Sans", 36, "E9D8F0")
    text(c, 60, 220, "Board development session, 21 May 2026", "Sans", 26, "E9D8F0")
    text(c, 60, 80, "Dr Aled Morcambe, Director of Public Health (SRO)", "Sans", 22, "E9D8F0")


def slide_needs(c):
    s_title(c, "What the needs assessment told us")
    s_bullets(c, ["41 drug-related deaths in 2023\u20132025, most of them men over 40",
                  "Only 38% of people who use opiates and crack are in treatment",
                  "Crack cocaine use is rising in Grindlesham town centre",
                  "Two county lines active in Hensby and Skelderby"])


def slide_national(c):
    s_title(c, "The national strategy: From Harm to Hope")
    y = s_numbered(c, ["Break drug supply chains",
                       "Deliver a world-class treatment and recovery system",
                       "Achieve a generational shift in the demand for drugs"])
    text(c, 60, y - 10, "HM Government, December 2021 (10-year plan)", "Sans-Italic", 20, "777777")


def slide_priorities(c):
    s_title(c, "Our priorities for 2026\u20132029")
    y = s_numbered(c, PRIORITIES)
    text(c, 60, y - 6, "Agreed by the Combating Drugs Partnership Board, 30 April 2026", "Sans-Italic", 20, "777777")


def slide_review(c):
    s_title(c, "2023\u20132026 priorities: how did we do?")
    rows = [("Naloxone in every hostel and pharmacy", "Green", "2E8B57"),
            ("Faster access to treatment after prison", "Amber", "D98E04"),
            ("Tackling cannabis use by under-18s", "Red", "B03A2E")]
    y = SH - 170
    text(c, 60, y, "2023\u20132026 priority", "Sans-Bold", 24, INK)
    text(c, 760, y, "Status", "Sans-Bold", 24, INK)
    for name, rag, col in rows:
        y -= 70
        box(c, 50, y - 20, 860, 60, "F3ECF6")
        text(c, 60, y, name, "Sans", 24, INK)
        box(c, 740, y - 12, 130, 44, col)
        text(c, 805, y, rag, "Sans-Bold", 22, "FFFFFF", anchor="center")


def slide_measures(c):
    s_title(c, "How we will measure progress")
    s_bullets(c, ["Deaths: drug-related deaths (ONS), rolling three years",
                  "Treatment: adults in treatment and completing it (NDTMS)",
                  "Supply: county lines closed and cuckooed homes made safe",
                  "Young people: under-18s referred to specialist support"], size=24)


def slide_principles(c):
    s_title(c, "Our principles")
    s_numbered(c, ["Recovery is possible for everyone",
                   "Families and carers are part of the solution",
                   "People with lived experience help design every service"])


def slide_governance(c):
    s_title(c, "Governance")
    boxes = [("Combating Drugs Partnership Board", 330), ("Treatment and recovery group", 150),
             ("Supply and enforcement group", 150), ("Young people and families group", 150)]
    box(c, 230, 300, 500, 80, "E9D8F0")
    text(c, 480, 332, boxes[0][0], "Sans-Bold", 24, INK, anchor="center")
    for i, (b, _) in enumerate(boxes[1:]):
        x = 40 + i * 300
        box(c, x, 120, 280, 90, "F3ECF6")
        for j, ln in enumerate(simpleSplit(b, "Sans", 22, 250)):
            text(c, x + 140, 175 - j * 26, ln, "Sans", 22, INK, anchor="center")


def slide_next(c):
    s_title(c, "Next steps")
    s_numbered(c, ["Public consultation on the draft: June\u2013July 2026",
                   "Final strategy to the Health and Wellbeing Board: October 2026",
                   "Delivery plans from each group: December 2026"], size=25)


def slide_questions(c):
    s_title(c, "Questions and discussion")
    s_bullets(c, ["Which partners are missing from the groups?",
                  "What should the first annual report show?",
                  "Contact: drugs.partnership@grindlesham.gov.uk"])


SLIDES = [slide_title, slide_needs, slide_national, slide_priorities, slide_review, slide_measures,
          slide_principles, slide_governance, slide_next, slide_questions]


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Grindlesham Combating Drugs Partnership", pagesize=A4)
    W, H = A4
    tw = 250
    sc = tw / SW
    th = SH * sc
    xs = [40, W - 40 - tw]
    tops = [H - 90, H - 90 - th - 90, H - 90 - 2 * (th + 90)]
    pages = [SLIDES[i:i + 6] for i in range(0, len(SLIDES), 6)]
    n = 0
    for pno, group in enumerate(pages, 1):
        text(c, 40, H - 40, "Grindlesham CDP \u2013 board development session", "Sans", 10, "444444")
        text(c, W - 40, H - 40, "21/05/2026", "Sans", 10, "444444", anchor="right")
        for k, fn in enumerate(group):
            n += 1
            x = xs[k % 2]
            top = tops[k // 2]
            c.saveState()
            c.translate(x, top - th)
            c.scale(sc, sc)
            box(c, 0, 0, SW, SH, "FFFFFF")
            fn(c)
            if fn is not slide_title:
                s_foot(c, n)
            c.setStrokeColor(hexc("000000"))
            c.setLineWidth(1.5 / sc)
            c.rect(0, 0, SW, SH, stroke=1, fill=0)
            c.restoreState()
        text(c, W / 2, 30, str(pno), "Sans", 10, "444444", anchor="center")
        c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
