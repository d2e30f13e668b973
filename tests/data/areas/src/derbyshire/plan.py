"""Derbyshire Police and Crime Plan 2025-2029: reportlab brochure (DejaVu Sans body, Liberation Serif cards).

Six priorities, two to a page (pp5-7), each written on a drawn **index card**: a cream card with a drawn
paper clip over its top edge, the priority in serif bold on the header line above a red rule, then faint blue
ruled lines carrying a grey "Why:" line and the numbered objectives "2.1 ...".  No priority number is printed.
Several topics sit under a priority whose heading would not suggest them: youth diversion and children's
reoffending (1.3), rural and wildlife crime (2.3) and adult reoffending (2.4), night-time economy violence,
child exploitation and drugs (4.2-4.4), fraud and scams and safe accommodation (5.2-5.3).
Distractors: the Commissioner's values (p3), "What you told us" and the previous plan's priorities (p4), the
partner list (p8), the measures and the budget (p9).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/derbyshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Derbyshire Police and Crime Plan 2025–2029"

NAVY, RED, BLUE, CREAM, INK, GREY = (hexc("#1C2B4A"), hexc("#C0392B"), hexc("#9DB8D9"), hexc("#FFFBEF"),
                                     hexc("#1E1E1E"), hexc("#5E5E5E"))
GOLD = hexc("#C99A2E")
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.2, textColor=colors.white)
card_head = ParagraphStyle("ch", fontName=SBOLD, fontSize=16.5, leading=19, textColor=NAVY)
LINE = 6.2 * mm
card_why = ParagraphStyle("cw", fontName=REG, fontSize=8.8, leading=LINE, textColor=GREY)
card_obj = ParagraphStyle("co", fontName=REG, fontSize=8.8, leading=LINE, textColor=INK, leftIndent=22,
                          firstLineIndent=-22)

PRIORITIES = [
    ("A stronger, more visible police presence",
     "People want to see officers they know, and to get an answer when they call.",
     ["1.1 Put more neighbourhood officers and PCSOs into town centres, estates and villages, each with a named "
      "contact for the community.",
      "1.2 Answer 999 and 101 calls faster and keep callers told what is happening.",
      "1.3 Work with schools and the Derby and Derbyshire youth justice services to divert children away from "
      "the justice system and to reduce reoffending by children.",
      "1.4 Grow the Special Constabulary, police cadets and police support volunteers."]),
    ("Tackling neighbourhood crime and anti-social behaviour",
     "The crimes that happen closest to home do the most to make people feel unsafe.",
     ["2.1 Act quickly on anti-social behaviour, using the full range of tools and powers and the ASB case review.",
      "2.2 Cut burglary, robbery, vehicle crime, shop theft and crime against local businesses.",
      "2.3 Protect rural communities from farm, machinery, wildlife and heritage crime through the Rural Crime "
      "Team and Farm Watch.",
      "2.4 Reduce reoffending by people who commit neighbourhood crime, through Integrated Offender Management and "
      "help into housing, work and treatment when they leave prison."]),
    ("Tackling violence against women and girls",
     "No woman or girl in Derbyshire should live in fear of violence or abuse.",
     ["3.1 Identify domestic abuse sooner, including through Operation Encompass for the children who witness it.",
      "3.2 Bring more rape and sexual offences to court, and support victims throughout.",
      "3.3 Take stalking and harassment seriously from the first report.",
      "3.4 Hold perpetrators to account with protection orders and fund programmes that change their behaviour.",
      "3.5 Fund education on healthy relationships and consent in schools and colleges."]),
    ("Preventing serious violence",
     "Violence is preventable, and we will work upstream with partners to stop it.",
     ["4.1 Meet the Serious Violence Duty with partners, with a focus on knife crime and weapons.",
      "4.2 Protect children from criminal exploitation and close down county lines.",
      "4.3 Reduce violence in the night-time economy with licensees, door staff and taxi firms.",
      "4.4 Work with the combating drugs partnership to disrupt supply, get more people into drug and alcohol "
      "treatment and recovery, including people referred through custody and the courts, and prevent "
      "drug-related deaths.",
      "4.5 Fund violence navigators in emergency departments to reach people at a teachable moment."]),
    ("Supporting victims and witnesses",
     "Every victim should get the help they need to cope and recover, whether or not they report.",
     ["5.1 Commission a single victim service that contacts every victim within two working days.",
      "5.2 Fund independent domestic and sexual violence advisers, refuges and other safe accommodation.",
      "5.3 Protect older and vulnerable people from fraud and scams, with Trading Standards and the banks.",
      "5.4 Offer restorative justice to every victim who wants it.",
      "5.5 Hold the police and the courts to the Victims' Code."]),
    ("Safer roads",
     "Too many people are killed or seriously injured on Derbyshire's roads.",
     ["6.1 Target the 'fatal four': speed, drink and drug driving, seat belts and mobile phones.",
      "6.2 Support Community Speedwatch and roads policing on the Peak District's routes.",
      "6.3 Reduce motorcycle casualties on the A6, the A57 Snake Pass and the A53."]),
]


class IndexCard(Flowable):
    """A ruled index card: header line with the priority, red rule, blue rules, paper clip."""

    def __init__(self, heading, why, objectives):
        super().__init__()
        self.head = Paragraph(heading, card_head)
        self.why = Paragraph("Why: " + why, card_why)
        self.objs = [Paragraph(o, card_obj) for o in objectives]

    def wrap(self, aw, ah):
        self.aw = aw
        inner = aw - 20 * mm
        _, self.hh = self.head.wrap(inner, ah)
        self.sizes = [p.wrap(inner, ah)[1] for p in [self.why] + self.objs]
        self.head_zone = self.hh + 12 * mm
        self.h = self.head_zone + sum(self.sizes) + 8 * mm
        return aw, self.h + 4 * mm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(hexc("#D9D2BF"))
        c.rect(2 * mm, -1.5 * mm, self.aw, self.h, stroke=0, fill=1)  # shadow
        c.setFillColor(CREAM)
        c.setStrokeColor(hexc("#CFC6AE"))
        c.setLineWidth(0.6)
        c.rect(0, 0, self.aw, self.h, stroke=1, fill=1)
        # blue rules under the red one
        y_red = self.h - self.head_zone + 3 * mm
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.45)
        y = y_red - LINE
        while y > 3 * mm:
            c.line(0, y, self.aw, y)
            y -= LINE
        c.setStrokeColor(RED)
        c.setLineWidth(1.1)
        c.line(0, y_red, self.aw, y_red)
        c.setStrokeColor(hexc("#E8A3A3"))
        c.setLineWidth(0.6)
        c.line(12 * mm, 0, 12 * mm, y_red)
        # paper clip over the top edge
        c.setStrokeColor(hexc("#8A8F98"))
        c.setLineWidth(1.4)
        x0 = self.aw - 30 * mm
        c.roundRect(x0, self.h - 14 * mm, 7 * mm, 22 * mm, 3.5 * mm, stroke=1, fill=0)
        c.roundRect(x0 + 1.6 * mm, self.h - 10 * mm, 3.8 * mm, 15 * mm, 1.9 * mm, stroke=1, fill=0)
        c.restoreState()
        self.head.drawOn(c, 14 * mm, y_red + 3 * mm)
        y = y_red - 1.6 * mm
        for p, h in zip([self.why] + self.objs, self.sizes):
            y -= h
            p.drawOn(c, 14 * mm, y)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.6)
    c.drawString(18 * mm, H - 6 * mm, "Police and Crime Commissioner for Derbyshire")
    c.drawRightString(W - 18 * mm, H - 6 * mm, "Police and Crime Plan 2025–2029")
    c.setFillColor(GOLD)
    c.rect(W - 30 * mm, 8 * mm, 12 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 9)
    c.drawCentredString(W - 24 * mm, 10.3 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#2E4470"))
    p = c.beginPath()
    p.moveTo(0, 70 * mm)
    for x, y in [(30, 95), (55, 82), (85, 118), (115, 100), (150, 130), (180, 104), (210, 118)]:
        p.lineTo(x * mm, y * mm)
    p.lineTo(W, 0)
    p.lineTo(0, 0)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(18 * mm, H - 60 * mm, 40 * mm, 2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 30 * mm, "POLICE AND CRIME COMMISSIONER FOR DERBYSHIRE")
    c.setFont(SBOLD, 38)
    c.drawString(18 * mm, H - 90 * mm, "Police and")
    c.drawString(18 * mm, H - 104 * mm, "Crime Plan")
    c.setFont(SREG, 22)
    c.drawString(18 * mm, H - 122 * mm, "2025 – 2029")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 30 * mm, "Derby · Chesterfield · Buxton · Matlock · Ilkeston · Swadlincote · Glossop")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(18 * mm, 90 * mm, "Office of the Police and Crime Commissioner for Derbyshire")
    c.setFont(REG, 9.5)
    for i, t in enumerate(["Butterley Hall, Ripley, Derbyshire", "pccoffice@derbyshire-pcc.example",
                           "01773 000 000 (illustrative)",
                           "This plan is available in large print, Easy Read and other languages on request."]):
        c.drawString(18 * mm, (78 - 7 * i) * mm, t)
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("What you told us", "told"), ("My priorities", "pri"),
                      ("Working with partners", "part"), ("Measuring progress and the budget", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Derbyshire is a county of contrasts: the city of Derby, the market towns of the Peak District and the Dales, "
        "the former coalfield towns of the north-east and the villages of the south. Crime looks different in each, "
        "and so must the response.",
        "This plan sets out what I expect of Derbyshire Constabulary and what I will do, with partners, over my term "
        "of office. It is based on a public survey, on meetings in every district and on the advice of the Chief "
        "Constable and the partnerships that work to keep people safe.",
        "It has six priorities. Each is written out on a card in this plan, with the objectives I will hold the force "
        "and myself to. Some of what people care about most, such as reoffending, rural crime and scams, is placed "
        "under the priority where the work actually sits, so please read the objectives and not just the headings.",
        "My office will publish an annual report on progress and the Police and Crime Panel will scrutinise it.",
        "<b>Police and Crime Commissioner for Derbyshire</b>"]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("The values I will work by", h2))
    s += bullets(["<b>Listening</b>: decisions shaped by what communities tell us.",
                  "<b>Fairness</b>: policing that treats every community with respect.",
                  "<b>Value for money</b>: every pound of the precept spent where it does most good.",
                  "<b>Working together</b>: no single agency can cut crime on its own."], bl)
    s += [PageBreak(), Paragraph("What you told us", h1),
          Paragraph("More than 4,000 people answered the survey for this plan (illustrative). The figures below "
                    "are illustrative and are not official statistics.", body)]
    s.append(Tiles([("4,120", "survey responses"), ("62%", "want to see more officers on foot"),
                    ("48%", "say anti-social behaviour affects their area"), ("71%", "of rural residents worry "
                                                                                    "about speeding"),
                    ("1 in 5", "victims did not report"), ("£223m", "net budget 2025/26")],
                   3, W - 36 * mm, num, cap, [NAVY, RED, hexc("#3C6E71")]))
    s.append(Paragraph("The top concerns raised in the survey", h2))
    s += bullets(["Speeding and dangerous driving, especially in villages.", "Anti-social behaviour and drug "
                  "dealing near homes.", "Not seeing the police locally.", "Safety of women and girls at night.",
                  "Scams and fraud aimed at older relatives."], bl)
    s.append(Paragraph("Looking back: the 2021–2025 plan", h2))
    s.append(Paragraph("The previous plan had these priorities: Stronger police presence; Neighbourhood crime and "
                       "ASB; Rural crime; Victim support; Fraud and cyber crime; and Road safety. Much of that work "
                       "continues in this plan, under new headings.", body))
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("The six priorities of this plan are written on the cards below and over the next two pages. "
                    "Under each is why it matters and the objectives that the Chief Constable and my office will "
                    "deliver.", body), Spacer(1, 4)]
    for i, (hd, why, objs) in enumerate(PRIORITIES):
        s.append(IndexCard(hd, why, objs))
        s.append(Spacer(1, 8 * mm))
        if i in (1, 3):
            s.append(PageBreak())
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan can only be delivered with partners. My office funds and sits on the "
                    "partnerships below, and I expect their plans to contribute to these priorities.", body)]
    rows = [["Partnership", "What it does"],
            ["Derby Community Safety Partnership", "Community safety in the city"],
            ["Safer Derbyshire and the district partnerships", "Community safety in the county's eight districts"],
            ["Derby and Derbyshire Domestic Abuse and Sexual Violence Board", "Domestic abuse and sexual violence"],
            ["Derbyshire Serious Violence Partnership", "The Serious Violence Duty"],
            ["Derby and Derbyshire Combating Drugs Partnership", "From Harm to Hope locally"],
            ["Youth justice management boards (Derby; Derbyshire)", "Youth justice services"],
            ["Derbyshire Reducing Reoffending Board", "Adult reoffending"],
            ["Derbyshire Road Safety Partnership", "Casualty reduction"]]
    t = Table(rows, colWidths=[95 * mm, W - 36 * mm - 95 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (0, 1), (-1, -1), REG),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.6), ("LINEBELOW", (0, 1), (-1, -1), 0.4, BLUE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 8), Paragraph("Commissioning", h2),
          Paragraph("I commission victim services, domestic abuse and sexual violence services, restorative justice "
                    "and a community safety grant to each partnership. Grants are agreed each April against the "
                    "partnership's own priorities.", body)]
    s += [PageBreak(), Paragraph("Measuring progress and the budget", h1)]
    rows = [["Measure", "Baseline", "Direction"], ["Calls to 101 answered within 60 seconds", "58%", "Up"],
            ["ASB incidents reported", "21,400", "Down"], ["Neighbourhood crime offences", "14,900", "Down"],
            ["Domestic abuse arrests", "3,050", "Up"], ["Knife crime offences", "540", "Down"],
            ["Victims satisfied with the service", "71%", "Up"],
            ["People killed or seriously injured on the roads", "452", "Down"]]
    m = Table(rows, colWidths=[100 * mm, 30 * mm, 30 * mm])
    m.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), RED), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (0, 1), (-1, -1), REG),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.6), ("LINEBELOW", (0, 1), (-1, -1), 0.4, BLUE),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    m.hAlign = "LEFT"
    s += [m, Paragraph("Baselines are illustrative.", small), Paragraph("The budget 2025/26", h2)]
    s += bullets(["Policing: £214m (illustrative).", "Commissioned services for victims: £3.4m.",
                  "Community safety grants to partnerships: £1.1m.", "Office of the Commissioner: £1.6m."], bl)
    s += [Paragraph("Holding the Chief Constable to account", h2),
          Paragraph("A public accountability meeting each quarter looks at one priority in depth. Papers and "
                    "webcasts are published on the Commissioner's website.", body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Derbyshire")
        doc.build(story(pages))
    needles = {"fw": "Foreword Derbyshire is a county", "told": "What you told us More than",
               "pri": "My priorities The six", "part": "Working with partners Much",
               "gov": "Measuring progress and the budget Measure"}
    two_pass(run, out, needles)
    return out
