"""indesign_jump_lines_page_labels_csp.pdf: the Tarnley Community Safety Partnership's strategy laid out in a desktop
publishing program (InDesign-style) and exported as a print PDF (reportlab, A4 portrait, 6 pages).

What the DTP export does, imitated here:
  * page LABELS (/PageLabels): the document has two sections, front matter numbered i, ii and the body numbered
    from 1, so a viewer shows pages 1-6 of the file as "i", "ii", "1", "2", "3", "4"; the printed folios and the
    contents page use the same numbers;
  * THREADED text frames: "Our priorities" is one story that flows through two columns on page 4 (folio 2), jumps
    over the feature page (folio 3, a separate story of its own) and goes on in the first column of page 6
    (folio 4). The story breaks in the middle of priority 3's text, with a jump line "Continued on page 4" under
    the column and "Continued from page 2" over the continuation, beside a small "OUR PRIORITIES (continued)"
    kicker.

Gold: priorities 1-3 are on PDF page 4 (folio 2), priorities 4 and 5 on PDF page 6 (folio 4). The contents page
and the jump lines give printed folios ("page 2", "page 4"), which are not PDF page numbers.

Not gold: the Police and Crime Commissioner's three priorities (a sidebar on page 3), the assessment's four
findings (big numerals, page 3), the feature page's "2023-2026 at a glance" timeline with the last strategy's three
priorities (page 5), the measures table with short names (page 6).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Frame, Paragraph, Spacer

import common
from rl_kit import box, hexc, make_canvas, para_at, style, text

NAME = "indesign_jump_lines_page_labels_csp"
TITLE = "Safer Tarnley: Community Safety Strategy 2026-2029"
W, H = A4
M = 48
GUTTER = 18
COLW = (W - 2 * M - GUTTER) / 2
F1_BOTTOM = 300  # the first column's frame ends here, above the pull quote
F2_BOTTOM = 470  # the second column's frame ends here: the story jumps to page 6
PLUM = "4B2142"
GOLD = "D99A22"
INK = "232323"
GREY = "666666"

PRIORITIES = [
    ("Tackling anti-social behaviour in neighbourhoods and on public transport",
     ["Anti-social behaviour is the issue residents raise with us most, and it is not only a town-centre problem. "
      "Reports on the number 12 and 14 bus routes rose by a third last year, and four estates account for almost "
      "half of all calls.",
      "We will use a single case-management system for every partner, so that a victim of repeated anti-social "
      "behaviour is recognised the second time they call, not the fifth. Neighbourhood teams will hold a monthly "
      "problem-solving meeting in each of the four estates, and bus operators will join the partnership's tasking "
      "group."]),
    ("Keeping people safe from exploitation and modern slavery",
     ["Exploitation takes many forms in Tarnley: children drawn into dealing, adults cuckooed in their own homes, "
      "and workers held in car washes and nail bars.",
      "We will train frontline staff in every partner to spot the signs, run joint visits with the Gangmasters "
      "and Labour Abuse Authority, and set up one referral route for adults at risk of cuckooing."]),
    ("A safer town centre at night",
     ["Tarnley's night-time economy has grown by a quarter since 2023, and with it violence, drink spiking and "
      "harassment of women and girls.",
      "We will keep the Friday and Saturday safe space open all year, train bar and door staff under the Ask for "
      "Angela scheme, and bring licensing, taxi marshals and CCTV into one night-time plan. The plan will be "
      "written with the Tarnley Business Improvement District and published by March 2027, with a progress "
      "check every six months at the partnership board.",
      "Women and girls told us that the walk from the town centre to the bus station is where they feel least "
      "safe. Lighting and CCTV on that route will be the first changes we make."]),
    ("Reducing reoffending by prolific neighbourhood offenders",
     ["A small group of people commit a large share of neighbourhood crime. Integrated Offender Management will "
      "focus on the 40 people who cause most harm, with housing, treatment and employment support alongside "
      "enforcement."]),
    ("Building confidence to report hate crime",
     ["Hate crime is under-reported in Tarnley, particularly by disabled people and by LGBT+ residents. We will "
      "open three new third-party reporting centres, publish what happens after a report, and run a campaign "
      "with the Tarnley Disability Forum."]),
]


def folio(c, label, left):
    if left:
        text(c, M, 30, label, "Sans-Bold", 9, PLUM)
        text(c, M + 20, 30, "Safer Tarnley 2026\u20132029", "Sans", 8, GREY)
    else:
        text(c, W - M, 30, label, "Sans-Bold", 9, PLUM, anchor="right")
        text(c, W - M - 20, 30, "Tarnley Community Safety Partnership", "Sans", 8, GREY, anchor="right")


def cover(c):
    box(c, 0, 0, W, H, PLUM)
    box(c, 0, 250, W, 8, GOLD)
    text(c, M, H - 90, "TARNLEY COMMUNITY SAFETY PARTNERSHIP", "Sans-Bold", 11, GOLD)
    text(c, M, H - 190, "Safer Tarnley", "Sans-Bold", 54, "FFFFFF")
    text(c, M, H - 232, "Community Safety Strategy 2026\u20132029", "Sans", 22, "FFFFFF")
    text(c, M, 200, "Tarnley Borough Council \u2022 Tarnley Police \u2022 Fire and Rescue \u2022 NHS \u2022 Probation",
         "Sans", 10, "E8D9E4")
    c.showPage()


def contents_foreword(c):
    text(c, M, H - 80, "Contents", "Sans-Bold", 24, PLUM)
    rows = [("Foreword", "ii"), ("Where we are now", "1"), ("Our priorities", "2"),
            ("In focus: Tarnley after dark", "3"), ("Measuring progress and governance", "4")]
    y = H - 115
    for t, p in rows:
        text(c, M, y, t, "Sans", 12, INK)
        text(c, M + 260, y, p, "Sans-Bold", 12, GOLD, anchor="right")
        c.setStrokeColor(hexc("DDDDDD"))
        c.line(M, y - 6, M + 260, y - 6)
        y -= 24
    text(c, M, H - 290, "Foreword", "Sans-Bold", 24, PLUM)
    fw = ("Tarnley is a safe place to live, work and visit, and most residents tell us they feel safe in their "
          "own neighbourhood. But safety is not felt evenly. People on four of our estates, women in the town "
          "centre at night and disabled residents all told us, in different ways, that they feel less safe than "
          "they did three years ago.<br/><br/>This strategy is the partnership's plan for the next three years. It "
          "is based on our strategic assessment, on 1,870 replies to our community safety survey and on what "
          "partners see every day. It is deliberately short: five priorities, a small set of measures, and a "
          "promise to report on them every year.<br/><br/><b>Councillor Ruth Okonedo-Vale</b><br/>Chair, Tarnley "
          "Community Safety Partnership")
    para_at(c, fw, M, H - 305, COLW, font="Sans", size=10, leading=14, color=INK)
    box(c, M + COLW + GUTTER, 120, COLW, H - 425, "F3EDF2")
    para_at(c, "<b>About this document</b><br/>The Crime and Disorder Act 1998 requires the partnership to "
               "publish a plan to reduce crime and disorder, to combat substance misuse and to reduce "
               "reoffending. This strategy is that plan. An easy read version and a large print version are "
               "available from the community safety team.", M + COLW + GUTTER + 12, H - 318, COLW - 24,
            font="Sans", size=9.5, leading=13, color=INK)
    folio(c, "ii", left=True)
    c.showPage()


def where_we_are(c):
    text(c, M, H - 80, "Where we are now", "Sans-Bold", 28, PLUM)
    body = ("Recorded crime in Tarnley fell by 4% between 2023 and 2025, but anti-social behaviour, shoplifting "
            "and violence in the night-time economy all rose. The strategic assessment, completed in February "
            "2026, looked at three years of police, council, health and fire data and at the 2025 community "
            "safety survey. Its main findings are set out below.")
    para_at(c, body, M, H - 100, COLW, font="Sans", size=10, leading=14, color=INK)
    findings = [("1", "Anti-social behaviour is concentrated on four estates and two bus routes."),
                ("2", "Violence in the night-time economy rose 18% in two years."),
                ("3", "Exploitation referrals doubled, most of them for children."),
                ("4", "Only one in five hate crimes reported in the survey reached the police.")]
    y = H - 230
    for n, f in findings:
        text(c, M, y - 26, n, "Sans-Bold", 34, GOLD)
        para_at(c, f, M + 36, y, COLW - 36, font="Sans-Bold", size=11, leading=14, color=PLUM)
        y -= 62
    x2 = M + COLW + GUTTER
    box(c, x2, H - 470, COLW, 390, "F3EDF2")
    para_at(c, "<b>The Police and Crime Commissioner's priorities</b><br/><br/>The Police and Crime Plan for the "
               "county (2025\u20132029) sets three priorities that this strategy supports:",
            x2 + 12, H - 92, COLW - 24, font="Sans", size=10, leading=14, color=INK)
    y = H - 180
    for b in ["Putting victims first", "Fighting crime in every neighbourhood", "A police service the public trusts"]:
        para_at(c, "\u2022 " + b, x2 + 12, y, COLW - 24, font="Sans-Bold", size=10.5, leading=14, color=PLUM)
        y -= 22
    para_at(c, "The Commissioner funds the town-centre safe space and two of our third-party reporting centres.",
            x2 + 12, y - 6, COLW - 24, font="Sans", size=10, leading=14, color=INK)
    folio(c, "1", left=False)
    c.showPage()


def story():
    kick = style(font="Sans-Bold", size=8.5, color=GOLD, leading=11, spaceAfter=2)
    head = style(font="Sans-Bold", size=14, color=PLUM, leading=17, spaceBefore=8, spaceAfter=5)
    body = style(font="Sans", size=10, color=INK, leading=14, spaceAfter=6)
    items = []
    for i, (t, paras) in enumerate(PRIORITIES, start=1):
        items.append(Paragraph(f"PRIORITY {i}", kick))
        items.append(Paragraph(t, head))
        for p in paras:
            items.append(Paragraph(p, body))
        items.append(Spacer(1, 6))
    return items


def priorities_page(c, items):
    text(c, M, H - 80, "Our priorities", "Sans-Bold", 28, PLUM)
    para_at(c, "The partnership has agreed five priorities for 2026\u20132029. Each has a lead officer and a "
               "delivery group, and each is measured on page 4.", M, H - 96, W - 2 * M, font="Sans", size=11,
            leading=15, color=GREY)
    top = H - 140
    f1 = Frame(M, F1_BOTTOM, COLW, top - F1_BOTTOM, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    f2 = Frame(M + COLW + GUTTER, F2_BOTTOM, COLW, top - F2_BOTTOM, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
               showBoundary=0)
    f1.addFromList(items, c)
    f2.addFromList(items, c)
    # pull quote under the first column
    box(c, M, 64, COLW, F1_BOTTOM - 84, PLUM)
    para_at(c, "\u201cI want to be able to get the bus home without someone kicking off every night.\u201d",
            M + 14, F1_BOTTOM - 40, COLW - 28, font="Serif-Italic", size=17, leading=22, color="FFFFFF")
    text(c, M + 14, 80, "Survey respondent, Orchard Vale estate", "Sans", 8.5, "E8D9E4")
    text(c, W - M, F2_BOTTOM - 12, "Continued on page 4 \u25b8", "Sans-Bold", 8.5, GOLD, anchor="right")
    # a photograph under the second column (drawn as flat shapes), with its caption
    x2 = M + COLW + GUTTER
    box(c, x2, 64, COLW, F2_BOTTOM - 100, "B9A7B5")
    box(c, x2, 64, COLW, 40, "8E7789")
    for k in range(5):
        box(c, x2 + 20 + k * 44, 104, 16, 40 + 13 * (k % 3), "6E5869")
        c.setFillColor(hexc("6E5869"))
        c.circle(x2 + 28 + k * 44, 154 + 13 * (k % 3), 10, stroke=0, fill=1)
    text(c, x2, 52, "Street marshals on Market Street, Saturday night", "Sans-Italic", 8, GREY)
    folio(c, "2", left=True)
    c.showPage()


def feature(c):
    box(c, 0, H - 360, W, 360, "2C1327")
    text(c, M, H - 70, "IN FOCUS", "Sans-Bold", 10, GOLD)
    text(c, M, H - 110, "Tarnley after dark", "Sans-Bold", 34, "FFFFFF")
    para_at(c, "On a Saturday night up to 9,000 people come into Tarnley town centre. We spent a night with the "
               "street marshals, the safe space volunteers and the CCTV operators to see what keeps them safe, and "
               "what does not.", M, H - 130, W - 2 * M, font="Sans", size=12, leading=17, color="F2E6EE")
    para_at(c, "\u201cMost of what we do is simple: a phone charger, a glass of water, a call to a friend. It "
               "stops a bad night becoming a dangerous one.\u201d", M, H - 220, W - 2 * M - 60, font="Serif-Italic",
            size=16, leading=21, color=GOLD)
    text(c, M, H - 300, "Safe space volunteer, Market Street", "Sans", 9, "F2E6EE")
    body = ("The safe space opened in 2024 as a pilot funded by the Police and Crime Commissioner. In its first "
            "year it helped 612 people, a third of whom were taken home or to hospital by volunteers or "
            "marshals. Door staff now radio the safe space directly, and the taxi marshals at Station Road have "
            "cut the queue at closing time from forty minutes to twelve.")
    para_at(c, body, M, H - 385, COLW, font="Sans", size=10, leading=14, color=INK)
    x2 = M + COLW + GUTTER
    text(c, x2, H - 395, "2023\u20132026 at a glance", "Sans-Bold", 13, PLUM)
    para_at(c, "Our last strategy had three priorities:", x2, H - 405, COLW, font="Sans", size=10, leading=14,
            color=INK)
    y = H - 430
    for yr, t in [("2023", "Reducing violent crime"), ("2024", "Safer neighbourhoods"),
                  ("2025", "Protecting vulnerable people")]:
        text(c, x2, y - 12, yr, "Sans-Bold", 11, GOLD)
        para_at(c, t, x2 + 42, y, COLW - 42, font="Sans-Bold", size=11, leading=14, color=PLUM)
        y -= 30
    para_at(c, "Each was led by a delivery group that has now closed. Their final report is on the partnership's "
               "website.", x2, y - 4, COLW, font="Sans", size=9, leading=12, color=GREY)
    folio(c, "3", left=False)
    c.showPage()


def continuation(c, items):
    text(c, M, H - 60, "OUR PRIORITIES (continued)", "Sans-Bold", 9, GOLD)
    text(c, M, H - 74, "Continued from page 2", "Sans-Italic", 8.5, GREY)
    f3 = Frame(M, 250, COLW, H - 90 - 250, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f3.addFromList(items, c)
    if items:
        raise SystemExit(f"{NAME}: the priorities story overflows page 6: {[getattr(i, 'text', '')[:40] for i in items]}")
    x2 = M + COLW + GUTTER
    text(c, x2, H - 88, "Measuring progress", "Sans-Bold", 18, PLUM)
    rows = [("ASB", "ASB incidents on the four estates", "\u221210%"),
            ("Exploitation", "Adults at risk of cuckooing with a plan in 10 days", "90%"),
            ("Night-time", "Violence with injury, town centre, 8pm\u20134am", "\u221215%"),
            ("IOM", "Reoffending by IOM cohort (12 months)", "\u221220%"),
            ("Hate crime", "Reports via third-party centres", "+50%")]
    y = H - 106
    for short, m, tgt in rows:
        h = para_at(c, f"<b>{short}</b> \u2014 {m}", x2, y, COLW - 50, font="Sans", size=9.5, leading=12.5,
                    color=INK)
        text(c, W - M, y - 10, tgt, "Sans-Bold", 10, GOLD, anchor="right")
        y -= h + 10
    text(c, M, 215, "Governance", "Sans-Bold", 18, PLUM)
    para_at(c, "The Community Safety Partnership board meets quarterly and reports once a year to the council's "
               "Overview and Scrutiny Committee and to the Police and Crime Panel. Each priority has a delivery "
               "group chaired by a lead partner. The strategy will be refreshed in 2027 after the next strategic "
               "assessment.", M, 203, W - 2 * M, font="Sans", size=10, leading=14, color=INK)
    folio(c, "4", left=True)
    c.showPage()


def finish(work: Path, out: Path) -> list[Path]:
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Tarnley Community Safety Partnership")
    c.setCreator("Adobe InDesign 19.3 (Windows)")
    c.addPageLabel(0, style="ROMAN_LOWER", start=1)
    c.addPageLabel(2, style="ARABIC", start=1)
    items = story()
    cover(c)
    contents_foreword(c)
    where_we_are(c)
    priorities_page(c, items)
    feature(c)
    continuation(c, items)
    c.save()
    common.normalise_pdf(path)
    return [path]
