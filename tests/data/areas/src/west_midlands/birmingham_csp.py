"""Safer Birmingham Partnership Strategy 2024-2027: reportlab report (DejaVu Sans Condensed, Liberation Sans
headings).

Five priorities, stated once, on p6 as the **lanes of an athletics track** ("Five lanes, one finish line", a
nod to the 2022 Commonwealth Games): a drawn terracotta straight with a bend at the start, white lane lines, a
large white lane number at the start of each lane and the priority written in white bold along the lane, and a
chequered finish line holding the aim.  No descriptions on the track.  The lane explanations on p7 use short
labels ("Lane 1 · Neighbourhoods"); the 2020-2023 priorities and key findings (p4), the PCC's priorities
quoted and the principles (p5), the actions, measures and partner list are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/safer_birmingham_partnership_strategy_2024-27.pdf"
TITLE = "Safer Birmingham Partnership Strategy 2024–2027"

RED, TRACK, INK, GREY = hexc("#8C1D40"), hexc("#C4553A"), hexc("#222222"), hexc("#6A6A6A")
GRASS, PALE = hexc("#3E8E41"), hexc("#F4E7E3")
REG, BOLD = fonts("dejavu-cond")
HREG, HBOLD = fonts("liberation-sans")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.5, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=HBOLD, fontSize=21, leading=25, textColor=RED, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=HBOLD, fontSize=11.5, leading=14, textColor=TRACK, spaceBefore=8, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName=HBOLD, fontSize=10.5, leading=13, textColor=RED, spaceBefore=6, spaceAfter=2)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.3, leading=10.4, textColor=colors.white)

PRIORITIES = [
    ("Tackling anti-social behaviour in our neighbourhoods", "Neighbourhoods",
     "Anti-social behaviour is the issue residents raise with us most. We will use problem-solving in the wards "
     "with the highest demand, act quickly on repeat victims and use the full range of tools and powers.",
     ["Ward problem-solving panels in the ten highest-demand wards", "An ASB case review (community trigger) "
      "answered within 15 working days", "Youth outreach in parks in the summer"]),
    ("Reducing knife crime and serious violence", "Violence",
     "We will deliver the Serious Violence Duty in Birmingham with the West Midlands Violence Reduction "
     "Partnership, focusing on the places and people most affected.",
     ["Focused deterrence with the police and the VRP", "Knife arches and weapons sweeps at events",
      "Navigators in the emergency departments"]),
    ("Tackling violence against women and girls", "Women and girls",
     "Domestic abuse, sexual violence, stalking and harassment affect tens of thousands of women and girls in the "
     "city each year. We will deliver the city's domestic abuse and VAWG plans together.",
     ["IDVAs in GP surgeries and maternity services", "Safe spaces in the city centre",
      "Healthy relationships sessions in secondary schools"]),
    ("Reducing violence and disorder in the night-time economy", "Nights out",
     "Broad Street, the Gay Village, Digbeth and the Jewellery Quarter welcome thousands of people each weekend. "
     "We will work with licensees to reduce alcohol-related violence and disorder.",
     ["Street pastors and a welfare hub on Friday and Saturday nights", "Licensing reviews of problem premises",
      "Taxi marshals at the main ranks"]),
    ("Building cohesive communities and preventing extremism", "Cohesion",
     "Birmingham is a city of many communities. We will build trust between them, act on tensions and deliver "
     "the Prevent duty.",
     ["A community tensions group meeting monthly", "Prevent training for schools, colleges and faith settings",
      "A cohesion fund for neighbourhood events"]),
]


class Track(Flowable):
    """An athletics track: a bend on the left, a straight, lane lines, lane numbers and a finish line."""

    def __init__(self, items, width):
        super().__init__()
        self.items, self.width = items, width
        self.lane = 15 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        self.h = self.lane * len(self.items) + 26 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        n, lane = len(self.items), self.lane
        base = 12 * mm
        top = base + n * lane
        # grass infield and surround
        c.setFillColor(GRASS)
        c.roundRect(0, 0, self.aw, self.h, 6 * mm, stroke=0, fill=1)
        # the bend on the left (a flattened quarter ellipse) and the straight
        c.setFillColor(TRACK)
        bw = 22 * mm
        cx = bw + 2 * mm
        p = c.beginPath()
        p.moveTo(cx, top)
        p.lineTo(cx, base)
        p.curveTo(cx - bw * 0.55, base, cx - bw, top - n * lane * 0.45, cx - bw, top)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(cx, base, self.aw - cx - 6 * mm, n * lane, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.2)
        for k in range(n + 1):
            y = base + k * lane
            c.line(cx, y, self.aw - 6 * mm, y)
            f = (top - y) / (n * lane)
            if f > 0:
                q = c.beginPath()
                q.moveTo(cx, y)
                q.curveTo(cx - bw * 0.55 * f, y, cx - bw * f, top - (top - y) * 0.45, cx - bw * f, top)
                c.drawPath(q, stroke=1, fill=0)
        # finish line: a chequered strip at the right end
        sq = 2.5 * mm
        fx = self.aw - 6 * mm - 2 * sq
        for r in range(int(n * lane / sq)):
            for k in range(2):
                c.setFillColor(colors.white if (r + k) % 2 == 0 else colors.black)
                c.rect(fx + k * sq, base + r * sq, sq, sq, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(HBOLD, 9)
        c.drawRightString(self.aw - 8 * mm, top + 4 * mm, "FINISH: a safer Birmingham for everyone")
        # lanes: lane 1 at the top
        for i, (name, *_rest) in enumerate(self.items):
            y = top - (i + 1) * lane
            c.setFillColor(colors.white)
            c.setFont(HBOLD, 22)
            c.drawCentredString(cx + 7 * mm, y + 4.4 * mm, str(i + 1))
            c.setFont(HBOLD, 11.5)
            c.drawString(cx + 17 * mm, y + 5.6 * mm, name)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 10 * mm, W, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(HREG, 8)
    c.drawString(18 * mm, H - 6.5 * mm, "Safer Birmingham Partnership")
    c.drawRightString(W - 18 * mm, H - 6.5 * mm, "Strategy 2024–2027")
    c.setFillColor(TRACK)
    c.circle(W - 20 * mm, 13 * mm, 4.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 9)
    c.drawCentredString(W - 20 * mm, 11.8 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TRACK)
    c.rect(0, 40 * mm, W, 60 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.5)
    for k in range(6):
        c.line(0, 40 * mm + k * 12 * mm, W, 40 * mm + k * 12 * mm)
    c.setFillColor(colors.white)
    c.setFont(HBOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "SAFER BIRMINGHAM PARTNERSHIP")
    c.setFont(HBOLD, 32)
    c.drawString(18 * mm, H - 95 * mm, "Community Safety")
    c.drawString(18 * mm, H - 109 * mm, "Strategy 2024–2027")
    c.setFont(HREG, 11)
    c.drawString(18 * mm, H - 122 * mm, "Birmingham's community safety partnership")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 22 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Birmingham in context", "ctx"), ("How we work", "how"),
                      ("Five lanes, one finish line", "pri"), ("What each lane means", "lanes"),
                      ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Birmingham is the youngest major city in Europe and one of the most diverse. In 2022 it hosted the "
        "Commonwealth Games and showed what the city can do when everyone pulls in the same direction.",
        "The Safer Birmingham Partnership is the city's community safety partnership under the Crime and Disorder Act "
        "1998. It brings together Birmingham City Council, West Midlands Police, West Midlands Fire Service, the "
        "Probation Service, the Integrated Care Board and the voluntary sector.",
        "This strategy sets out five priorities for 2024 to 2027. We have drawn them as the lanes of a running "
        "track: separate lanes, run together, towards the same finish.",
        "<b>Chair, Safer Birmingham Partnership Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Birmingham in context", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4),
          Tiles([("1.15m", "residents"), ("131,000", "crimes recorded in 2023/24"), ("21,400", "ASB incidents"),
                 ("1,460", "knife crime offences"), ("24,800", "domestic abuse crimes"),
                 ("46%", "of residents from Black, Asian and minority ethnic communities")], 3, W - 36 * mm, num, cap,
                [RED, TRACK, hexc("#5A2A3A")]),
          Paragraph("Key findings of the strategic assessment", h2)]
    s += bullets(["ASB demand is highest in the city centre, Ladywood, Erdington and Small Heath.",
                  "Knife crime victims are getting younger.",
                  "Violence in the night-time economy peaks between midnight and 4am at weekends.",
                  "Community tensions rise quickly after national and international events."], bl)
    s.append(Paragraph("Our 2020–2023 strategy", h2))
    s.append(Paragraph("The last strategy had four priorities: Safe and resilient communities; Safer children and "
                       "young people; Reducing violence and exploitation; and Reducing reoffending. Reoffending is "
                       "now led by the West Midlands Reducing Reoffending Board.", body))
    s += [PageBreak(), Paragraph("How we work", h1), Paragraph("Our principles", h2)]
    s += bullets(["<b>Prevention</b>: act early, before harm is done.", "<b>Place</b>: work where the problems are "
                  "most concentrated.", "<b>People</b>: listen to residents and to victims.",
                  "<b>Partnership</b>: share data, plans and resources."], bl)
    s.append(Paragraph("The Police and Crime Plan", h2))
    s.append(Paragraph("The West Midlands Police and Crime Commissioner's plan for 2024–2028 has six priorities: "
                       "Preventing and reducing crime; Standing up for young people; Tackling violence against "
                       "women and girls; Supporting victims and witnesses; Reducing harm from drugs and alcohol; and "
                       "A visible, accountable and trusted police service. Our priorities support several of them.",
                       body))
    s.append(Paragraph("Our statutory duties", h2))
    s += bullets(["The Crime and Disorder Act 1998", "The Serious Violence Duty (Police, Crime, Sentencing and Courts "
                  "Act 2022)", "The Domestic Abuse Act 2021", "The Prevent duty (Counter-Terrorism and Security Act "
                  "2015)"], bl)
    s += [PageBreak(), Paragraph("Five lanes, one finish line", h1),
          Paragraph("Our five priorities for 2024 to 2027 are the five lanes of the track. Each has a lead partner "
                    "and a delivery group, and all five lead to the same finish.", body), Spacer(1, 10),
          Track(PRIORITIES, W - 36 * mm), Spacer(1, 8),
          Paragraph("The lanes are not ranked: lane 1 is not more important than lane 5.", small)]
    s += [PageBreak(), Paragraph("What each lane means", h1)]
    for i, (name, short, why, acts) in enumerate(PRIORITIES, 1):
        s.append(Paragraph(f"Lane {i} · {short}", h3))
        s.append(Paragraph(why, body))
        s.append(Paragraph("<b>Key actions for 2024/25:</b> " + "; ".join(acts) + ".", body))
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The Safer Birmingham Partnership Board meets quarterly and reports to the council's Community "
                    "Safety Overview and Scrutiny Committee and to the Police and Crime Commissioner.", body)]
    m = Table([["Measure", "Baseline", "Direction"], ["ASB incidents", "21,400", "Down"],
               ["Knife crime offences", "1,460", "Down"], ["Repeat MARAC referrals", "34%", "Down"],
               ["Violent crime in the city centre, Fri–Sat nights", "1,900", "Down"],
               ["Prevent referrals from schools", "140", "Up (earlier referral)"]],
              colWidths=[85 * mm, 35 * mm, 45 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), RED), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    m.hAlign = "LEFT"
    s += [m, Paragraph("Baselines are illustrative.", small), Paragraph("Our partners", h2)]
    s += bullets(["Birmingham City Council", "West Midlands Police", "West Midlands Fire Service",
                  "The Probation Service", "Birmingham and Solihull Integrated Care Board",
                  "Birmingham Voluntary Service Council"], bl)
    s.append(Paragraph("Contact: saferbirmingham@birmingham.example", body))
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Safer Birmingham Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Birmingham is the youngest", "ctx": "Birmingham in context The figures",
               "how": "How we work Our principles", "pri": "Five lanes, one finish line Our five",
               "lanes": "What each lane means Lane 1", "gov": "Governance and measures The Safer"}
    two_pass(run, out, needles)
    return out
