"""Lichfield District Community Safety Partnership Plan 2025-2028 (fictional), as a single *A2 poster*
(reportlab, 420 x 594 mm portrait). A round central image (a dark photo placeholder of the cathedral's spires,
with its caption) sits in the middle; the five priorities are in large type in rounded boxes around it (two
above, two beside, one below), each with a small "We will" line. A header band, a key-facts strip, the last
plan's themes, the Commissioner's priorities and contacts run along the foot."""
from reportlab.lib.pagesizes import A2

from .kit import Sheet, mm

OUT = "strategies/lichfield_district_community_safety_partnership_plan_2025-28.pdf"
PLUM, GOLD, INK, CREAM = "#4b2354", "#e3a72f", "#221a24", "#fbf6ec"
PRIORITIES = [
    ("Tackling anti-social behaviour in Lichfield city and Burntwood",
     "We will: patrol hotspots, use dispersal powers fairly and fund youth activities on Friday nights."),
    ("Protecting older people from fraud and scams",
     "We will: train scam champions and fit call blockers for the most at-risk residents."),
    ("Tackling rural and heritage crime",
     "We will: work with farmers and the cathedral on theft of machinery, metal and fuel."),
    ("Making our roads safer",
     "We will: back Community Speedwatch and target the A38 and A5 casualty routes."),
    ("Reducing violence against women and girls, including in the night-time economy",
     "We will: extend street marshals and Ask for Angela across the city's bars."),
]


def box(s, x, y, w, text, sub, fill, tcol="#ffffff"):
    """A rounded box whose top-left is (x, y); priority in 34 pt bold, a small line under it."""
    lines = s.lines(text, "dvs-b", 34, w - 24 * mm)
    subl = s.lines(sub, "dv", 13, w - 24 * mm)
    h = len(lines) * 40 + len(subl) * 17 + 26 * mm
    s.rect(x, y - h, w, h, fill=fill, r=10 * mm)
    yy = y - 12 * mm - 28
    for ln in lines:
        s.text(ln, x + 12 * mm, yy, "dvs-b", 34, tcol)
        yy -= 40
    yy -= 6
    for ln in subl:
        s.text(ln, x + 12 * mm, yy, "dv", 13, tcol)
        yy -= 17


def build(root):
    W, H = A2
    s = Sheet(root / OUT, A2, "Lichfield District Community Safety Partnership Plan 2025-2028 (poster)",
              "Lichfield District Community Safety Partnership (fictional re-creation)")
    s.rect(0, 0, W, H, fill=CREAM)
    s.rect(0, H - 95 * mm, W, 95 * mm, fill=PLUM)
    s.text("SAFER LICHFIELD DISTRICT", 25 * mm, H - 40 * mm, "dv-b", 54, "#ffffff")
    s.text("Community Safety Partnership Plan 2025\u20132028", 25 * mm, H - 62 * mm, "dv", 28, GOLD)
    s.text("Five things we are going to work on together \u2014 a fictional re-creation for testing", 25 * mm,
           H - 80 * mm, "dv", 16, "#eadcef")
    # central image
    cx, cy, r = W / 2, H / 2 + 10 * mm, 78 * mm
    s.circle(cx, cy, r + 6 * mm, fill=GOLD)
    s.circle(cx, cy, r, fill="#2d2930")
    s.line(cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7, "#48424c", 1)
    s.line(cx - r * 0.7, cy + r * 0.7, cx + r * 0.7, cy - r * 0.7, "#48424c", 1)
    s.para("Image: the three spires of Lichfield Cathedral seen across Stowe Pool (illustrative image)",
           cx - 50 * mm, cy - 40 * mm, 100 * mm, "dv", 11, 14, "#dddddd", "center")
    # priorities around it
    bw = 165 * mm
    box(s, 20 * mm, H - 110 * mm, bw, *PRIORITIES[0], PLUM)
    box(s, W - 20 * mm - bw, H - 110 * mm, bw, *PRIORITIES[1], "#8a3b6e")
    box(s, 12 * mm, cy - 22 * mm, 112 * mm, *PRIORITIES[2], "#3e6b48")
    box(s, W - 124 * mm, cy - 22 * mm, 112 * mm, *PRIORITIES[3], "#b5651d")
    box(s, 70 * mm, cy - r - 18 * mm, W - 140 * mm, *PRIORITIES[4], "#2f4d7a")
    # foot strip
    fy = 120 * mm
    s.rect(0, 0, W, fy, fill="#ffffff")
    s.line(0, fy, W, fy, PLUM, 3)
    cw = (W - 50 * mm) / 3
    x = 20 * mm
    s.text("Key facts (illustrative)", x, fy - 16 * mm, "dv-b", 17, PLUM)
    s.bullets(["ASB reports fell 9% last year", "1 in 4 residents is over 65", "Rural crime cost farmers "
               "\u00a3410,000", "Night-time footfall up 18% since 2022"], x, fy - 28 * mm, cw, "dv", 13, 17)
    x += cw + 5 * mm
    s.text("Our last plan (2022\u20132025) covered", x, fy - 16 * mm, "dv-b", 17, PLUM)
    s.bullets(["Anti-social behaviour", "Vulnerable people", "Rural crime", "Domestic abuse"], x, fy - 28 * mm,
              cw, "dv", 13, 17)
    x += cw + 5 * mm
    s.text("The bigger picture", x, fy - 16 * mm, "dv-b", 17, PLUM)
    s.para("The Staffordshire Commissioner's Police, Fire and Crime Plan 2025\u20132029: An outstanding local "
           "police service \u00b7 Preventing harm and protecting people \u00b7 Supporting victims and witnesses "
           "\u00b7 Safer roads and waterways \u00b7 Reducing offending and reoffending \u00b7 A fire and rescue "
           "service ready for tomorrow", x, fy - 28 * mm, cw, "dv", 12, 16, INK)
    s.rect(0, 0, W, 22 * mm, fill=PLUM)
    s.text("Contact the partnership: safer@lichfield-partnership.example \u00b7 01543 000 000 (illustrative) "
           "\u00b7 Police 101 \u00b7 Emergency 999", W / 2, 9 * mm, "dv", 14, "#ffffff", "center")
    return s.save()
