"""Police and Crime Plan for Gloucestershire 2025-2029: reportlab brochure (DejaVu Sans body, Liberation
Serif on the signs).

Six priorities, two a page (P1-P2 p5, P3-P4 p6, P5-P6 p7).  Each priority is lettered on a drawn
**hanging signboard**, like an inn sign: a wrought-iron bracket juts from the left margin, two chains hang
a dark board with a gold inner border, and the priority is centred on the board in white serif (wrapping
over one or two lines).  No number is printed on the sign.  Under the sign come an italic tag line and the
numbered objectives "1.1 ...", which decide where partner work belongs.  The principles and "What you told
us" (p4), the partner list (p8), the Chief Constable's operational priorities quoted in a box and the
budget (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/gloucestershire_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Gloucestershire 2025–2029"

GREEN, GOLD, INK, GREY = hexc("#1F4E3D"), hexc("#C9A227"), hexc("#222222"), hexc("#666666")
IRON, PALE = hexc("#2B2B2B"), hexc("#EEF2EF")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9, leading=12.8, spaceAfter=4, textColor=INK)
obj = ParagraphStyle("obj", parent=body, leftIndent=22, firstLineIndent=-22, spaceAfter=3)
tag = ParagraphStyle("tag", parent=body, fontName=SREG, fontSize=10.5, leading=13.5, textColor=GREEN)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=GREEN, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=GREEN, spaceBefore=7, spaceAfter=4)
sign = ParagraphStyle("sign", fontName=SBOLD, fontSize=17, leading=20.5, textColor=colors.white,
                      alignment=TA_CENTER)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=2)
small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Visible, accessible neighbourhood policing",
     "A named local team you can reach, who deal with what matters on your street.",
     ["Named neighbourhood officers and PCSOs for every town and parish, with time protected from response work.",
      "Tackling anti-social behaviour with the district councils and housing providers: joint problem-solving, "
      "the ASB Case Review (Community Trigger) and early use of civil powers.",
      "Answering 999, 101 and online contact quickly, and telling people what happened next.",
      "Tackling rural, wildlife and heritage crime with farmers, landowners and the Rural Crime Team."]),
    ("Protecting people from harm",
     "Finding the people most at risk and getting between them and those who would hurt them.",
     ["Reducing serious violence and knife crime, including early work with young people at risk of violence, "
      "through the Serious Violence Duty partnership.",
      "Disrupting county lines and drug dealing and protecting children and vulnerable adults from criminal "
      "exploitation, cuckooing and modern slavery.",
      "Getting more people whose drug or alcohol use harms them or others into treatment and recovery, "
      "including people whose offending is driven by it, and reducing drug-related deaths, with the Combating "
      "Drugs Partnership.",
      "Protecting older and vulnerable people from fraud, scams and doorstep crime."]),
    ("Ending violence against women and girls",
     "Making Gloucestershire a place where women and girls are, and feel, safe.",
     ["Identifying domestic abuse earlier, improving the police response, pursuing perpetrators and funding "
      "programmes that change their behaviour.",
      "Improving the investigation of rape, other sexual offences and stalking, and the experience of victims "
      "in the justice system.",
      "Making public places, transport and the night-time economy safer for women and girls.",
      "Funding healthy relationships education in schools and colleges to prevent abuse before it starts."]),
    ("Breaking the cycle of offending",
     "Fewer victims tomorrow, by changing the path of people who offend today.",
     ["Diverting children from crime, with the Youth Justice Service and Turnaround, and reducing reoffending by "
      "children.",
      "Integrated offender management of the most prolific offenders, with settled accommodation and education, "
      "training and work for people leaving prison or on probation.",
      "Out-of-court resolutions with conditions that tackle the causes of offending."]),
    ("Putting victims and witnesses first",
     "Every victim treated with dignity and supported to cope and recover.",
     ["Making sure every agency keeps to the Victims' Code.",
      "Commissioning specialist support for victims of domestic abuse and sexual violence: independent advisers "
      "(IDVAs and ISVAs), counselling, and support in refuges and other safe accommodation.",
      "Supporting victims of hate crime and building their confidence to report, including through third-party "
      "reporting centres.",
      "Offering restorative justice to every victim who wants it."]),
    ("Safer roads",
     "Fewer people killed or seriously injured on the county's roads.",
     ["Enforcement against the 'fatal four': speeding, drink and drug driving, mobile phones and seatbelts.",
      "Supporting Community Speedwatch groups in towns and villages.",
      "Reducing collisions involving motorcyclists on rural roads."]),
]


class HangingSign(Flowable):
    """An iron bracket from the left margin and a signboard on two chains; the priority on the board."""

    def __init__(self, text, width):
        super().__init__()
        self.para = Paragraph(text, sign)
        self.width = width

    def wrap(self, aw, ah):
        self.bw = 118 * mm
        _, ph = self.para.wrap(self.bw - 20 * mm, ah)
        self.ph = ph
        self.bh = ph + 16 * mm
        self.h = self.bh + 16 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        top = self.h
        bx = 24 * mm
        # wall plate and bracket
        c.setFillColor(IRON)
        c.rect(0, top - 14 * mm, 3 * mm, 14 * mm, stroke=0, fill=1)
        c.setStrokeColor(IRON)
        c.setLineWidth(2.2)
        c.line(3 * mm, top - 3 * mm, bx + self.bw + 4 * mm, top - 3 * mm)
        c.setLineWidth(1.4)
        c.line(3 * mm, top - 13 * mm, 30 * mm, top - 3 * mm)
        c.circle(16 * mm, top - 7 * mm, 2.5 * mm, stroke=1, fill=0)
        c.circle(bx + self.bw + 4 * mm, top - 3 * mm, 1.2 * mm, stroke=0, fill=1)
        # chains
        c.setLineWidth(0.8)
        for x in (bx + 12 * mm, bx + self.bw - 12 * mm):
            y = top - 3 * mm
            while y > top - 14 * mm:
                c.ellipse(x - 0.9 * mm, y - 2.4 * mm, x + 0.9 * mm, y, stroke=1, fill=0)
                y -= 2 * mm
        # board
        by = top - 14 * mm - self.bh
        c.setFillColor(hexc("#CCCCCC"))
        c.roundRect(bx + 1.5 * mm, by - 1.5 * mm, self.bw, self.bh, 3 * mm, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.roundRect(bx, by, self.bw, self.bh, 3 * mm, stroke=0, fill=1)
        c.setStrokeColor(GOLD)
        c.setLineWidth(1.6)
        c.roundRect(bx + 3 * mm, by + 3 * mm, self.bw - 6 * mm, self.bh - 6 * mm, 2 * mm, stroke=1, fill=0)
        self.para.drawOn(c, bx + 10 * mm, by + (self.bh - self.ph) / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFont(REG, 7.5)
    c.setFillColor(GREY)
    c.drawString(18 * mm, H - 12 * mm, "Police and Crime Commissioner for Gloucestershire")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Police and Crime Plan 2025–2029")
    c.setFillColor(GREEN)
    c.setFont(SBOLD, 10)
    c.drawCentredString(W / 2, 10 * mm, f"· {p} ·")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#2E6B53"))
    p = c.beginPath()
    p.moveTo(0, 70 * mm)
    for i in range(0, 22):
        p.lineTo(i * 10 * mm, (70 + 12 * ((i * 7) % 5) / 4) * mm)
    p.lineTo(W, 0)
    p.lineTo(0, 0)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 26 * mm, "POLICE AND CRIME COMMISSIONER FOR GLOUCESTERSHIRE")
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 34)
    c.drawString(20 * mm, H - 110 * mm, "Police and Crime Plan")
    c.setFont(SREG, 22)
    c.drawString(20 * mm, H - 124 * mm, "for Gloucestershire 2025–2029")
    c.setFont(REG, 10)
    c.drawString(20 * mm, 30 * mm, "Safer towns, villages and roads for everyone in the county")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(20 * mm, 80 * mm, "Office of the Police and Crime Commissioner for Gloucestershire")
    c.setFont(REG, 10)
    c.drawString(20 * mm, 72 * mm, "pcc@gloucestershire-pcc.example  ·  01234 000 000 (illustrative)")
    c.drawString(20 * mm, 65 * mm, "This plan is available in large print, Easy Read and other formats on request.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 18 * mm, W - 36 * mm, H - 38 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("How this plan was made", "how", 0), ("My priorities", "pri", 0)]
    entries += [(p[0], f"p{i}", 1) for i, p in enumerate(PRIORITIES)]
    entries += [("Working in partnership", "part", 0), ("Measures and money", "money", 0)]
    for text, key, lvl in entries:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD if not lvl else REG, 11 if not lvl else 10, INK,
                              indent=12 * mm * lvl, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Gloucestershire is a county of market towns, two busy urban centres in Gloucester and Cheltenham, the "
        "Forest of Dean, the Cotswolds and the Severn Vale. Most of it is very safe. But safety is not felt "
        "equally, and people told me clearly where they want things to change.",
        "This plan sets out my priorities for Gloucestershire Constabulary and for the services I commission "
        "until 2029. I have a duty to hold the Chief Constable to account for delivering it, and to work with "
        "the community safety partnerships, councils, health, probation and the voluntary sector, because the "
        "police cannot do this alone.",
        "The plan is short on purpose. Each priority is set out with the objectives that say what it covers and "
        "the partners I will work with. I will publish an annual report showing what has changed.",
        "<b>Police and Crime Commissioner for Gloucestershire</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("How this plan was made", h1), Paragraph("What you told us", h2)]
    s += bullets(["Seven in ten of the 3,100 people who answered our survey want to see more police in their "
                  "neighbourhood (illustrative).", "Speeding in villages was the most common concern in rural "
                  "areas.", "Women and girls in Gloucester and Cheltenham said they feel less safe at night.",
                  "Victims want to be kept informed about their case."], bl)
    s.append(Paragraph("The principles behind this plan", h2))
    s += bullets(["<b>Prevention first</b>: stopping harm before it happens.", "<b>Fairness</b>: policing that "
                  "treats every community equally.", "<b>Partnership</b>: one public service, not many.",
                  "<b>Value for money</b>: every pound spent where it makes the most difference."], bl)
    s += [Paragraph("Gloucestershire at a glance (illustrative)", h2),
          Tiles([("650,000", "residents"), ("41,000", "crimes recorded in 2023/24"),
                 ("9,800", "anti-social behaviour incidents"), ("1,150", "officers"),
                 ("23", "people killed on our roads"), ("7,400", "domestic abuse crimes and incidents")], 3,
                W - 36 * mm, num, cap, [GREEN, hexc("#2E6B53"), hexc("#8A7220")]),
          Paragraph("All figures in this plan are illustrative and are not official statistics.", small)]
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("There are six priorities. Under each, the numbered objectives set out what it covers.", body),
          Spacer(1, 4)]
    for i, (name, tl, objs) in enumerate(PRIORITIES):
        if i in (2, 4):
            s.append(PageBreak())
        blk = [HangingSign(name, W - 36 * mm), Spacer(1, 3), Paragraph(tl, tag), Spacer(1, 3)]
        blk += [Paragraph(f"{i + 1}.{k}&nbsp;&nbsp;&nbsp;{o}", obj) for k, o in enumerate(objs, 1)]
        s.append(KeepTogether(blk))
        s.append(Spacer(1, 8))
    s += [PageBreak(), Paragraph("Working in partnership", h1),
          Paragraph("I fund, chair or sit on the partnerships below. Their strategies are how much of this plan "
                    "is delivered.", body)]
    t = Table([["Partnership", "What it leads"],
               ["Safer Gloucestershire", "The county-wide community safety partnership"],
               ["Gloucester City Safe", "Community safety in Gloucester"],
               ["Cheltenham Community Safety Partnership", "Community safety in Cheltenham"],
               ["Domestic Abuse Local Partnership Board", "Domestic abuse and sexual violence"],
               ["Serious Violence Duty partnership", "The Serious Violence Strategy"],
               ["Combating Drugs Partnership", "From harm to hope in Gloucestershire"],
               ["Youth Justice Partnership Board", "The Youth Justice Service"],
               ["Reducing Reoffending Board", "Adult reoffending and resettlement"]],
              colWidths=[70 * mm, W - 36 * mm - 70 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Paragraph("The Strategic Policing Requirement", h2),
          Paragraph("The Constabulary also contributes to the national threats set by the Home Secretary: "
                    "terrorism, serious and organised crime, public disorder, civil emergencies, child sexual "
                    "abuse, cyber incidents and violence against women and girls.", body)]
    s += [PageBreak(), Paragraph("Measures and money", h1)]
    s.append(Table([[Paragraph("<b>The Chief Constable's operational priorities</b> (quoted for reference; they "
                               "are the Constabulary's, not this plan's)", body)],
                    [Paragraph("Responding to the public · Investigating crime well · Protecting the vulnerable · "
                               "Developing our people", body)]],
                   colWidths=[W - 36 * mm],
                   style=[("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 1, GOLD)]))
    s += [Spacer(1, 6), Paragraph("How we will know the plan is working", h2)]
    m = Table([["Measure", "Baseline (illustrative)", "Direction"],
               ["Satisfaction with local policing", "71%", "Up"], ["ASB incidents", "9,800", "Down"],
               ["Knife crime offences", "310", "Down"], ["Domestic abuse charge rate", "11%", "Up"],
               ["Proven reoffending rate", "24%", "Down"], ["Victims satisfied with support", "78%", "Up"],
               ["People killed or seriously injured on roads", "290", "Down"]],
              colWidths=[80 * mm, 50 * mm, 30 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), GOLD), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    m.hAlign = "LEFT"
    s += [m, Paragraph("The money", h2),
          Paragraph("The police budget for 2025/26 is £160 million (illustrative), of which £4.2 million is the "
                    "commissioning budget for victims' services, community safety grants and crime prevention.",
                    body), NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Gloucestershire")
        doc.build(story(pages))
    needles = {"fw": "Foreword Gloucestershire is a county", "how": "How this plan was made What you told",
               "pri": "My priorities There are six"}
    needles.update({f"p{i}": (p[2][0][:40], 5) for i, p in enumerate(PRIORITIES)})
    needles.update({"part": "Working in partnership I fund", "money": "Measures and money"})
    two_pass(run, out, needles)
    return out
