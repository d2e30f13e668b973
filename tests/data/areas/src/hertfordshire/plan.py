"""Hertfordshire Police and Crime Plan 2025-2029 (Police and Crime Commissioner): reportlab brochure
(Liberation Sans body, DejaVu Sans Mono on the boards).

Six priorities, two to a page (pp5-7).  Each priority is spelled out in white monospaced letters on a drawn
**felt letter board** (a black board with horizontal grooves inside a wooden frame, the kind used in shop
windows), wrapping over one to three centred lines; no priority number.  Under each board sit an italic
tag line and the numbered objectives "1.1 ...", which decide where each partner topic belongs (hate crime
under neighbourhoods, drug supply under serious violence, drug treatment and children's reoffending under
the offending cycle, fraud under victims).  "What you told us" (p4), the principles (p3), the Safer
Hertfordshire Board's county themes quoted on p8 and the budget (p9) are distractors.
"""
import textwrap

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FILE = "plan/hertfordshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Hertfordshire Police and Crime Plan 2025–2029"

NAVY, GOLD, INK, GREY = hexc("#14325C"), hexc("#D9A21B"), hexc("#1E2430"), hexc("#5A6170")
WOOD, WOOD2, FELT, GROOVE = hexc("#8A5A2B"), hexc("#6E4520"), hexc("#1B1B1D"), hexc("#2E2E31")
FILLS = [hexc("#14325C"), hexc("#2B6E8F"), hexc("#7B2E4A"), hexc("#3F6B3A"), hexc("#6A4C93"), hexc("#8C5A12")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
if "DejaVuSansMono-Bold" not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont("DejaVuSansMono-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"))
MONO = "DejaVuSansMono-Bold"
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.8, leading=12.2, leftIndent=22, firstLineIndent=-22,
                     spaceAfter=3.5)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=NAVY, spaceBefore=8, spaceAfter=4)
tag = ParagraphStyle("tag", fontName=SREG, fontSize=11, leading=14, textColor=GREY, spaceBefore=6, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Keeping our neighbourhoods safe", "Crime and disorder dealt with where people live.",
     ["Tackle anti-social behaviour with the district and borough community safety partnerships, so that "
      "residents see it dealt with quickly.",
      "Reduce burglary, vehicle crime and shoplifting, and design crime out of town centres and new estates.",
      "Tackle rural, wildlife and heritage crime, including theft of farm machinery, hare coursing and "
      "fly-tipping, with the Rural Operational Support Team.",
      "Tackle hate crime and community tensions, and support the partnerships that build cohesion between "
      "communities."]),
    ("Reducing serious violence", "Fewer people hurt, fewer lives changed for ever.",
     ["Reduce serious violence and knife crime, especially among young people, with the partners under the "
      "Serious Violence Duty.",
      "Disrupt drug supply and the county lines that bring drugs and violence into Hertfordshire, and protect "
      "the people whose homes are taken over (cuckooing).",
      "Protect children and vulnerable adults from criminal exploitation."]),
    ("Ending violence against women and girls", "Women and girls safe at home, in public and online.",
     ["Respond quickly to domestic abuse, pursue perpetrators and expand programmes that change their behaviour.",
      "Improve the investigation of rape and sexual offences, and the number of cases charged.",
      "Protect victims of stalking and harassment.",
      "Make streets, parks, transport and the night-time economy safer for women and girls.",
      "Challenge the attitudes behind violence against women and girls, including through healthy relationships "
      "education in schools."]),
    ("Putting victims first", "Every victim helped to cope and recover.",
     ["Give every victim of crime access to help through Beacon, the county's victim care centre.",
      "Fund specialist support for victims of domestic abuse and sexual violence: independent advisers, the sexual "
      "assault referral centre, refuges and other safe accommodation.",
      "Offer restorative justice to every victim who wants it.",
      "Protect older and vulnerable people from fraud and scams, and support the victims of fraud."]),
    ("Breaking the cycle of offending", "Fewer people coming back through the door.",
     ["Manage the most prolific offenders through Integrated Offender Management with the Probation Service.",
      "Help people leaving prison into settled accommodation, education, training and work.",
      "Work with the combating drugs partnership to get people whose drug or alcohol use drives their offending "
      "into treatment and recovery, and to reduce drug-related deaths.",
      "Divert children from the justice system and reduce reoffending by children, with the youth justice "
      "service."]),
    ("Making Hertfordshire's roads safer", "Fewer people killed or seriously injured.",
     ["Enforce against speeding, drink and drug driving, mobile phone use and not wearing seat belts.",
      "Support Community Speedwatch and the Hertfordshire Road Safety Partnership.",
      "Deny criminals the use of the roads, with number plate recognition and roads policing."]),
]


class LetterBoard(Flowable):
    """A felt letter board in a wooden frame; the text in white monospaced capitals-and-lower-case,
    centred, one grooved row per line."""

    def __init__(self, text, width, chars=30, size=17):
        super().__init__()
        self.lines = textwrap.wrap(text, chars)
        self.width, self.size = width, size
        self.row = size * 1.55
        self.frame = 7
        self.height = len(self.lines) * self.row + 2 * self.frame + 16

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c, f, w, h = self.canv, self.frame, self.width, self.height
        c.setFillColor(WOOD2)
        c.roundRect(2, -2, w, h, 3, stroke=0, fill=1)
        c.setFillColor(WOOD)
        c.roundRect(0, 0, w, h, 3, stroke=0, fill=1)
        c.setFillColor(FELT)
        c.rect(f, f, w - 2 * f, h - 2 * f, stroke=0, fill=1)
        c.setStrokeColor(GROOVE)
        c.setLineWidth(0.6)
        y = f + 3
        while y < h - f:
            c.line(f, y, w - f, y)
            y += 4.2
        c.setFillColor(colors.white)
        c.setFont(MONO, self.size)
        top = h - f - 8 - self.size
        for i, line in enumerate(self.lines):
            c.drawCentredString(w / 2, top - i * self.row, line)
        c.setFillColor(hexc("#C9C9C9"))
        c.circle(w - f - 8, f + 6, 1.6, stroke=0, fill=1)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 12.5 * mm, "Hertfordshire Police and Crime Commissioner")
    c.drawRightString(W - 20 * mm, H - 12.5 * mm, "Police and Crime Plan 2025–2029")
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.line(20 * mm, 14 * mm, W - 20 * mm, 14 * mm)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 8)
    c.drawRightString(W - 20 * mm, 9 * mm, f"{p}")
    c.setFont(REG, 7)
    c.drawString(20 * mm, 9 * mm, "Everybody's business: a safer Hertfordshire")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, 0, W, 58 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "HERTFORDSHIRE POLICE AND CRIME COMMISSIONER")
    c.setFont(SBOLD, 38)
    c.drawString(20 * mm, H - 110 * mm, "Police and Crime Plan")
    c.setFont(SREG, 20)
    c.drawString(20 * mm, H - 126 * mm, "Everybody's business: a safer Hertfordshire")
    c.setFillColor(GOLD)
    c.drawString(20 * mm, H - 140 * mm, "2025–2029")
    c.setFillColor(NAVY)
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 30 * mm, "Broxbourne · Dacorum · East Herts · Hertsmere · North Herts · St Albans ·")
    c.drawString(20 * mm, 24 * mm, "Stevenage · Three Rivers · Watford · Welwyn Hatfield")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Hertfordshire Police and Crime Commissioner")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: commissioner@herts-pcc.example", "Telephone: 01707 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in other formats and languages on request."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 42 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_block(i, name, tg, objs):
    out = [LetterBoard(name, FW * 0.78), Paragraph(tg, tag), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        out.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
    return [KeepTogether(out), Spacer(1, 16)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Hertfordshire today", "ctx", 0), ("My priorities", "pr", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else NAVY, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Hertfordshire is one of the safest counties in England, and I want to keep it that way. But safety is not "
        "shared equally: it is felt least by the people who live with anti-social behaviour on their doorstep, by "
        "young people afraid to walk home, and by women and girls who still change their route after dark.",
        "Keeping Hertfordshire safe is everybody's business. The police cannot do it alone, and this plan sets out "
        "what I expect of the Constabulary and what I will do with the councils, the health service, the Probation "
        "Service, schools and the voluntary sector over the next four years.",
        "More than 2,500 people answered my survey (illustrative). Their message was clear: deal with anti-social "
        "behaviour, keep knives off our streets, support victims properly and make the roads safer.",
        "My plan has six priorities. Under each I set out numbered commitments. Those commitments, not the headings "
        "alone, are what I will hold the Chief Constable and the services I commission to account for.",
        "<b>Police and Crime Commissioner for Hertfordshire</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("The principles behind this plan", h2)]
    s += bullets(["<b>Everybody's business</b>: every agency and every resident has a part to play.",
                  "<b>Victims first</b>: we judge ourselves by what victims experience.",
                  "<b>Value for money</b>: we fund what works and stop what does not."], bl)
    s += [PageBreak(), Paragraph("Hertfordshire today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the county and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.2m", "residents in ten districts and boroughs"),
                    ("1,640", "square kilometres, much of it green belt"),
                    ("86,000", "crimes recorded in 2024/25"), ("1 in 6", "crimes linked to domestic abuse"),
                    ("14,200", "anti-social behaviour incidents"), ("2,300", "police officers")], 3, FW,
                   num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour and speeding were the top concerns in every district.",
                  "Parents worried about knife crime and about children being drawn into county lines.",
                  "Women and girls told me they feel less safe in town centres at night and on trains.",
                  "Older residents were worried about scams and doorstep crime.",
                  "Victims wanted to be kept informed about their case."], bl)
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Six priorities, each spelled out on a board, with the commitments that sit under it. The order "
                    "is not an order of importance.", body), Spacer(1, 6)]
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        if i in (2, 4):
            s.append(PageBreak())
        s += priority_block(i, name, tg, objs)
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities, and I align my community safety grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The Safer Hertfordshire Board and the ten district and borough community safety partnerships",
                  "The Hertfordshire Serious Violence Duty partnership",
                  "The Hertfordshire Domestic Abuse Partnership Board",
                  "The Hertfordshire Combating Drugs Partnership",
                  "The Hertfordshire Criminal Justice Board and its reducing reoffending group",
                  "Hertfordshire Youth Justice", "The Hertfordshire Road Safety Partnership"], bl)
    box = Table([[[Paragraph("<b>The Safer Hertfordshire Board's county themes for 2024–2027</b>", body),
                   Paragraph("The board agrees a short set of county-wide themes that every community safety "
                             "partnership considers. They are quoted here so that partners can see where they meet "
                             "this plan; they are not priorities of this plan.", small)] +
                  bullets(["Neighbourhood crime and anti-social behaviour", "Violence and exploitation",
                           "Domestic abuse and violence against women and girls", "Substance misuse",
                           "Radicalisation and extremism"], bl)]], colWidths=[FW])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#EEF2F8")), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                             ("LINEBEFORE", (0, 0), (0, -1), 3, GOLD)]))
    s += [Spacer(1, 6), box, Paragraph("What partners can expect from me", h2)]
    s += bullets(["Three-year grants wherever I can offer them.", "One simple annual monitoring return.",
                  "An open door to challenge me when the plan is not working."], bl)
    s += [PageBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account at my public Strategic Accountability Board. The "
                    "Hertfordshire Police and Crime Panel scrutinises my decisions. The table shows the 2025/26 "
                    "budget (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Hertfordshire Constabulary (net)", "262.0"], ["Victims' services (Beacon)", "3.9"],
                ["Community safety grants", "1.8"], ["Serious Violence Duty funding", "0.9"],
                ["Office of the PCC", "1.3"]], colWidths=[75 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C9D2E0")), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small),
          Paragraph("How I will measure progress", h2)]
    s += bullets(["Public confidence in the police, from the county survey.",
                  "Victim satisfaction with Beacon and with the police response.",
                  "Repeat victims of anti-social behaviour and of domestic abuse.",
                  "Knife crime with injury, and people killed or seriously injured on the roads."], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Hertfordshire Police and Crime Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword Hertfordshire is one", "ctx": "Hertfordshire today The figures",
               "pr": "My priorities Six priorities"}
    needles.update({f"p{i}": p[1] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working with partners Much"
    needles["acc"] = "Accountability and resources I hold"
    two_pass(run, out, needles)
    return out
