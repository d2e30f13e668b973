"""Fareham Community Safety Partnership Plan 2026-2029.

Layout: p6 is a photo mosaic: four simulated photographs (dark rectangles) in a 2 x 2 grid, each with one
priority in white bold type over a darker lower band and a white sentence under it; small photo captions
("Photo: ...") sit in the corners.  A navy strip at the top holds the page title."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, colors, hx, mm, style

FILE = "strategies/fareham_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Fareham Community Safety Partnership", body="lib-sans", head="lib-sans", primary="#14325c",
              secondary="#3aa0d8", accent="#f5a623", tint="#eaf2f9", size=A4, folio="{n}",
              folio_pos="bl", heading="rule", running="Fareham Community Safety Partnership Plan 2026\u20132029")

PRIOS = [("Car meets and anti-social driving", "Photo: Segensworth business park at night",
          "Meets on the business parks and the A27 bring noise, danger and damage. We will use a public spaces "
          "protection order, CCTV and joint patrols.", "#1f2a36"),
         ("Anti-social behaviour in Fareham town centre", "Photo: West Street",
          "A town centre ASB group, shop and pub radio links and youth outreach around the bus station.",
          "#2b2f3a"),
         ("Domestic abuse and stalking", "Photo: posed by models",
          "Specialist outreach, a stalking advocate and awareness through GP surgeries and pharmacies.",
          "#35263a"),
         ("Protecting older people from scams and doorstep crime", "Photo: Portchester",
          "Call blockers, a trusted trader scheme and talks to lunch clubs and sheltered housing.",
          "#23332d")]

CFG = dict(
    org="Fareham Community Safety Partnership", cover_lines=["Community Safety", "Partnership Plan"],
    years="Fareham 2026\u20132029", org_line="Fareham Borough Council and partners", cover="full", seed=14,
    contents="list",
    foreword=["Fareham is a safe borough with low levels of crime. But residents in Warsash, Whiteley and "
              "Segensworth are kept awake by car meets, and traders in the town centre want action on "
              "anti-social behaviour.",
              "This plan focuses on four priorities. We have kept it short so that partners can concentrate "
              "their effort where it will make the most difference.",
              "Our Community Action Team meetings will continue to be the place where residents can raise "
              "local issues with the police and the council."],
    signed="Chair, Fareham Community Safety Partnership",
    quote=("Fewer priorities, done properly, with residents able to see the difference.", "Partnership chair"),
    tiles=[("116,000", "residents"), ("640", "complaints about car meets (illustrative)"),
           ("980", "ASB incidents in the town centre"), ("410", "domestic abuse crimes"),
           ("58", "stalking reports"), ("\u00a3390k", "lost to scams by residents over 65")],
    findings=[("h", "Key findings"),
              ("b", ["Car meets are the issue raised most often at Community Action Team meetings",
                     "Town centre ASB is linked to a small number of young people and street drinkers",
                     "Stalking reports have doubled since 2022", "Doorstep crime targets the Portchester and "
                     "Stubbington areas"])],
    previous=["Anti-social behaviour", "Road safety and car meets", "Domestic abuse", "Vulnerable people"],
    prev_intro="Our last plan had four themes. The strategic assessment reviewed each of them:",
    assessment="All four themes remain relevant. The partnership has narrowed the vulnerable people theme to "
               "scams and doorstep crime against older residents, where the harm is greatest.",
    actions=[["Car meets", "Borough-wide PSPO for car cruising", "Council", "Jul 2026"],
             ["Car meets", "ANPR and CCTV at Segensworth", "Police", "Dec 2026"],
             ["Town centre", "Shop and pub radio link", "Council / traders", "Sep 2026"],
             ["Abuse", "Stalking advocate post", "DA service", "Oct 2026"],
             ["Scams", "Call blockers and trusted trader scheme", "Trading Standards", "Mar 2027"]],
    measures=[["Complaints about car meets", "640", "Down"], ["Town centre ASB incidents", "980", "Down"],
              ["Stalking victims supported by the advocate", "0", "Up"],
              ["Call blockers installed", "45", "Up"]],
    governance=["The partnership meets quarterly. Community Action Team meetings in each area feed local "
                "concerns into its tasking group.",
                "The council's scrutiny board reviews the partnership every year."],
    contacts=["Community Safety, Civic Offices, Fareham (illustrative)", "csp@fareham-csp.example",
              "Report crime on 101; in an emergency call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    c.setFillColor(b.P)
    c.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(b.Hd[1], 24)
    c.drawString(m, H - 20 * mm, "Our priorities for 2026\u20132029")
    c.setFont(b.B[0], 10)
    c.setFillColor(hx("#cfe3f3"))
    c.drawString(m, H - 28 * mm, "Four priorities for the next three years, agreed by every partner.")
    gap = 4 * mm
    top = H - 40 * mm
    cw = (W - 2 * m - gap) / 2
    ch = (top - 24 * mm - gap) / 2
    for i, (t, cap, desc, base) in enumerate(PRIOS):
        r, k = divmod(i, 2)
        x = m + k * (cw + gap)
        y0 = top - (r + 1) * ch - r * gap
        d.photo(x, y0, cw, ch, seed=20 + i, base=base)
        c.setFillColor(colors.Color(0, 0, 0, alpha=0.55))
        c.rect(x, y0, cw, ch * 0.48, stroke=0, fill=1)
        c.setFillColor(b.A)
        c.rect(x + 6 * mm, y0 + ch * 0.48 - 1 * mm, 14 * mm, 2 * mm, stroke=0, fill=1)
        yy = d.left(t, b.Hd[1], 16, x + 6 * mm, y0 + ch * 0.48 - 5 * mm, cw - 12 * mm, colors.white, leading=19)
        d.para(desc, style(b.B[0], 9, hx("#e6eef5"), 12), x + 6 * mm, yy - 3 * mm, cw - 12 * mm)
        c.setFont(b.B[2], 6.5)
        c.setFillColor(hx("#b9c4cf"))
        c.drawRightString(x + cw - 3 * mm, y0 + ch - 5 * mm, cap)


def build(root):
    d = Doc(root / FILE, BRAND, "Fareham Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
