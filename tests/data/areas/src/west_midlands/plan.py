"""West Midlands Police and Crime Plan 2024-2028: reportlab brochure (Liberation Sans body, DejaVu Serif
headings).

Six priorities, two a page (P1-P2 p5, P3-P4 p6, P5-P6 p7).  Each priority heading sits in a white box that
breaks a **police chequered band** (a three-row "Sillitoe" strip of navy and white squares drawn across the
page); no priority number is printed.  Under each heading: an italic tag line and the numbered objectives
"1.1 ...".  The principles (p3), "What you told us" (p4), the objectives and tag lines, the partnership list
(p8), the measures (p9) and the budget (p10) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/west_midlands_police_and_crime_plan_2024-28.pdf"
TITLE = "West Midlands Police and Crime Plan 2024–2028"

NAVY, GOLD, INK, GREY = hexc("#14213D"), hexc("#E4A11B"), hexc("#202020"), hexc("#666666")
PALE = hexc("#E8ECF4")
REG, BOLD = fonts("liberation-sans")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

for _n, _f in (("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
               ("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")):
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, _f))
HSERIF = "DejaVuSerif-Bold"
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=9.2, leading=12.4, leftIndent=20, firstLineIndent=-20,
                     spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=HSERIF, fontSize=21, leading=25, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=4)
tag = ParagraphStyle("tag", fontName="DejaVuSerif", fontSize=10, leading=13, textColor=GREY, spaceAfter=5)
ph = ParagraphStyle("ph", fontName=HSERIF, fontSize=16, leading=19.5, textColor=NAVY)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.6, textColor=colors.white)

PRIORITIES = [
    ("Preventing and reducing crime",
     "Fewer victims in every neighbourhood, from Wolverhampton to Coventry.",
     ["1.1 Tackle burglary, robbery, vehicle crime and anti-social behaviour with the seven community safety "
      "partnerships, using problem-solving in the neighbourhoods that suffer most.",
      "1.2 Reduce shop theft and violence against shop workers, working with the Business Crime Reduction "
      "Partnership.",
      "1.3 Reduce reoffending by adults: Integrated Offender Management with the Probation Service, and settled "
      "accommodation, training and work for people leaving prison.",
      "1.4 Reduce road harm, including dangerous and anti-social driving, speeding and car cruising, with the "
      "Regional Road Safety Strategy partners."]),
    ("Standing up for young people",
     "Giving children a fair chance and keeping them safe from harm.",
     ["2.1 Divert children from the justice system through early intervention with the youth justice services, "
      "and reduce first-time entrants and reoffending by children.",
      "2.2 Reduce knife crime and serious violence, which fall hardest on young people, with the Violence "
      "Reduction Partnership and local communities.",
      "2.3 Protect children from criminal exploitation and county lines, and find children who go missing.",
      "2.4 Keep children in education, including support for children at risk of exclusion, and fund positive "
      "activities in the school holidays."]),
    ("Tackling violence against women and girls",
     "Women and girls should be safe and feel safe, at home, online and in public.",
     ["3.1 Respond earlier to domestic abuse, pursue perpetrators and fund behaviour change programmes for "
      "perpetrators.",
      "3.2 Improve the investigation of rape, sexual offences and stalking, so that more cases reach court.",
      "3.3 Make public places, public transport and the walk home safe for women and girls.",
      "3.4 Prevent violence before it starts through healthy relationships education and by challenging misogyny."]),
    ("Supporting victims and witnesses",
     "Support that is there when it is needed, for as long as it is needed.",
     ["4.1 Commission victim services that every victim can reach, and hold agencies to the Victims' Code.",
      "4.2 Fund specialist support for victims of domestic abuse and sexual violence (IDVAs and ISVAs), for victims "
      "of hate crime and for survivors of modern slavery.",
      "4.3 Offer restorative justice to every victim who wants it, including victims of crimes by children.",
      "4.4 Support witnesses through court, with the Witness Service and the courts."]),
    ("Reducing harm from drugs and alcohol",
     "Treating addiction as a health issue and dealing as the crime it is.",
     ["5.1 Get more people into drug and alcohol treatment and recovery, including through testing on arrest and "
      "treatment requirements for people on probation.",
      "5.2 Disrupt drug supply and the organised crime groups behind it, and take their assets.",
      "5.3 Prevent drug-related deaths, with naloxone carried by officers and partners.",
      "5.4 Reduce alcohol-related violence and disorder in the night-time economy, with licensing authorities "
      "and venues."]),
    ("A visible, accountable and trusted police service",
     "A police service that is there for you and that answers to you.",
     ["6.1 Restore neighbourhood policing teams to every local policing area.",
      "6.2 Answer 999 and 101 calls quickly and keep callers informed.",
      "6.3 Scrutinise stop and search and the use of force with community panels.",
      "6.4 Build a workforce that reflects the communities it serves, and spend every pound well."]),
]


class Chequer(Flowable):
    """A three-row band of navy and white squares, with the heading in a white box breaking it."""

    def __init__(self, text, width):
        super().__init__()
        self.para = Paragraph(text, ph)
        self.width = width

    def wrap(self, aw, ah):
        self.aw = aw
        self.box_w = min(aw * 0.74, aw - 20 * mm)
        _, self.ph_h = self.para.wrap(self.box_w - 10 * mm, ah)
        self.h = max(3 * 4.2 * mm, self.ph_h + 7 * mm)
        return aw, self.h

    def draw(self):
        c = self.canv
        sq = 4.2 * mm
        band_y = (self.h - 3 * sq) / 2
        n = int(self.aw / sq) + 1
        for r in range(3):
            for k in range(n):
                c.setFillColor(NAVY if (r + k) % 2 == 0 else colors.white)
                x = k * sq
                w = min(sq, self.aw - x)
                if w > 0:
                    c.rect(x, band_y + r * sq, w, sq, stroke=0, fill=1)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.rect(0, band_y, self.aw, 3 * sq, stroke=1, fill=0)
        c.setFillColor(colors.white)
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.4)
        bx = 9 * mm
        c.rect(bx, 0, self.box_w, self.h, stroke=1, fill=1)
        c.setFillColor(GOLD)
        c.rect(bx, 0, 2.2 * mm, self.h, stroke=0, fill=1)
        self.para.drawOn(c, bx + 6 * mm, (self.h - self.ph_h) / 2)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.setFont(REG, 8)
    c.drawString(18 * mm, H - 12 * mm, "West Midlands Police and Crime Commissioner")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Police and Crime Plan 2024–2028")
    c.setStrokeColor(GOLD)
    c.setLineWidth(1)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    sq = 3 * mm
    for k in range(4):
        c.setFillColor(NAVY if k % 2 == 0 else GOLD)
        c.rect(W / 2 - 2 * sq + k * sq, 9 * mm, sq, sq, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 9)
    c.drawCentredString(W / 2, 14 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    sq = 10 * mm
    for r in range(3):
        for k in range(int(W / sq) + 1):
            c.setFillColor(colors.white if (r + k) % 2 == 0 else NAVY)
            c.rect(k * sq, 95 * mm + r * sq, sq, sq, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 24 * mm, "WEST MIDLANDS POLICE AND CRIME COMMISSIONER")
    c.setFillColor(colors.white)
    c.setFont(HSERIF, 34)
    c.drawString(18 * mm, H - 90 * mm, "Police and")
    c.drawString(18 * mm, H - 104 * mm, "Crime Plan")
    c.setFont(REG, 18)
    c.drawString(18 * mm, H - 120 * mm, "2024 – 2028")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 40 * mm, "Birmingham · Coventry · Dudley · Sandwell · Solihull · Walsall · Wolverhampton")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 14)
    c.drawString(18 * mm, 80 * mm, "Office of the West Midlands Police and Crime Commissioner")
    c.setFont(REG, 10)
    c.drawString(18 * mm, 70 * mm, "Lloyd House, Birmingham")
    c.drawString(18 * mm, 63 * mm, "wmpcc@westmidlands-pcc.example   ·   0121 000 0000 (illustrative)")
    c.drawString(18 * mm, 56 * mm, "This plan is available in other formats and languages on request.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 22 * mm, W - 36 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def prio_block(i, name, tl, objectives):
    out = [Chequer(name, W - 36 * mm), Spacer(1, 6), Paragraph(tl, tag)]
    out += [Paragraph(o, obj) for o in objectives]
    return KeepTogether(out)


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key, ind in [("Foreword", "fw", 0), ("The West Midlands today", "ctx", 0), ("My priorities", "pri", 0),
                           ("Preventing and reducing crime", "pri", 1), ("Standing up for young people", "p2", 1),
                           ("Tackling violence against women and girls", "p3", 1),
                           ("Supporting victims and witnesses", "p3", 1),
                           ("Reducing harm from drugs and alcohol", "p5", 1),
                           ("A visible, accountable and trusted police service", "p5", 1),
                           ("Working in partnership", "part", 0), ("Holding the police to account", "acc", 0),
                           ("Funding the plan", "fund", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD if not ind else REG, 11 if not ind else 10, INK,
                              indent=ind * 8 * mm, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "The West Midlands is home to nearly three million people, in seven local authority areas with their own "
        "character and their own challenges. It is a young, diverse and growing region, and its people deserve to "
        "be safe and to feel safe.",
        "This plan sets out what I expect of West Midlands Police, and what I will do with partners, over the next "
        "four years. It was shaped by more than 6,000 responses to our consultation (illustrative) and by the "
        "community safety partnerships, the Violence Reduction Partnership and the voluntary sector.",
        "Crime is not inevitable. Most of it can be prevented, and the harm it does can be reduced. That needs "
        "a police service that is visible and trusted, and partners who work together on the causes of crime.",
        "<b>West Midlands Police and Crime Commissioner</b>"]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("The principles behind this plan", h2))
    s += bullets(["<b>Prevention first</b>: stopping harm before it happens is better than responding to it.",
                  "<b>Fairness</b>: policing that is fair to every community, and seen to be fair.",
                  "<b>Partnership</b>: no single agency can keep people safe on its own.",
                  "<b>Value for money</b>: every pound of public money well spent."], bl)
    s += [PageBreak(), Paragraph("The West Midlands today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4),
          Tiles([("2.9m", "people live in the force area"), ("296,000", "crimes recorded in 2023/24"),
                 ("3,800", "knife crime offences"), ("61,000", "domestic abuse crimes"),
                 ("1 in 4", "residents aged under 18"), ("7", "community safety partnerships")], 3,
                W - 36 * mm, num, cap, [NAVY, hexc("#2C4A7A"), hexc("#9A6B00")]),
          Paragraph("What you told us", h2)]
    s += bullets(["You want to see more police officers in your neighbourhood.",
                  "Knife crime and violence among young people worry you most.",
                  "Women and girls do not always feel safe in town centres at night.",
                  "Calls to 101 take too long to answer.",
                  "Drug dealing in parks and on estates damages communities."], bl)
    s.append(Paragraph("These findings come from the consultation for this plan and are summarised, not quoted.",
                       small))
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("This plan has six priorities. Under each are the objectives I will hold the Chief Constable "
                    "and partners to.", body), Spacer(1, 6)]
    for i, (name, tl, objs) in enumerate(PRIORITIES):
        if i in (2, 4):
            s.append(PageBreak())
        s.append(prio_block(i, name, tl, objs))
        s.append(Spacer(1, 12))
    s += [PageBreak(), Paragraph("Working in partnership", h1),
          Paragraph("Much of this plan is delivered with partners. I fund and work with:", body)]
    s += bullets(["The seven community safety partnerships: Safer Birmingham Partnership, Coventry Community "
                  "Safety Partnership, Safe and Sound (Dudley), Safer Sandwell Partnership, Safer Solihull "
                  "Partnership, Safer Walsall Partnership and Safer Wolverhampton Partnership",
                  "The West Midlands Violence Reduction Partnership",
                  "The combating drugs partnerships in each local authority area",
                  "The seven youth justice services",
                  "The West Midlands Reducing Reoffending Board and the Probation Service",
                  "Victim services and the voluntary and community sector"], bl)
    s.append(Paragraph("Each partnership sets its own priorities. I expect them to be clear about how their work "
                       "supports this plan, and I will report on that each year.", body))
    s += [PageBreak(), Paragraph("Holding the police to account", h1),
          Paragraph("I hold the Chief Constable to account in public at the Strategic Policing and Crime Board. I will "
                    "publish a scorecard each quarter.", body)]
    m = Table([["Measure", "Baseline (illustrative)", "Direction"], ["Neighbourhood crime", "58,000", "Down"],
               ["Knife crime offences", "3,800", "Down"], ["Rape cases charged", "6%", "Up"],
               ["Victims satisfied with the service", "71%", "Up"], ["101 calls answered in 3 minutes", "62%", "Up"],
               ["Adults in drug treatment", "9,100", "Up"]], colWidths=[80 * mm, 50 * mm, 40 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    m.hAlign = "LEFT"
    s += [m, PageBreak(), Paragraph("Funding the plan", h1),
          Paragraph("The police budget for 2024/25 is set out below. Figures are illustrative.", body)]
    b = Table([["Area", "£m"], ["Police grant and precept", "742.0"], ["Commissioned services for victims", "9.8"],
               ["Violence Reduction Partnership", "4.6"], ["Community safety grants", "3.9"],
               ["Office of the Commissioner", "3.1"]], colWidths=[100 * mm, 40 * mm])
    b.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.2), ("FONT", (0, 0), (-1, 0), BOLD, 9.2),
                           ("BACKGROUND", (0, 0), (-1, 0), GOLD), ("LINEBELOW", (0, 1), (-1, -1), 0.5, PALE)]))
    b.hAlign = "LEFT"
    s += [b, Spacer(1, 8), Paragraph("Contact: wmpcc@westmidlands-pcc.example", body),
          NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "West Midlands Police and Crime Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword The West Midlands is home", "ctx": "The West Midlands today The figures",
               "pri": "My priorities This plan has six", "p2": "Standing up for young people Giving",
               "p3": "Tackling violence against women and girls Women and girls should",
               "p5": "Reducing harm from drugs and alcohol Treating",
               "part": "Working in partnership Much of", "acc": "Holding the police to account I hold",
               "fund": "Funding the plan The police"}
    two_pass(run, out, needles)
    return out
