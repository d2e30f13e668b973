"""Test Valley Community Safety Partnership Plan 2026-2029.

Layout: p6 is a fold-out A3 landscape poster ("Safer Test Valley 2026-2029").  A vision band across the top,
then five columns: each has a coloured header holding one priority in white, with "We will" bullets and
"How we will know" measures below it; a strip of values and partners along the foot."""
from __future__ import annotations

from . import csp_common
from .kit import A3, A4, Brand, Doc, Paragraph, colors, hx, landscape, mm, style

FILE = "strategies/test_valley_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Test Valley Community Safety Partnership", body="lib-sans", head="lib-sans",
              primary="#4a2c82", secondary="#2b8a7e", accent="#8cc63f", tint="#f0ecf6", size=A4,
              folio="Test Valley CSP  |  {n}", folio_pos="br", heading="band")

COLS = ["#4a2c82", "#2b8a7e", "#6d8a1f", "#b03a6a", "#1f5f99"]
PRIOS = [("Reducing anti-social behaviour in Andover and Romsey",
          ["Run joint action days on the estates with the most reports", "Use community protection warnings "
           "early", "Fund youth activities on Friday nights"], ["ASB reports", "Repeat locations"]),
         ("Keeping young people safe from exploitation and county lines",
          ["Train school and taxi staff to spot the signs", "Share intelligence through the exploitation "
           "panel", "Mentoring for children at risk"], ["Referrals to the panel", "Missing episodes"]),
         ("Rural and heritage crime",
          ["Support Country Watch and Horse Watch", "Protect heritage sites and churches from metal theft",
           "Target hare coursing"], ["Rural crime reports", "Heritage crimes"]),
         ("Tackling domestic abuse",
          ["Promote Clare's Law and the outreach service", "Run awareness weeks with employers",
           "Support children who witness abuse"], ["Repeat victims", "Referrals to outreach"]),
         ("Reducing harm from drugs and alcohol",
          ["Open a recovery hub in Andover", "Support drug testing on arrest referrals",
           "Work with licensees on drink spiking"], ["Treatment starts", "Alcohol-related incidents"])]

CFG = dict(
    org="Test Valley Community Safety Partnership", cover_lines=["Safer", "Test Valley"],
    years="Community Safety Partnership Plan 2026\u20132029", org_line="Test Valley Borough Council and partners",
    cover="stripe", contents="list", seed=12,
    foreword=["Test Valley stretches from the outskirts of Southampton to the Wiltshire border, with the towns "
              "of Andover and Romsey and more than sixty villages. Crime is low, but residents tell us that "
              "anti-social behaviour, rural crime and drug dealing affect how safe they feel.",
              "This plan sets the partnership's priorities for 2026 to 2029. The fold-out page in the middle of "
              "the plan shows everything on a single sheet, so that partners can pin it on the wall.",
              "We thank everyone who took part in our consultation."],
    signed="Chair, Test Valley Community Safety Partnership",
    tiles=[("132,000", "residents"), ("63", "parishes"), ("1,950", "ASB reports (illustrative)"),
           ("33", "children referred to the exploitation panel"), ("540", "domestic abuse crimes"),
           ("190", "adults in drug or alcohol treatment")],
    findings=[("h", "Key findings"),
              ("b", ["Anti-social behaviour is highest in three Andover estates and central Romsey",
                     "County lines from London and Southampton reach Andover", "Metal theft from churches has "
                     "risen", "Drug and alcohol use is a factor in a third of violent crime"])],
    previous=["Anti-social behaviour", "Exploitation of vulnerable people", "Domestic abuse", "Rural crime"],
    assessment="The previous priorities remain relevant. Drug and alcohol harm is added because of its link "
               "to violence and anti-social behaviour in Andover.",
    actions=[["ASB", "Quarterly joint action days on three estates", "Council", "Jun 2026"],
             ["Exploitation", "Spot the signs training for taxi drivers", "Licensing", "Sep 2026"],
             ["Rural", "SmartWater for twenty churches", "Police / diocese", "Mar 2027"],
             ["DA", "Employer awareness week", "DA forum", "Nov 2026"],
             ["Drugs", "Andover recovery hub", "Treatment provider", "Apr 2027"]],
    measures=[["ASB reports", "1,950", "Down"], ["Children referred to the exploitation panel", "33",
                                                   "Monitor"],
              ["Heritage and rural crimes", "310", "Down"], ["Repeat domestic abuse victims", "29%", "Down"],
              ["Adults starting treatment", "190", "Up"]],
    governance=["The partnership board meets quarterly and a joint action group meets monthly.",
                "Test Valley's overview and scrutiny committee reviews the partnership each year.",
                "We work with the Southampton and Hampshire combating drugs partnerships and the Violence "
                "Reduction Unit."],
    contacts=["Community Safety, Beech Hurst, Andover (illustrative)", "csp@testvalley-csp.example",
              "Report crime on 101; in an emergency call 999."],
)


def poster(d: Doc):
    W, H = d.new(size=landscape(A3), folio=False)
    b, c = d.b, d.c
    m = 16 * mm
    c.setFillColor(b.P)
    c.rect(0, H - 46 * mm, W, 46 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(b.Hd[1], 30)
    c.drawString(m, H - 22 * mm, "Safer Test Valley 2026\u20132029")
    c.setFont(b.B[0], 13)
    c.setFillColor(hx("#e3dcf0"))
    c.drawString(m, H - 34 * mm, "Our vision: a borough where people are safe, and feel safe, in their homes, "
                                 "streets and countryside.")
    n = len(PRIOS)
    gap = 5 * mm
    cw = (W - 2 * m - (n - 1) * gap) / n
    top = H - 56 * mm
    for i, (t, will, know) in enumerate(PRIOS):
        x = m + i * (cw + gap)
        c.setFillColor(hx(COLS[i]))
        c.rect(x, top - 40 * mm, cw, 40 * mm, stroke=0, fill=1)
        d.left(t, b.Hd[1], 16, x + 5 * mm, top - 6 * mm, cw - 10 * mm, colors.white, leading=19)
        c.setFillColor(b.T)
        c.rect(x, 42 * mm, cw, top - 40 * mm - 42 * mm, stroke=0, fill=1)
        y = top - 48 * mm
        c.setFont(b.B[1], 11)
        c.setFillColor(hx(COLS[i]))
        c.drawString(x + 5 * mm, y, "We will")
        y -= 4 * mm
        for w in will:
            p = Paragraph(w, style(b.B[0], 10, b.I, 13), bulletText="\u2022")
            _, h = p.wrap(cw - 14 * mm, 500)
            p.drawOn(c, x + 9 * mm, y - h)
            y -= h + 3 * mm
        y -= 6 * mm
        c.setFont(b.B[1], 11)
        c.setFillColor(hx(COLS[i]))
        c.drawString(x + 5 * mm, y, "How we will know")
        y -= 6 * mm
        c.setFont(b.B[0], 10)
        c.setFillColor(b.I)
        for k in know:
            c.drawString(x + 5 * mm, y, "\u2013 " + k)
            y -= 5 * mm
    c.setFillColor(b.S)
    c.rect(0, 0, W, 34 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(b.B[1], 11)
    c.drawString(m, 24 * mm, "How we work: listen to communities \u00b7 share information \u00b7 solve problems "
                             "together \u00b7 focus on victims")
    c.setFont(b.B[0], 9.5)
    c.drawString(m, 14 * mm, "Test Valley Borough Council \u00b7 Hampshire and Isle of Wight Constabulary \u00b7 "
                             "Fire and Rescue \u00b7 Probation \u00b7 integrated care board \u00b7 Hampshire County "
                             "Council")
    c.drawRightString(W - m, 6 * mm, "6")


def build(root):
    d = Doc(root / FILE, BRAND, "Test Valley Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, poster)
