"""Police and Crime Plan for County Durham and Darlington 2025-2029: reportlab brochure
(Liberation Sans body, DejaVu Serif headings).

Six priorities, two a page (P1-P2 p5, P3-P4 p6, P5-P6 p7), each set out as a **curly-brace outline**: the
priority in large serif bold in a left column, with an italic tag line under it, then a tall drawn curly
brace whose point faces the priority, then the numbered objectives "1.1 ..." in a right-hand column.  No
priority number is printed.  The Commissioner's values (p8), "What you told us" and the previous plan's
priorities (p4), the partnership boards (p8) and the budget (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/durham_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for County Durham and Darlington 2025–2029"

NAVY, PLUM, GOLD, INK, GREY = hexc("#1B2A4A"), hexc("#6B2D5C"), hexc("#C99A2E"), hexc("#222222"), hexc("#666666")
PALE = hexc("#F3EEF2")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = ("DejaVuSerif", "DejaVuSerif-Bold")
W, H = A4

from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
for _n in (SREG, SBOLD):
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, f"/usr/share/fonts/truetype/dejavu/{_n}.ttf"))

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=14, spaceAfter=7, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=27, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, textColor=PLUM, spaceBefore=8, spaceAfter=4)
pri = ParagraphStyle("pri", fontName=SBOLD, fontSize=16, leading=20, textColor=NAVY, spaceAfter=6)
tag = ParagraphStyle("tag", fontName=REG, fontSize=9.4, leading=12.5, textColor=GREY)
obj = ParagraphStyle("obj", fontName=REG, fontSize=9.3, leading=12.6, textColor=INK, leftIndent=22,
                     firstLineIndent=-22, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=18, leading=21, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.6, leading=10.8, textColor=colors.white)
tcell = ParagraphStyle("tcell", fontName=REG, fontSize=8.8, leading=11.2, textColor=INK)
thead = ParagraphStyle("thead", fontName=BOLD, fontSize=8.8, leading=11.2, textColor=colors.white)

PRIORITIES = [
    ("Safer streets and neighbourhoods",
     "Dealing with the crime and nuisance that residents see on their own doorstep.",
     ["Reduce anti-social behaviour through neighbourhood policing and joint problem-solving with Durham County "
      "Council and Darlington Borough Council, including off-road motorbikes and nuisance in town centres.",
      "Cut burglary, vehicle crime, business crime and rural crime, including theft from farms and of machinery.",
      "Close down drug dealing and county lines in our communities: act on what residents tell us, disrupt "
      "dealers and close the homes that dealers take over (cuckooing).",
      "Tackle hate crime and help build cohesive communities, with third-party reporting centres and support for "
      "people targeted because of who they are."]),
    ("Cutting violent crime",
     "Fewer people hurt, in public and in private.",
     ["Lead the Serious Violence Duty partnership of the councils, health, probation and youth justice, and take "
      "a public health approach to serious violence.",
      "Reduce knife crime: weapons sweeps, knife surrender and education about carrying knives in every "
      "secondary school.",
      "Reduce alcohol-related violence and disorder in town centres at night through licensing, Best Bar None "
      "and street marshals."]),
    ("Ending violence against women and girls",
     "Every woman and girl safe at home, online and in public.",
     ["Improve the response to domestic abuse and pursue perpetrators, using protection orders and the Domestic "
      "Violence Disclosure Scheme.",
      "Improve the investigation and charging of rape and other sexual offences.",
      "Tackle stalking, harassment and spiking, and make public spaces, transport and our town centres safer "
      "for women and girls.",
      "Prevent abuse before it starts: challenge harmful attitudes in men and boys, support healthy "
      "relationships education in schools, and fund programmes that change perpetrators' behaviour."]),
    ("Putting victims first",
     "Support that is there when it is needed, for as long as it is needed.",
     ["A free victim care and advice service for every victim, whether or not they report to the police, and "
      "scrutiny of how the Victims' Code is met.",
      "Specialist support for victims of domestic abuse and sexual violence: independent advisers (IDVAs and "
      "ISVAs), counselling and support for children.",
      "Restorative justice for every victim who wants it.",
      "Treat people who are exploited as victims: with safeguarding partners, identify children drawn into "
      "criminal exploitation and county lines, and adults held in modern slavery, and get them support."]),
    ("Breaking the cycle of offending",
     "Fewer victims tomorrow by changing lives today.",
     ["Integrated Offender Management for the people who commit most crime, with housing, education, training "
      "and work on release from prison.",
      "Divert children from crime and reduce reoffending by children, with the youth justice services of "
      "County Durham and Darlington (out-of-court disposals and Turnaround).",
      "Work with the combating drugs partnership to get more people into drug and alcohol treatment and "
      "recovery, above all people whose use drives their offending, and to reduce drug-related deaths.",
      "Divert women from the justice system through a women's centre, and liaison and diversion for people "
      "with mental health needs."]),
    ("Trust and confidence in policing",
     "A police service the public can rely on and believe in.",
     ["Answer 999 and 101 calls promptly and make online reporting simple.",
      "Hold the Chief Constable to account for high standards of conduct, vetting and complaint handling.",
      "A workforce that reflects our communities, and independent scrutiny panels that look at stop and search "
      "and use of force.",
      "Value for money from every pound of the police budget."]),
]


class BraceRow(Flowable):
    """Priority (left) -- curly brace -- objectives (right)."""

    def __init__(self, n, title, tagline, objectives):
        super().__init__()
        self.left = [Paragraph(title, pri), Paragraph(tagline, tag)]
        self.right = [Paragraph(f"{n}.{k}&nbsp;&nbsp;&nbsp;{t}", obj) for k, t in enumerate(objectives, 1)]
        self.lw, self.bw = 60 * mm, 13 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        self.rw = aw - self.lw - self.bw
        self.lh = [p.wrap(self.lw, ah)[1] for p in self.left]
        self.rh = [p.wrap(self.rw, ah)[1] + 5 for p in self.right]
        self.h = max(sum(self.lh) + 8, sum(self.rh)) + 6
        return aw, self.h

    def draw(self):
        c = self.canv
        # left column, vertically centred on the brace point
        lh = sum(self.lh) + 6
        y = self.h / 2 + lh / 2
        for p, h in zip(self.left, self.lh):
            y -= h
            p.drawOn(c, 0, y)
            y -= 6
        # the brace
        x0 = self.lw + 3 * mm
        x1 = self.lw + self.bw - 4 * mm
        top, bot, mid = self.h - 2, 2, self.h / 2
        xm = (x0 + x1) / 2
        c.setStrokeColor(GOLD)
        c.setLineWidth(2.4)
        pth = c.beginPath()
        pth.moveTo(x1, top)
        pth.curveTo(xm, top, xm, top - 8, xm, top - 16)
        pth.lineTo(xm, mid + 12)
        pth.curveTo(xm, mid + 3, xm - 2, mid, x0, mid)
        pth.curveTo(xm - 2, mid, xm, mid - 3, xm, mid - 12)
        pth.lineTo(xm, bot + 16)
        pth.curveTo(xm, bot + 8, xm, bot, x1, bot)
        c.drawPath(pth, stroke=1, fill=0)
        # right column
        y = self.h - 3
        for p, h in zip(self.right, self.rh):
            y -= h - 5
            p.drawOn(c, self.lw + self.bw, y)
            y -= 5


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(PLUM)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    c.setStrokeColor(GOLD)
    c.setLineWidth(5)
    c.line(20 * mm, 165 * mm, 70 * mm, 165 * mm)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10.5)
    c.drawString(20 * mm, H - 25 * mm, "POLICE, CRIME AND VICTIMS' COMMISSIONER FOR DURHAM")
    c.setFont(SBOLD, 31)
    c.drawString(20 * mm, 145 * mm, "Police and Crime Plan")
    c.setFont(SREG, 19)
    c.drawString(20 * mm, 132 * mm, "County Durham and Darlington")
    c.setFont(REG, 16)
    c.drawString(20 * mm, 118 * mm, "2025 – 2029")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 28 * mm, "Safer communities, victims at the heart")
    c.restoreState()


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GOLD)
    c.rect(18 * mm, H - 13 * mm, 18 * mm, 1.6 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawRightString(W - 18 * mm, H - 13 * mm, "Police and Crime Plan 2025–2029")
    c.setStrokeColor(hexc("#CCCCCC"))
    c.setLineWidth(0.6)
    c.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 18 * mm, 9 * mm, f"{p}  /  County Durham and Darlington")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(20 * mm, 90 * mm, "Office of the Police, Crime and Victims' Commissioner")
    c.setFont(REG, 10)
    for i, t in enumerate(["Durham Police Headquarters, Aykley Heads, Durham",
                           "general.enquiries@durham-pcvc.example", "Telephone 0191 000 0000 (illustrative)",
                           "This plan is available in other formats and languages on request."]):
        c.drawString(20 * mm, (80 - 7 * i) * mm, t)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def table(rows, widths, head=NAVY):
    data = [[Paragraph(x, thead if r == 0 else tcell) for x in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#CCCCCC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def story(pages):
    s = [NextPageTemplate("single"), PageBreak()]
    s.append(Paragraph("Contents", h1))
    for text, key, ind in [("Foreword", "fw", 0), ("County Durham and Darlington today", "ctx", 0),
                           ("My priorities", "pri", 0)] + \
            [(t, f"p{i}", 1) for i, (t, _, _) in enumerate(PRIORITIES, 1)] + \
            [("How I will deliver this plan", "del", 0), ("Measuring success and the money", "mon", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD if not ind else REG, 11 if not ind else 10,
                              NAVY if not ind else INK, indent=14 * ind, gap=9))
    s.append(PageBreak())
    s.append(Paragraph("Foreword", h1))
    for t in [
        "It is a privilege to serve as the Police, Crime and Victims' Commissioner for County Durham and Darlington. "
        "This plan sets out what I will ask of Durham Constabulary, and what I will do with our partners, over the "
        "next four years.",
        "I have listened to residents in our towns, our former pit villages, our rural dales and our city. People "
        "want to see the police in their neighbourhood, they want violence and drug dealing dealt with, and they want "
        "victims to be treated with care from the first call to the end of the court case and beyond.",
        "The Chief Constable is responsible for operational policing. My job is to set the direction, to hold the "
        "force to account on your behalf, and to commission services for victims and for people who want to change. "
        "Much of this plan can only be delivered with the councils, health, probation, the youth justice services, "
        "the fire service and the voluntary sector, and I am grateful for their commitment.",
        "I will publish an annual report on progress against this plan, and I will keep listening."]:
        s.append(Paragraph(t, body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>Police, Crime and Victims' Commissioner for Durham</b>", body))
    s.append(PageBreak())
    s.append(Paragraph("County Durham and Darlington today", h1))
    s.append(Paragraph("The figures below are illustrative and are not official statistics.", small))
    s.append(Spacer(1, 4))
    s.append(Tiles([("634,000", "people live in County Durham and Darlington"), ("52,000", "crimes recorded in "
                    "2023/24"), ("17,800", "anti-social behaviour incidents"), ("11,200", "domestic abuse "
                    "incidents and crimes"), ("310", "knife crime offences"), ("2,900", "adults in drug and alcohol "
                    "treatment")], 3, W - 36 * mm, num, cap, [NAVY, PLUM, hexc("#2F5E6E")]))
    s.append(Paragraph("What you told us", h2))
    s.append(Paragraph("More than 2,400 residents (illustrative) took part in my consultation. Their main "
                       "concerns were:", body))
    s += bullets(["Anti-social behaviour, especially off-road bikes and groups gathering in town centres.",
                  "Drug dealing in their street and the violence that comes with it.",
                  "Not seeing a police officer in their neighbourhood often enough.",
                  "Waiting too long when they call 101.",
                  "Women and girls not feeling safe walking home at night."], bl)
    s.append(Paragraph("Looking back", h2))
    s.append(Paragraph("My 2021–2024 plan had three themes: Safer and stronger communities; Victims at the heart "
                       "of justice; and A police service that is fit for the future. This plan keeps their "
                       "spirit but sets out six priorities that are easier to measure.", body))
    s.append(PageBreak())
    s.append(Paragraph("My priorities", h1))
    s.append(Paragraph("My six priorities for 2025–2029 are set out over the next three pages. Under each one I "
                       "list the objectives I will hold the Chief Constable and our partners to.", body))
    s.append(Spacer(1, 8))
    for i, (t, g, objs) in enumerate(PRIORITIES, 1):
        s.append(BraceRow(i, t, g, objs))
        s.append(Spacer(1, 34))
        if i in (2, 4, 6):
            s.append(PageBreak())
    s.append(Paragraph("How I will deliver this plan", h1))
    s.append(Paragraph("My values", h2))
    s += bullets(["<b>Listening</b>: I will keep asking residents and victims what matters to them.",
                  "<b>Fairness</b>: everyone should receive the same high standard of service.",
                  "<b>Partnership</b>: no one organisation can make our communities safe on its own.",
                  "<b>Openness</b>: I will publish what I decide and why."], bl)
    s.append(Paragraph("Working in partnership", h2))
    s.append(Paragraph("I sit on, or work closely with, the partnership boards below. Each has its own strategy, "
                       "and I expect them to show how their work helps to deliver this plan.", body))
    s.append(table([["Partnership", "Who is involved"],
                    ["Safe Durham Partnership", "Durham County Council, police, fire, health, probation"],
                    ["Darlington Community Safety Partnership", "Darlington Borough Council, police, fire, health"],
                    ["Domestic Abuse and Sexual Violence Executive Group", "Both councils, police, health, "
                     "specialist services"],
                    ["Serious Violence Duty partnership", "Specified authorities across both council areas"],
                    ["Combating Drugs Partnership", "Public health, treatment services, police, probation"],
                    ["Youth Justice Management Boards", "County Durham and Darlington youth justice services"],
                    ["Local Criminal Justice Board", "Police, CPS, courts, probation, prisons"]],
                   [70 * mm, W - 36 * mm - 70 * mm]))
    s.append(PageBreak())
    s.append(Paragraph("Measuring success and the money", h1))
    s.append(Paragraph("I will report each year on the measures below. Baselines are illustrative.", body))
    s.append(table([["Measure", "Baseline 2023/24", "Direction"],
                    ["Anti-social behaviour incidents", "17,800", "Down"],
                    ["Knife crime offences", "310", "Down"],
                    ["Domestic abuse charge rate", "9%", "Up"],
                    ["Victims satisfied with the service", "71%", "Up"],
                    ["Adults in drug and alcohol treatment", "2,900", "Up"],
                    ["101 calls answered within 5 minutes", "62%", "Up"]],
                   [80 * mm, 40 * mm, W - 36 * mm - 120 * mm]))
    s.append(Paragraph("The budget", h2))
    s.append(Paragraph("The police budget for 2025/26 is about £165 million (illustrative), most of it spent on "
                       "officers and staff. My commissioning budget of about £4.8 million (illustrative) pays for "
                       "victim services, restorative justice, perpetrator programmes and diversion schemes.", body))
    s.append(table([["Area of spend", "£ million (illustrative)"], ["Officers and staff", "128.0"],
                    ["Running costs and estates", "24.1"], ["Capital and technology", "8.1"],
                    ["Commissioned services", "4.8"]], [100 * mm, 50 * mm]))
    s.append(NextPageTemplate("back"))
    s.append(PageBreak())
    s.append(Spacer(1, 1))
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police, Crime and Victims' Commissioner for Durham")
        doc.build(story(pages))
    needles = {"fw": "Foreword It is a privilege", "ctx": "County Durham and Darlington today The figures",
               "pri": "My priorities My six", "p1": PRIORITIES[0][0], "p2": PRIORITIES[1][0],
               "p3": PRIORITIES[2][0], "p4": PRIORITIES[3][0], "p5": PRIORITIES[4][0], "p6": PRIORITIES[5][0],
               "del": "How I will deliver this plan My values", "mon": "Measuring success and the money I will"}
    two_pass(run, out, needles)
    return out
