"""Police and Crime Plan for Hampshire and the Isle of Wight 2024-2029: reportlab brochure (Liberation Sans
body, DejaVu Serif headings).

Seven priorities, called **pledges**, two to a page (P1 alone on p5 after the page introduction; pp5-8).
Each pledge is a **ticket**: a rounded card with a dashed perforation line, a left stub holding the word
"PLEDGE" set vertically (rotated 90 degrees) and the heading in serif bold on the right with a tag line
under it.  No number is printed on the ticket.  The numbered objectives "1.1 ..." follow the ticket and
decide where each partner topic belongs.  The previous plan's priorities (p9), the partnership list (p9),
the Strategic Policing Requirement's national threats (p10) and the budget are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets
from reportlab.pdfbase import pdfmetrics

FILE = "plan/hampshire_and_isle_of_wight_police_and_crime_plan_2024-29.pdf"
TITLE = "Police and Crime Plan for Hampshire and the Isle of Wight 2024–2029"

NAVY, TEAL, INK, GREY = hexc("#14325C"), hexc("#0E8C8C"), hexc("#1C2430"), hexc("#5B6573")
LINE = hexc("#C9D3DF")
STUB = [hexc("#14325C"), hexc("#0E8C8C"), hexc("#8A2846"), hexc("#5B4B8A"), hexc("#B5651D"), hexc("#2E6B3A"),
        hexc("#3E4C5E")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
try:
    pdfmetrics.registerFont(pdfmetrics.getFont("DejaVuSerif-Bold"))
except Exception:  # register the serif face from the DejaVu folder
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
SERIF, SERIFB = "DejaVuSerif", "DejaVuSerif-Bold"
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.9, leading=12.4, leftIndent=24, firstLineIndent=-24,
                     spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=SERIFB, fontSize=21, leading=26, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=TEAL, spaceBefore=8, spaceAfter=4)
tick_h = ParagraphStyle("tick_h", fontName=SERIFB, fontSize=15.5, leading=19.5, textColor=NAVY)
tick_t = ParagraphStyle("tick_t", fontName=REG, fontSize=9.6, leading=12.5, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Putting more police in our neighbourhoods", "Officers you can see, who know your area, and who come when "
     "you call.",
     ["Grow neighbourhood policing teams in every district and unitary authority, with named officers for every "
      "ward.",
      "Run hot-spot patrols in the places that suffer most, and tackle anti-social behaviour with councils and "
      "housing providers, using the full range of ASB powers.",
      "Strengthen rural, marine and coastal policing, so that farms, villages, harbours and Island communities are "
      "protected from rural and wildlife crime.",
      "Answer 101 and 999 calls faster and offer more ways to contact the police online."]),
    ("Cutting violent crime", "Fewer people hurt, fewer weapons on our streets.",
     ["Reduce serious violence and knife crime, with the Violence Reduction Unit and the partners under the "
      "Serious Violence Duty.",
      "Disrupt county lines and drug dealing, and protect children and vulnerable adults from the criminal "
      "exploitation that drives them, including cuckooing.",
      "Reduce violence in the night-time economy, working with licensing authorities, door staff and street "
      "pastors."]),
    ("Keeping women and girls safe", "Safe at home, in public and online.",
     ["Identify domestic abuse earlier and respond to it better: pursue perpetrators, use protection orders and "
      "fund perpetrator programmes that change behaviour.",
      "Improve the investigation of rape, sexual offences and stalking, and the number of cases charged.",
      "Make streets, parks, transport and the night-time economy safer for women and girls.",
      "Prevent abuse before it starts through healthy relationships education in schools and colleges."]),
    ("Breaking the cycle of reoffending", "Fewer victims tomorrow by changing offenders' lives today.",
     ["Manage the most prolific and harmful offenders through Integrated Offender Management with the Probation "
      "Service.",
      "Help people leaving prison into settled housing, training and work.",
      "Get people whose drug or alcohol use drives their offending into treatment, with the combating drugs "
      "partnerships.",
      "Divert children from crime and reduce reoffending by children, with the four youth justice services."]),
    ("Putting victims first", "Every victim treated with dignity and helped to recover.",
     ["Commission the Victim Care Service so that every victim of crime can get help to cope and recover, and hold "
      "every agency to the Victims' Code.",
      "Fund specialist support for victims of domestic abuse and sexual violence, including independent advisers "
      "and the sexual assault referral centre.",
      "Offer restorative justice to every victim who wants it.",
      "Encourage the reporting of hate crime, support the people and communities it targets, and reassure them "
      "through third-party reporting centres."]),
    ("Making our roads safer", "Fewer people killed or seriously injured.",
     ["Enforce against the \u201cfatal four\u201d: speeding, drink and drug driving, mobile phones and seat belts.",
      "Fund Community Speedwatch and the road safety partnership.",
      "Tackle uninsured and unlicensed driving."]),
    ("Restoring trust and confidence in policing", "A police service the public can believe in.",
     ["Hold the Chief Constable to account for vetting, professional standards and the handling of complaints.",
      "Review police complaints independently and publish what we learn.",
      "Make sure officers and staff reflect and understand the communities they serve, and engage with "
      "communities whose confidence is lowest."]),
]


class Ticket(Flowable):
    """A pledge ticket: rounded card, left stub with a vertical word, dashed perforation, heading and tag."""

    def __init__(self, colour, heading, tagline):
        super().__init__()
        self.colour = colour
        self.head = Paragraph(heading, tick_h)
        self.tag = Paragraph(tagline, tick_t)
        self.stub = 17 * mm

    def wrap(self, aw, ah):
        self.aw = aw
        inner = aw - self.stub - 14 * mm
        _, h1_ = self.head.wrap(inner, ah)
        _, h2_ = self.tag.wrap(inner, ah)
        self.h1_, self.h2_ = h1_, h2_
        self.h = max(h1_ + h2_ + 16 * mm, 30 * mm)
        return aw, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(1.4)
        c.setFillColor(hexc("#F7F9FB"))
        c.roundRect(0, 0, self.aw, self.h, 6, stroke=1, fill=1)
        c.setFillColor(self.colour)
        c.roundRect(0, 0, self.stub, self.h, 6, stroke=0, fill=1)
        c.rect(self.stub - 6, 0, 6, self.h, stroke=0, fill=1)
        c.setStrokeColor(self.colour)
        c.setDash(3, 3)
        c.line(self.stub + 4, 3, self.stub + 4, self.h - 3)
        c.setDash()
        c.setFillColor(colors.white)
        for y in (0, self.h):
            c.circle(self.stub + 4, y, 3.2, stroke=0, fill=1)
        c.translate(self.stub / 2 + 3, self.h / 2)
        c.rotate(90)
        c.setFont(BOLD, 10)
        c.drawCentredString(0, 0, "P L E D G E")
        c.restoreState()
        x = self.stub + 9 * mm
        top = self.h - 7 * mm
        self.head.drawOn(c, x, top - self.h1_)
        self.tag.drawOn(c, x, top - self.h1_ - 2 * mm - self.h2_)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(20 * mm, H - 12 * mm, "Police and Crime Commissioner for Hampshire and the Isle of Wight")
    c.setStrokeColor(LINE)
    c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
    c.setFont(REG, 7.6)
    c.drawString(20 * mm, 10 * mm, "Police and Crime Plan 2024–2029")
    c.setFont(BOLD, 8.5)
    c.setFillColor(NAVY)
    c.drawRightString(W - 20 * mm, 10 * mm, f"{p} / 11")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    p = c.beginPath()
    p.moveTo(0, 0)
    p.lineTo(W, 0)
    p.lineTo(W, 95 * mm)
    p.lineTo(0, 55 * mm)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR HAMPSHIRE AND THE ISLE OF WIGHT")
    c.setFont(SERIFB, 34)
    c.drawString(20 * mm, H - 105 * mm, "Police and Crime Plan")
    c.setFont(SERIF, 17)
    c.drawString(20 * mm, H - 120 * mm, "Hampshire, Southampton, Portsmouth")
    c.drawString(20 * mm, H - 129 * mm, "and the Isle of Wight")
    c.setFont(BOLD, 20)
    c.drawString(20 * mm, H - 146 * mm, "2024–2029")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 30 * mm, "Safer streets, safer homes, safer roads.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERIFB, 14)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner")
    c.drawString(20 * mm, 122 * mm, "for Hampshire and the Isle of Wight")
    c.setFont(REG, 9.5)
    y = 110 * mm
    for line in ["Email: opcc@hampshire-iow-pcc.example", "Telephone: 01962 000 000 (illustrative)", "",
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
            PageTemplate("single", [Frame(20 * mm, 21 * mm, FW, H - 42 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def pledge(i, name, tg, objs):
    out = [Ticket(STUB[i], name, tg), Spacer(1, 6), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        out.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
    return [KeepTogether(out), Spacer(1, 16)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Our area today", "ctx", 0), ("My seven pledges", "pr", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else NAVY, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Hampshire and the Isle of Wight are among the safest places in the country to live, work and visit. But "
        "safety is not shared evenly: it is felt differently in a Portsmouth tower block, a Southampton night-time "
        "street, a New Forest village and an Island seaside town.",
        "This plan sets out what I expect of Hampshire and Isle of Wight Constabulary, and what I will do with "
        "councils, health, probation, the voluntary sector and our communities, over the next five years. More "
        "than 4,000 residents answered my survey (illustrative), and I have met victims, young people, "
        "businesses, farmers and councillors in every district.",
        "I have made seven pledges. Under each I set out, in numbered objectives, what I will do. It is those "
        "objectives that I will hold the Chief Constable, my office and the services I fund to account for, and "
        "they describe the work of partners that each pledge covers.",
        "<b>Police and Crime Commissioner for Hampshire and the Isle of Wight</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("The values behind this plan", h2)]
    s += bullets(["<b>Visible</b>: policing that is present in every community.",
                  "<b>Victim-centred</b>: we start from the person harmed.",
                  "<b>Value for money</b>: every pound spent where it makes the most difference."], bl)
    s += [PageBreak(), Paragraph("Our area today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("2.0m", "residents in eleven districts, two cities and the Isle of Wight"),
                    ("4,160", "square kilometres, with two national parks"),
                    ("151,000", "crimes recorded in 2023/24"), ("33,400", "anti-social behaviour incidents"),
                    ("1,160", "knife crime offences"), ("3,600", "police officers")], 3, FW, num, cap, STUB))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour and visible policing were the top concerns in every district.",
                  "Residents in Portsmouth and Southampton worried most about knife crime and drug dealing.",
                  "Island and rural residents wanted faster response times and action on speeding.",
                  "Women and girls told me they feel less safe at night in town centres and parks.",
                  "Victims wanted to be kept informed about what happened in their case."], bl)
    s += [PageBreak(), Paragraph("My seven pledges", h1),
          Paragraph("Each pledge is a promise to the public, followed by the objectives through which I will keep it. "
                    "The pledges are in no order of importance.", body), Spacer(1, 8)]
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        if i in (1, 3, 5):
            s.append(PageBreak())
        s += pledge(i, name, tg, objs)
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The community safety partnerships of the Hampshire districts, Southampton, Portsmouth and the "
                  "Isle of Wight",
                  "The Hampshire and Isle of Wight Violence Reduction Unit",
                  "The domestic abuse partnership boards of Hampshire, Southampton, Portsmouth and the Island",
                  "The combating drugs partnerships",
                  "The Hampshire and Isle of Wight Reducing Reoffending Board and the Local Criminal Justice Board",
                  "The youth justice services of Hampshire, Southampton, Portsmouth and the Isle of Wight",
                  "The road safety partnership"], bl)
    s.append(Paragraph("My last plan", h2))
    s.append(Paragraph("My 2021–2024 plan had four priorities: More police, better policing; "
                       "Reducing crime and anti-social behaviour; Making roads safer; and Supporting victims. The "
                       "new pledges build on them; they are not carried forward as they were.", body))
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Three-year grants wherever I can offer them.", "One annual monitoring return.",
                  "A named contact in my office for every partnership."], bl)
    s += [PageBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("The Home Secretary's Strategic Policing Requirement sets out national threats to which every "
                    "force must contribute. They are quoted here for completeness; they are not pledges of this "
                    "plan.", body)]
    spr = Table([[[Paragraph("<b>Strategic Policing Requirement: national threats</b>", body)] +
                  [Paragraph(f"\u2013 {t}", body) for t in
                   ["Terrorism", "Serious and organised crime", "A national cyber event", "Child sexual abuse",
                    "Public disorder", "Civil emergencies", "Violence against women and girls"]]]],
                colWidths=[FW])
    spr.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#EAF2F6")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [spr, Spacer(1, 8), Paragraph("Holding the Chief Constable to account", h2),
          Paragraph("I hold the Chief Constable to account at my public accountability meetings. The Police and Crime "
                    "Panel scrutinises my decisions. The table shows the 2024/25 budget (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Hampshire and Isle of Wight Constabulary (net)", "441.0"],
                ["Victim Care Service and commissioned support", "6.2"], ["Community safety grants", "2.4"],
                ["Violence Reduction Unit", "1.9"], ["Office of the PCC", "1.8"]], colWidths=[90 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.4), ("FONT", (0, 0), (-1, 0), BOLD, 8.4),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Hampshire and the Isle of Wight")
        doc.build(story(pages))
    needles = {"fw": "Foreword Hampshire and the Isle", "ctx": "Our area today The figures",
               "pr": "Each pledge is a promise to the public"}
    needles.update({f"p{i}": p[1] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working with partners Much"
    needles["acc"] = "Accountability and resources The Home"
    two_pass(run, out, needles)
    return out
