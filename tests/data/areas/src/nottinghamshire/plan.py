"""Nottinghamshire Police and Crime Plan 2024-2028: reportlab brochure (DejaVu Sans body, DejaVu Serif
headings).

Six priorities, two to a page (P1 on p5 under the page introduction, P2-P3 p6, P4-P5 p7, P6 p8).  Each
priority is a panel whose heading is **set vertically** (rotated 90 degrees, reading upwards) in white on a
coloured **spine strip** down the panel's left edge; the panel holds a grey tag line and the numbered
objectives "1.1 ...", which decide where each partner topic belongs.  No priority number is printed.
pdftotext prints a page's spine headings before the rest of its text.  The principles (p3), "What you told
us" (p4), the tag lines and objectives, the partnership list (p9) and the measures and budget (p10) are
distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/nottinghamshire_police_and_crime_plan_2024-28.pdf"
TITLE = "Nottinghamshire Police and Crime Plan 2024–2028"

GREEN, INK, GREY = hexc("#0E4D45"), hexc("#1E2326"), hexc("#5E666B")
LIME, LINE = hexc("#A7C957"), hexc("#C9D6D3")
FILLS = [hexc("#0E4D45"), hexc("#7A2E3B"), hexc("#5B3A86"), hexc("#1F5F8B"), hexc("#8A5A14"), hexc("#3E4A52")]
REG, BOLD = fonts("dejavu")
SBOLD = "DejaVuSerif-Bold"
SREG = "DejaVuSerif"
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

for _n in (SBOLD, SREG):
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, f"/usr/share/fonts/truetype/dejavu/{_n}.ttf"))
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=8.9, leading=12.8, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.6, leading=12, leftIndent=22, firstLineIndent=-22, spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=GREEN, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=GREEN, spaceBefore=8, spaceAfter=4)
tag = ParagraphStyle("tag", fontName=SREG, fontSize=11, leading=14, textColor=GREY, spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Keeping our neighbourhoods safe", "Visible, local policing that fixes problems where people live.",
     ["Tackle anti-social behaviour with neighbourhood policing teams and the community safety partnerships, "
      "using problem-solving and the ASB case review.",
      "Cut neighbourhood crime: burglary, vehicle crime, shop theft and rural crime, and the fraud and scams "
      "aimed at older people.",
      "Reduce reoffending: manage the most prolific offenders through Integrated Offender Management with the "
      "Probation Service, and help people leaving prison or on probation into a settled home, training and work."]),
    ("Tackling serious violence and knife crime", "Fewer people hurt, fewer lives cut short.",
     ["Reduce serious violence and knife crime through the public health approach of the Violence Reduction "
      "Partnership and the Serious Violence Duty, working with families and communities in the places most "
      "affected.",
      "Protect children and vulnerable adults from criminal exploitation, including county lines.",
      "With the city and county youth justice services, divert children from the justice system and reduce "
      "reoffending by children, through Turnaround and out-of-court resolutions."]),
    ("Ending violence against women and girls", "Safe at home, in public and online.",
     ["Identify domestic abuse earlier and respond robustly: pursue perpetrators, use protection orders, and fund "
      "perpetrator programmes that change behaviour.",
      "Improve the investigation of rape and sexual offences and the number of cases that reach court.",
      "Make streets, public transport and the night-time economy safer for women and girls, and tackle stalking "
      "and harassment.",
      "Prevent abuse before it starts, through healthy relationships education in schools."]),
    ("Supporting victims and survivors", "Help to cope and recover, whatever the crime.",
     ["Commission services so that every victim of crime can get help to cope and recover, and hold every agency "
      "to the Victims' Code.",
      "Fund specialist support for survivors of domestic abuse and sexual violence: independent advisers (IDVAs "
      "and ISVAs), the sexual assault referral centre, and refuges and other safe accommodation.",
      "Offer restorative justice to every victim who wants it.",
      "Encourage people to report hate crime and make sure its victims get support, working with community "
      "cohesion partners."]),
    ("Breaking the link between drugs and crime", "Less supply, more recovery.",
     ["Close down drug supply routes, street dealing and cuckooing, with neighbourhood partners.",
      "With the combating drugs partnership, get more people into drug and alcohol treatment and recovery, "
      "including people tested on arrest and people on probation.",
      "Reduce drug-related deaths.",
      "Reduce alcohol-related crime and disorder, with the licensing authorities."]),
    ("Building trust and confidence in policing", "A police service that every community can trust.",
     ["Recruit and keep officers and staff who reflect Nottinghamshire's communities.",
      "Answer 101 and 999 calls quickly and keep callers informed.",
      "Scrutinise stop and search and the use of force through independent community panels.",
      "Handle complaints fairly and openly, and learn from them."]),
]


class SpinePanel(Flowable):
    """A bordered panel whose heading runs up a coloured strip on its left edge (rotated 90 degrees)."""

    STRIP = 15 * mm

    def __init__(self, heading, fill, inner):
        super().__init__()
        self.heading, self.fill, self.inner = heading, fill, inner

    def wrap(self, aw, ah):
        self.aw = aw
        iw = aw - self.STRIP - 12 * mm
        self.sizes = [f.wrap(iw, ah) for f in self.inner]
        content = sum(h for _, h in self.sizes) + 3 * (len(self.inner) - 1) + 12 * mm
        title = pdfmetrics.stringWidth(self.heading, SBOLD, 13) + 10 * mm
        self.h = max(content, title)
        return aw, self.h

    def draw(self):
        c = self.canv
        c.setStrokeColor(LINE)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.aw, self.h, stroke=1, fill=0)
        c.setFillColor(self.fill)
        c.rect(0, 0, self.STRIP, self.h, stroke=0, fill=1)
        c.saveState()
        c.translate(self.STRIP / 2 + 4.5, 5 * mm)
        c.rotate(90)
        c.setFillColor(colors.white)
        c.setFont(SBOLD, 13)
        c.drawString(0, 0, self.heading)
        c.restoreState()
        y = self.h - 6 * mm
        for f, (_, h) in zip(self.inner, self.sizes):
            y -= h
            f.drawOn(c, self.STRIP + 6 * mm, y)
            y -= 3


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(20 * mm, H - 12 * mm, "Nottinghamshire Police and Crime Commissioner")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police and Crime Plan 2024–2028")
    c.setStrokeColor(LIME)
    c.setLineWidth(1.2)
    c.line(20 * mm, 13 * mm, W - 20 * mm, 13 * mm)
    c.setFillColor(GREEN)
    c.setFont(BOLD, 8)
    c.drawRightString(W - 20 * mm, 8.5 * mm, f"{p}")
    c.setFont(REG, 7)
    c.drawString(20 * mm, 8.5 * mm, "nottinghamshire-pcc.example")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.rect(0, 0, 26 * mm, H, stroke=0, fill=1)
    for k, f in enumerate(FILLS):
        c.setFillColor(f)
        c.rect(26 * mm + k * 4 * mm, 0, 4 * mm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(60 * mm, H - 26 * mm, "NOTTINGHAMSHIRE POLICE AND CRIME COMMISSIONER")
    c.setFont(SBOLD, 34)
    c.drawString(60 * mm, H - 110 * mm, "Police and")
    c.drawString(60 * mm, H - 124 * mm, "Crime Plan")
    c.setFont(SREG, 18)
    c.drawString(60 * mm, H - 140 * mm, "for Nottingham and Nottinghamshire")
    c.setFillColor(LIME)
    c.drawString(60 * mm, H - 154 * mm, "2024–2028")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(60 * mm, 40 * mm, "Safer streets, safer homes, a police service people trust.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Nottinghamshire Police and Crime Commissioner")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: opcc@nottinghamshire-pcc.example", "Telephone: 0115 000 0000 (illustrative)", "",
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
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_panel(i, name, tg, objs):
    inner = [Paragraph(tg, tag), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        inner.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
    return [SpinePanel(name, FILLS[i], inner), Spacer(1, 12)]


def story(pages):
    fw = W - 40 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Nottinghamshire today", "ctx", 0), ("My priorities", "pr", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Measures, accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else GREEN, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Nottingham and Nottinghamshire are good places to live, but crime is not shared out fairly. It falls "
        "hardest on a small number of neighbourhoods in the city, in Mansfield and Ashfield and in Bassetlaw, and "
        "on people who are already vulnerable.",
        "This plan sets out what I expect of Nottinghamshire Police and what I will do with partners over the next "
        "four years. It draws on the views of more than 4,000 residents (illustrative), on the police's own "
        "assessment of demand and on the strategic assessments of the community safety partnerships.",
        "The plan has six priorities. Under each, a short list of numbered commitments says what I will do. "
        "Partners should read those commitments, not just the headings, to see where their work fits.",
        "<b>Nottinghamshire Police and Crime Commissioner</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("The principles behind this plan", h2)]
    s += bullets(["<b>Prevention first</b>: stopping harm is better than responding to it.",
                  "<b>Fairness</b>: every community policed with consent and without bias.",
                  "<b>Partnership</b>: the police cannot do this alone.",
                  "<b>Value for money</b>: every pound spent where it does most good."], bl)
    s += [PageBreak(), Paragraph("Nottinghamshire today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.17m", "residents in the city and seven districts"),
                    ("2,160", "square kilometres, from the city to the Dukeries"),
                    ("101,000", "crimes recorded in 2023/24"), ("1 in 6", "crimes linked to domestic abuse"),
                    ("19,800", "anti-social behaviour incidents"), ("2,400", "police officers")], 3, fw,
                   num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour and drug dealing were the top concerns in every district.",
                  "Young people said knife crime worried them more than any other crime.",
                  "Women and girls told me they feel less safe in the city centre at night.",
                  "Many people said they did not know who their neighbourhood officer was.",
                  "Victims wanted to be kept informed and treated with respect."], bl)
    s.append(Paragraph("My last plan", h2))
    s.append(Paragraph("The 2021–2024 plan was built around three themes: preventing crime and protecting people "
                       "from harm; responding efficiently to community needs; and supporting victims, witnesses "
                       "and communities. This plan keeps those aims but names six priorities.", body))
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Six priorities, each with its own commitments. They are listed in no order of importance.", body), Spacer(1, 6)]
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        if i in (1, 3, 5):
            s.append(PageBreak())
        s += priority_panel(i, name, tg, objs)
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The Safer Nottinghamshire Board and the community safety partnerships of Nottingham and the "
                  "county's districts",
                  "The Nottingham and Nottinghamshire Violence Reduction Partnership",
                  "The domestic abuse and sexual violence partnership boards of the city and county",
                  "The Nottinghamshire combating drugs partnership",
                  "The Local Criminal Justice Board and the Reducing Reoffending Board",
                  "The youth justice services of Nottingham and Nottinghamshire"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Grants agreed for three years wherever I can offer them.", "One light-touch annual return.",
                  "A named contact in my office for each partnership."], bl)
    s += [PageBreak(), Paragraph("Measures, accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account at my public Strategic Resources and Performance meeting. "
                    "The Police and Crime Panel scrutinises my decisions. I will report against these measures "
                    "every year (baselines illustrative).", body)]
    mt = Table([["Measure", "Baseline", "Direction"], ["Anti-social behaviour incidents", "19,800", "Down"],
                ["Knife crime offences", "760", "Down"], ["Rape cases reaching court", "6%", "Up"],
                ["Victims satisfied with the service", "71%", "Up"], ["Drug supply disruptions", "410", "Up"],
                ["Residents confident in local policing", "68%", "Up"]], colWidths=[80 * mm, 28 * mm, 28 * mm])
    bt = Table([["Area", "£m"], ["Nottinghamshire Police (net)", "268.1"], ["Victims' services", "4.2"],
                ["Community safety grants", "1.9"], ["Violence Reduction Partnership", "1.3"],
                ["Office of the PCC", "1.4"]], colWidths=[80 * mm, 28 * mm])
    for t in (mt, bt):
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.4), ("FONT", (0, 0), (-1, 0), BOLD, 8.4),
                               ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
        t.hAlign = "LEFT"
    s += [mt, Spacer(1, 8), Paragraph("Budget 2024/25", h2), bt, Spacer(1, 6),
          Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Nottinghamshire Police and Crime Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword Nottingham and Nottinghamshire are", "ctx": "Nottinghamshire today The figures",
               "pr": "Six priorities, each with its own"}
    needles.update({f"p{i}": p[1] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working with partners Much"
    needles["acc"] = "Measures, accountability and resources I hold"
    two_pass(run, out, needles)
    return out
