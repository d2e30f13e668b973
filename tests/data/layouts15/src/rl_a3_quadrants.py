"""Brackenford Serious Violence Strategy 2026-2029: the strategy on a page, an A3 landscape poster in four
quadrants of identical design: "Our vision" (top left), "Our priorities" (top right), "What will help us:
our enablers" (bottom left) and "What success looks like: our outcomes" (bottom right). The priorities,
enablers and outcomes are all four bullets in the same 13 pt type, the same bullet and the same colour; only
the quadrant's heading says which is which. A band across the foot lists the Serious Violence Duty partners
and a key-facts strip sits under the title."""
from __future__ import annotations

from reportlab.lib.pagesizes import A3, landscape

import common
from rl_kit import box, hexc, make_canvas, para_at, text

NAME = "a3_quadrants_poster_serious_violence"
ACC = "5B2A86"
TITLE = "Brackenford Serious Violence Strategy 2026-2029: strategy on a page"
PRIORITIES = [
    ("Preventing knife crime among young people aged 10 to 25",
     "Youth workers in schools and the emergency department; focused deterrence for the highest-risk groups"),
    ("Reducing violence in the night-time economy in Brackenford town centre",
     "Licensing, street pastors and a safe haven on Friday and Saturday nights"),
    ("Stopping domestic violence from escalating to serious harm",
     "Early help for families and a stalking and strangulation pathway"),
    ("Breaking the links between drug markets and violence",
     "Closing county lines and safeguarding every child found dealing"),
]
ENABLERS = [
    ("Sharing data across partners through the Brackenford violence dashboard",
     "One information-sharing agreement for every Duty partner"),
    ("A trained workforce that recognises trauma and exploitation",
     "Trauma-informed practice training for 1,200 frontline staff"),
    ("Listening to young people and communities through the youth violence panel",
     "Young people help to choose what we fund"),
    ("Funding that lasts beyond a single year for what works",
     "Three-year grants for programmes with evidence of impact"),
]
OUTCOMES = [
    ("Fewer hospital admissions for assault with a sharp object",
     "From 41 in 2025-26 to 30 or fewer in 2028-29"),
    ("Fewer homicides and knife-enabled offences in Brackenford",
     "A 20% fall in knife-enabled offences by 2029"),
    ("Fewer repeat victims of domestic violence with injury",
     "Repeat victims down from 27% to 20%"),
    ("Young people who feel safe in their neighbourhood",
     "Measured by the annual Brackenford schools survey"),
]


def quadrant(c, x, y, w, h, heading, kicker, items=None, body=None, after=None):
    box(c, x, y, w, h, "FFFFFF", stroke="D9CCE6", radius=10)
    box(c, x, y + h - 54, w, 54, ACC, radius=10)
    box(c, x, y + h - 54, w, 20, ACC)
    text(c, x + 24, y + h - 38, heading, "Sans-Bold", 20, "FFFFFF")
    top = y + h - 74
    if kicker:
        top -= para_at(c, kicker, x + 24, top, w - 48, size=11, color="555555", leading=14) + 8
    if body:
        top -= para_at(c, body, x + 24, top, w - 48, font="Sans-Italic", size=19, color=ACC, leading=25) + 16
    if after:
        top -= para_at(c, after, x + 24, top, w - 48, size=12, color="333333", leading=16) + 12
    for it, sub in items or []:
        # every bullet list on the poster is drawn by this one routine: same bullet, size and colour
        c.saveState()
        c.setFillColor(hexc(ACC))
        c.circle(x + 30, top - 9, 5, stroke=0, fill=1)
        c.restoreState()
        top -= para_at(c, it, x + 46, top, w - 74, size=14, color="222222", leading=17) + 2
        top -= para_at(c, sub, x + 46, top, w - 74, size=10, color="666666", leading=12) + 9
    assert top > y + 6, (heading, top - y)


def finish(work, out):
    path = out / f"{NAME}.pdf"
    size = landscape(A3)
    W, H = size
    c = make_canvas(path, TITLE, "Brackenford Serious Violence Partnership", pagesize=size)
    box(c, 0, 0, W, H, "F4EFF8")
    # title band
    box(c, 0, H - 96, W, 96, ACC)
    text(c, 40, H - 52, "Brackenford Serious Violence Strategy 2026-2029", "Sans-Bold", 28, "FFFFFF")
    text(c, 40, H - 80, "Our strategy on a page", "Sans", 15, "E2D6EE")
    text(c, W - 40, H - 52, "Brackenford Serious Violence Partnership", "Sans-Bold", 13, "FFFFFF", anchor="right")
    text(c, W - 40, H - 72, "Serious Violence Duty: Police, Crime, Sentencing and Courts Act 2022", "Sans", 10,
         "E2D6EE", anchor="right")
    # key facts strip
    facts = [("41", "hospital admissions for assault with a sharp object, 2025-26"),
             ("62%", "of knife offences involved someone aged under 25"),
             ("1 in 3", "violent offences in the town centre happen between 10pm and 4am"),
             ("27%", "of domestic violence with injury victims were repeat victims")]
    fw = (W - 80 - 3 * 16) / 4
    for i, (n, s) in enumerate(facts):
        fx = 40 + i * (fw + 16)
        box(c, fx, H - 168, fw, 58, "FFFFFF", radius=6)
        text(c, fx + 14, H - 148, n, "Sans-Bold", 22, ACC)
        para_at(c, s, fx + 100, H - 120, fw - 112, size=9.5, color="333333", leading=12)
    # four quadrants
    gx, gy, gap = 40, 78, 20
    qw = (W - 2 * gx - gap) / 2
    qh = (H - 184 - gy - gap) / 2
    top_y = gy + qh + gap
    quadrant(c, gx, top_y, qw, qh, "Our vision",
             "What the partnership is working towards by 2029",
             body="A Brackenford where nobody is seriously hurt or killed by violence, and where every young "
                  "person can grow up safe from harm and from being drawn into it.",
             after="<b>Our approach.</b> We take a public health approach: we look for the causes of violence, "
                   "act early, use evidence and work with communities, not on them. Serious violence in this "
                   "strategy means homicide, violence with injury, knife and weapon crime, robbery and domestic "
                   "violence with injury, in public places and at home.")
    quadrant(c, gx + qw + gap, top_y, qw, qh, "Our priorities",
             "Where we will focus our shared effort and funding from 2026 to 2029", items=PRIORITIES)
    quadrant(c, gx, gy, qw, qh, "What will help us: our enablers",
             "The conditions we need to put in place to deliver", items=ENABLERS)
    quadrant(c, gx + qw + gap, gy, qw, qh, "What success looks like: our outcomes",
             "What we will measure and report to the partnership every quarter", items=OUTCOMES)
    # partner band
    text(c, 40, 52, "Partners: Brackenford Borough Council \u2022 Kingsmere Police \u2022 Kingsmere Fire and Rescue "
         "Service \u2022 NHS Kingsmere Integrated Care Board \u2022 Probation Service \u2022 Brackenford Youth "
         "Justice Service", "Sans", 10, "333333")
    text(c, 40, 34, "The full strategy, the strategic needs assessment and the annual delivery plan are at "
         "brackenford.example.gov.uk/seriousviolence", "Sans", 10, "333333")
    text(c, W - 40, 34, "Published December 2026", "Sans", 10, "333333", anchor="right")
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
