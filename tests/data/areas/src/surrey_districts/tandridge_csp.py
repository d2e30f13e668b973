"""Tandridge Community Safety Partnership Plan 2026-2029: a two-page summary, reportlab, landscape A4
(DejaVu Sans Condensed).  Page 1 is the front of the summary: a coloured title panel with a short foreword and
three illustrative figures on the left, and "Our five priorities" on the right, each a bold line beside a drawn
square tile with a sentence under it.  Page 2 (the back) holds what we will do (short labels), measures, the
2023-2026 priorities, the PCC's priorities quoted and contacts.  There is no contents page."""
from rl_kit import colors, fonts, hexc, mm, Paragraph, ParagraphStyle, landscape, A4
from reportlab.pdfgen import canvas
from surrey_districts.shared import ILLUS, PCC_LIST

FILE = "strategies/tandridge_community_safety_partnership_plan_2026-29_summary.pdf"
TITLE = "Tandridge Community Safety Partnership Plan 2026\u20132029: summary"
GREEN, DARK, SAND, GREY = hexc("#3E6B48"), hexc("#1F3B27"), hexc("#F3EEDF"), hexc("#555555")

PRIORITIES = [
    dict(id="TAN1", plan=["P1"], text="Tackling anti-social behaviour in our towns and villages",
         d="From Oxted and Caterham to Lingfield and Smallfield, quick joint action on the places and people causing harm."),
    dict(id="TAN2", plan=["P1"], text="Protecting farms and rural businesses from crime",
         d="Theft of machinery, fuel and livestock, hare coursing and poaching."),
    dict(id="TAN3", plan=[], text="Stopping fly-tipping",
         d="Cameras, enforcement and clearing up the lanes that are targeted again and again."),
    dict(id="TAN4", plan=[], text="Speeding and dangerous driving on rural roads",
         d="Community Speedwatch, enforcement and safer routes on the A22, A25 and country lanes."),
    dict(id="TAN5", plan=["P3"], text="Supporting people affected by domestic abuse",
         d="Earlier help and outreach for victims who live far from services."),
]


def _para(c, text, style, x, y_top, w):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def build(out_root):
    out = out_root / FILE
    sans, sansb = fonts("dejavu-cond")
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H), invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("Tandridge Community Safety Partnership")
    c.setCreator("stratalign test data")
    body = ParagraphStyle("b", fontName=sans, fontSize=9.5, leading=12.5, textColor=colors.HexColor("#222222"))
    white = ParagraphStyle("w", parent=body, textColor=colors.white)
    big = ParagraphStyle("big", fontName=sansb, fontSize=26, leading=30, textColor=colors.white)
    pri = ParagraphStyle("p", fontName=sansb, fontSize=14, leading=17, textColor=DARK)
    head = ParagraphStyle("h", fontName=sansb, fontSize=12, leading=15, textColor=GREEN)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=GREY)

    # ---- page 1 (front)
    c.setFillColor(GREEN)
    c.rect(0, 0, 98 * mm, H, stroke=0, fill=1)
    y = H - 18 * mm
    y = _para(c, "TANDRIDGE COMMUNITY SAFETY PARTNERSHIP", ParagraphStyle("k", parent=white, fontName=sansb,
                                                                           fontSize=9), 12 * mm, y, 76 * mm) - 6 * mm
    y = _para(c, "Safer Tandridge 2026\u20132029", big, 12 * mm, y, 76 * mm) - 3 * mm
    y = _para(c, "Our plan on two pages: the summary of the partnership's full plan", white, 12 * mm, y, 76 * mm) - 8 * mm
    for t in ["Tandridge is Surrey's most rural district, on the Kent and Sussex borders. Crime is low, but "
              "residents have told us about the things that spoil village and town life, and the partnership "
              "has listened.",
              "This summary sets out our five priorities for the next three years. The full plan, with the "
              "strategic assessment and action plan, is available from the council.",
              "<i>Chair, Tandridge Community Safety Partnership</i>"]:
        y = _para(c, t, white, 12 * mm, y, 76 * mm) - 4 * mm
    y -= 4 * mm
    for fig, lab in [("1,320", "ASB incidents in 2025/26"), ("540", "fly-tipping incidents"),
                     ("37", "people killed or seriously injured on district roads")]:
        y = _para(c, fig, ParagraphStyle("fig", parent=white, fontName=sansb, fontSize=20, leading=23),
                  12 * mm, y, 76 * mm) - 1 * mm
        y = _para(c, lab, white, 12 * mm, y, 76 * mm) - 4 * mm
    _para(c, ILLUS, ParagraphStyle("il", parent=white, fontSize=7, leading=9), 12 * mm, 16 * mm, 76 * mm)
    x0 = 110 * mm
    y = H - 20 * mm
    y = _para(c, "Our five priorities for 2026\u20132029", ParagraphStyle("t", fontName=sansb, fontSize=20,
                                                                         leading=24, textColor=GREEN), x0, y, 170 * mm) - 8 * mm
    tints = ["#3E6B48", "#8A9A5B", "#B5651D", "#5B7DB1", "#7E3F6D"]
    for i, p in enumerate(PRIORITIES):
        c.setFillColor(hexc(tints[i]))
        c.roundRect(x0, y - 14 * mm, 14 * mm, 14 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(x0 + 7 * mm, y - 7 * mm, 3 * mm, stroke=0, fill=1)
        yy = _para(c, p["text"], pri, x0 + 19 * mm, y, 150 * mm) - 1.5 * mm
        yy = _para(c, p["d"], body, x0 + 19 * mm, yy, 150 * mm)
        y = min(yy, y - 14 * mm) - 8 * mm
    c.setFillColor(GREY)
    c.setFont(sans, 8)
    c.drawRightString(W - 12 * mm, 8 * mm, "Safer Tandridge summary \u00b7 1 of 2")
    c.showPage()

    # ---- page 2 (back)
    c.setFillColor(SAND)
    c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
    c.setFillColor(DARK)
    c.setFont(sansb, 16)
    c.drawString(12 * mm, H - 14 * mm, "How we will deliver, and how you can hold us to account")
    colw = (W - 24 * mm - 16 * mm) / 3
    xs = [12 * mm + k * (colw + 8 * mm) for k in range(3)]
    top = H - 32 * mm
    y = _para(c, "What we will do", head, xs[0], top, colw) - 3 * mm
    for lab, t in [("Neighbourhoods", "Monthly joint action group; youth outreach in Caterham Valley."),
                   ("Rural", "Rural Watch, property marking and farm visits with the Rural Crime Team."),
                   ("Environment", "Deployable cameras and fixed penalty notices for fly-tipping."),
                   ("Roads", "Speedwatch kits for parishes; joint enforcement weeks."),
                   ("Safe at home", "Domestic abuse outreach clinics in village halls.")]:
        y = _para(c, f"<b>{lab}.</b> {t}", body, xs[0], y, colw) - 3 * mm
    y = _para(c, "How we will measure progress", head, xs[1], top, colw) - 3 * mm
    for t in ["ASB incidents: 1,320 now, below 1,150 by 2029", "Rural crimes: 140 now, below 120",
              "Fly-tipping incidents: 540 now, below 420", "Killed or seriously injured: 37 now, fewer each year",
              "Domestic abuse victims supported through outreach: 90 now, 150"]:
        y = _para(c, "\u2022 " + t, body, xs[1], y, colw) - 2 * mm
    _para(c, "Baselines are illustrative.", small, xs[1], y - 2 * mm, colw)
    y = _para(c, "Our 2023\u20132026 priorities", head, xs[2], top, colw) - 3 * mm
    y = _para(c, "Community harm \u2022 Vulnerable people \u2022 Rural crime (now replaced)", body, xs[2], y, colw) - 6 * mm
    y = _para(c, "The Police and Crime Commissioner's priorities", head, xs[2], y, colw) - 3 * mm
    y = _para(c, "For reference, the six priorities of the Surrey Police and Crime Plan 2026\u20132030:", body,
              xs[2], y, colw) - 2 * mm
    for t in PCC_LIST:
        y = _para(c, "\u2013 " + t, body, xs[2], y, colw) - 1 * mm
    y -= 5 * mm
    y = _para(c, "Contact us", head, xs[2], y, colw) - 3 * mm
    _para(c, "community.safety@tandridge.example \u00b7 Council Offices, Oxted (illustrative). Partners: Tandridge "
             "District Council, Surrey Police, Surrey County Council, Surrey Fire and Rescue Service, NHS Surrey "
             "Heartlands, Probation Service.", body, xs[2], y, colw)
    c.setFillColor(GREY)
    c.setFont(sans, 8)
    c.drawRightString(W - 12 * mm, 8 * mm, "Safer Tandridge summary \u00b7 2 of 2")
    c.showPage()
    c.save()
    return out
