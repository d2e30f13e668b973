"""Quenford Domestic Abuse Strategy 2026-2029: a board development session's slide deck, printed to PDF as
PowerPoint "Handouts (3 slides per page)": on each A4 portrait page three framed 16:9 slide images down the left,
ruled note lines on the right, the handout header and date at the top and the page number at the foot.
The four priority slides all carry the same generic title, "Our priorities (1 of 4)" ... "(4 of 4)"; the
priority itself is the slide's big text, with a small "Why" and "Lead" line under it. Slides 5-6 (P1, P2) are on
page 2 and slides 7-8 (P3, P4) on page 3. Slide 3 ("Where we've come from") lists the 2023-2026 priorities;
slide 9 is a numbered list of asks of the board."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4

import common
from rl_kit import box, hexc, make_canvas, para_at, text

NAME = "slide_handouts_domestic_abuse"
TITLE = "Quenford DA Strategy - board development session"
W, H = A4
TEAL, DARK, LIGHT = "00695C", "143A36", "E0F2F1"
SW, SH = 960, 540           # slide units (PowerPoint 16:9 at 96 dpi)
SCALE = 250 / SW            # printed slide width 250 pt
PRI = [
    ("Every child who lives with domestic abuse is seen, heard and helped",
     "Why: 1 in 5 referrals to children's social care mention domestic abuse", "Lead: Quenford Children's Services"),
    ("Safe accommodation in Quenford for every survivor who needs it",
     "Why: 41 households were placed outside Quenford last year", "Lead: Quenford Council Housing"),
    ("Perpetrators challenged to change, and held to account when they don't",
     "Why: 38% of high-risk cases are repeat cases", "Lead: Quenford Police and Probation Service"),
    ("Survivors from every community able to find help in their own language",
     "Why: survivors from minoritised communities wait longest for support",
     "Lead: Quenford Domestic Abuse Service"),
]


def chrome(c, n, title):
    box(c, 0, 0, SW, SH, "FFFFFF")
    box(c, 0, SH - 10, SW, 10, TEAL)
    text(c, 48, SH - 78, title, "Sans-Bold", 34, DARK)
    text(c, 48, 22, "Quenford Domestic Abuse Partnership Board  |  OFFICIAL", "Sans", 13, "777777")
    text(c, SW - 40, 22, str(n), "Sans", 13, "777777", anchor="right")


def slide(c, n):
    if n == 1:
        box(c, 0, 0, SW, SH, DARK)
        text(c, 60, SH - 120, "QUENFORD DOMESTIC ABUSE PARTNERSHIP BOARD", "Sans-Bold", 16, "80CBC4", char_space=2)
        para_at(c, "Quenford Domestic Abuse Strategy 2026\u20132029", 60, SH - 170, SW - 160, font="Sans-Bold",
                size=54, leading=62, color="FFFFFF")
        text(c, 60, 110, "Board development session \u00b7 24 June 2026", "Sans", 22, "FFFFFF")
        return
    if n == 2:
        chrome(c, n, "Today's session")
        for i, t in enumerate(["Where we've come from", "What survivors told us", "Our priorities",
                               "Your views and next steps"], start=1):
            text(c, 80, SH - 160 - (i - 1) * 62, f"{i}.", "Sans-Bold", 28, TEAL)
            text(c, 130, SH - 160 - (i - 1) * 62, t, "Sans", 28, "333333")
        return
    if n == 3:
        chrome(c, n, "Where we've come from")
        text(c, 60, SH - 150, "Our 2023\u20132026 strategy had three priorities:", "Sans", 24, "333333")
        for i, (t, s) in enumerate([("Early intervention", "achieved"), ("Safe accommodation", "partly achieved"),
                                    ("Perpetrator programmes", "achieved")]):
            y = SH - 210 - i * 60
            text(c, 80, y, "\u2022  " + t, "Sans", 26, "333333")
            text(c, 520, y, s, "Sans-Italic", 22, TEAL)
        text(c, 60, 80, "Safe accommodation carries forward into the new strategy.", "Sans", 20, "777777")
        return
    if n == 4:
        chrome(c, n, "What survivors told us")
        text(c, 60, SH - 220, "72%", "Sans-Bold", 110, TEAL)
        para_at(c, "of the 480 survivors who answered our survey did not know where to go for help the first time",
                360, SH - 140, 540, size=26, leading=32, color="333333")
        para_at(c, "\u201cI rang the council, then the police, then a helpline. Nobody joined it up.\u201d",
                60, SH - 330, 840, font="Sans-Italic", size=24, leading=30, color=DARK)
        return
    if 5 <= n <= 8:
        i = n - 5
        big, why, lead = PRI[i]
        chrome(c, n, f"Our priorities ({i + 1} of 4)")
        box(c, 48, SH - 120, 6, -250, TEAL)
        h = para_at(c, big, 76, SH - 130, SW - 170, font="Sans-Bold", size=50, leading=58, color=DARK)
        text(c, 76, SH - 168 - h, why, "Sans", 20, "555555")
        text(c, 76, SH - 200 - h, lead, "Sans", 20, TEAL)
        return
    if n == 9:
        chrome(c, n, "What we're asking of the Board")
        for i, t in enumerate(["Agree the four priorities for public consultation", "Nominate a lead for each",
                               "Commit officer time to the action plan", "Sign off the final strategy in October"],
                              start=1):
            text(c, 80, SH - 160 - (i - 1) * 60, f"{i}.", "Sans-Bold", 26, TEAL)
            text(c, 130, SH - 160 - (i - 1) * 60, t, "Sans", 26, "333333")
        text(c, 60, 70, "Questions?", "Sans-Bold", 30, DARK)


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Amira Castellane")
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    sw, sh = SW * SCALE, SH * SCALE
    for page in range(3):
        text(c, 54, H - 40, "Quenford DA Strategy \u2013 board development session", "Sans", 9, "333333")
        text(c, W - 54, H - 40, "24/06/2026", "Sans", 9, "333333", anchor="right")
        for k in range(3):
            n = page * 3 + k + 1
            x, y = 54, H - 90 - (k + 1) * sh - k * 44
            c.saveState()
            c.translate(x, y)
            c.scale(SCALE, SCALE)
            p = c.beginPath()
            p.rect(0, 0, SW, SH)
            c.clipPath(p, stroke=0, fill=0)
            slide(c, n)
            c.restoreState()
            c.saveState()
            c.setStrokeColor(hexc("000000"))
            c.setLineWidth(0.5)
            c.rect(x, y, sw, sh, stroke=1, fill=0)
            c.setStrokeColor(hexc("9E9E9E"))
            c.setLineWidth(0.4)
            for j in range(6):
                ly = y + sh - 14 - j * 20
                c.line(x + sw + 30, ly, W - 54, ly)
            c.restoreState()
        text(c, W - 54, 36, str(page + 1), "Sans", 9, "333333", anchor="right")
        c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
