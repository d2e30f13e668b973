"""icon_strip_infographic_serious_violence.pdf: the Caddenbury Serious Violence Partnership's strategy "at a glance"
infographic, one A4 page made in a design tool (reportlab). Big numbers dominate the page; the priorities are a strip
of four round icons, each with a bold caption under it and a line of grey text.

Gold is the four bold captions of the "Our four priorities" strip.

Not gold: the four big-number tiles ("214 knife-enabled offences in 2025" ...); a second icon strip of the SAME
design, "Working together under the Serious Violence Duty", whose six captions are the specified authorities; three
speech-bubble quotes from young people; three "How we'll know it's working" measures with tick icons; the QR-code box
("Scan to read the full strategy") and the footer.
"""
from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

import common
from rl_kit import box, hexc, make_canvas, text

NAME = "icon_strip_infographic_serious_violence"
TITLE = "Caddenbury Serious Violence Strategy 2026\u20132029 at a glance"
NAVY = "14304A"
ORANGE = "E36C2F"
TEAL = "1A8C8C"
INK = "222222"
GREY = "5E6B75"

PRIORITIES = [
    ("Stopping knife crime before it starts", "Education, youth work and focused deterrence", "blade"),
    ("Keeping children safe from exploitation", "Exploitation panels and trusted adults in schools", "shield"),
    ("Safer nights in Caddenbury town centre", "Licensing, marshals and a safe space on Friday and Saturday",
     "moon"),
    ("Helping victims of violence to recover", "Hospital youth workers and trauma support", "heart"),
]
PARTNERS = [("Caddenbury Police", "people"), ("Caddenbury Borough Council", "house"),
            ("NHS Caddenbury ICB", "cross"), ("Fire and Rescue Service", "flame"),
            ("Probation Service", "people"), ("Youth Justice Service", "people")]


def icon(c, cx, cy, r, kind, fill):
    c.saveState()
    c.setFillColor(hexc(fill))
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.setStrokeColor(hexc("FFFFFF"))
    k = r / 24.0
    if kind == "shield":
        p = c.beginPath()
        p.moveTo(cx, cy + 14 * k); p.lineTo(cx + 12 * k, cy + 9 * k); p.lineTo(cx + 10 * k, cy - 6 * k)
        p.lineTo(cx, cy - 15 * k); p.lineTo(cx - 10 * k, cy - 6 * k); p.lineTo(cx - 12 * k, cy + 9 * k); p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "blade":
        c.setLineWidth(3 * k)
        c.line(cx - 11 * k, cy - 11 * k, cx + 11 * k, cy + 11 * k)
        c.line(cx - 11 * k, cy + 11 * k, cx + 11 * k, cy - 11 * k)
        c.circle(cx, cy, 15 * k, stroke=1, fill=0)
    elif kind == "moon":
        c.circle(cx - 2 * k, cy, 12 * k, stroke=0, fill=1)
        c.setFillColor(hexc(fill))
        c.circle(cx + 4 * k, cy + 4 * k, 11 * k, stroke=0, fill=1)
        c.setFillColor(hexc("FFFFFF"))
        c.circle(cx + 10 * k, cy - 8 * k, 2 * k, stroke=0, fill=1)
    elif kind == "heart":
        c.circle(cx - 6 * k, cy + 4 * k, 7 * k, stroke=0, fill=1)
        c.circle(cx + 6 * k, cy + 4 * k, 7 * k, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(cx - 12.6 * k, cy + 1.5 * k); p.lineTo(cx, cy - 13 * k); p.lineTo(cx + 12.6 * k, cy + 1.5 * k)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "house":
        p = c.beginPath()
        p.moveTo(cx - 13 * k, cy); p.lineTo(cx, cy + 12 * k); p.lineTo(cx + 13 * k, cy); p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(cx - 9 * k, cy - 12 * k, 18 * k, 12 * k, stroke=0, fill=1)
    elif kind == "cross":
        c.rect(cx - 4 * k, cy - 12 * k, 8 * k, 24 * k, stroke=0, fill=1)
        c.rect(cx - 12 * k, cy - 4 * k, 24 * k, 8 * k, stroke=0, fill=1)
    elif kind == "flame":
        p = c.beginPath()
        p.moveTo(cx, cy + 14 * k)
        p.curveTo(cx + 14 * k, cy, cx + 10 * k, cy - 14 * k, cx, cy - 14 * k)
        p.curveTo(cx - 10 * k, cy - 14 * k, cx - 14 * k, cy, cx, cy + 14 * k)
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "people":
        for dx in (-7, 7):
            c.circle(cx + dx * k, cy + 6 * k, 4.5 * k, stroke=0, fill=1)
            c.roundRect(cx + (dx - 6) * k, cy - 12 * k, 12 * k, 14 * k, 4 * k, stroke=0, fill=1)
    elif kind == "tick":
        c.setLineWidth(3 * k)
        p = c.beginPath()
        p.moveTo(cx - 9 * k, cy); p.lineTo(cx - 3 * k, cy - 7 * k); p.lineTo(cx + 10 * k, cy + 8 * k)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def centred_lines(c, s, cx, top, width, font, size, color, lead=1.2):
    y = top
    for ln in simpleSplit(s, font, size, width):
        text(c, cx, y, ln, font, size, color, anchor="center")
        y -= size * lead
    return y


def finish(work, out):
    path = out / f"{NAME}.pdf"
    c = make_canvas(path, TITLE, "Caddenbury Serious Violence Partnership", pagesize=A4)
    W, H = A4
    M = 36

    # header band
    box(c, 0, H - 118, W, 118, NAVY)
    text(c, M, H - 36, "CADDENBURY SERIOUS VIOLENCE PARTNERSHIP", "Sans-Bold", 10, "9FC3DD", char_space=1.2)
    text(c, M, H - 68, "Our serious violence strategy", "Sans-Bold", 26, "FFFFFF")
    text(c, M, H - 96, "2026\u20132029 at a glance", "Sans", 20, "FFD2B8")

    # big numbers
    y = H - 150
    text(c, M, y, "The picture in Caddenbury", "Sans-Bold", 13, NAVY)
    stats = [("214", "knife-enabled offences in 2025"), ("1 in 3", "victims of violence are aged under 25"),
             ("47%", "of violence with injury happens between 8pm and 4am"),
             ("\u00a33.1m", "a year: the cost of violence to local services")]
    tw = (W - 2 * M - 3 * 10) / 4
    for i, (big, small) in enumerate(stats):
        x = M + i * (tw + 10)
        box(c, x, y - 112, tw, 100, "F1F5F9", radius=6)
        text(c, x + tw / 2, y - 54, big, "Sans-Bold", 34, ORANGE, anchor="center")
        centred_lines(c, small, x + tw / 2, y - 74, tw - 14, "Sans", 8.5, INK)

    # priorities strip
    y = H - 298
    box(c, M, y + 6, W - 2 * M, 2, ORANGE)
    text(c, M, y - 14, "Our four priorities", "Sans-Bold", 15, NAVY)
    cw = (W - 2 * M) / 4
    for i, (cap, sub, kind) in enumerate(PRIORITIES):
        cx = M + cw * i + cw / 2
        icon(c, cx, y - 62, 28, kind, ORANGE)
        yy = centred_lines(c, cap, cx, y - 108, cw - 18, "Sans-Bold", 11, INK)
        centred_lines(c, sub, cx, yy - 3, cw - 22, "Sans", 8, GREY)

    # partner strip: same design, six icons
    y = H - 480
    box(c, M, y + 6, W - 2 * M, 2, TEAL)
    text(c, M, y - 14, "Working together under the Serious Violence Duty", "Sans-Bold", 15, NAVY)
    cw = (W - 2 * M) / 6
    for i, (cap, kind) in enumerate(PARTNERS):
        cx = M + cw * i + cw / 2
        icon(c, cx, y - 56, 22, kind, TEAL)
        centred_lines(c, cap, cx, y - 96, cw - 10, "Sans-Bold", 9.5, INK)

    # quotes
    y = H - 618
    text(c, M, y, "What young people told us", "Sans-Bold", 13, NAVY)
    quotes = ["\u201cMost people who carry a knife do it because they are scared.\u201d",
              "\u201cThe bus station is the worst place after dark.\u201d",
              "\u201cI'd talk to a youth worker before I'd talk to the police.\u201d"]
    qw = (W - 2 * M - 2 * 12) / 3
    for i, q in enumerate(quotes):
        x = M + i * (qw + 12)
        box(c, x, y - 70, qw, 56, "FFF1E8", radius=10)
        p = c.beginPath()
        p.moveTo(x + 20, y - 70); p.lineTo(x + 30, y - 82); p.lineTo(x + 36, y - 70); p.close()
        c.saveState(); c.setFillColor(hexc("FFF1E8")); c.drawPath(p, stroke=0, fill=1); c.restoreState()
        centred_lines(c, q, x + qw / 2, y - 34, qw - 16, "Sans-Italic", 9, INK)

    # measures + QR
    y = H - 722
    text(c, M, y, "How we'll know it's working", "Sans-Bold", 13, NAVY)
    for i, m in enumerate(["Fewer hospital admissions for assault with a sharp object (under 25s)",
                           "Fewer knife and sharp object offences recorded by the police",
                           "No homicides of young people in Caddenbury"]):
        icon(c, M + 10, y - 22 - i * 24, 9, "tick", TEAL)
        text(c, M + 26, y - 25 - i * 24, m, "Sans", 9, INK)
    qx, qy, qs = W - M - 190, y - 80, 190
    box(c, qx, qy, qs, 104, "FFFFFF", stroke=NAVY, radius=6)
    d = Drawing(84, 84)
    q = QrCodeWidget("https://www.caddenbury.gov.uk/seriousviolence")
    b = q.getBounds()
    q.barWidth, q.barHeight = 80, 80
    d = Drawing(80, 80, transform=[80.0 / (b[2] - b[0]), 0, 0, 80.0 / (b[3] - b[1]), 0, 0])
    d.add(q)
    renderPDF.draw(d, c, qx + 8, qy + 12)
    centred_lines(c, "Scan to read the full strategy", qx + 138, qy + 78, 90, "Sans-Bold", 10, NAVY)
    centred_lines(c, "caddenbury.gov.uk/ seriousviolence", qx + 138, qy + 42, 90, "Sans", 8, GREY)

    # footer
    box(c, 0, 0, W, 34, NAVY)
    text(c, M, 13, "Published June 2026  \u00b7  Other formats and languages: 01632 960 744  \u00b7  "
         "If you are in danger, call 999", "Sans", 8.5, "FFFFFF")
    c.showPage()
    c.save()
    common.normalise_pdf(path)
    return [path]
