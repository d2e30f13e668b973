"""Police and Crime Plan for Dorset 2024-2029 (Police and Crime Commissioner): reportlab brochure (Liberation
Sans body, DejaVu Serif headings).

Six priorities, two to a page (pp5-7).  Each priority is the white serif text of a **wave band**: a full-width
coloured band whose top edge is a drawn wave (three crests) with a paler wave behind it, like the sea on the
cover.  No priority number is printed.  Under each band a tag line in italics and the numbered objectives
"1.1 ..." ("What I will do") decide where each partner topic belongs.  The principles (p3), "What you told me"
(p4), the tag lines and objectives, the partnership list (p8) and the budget (p9) are
distractors.
"""
from reportlab.lib.utils import simpleSplit

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/dorset_police_and_crime_plan_2024-29.pdf"
TITLE = "Police and Crime Plan for Dorset 2024–2029"

NAVY, SEA, SAND, INK, GREY = hexc("#0E2A47"), hexc("#1F7A8C"), hexc("#E9D8A6"), hexc("#1C2430"), hexc("#5B6570")
FILLS = [hexc("#1F7A8C"), hexc("#0E2A47"), hexc("#5C7F3A"), hexc("#8C3B5C"), hexc("#2B5D9B"), hexc("#6B5B2E")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
SERIF = "DejaVuSerif-Bold"
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
if SERIF not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(SERIF, "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.9, leading=12.4, leftIndent=22, firstLineIndent=-22, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SERIF, fontSize=22, leading=26, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=SEA, spaceBefore=6, spaceAfter=3)
tag = ParagraphStyle("tag", fontName="Helvetica-Oblique", fontSize=10, leading=13, textColor=GREY, spaceBefore=4,
                     spaceAfter=2)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Cutting crime and anti-social behaviour", "Fewer victims of the crimes that people see and feel every day.",
     ["Tackle anti-social behaviour and neighbourhood crime with the two community safety partnerships, in our "
      "town centres, estates and villages and in the busy visitor areas in summer.",
      "Reduce burglary, vehicle crime and shop theft, and protect businesses from retail crime.",
      "Reduce reoffending: manage the most prolific offenders through Integrated Offender Management with the "
      "Probation Service, and help people leaving prison into a settled home, training and work.",
      "Keep children out of the criminal justice system through diversion, and reduce reoffending by children, "
      "with the youth justice service."]),
    ("Fighting violent crime and high harm", "The harm that is hardest to see does the most damage.",
     ["Prevent serious violence and knife crime with the partners under the Serious Violence Duty, intervening early, "
      "including when young people arrive at hospital or in custody.",
      "Close down county lines and local drug supply, and protect the children and vulnerable adults they exploit, "
      "including people whose homes are taken over (cuckooing).",
      "Identify domestic abuse earlier, pursue perpetrators and fund programmes that change their behaviour.",
      "Improve the investigation of rape and sexual offences, and make the night-time economy safer for women and "
      "girls.",
      "Reduce the harm that drugs and alcohol cause: get more people into treatment from custody and the courts and "
      "cut drug-related deaths, with the Dorset Combating Drugs Partnership."]),
    ("Fighting rural crime", "Our countryside and coast are not a soft target.",
     ["Tackle farm, machinery, fuel and livestock crime and fly-tipping, with the Rural Crime Team.",
      "Protect wildlife, heritage sites and the marine environment of the Jurassic Coast from crime.",
      "Protect older and isolated people, in the countryside and in town, from fraud, scams and doorstep crime."]),
    ("Putting victims and communities first", "Every victim treated with care, and kept informed.",
     ["Give every victim of crime help to cope and recover through the Victims' Bureau and the services I "
      "commission.",
      "Fund specialist support for survivors of domestic abuse and sexual violence, including safe accommodation "
      "and help for children who live with abuse.",
      "Support victims of hate crime and strengthen community cohesion.",
      "Offer restorative justice to every victim who wants it, and hold agencies to the Victims' Code."]),
    ("Making policing more visible and connected", "Police you can see, reach and trust.",
     ["Put more officers and PCSOs in neighbourhood teams, seen on foot in town and village.",
      "Answer 101 calls and online reports faster, and tell people what happened next.",
      "Support Community Speedwatch and enforce against the \u201cfatal four\u201d on Dorset's roads with Dorset "
      "Road Safe.",
      "Grow the Special Constabulary, police cadets and volunteers."]),
    ("Making every penny count", "A force that is efficient, well equipped and well led.",
     ["Get value for money from every contract, and share services with neighbouring forces where it saves money.",
      "Invest in technology that frees officers' time, and in a modern estate.",
      "Support the wellbeing of officers and staff, and recruit a workforce that reflects Dorset."]),
]


class WaveBand(Flowable):
    """A coloured band with a wavy top edge and a paler wave behind it; the heading in white serif bold."""

    def __init__(self, text, fill, width):
        super().__init__()
        self.text, self.fill, self.w = text, fill, width
        self.lines = simpleSplit(text, SERIF, 17, width - 16 * mm)
        self.h = 16 * mm + 20 * len(self.lines)

    def wrap(self, aw, ah):
        return self.w, self.h

    def _wave(self, c, y0, amp, phase, colour):
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(0, y0)
        seg = self.w / 3
        for k in range(3):
            x = k * seg
            p.curveTo(x + seg * 0.25, y0 + amp * phase, x + seg * 0.75, y0 - amp * phase, x + seg, y0)
        p.lineTo(self.w, 0)
        p.close()
        c.setFillColor(colour)
        c.drawPath(p, stroke=0, fill=1)

    def draw(self):
        c = self.canv
        top = self.h - 5 * mm
        self._wave(c, top + 2.5 * mm, 3.5 * mm, -1, colors.Color(self.fill.red, self.fill.green, self.fill.blue,
                                                              alpha=0.35))
        self._wave(c, top, 3 * mm, 1, self.fill)
        c.setFillColor(colors.white)
        c.setFont(SERIF, 17)
        y = top - 9 * mm
        for ln in self.lines:
            c.drawString(8 * mm, y, ln)
            y -= 20


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 12 * mm, "Police and Crime Commissioner for Dorset")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police and Crime Plan 2024–2029")
    c.setStrokeColor(SAND)
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 20 * mm, 11 * mm, f"{p}")
    c.setFillColor(SEA)
    c.rect(W - 26 * mm - 8, 10 * mm, 5, 10, stroke=0, fill=1)
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#DCEFF3"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for k, col in enumerate([hexc("#9CCFD8"), SEA, NAVY]):
        b = WaveBand("", col, W)
        b.canv = c
        c.saveState()
        c.translate(0, 0)
        b._wave(c, 95 * mm - k * 22 * mm, 5 * mm, 1 if k % 2 == 0 else -1, col)
        c.restoreState()
    c.setFillColor(NAVY)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR DORSET")
    c.setFont(SERIF, 34)
    c.drawString(20 * mm, H - 100 * mm, "Police and Crime Plan")
    c.setFont(SREG, 18)
    c.drawString(20 * mm, H - 114 * mm, "for Dorset, Bournemouth, Christchurch and Poole")
    c.setFillColor(SEA)
    c.setFont(SERIF, 22)
    c.drawString(20 * mm, H - 130 * mm, "2024–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(20 * mm, 22 * mm, "Making Dorset safer for everyone who lives, works and visits here.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERIF, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Dorset")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: pcc@dorset-pcc.example", "Telephone: 01202 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in Easy Read, large print and other languages on request."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_block(i, name, tg, objs):
    fw = W - 40 * mm
    items = [WaveBand(name, FILLS[i], fw), Paragraph(tg, tag), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        items.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
    return [KeepTogether(items), Spacer(1, 12)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Dorset today", "ctx", 0), ("My priorities", "pr", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working together", "part", 0), ("Resources and accountability", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else NAVY, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Dorset is one of the safest counties in England, and I want to keep it that way. This plan sets out what I "
        "expect of Dorset Police and what I will do with partners in Bournemouth, Christchurch and Poole and across "
        "Dorset over the next five years.",
        "I heard from more than 4,000 residents (illustrative), from farmers, fishers, shopkeepers, students, "
        "victims and young people. They asked for police they can see, action on the crime that blights their "
        "streets, and a tough response to violence and exploitation.",
        "My plan has six priorities. Under each I set out what I will do, as numbered objectives. It is those "
        "objectives against which I will hold the Chief Constable, my office and the services I commission to "
        "account.",
        "<b>Police and Crime Commissioner for Dorset</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("The principles behind this plan", h2)]
    s += bullets(["<b>Visible</b>: policing that people can see and reach.",
                  "<b>Fair</b>: the same high standard for every community.",
                  "<b>Together</b>: no agency can keep Dorset safe alone.",
                  "<b>Value</b>: every pound of public money spent well."], bl)
    s += [PageBreak(), Paragraph("Dorset today", h1),
          Paragraph("The figures below are illustrative. They describe the force area and the demand on policing; "
                    "they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("780,000", "residents, and 17 million visitor days a year"),
                    ("2,650", "square kilometres, with 145 km of Jurassic Coast"),
                    ("52,000", "crimes recorded in 2023/24"), ("12,800", "anti-social behaviour incidents"),
                    ("1 in 6", "crimes linked to domestic abuse"), ("1,400", "police officers")], 3, W - 40 * mm,
                   num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told me", h2))
    s += bullets(["Anti-social behaviour and drug dealing worry people most in the towns.",
                  "In the villages, speeding and thefts from farms come top.",
                  "Many people do not know who their neighbourhood officer is.",
                  "Older people are being targeted by scam callers and rogue traders.",
                  "Victims want to be kept informed about their case."], bl)
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Six priorities, in no order of importance. Each is followed by what I will do.", body),
          Spacer(1, 4)]
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        if i in (2, 4):
            s.append(PageBreak())
        s += priority_block(i, name, tg, objs)
    s += [PageBreak(), Paragraph("Working together", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities, and I align my grants with them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The BCP Community Safety Partnership and the Dorset Community Safety Partnership",
                  "The Dorset Serious Violence Prevention Partnership",
                  "The Pan-Dorset Domestic Abuse and Sexual Violence Strategic Board",
                  "The Dorset Combating Drugs Partnership",
                  "The Dorset Criminal Justice Board and its Reducing Reoffending Group",
                  "The Dorset Combined Youth Justice Service Management Board",
                  "Dorset Road Safe and the Dorset Rural Crime Partnership"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Grants for three years where I can offer them.", "One annual monitoring return.",
                  "A seat at the table, and a willingness to be challenged."], bl)
    s += [PageBreak(), Paragraph("Resources and accountability", h1),
          Paragraph("I hold the Chief Constable to account in public at my Accountability Board. The Dorset Police "
                    "and Crime Panel scrutinises my decisions. The table shows the 2024/25 budget "
                    "(illustrative).", body)]
    ft = Table([["Area", "£m"], ["Dorset Police (net)", "176.8"], ["Victims' services", "3.1"],
                ["Community safety grants", "1.2"], ["Serious violence prevention", "0.8"],
                ["Office of the PCC", "1.3"]], colWidths=[70 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, SAND), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 4), Paragraph("Figures are illustrative.", small), Paragraph("How I will report", h2)]
    s += bullets(["A public performance report every quarter.", "An annual report to the Police and Crime Panel.",
                  "A refresh of this plan after three years, or sooner if Dorset's needs change."], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Dorset")
        doc.build(story(pages))
    needles = {"fw": "Foreword Dorset is one", "ctx": "Dorset today The figures", "pr": "My priorities Six"}
    needles.update({f"p{i}": p[1] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working together Much"
    needles["acc"] = "Resources and accountability I hold"
    two_pass(run, out, needles)
    return out
