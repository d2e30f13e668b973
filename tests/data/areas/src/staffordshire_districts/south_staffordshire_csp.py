"""South Staffordshire Community Safety Partnership Plan 2025-2028 (fictional), as a *z-fold leaflet* laid
flat (reportlab, two A4 landscape pages, three panels each, dashed fold lines and crop-style fold marks).
Page 1 is the outside of the sheet: panel 5 "Our priorities" on the left, panel 6 (back cover, contacts) in the
middle, panel 1 (front cover) on the right, so the page does not read in panel order. Page 2 is the inside:
panels 2-4 (why, what we'll do, how we fit). The priorities are on panel 5, each in bold beside a round icon."""
from reportlab.lib.pagesizes import A4, landscape

from .kit import Sheet, mm

OUT = "strategies/south_staffordshire_community_safety_partnership_plan_2025-28.pdf"
GREEN, LIME, INK, PALE = "#23512f", "#9cc83b", "#1b261d", "#eef5e1"
PRIORITIES = [("Tackling rural and farm crime", "Quad bikes, fuel, livestock and machinery."),
              ("Reducing burglary and vehicle crime", "Especially along the M6 and M54 corridors."),
              ("Protecting vulnerable residents from scams and fraud", "Doorstep, phone and online."),
              ("Reducing speeding on rural roads", "Speedwatch, signs and enforcement."),
              ("Tackling fly-tipping and environmental crime", "Lanes, lay-bys and field gateways.")]


def panels(s):
    pw = s.w / 3
    for k in (1, 2):
        s.line(k * pw, 6 * mm, k * pw, s.h - 6 * mm, "#9aa39b", 0.6, [4, 3])
        s.line(k * pw, s.h - 4 * mm, k * pw, s.h, "#000000", 0.4)
        s.line(k * pw, 0, k * pw, 4 * mm, "#000000", 0.4)
    return pw


def mark(s, x, n):
    s.text(f"panel {n}", x + 4 * mm, 3 * mm, "dvc", 5.5, "#9aa39b")


def build(root):
    size = landscape(A4)
    s = Sheet(root / OUT, size, "South Staffordshire Community Safety Partnership Plan 2025-2028 (z-fold leaflet)",
              "South Staffordshire Community Safety Partnership (fictional re-creation)")
    W, H = size
    pw = panels(s)
    # panel 5 (left): priorities
    x = 9 * mm
    s.text("Our priorities", x, H - 22 * mm, "dvc-b", 20, GREEN)
    s.text("for 2025 to 2028", x, H - 30 * mm, "dvc", 11, INK)
    y = H - 46 * mm
    for i, (t, d) in enumerate(PRIORITIES):
        s.circle(x + 6 * mm, y - 2 * mm, 5.5 * mm, fill=LIME if i % 2 == 0 else GREEN)
        s.circle(x + 6 * mm, y - 2 * mm, 2 * mm, fill="#ffffff")
        yy = s.para(t, x + 15 * mm, y, pw - 27 * mm, "dvc-b", 11.5, 13.5, INK)
        yy = s.para(d, x + 15 * mm, yy - 1, pw - 27 * mm, "dvc", 8.5, 10.5, "#4b5a4e")
        y = min(yy, y - 16 * mm) - 8 * mm
    mark(s, 0, 5)
    # panel 6 (middle): back cover
    x = pw + 9 * mm
    s.rect(pw, 0, pw, H, fill=PALE)
    panels(s)
    s.text("Get in touch", x, H - 22 * mm, "dvc-b", 18, GREEN)
    y = s.para("South Staffordshire Council, Wolverhampton Road, Codsall (community safety team)", x, H - 34 * mm,
               pw - 18 * mm, "dvc", 9.5, 12.5, INK)
    y = s.bullets(["csp@southstaffs-partnership.example", "01902 000 000 (illustrative)", "Police: 101 or online",
                   "Emergency: 999", "Crimestoppers: 0800 555 111"], x, y - 6, pw - 18 * mm, "dvc", 9.5)
    s.photo(pw + 9 * mm, 30 * mm, pw - 18 * mm, 60 * mm, "Photo: a lane near Kinver Edge (illustrative image)")
    s.text("A fictional re-creation for testing.", x, 18 * mm, "dvc", 7.5, "#4b5a4e")
    mark(s, pw, 6)
    # panel 1 (right): front cover
    x = 2 * pw
    s.rect(x, 0, pw, H, fill=GREEN)
    s.photo(x + 9 * mm, H - 100 * mm, pw - 18 * mm, 80 * mm, "Cover photo: fields near Penkridge at harvest "
            "(illustrative image)", fill="#16301d")
    s.text("Safer South", x + 9 * mm, 88 * mm, "dvc-b", 30, "#ffffff")
    s.text("Staffordshire", x + 9 * mm, 74 * mm, "dvc-b", 30, LIME)
    s.para("Community Safety Partnership Plan 2025\u20132028: the short version", x + 9 * mm, 58 * mm,
           pw - 18 * mm, "dvc", 11, 14, "#ffffff")
    mark(s, 2 * pw, 1)
    s.next()
    # inside: panels 2, 3, 4
    pw = panels(s)
    x = 9 * mm
    s.text("Why these?", x, H - 22 * mm, "dvc-b", 18, GREEN)
    y = s.para("Our strategic assessment (2024) and a survey of 710 residents told us that rural crime and "
               "speeding worry people most, and that burglary and vehicle crime follow the motorways.", x,
               H - 34 * mm, pw - 18 * mm, "dvc", 9.5, 12.5, INK)
    for big, small in [("62%", "worry about speeding traffic"), ("1 in 6", "farms hit by theft last year"),
                       ("+14%", "fly-tipping reports since 2022")]:
        s.text(big, x, y - 18, "dvc-b", 22, LIME)
        y = s.para(small, x + 30 * mm, y - 16, pw - 48 * mm, "dvc", 9, 11, INK) - 14
    s.text("Figures illustrative.", x, y - 4, "dvc", 7.5, "#4b5a4e")
    s.para("Last time (2022\u20132025) we focused on: rural crime; anti-social behaviour; domestic abuse; "
           "road safety.", x, 40 * mm, pw - 18 * mm, "dvc", 9, 11.5, INK)
    mark(s, 0, 2)
    x = pw + 9 * mm
    s.text("What we'll do", x, H - 22 * mm, "dvc-b", 18, GREEN)
    rows = [["Theme", "Action"], ["Rural", "Farm Watch, tracker grants, rural PCSOs"],
            ["Home and car", "Target hardening for repeat victims"],
            ["Scams", "Call blockers and scam champions"],
            ["Roads", "Speed indicator devices in 20 villages"],
            ["Environment", "Covert cameras at tipping hotspots"]]
    s.table(rows, x, H - 30 * mm, [24 * mm, pw - 42 * mm], "dvc", "dvc-b", 8.8, GREEN, stripe=PALE)
    mark(s, pw, 3)
    x = 2 * pw + 9 * mm
    s.rect(2 * pw, 0, pw, H, fill=PALE)
    panels(s)
    s.text("How we fit", x, H - 22 * mm, "dvc-b", 18, GREEN)
    y = s.para("The Staffordshire Commissioner's Police, Fire and Crime Plan 2025\u20132029 has six priorities:",
               x, H - 34 * mm, pw - 18 * mm, "dvc", 9.5, 12.5, INK)
    s.bullets(["An outstanding local police service", "Preventing harm and protecting people",
               "Supporting victims and witnesses", "Safer roads and waterways",
               "Reducing offending and reoffending", "A fire and rescue service ready for tomorrow"], x, y - 4,
              pw - 18 * mm, "dvc", 9.2)
    s.para("The partnership meets quarterly and reports to the council's Wellbeing Select Committee.", x, 40 * mm,
           pw - 18 * mm, "dvc", 9, 11.5, INK)
    mark(s, 2 * pw, 4)
    return s.save()
