"""City of London Policing Plan 2025-2028 (Police Authority Board): reportlab brochure (DejaVu Sans body,
Liberation Serif on the scrolls).

Six priorities, two a page (P1-P2 p5, P3-P4 p6, P5-P6 p7).  Each priority is **written on a drawn parchment
scroll**: a cream sheet between two shaded rolls with curled ends, the priority centred in serif bold; no number is
printed.  Under each scroll are an italic tag line and numbered objectives ("1.1 ...").  Distractors: the
principles and "what you told us" (p4), the Strategic Policing Requirement threats and the partner list (p8), the
measures and budget (p9).
"""
from rl_kit import (A4, TA_CENTER, BaseDocTemplate, ContentsLine, Flowable, Frame, NextPageTemplate, PageBreak,
                    PageTemplate, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, bullets, colors, fonts, hexc,
                    mm)

FILE = "plan/city_of_london_policing_plan_2025-28.pdf"
TITLE = "City of London Policing Plan 2025–2028"
W, H = A4
R, B = fonts("dejavu")
SR, SB = fonts("liberation-serif")
RED, INK, CREAM, ROLL = hexc("#9E1B32"), hexc("#1E1E2A"), hexc("#F6ECD2"), hexc("#D9C49A")

body = ParagraphStyle("b", fontName=R, fontSize=9, leading=13, spaceAfter=5, textColor=INK)
small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=10, textColor=hexc("#666666"))
h1 = ParagraphStyle("h1", fontName=SB, fontSize=21, leading=25, textColor=RED, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=B, fontSize=11, leading=14, textColor=INK, spaceBefore=6, spaceAfter=4)
tag = ParagraphStyle("tag", parent=body, fontName=SR, fontSize=10.5, leading=14, textColor=hexc("#5A4A2A"),
                     alignment=TA_CENTER, spaceAfter=4)
obj = ParagraphStyle("o", parent=body, fontSize=8.8, leading=12, leftIndent=22, firstLineIndent=-22, spaceAfter=3)

PRIORITIES = [
    ("Reducing violence in the Square Mile",
     "Fewer people hurt, by day and by night.",
     ["Bring down violence against the person, robbery and knife crime across the Square Mile.",
      "Keep the night-time economy safe with licensed premises, door staff and Safe Havens, and act early on "
      "alcohol-related disorder.",
      "Make streets, stations and venues safer for women and girls after dark, including action on spiking and "
      "street harassment.",
      "Meet the Serious Violence Duty with the City Corporation and the other specified authorities."]),
    ("Protecting the City from terrorism",
     "A hard target for those who would attack us.",
     ["Protective security advice and patrols for crowded places, landmarks and major events.",
      "Unpredictable deployments under Project Servator to deter and detect hostile reconnaissance.",
      "Brief and exercise City businesses and their security teams so that they are ready to respond."]),
    ("Leading the national fight against fraud and economic crime",
     "The national lead force, and the local force for the City.",
     ["Lead the national policing response to fraud as National Lead Force, and improve reporting and care for "
      "victims through the national fraud and cyber crime reporting service.",
      "Protect City residents, workers and small firms from fraud, scams and cyber crime, with extra care for "
      "older and isolated residents.",
      "Pursue organised criminals and their money, including the drug supply networks that move drugs and cash "
      "into and through the City, and recover criminal assets."]),
    ("Putting victims and vulnerable people first",
     "Every victim treated with dignity and kept informed.",
     ["Meet the Victims' Code for every victim and keep victims updated at every stage.",
      "Specialist support for victims of domestic abuse, stalking and sexual violence, and firm action against "
      "the perpetrators who harm them.",
      "Safeguard children and adults at risk from exploitation, including criminal exploitation and modern "
      "slavery."]),
    ("Preventing offending and reoffending",
     "Fewer people drawn into crime, and fewer coming back.",
     ["Manage the people who cause most harm through Integrated Offender Management, with the Probation Service "
      "and our neighbouring boroughs.",
      "Divert children and young adults up to 25 away from crime through out-of-court resolutions and early "
      "intervention.",
      "Work with the Combating Drugs Partnership so that people whose drug or alcohol use drives their offending "
      "are tested on arrest and referred into treatment and recovery."]),
    ("Building trust and confidence in City policing",
     "A service that listens, explains and is fair.",
     ["Listen to residents, workers and businesses through ward meetings, surveys and our online panel.",
      "Tackle the anti-social behaviour that residents and workers tell us about, with the City Corporation and "
      "partners, and tell them what we did.",
      "Scrutinise stop and search and reduce disproportionality, including for children and young people in the "
      "justice system.",
      "Hold every officer and member of staff to the highest standards of conduct."]),
]


class Scroll(Flowable):
    """A parchment scroll with the priority text centred on it."""

    def __init__(self, text, width=150 * mm):
        super().__init__()
        self.text, self.w = text, width
        self.p = Paragraph(text, ParagraphStyle("sc", fontName=SB, fontSize=17, leading=21, textColor=INK,
                                                alignment=TA_CENTER))

    def wrap(self, aw, ah):
        self.pw, self.ph = self.p.wrap(self.w - 30 * mm, ah)
        self.h = self.ph + 24 * mm
        return aw, self.h

    def draw(self):
        c = self.canv
        x0 = (self._frame._width - self.w) / 2 if hasattr(self, "_frame") else 0
        roll = 7 * mm
        c.setFillColor(CREAM)
        c.setStrokeColor(hexc("#B89B62"))
        c.setLineWidth(0.8)
        c.rect(x0 + 6 * mm, roll / 2, self.w - 12 * mm, self.h - roll, fill=1, stroke=1)
        for y in (0, self.h - roll):
            c.setFillColor(ROLL)
            c.roundRect(x0, y, self.w, roll, roll / 2, fill=1, stroke=1)
            c.setFillColor(hexc("#B89B62"))
            c.circle(x0 + roll / 2, y + roll / 2, roll / 2 - 1, fill=1, stroke=0)
            c.circle(x0 + self.w - roll / 2, y + roll / 2, roll / 2 - 1, fill=1, stroke=0)
            c.setFillColor(CREAM)
            c.circle(x0 + roll / 2, y + roll / 2, roll / 5, fill=1, stroke=0)
            c.circle(x0 + self.w - roll / 2, y + roll / 2, roll / 5, fill=1, stroke=0)
        self.p.drawOn(c, x0 + 15 * mm, (self.h - self.ph) / 2)


def footer(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 8 * mm, W, 8 * mm, fill=1, stroke=0)
    c.setFont(R, 7.5)
    c.setFillColor(colors.white)
    c.drawString(18 * mm, H - 5.5 * mm, "CITY OF LONDON POLICING PLAN 2025–2028")
    c.setFillColor(INK)
    c.drawRightString(W - 18 * mm, 10 * mm, f"{doc.page}")
    c.drawString(18 * mm, 10 * mm, "Police Authority Board · City of London Corporation")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(RED)
    c.rect(0, H * 0.42, W, 12 * mm, fill=1, stroke=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(6)
    cx, cy = W - 45 * mm, H - 55 * mm  # a plain St George's cross on a shield outline
    c.rect(cx - 18 * mm, cy - 22 * mm, 36 * mm, 44 * mm, fill=0, stroke=1)
    c.line(cx, cy - 22 * mm, cx, cy + 22 * mm)
    c.line(cx - 18 * mm, cy + 6 * mm, cx + 18 * mm, cy + 6 * mm)
    c.setFillColor(colors.white)
    c.setFont(B, 11)
    c.drawString(20 * mm, H - 30 * mm, "CITY OF LONDON POLICE AUTHORITY BOARD")
    c.setFont(SB, 34)
    c.drawString(20 * mm, H * 0.55, "City of London")
    c.drawString(20 * mm, H * 0.55 - 14 * mm, "Policing Plan")
    c.setFont(R, 16)
    c.drawString(20 * mm, H * 0.42 + 3.5 * mm, "2025 – 2028")
    c.setFont(R, 9)
    c.drawString(20 * mm, 25 * mm, "Keeping the Square Mile safe, and leading the nation against fraud")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(B, 12)
    c.drawString(20 * mm, 80 * mm, "Police Authority Board")
    c.setFont(R, 9)
    for i, t in enumerate(["City of London Corporation, Guildhall, London",
                           "policeauthority@cityoflondon.example", "Telephone 020 7946 0000 (illustrative)",
                           "This plan is available in large print and other formats on request."]):
        c.drawString(20 * mm, 70 * mm - i * 6 * mm, t)
    c.restoreState()


def story():
    s = [NextPageTemplate("body"), PageBreak()]
    s += [Paragraph("Contents", h1)]
    toc = [("Foreword", 3), ("Policing the Square Mile", 4), ("Our priorities", 5)]
    for t, p in toc:
        s.append(ContentsLine(t, p, B, 11, INK))
    for i, (t, *_r) in enumerate(PRIORITIES):
        s.append(ContentsLine(t, 5 + i // 2, R, 9.5, INK, indent=12))
    for t, p in [("Our national role and our partners", 8), ("Measures and resources", 9)]:
        s.append(ContentsLine(t, p, B, 11, INK))
    s.append(PageBreak())
    s += [Paragraph("Foreword", h1)]
    for t in [
        "The City of London is a small place with a big role. Around 8,600 people live in the Square Mile, but more "
        "than half a million come here to work on a normal weekday, and millions more visit its streets, markets, "
        "churches and venues each year (illustrative figures).",
        "The Court of Common Council, through its Police Authority Board, is the police authority for the City. The "
        "Board sets this plan with the Commissioner of the City of London Police and holds the force to account for "
        "delivering it. Unlike most of England and Wales, the City has no elected Police and Crime Commissioner.",
        "The City of London Police is also the national lead force for fraud and economic crime. That national role "
        "sits alongside our local duty to keep the Square Mile safe, and this plan covers both.",
        "This plan sets six priorities for 2025 to 2028. They were shaped by what residents, workers, businesses and "
        "partners told us, and by the force's strategic assessment. We will report on progress to every meeting of "
        "the Board and publish an annual report."]:
        s.append(Paragraph(t, body))
    s += [Spacer(1, 6), Paragraph("<b>Chair, Police Authority Board</b>", body),
          Paragraph("<b>Commissioner, City of London Police</b>", body), PageBreak()]
    s += [Paragraph("Policing the Square Mile", h1),
          Paragraph("All figures on this page are illustrative and are not official statistics.", small)]
    t = Table([["Measure (illustrative)", "2023/24"], ["Resident population", "8,600"],
               ["Weekday workers", "615,000"], ["Violence against the person offences", "2,140"],
               ["Theft and robbery of mobile phones", "1,310"], ["Fraud reports from City residents and firms", "3,050"],
               ["Anti-social behaviour reports", "1,480"]], colWidths=[110 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), R, 8.5), ("FONT", (0, 0), (-1, 0), B, 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), RED), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#CCCCCC"))]))
    s += [t, Paragraph("Our principles", h2)]
    s += bullets(["<b>Visible</b> – officers who are seen on the streets and known to the people who work there.",
                  "<b>Fair</b> – decisions that are explained and open to scrutiny.",
                  "<b>Together</b> – working with the City Corporation and its partnerships, not alone.",
                  "<b>Evidence-led</b> – using data and research to decide where to act."], body)
    s += [Paragraph("What you told us", h2)]
    s += bullets(["People want to feel safe walking to stations late at night.",
                  "Businesses worry about fraud and cyber attacks more than any other crime.",
                  "Residents want action on noise, begging and street drinking near their homes."], body)
    s.append(PageBreak())
    for i, (name, line, objs) in enumerate(PRIORITIES):
        if i % 2 == 0:
            s.append(Paragraph("Our priorities", h2))
        s += [Spacer(1, 4), Scroll(name), Spacer(1, 4), Paragraph(line, tag)]
        for k, o in enumerate(objs, 1):
            s.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
        s.append(Spacer(1, 10) if i % 2 == 0 else PageBreak())
    s += [Paragraph("Our national role and our partners", h1)]
    s.append(Paragraph("As national lead force for fraud, the City of London Police runs national units and the "
                       "reporting service for the whole of England and Wales. The Strategic Policing Requirement "
                       "sets the national threats that every force must help to meet:", body))
    s += bullets(["Terrorism", "Serious and organised crime", "A national cyber incident", "Public disorder",
                  "Civil emergencies", "Child sexual abuse", "Violence against women and girls"], body)
    s.append(Paragraph("Our partners", h2))
    s.append(Paragraph("We deliver this plan with the Safer City Partnership, the City of London Corporation, the "
                       "City and Hackney Safeguarding Adults Board, the City and Hackney Safeguarding Children "
                       "Partnership, the City of London Combating Drugs Partnership, the Probation Service, London "
                       "Ambulance Service, the London Fire Brigade, the British Transport Police and the "
                       "Metropolitan Police Service.", body))
    s.append(PageBreak())
    s += [Paragraph("Measures and resources", h1),
          Paragraph("Baselines are illustrative. The Board reviews a fuller performance framework each quarter.", small)]
    m = Table([["Measure", "Baseline (illustrative)", "Direction"],
               ["Violence with injury offences", "640", "Down"], ["Victims satisfied with the service", "74%", "Up"],
               ["Fraud disruptions by National Lead Force", "1,900", "Up"],
               ["Proven reoffending of IOM cohort", "38%", "Down"], ["Residents who trust City Police", "79%", "Up"]],
              colWidths=[85 * mm, 45 * mm, 25 * mm])
    m.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), R, 8.5), ("FONT", (0, 0), (-1, 0), B, 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), INK), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#CCCCCC"))]))
    s += [m, Paragraph("Budget 2025/26 (illustrative)", h2)]
    b = Table([["Funding", "£m"], ["City Fund and business rate premium", "88.0"], ["Home Office grant", "61.5"],
               ["National Lead Force funding", "54.2"], ["Other income", "12.3"]], colWidths=[110 * mm, 40 * mm])
    b.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), R, 8.5), ("FONT", (0, 0), (-1, 0), B, 8.5),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#CCCCCC"))]))
    s += [b, NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(str(out), pagesize=A4, title=TITLE, author="City of London Police Authority Board",
                          creator="stratalign test data")
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(0, 0, W, H, **pad)], onPage=cover),
        PageTemplate("body", [Frame(22 * mm, 20 * mm, W - 44 * mm, H - 42 * mm, **pad)], onPage=footer),
        PageTemplate("back", [Frame(0, 0, W, H, **pad)], onPage=back)])
    doc.build(story())
    return out
