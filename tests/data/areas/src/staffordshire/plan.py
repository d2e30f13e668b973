"""Staffordshire Commissioner's Police and Crime Plan 2024-2028: reportlab brochure (Liberation Sans, DejaVu
Serif headings).

Six priorities, two per page (pp5-7).  Each priority is the white text of a **round rosette seal** (a
serrated disc with a thin inner ring) on the left of its block, wrapping over two or three centred lines; no
priority number is printed.  To the right of the seal sit an italic tag line and the numbered objectives
"1.1 ...", which decide where each topic belongs.  The principles (p3), "What you told us" (p4), the
partnership list (p8), the Fire and Rescue Plan's priorities quoted in a box and the budget (p9) are
distractors.
"""
import math

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/staffordshire_police_and_crime_plan_2024-28.pdf"
TITLE = "Staffordshire Commissioner's Police and Crime Plan 2024–2028"

PLUM, GOLD, TEAL, INK, GREY = hexc("#4A1F5C"), hexc("#C99A2E"), hexc("#1F6F78"), hexc("#222222"), hexc("#6B6B6B")
PALE = hexc("#F3EEF5")
SEALS = [hexc("#4A1F5C"), hexc("#1F6F78"), hexc("#8C2F39"), hexc("#2E5E3A"), hexc("#B5651D"), hexc("#34495E")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")  # body accents
SERIF = "DejaVuSerif-Bold"
W, H = A4

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

if SERIF not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(SERIF, "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=9.1, leading=12.4, leftIndent=20, firstLineIndent=-20,
                     spaceAfter=3.5)
tag = ParagraphStyle("tag", fontName="Helvetica-Oblique", fontSize=9.6, leading=12.5, textColor=GREY, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName=SERIF, fontSize=21, leading=26, textColor=PLUM, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
seal = ParagraphStyle("seal", fontName=SERIF, fontSize=11.2, leading=14, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.3, leading=10.5, textColor=colors.white)

PRIORITIES = [
    ("A local and responsive police service",
     "Policing that people can see, reach and rely on in every town and village.",
     ["Visible neighbourhood policing teams in every district, with more ways to contact them by phone and "
      "online.",
      "Tackling anti-social behaviour with the councils, housing providers and community safety partnerships, "
      "using the full range of powers and problem-solving.",
      "Protecting rural communities from rural, wildlife and heritage crime, and town centres from business and "
      "retail crime.",
      "Making our roads safer: tackling the \u201cfatal four\u201d (speeding, drink and drug driving, mobile phones and "
      "seat belts) and supporting Community Speedwatch in villages."]),
    ("Preventing harm and protecting people",
     "Stepping in early to protect the people most at risk of harm.",
     ["Reducing serious violence and knife crime, delivering the Serious Violence Duty with the partnership "
      "through a public health approach.",
      "Protecting children and vulnerable adults from exploitation, including county lines and cuckooing, and "
      "disrupting drug supply and organised crime groups.",
      "Working with health partners for people in mental health crisis, missing people and victims of modern "
      "slavery.",
      "Protecting older and vulnerable people from fraud, scams and online harm."]),
    ("Tackling violence against women and girls",
     "Making Staffordshire a place where women and girls are, and feel, safe.",
     ["Domestic abuse: identifying it earlier, improving the response, pursuing perpetrators and funding "
      "programmes that change their behaviour.",
      "Rape, sexual offences and stalking: better investigations and more cases charged.",
      "The safety of women and girls in public spaces, on transport and in the night-time economy.",
      "Prevention through education: healthy relationships in schools and challenging misogyny."]),
    ("Supporting victims and witnesses",
     "Helping every victim to cope and recover, whether or not they report a crime.",
     ["Staffordshire Victim Gateway: free, confidential support for every victim of crime.",
      "Specialist services for victims of domestic abuse and sexual violence and their children, including "
      "refuges and other safe accommodation.",
      "Support for victims of hate crime, with third-party reporting centres so that more people feel able to "
      "report it.",
      "Restorative justice for victims who want it."]),
    ("Reducing offending and reoffending",
     "Fewer victims, by breaking the cycle of offending.",
     ["Integrated Offender Management (IOM) for the people who commit the most neighbourhood crime.",
      "A home, training and a job for people leaving prison, with the Probation Service.",
      "Getting people whose drug or alcohol use drives their offending into treatment and recovery, and reducing "
      "drug-related deaths, with the combating drugs partnerships.",
      "Diverting children from the justice system and reducing reoffending by children, with the Staffordshire "
      "and Stoke-on-Trent youth justice services."]),
    ("A more effective criminal justice system",
     "Swifter, surer justice for victims and the public.",
     ["Reducing delays between charge and trial, and improving the quality of case files.",
      "Better use of technology: sharing digital evidence between the police, the Crown Prosecution Service and "
      "the courts.",
      "Holding the criminal justice agencies to account through the Staffordshire Criminal Justice Board."]),
]


class SealBlock(Flowable):
    """A rosette seal holding the priority on the left; tag line and objectives on the right."""

    D = 50 * mm

    def __init__(self, k, name, tagline, objectives):
        super().__init__()
        self.k, self.name = k, name
        self.seal = Paragraph(name, seal)
        self.right = [Paragraph(tagline, tag)] + [Paragraph(f"{k}.{i}&nbsp;&nbsp;{t}", obj)
                                                   for i, t in enumerate(objectives, 1)]

    def wrap(self, aw, ah):
        self.aw = aw
        rw = aw - self.D - 9 * mm
        self.sizes = [p.wrap(rw, ah) for p in self.right]
        self.rh = sum(h for _, h in self.sizes) + 3.5 * len(self.right)
        _, self.sh = self.seal.wrap(self.D * 0.72, ah)
        self.h = max(self.D + 4 * mm, self.rh + 2 * mm)
        return aw, self.h

    def draw(self):
        c = self.canv
        r = self.D / 2
        cx, cy = r, self.h - r - 1 * mm
        pts = []
        n = 40
        for i in range(2 * n):
            a = math.pi * i / n
            rr = r if i % 2 == 0 else r * 0.93
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for x, y in pts[1:]:
            p.lineTo(x, y)
        p.close()
        c.setFillColor(SEALS[self.k - 1])
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(GOLD)
        c.setLineWidth(1.2)
        c.circle(cx, cy, r * 0.83, stroke=1, fill=0)
        self.seal.drawOn(c, cx - self.D * 0.36, cy - self.sh / 2 + 2)
        x = self.D + 9 * mm
        y = self.h
        for para, (_, hh) in zip(self.right, self.sizes):
            y -= hh
            para.drawOn(c, x, y)
            y -= 3.5


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, H - 10.2 * mm, W, 1.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, H - 6 * mm, "Staffordshire Commissioner  \u00b7  Police and Crime Plan 2024\u20132028")
    c.setFillColor(PLUM)
    c.setFont(BOLD, 9)
    c.drawString(18 * mm, 11 * mm, f"{p}")
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(24 * mm, 12.2 * mm, W - 18 * mm, 12.2 * mm)
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(GOLD)
    c.setLineWidth(9)
    # a loose three-loop knot motif
    for dx, dy in [(-22, 0), (22, 0), (0, 30)]:
        c.circle(W / 2 + dx * mm, H - 95 * mm + dy * mm, 24 * mm, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 22 * mm, "STAFFORDSHIRE COMMISSIONER")
    c.setFont(SERIF, 30)
    c.drawString(18 * mm, 110 * mm, "Police and Crime Plan")
    c.setFont(REG, 18)
    c.drawString(18 * mm, 96 * mm, "2024\u20132028")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 40 * mm, "Safer, stronger communities in Staffordshire and Stoke-on-Trent")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(18 * mm, 80 * mm, "Office of the Staffordshire Commissioner")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 70 * mm, "Staffordshire Place, Stafford")
    c.drawString(18 * mm, 63 * mm, "contact@staffordshire-commissioner.example  \u00b7  01785 000 000 (illustrative)")
    c.drawString(18 * mm, 56 * mm, "This plan is available in other formats on request.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def tbl(rows, widths, head=PLUM):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), head), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key, ind in [("Foreword", "fw", 0), ("Our principles", "pr", 0), ("What you told us", "told", 0),
                           ("My six priorities", "p1", 0)] + \
            [(n, f"p{i}", 14) for i, (n, _, _) in enumerate(PRIORITIES, 1)] + \
            [("Working in partnership", "part", 0), ("Measures, money and the Fire and Rescue Plan", "money", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD if not ind else REG, 11 if not ind else 10, INK,
                              indent=ind, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Staffordshire and Stoke-on-Trent are home to more than 1.1 million people, in a city, eight districts and "
        "some of the most rural parts of the West Midlands. Most people here are safe most of the time, but crime and "
        "the fear of crime are felt unevenly.",
        "As Commissioner I hold the Chief Constable to account for the policing of the county and the city, and I "
        "commission services for victims and for people who want to stop offending. This plan sets out what I expect "
        "from Staffordshire Police and what I will fund with our partners from 2024 to 2028.",
        "It was shaped by a public survey, by meetings in every district and by the partnerships whose own strategies "
        "sit alongside it.",
        "<b>Staffordshire Commissioner</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("Our principles", h2),
          Paragraph("These principles describe how the plan will be delivered. They are not priorities in their own "
                    "right.", body)]
    s += bullets(["<b>Public first</b>: decisions start from what matters to residents.",
                  "<b>Fair and inclusive</b>: services that work for every community.",
                  "<b>Partnership by default</b>: no single agency can solve these problems alone.",
                  "<b>Value for money</b>: every pound spent where it makes most difference."], bl)
    s += [PageBreak(), Paragraph("What you told us", h1),
          Paragraph("More than 4,000 people answered our survey in 2023 (illustrative). The figures on this page are "
                    "illustrative and are not official statistics.", body),
          Tiles([("62%", "want to see more of their local police"), ("48%", "say anti-social behaviour is a problem "
                 "where they live"), ("41%", "worry about speeding in their street"),
                 ("1 in 3", "victims did not know where to get support")], 2, W - 36 * mm, num, cap,
                [PLUM, TEAL, hexc("#8C2F39"), hexc("#2E5E3A")]),
          Paragraph("Recorded crime in 2023/24 (illustrative)", h2),
          tbl([["Crime type", "Offences", "Change on 2022/23"], ["All recorded crime", "96,400", "-3%"],
               ["Violence against the person", "38,100", "+2%"], ["Domestic abuse-related crime", "17,900", "+4%"],
               ["Neighbourhood crime", "11,300", "-6%"], ["Knife crime", "690", "+5%"]],
              [80 * mm, 40 * mm, 40 * mm]),
          Paragraph("Figures are illustrative.", small)]
    s += [PageBreak(), Paragraph("My six priorities", h1),
          Paragraph("Each priority has a small number of objectives. The objectives say what is included, and how I "
                    "will judge progress.", body), Spacer(1, 6)]
    for i, (name, tg, objs) in enumerate(PRIORITIES, 1):
        s.append(SealBlock(i, name, tg, objs))
        s.append(Spacer(1, 12))
        if i in (2, 4):
            s.append(PageBreak())
            s.append(Spacer(1, 4))
    s += [PageBreak(), Paragraph("Working in partnership", h1),
          Paragraph("The plan depends on partners. The Commissioner sits on, funds or works closely with:", body)]
    s += bullets(["Stoke-on-Trent Safer City Partnership and the district community safety partnerships",
                  "The Staffordshire and Stoke-on-Trent Domestic Abuse Partnership Board",
                  "The Staffordshire and Stoke-on-Trent Serious Violence Duty partnership",
                  "The combating drugs partnerships for Staffordshire and for Stoke-on-Trent",
                  "The Staffordshire and Stoke-on-Trent youth justice services",
                  "The Staffordshire and Stoke-on-Trent Reducing Reoffending Board",
                  "The Staffordshire Criminal Justice Board"], bl)
    s += [Paragraph("How partners' priorities fit", h2),
          Paragraph("Partnership strategies do not need to copy this plan. We ask each partnership to say which of my "
                    "objectives its work contributes to, so that we can avoid duplication and fill gaps.", body),
          Paragraph("Grants to partners", h2),
          tbl([["Fund", "2024/25 (illustrative)", "Purpose"],
               ["Community safety fund", "£1.2m", Paragraph("Shared across the city and district partnerships", body)],
               ["Victim services", "£3.4m", Paragraph("Victim Gateway and specialist services", body)],
               ["Violence prevention", "£0.9m", Paragraph("Serious Violence Duty interventions", body)],
               ["Offender services", "£0.7m", Paragraph("IOM, housing and treatment pathways", body)]],
              [55 * mm, 40 * mm, 79 * mm], head=TEAL)]
    s += [PageBreak(), Paragraph("Measures, money and the Fire and Rescue Plan", h1),
          Paragraph("Measures", h2),
          tbl([["Measure", "Baseline (illustrative)", "Direction"], ["Neighbourhood crime", "11,300", "Down"],
               ["Victims satisfied with support", "78%", "Up"], ["Proven reoffending rate", "24%", "Down"],
               ["Days from charge to trial", "310", "Down"]], [80 * mm, 45 * mm, 35 * mm]),
          Paragraph("The budget", h2),
          Paragraph("The police budget for 2024/25 is £240m (illustrative), of which about £8m is the Commissioner's "
                    "commissioning budget.", body), Spacer(1, 6),
          RuledBox([Paragraph("<b>The Commissioner's Fire and Rescue Plan</b>", body),
                    Paragraph("The Commissioner also sets a separate plan for Staffordshire Fire and Rescue Service. Its "
                              "priorities are: Protecting people at home; Safer roads and waterways; Responding when "
                              "it matters; and A sustainable service. They are not part of this plan.", body)],
                   PALE, pad=9, border=GOLD)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Staffordshire Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword Staffordshire and Stoke", "pr": "Our principles These", "told": "What you told us More",
               "p1": PRIORITIES[0][0], "p2": PRIORITIES[1][0], "p3": PRIORITIES[2][0], "p4": PRIORITIES[3][0],
               "p5": PRIORITIES[4][0], "p6": PRIORITIES[5][0],
               "part": "Working in partnership The plan", "money": "Measures, money and the Fire and Rescue Plan Measures"}
    two_pass(run, out, needles)
    return out
