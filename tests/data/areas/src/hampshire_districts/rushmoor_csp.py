"""Safer Rushmoor Partnership Plan 2026-2029 (A4 landscape throughout).

Layout: a horizontal roadmap on p6, "The road to 2029": a grey road with a dashed centre line runs across the
page; five milestone markers sit on it, each with a signpost card holding one priority, alternately above and
below the road, and a date tag ("From April 2026" ...) that is not part of the priority."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, colors, hx, landscape, mm, style

FILE = "strategies/safer_rushmoor_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Safer Rushmoor Partnership", body="lib-narrow", head="lib-narrow", primary="#d35400",
              secondary="#2d3436", accent="#f1c40f", tint="#fbeee6", size=landscape(A4), folio="{n}",
              folio_pos="br", heading="bar", running="Safer Rushmoor \u00b7 Partnership Plan 2026\u20132029")

PRIOS = [("Safer town centres in Aldershot and Farnborough", "From April 2026",
          "Town centre wardens, Pubwatch and a shared radio scheme for retailers."),
         ("Early intervention with young people at risk of offending", "From September 2026",
          "Youth workers in schools and a referral route from police stop and account."),
         ("Domestic abuse and sexual violence", "Throughout 2026\u20132029",
          "Outreach for Nepali- and Fijian-heritage communities and the armed forces."),
         ("Community cohesion and preventing radicalisation", "From January 2027",
          "A cohesion forum and Prevent awareness for community leaders."),
         ("Supporting people sleeping rough", "By March 2028",
          "An assertive outreach team and winter shelter, with health and housing.")]

CFG = dict(
    org="Safer Rushmoor Partnership", cover_lines=["Safer Rushmoor", "Partnership Plan"], years="2026\u20132029",
    org_line="Rushmoor Borough Council \u00b7 Aldershot and Farnborough", cover="full", contents="boxes", seed=8,
    foreword=["Rushmoor is a young, diverse and growing borough. Aldershot is the home of the British Army, and "
              "Farnborough is known around the world for its airshow. Both towns are changing fast, with new "
              "homes and regeneration in both town centres.",
              "This plan sets out the partnership's priorities for the next three years. They are set out as a "
              "roadmap, with a start date for each, because we want residents to be able to see what will "
              "happen and when.",
              "We have listened to residents, to businesses and to our partners in the armed forces and the "
              "Nepali community."],
    signed="Chair, Safer Rushmoor Partnership",
    tiles=[("104,000", "residents"), ("1 in 10", "residents of Nepali heritage (illustrative)"),
           ("2,300", "ASB reports in the two town centres"), ("35", "people sleeping rough at the last "
                                                               "count (illustrative)"),
           ("480", "domestic abuse crimes"), ("62", "young people referred to early help")],
    findings=[("h", "Key findings"),
              ("b", ["Anti-social behaviour and shop theft are concentrated in the two town centres",
                     "First-time entrants to the youth justice system have risen",
                     "Sexual offences are under-reported in some communities",
                     "Rough sleeping has increased around Aldershot station"])],
    previous=["Anti-social behaviour", "Serious violence", "Crimes with historically low levels of reporting",
              "Youth-related crime"],
    assessment="The town centres, young people at risk and domestic and sexual abuse are the highest "
               "priorities. Community tensions after national events and rough sleeping are growing concerns.",
    actions=[["Town centres", "Recruit two town centre wardens", "Council", "Jun 2026"],
             ["Town centres", "Retail radio link and Pubwatch relaunch", "BID / police", "Sep 2026"],
             ["Young people", "Youth workers in three secondary schools", "Youth service", "Sep 2026"],
             ["Abuse", "Community outreach worker for Nepali-heritage families", "DA service", "Jan 2027"],
             ["Cohesion", "Launch a community cohesion forum", "Council", "Jan 2027"],
             ["Rough sleeping", "Assertive outreach team", "Council / ICB", "Mar 2028"]],
    measures=[["ASB reports in the two town centres", "2,300", "Down"],
              ["First-time entrants to the youth justice system", "41", "Down"],
              ["Domestic and sexual abuse reports from under-reporting communities", "52", "Up"],
              ["Prevent awareness sessions held", "6", "Up"], ["People sleeping rough", "35", "Down"]],
    governance=["The Safer Rushmoor Partnership board meets every quarter. Delivery groups lead each "
                "milestone on the roadmap and report progress against it.",
                "We work with Hart and Basingstoke and Deane on north Hampshire issues and with the Aldershot "
                "Garrison on issues affecting service families.",
                "Rushmoor Borough Council's policy and project advisory board acts as the crime and disorder "
                "scrutiny committee."],
    contacts=["Community Safety Team, Council Offices, Farnborough (illustrative)",
              "safer@rushmoor-csp.example | 01252 000 001", "Report crime on 101; in an emergency call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("The road to 2029: our priorities")
    d.para("Our five priorities, with the date from which each one becomes the focus of a delivery group.",
           style(b.B[0], 10.5, b.I, 13), m, y, W - 2 * m)
    ry = H * 0.47
    c.setFillColor(hx("#636e72"))
    c.rect(0, ry - 8 * mm, W, 16 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.5)
    c.setDash(8, 6)
    c.line(0, ry, W, ry)
    c.setDash()
    n = len(PRIOS)
    step = (W - 2 * m) / n
    cw = step * 1.6
    for i, (t, when, note) in enumerate(PRIOS):
        x = m + step * i + step / 2
        c.setFillColor(b.A)
        c.circle(x, ry, 5 * mm, stroke=0, fill=1)
        c.setFillColor(b.S)
        c.setFont(b.Hd[1], 11)
        c.drawCentredString(x, ry - 1.4 * mm, str(i + 1))
        up = i % 2 == 0
        c.setStrokeColor(b.P)
        c.setLineWidth(1.5)
        if up:
            c.line(x, ry + 5 * mm, x, ry + 18 * mm)
            top = ry + 58 * mm
        else:
            c.line(x, ry - 5 * mm, x, ry - 18 * mm)
            top = ry - 18 * mm
        x0 = min(max(x - cw / 2, 10 * mm), W - 10 * mm - cw)
        c.setFillColor(b.P)
        c.roundRect(x0, top - 40 * mm, cw, 40 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(b.A)
        c.setFont(b.B[1], 8.5)
        c.drawString(x0 + 4 * mm, top - 7 * mm, when.upper())
        yy = d.left(t, b.Hd[1], 15, x0 + 4 * mm, top - 10 * mm, cw - 8 * mm, colors.white, leading=17)
        d.para(note, style(b.B[0], 9.5, hx("#ffe9dc"), 12), x0 + 4 * mm, yy - 2 * mm, cw - 8 * mm)
    c.setFont(b.B[0], 8)
    c.setFillColor(colors.grey)
    c.drawString(m, 16 * mm, "Milestones are reviewed by the partnership board every six months.")


def build(root):
    d = Doc(root / FILE, BRAND, "Safer Rushmoor Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
