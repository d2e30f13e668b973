"""Merseyside Police and Crime Plan 2025-2029 (Police and Crime Commissioner): reportlab brochure
(Liberation Sans body, DejaVu Sans Condensed headings).

Six priorities, grouped under three **themed parts** ("Part one: Safer streets", "Part two: Protecting
people", "Part three: Justice and trust").  Each part is one page (pp6-8): a full-width part band with the
part's name, then two priorities as **sub-headings**, each beside a small vector pictogram (no text) and
followed by a tag line and the numbered objectives "1.1 ...", which decide where each partner topic
belongs.  The part names, the tag lines, the objectives, the principles (p3), "What you told us" (p4), the
national crime and policing measures (p5), the partnership list (p9) and the budget (p10) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/merseyside_police_and_crime_plan_2025-29.pdf"
TITLE = "Merseyside Police and Crime Plan 2025–2029"

NAVY, TEAL, INK, GREY = hexc("#14284B"), hexc("#0E8C8C"), hexc("#1E2430"), hexc("#5C6470")
LINE = hexc("#C9D3DD")
PART_FILLS = [hexc("#14284B"), hexc("#7A1E48"), hexc("#0E6B5C")]
REG, BOLD = fonts("liberation-sans")
CREG, CBOLD = fonts("dejavu-cond")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.8, leading=12.2, leftIndent=24, firstLineIndent=-24,
                     spaceAfter=3.5)
h1 = ParagraphStyle("h1", fontName=CBOLD, fontSize=22, leading=26, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=CBOLD, fontSize=11, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=4)
prih = ParagraphStyle("prih", fontName=CBOLD, fontSize=15.5, leading=18.5, textColor=NAVY)
tag = ParagraphStyle("tag", fontName=REG, fontSize=9.6, leading=12.5, textColor=GREY, spaceBefore=3, spaceAfter=5)
partk = ParagraphStyle("partk", fontName=BOLD, fontSize=8.5, leading=10, textColor=hexc("#D8E2EE"))
partt = ParagraphStyle("partt", fontName=CBOLD, fontSize=19, leading=22, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.3, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=CBOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PARTS = [
    ("Part one", "Safer streets",
     "Most of what people tell me about crime is about their own street: the motorbike on the field, the "
     "dealer on the corner, the knife in a school bag."),
    ("Part two", "Protecting people",
     "Some harm happens behind closed doors or falls hardest on those least able to speak up."),
    ("Part three", "Justice and trust",
     "A justice system that works, and a police service that people believe in."),
]

PRIORITIES = [
    ("Preventing crime and anti-social behaviour", "house", "Stopping problems before they start.",
     ["Reduce anti-social behaviour and neighbourhood crime, including burglary, robbery and vehicle crime, with "
      "neighbourhood policing teams and the five community safety partnerships.",
      "Make our roads safer: tackle off-road bikes, nuisance vehicles and dangerous driving, and reduce the number "
      "of people killed or seriously injured, with the Merseyside Road Safety Partnership.",
      "Design out crime through Safer Streets funding, CCTV, lighting and alley-gating.",
      "Intervene early with children and young people: divert them from crime, and reduce first-time entrants "
      "and reoffending by children, with the five youth justice services."]),
    ("Tackling serious and organised crime", "target", "Relentless pressure on the people who cause most harm.",
     ["Reduce serious violence, gun crime and knife crime, with the Merseyside Violence Reduction Partnership and "
      "the partners under the Serious Violence Duty.",
      "Disrupt organised crime groups, firearms supply, drug dealing and county lines.",
      "Protect children and vulnerable adults from criminal exploitation, modern slavery and cuckooing.",
      "Protect people and businesses from fraud and cyber crime."]),
    ("Ending violence against women and girls", "shield", "Women and girls safe at home, in public and online.",
     ["Identify domestic abuse earlier and respond to it better: pursue perpetrators, use protection orders and "
      "reduce repeat victimisation.",
      "Change the behaviour of perpetrators through behaviour-change programmes, and manage the most dangerous "
      "through MARAC and MAPPA.",
      "Improve the investigation of rape, sexual offences and stalking, and the number of cases charged.",
      "Make streets, transport and the night-time economy safer for women and girls.",
      "Prevent abuse before it starts: healthy relationships education in every school and campaigns that "
      "challenge misogyny."]),
    ("Standing up for victims", "heart", "Every victim treated with dignity and helped to cope and recover.",
     ["Commission services through Victim Care Merseyside so that every victim of crime can get help to cope and "
      "recover.",
      "Fund specialist services for adult and child victims of domestic abuse and sexual violence, including "
      "independent advisers, the sexual assault referral centre and safe accommodation.",
      "Support the victims of hate crime, and help communities report it through third-party reporting centres.",
      "Hold every agency to the Victims' Code.",
      "Offer restorative justice to every victim who wants it."]),
    ("Delivering swifter, fairer justice", "scales", "Justice that is quick, fair and stops the next crime.",
     ["With the Merseyside Criminal Justice Board, reduce delays in the courts and support witnesses to give their "
      "best evidence.",
      "Reduce reoffending: manage the most prolific and harmful offenders through Integrated Offender Management, "
      "and help people leaving prison into settled accommodation, education, training and work.",
      "Work with the five combating drugs partnerships to get more people into drug and alcohol treatment and keep "
      "them in recovery, starting with people in contact with the police and courts, and to reduce drug-related "
      "deaths.",
      "Divert adults, and especially women, away from the justice system where it is safe to do so, through "
      "out-of-court resolutions and women's centres."]),
    ("Building trust and confidence in policing", "hands", "A police service that people believe in.",
     ["Keep neighbourhood policing visible and local, with named officers for every ward.",
      "Raise standards: robust vetting, swift action on misconduct, and zero tolerance of misogyny and racism in "
      "the force.",
      "Open stop and search and the use of force to scrutiny by community panels.",
      "Answer 999 and 101 calls quickly and keep people informed."]),
]


class Icon(Flowable):
    """A small pictogram in a filled disc (vector shapes only, no text)."""

    def __init__(self, kind, fill, size=15 * mm):
        super().__init__()
        self.kind, self.fill, self.size = kind, fill, size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        c, s = self.canv, self.size
        r = s / 2
        c.setFillColor(self.fill)
        c.circle(r, r, r, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setFillColor(colors.white)
        c.setLineWidth(1.6)
        k = self.kind
        if k == "house":
            p = c.beginPath()
            p.moveTo(r - 8, r - 7); p.lineTo(r - 8, r + 2); p.lineTo(r, r + 9); p.lineTo(r + 8, r + 2)
            p.lineTo(r + 8, r - 7); p.close()
            c.drawPath(p, stroke=1, fill=0)
            c.rect(r - 2.5, r - 7, 5, 7, stroke=1, fill=0)
        elif k == "target":
            for rr in (10, 6, 2):
                c.circle(r, r, rr, stroke=1, fill=0)
        elif k == "shield":
            p = c.beginPath()
            p.moveTo(r, r + 10); p.lineTo(r + 8, r + 6); p.curveTo(r + 8, r - 3, r + 4, r - 8, r, r - 10)
            p.curveTo(r - 4, r - 8, r - 8, r - 3, r - 8, r + 6); p.close()
            c.drawPath(p, stroke=1, fill=0)
        elif k == "heart":
            p = c.beginPath()
            p.moveTo(r, r - 8); p.curveTo(r - 12, r, r - 7, r + 10, r, r + 4)
            p.curveTo(r + 7, r + 10, r + 12, r, r, r - 8)
            c.drawPath(p, stroke=0, fill=1)
        elif k == "scales":
            c.line(r, r - 8, r, r + 8); c.line(r - 9, r + 6, r + 9, r + 6); c.line(r - 5, r - 8, r + 5, r - 8)
            c.line(r - 9, r + 6, r - 11, r); c.line(r - 9, r + 6, r - 7, r)
            c.line(r + 9, r + 6, r + 11, r); c.line(r + 9, r + 6, r + 7, r)
            c.line(r - 11, r, r - 7, r); c.line(r + 7, r, r + 11, r)
        elif k == "hands":
            c.circle(r - 4, r + 4, 3, stroke=1, fill=0); c.circle(r + 4, r + 4, 3, stroke=1, fill=0)
            c.arc(r - 10, r - 9, r + 2, r + 1, 0, 180); c.arc(r - 2, r - 9, r + 10, r + 1, 0, 180)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 11.5 * mm, "Police and Crime Commissioner for Merseyside")
    c.drawRightString(W - 20 * mm, H - 11.5 * mm, "Police and Crime Plan 2025–2029")
    c.setFont(BOLD, 8)
    c.setFillColor(NAVY)
    c.drawRightString(W - 20 * mm, 11 * mm, f"{p}")
    c.setFont(REG, 7.4)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 11 * mm, "merseysidepcc.example")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    # a stylised river: three bands across the lower cover
    for k, y in enumerate((62, 52, 42)):
        c.setFillColor([TEAL, hexc("#1A6E8E"), hexc("#2B4F7A")][k])
        c.rect(0, y * mm, W, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR MERSEYSIDE")
    c.setFont(CBOLD, 36)
    c.drawString(20 * mm, H - 105 * mm, "Police and Crime Plan")
    c.setFont(CREG, 19)
    c.drawString(20 * mm, H - 120 * mm, "Liverpool, Sefton, Knowsley, St Helens and Wirral")
    c.setFillColor(hexc("#7FD1D1"))
    c.drawString(20 * mm, H - 134 * mm, "2025–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(20 * mm, 24 * mm, "Safer streets · Protecting people · Justice and trust")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(CBOLD, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Merseyside")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: info@merseysidepcc.example", "Telephone: 0151 000 0000 (illustrative)", "",
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
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


FW = W - 40 * mm


def part_band(k):
    label, name, intro = PARTS[k]
    t = Table([[[Paragraph(label.upper(), partk), Paragraph(name, partt)]]], colWidths=[FW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PART_FILLS[k]), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    return [t, Spacer(1, 5), Paragraph(f"<i>{intro}</i>", body), Spacer(1, 4)]


def priority_block(i, name, icon, tg, objs, fill):
    head = Table([[Icon(icon, fill), Paragraph(name, prih)]], colWidths=[19 * mm, FW - 19 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    out = [head, Paragraph(tg, tag)]
    for k, o in enumerate(objs, 1):
        out.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
    return [KeepTogether(out), Spacer(1, 12)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Merseyside today", "ctx", 0), ("How this plan is organised", "how", 0)]
    for k, (lab, name, _) in enumerate(PARTS):
        entries.append((f"{lab}: {name}", f"part{k}", 0))
    entries += [("Working with partners", "partn", 0), ("Accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD, 11, NAVY, indent=ind, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Merseyside is a proud place with a strong sense of community, and it is my job to make sure that the "
        "police and our partners keep it safe. This plan sets out what I expect of Merseyside Police, and what I "
        "will do with councils, health services, the probation service, the courts and the voluntary sector "
        "across Liverpool, Sefton, Knowsley, St Helens and Wirral over the next four years.",
        "Before writing it I listened to residents, victims, young people, businesses, councillors and officers. "
        "More than 4,000 people answered my survey (illustrative). They asked for visible local policing, for "
        "action on anti-social behaviour and off-road bikes, and for a relentless response to the gangs and guns "
        "that still blight some of our streets.",
        "I have grouped my six priorities under three parts, so that people can see how they fit together. Under "
        "each priority I set out numbered objectives. It is those objectives that I will hold the Chief Constable, "
        "my office and the services I commission to account for.",
        "<b>Police and Crime Commissioner for Merseyside</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("The principles behind this plan", h2)]
    s += bullets(["<b>Prevention first</b>: the cheapest crime to deal with is the one that never happens.",
                  "<b>Partnership</b>: no single agency can keep Merseyside safe.",
                  "<b>Fairness</b>: every community policed with consent and respect.",
                  "<b>Value for money</b>: every pound spent where it makes the biggest difference."], bl)
    s += [PageBreak(), Paragraph("Merseyside today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.43m", "residents in five boroughs"), ("647", "square kilometres"),
                    ("131,000", "crimes recorded in 2024/25"), ("29,800", "anti-social behaviour incidents"),
                    ("1 in 6", "crimes linked to domestic abuse"), ("3,900", "police officers")], 3, FW,
                   num, cap, [NAVY, TEAL, hexc("#7A1E48"), hexc("#1A6E8E"), hexc("#0E6B5C"), hexc("#4A3A7A")]))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour and off-road bikes were the top concern in every borough.",
                  "Residents of some Liverpool and Knowsley wards still fear gun crime.",
                  "Women told me they feel unsafe in the city centre late at night.",
                  "Victims want to be kept informed and to be believed.",
                  "People want to see officers they know on their streets."], bl)
    s += [PageBreak(), Paragraph("How this plan is organised", h1),
          Paragraph("The plan has three parts and six priorities. The parts are a way of grouping the priorities; "
                    "the priorities, and the numbered objectives under each, are what I will hold the force and my "
                    "office to account for. The priorities are listed in no order of importance.", body)]
    ov = [["Part", "Priorities"]]
    for k, (lab, name, _) in enumerate(PARTS):
        ov.append([f"{lab}: {name}", "two priorities, with their objectives"])
    ot = Table(ov, colWidths=[60 * mm, FW - 60 * mm])
    ot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
    s += [ot, Spacer(1, 8), Paragraph("National crime and policing measures", h2),
          Paragraph("The Home Office has set national measures that every force reports against. They are quoted "
                    "here for reference; they are not priorities of this plan.", body)]
    s += bullets(["Reduce murder and other homicide", "Reduce serious violence",
                  "Disrupt drugs supply and county lines", "Reduce neighbourhood crime", "Tackle cyber crime",
                  "Improve satisfaction among victims, with a particular focus on victims of domestic abuse"], bl)
    s += [Paragraph("The Strategic Policing Requirement", h2),
          Paragraph("Merseyside Police also contributes to the national threats set out in the Strategic Policing "
                    "Requirement, among them terrorism, serious and organised crime, public disorder and civil "
                    "emergencies. This plan does not repeat them.", body)]
    for k in range(3):
        s += [PageBreak()] + part_band(k)
        for i in (2 * k, 2 * k + 1):
            name, icon, tg, objs = PRIORITIES[i]
            s += priority_block(i, name, icon, tg, objs, PART_FILLS[k])
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The community safety partnerships of Liverpool (Citysafe), Sefton, Knowsley, St Helens and Wirral",
                  "The Merseyside Violence Reduction Partnership",
                  "The domestic abuse partnership boards of the five boroughs",
                  "The five combating drugs partnerships",
                  "The Merseyside Criminal Justice Board and its Reducing Reoffending Board",
                  "The five youth justice services and their management boards",
                  "The Merseyside Road Safety Partnership"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Grants for up to three years wherever I can offer them.", "One simple annual return.",
                  "A seat at the table and a willingness to be challenged."], bl)
    s += [PageBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account in public at my Scrutiny Meeting. The Merseyside Police and "
                    "Crime Panel scrutinises my decisions. The table shows the 2025/26 budget (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Merseyside Police (net)", "431.9"], ["Victim Care Merseyside", "6.1"],
                ["Community safety grants", "2.4"], ["Violence Reduction Partnership", "3.2"],
                ["Office of the PCC", "1.9"]], colWidths=[75 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small), Paragraph("How I will report", h2),
          Paragraph("I will publish an annual report each summer showing progress against every objective, and a "
                    "performance dashboard every quarter.", body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Merseyside")
        doc.build(story(pages))
    needles = {"fw": "Foreword Merseyside is a proud", "ctx": "Merseyside today The figures",
               "how": "How this plan is organised The plan"}
    needles.update({f"part{k}": f"{p[0]} {p[1]}" for k, p in enumerate(PARTS)})
    needles["partn"] = "Working with partners Much"
    needles["acc"] = "Accountability and resources I hold"
    two_pass(run, out, needles)
    return out
