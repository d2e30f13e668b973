"""Eastleigh Community Safety Partnership Plan 2026-2029.

Layout: p6 sets the five priorities in rounded cards, two a row (the fifth centred), each with a pictogram
drawn from shapes in a circle on its left (house, knife-free shield, heart, coin, shop front), the priority in
bold condensed type and one sentence beneath.  A strip of three "fast facts" sits above the cards."""
from __future__ import annotations

from . import csp_common
from .kit import A4, Brand, Doc, colors, hx, mm, style

FILE = "strategies/eastleigh_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Eastleigh Community Safety Partnership", body="dejavu-cond", head="dejavu-cond",
              primary="#1e7b45", secondary="#0f3d56", accent="#9bd14f", tint="#eaf5ee", size=A4,
              folio="Eastleigh CSP \u00b7 page {n}", folio_pos="bc", heading="block")

PRIOS = [("house", "Anti-social behaviour in our parks and open spaces",
          "Lakeside, Fleming Park and the Itchen Valley: patrols, lighting and youth outreach."),
         ("shield", "Serious youth violence and knife crime",
          "Knife-crime education in every secondary school and a youth worker in the custody suite."),
         ("heart", "Domestic abuse",
          "Quicker access to support, and a domestic abuse champion in every partner agency."),
         ("coin", "Fraud and scams",
          "Awareness for older residents and small businesses, with Trading Standards."),
         ("store", "Shop theft and retail crime",
          "A retail crime partnership for Swan Centre traders and the borough's district centres.")]

CFG = dict(
    org="Eastleigh Community Safety Partnership", cover_lines=["Eastleigh", "Community Safety", "Plan"],
    years="2026\u20132029", org_line="Eastleigh Borough Council \u00b7 working together for a safer borough",
    cover="circles", contents="boxes", seed=13,
    foreword=["Eastleigh has grown rapidly over the last decade, with thousands of new homes in Boorley Green, "
              "Hedge End and West End. Our partnership has to keep pace with that growth.",
              "This plan sets five priorities agreed by every partner. They respond to our strategic "
              "assessment and to the views of more than 900 residents, young people and local businesses.",
              "Each priority has a lead partner and a small delivery group. We will report on progress every "
              "year."],
    signed="Chair, Eastleigh Community Safety Partnership",
    tiles=[("138,000", "residents"), ("1,620", "ASB reports (illustrative)"), ("74", "knife-enabled "
                                                                             "offences"),
           ("690", "domestic abuse crimes"), ("\u00a3520k", "lost to fraud reported by residents"),
           ("+28%", "shop theft in two years")],
    findings=[("h", "Key findings"),
              ("b", ["Anti-social behaviour has moved from the town centre to parks and open spaces",
                     "Most knife offences involve under-25s", "Shop theft has risen sharply in the Swan "
                     "Centre", "Residents over 70 lose the most to fraud"])],
    previous=["Anti-social behaviour", "Serious violence", "Domestic abuse", "Vulnerability and exploitation"],
    assessment="Anti-social behaviour, youth violence and domestic abuse remain priorities. Fraud and shop "
               "theft are added because of rising reports and their impact on residents and businesses.",
    actions=[["Parks", "Improved lighting and CCTV at Lakeside", "Council", "Mar 2027"],
             ["Youth violence", "Knife-crime education in every secondary school", "VRU / schools",
              "Jul 2026"],
             ["Abuse", "Domestic abuse champions in partner agencies", "DA forum", "Dec 2026"],
             ["Fraud", "Scams awareness in sheltered housing", "Trading Standards", "Oct 2026"],
             ["Retail", "Retail crime partnership and radio link", "Police / traders", "Sep 2026"]],
    measures=[["ASB reports in parks and open spaces", "610", "Down"], ["Knife-enabled offences", "74",
                                                                        "Down"],
              ["Domestic abuse champions trained", "20", "Up"], ["Fraud victims supported", "140", "Up"],
              ["Shop theft offences", "1,180", "Down"]],
    governance=["The partnership meets quarterly and is chaired by the council's cabinet member for community "
                "safety. Delivery groups meet monthly.",
                "We work closely with Southampton on cross-border issues, and with the county-wide domestic "
                "abuse, serious violence and drugs partnerships.",
                "The council's scrutiny panel reviews the partnership every year."],
    contacts=["Community Safety, Eastleigh House (illustrative)", "csp@eastleigh-csp.example",
              "Report crime on 101; in an emergency call 999."],
)


def priority_page(d: Doc):
    W, H = d.new()
    b, c = d.b, d.c
    m = b.margin
    y = d.heading("Our priorities for 2026\u20132029")
    facts = [("5", "priorities"), ("9", "partner agencies"), ("900+", "people consulted")]
    fw = (W - 2 * m - 8 * mm) / 3
    for k, (n, t) in enumerate(facts):
        x = m + k * (fw + 4 * mm)
        c.setFillColor(b.T)
        c.roundRect(x, y - 16 * mm, fw, 16 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(b.P)
        c.setFont(b.Hd[1], 18)
        c.drawString(x + 5 * mm, y - 10.5 * mm, n)
        c.setFont(b.B[0], 9)
        c.setFillColor(b.I)
        c.drawString(x + 5 * mm + c.stringWidth(n, b.Hd[1], 18) + 3 * mm, y - 10 * mm, t)
    y -= 24 * mm
    cw = (W - 2 * m - 6 * mm) / 2
    ch = 44 * mm
    for i, (ic, t, desc) in enumerate(PRIOS):
        r, k = divmod(i, 2)
        x = m + k * (cw + 6 * mm) if i < 4 else (W - cw) / 2
        top = y - r * (ch + 6 * mm)
        c.setFillColor(colors.white)
        c.setStrokeColor(b.P)
        c.setLineWidth(1.2)
        c.roundRect(x, top - ch, cw, ch, 6 * mm, stroke=1, fill=1)
        d.icon(ic, x + 13 * mm, top - 14 * mm, 8.5 * mm, colors.white, bg=b.P)
        yy = d.left(t, b.Hd[1], 12.5, x + 26 * mm, top - 7 * mm, cw - 31 * mm, b.S, leading=15)
        d.para(desc, style(b.B[0], 8.8, b.I, 11.5), x + 26 * mm, yy - 2 * mm, cw - 31 * mm)
    y = y - 3 * (ch + 6 * mm) - 4 * mm
    c.setFillColor(b.T)
    c.rect(m, 20 * mm, W - 2 * m, y - 20 * mm, stroke=0, fill=1)
    d.flow(d.story([("h", "How we chose them"),
                    ("p", "Each issue in the strategic assessment was scored for harm, volume, trend and "
                          "public concern. Burglary and vehicle crime scored lower than in 2023 and are now "
                          "handled by the police's own neighbourhood plans. Serious violence is also a "
                          "county-wide priority of the Violence Reduction Unit; our priority is its local part."),
                    ("p", "Each card has a lead partner, named in the action plan on the next page.")], 9),
           [(m + 5 * mm, 24 * mm, W - 2 * m - 10 * mm, y - 28 * mm)])


def build(root):
    d = Doc(root / FILE, BRAND, "Eastleigh Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, priority_page)
