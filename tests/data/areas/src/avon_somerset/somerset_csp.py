"""Safer Somerset Partnership Strategy 2023-2026: reportlab designed brochure (DejaVu).

A "Plan on a page" wheel-style grid (p5, NOT the gold page), then two priorities
per page: each opens with a coloured square holding a two-digit number ("01")
beside an unnumbered heading cell, followed by the text in full width.  The
vision, the "cross-cutting themes", "What you told us", the "We will" bullets,
the measures, the delivery table and the partner list are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "strategies/safer_somerset_partnership_strategy_2023-26.pdf"
TITLE = "Safer Somerset Partnership Strategy 2023–2026"

GREEN, MOSS, CIDER, MIST, INK = hexc("#1D4D3A"), hexc("#5B8C3A"), hexc("#C9732B"), hexc("#F1F5EE"), hexc("#1F2421")
FILLS = [hexc("#1D4D3A"), hexc("#5B8C3A"), hexc("#C9732B"), hexc("#2E5E7E"), hexc("#7A3E55"), hexc("#8C7A2B")]
REG, BOLD = fonts("dejavu")

body = ParagraphStyle("body", fontName=REG, fontSize=8.9, leading=12.4, spaceAfter=4.5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=2.5)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14, textColor=MOSS, spaceBefore=5, spaceAfter=3)
h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.4, leading=12, textColor=GREEN, spaceBefore=3,
                    spaceAfter=2)
title_st = ParagraphStyle("tt", parent=h2, fontSize=19, leading=23, textColor=GREEN, spaceAfter=8)
head = ParagraphStyle("head", fontName=BOLD, fontSize=16.5, leading=20, textColor=GREEN)
numst = ParagraphStyle("numst", fontName=BOLD, fontSize=22, leading=24, textColor=colors.white, alignment=TA_CENTER)
intro = ParagraphStyle("intro", parent=body, fontSize=10.2, leading=14, textColor=GREEN)
num = ParagraphStyle("num", fontName=BOLD, fontSize=19, leading=22, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Domestic abuse and sexual violence",
     "Domestic abuse is the most common form of violent crime in Somerset, and reports of rape and sexual offences "
     "have risen as more survivors come forward (illustrative). Rural isolation makes it harder for victims to seek help.",
     ["Deliver the Somerset Domestic Abuse Strategy through the Somerset Domestic Abuse Board.",
      "Keep a single Somerset domestic abuse service with outreach to every market town.",
      "Make sure sexual violence survivors can reach counselling and an ISVA without long waits.",
      "Train GPs, vets and farm advisers to recognise and respond to abuse in rural households."],
     "Repeat referrals to MARAC; survivors who feel safer after support"),
    ("Anti-social behaviour in our towns and villages",
     "Anti-social behaviour is the issue residents raise most often with their parish councils and neighbourhood "
     "teams. It ranges from noise and nuisance to vandalism, off-road bikes and intimidation.",
     ["Hold problem-solving meetings for ASB hotspots in every district area.",
      "Make the ASB Case Review easier to find and use.",
      "Use community protection notices and injunctions consistently across Somerset.",
      "Fund youth outreach in the towns with most youth-related ASB."],
     "ASB incidents; repeat callers; use of the ASB Case Review"),
    ("Rural crime",
     "Farm machinery theft, livestock worrying, hare coursing and fly-tipping cost Somerset's rural businesses "
     "millions of pounds a year (illustrative). Heritage and wildlife crime damage places that belong to everyone.",
     ["Support the police rural crime team and Farm Watch schemes.",
      "Work with the National Farmers' Union and landowners on crime prevention.",
      "Tackle fly-tipping with joint enforcement days and hidden cameras.",
      "Share information on rural crime trends with parish councils."],
     "Rural crime reported; fly-tipping incidents; Farm Watch membership"),
    ("Exploitation and county lines",
     "Drug lines from Bristol, Birmingham and London reach into Taunton, Yeovil, Bridgwater and smaller towns. They "
     "exploit children and vulnerable adults and take over their homes (cuckooing).",
     ["Run a multi-agency exploitation panel for children and for adults at risk.",
      "Close premises used for dealing and protect cuckooed tenants.",
      "Train housing, transport and licensed premises staff to spot exploitation.",
      "Share intelligence on county lines through the partnership tasking group."],
     "Children and adults safeguarded from exploitation; county lines closed"),
    ("Serious violence",
     "Serious violence is rare in Somerset compared with the cities, but knife possession has risen in the larger towns "
     "and most violence with injury is linked to alcohol (illustrative).",
     ["Deliver Somerset's part of the Avon and Somerset Serious Violence Duty strategy.",
      "Use hospital and ambulance data to find hidden hotspots.",
      "Run weapons awareness sessions in schools and colleges.",
      "Work with licensees to prevent violence in town centres at night."],
     "Violence with injury; knife possession offences"),
    ("Hate crime and community cohesion",
     "Somerset is becoming more diverse, and most of its communities are welcoming. Hate crime is under-reported, "
     "especially in rural areas, and tensions can rise around new housing and asylum accommodation.",
     ["Promote hate crime reporting through the Somerset hate crime partnership.",
      "Support victims of hate crime through commissioned services.",
      "Monitor community tensions and respond quickly to incidents.",
      "Help communities welcome new residents and celebrate Somerset's diversity."],
     "Hate crimes reported; residents who feel that people get on well together"),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.setFont(BOLD, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "Safer Somerset Partnership")
    c.setFillColor(MOSS)
    c.setFont(REG, 7.8)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Strategy 2023–2026")
    c.setStrokeColor(CIDER)
    c.setLineWidth(1.2)
    c.line(18 * mm, H - 14.5 * mm, W - 18 * mm, H - 14.5 * mm)
    c.setFillColor(GREEN)
    c.setFont(BOLD, 8.5)
    c.drawString(18 * mm, 10 * mm, str(p))
    c.setFont(REG, 7.2)
    c.setFillColor(hexc("#777777"))
    c.drawRightString(W - 18 * mm, 10 * mm, "Figures are illustrative")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(MIST)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.rect(0, 0, W, 95 * mm, stroke=0, fill=1)
    for i, col in enumerate(FILLS):
        c.setFillColor(col)
        c.circle(30 * mm + i * 30 * mm, 95 * mm, 11 * mm, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.setFont(BOLD, 12)
    c.drawString(22 * mm, H - 30 * mm, "SAFER SOMERSET PARTNERSHIP")
    c.setFont(BOLD, 36)
    c.drawString(22 * mm, H - 105 * mm, "Community Safety")
    c.drawString(22 * mm, H - 121 * mm, "Strategy")
    c.setFillColor(CIDER)
    c.setFont(REG, 24)
    c.drawString(22 * mm, H - 140 * mm, "2023–2026")
    c.setFillColor(colors.white)
    c.setFont(REG, 10.5)
    c.drawString(22 * mm, 45 * mm, "Somerset Council · Avon and Somerset Police · Devon and Somerset Fire and Rescue")
    c.drawString(22 * mm, 38 * mm, "Probation Service · NHS Somerset Integrated Care Board")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 16)
    c.drawString(22 * mm, H - 110 * mm, "Safer Somerset Partnership")
    c.setFont(REG, 10.5)
    y = H - 123 * mm
    for line in ["County Hall, Taunton", "Email: safersomerset@somerset.example", "Telephone: 0300 000 0000 (illustrative)",
                 "", "To report a crime call 101, or 999 in an emergency."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def prio_head(i, name, W):
    t = Table([[Paragraph(f"{i + 1:02d}", numst), Paragraph(name, head)]], colWidths=[18 * mm, W - 36 * mm - 18 * mm],
              rowHeights=[18 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), FILLS[i]), ("BACKGROUND", (1, 0), (1, 0), MIST),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (1, 0), (1, 0), 10),
                           ("LINEBELOW", (1, 0), (1, 0), 2, FILLS[i])]))
    return t


def story(pages):
    W = A4[0]
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", title_st), Spacer(1, 6)]
    entries = [("Foreword", "fw"), ("Somerset in numbers", "num"), ("Plan on a page", "gl"), ("Our priorities", "p0"),
               ("Delivering the strategy", "gov"), ("Our partners", "part")]
    rows = [[e, str(pages.get(k, 0))] for e, k in entries]
    ct = Table(rows, colWidths=[W - 36 * mm - 20 * mm, 20 * mm])
    ct.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 11.5), ("TEXTCOLOR", (0, 0), (-1, -1), GREEN),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.6, MOSS), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s.append(ct)
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", title_st)]
    for t in [
        "Somerset is one of the safest places in England to live, but that is little comfort to the people who are "
        "harmed by crime. This strategy sets out how the Safer Somerset Partnership will work together over the next "
        "three years.",
        "In April 2023 Somerset's four district councils and the county council became a single unitary council. For "
        "the first time, one community safety partnership covers the whole of Somerset, from Minehead to Frome.",
        "Our six priorities come from the 2022 strategic assessment, from residents' views and from what our "
        "partners see every day. Some of them, such as rural crime, are particular to a large rural county; others, "
        "such as domestic abuse and exploitation, are shared with every partnership in the country.",
        "We know that we cannot do everything. Where another partnership leads on an issue, such as the combating "
        "drugs partnership on drug treatment, we will support its work rather than duplicate it.",
        "<b>Chair, Safer Somerset Partnership</b>"]:
        s.append(Paragraph(t, body))
    s.append(Spacer(1, 8))
    s.append(RuledBox([Paragraph("Our vision", h3), Paragraph("Somerset: a place where everyone is safe and feels "
                                                              "safe, in their home, their town and their village.",
                                                              intro)], MIST, pad=10))
    s += [PageBreak(), Marker("num", toc), Paragraph("Somerset in numbers", title_st),
          Paragraph("These figures are illustrative and are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("575,000", "residents"), ("1,330", "square miles, most of it rural"), ("42,000", "crimes a year"),
                    ("1 in 5", "crimes are domestic abuse related"), ("11,500", "ASB incidents a year"),
                    ("£3.2m", "cost of rural crime a year")], 3, W - 36 * mm, num, cap, FILLS))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Speeding and anti-social behaviour were the top concerns in our residents' survey.",
                  "Farmers said rural crime was under-reported because they did not expect a response.",
                  "Young people asked for safe places to meet and for more youth workers.",
                  "Survivors of domestic abuse asked for support closer to home."], bl)
    s.append(Paragraph("Cross-cutting themes", h2))
    s += bullets(["Early intervention and prevention", "Listening to victims and survivors", "Tackling inequality and "
                  "rural isolation", "Trauma-informed practice"], bl)
    s += [PageBreak(), Marker("gl", toc), Paragraph("Plan on a page", title_st),
          Paragraph("Our vision, priorities and ways of working on one page.", body), Spacer(1, 4)]
    gst = ParagraphStyle("g", fontName=BOLD, fontSize=10.5, leading=13, textColor=colors.white, alignment=TA_CENTER)
    cells = [[Paragraph(p[0], gst) for p in PRIORITIES[k:k + 3]] for k in (0, 3)]
    gt = Table(cells, colWidths=[(W - 36 * mm) / 3] * 3, rowHeights=[30 * mm] * 2)
    st = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 5, colors.white)]
    for i in range(6):
        st.append(("BACKGROUND", (i % 3, i // 3), (i % 3, i // 3), FILLS[i]))
    gt.setStyle(TableStyle(st))
    s += [RuledBox([Paragraph("Vision: everyone safe, and feeling safe", intro)], MIST), Spacer(1, 6), gt, Spacer(1, 6),
          RuledBox([Paragraph("How we work: early intervention · listening to victims · tackling inequality · "
                              "trauma-informed practice", body)], MIST)]
    for i, (name, why, dos, kpi) in enumerate(PRIORITIES):
        if i % 2 == 0:
            s.append(PageBreak())
        else:
            s.append(Spacer(1, 10))
        if i == 0:
            s.append(Marker("p0", toc))
        s += [prio_head(i, name, W), Spacer(1, 6), Paragraph(why, intro), Paragraph("We will", h3)]
        s += bullets(dos, bl)
        s.append(Paragraph(f"<b>Measures:</b> {kpi}.", body))
    s += [PageBreak(), Marker("gov", toc), Paragraph("Delivering the strategy", title_st),
          Paragraph("The Safer Somerset Partnership Board meets quarterly. It is chaired in turn by the council and the "
                    "police, and it reports to the council's scrutiny committee.", body)]
    dt = Table([["Priority", "Lead group"], ["01", "Somerset Domestic Abuse Board"], ["02", "ASB Strategic Group"],
                ["03", "Rural Crime Forum"], ["04", "Exploitation Strategic Group"], ["05", "Serious Violence Duty "
                                                                                          "Group"],
                ["06", "Somerset Hate Crime Partnership"]], colWidths=[25 * mm, 90 * mm])
    dt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, MOSS)]))
    s += [dt, Spacer(1, 8), Paragraph("Funding", h2),
          Paragraph("The partnership receives a community safety grant from the Police and Crime Commissioner and "
                    "contributions from Somerset Council's public health budget.", body),
          Marker("part", toc), Paragraph("Our partners", h2)]
    s += bullets(["Somerset Council", "Avon and Somerset Police", "Devon and Somerset Fire and Rescue Service",
                  "Probation Service", "NHS Somerset Integrated Care Board", "Office of the Police and Crime Commissioner",
                  "Homes in Sedgemoor and other housing providers", "Spark Somerset (voluntary sector)"], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header), TITLE, "Safer Somerset Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
