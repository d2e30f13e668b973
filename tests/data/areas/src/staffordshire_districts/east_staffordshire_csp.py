"""East Staffordshire Community Safety Partnership Plan 2025-2028 (fictional), in a *Canva-like* house style
(reportlab, A4 portrait, six pages): tilted colour blocks and translucent circles with text boxes layered over
them, and the partnership's name set on a spine rotated 90 degrees up the left edge of every page. The
priorities are on p4: five white text boxes, each laid over its own tilted block, staggered down the page, each
with an outlined number ("01") printed on the block behind it."""
from reportlab.lib.pagesizes import A4

from .kit import HexColor, Sheet, font, mm

OUT = "strategies/east_staffordshire_community_safety_partnership_plan_2025-28.pdf"
TEAL, PINK, MUST, NAVY, BG = "#1aa6a0", "#f25f8a", "#f5b83d", "#20234a", "#fdf8f2"
PRIORITIES = ["Reducing anti-social behaviour and street drinking in Burton town centre",
              "Tackling rural crime across our villages",
              "Tackling domestic abuse and stalking",
              "Reducing harm from drugs and alcohol",
              "Strengthening community cohesion"]


def tilted(s, x, y, w, h, angle, fill, alpha=1.0):
    c = s.c
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFillColor(HexColor(fill))
    c.setFillAlpha(alpha)
    c.roundRect(0, 0, w, h, 4 * mm, stroke=0, fill=1)
    c.restoreState()


def blob(s, x, y, r, fill, alpha):
    c = s.c
    c.saveState()
    c.setFillColor(HexColor(fill))
    c.setFillAlpha(alpha)
    c.circle(x, y, r, stroke=0, fill=1)
    c.restoreState()


def spine(s, n):
    s.rect(0, 0, 16 * mm, s.h, fill=NAVY)
    s.rotated("EAST STAFFORDSHIRE COMMUNITY SAFETY PARTNERSHIP \u00b7 SAFER TOGETHER 2025\u20132028", 10.5 * mm,
              25 * mm, 90, "dv-b", 10, "#ffffff")
    s.rotated(f"{n:02d}", 10.5 * mm, s.h - 20 * mm, 90, "dv-b", 12, MUST)


def page(s, n):
    s.rect(0, 0, s.w, s.h, fill=BG)
    blob(s, s.w - 10 * mm, s.h - 15 * mm, 45 * mm, MUST, 0.35)
    blob(s, 40 * mm, 20 * mm, 30 * mm, TEAL, 0.18)
    spine(s, n)


def textbox(s, x, y, w, text, f="dv-b", size=15, pad=5 * mm, fill="#ffffff", color=NAVY):
    lines = s.lines(text, f, size, w - 2 * pad)
    h = len(lines) * size * 1.2 + 2 * pad
    s.c.saveState()
    s.c.setFillColor(HexColor("#000000"))
    s.c.setFillAlpha(0.12)
    s.c.rect(x + 2, y - h - 2, w, h, stroke=0, fill=1)
    s.c.restoreState()
    s.rect(x, y - h, w, h, fill=fill)
    yy = y - pad - size * 0.9
    for ln in lines:
        s.text(ln, x + pad, yy, f, size, color)
        yy -= size * 1.2
    return y - h


def build(root):
    W, H = A4
    s = Sheet(root / OUT, A4, "East Staffordshire Community Safety Partnership Plan 2025-2028",
              "East Staffordshire Community Safety Partnership (fictional re-creation)")
    # 1 cover
    page(s, 1)
    tilted(s, 40 * mm, 120 * mm, 150 * mm, 120 * mm, 8, TEAL)
    tilted(s, 30 * mm, 90 * mm, 120 * mm, 70 * mm, -6, PINK, 0.9)
    s.photo(55 * mm, 150 * mm, 120 * mm, 80 * mm, "Photo: Burton upon Trent's Washlands and the river at "
            "sunset (illustrative image)")
    textbox(s, 28 * mm, 120 * mm, 160 * mm, "Safer Together", "dv-b", 40, 6 * mm, NAVY, "#ffffff")
    textbox(s, 28 * mm, 92 * mm, 140 * mm, "East Staffordshire Community Safety Partnership Plan 2025\u20132028",
            "dv", 14, 4 * mm)
    s.text("A fictional re-creation for testing", 28 * mm, 40 * mm, "dv-i", 9, NAVY)
    s.next()
    # 2 contents
    page(s, 2)
    tilted(s, 30 * mm, H - 80 * mm, 110 * mm, 40 * mm, 4, PINK)
    s.text("Contents", 36 * mm, H - 62 * mm, "dv-b", 34, "#ffffff")
    y = H - 110 * mm
    for n, t in [("3", "Why we chose what we chose"), ("4", "Our priorities"), ("5", "What we'll do"),
                 ("6", "Who we are and how to reach us")]:
        s.circle(40 * mm, y + 4, 9 * mm, fill=MUST)
        s.text(n, 40 * mm, y, "dv-b", 18, NAVY, "center")
        s.text(t, 56 * mm, y, "dv", 15, NAVY)
        y -= 28 * mm
    s.next()
    # 3 findings
    page(s, 3)
    s.text("Why we chose what we chose", 26 * mm, H - 30 * mm, "dv-b", 22, NAVY)
    facts = [("1,240", "ASB reports in Burton town centre (illustrative)", TEAL),
             ("38%", "of rural residents worried about farm theft (illustrative)", PINK),
             ("1 in 5", "violent crimes are domestic abuse (illustrative)", MUST),
             ("212", "people in drug treatment in the borough (illustrative)", TEAL)]
    for i, (big, small, colr) in enumerate(facts):
        x = 30 * mm + (i % 2) * 88 * mm
        y = H - 60 * mm - (i // 2) * 62 * mm
        tilted(s, x, y - 40 * mm, 75 * mm, 48 * mm, (-3, 4, 2, -5)[i], colr, 0.85)
        s.text(big, x + 6 * mm, y - 8 * mm, "dv-b", 26, "#ffffff")
        s.para(small, x + 6 * mm, y - 18 * mm, 62 * mm, "dv", 10, 12.5, "#ffffff")
    textbox(s, 30 * mm, 95 * mm, 160 * mm, "Our 2022\u20132025 plan focused on: Town centre safety; Vulnerable "
            "people; Substance misuse; Hate crime. What changed: street drinking moved from Station Street to "
            "the Washlands, and rural machinery thefts rose.", "dv", 10.5, 5 * mm)
    s.next()
    # 4 priorities
    page(s, 4)
    tilted(s, 22 * mm, H - 48 * mm, 120 * mm, 30 * mm, 3, NAVY)
    s.text("Our priorities 2025\u20132028", 28 * mm, H - 36 * mm, "dv-b", 22, "#ffffff")
    cols = [TEAL, PINK, MUST, TEAL, PINK]
    y = H - 62 * mm
    for i, t in enumerate(PRIORITIES):
        x = 26 * mm + (i % 2) * 50 * mm
        tilted(s, x + 8 * mm, y - 42 * mm, 112 * mm, 44 * mm, (-4, 3, -2, 5, -3)[i], cols[i], 0.9)
        c = s.c
        c.saveState()
        c.setStrokeColor(HexColor("#ffffff"))
        c.setLineWidth(1.2)
        t_ = c.beginText(x + 92 * mm, y - 38 * mm)
        t_.setTextRenderMode(1)
        t_.setFont(font("dv-b"), 40)
        t_.textLine(f"{i + 1:02d}")
        c.drawText(t_)
        c.restoreState()
        textbox(s, x, y - 4 * mm, 88 * mm, t, "dv-b", 14.5, 5 * mm)
        y -= 46 * mm
    s.next()
    # 5 actions
    page(s, 5)
    s.text("What we'll do in year one", 26 * mm, H - 30 * mm, "dv-b", 22, NAVY)
    rows = [["Theme", "Action", "Lead"],
            ["Town centre", "Alcohol-free zone review and outreach with the Burton BID", "Council"],
            ["Rural", "Rural crime surgeries with the NFU at Abbots Bromley and Tutbury", "Police"],
            ["Abuse", "Stalking advocacy and training for GP practices", "Domestic abuse service"],
            ["Substances", "Needle exchange in Burton and alcohol liaison at Queen's Hospital", "Public health"],
            ["Cohesion", "Community conversations in Anglesey and Shobnall wards", "Council"]]
    y = s.table(rows, 26 * mm, H - 40 * mm, [30 * mm, 104 * mm, 40 * mm], "dv", "dv-b", 9, NAVY, stripe="#f3ece2")
    tilted(s, 26 * mm, y - 82 * mm, 170 * mm, 60 * mm, 1.5, MUST, 0.9)
    s.text("Part of a bigger picture", 32 * mm, y - 32 * mm, "dv-b", 13, NAVY)
    s.para("The Staffordshire Commissioner's Police, Fire and Crime Plan 2025\u20132029 priorities: An "
           "outstanding local police service; Preventing harm and protecting people; Supporting victims and "
           "witnesses; Safer roads and waterways; Reducing offending and reoffending; A fire and rescue service "
           "ready for tomorrow.", 32 * mm, y - 44 * mm, 155 * mm, "dv", 9.5, 12, NAVY)
    s.next()
    # 6 governance / contacts
    page(s, 6)
    s.text("Who we are", 26 * mm, H - 30 * mm, "dv-b", 22, NAVY)
    s.para("East Staffordshire Borough Council, Staffordshire Police, Staffordshire Fire and Rescue Service, "
           "Staffordshire County Council, the Integrated Care Board, the Probation Service and the voluntary "
           "sector. The partnership meets four times a year and reports to the council's scrutiny committee.",
           26 * mm, H - 42 * mm, 165 * mm, "dv", 10.5, 14, NAVY)
    textbox(s, 26 * mm, 120 * mm, 120 * mm, "Contact: safer@eaststaffs-partnership.example \u00b7 01283 000 000 "
            "(illustrative) \u00b7 Police 101 \u00b7 Emergency 999", "dv", 11, 5 * mm)
    return s.save()
