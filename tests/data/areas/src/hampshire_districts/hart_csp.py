"""Hart Community Safety Partnership Plan 2026-2029.

Layout: the priorities are set around a wheel on p6: five coloured segments (wedges) of a circle, each holding
one priority in white text, around a white hub reading "Safer Hart".  Below the wheel, a key of short labels
("Rural", "ASB" ...) with one sentence each (descriptions, not priorities)."""
from __future__ import annotations

import math

from . import csp_common
from .kit import A4, Brand, Doc, Paragraph, colors, hx, mm, style

FILE = "strategies/hart_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Hart Community Safety Partnership", body="dejavu-serif-cond", head="dejavu-serif",
              primary="#5b2a6e", secondary="#2a7f8f", accent="#d97a1e", tint="#f3eef5", size=A4,
              folio="\u2014 {n} \u2014", folio_pos="bc", heading="rule")

PRIOS = ["Rural and wildlife crime", "Anti-social behaviour", "Fraud and scams", "Domestic abuse and stalking",
         "Protecting young people from exploitation"]
KEY = [("Rural", "Theft from farms, hare coursing and poaching across the district's rural wards."),
       ("ASB", "Nuisance in Fleet town centre, Yateley and Hook, and on the district's open spaces."),
       ("Fraud", "Courier fraud, romance scams and rogue traders targeting older residents."),
       ("Abuse", "Earlier help for victims, and a better response to stalking and harassment."),
       ("Young people", "Keeping children safe from county lines and criminal exploitation.")]
FILLS = ["#5b2a6e", "#2a7f8f", "#d97a1e", "#a23b5a", "#3f6e3a"]

CFG = dict(
    org="Hart Community Safety Partnership", cover_lines=["Hart Community", "Safety Partnership"],
    years="Plan 2026\u20132029", org_line="Hart District Council and partners", cover="circles", seed=6,
    foreword=["Hart is regularly named one of the best places to live in the country, and our crime rate is "
              "one of the lowest in Hampshire. We want to keep it that way.",
              "This plan was agreed by the partnership after a review of crime and disorder data, a survey of "
              "residents and a workshop with parish councils. It is deliberately focused: five priorities, set "
              "out on one page, that every partner has signed up to.",
              "Community safety is everyone's business. Our Neighbourhood Watch schemes, parish councils and "
              "volunteers are part of this partnership too."],
    signed="Chair, Hart Community Safety Partnership",
    quote=("Five priorities, every partner signed up, and progress reported every year.", "Partnership chair"),
    tiles=[("99,000", "residents"), ("41", "crimes per 1,000 people (illustrative)"),
           ("\u00a3480k", "lost to fraud reported by residents"), ("870", "ASB incidents"),
           ("310", "domestic abuse crimes"), ("27", "rural crime reports a month")],
    findings=[("h", "What the data tells us"),
              ("b", ["Fraud is now the crime residents are most likely to experience", "Rural crime is "
                     "concentrated in the south and west of the district", "Stalking reports have risen by a "
                     "third", "County lines activity links Fleet with London and Reading"]),
              ("h", "What residents told us"),
              ("p", "Residents most want visible patrols, action on anti-social behaviour and information "
                    "about scams.")],
    previous=["Serious violence (including knife crime)", "Youth-related anti-social behaviour", "Crimes with "
              "historically low levels of reporting"],
    prev_title="Our 2023\u20132026 aims",
    assessment="Fraud and scams now cause the most financial harm. Anti-social behaviour remains the most "
               "common community concern, and rural crime has a heavy impact on a small number of businesses.",
    actions=[["Rural", "Hare coursing operation with neighbouring forces", "Police", "Sep 2026"],
             ["ASB", "Joint patrols of Fleet Pond and Calthorpe Park", "Council / police", "Jul 2026"],
             ["Fraud", "Scams champions in every parish", "Council", "Mar 2027"],
             ["Abuse", "Stalking awareness for front-line staff", "DA forum", "Dec 2026"],
             ["Young people", "Exploitation training for taxi drivers and hotel staff", "Licensing", "Dec 2026"]],
    measures=[["Rural crime reports", "27 a month", "Down"], ["ASB incidents", "870", "Down"],
              ["Residents reached by scams advice", "1,200", "Up"],
              ["Stalking protection orders applied for", "4", "Up"],
              ["Children referred to exploitation panel", "38", "Monitor"]],
    governance=["The partnership meets quarterly, chaired by the council's portfolio holder for community "
                "safety. A tasking group meets monthly to deal with emerging problems.",
                "Hart works closely with Rushmoor and Basingstoke and Deane on shared issues across north "
                "Hampshire, and with the county-wide boards for domestic abuse, serious violence and drugs.",
                "The council's overview and scrutiny committee reviews the partnership each year."],
    contacts=["Community Safety, Civic Offices, Fleet (illustrative)", "csp@hart-csp.example | 01252 000 000",
              "Report crime on 101 or online. In an emergency call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities for 2026\u20132029")
    y -= d.para("Five priorities, agreed by every partner, around one aim: a safer Hart for everyone who lives "
                "and works here.", style(b.B[0], 10, b.I, 13), m, y, W - 2 * m) + 4 * mm
    R = 74 * mm
    cx, cy = W / 2, y - R - 4 * mm
    n = len(PRIOS)
    for i in range(n):
        a0 = 90 - (i + 1) * 360 / n
        c.setFillColor(hx(FILLS[i]))
        c.setStrokeColor(colors.white)
        c.setLineWidth(3)
        c.wedge(cx - R, cy - R, cx + R, cy + R, a0, 360 / n, stroke=1, fill=1)
    c.setFillColor(colors.white)
    c.circle(cx, cy, R * 0.3, stroke=0, fill=1)
    c.setFillColor(b.P)
    c.setFont(b.Hd[1], 14)
    c.drawCentredString(cx, cy + 1 * mm, "Safer")
    c.drawCentredString(cx, cy - 5 * mm, "Hart")
    for i, t in enumerate(PRIOS):
        mid = math.radians(90 - (i + 0.5) * 360 / n)
        tx, ty = cx + 0.66 * R * math.cos(mid), cy + 0.66 * R * math.sin(mid)
        lines = d.lines(t, b.Hd[1], 11, 34 * mm)
        top = ty + len(lines) * 13 / 2
        d.centred(t, b.Hd[1], 11, tx, top, 34 * mm, colors.white, leading=13)
    y = cy - R - 10 * mm
    cw = (W - 2 * m - 8 * mm) / 2
    for k, (lab, txt) in enumerate(KEY):
        col, row = k % 2, k // 2
        x = m + col * (cw + 8 * mm)
        yy = y - row * 15 * mm
        c.setFillColor(hx(FILLS[k]))
        c.rect(x, yy - 4 * mm, 4 * mm, 4 * mm, stroke=0, fill=1)
        d.para(f'<font name="{b.B[1]}">{lab}</font> \u2013 {txt}', style(b.B[0], 8.5, b.I, 11), x + 6 * mm,
               yy + 0.5 * mm, cw - 6 * mm)


def build(root):
    d = Doc(root / FILE, BRAND, "Hart Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
