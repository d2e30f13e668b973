"""Stafford Borough Community Safety Partnership Plan 2025-2028 (fictional), as an *A6 postcard summary*
(reportlab, two A6 landscape pages: front and back of the card). The front has a dark photo placeholder strip
with its caption, the title on a red tab, and the four priorities on a cream panel, each beside a numbered
roundel. The back is a real postcard back: a message half (what changed since the last plan, how the card fits
the Commissioner's plan, where to read the full plan) and an address half with a stamp box, a franking mark and
the partnership's contacts on the address lines."""
from reportlab.lib.pagesizes import A6, landscape

from .kit import Sheet, mm

OUT = "strategies/stafford_borough_community_safety_partnership_plan_2025-28.pdf"
RED, INK, CREAM, GREY = "#b3262d", "#1e1e1e", "#fff6e4", "#666666"
PRIORITIES = ["Reducing anti-social behaviour in Stafford town centre",
              "Tackling domestic abuse in all its forms",
              "Keeping the night-time economy safe",
              "Reducing the harm caused by drugs and alcohol"]


def build(root):
    size = landscape(A6)
    W, H = size
    s = Sheet(root / OUT, size, "Stafford Borough Community Safety Partnership Plan 2025-2028 (postcard)",
              "Stafford Borough Community Safety Partnership (fictional re-creation)")
    # front
    s.photo(0, H - 26 * mm, W, 26 * mm, "Photo: the Ancient High House, Greengate Street (illustrative image)",
            size=6)
    s.rect(6 * mm, H - 38 * mm, 92 * mm, 10 * mm, fill=RED)
    s.text("Safer Stafford Borough 2025\u201328", 9 * mm, H - 34.5 * mm, "sans-b", 12.5, "#ffffff")
    s.rect(6 * mm, 6 * mm, W - 12 * mm, H - 46 * mm, fill=CREAM)
    y = H - 48 * mm
    for i, t in enumerate(PRIORITIES):
        s.circle(13 * mm, y - 1.2 * mm, 3.6 * mm, fill=RED)
        s.text(str(i + 1), 13 * mm, y - 2.6 * mm, "sans-b", 9, "#ffffff", "center")
        y = min(s.para(t, 19 * mm, y, W - 30 * mm, "sans-b", 10.5, 12, INK), y - 12) - 14
    s.text("Our priorities \u2022 community safety partnership plan, summary card", W - 8 * mm, 8 * mm, "sans",
           5.5, GREY, "right")
    s.next()
    # back
    s.line(W / 2, 8 * mm, W / 2, H - 8 * mm, "#aaaaaa", 0.6)
    x, w = 6 * mm, W / 2 - 10 * mm
    y = s.para("Hello from the partnership!", x, H - 10 * mm, w, "serif-bi", 9, 11, RED)
    y = s.para("Last time (2022\u201325) we worked on town centre safety, vulnerable people and hate crime. "
               "Hate crime work now sits with the Staffordshire Hate Crime Partnership.", x, y - 2, w, "serif",
               7, 8.6, INK)
    y = s.para("Our plan supports the Staffordshire Commissioner's Police, Fire and Crime Plan 2025\u20132029, "
               "especially An outstanding local police service and Preventing harm and protecting people.", x,
               y - 3, w, "serif", 7, 8.6, INK)
    s.para("Read the full plan: stafford-partnership.example/plan. A fictional re-creation for testing.", x,
           y - 3, w, "serif-i", 6.5, 8, GREY)
    s.rect(W - 24 * mm, H - 28 * mm, 18 * mm, 21 * mm, stroke="#999999", lw=0.6)
    s.text("STAMP", W - 15 * mm, H - 19 * mm, "sans", 5.5, "#999999", "center")
    s.circle(W - 30 * mm, H - 16 * mm, 8 * mm, stroke="#bbbbbb", lw=0.6)
    s.text("STAFFORD", W - 30 * mm, H - 16.5 * mm, "sans", 4.5, "#999999", "center")
    yy = H - 44 * mm
    for ln in ["Community Safety Team", "Stafford Borough Council", "csp@stafford-partnership.example",
               "01785 000 000 (illustrative) \u00b7 Police 101 \u00b7 999"]:
        s.line(W / 2 + 5 * mm, yy - 2, W - 6 * mm, yy - 2, "#bbbbbb", 0.5)
        s.text(ln, W / 2 + 6 * mm, yy, "sans", 6.5, INK)
        yy -= 10 * mm
    return s.save()
