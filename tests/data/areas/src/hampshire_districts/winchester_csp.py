"""Winchester District Community Safety Partnership Plan 2026-2029.

Layout: p6 is a two-page spread exported as one A3 landscape page.  A burgundy band runs across both halves;
the five priorities sit beside big outlined numerals "01" to "05" (stroked, unfilled text), three on the left
half and two on the right, each with a short italic description.  The right half also carries a pull quote."""
from __future__ import annotations

from . import csp_common
from .kit import A3, A4, Brand, Doc, colors, hx, landscape, mm, style

FILE = "strategies/winchester_district_community_safety_partnership_plan_2026-29.pdf"
BRAND = Brand(org="Winchester District Community Safety Partnership", body="lib-serif", head="lib-serif",
              primary="#7a1f2b", secondary="#45484d", accent="#b8923a", tint="#f6f0e6", size=A4,
              folio="{n}", folio_pos="outer", heading="rule", running="Community Safety Partnership Plan")

PRIOS = [("Anti-social behaviour and street drinking in the city centre",
          "The Broadway, the bus station and the Brooks: joint patrols, outreach and licensing conditions."),
         ("A safe night-time economy",
          "Best Bar None, street pastors, taxi marshals and a late-night safe space on Jewry Street."),
         ("Rural crime across the district's villages",
          "Farm and equine theft, poaching and fuel theft in the Meon Valley and the north of the district."),
         ("Protecting vulnerable people from exploitation and cuckooing",
          "Adults with care and support needs whose homes are taken over by drug dealers."),
         ("Violence against women and girls",
          "From the student population to the villages: prevention, safe spaces and support.")]

CFG = dict(
    org="Winchester District Community Safety Partnership", cover_lines=["Community Safety", "Partnership Plan"],
    years="Winchester District \u00b7 2026\u20132029", org_line="Winchester City Council and partners",
    cover="split", contents="big", seed=9,
    foreword=["Winchester is a historic cathedral city surrounded by a large rural district of more than forty "
              "parishes. It is a safe place, but our residents, visitors and the thousands of students who "
              "study here rightly expect us to keep it that way.",
              "This plan, agreed by all partners in February 2026, sets five priorities for the next three "
              "years. It draws on our strategic assessment, on a residents' survey and on what our businesses "
              "and universities told us.",
              "We will publish an update every year and present it to the council's scrutiny committee."],
    signed="Chair, Winchester District Community Safety Partnership",
    quote=("A safe city centre by day and by night, and safe villages across the district.", "Chair"),
    tiles=[("127,000", "residents"), ("15,000", "students (illustrative)"), ("1,060", "ASB incidents in the "
                                                                             "city centre"),
           ("44", "rural crimes a month"), ("9", "cuckooing cases identified (illustrative)"),
           ("62%", "of women feel unsafe in the city after dark (survey)")],
    findings=[("h", "Key findings"),
              ("b", ["Street drinking is linked to most city centre anti-social behaviour",
                     "Violence peaks between 11pm and 3am at weekends",
                     "Cuckooing cases are rising as county lines move into market towns",
                     "Equine and farm theft has risen in the north of the district"])],
    previous=["Anti-social behaviour", "Safe night-time economy", "Rural crime", "Exploitation",
              "Domestic abuse"],
    prev_title="Our 2023\u20132026 themes",
    assessment="The same themes remain. A broader priority on the safety of women and girls replaces domestic "
               "abuse, and the exploitation priority now focuses on adults at risk of cuckooing.",
    actions=[["City centre", "Joint street drinking patrols with outreach", "Police / council", "Jun 2026"],
             ["Night-time", "Best Bar None accreditation for 25 venues", "Licensing", "Dec 2026"],
             ["Rural", "Equine watch and fuel tank marking", "Police", "Sep 2026"],
             ["Exploitation", "Cuckooing protocol with housing providers", "Council", "Oct 2026"],
             ["VAWG", "Safe space and welfare officers on Friday and Saturday nights", "Street pastors",
              "Sep 2026"]],
    measures=[["ASB incidents in the city centre", "1,060", "Down"], ["Violent crime 11pm\u20133am", "210",
                                                                     "Down"],
              ["Rural crime reports", "44 a month", "Down"], ["Cuckooing cases closed safely", "9", "Up"],
              ["Women who feel safe in the city after dark", "38%", "Up"]],
    governance=["The partnership meets quarterly. Its chair rotates between the city council and the police. "
                "A licensing and night-time economy group and a rural crime group report to it.",
                "The council's scrutiny committee acts as the crime and disorder committee.",
                "We work with the University of Winchester and the Winchester School of Art on student safety."],
    contacts=["Community Safety, City Offices, Colebrook Street (illustrative)", "csp@winchester-csp.example",
              "Report crime on 101; in an emergency call 999."],
)


def spread(d: Doc):
    W, H = d.new(size=landscape(A3), folio=False)
    b, c = d.b, d.c
    half = W / 2
    c.setFillColor(b.P)
    c.rect(0, H - 52 * mm, W, 52 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(b.Hd[1], 34)
    c.drawString(22 * mm, H - 30 * mm, "Our five priorities")
    c.setFont(b.Hd[2], 14)
    c.setFillColor(hx("#f1dcc0"))
    c.drawString(22 * mm, H - 42 * mm, "What the partnership will focus on from 2026 to 2029")
    c.setStrokeColor(colors.Color(0.85, 0.85, 0.85))
    c.setLineWidth(0.5)
    c.line(half, 15 * mm, half, H - 60 * mm)
    slots = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]
    for i, ((t, desc), (side, row)) in enumerate(zip(PRIOS, slots)):
        x = side * half + 22 * mm
        top = H - 72 * mm - row * 68 * mm
        d.outlined(f"{i + 1:02d}", b.Hd[1], 72, x, top - 52, b.A, width=1.4)
        tx = x + 52 * mm
        yy = d.left(t, b.Hd[1], 19, tx, top - 2 * mm, half - 52 * mm - 44 * mm, b.P, leading=23)
        d.para(desc, style(b.B[2], 11, b.S, 14.5), tx, yy - 3 * mm, half - 52 * mm - 44 * mm)
    # pull quote, bottom right
    qx, qy = half + 22 * mm, 22 * mm
    c.setFillColor(b.T)
    c.rect(qx, qy, half - 44 * mm, 52 * mm, stroke=0, fill=1)
    d.para("\u201cThe city centre should be a place where everyone, of every age, feels welcome after dark.\u201d",
           style(b.Hd[2], 16, b.P, 21), qx + 8 * mm, qy + 44 * mm, half - 60 * mm)
    c.setFont(b.B[0], 9)
    c.setFillColor(b.S)
    c.drawString(qx + 8 * mm, qy + 8 * mm, "Resident, St Bartholomew ward")
    c.setFont(b.B[0], 8)
    c.drawString(22 * mm, 9 * mm, "6")
    c.drawRightString(W - 22 * mm, 9 * mm, "Community Safety Partnership Plan")


def build(root):
    d = Doc(root / FILE, BRAND, "Winchester District Community Safety Partnership Plan 2026\u20132029")
    return csp_common.build_standard(d, CFG, spread)
