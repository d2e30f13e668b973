"""South Wales Police and Crime Plan 2025-2029 (Police and Crime Commissioner): reportlab brochure
(Liberation Sans body, DejaVu Serif headings).

Seven priorities, one to a page (pp5-11).  Every priority page carries a **thumb index** down the right
edge, as in a printed reference book: seven stacked tabs with short names ("Neighbourhoods", "Early help",
"Abuse" ...), the tab of the current priority dark and pulled out further.  The priority itself is the serif
heading at the top of the main column, under a thick red overline, with an italic tag line and the
numbered objectives "1.1 ..." below; no priority number is printed beside the heading.  The objectives
decide where partner topics belong.  The principles (p3), "What you told us" (p4), the tab names, the
Well-being of Future Generations goals and the partnership list (p12) and the budget (p13) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/south_wales_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for South Wales 2025–2029"

RED, SLATE, INK, GREY = hexc("#A3192E"), hexc("#22313F"), hexc("#1E1E1E"), hexc("#5E646B")
PALE, LINE = hexc("#F3ECEC"), hexc("#D9CCCC")
TABFILL = hexc("#E6DDDE")
FILLS = [hexc("#A3192E"), hexc("#22313F"), hexc("#6B2D5C"), hexc("#1F6F6B"), hexc("#3E4C7A"), hexc("#8A5A14"),
         hexc("#4A5A2A")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
try:
    from reportlab.pdfbase import pdfmetrics as _pm
    from reportlab.pdfbase.ttfonts import TTFont as _TT
    _pm.registerFont(_TT("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    _pm.registerFont(_TT("DejaVuSerif-Italic", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"))
    SBOLD, SITAL = "DejaVuSerif-Bold", "DejaVuSerif-Italic"
except Exception:  # pragma: no cover - fonts-dejavu is a stated dependency
    SITAL = SREG
W, H = A4
ML, MR = 20 * mm, 44 * mm  # the right margin leaves room for the thumb index

body = ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=9.2, leading=13.2, leftIndent=24, firstLineIndent=-24,
                     spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=27, textColor=RED, spaceAfter=10)
ph = ParagraphStyle("ph", fontName=SBOLD, fontSize=21, leading=26, textColor=SLATE, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.8, leading=14, textColor=RED, spaceBefore=9, spaceAfter=4)
tag = ParagraphStyle("tag", fontName=SITAL, fontSize=11, leading=15, textColor=GREY, spaceAfter=8)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=colors.white)

WHY = [
    "Anti-social behaviour, burglary and open drug dealing are the crimes people see and feel most. They make "
    "people afraid to use their own parks and high streets, and they are the first thing residents raise with me.",
    "Most serious harm can be seen coming: in a child's exclusion from school, in repeat attendances at an "
    "emergency department, in a first arrest for possession. Acting at those moments costs less and works better "
    "than acting after the harm is done.",
    "Abuse and exploitation are hidden crimes. Victims are often known to several agencies before anyone acts, "
    "and perpetrators move from one victim to the next unless someone stops them.",
    "Victims tell me that how they are treated matters as much as the outcome of their case. Too many still "
    "wait weeks for an update or give up before their case reaches court.",
    "A small number of people commit a large share of crime. Swift justice, and help with the housing, work "
    "and treatment that stop people offending again, protect future victims.",
    "Policing in Britain depends on the consent of the public. Trust is lower among some communities, and it is "
    "lost quickly when officers fall short of the standards the public expects.",
    "Roads are where people in South Wales are most likely to be killed or seriously injured by someone else's "
    "actions.",
]

TABS = ["Neighbourhoods", "Early help", "Abuse", "Victims", "Justice", "Trust", "Roads"]

PRIORITIES = [
    ("Keeping our neighbourhoods safe",
     "Safe streets, estates, town centres and villages, day and night.",
     ["Tackle anti-social behaviour with the community safety partnerships, through neighbourhood policing, "
      "problem-solving and the powers of the Anti-social Behaviour, Crime and Policing Act 2014.",
      "Reduce neighbourhood crime: burglary, vehicle crime, theft and shoplifting.",
      "Close down drug dealing and county lines in our communities, and protect the people whose homes are taken "
      "over by dealers (cuckooing).",
      "Keep people safe on a night out in Cardiff, Swansea and our town centres, with licensing, street "
      "pastors, taxi marshals and safe spaces."],
     [("Anti-social behaviour incidents", "Down"), ("Burglary and vehicle crime", "Down"),
      ("County lines closed", "Up")]),
    ("Stepping in early to prevent harm",
     "Reaching people before harm happens, or before it happens again.",
     ["Prevent serious violence and knife crime through the public health approach of the Violence Prevention "
      "Unit and the partners under the Serious Violence Duty, including the Cardiff Model for sharing hospital "
      "data on violence.",
      "Divert children and young people from crime, and reduce reoffending by children, with the youth justice "
      "services and the pre-court bureau model.",
      "Work with the Area Planning Boards to help people in the community into drug and alcohol treatment and "
      "recovery, widen harm reduction and naloxone, and reduce drug-related deaths.",
      "Respond to people in mental health crisis with the health boards, so that the right agency responds "
      "first."],
     [("Hospital admissions for assault with a sharp object", "Down"), ("First-time entrants (children)", "Down"),
      ("Drug-related deaths", "Down")]),
    ("Protecting people from abuse and exploitation",
     "Nobody left to suffer abuse behind closed doors or online.",
     ["Prevent and tackle violence against women, domestic abuse and sexual violence, including stalking and the "
      "safety of women and girls in public spaces, with the regional VAWDASV boards.",
      "Pursue the perpetrators of abuse and change their behaviour, through protective orders, MARAC and "
      "perpetrator programmes.",
      "Protect children and adults from criminal and sexual exploitation, and tackle modern slavery.",
      "Keep children safe online, with schools and the Regional Organised Crime Unit."],
     [("Domestic abuse charge rate", "Up"), ("Repeat victims referred to MARAC", "Down"),
      ("Children safeguarded from exploitation", "Up")]),
    ("Putting victims at the heart of justice",
     "Every victim treated with dignity, kept informed and helped to recover.",
     ["Commission a victim service that every victim of crime can use, whether or not they report to the police.",
      "Fund specialist support for survivors of domestic abuse and sexual violence: independent advisers (IDVAs "
      "and ISVAs), the sexual assault referral centres and counselling.",
      "Hold every agency to the Victims' Code and support witnesses through court.",
      "Offer restorative justice to every victim who wants it, including the victims of crimes committed by "
      "children."],
     [("Victims satisfied with the service", "Up"), ("Victims' Code compliance", "Up"),
      ("Restorative justice referrals", "Up")]),
    ("Delivering a fair and effective criminal justice system",
     "Swift, fair justice that stops people offending again.",
     ["Cut delays between charge and trial, with the South Wales Criminal Justice Board.",
      "Reduce reoffending: manage prolific and harmful offenders through Integrated Offender Management with the "
      "Probation Service, and help people leaving prison into settled accommodation, education, training and "
      "work.",
      "Divert women and young adults aged 18 to 25 from the justice system, in line with the Female Offending "
      "Blueprint for Wales.",
      "Get people in contact with the criminal justice system into drug and alcohol treatment, from the custody "
      "suite to release from prison.",
      "Tackle racial disproportionality at every stage of the criminal justice system, for adults and children, "
      "through the Criminal Justice Anti-Racism Action Plan for Wales."],
     [("Proven reoffending rate", "Down"), ("Prison leavers housed on the night of release", "Up"),
      ("Cases waiting over a year for trial", "Down")]),
    ("Building trust and confidence in every community",
     "A police service that listens, reflects and serves all of South Wales.",
     ["Listen to communities through neighbourhood meetings, surveys and youth forums, and report back on what "
      "has changed.",
      "Tackle hate crime and support community cohesion, with the regional community cohesion teams and "
      "third-party reporting centres.",
      "Deliver the Police Race Action Plan, so that South Wales Police is an anti-racist organisation.",
      "Raise standards of conduct, and remove officers and staff who abuse their position."],
     [("Confidence in local policing", "Up"), ("Hate crimes reported", "Up (more reporting)"),
      ("Public complaints resolved within 12 weeks", "Up")]),
    ("Reducing death and injury on our roads",
     "Every journey in South Wales a safe one.",
     ["Enforce against the fatal four (speeding, drink and drug driving, mobile phones and seat belts) with "
      "GoSafe, the Welsh road casualty reduction partnership.",
      "Educate young drivers and motorcyclists, with the fire and rescue service.",
      "Tackle uninsured and unlicensed driving and the vehicles used in crime."],
     [("People killed or seriously injured", "Down"), ("Drink and drug driving arrests", "Up")]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(ML, H - 12 * mm, "South Wales Police and Crime Commissioner")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police and Crime Plan 2025–2029")
    c.setStrokeColor(LINE)
    c.setLineWidth(0.5)
    c.line(ML, 15 * mm, W - 20 * mm, 15 * mm)
    c.setFillColor(SLATE)
    c.setFont(BOLD, 8)
    c.drawString(ML, 10 * mm, f"{p}")
    c.setFont(REG, 7)
    c.drawRightString(W - 20 * mm, 10 * mm, "Safer communities, together")
    c.restoreState()


def thumb_page(c, doc):
    """A thumb index down the right edge: one tab per priority, the current one dark and pulled out."""
    cur = doc._thumb
    c.saveState()
    top = H - 30 * mm
    th = 21 * mm
    for k, name in enumerate(TABS):
        y = top - (k + 1) * (th + 1.5 * mm)
        x = W - 28 * mm if k == cur else W - 23 * mm
        c.setFillColor(FILLS[k] if k == cur else TABFILL)
        c.roundRect(x, y, W - x + 4 * mm, th, 2.5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white if k == cur else GREY)
        c.setFont(BOLD if k == cur else REG, 6.6)
        c.drawString(x + 2.2 * mm, y + th - 6 * mm, str(k + 1))
        c.drawString(x + 2.2 * mm, y + 4 * mm, name)
    c.restoreState()


class ThumbSet(Flowable):
    """Zero-size flowable: tells the page template which tab of the thumb index to pull out."""

    def __init__(self, k):
        super().__init__()
        self.k = k

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass

    def drawOn(self, canvas, x, y, _sW=0):
        pass


def cover(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(0, 0, 14 * mm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(26 * mm, H - 26 * mm, "SOUTH WALES POLICE AND CRIME COMMISSIONER")
    c.setFont(REG, 9)
    c.drawString(26 * mm, H - 32 * mm, "Comisiynydd Heddlu a Throseddu De Cymru")
    c.setFont(SBOLD, 34)
    c.drawString(26 * mm, H - 118 * mm, "Police and Crime Plan")
    c.setFont(SBOLD, 20)
    c.drawString(26 * mm, H - 134 * mm, "for South Wales")
    c.setFillColor(hexc("#E8A0AA"))
    c.setFont(SBOLD, 20)
    c.drawString(26 * mm, H - 150 * mm, "2025–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 8.5)
    c.drawString(26 * mm, 40 * mm, "Cardiff · Swansea · Neath Port Talbot · Bridgend · Vale of Glamorgan · "
                                   "Rhondda Cynon Taf · Merthyr Tydfil")
    c.drawString(26 * mm, 33 * mm, "Mae'r cynllun hwn ar gael yn Gymraeg. This plan is available in Welsh.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 14)
    c.drawString(22 * mm, 130 * mm, "Office of the South Wales Police and Crime Commissioner")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: commissioner@southwales-pcc.example", "Telephone: 01656 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in Welsh, in easy read and in other formats on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7)
    c.drawString(22 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


class PlanDoc(BaseDocTemplate):
    def handle_flowable(self, flowables):
        f = flowables[0] if flowables else None
        if isinstance(f, ThumbSet):
            self._thumb = f.k
        super().handle_flowable(flowables)


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(ML, 22 * mm, W - ML - 20 * mm, H - 44 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("thumb", [Frame(ML, 22 * mm, W - ML - MR, H - 44 * mm, id="t", **pad)],
                         onPage=header, onPageEnd=thumb_page),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


class Overline(Flowable):
    def __init__(self, colour, width=38 * mm):
        super().__init__()
        self.colour, self.w = colour, width

    def wrap(self, aw, ah):
        return aw, 6 * mm

    def draw(self):
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, 3 * mm, self.w, 2.6 * mm, stroke=0, fill=1)


def priority_page(i, name, tg, objs, measures):
    fw = W - ML - MR
    s = [Overline(FILLS[i]), Paragraph(name, ph), Paragraph(tg, tag), Paragraph("Why this matters", h2),
         Paragraph(WHY[i], body), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        s.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
    s.append(Paragraph("How we will know", h2))
    rows = [["Measure", "Direction we want"]] + [[Paragraph(a, body), b] for a, b in measures]
    t = Table(rows, colWidths=[fw * 0.68, fw * 0.32])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                           ("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 4), Paragraph("Measures are reported each quarter to the Police and Crime Panel.", small)]
    return s


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("South Wales today", "ctx", 0), ("My seven priorities", "p0", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else SLATE, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "South Wales is home to four in ten people in Wales, to our capital city and our second city, and to the "
        "valley communities that made modern Wales. It is a safe place for most people, most of the time. My job "
        "is to make it safer for everyone.",
        "This plan sets out what I expect of South Wales Police and what I will do with the councils, the health "
        "boards, the fire and rescue service, the Probation Service, the youth justice services and the voluntary "
        "sector over the next four years.",
        "More than 4,000 people answered my survey (illustrative). They told me that they want to see officers in "
        "their neighbourhoods, that anti-social behaviour and drug dealing wear communities down, and that victims "
        "too often feel forgotten once they have reported a crime.",
        "The plan has seven priorities. Under each I have set numbered objectives; it is those objectives that I "
        "will hold the Chief Constable, my office and the services I commission to account for. Each priority has "
        "its own tab, so that partners can turn straight to the part of the plan that concerns them.",
        "<b>Police and Crime Commissioner for South Wales</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("The principles behind this plan", h2)]
    s += bullets(["<b>Prevention first</b>: we act before harm is done.",
                  "<b>Working in partnership</b>: with devolved and non-devolved services alike.",
                  "<b>Fairness</b>: every community is policed with consent and without discrimination.",
                  "<b>Sustainability</b>: we follow the five ways of working of the Well-being of Future "
                  "Generations (Wales) Act 2015."], bl)
    s += [PageBreak(), Paragraph("South Wales today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.3m", "residents in seven local authority areas"),
                    ("2,100", "square kilometres, from the coast to the heads of the valleys"),
                    ("121,000", "crimes recorded in 2023/24"), ("1 in 6", "crimes linked to domestic abuse"),
                    ("29,800", "anti-social behaviour incidents"), ("3,600", "police officers")], 3, W - 40 * mm,
                   num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour and drug dealing were the top concerns in every local authority area.",
                  "People in the valleys want officers they know by name.",
                  "Women and girls told me they feel less safe at night in Cardiff and Swansea city centres.",
                  "Young people want to be listened to, not moved on.",
                  "Victims wanted to be kept informed about what happened in their case.",
                  "Speeding and dangerous driving worry people in villages and on the A-roads."], bl)
    s.append(Paragraph("Policing in a devolved Wales", h2))
    s.append(Paragraph("Policing and criminal justice are not devolved, but health, education, housing and local "
                       "government are. Much of what this plan asks for depends on services run by the Welsh "
                       "Government and local councils, which is why partnership runs through every priority.", body))
    s += [NextPageTemplate("thumb"), PageBreak()]
    for i, (name, tg, objs, measures) in enumerate(PRIORITIES):
        s.append(ThumbSet(i))
        if i == 0:
            s.append(Paragraph("My seven priorities", h2))
            s.append(Paragraph("The next seven pages set out my priorities, one to a page, in no order of "
                               "importance. Use the tabs on the right to find each one.", body))
            s.append(Spacer(1, 6))
        s += priority_page(i, name, tg, objs, measures)
        s += [PageBreak()] if i < len(PRIORITIES) - 1 else [NextPageTemplate("single"), PageBreak()]
    s += [Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The community safety partnerships of Cardiff, Swansea, Neath Port Talbot, Bridgend, the Vale of "
                  "Glamorgan and Cwm Taf (Rhondda Cynon Taf and Merthyr Tydfil)",
                  "The South Wales Serious Violence Duty partnership and the Violence Prevention Unit",
                  "The regional VAWDASV boards for Cardiff and the Vale, Cwm Taf Morgannwg and Swansea Bay",
                  "The Area Planning Boards for substance misuse",
                  "The South Wales Criminal Justice Board and its Reducing Reoffending Board",
                  "The youth justice services and their management boards",
                  "The regional safeguarding boards and public services boards"], bl)
    s.append(Paragraph("The Well-being of Future Generations (Wales) Act 2015", h2))
    s.append(Paragraph("Public bodies in Wales work towards seven national well-being goals. They are not "
                       "priorities of this plan, but the plan contributes to them:", body))
    s += bullets(["A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
                  "A Wales of cohesive communities", "A Wales of vibrant culture and thriving Welsh language",
                  "A globally responsible Wales"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Three-year grants wherever I can offer them.", "One annual monitoring return.",
                  "An open door to challenge me when the plan is not working."], bl)
    s += [PageBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account at my public Strategic Delivery Board. The South Wales "
                    "Police and Crime Panel scrutinises my decisions. The table shows the 2025/26 budget "
                    "(illustrative).", body)]
    ft = Table([["Area", "£m"], ["South Wales Police (net)", "398.1"], ["Victims' services", "6.2"],
                ["Community safety and youth grants", "3.4"], ["Violence Prevention Unit", "1.8"],
                ["Substance misuse (arrest referral and custody)", "1.1"], ["Office of the PCC", "1.7"]],
               colWidths=[90 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), SLATE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small),
          Paragraph("Reviewing the plan", h2),
          Paragraph("I will publish an annual report each summer and review this plan after the first two years, "
                    "or sooner if the Home Office or the Welsh Government changes what is asked of policing in "
                    "Wales.", body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = PlanDoc(str(out), pagesize=A4, title=TITLE, author="South Wales Police and Crime Commissioner",
                      subject="", creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0,
                      bottomMargin=0)
        doc._thumb = 0
        doc.addPageTemplates(templates())
        doc.build(story(pages))
    needles = {"fw": "Foreword South Wales is home", "ctx": "South Wales today The figures"}
    needles.update({f"p{i}": p[1] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working with partners Much"
    needles["acc"] = "Accountability and resources I hold"
    two_pass(run, out, needles)
    return out
