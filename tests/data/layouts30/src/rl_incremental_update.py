"""Haldersey Community Safety Partnership Plan 2026-2027 (reportlab, standard Type 1 fonts so that a later edit
can reuse the page's font resources). The plan was approved, then one priority was reworded at the board's
request and the change was saved on top of the published file as an incremental update: page 2's content
stream is replaced by a new version of the same object, appended after the first %%EOF with its own xref and
a trailer with /Prev. The first wording stays in the file, unreferenced; a reader sees only the new one."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

import common
from kit30 import append_update
from rl_kit import Writer, text

NAME = "incremental_update_reworded_csp"
ACC = "1D5C4D"
OLD3 = "Tackling shoplifting and retail crime in Haldersey town centre"
PRI = ["Reducing antisocial behaviour on our estates and in our parks",
       "Protecting people at risk of exploitation, including county lines",
       "Safer town and village centres for residents, shoppers and workers",
       "Preventing serious violence and knife crime among young people",
       "Supporting victims of fraud and scams, especially older residents"]
TITLE = "Haldersey Community Safety Partnership Plan 2026-2027"


def render(path: Path, third: str) -> Path:
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(TITLE)
    c.setAuthor("Haldersey Community Safety Partnership")
    c.setCreator("reportlab")
    W, H = A4
    pri = PRI[:2] + [third] + PRI[3:]

    def foot(n):
        text(c, 56, 30, "Haldersey CSP Plan 2026-2027", "Helvetica", 8, "666666")
        text(c, W - 56, 30, str(n), "Helvetica", 8, "666666", anchor="right")

    w = Writer(c, 56, H - 60, W - 112, font="Helvetica")
    w.para("Haldersey Community Safety Partnership", size=12, color="777777", after=4)
    w.para("<b>Community Safety Partnership Plan 2026\u20132027</b>", size=24, leading=29, color=ACC, after=16)
    w.para("<b>Introduction</b>", size=15, color=ACC)
    w.para("The Haldersey Community Safety Partnership brings together the district council, the county council, "
           "the police, the fire and rescue service, probation and the integrated care board. Every year we "
           "review the strategic assessment of crime and disorder and agree the plan for the year ahead.")
    w.para("Recorded crime in Haldersey fell by 4% in 2025\u201326, but antisocial behaviour reports rose by 11% "
           "and residents told us that the town and village centres feel less safe than they did.")
    w.para("<b>What residents told us</b>", size=15, color=ACC)
    w.bullets(["Young people gathering and motorbikes in parks were the top concern in the survey (41%)",
               "Older residents are worried about doorstep and phone scams",
               "Shop staff in the town centre feel unsafe at work"])
    w.para("<b>Last year's priorities</b>", size=15, color=ACC)
    w.para("The 2025\u201326 plan had four priorities: domestic abuse, road safety, rural crime and hate crime. "
           "Domestic abuse and hate crime now sit with the Safer Haldersey Domestic Abuse Board and the "
           "county Hate Crime Partnership, which publish their own plans.")
    w.para("<b>The Police and Crime Commissioner's priorities</b>", size=15, color=ACC)
    w.para("The PCC's Police and Crime Plan asks every partnership to support its three priorities: "
           "\u201cfighting crime\u201d, \u201csupporting victims\u201d and \u201cbuilding trust and confidence\u201d.")
    foot(1)
    c.showPage()
    w = Writer(c, 56, H - 60, W - 112, font="Helvetica")
    w.para("<b>Our priorities for 2026\u201327</b>", size=20, leading=24, color=ACC, after=8)
    w.para("The partnership board agreed these five priorities on 14 October 2026.", after=10)
    notes = ["Hotspot patrols, youth outreach and a faster route from report to action.",
             "Joint work with children's services and the Regional Organised Crime Unit.",
             "Town centre wardens, a business crime partnership and better lighting.",
             "Violence Reduction Unit funded mentoring and a knife crime education programme.",
             "Trading Standards call blockers and talks with community groups."]
    for i, (p, n) in enumerate(zip(pri, notes), 1):
        w.para(f"<b>{i}. {p}</b>", size=12.5, color=ACC, after=3)
        w.para(n, after=10)
    w.para("<b>How we will work</b>", size=15, color=ACC)
    w.bullets(["Evidence first: we act where the data show the most harm",
               "Prevention before enforcement",
               "Listening to communities and reporting back"])
    foot(2)
    c.showPage()
    w = Writer(c, 56, H - 60, W - 112, font="Helvetica")
    w.para("<b>Measuring progress</b>", size=15, color=ACC)
    w.table([["Measure", "2025-26", "Target 2026-27"],
             ["Antisocial behaviour incidents", "4,870", "4,400"],
             ["Under-25s admitted to hospital with a knife injury", "19", "12"],
             ["Fraud victims aged 65+ given support", "230", "400"]], [280, 90, 110], head_bg=ACC)
    w.para("<b>Governance</b>", size=15, color=ACC)
    w.para("The plan is overseen by the partnership board, which meets every two months, and is scrutinised by "
           "the council's Overview and Scrutiny Committee each spring.")
    foot(3)
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return path


def finish(work: Path, out: Path) -> list[Path]:
    first = render(work / f"{NAME}_v1.pdf", OLD3)
    edited = render(work / f"{NAME}_v2.pdf", PRI[2])
    a, b = first.read_bytes(), edited.read_bytes()
    # the edit only touches page 2's drawing: the rest of the file (fonts, resources) must be the same
    import re
    strip = lambda d: re.sub(rb"stream\r?\n.*?endstream", b"", d, flags=re.S)  # noqa: E731
    assert strip(a).split(b"xref")[0].count(b"obj") == strip(b).split(b"xref")[0].count(b"obj")
    dst = append_update(first, edited, out / f"{NAME}.pdf", 1,
                        {"Title": TITLE, "Author": "Haldersey Community Safety Partnership",
                         "Producer": "Adobe Acrobat Pro (64-bit) 24.4", "Creator": "reportlab",
                         "CreationDate": "(D:" + common.FIXED_PDF_DIGITS.decode() + "Z)",
                         "ModDate": "(D:20261130141200Z)"})
    return [dst]
