"""Lincolnshire Police and Crime Plan 2025-2029: reportlab brochure (Liberation Sans body, DejaVu Serif in
the windows).

Six priorities, two a page (P1-P2 p6, P3-P4 p7, P5-P6 p8).  Each priority is set inside a drawn **pointed
gothic arch window** (after the cathedral's lancet windows) on the left of a stone-coloured panel: the
priority in white serif bold, centred over two to four lines in the window; a grey tag line and the numbered
objectives "1.1 ..." stand to the right of the window.  No priority number is printed with the heading.
The principles (p3), "What you told us" (p4), the Strategic Policing Requirement's national threats quoted
in a box (p5), the partner list (p9) and the budget (p10) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FILE = "plan/lincolnshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Lincolnshire Police and Crime Plan 2025–2029"

GREEN, GOLD, STONE, INK, GREY = hexc("#1F4E3D"), hexc("#C89B3C"), hexc("#EFEAE0"), hexc("#222222"), hexc("#666666")
WINDOWS = [hexc("#1F4E3D"), hexc("#6B2D5C"), hexc("#2B4C7E"), hexc("#8A3B2E"), hexc("#4B5D23"), hexc("#4A4A58")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
SERIF_B = "DejaVuSerif-Bold"
pdfmetrics.registerFontFamily(REG, normal=REG, bold=BOLD, italic=REG, boldItalic=BOLD)
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERIF_B, fontSize=21, leading=26, textColor=GREEN, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=GOLD, spaceBefore=8, spaceAfter=4)
win = ParagraphStyle("win", fontName=SERIF_B, fontSize=12.5, leading=15.5, textColor=colors.white,
                     alignment=TA_CENTER)
tag = ParagraphStyle("tag", fontName=REG, fontSize=9.4, leading=12.4, textColor=GREY, spaceAfter=5)
obj = ParagraphStyle("obj", fontName=REG, fontSize=8.9, leading=11.8, textColor=INK, leftIndent=20,
                     firstLineIndent=-20, spaceAfter=3.5)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.6, textColor=colors.white)

PRIORITIES = [
    ("Safe and confident communities",
     "Neighbourhoods, market towns and city streets where people feel safe and get on with each other.",
     ["Work with the district councils and the Safer Lincolnshire Partnership to tackle anti-social behaviour "
      "and neighbourhood crime, using problem-solving and the ASB case review.",
      "Tackle hate crime and support community cohesion, with third-party reporting centres in every district.",
      "Make town centres and the night-time economy safe, including making nights out safer for women and girls "
      "(Ask for Angela, safe havens, licensing and the walk home).",
      "Divert children and young people from crime and the criminal justice system, and reduce reoffending by "
      "children, with the youth justice service.",
      "Reduce reoffending by adults: Integrated Offender Management, and help for people leaving prison to find "
      "settled homes, training and work."]),
    ("Protecting rural Lincolnshire",
     "Most of our county is countryside and coast; rural crime is not a minor matter here.",
     ["Tackle farm, machinery, wildlife and heritage crime, including hare coursing, with the Rural Crime Action "
      "Team.",
      "Work with landowners, the Environment Agency and councils against fly-tipping.",
      "Protect older and isolated people from fraud, scams and doorstep crime.",
      "Tackle modern slavery, human trafficking and labour exploitation, including in agriculture, food "
      "processing, car washes and nail bars."]),
    ("Tackling violence against women and girls",
     "Every woman and girl in Lincolnshire should be safe, and feel safe, at home, online and in public.",
     ["Identify domestic abuse earlier, improve the police response and pursue perpetrators through the courts.",
      "Improve the investigation of rape, sexual offences and stalking, and the outcomes for victims.",
      "Fund programmes that change the behaviour of perpetrators of domestic abuse.",
      "Prevent abuse before it starts, through healthy relationships education in schools and by challenging "
      "misogyny."]),
    ("Putting victims and witnesses first",
     "Victims should get the help they need, when they need it, whether or not they report a crime.",
     ["Commission services for every victim of crime and hold agencies to the Victims' Code.",
      "Provide specialist support for adult and child victims of domestic abuse and sexual violence, including "
      "IDVAs, ISVAs, refuges and other safe accommodation.",
      "Offer restorative justice to every victim who wants it.",
      "Support witnesses from the first statement to the end of the trial."]),
    ("Reducing violence, drugs and exploitation",
     "Violence and the drugs trade do the most harm to the fewest people; we will be relentless about both.",
     ["Deliver the Serious Violence Duty with partners to reduce serious violence and knife crime, including "
      "violence involving young people.",
      "Disrupt county lines and local drug supply.",
      "Protect children from criminal exploitation, and vulnerable adults from cuckooing.",
      "Get people whose drug or alcohol use drives their offending into treatment, and reduce drug- and "
      "alcohol-related deaths and harm, with the combating drugs partnership."]),
    ("Policing that is visible, trusted and efficient",
     "A police service that the public sees, trusts and can reach, and that spends every pound well.",
     ["Keep neighbourhood officers visible in every market town and village.",
      "Answer 999 and 101 calls quickly and keep callers informed.",
      "Handle complaints fairly and uphold the highest standards of conduct and vetting.",
      "Get best value from technology, fleet and estates."]),
]


class Window(Flowable):
    """A stone panel: a pointed-arch window holding the priority on the left, tag line and objectives right."""

    def __init__(self, idx, name, tagline, objectives, width):
        super().__init__()
        self.idx, self.name, self.tagline, self.objectives, self.width = idx, name, tagline, objectives, width

    def wrap(self, aw, ah):
        self.ww = 48 * mm
        self.right = [Paragraph(self.tagline, tag)] + [
            Paragraph(f"{self.idx}.{k}&nbsp;&nbsp;&nbsp;{o}", obj) for k, o in enumerate(self.objectives, 1)]
        rw = aw - self.ww - 16 * mm
        self.rs = [p.wrap(rw, ah) for p in self.right]
        self.para = Paragraph(self.name, win)
        self.ps = self.para.wrap(self.ww - 10 * mm, ah)
        self.h = max(sum(s[1] for s in self.rs) + 10 * mm + 3 * len(self.rs), 102 * mm)
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(STONE)
        c.roundRect(0, 0, self.width, self.h, 3 * mm, stroke=0, fill=1)
        # the window: a rectangle body with a pointed (two-arc) head
        x0, x1 = 5 * mm, 5 * mm + self.ww
        y0, yspring = 5 * mm, self.h - 5 * mm - self.ww * 0.75
        cx = (x0 + x1) / 2
        p = c.beginPath()
        p.moveTo(x0, y0)
        p.lineTo(x0, yspring)
        apex = self.h - 5 * mm
        p.curveTo(x0, yspring + (apex - yspring) * 0.55, cx - self.ww * 0.18, apex - 4 * mm, cx, apex)
        p.curveTo(cx + self.ww * 0.18, apex - 4 * mm, x1, yspring + (apex - yspring) * 0.55, x1, yspring)
        p.lineTo(x1, y0)
        p.close()
        c.setFillColor(WINDOWS[self.idx - 1])
        c.setStrokeColor(GOLD)
        c.setLineWidth(2.2)
        c.drawPath(p, stroke=1, fill=1)
        # leading (glazing bars) below the text
        c.setStrokeColor(hexc("#FFFFFF"))
        c.setLineWidth(0.4)
        for k in range(1, 4):
            yy = y0 + k * 9 * mm
            c.line(x0 + 2 * mm, yy, x1 - 2 * mm, yy)
        c.line(cx, y0 + 2 * mm, cx, y0 + 27 * mm)
        self.para.drawOn(c, x0 + 5 * mm, yspring - self.ps[1] / 2 + 2 * mm)
        y = self.h - 6 * mm
        for para, (_, h) in zip(self.right, self.rs):
            y -= h
            para.drawOn(c, x1 + 9 * mm, y)
            y -= 3


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 8)
    c.drawString(18 * mm, H - 6 * mm, "Police and Crime Commissioner for Lincolnshire")
    c.drawRightString(W - 18 * mm, H - 6 * mm, "Police and Crime Plan 2025–2029")
    c.setFillColor(GOLD)
    c.setFont(BOLD, 9)
    c.drawCentredString(W / 2, 10 * mm, f"~ {p} ~")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, H * 0.30, W, 2 * mm, stroke=0, fill=1)
    # a row of three lancet windows, the middle one taller
    for k, (x, hh) in enumerate([(W / 2 - 42 * mm, 60 * mm), (W / 2 - 12 * mm, 80 * mm), (W / 2 + 18 * mm, 60 * mm)]):
        p = c.beginPath()
        y0 = H * 0.30 + 8 * mm
        p.moveTo(x, y0)
        p.lineTo(x, y0 + hh)
        p.curveTo(x, y0 + hh + 10 * mm, x + 8 * mm, y0 + hh + 20 * mm, x + 12 * mm, y0 + hh + 24 * mm)
        p.curveTo(x + 16 * mm, y0 + hh + 20 * mm, x + 24 * mm, y0 + hh + 10 * mm, x + 24 * mm, y0 + hh)
        p.lineTo(x + 24 * mm, y0)
        p.close()
        c.setFillColor([WINDOWS[1], GOLD, WINDOWS[2]][k])
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 22 * mm, "POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE")
    c.setFont(SERIF_B, 30)
    c.drawString(18 * mm, H * 0.22, "Police and Crime Plan")
    c.setFont(REG, 18)
    c.drawString(18 * mm, H * 0.22 - 12 * mm, "2025 to 2029")
    c.setFont(REG, 9)
    c.drawString(18 * mm, 18 * mm, "Safer together: a plan for the people of Lincolnshire")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(18 * mm, 80 * mm, "Office of the Police and Crime Commissioner for Lincolnshire")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 72 * mm, "Deepdale Lane, Nettleham, Lincoln")
    c.drawString(18 * mm, 65 * mm, "lincolnshire-pcc@opcc.example  ·  01522 000 000 (illustrative)")
    c.drawString(18 * mm, 58 * mm, "This plan is available in large print, easy read and other languages on request.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 18 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def table(rows, widths, fill=GREEN):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), fill), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 1), (-1, -1), 0.5, STONE)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    FW = W - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key, ind in [("Foreword", "fw", 0), ("Lincolnshire today", "ctx", 0), ("How this plan fits", "fit", 0),
                           ("My priorities", "p1", 0), ("Safe and confident communities", "p1", 14),
                           ("Protecting rural Lincolnshire", "p2", 14),
                           ("Tackling violence against women and girls", "p3", 14),
                           ("Putting victims and witnesses first", "p4", 14),
                           ("Reducing violence, drugs and exploitation", "p5", 14),
                           ("Policing that is visible, trusted and efficient", "p6", 14),
                           ("Working with partners", "part", 0), ("Funding and accountability", "fund", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 11 if not ind else 10, INK,
                              indent=ind, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Lincolnshire is one of the largest and most rural counties in England. It has a cathedral city, a long "
        "coastline that welcomes millions of visitors each summer, busy market towns and some of the most "
        "productive farmland in the country. It is also one of the safest places in England to live, and I want to "
        "keep it that way.",
        "This plan sets out what I will ask of the Chief Constable, and what I will do with partners, from 2025 to "
        "2029. It is built on what thousands of residents told me during the consultation, and on the evidence of "
        "where crime causes the most harm.",
        "I cannot deliver it alone. Councils, health, probation, the youth justice service, the voluntary sector and "
        "communities themselves all have a part to play, and the partnerships that bring them together each have "
        "strategies of their own. I will fund and support them where their work serves the people of Lincolnshire.",
        "<b>Police and Crime Commissioner for Lincolnshire</b>"]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("My principles", h2))
    s += bullets(["<b>Prevention first</b>: stopping harm before it happens costs less and hurts fewer people.",
                  "<b>Victims at the heart</b>: every decision asks what it means for the person harmed.",
                  "<b>Value for money</b>: every pound of the precept should be visible in results.",
                  "<b>Fairness and openness</b>: I will publish what I decide and why."], bl)
    s += [PageBreak(), Paragraph("Lincolnshire today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("775,000", "residents"), ("2,284 sq mi", "of countryside, coast and towns"),
                    ("51,000", "crimes recorded in 2023/24"), ("13,400", "domestic abuse incidents and crimes"),
                    ("1,150", "rural crimes recorded"), ("£9.8m", "lost to fraud by residents")], 3, FW, num, cap,
                   [GREEN, hexc("#6B2D5C"), hexc("#2B4C7E")]))
    s.append(Paragraph("What you told us", h2))
    s.append(Paragraph("More than 4,000 people answered the consultation (illustrative). The issues raised most "
                       "often were:", body))
    s += bullets(["Seeing police officers in my town or village.", "Speeding and dangerous driving on rural roads.",
                  "Anti-social behaviour in town centres.", "Rural and farm crime, including hare coursing.",
                  "Drug dealing in my area.", "Women's safety at night."], bl)
    s.append(Paragraph("Not every concern can be a police priority. Road safety is led by the Lincolnshire Road "
                       "Safety Partnership, which the Chief Constable and I continue to support.", body))
    s += [PageBreak(), Paragraph("How this plan fits", h1)]
    for t in [
        "The Police Reform and Social Responsibility Act 2011 requires me to issue a police and crime plan setting "
        "out my police and crime objectives. The Chief Constable must have regard to it.",
        "The plan must also take account of the Home Secretary's Strategic Policing Requirement, which sets out the "
        "national threats that every force must help to counter."]:
        s.append(Paragraph(t, body))
    box = [Paragraph("<b>National threats in the Strategic Policing Requirement (quoted)</b>", body),
           Paragraph("Terrorism · Serious and organised crime · National cyber incidents · Child sexual abuse · "
                     "Public disorder · Civil emergencies · Violence against women and girls", body)]
    s += [RuledBox(box, STONE), Spacer(1, 8), Paragraph("The priorities on the pages that follow", h2),
          Paragraph("Each of my six priorities is shown in a window, with the outcome I want in grey and the "
                    "objectives I will hold the Chief Constable and partners to below it. The objectives are where "
                    "the detail lies: some of them sit under a priority whose name alone would not suggest it.", body),
          Paragraph("The priorities are listed in no order of importance.", body)]
    s += [PageBreak(), Paragraph("My priorities", h1), Paragraph(
        "Six priorities for 2025 to 2029, and the objectives that turn them into action.", body), Spacer(1, 4)]
    for i, (name, tg, objs) in enumerate(PRIORITIES, 1):
        s.append(Window(i, name, tg, objs, FW))
        s.append(Spacer(1, 6 * mm))
        if i in (2, 4):
            s += [PageBreak()]
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered with and through the county's partnerships. I sit on, fund or "
                    "work closely with:", body)]
    s += bullets(["The Safer Lincolnshire Partnership, the county's community safety partnership, and the district "
                  "community safety arrangements in Lincoln, Boston and elsewhere.",
                  "The Lincolnshire Domestic Abuse Partnership.",
                  "The Lincolnshire Serious Violence Duty partnership.",
                  "The Lincolnshire Combating Drugs Partnership.",
                  "The Lincolnshire Youth Offending Service management board.",
                  "The Lincolnshire Reducing Reoffending Board and the Local Criminal Justice Board.",
                  "The Lincolnshire Road Safety Partnership and the Lincolnshire Resilience Forum."], bl)
    s.append(Paragraph("Partners' own strategies set their own priorities. Where they serve this plan's objectives "
                       "I will say so in my annual report.", body))
    s += [PageBreak(), Paragraph("Funding and accountability", h1),
          Paragraph("The budget for 2025/26 (illustrative figures):", body),
          table([["", "£m"], ["Police grant", "78.9"], ["Council tax precept", "86.4"],
                 ["Commissioned services for victims", "2.9"], ["Community safety and crime reduction grants", "1.6"],
                 ["Total", "169.8"]], [110 * mm, 30 * mm]),
          Paragraph("How I will report", h2),
          Paragraph("I will publish a performance report to the Police and Crime Panel every quarter and an annual "
                    "report each summer. The panel can review my decisions and question me in public.", body),
          Paragraph("All figures in this plan are illustrative.", small),
          NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Lincolnshire")
        doc.build(story(pages))
    needles = {"fw": "Foreword Lincolnshire is one", "ctx": "Lincolnshire today The figures",
               "fit": "How this plan fits The Police", "p1": "Neighbourhoods, market towns and city",
               "p2": "Most of our county is countryside", "p3": "Every woman and girl in Lincolnshire should",
               "p4": "Victims should get the help they need", "p5": "Violence and the drugs trade do",
               "p6": "A police service that the public sees", "part": "Working with partners Much",
               "fund": "Funding and accountability The budget"}
    two_pass(run, out, needles)
    return out
