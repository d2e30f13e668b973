"""Rixley Domestic Abuse Strategy 2026-2029 (reportlab) as the print shop's press-ready file: each A4 page sits
on a larger sheet with 3 mm bleed, crop marks, a colour bar and a slug line carrying the job ticket and the
proof history. After preflight the print shop set a CropBox (and TrimBox) equal to the A4 trim with pikepdf, so
a viewer shows an ordinary A4 page; the marks and the job ticket are still in the page's content, outside the
CropBox."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import common
from kit30 import Writer, box, hexc, make_canvas, set_crop_boxes, text

NAME = "cropbox_print_slug_domestic_abuse"
ACC = "A0303F"
PRI = ["Recognising domestic abuse early, in health, schools and housing",
       "Safe accommodation and support for victims and their children",
       "Challenging and changing the behaviour of people who harm",
       "Reaching communities that are least likely to ask for help"]
M = 56.0      # bleed (3 mm) plus slug, round every side of the trimmed page
TITLE = "Rixley Domestic Abuse Strategy 2026-2029"


def finish(work: Path, out: Path) -> list[Path]:
    raw = work / f"{NAME}_press.pdf"
    W, H = A4
    c = make_canvas(raw, TITLE, "Rixley Domestic Abuse Partnership Board", pagesize=(W + 2 * M, H + 2 * M))
    c.setCreator("Adobe InDesign 19.5 (Windows)")
    pages = []

    def page(n, draw):
        c.saveState()
        c.translate(M, M)
        box(c, -8.5, H - 70, W + 17, 78.5, "F6E3E6")   # the header band bleeds off the page
        text(c, 56, H - 42, "Rixley Domestic Abuse Partnership Board", "Sans-Bold", 10, ACC)
        w = Writer(c, 56, H - 100, W - 112, font="Sans")
        draw(w)
        text(c, 56, 30, TITLE, "Sans", 8, "666666")
        text(c, W - 56, 30, str(n), "Sans", 8, "666666", anchor="right")
        c.restoreState()
        # printer's marks in the slug, outside the trim
        c.saveState()
        c.setStrokeColor(hexc("000000"))
        c.setLineWidth(0.25)
        for x in (M, M + W):
            c.line(x, 0, x, M - 12)
            c.line(x, M + H + 12, x, 2 * M + H)
        for y in (M, M + H):
            c.line(0, y, M - 12, y)
            c.line(M + W + 12, y, 2 * M + W, y)
        for i, col in enumerate(["00AEEF", "EC008C", "FFF200", "231F20", "7F7F7F", "BFBFBF"]):
            box(c, M + 120 + i * 18, M + H + 22, 16, 10, col)
        c.restoreState()
        text(c, M, 14, f"RIXLEY_DA_Strategy_2026-29_A4_v9_PRINT.indd  {n}  23/11/2026  09:00", "Sans", 6, "000000")
        text(c, M + W, 14, "Job 30/1187 \u00b7 Rixley DAPB \u00b7 3pp A4 \u00b7 150gsm silk \u00b7 CMYK \u00b7 PROOF 3",
             "Sans", 6, "000000", anchor="right")
        if n == 2:
            text(c, M, M + H + 40, "AUTHOR'S CORRECTION AT PROOF 2, p2: priority 2 reworded, was \u201cMore "
                 "refuge places in Rixley and Hanbury\u201d", "Sans", 6, "000000")
        c.showPage()

    def p1(w):
        w.heading("Domestic Abuse Strategy 2026\u20132029", size=26, color=ACC, after=14)
        w.heading("Foreword", size=15, color=ACC)
        w.para("Domestic abuse accounts for one in five violent crimes recorded in Rixley. Under the Domestic "
               "Abuse Act 2021 the council must assess the need for support in safe accommodation and publish a "
               "strategy. This document is that strategy, and it goes further: it covers the whole partnership's "
               "response, from the first disclosure to recovery.")
        w.para("<i>Councillor Priya Lanchester, Chair, Rixley Domestic Abuse Partnership Board</i>", color="555555")
        w.heading("What the needs assessment found", size=15, color=ACC)
        w.bullets(["4,210 domestic abuse incidents were reported to the police in 2025, up 6%",
                   "Demand for refuge outstripped supply: 212 households were turned away",
                   "Only 3% of referrals came from GP surgeries",
                   "Victims from Eastern European and South Asian communities are under-represented in services"])
        w.heading("The previous strategy", size=15, color=ACC)
        w.para("The 2023\u20132025 strategy's priorities were: safe accommodation; a specialist domestic abuse "
               "court; and training for frontline staff. The court pilot has ended; the other two carry on.")

    def p2(w):
        w.heading("Our priorities", size=20, color=ACC, after=8)
        w.para("The Board has agreed four priorities for 2026\u20132029.", after=8)
        notes = ["IRIS training in every GP practice, routine enquiry in maternity and housing services, and "
                 "healthy relationships lessons.",
                 "Forty more safe accommodation units, dispersed housing and a children's support worker in every "
                 "refuge.",
                 "A behaviour change programme, with partner support, and more use of Domestic Abuse Protection "
                 "Orders.",
                 "Outreach workers who speak community languages, and support through faith and community groups."]
        for i, (p, n) in enumerate(zip(PRI, notes), 1):
            w.para(f"<b>{i}&nbsp;&nbsp;{p}</b>", size=12.5, color=ACC, after=3)
            w.para(n, after=10)
        w.heading("Our principles", size=15, color=ACC)
        w.bullets(["The victim's safety comes first", "Children are victims in their own right",
                   "We hold the person who harms responsible, not the victim"])

    def p3(w):
        w.heading("Measuring progress", size=17, color=ACC)
        w.table([["Measure", "2025", "2029 target"],
                 ["Households turned away from refuge", "212", "60"],
                 ["Referrals from GP surgeries", "3%", "12%"],
                 ["Repeat referrals to MARAC", "34%", "28%"]], [280, 90, 110], head_bg=ACC)
        w.heading("Governance", size=17, color=ACC)
        w.para("The Domestic Abuse Partnership Board oversees the strategy and reports to the Rixley Community "
               "Safety Partnership and to the Health and Wellbeing Board each year.")

    for n, f in enumerate([p1, p2, p3], 1):
        page(n, f)
    c.save()
    common.normalise_pdf(raw)
    pdf = set_crop_boxes(raw, out / f"{NAME}.pdf", lambda i, mb: [M, M, M + W, M + H])
    return [pdf]
