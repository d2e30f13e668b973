"""Making Kent Safer: the Police and Crime Plan for Kent and Medway 2025-2029 (Police and Crime Commissioner):
reportlab brochure **exported as spreads** (Liberation Sans body, DejaVu Serif headings).

The cover and the back cover are single A4 portrait pages; every other PDF page is a **two-page spread on one
landscape page** (two A4 pages side by side, 420 x 297 mm), with the brochure's own page numbers printed at the
outer foot of each half ("4" ... "5").  The six priorities are stated one per half on pp4-6: a heading with a
thin coloured bar over it and a short rule under it, no number, then a tag line and the numbered objectives
"1.1 ...", which decide where each partner topic belongs.  The contents page (p2, left half) lists brochure page
numbers.  The principles and "What you told us" (p3), the Government's national crime and policing measures
quoted in a box (p3), the partnership list and the Vision Zero road safety partnership (p7) and the budget are
distractors.
"""
from reportlab.lib.pagesizes import A3

from rl_kit import *  # noqa: F401,F403
from rl_kit import Tiles, bullets

FILE = "plan/kent_police_and_crime_plan_2025-29.pdf"
TITLE = "Making Kent Safer: Police and Crime Plan for Kent and Medway 2025–2029"

NAVY, TEAL, INK, GREY = hexc("#14315B"), hexc("#0E8C8C"), hexc("#1E1E1E"), hexc("#5E6670")
SAND, LINE = hexc("#F3EEE3"), hexc("#C9D3DD")
BARS = [hexc("#14315B"), hexc("#7B2D6B"), hexc("#B5462F"), hexc("#2F5D3A"), hexc("#0E8C8C"), hexc("#8A6A12")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")  # registered below as serif headings
W4, H4 = A4
SW, SH = landscape(A3)

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

for _n in ("DejaVuSerif", "DejaVuSerif-Bold"):
    if _n not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_n, f"/usr/share/fonts/truetype/dejavu/{_n}.ttf"))
SER, SERB = "DejaVuSerif", "DejaVuSerif-Bold"

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=9.2, leading=13, leftIndent=24, firstLineIndent=-24, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName=SERB, fontSize=22, leading=27, textColor=NAVY, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
ph = ParagraphStyle("ph", fontName=SERB, fontSize=20, leading=25, textColor=NAVY, spaceAfter=4)
tag = ParagraphStyle("tag", fontName=SREG, fontSize=10.5, leading=14, textColor=GREY, spaceAfter=8)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.8, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)
toc = ParagraphStyle("toc", fontName=REG, fontSize=11, leading=15, textColor=INK)

PRIORITIES = [
    ("Preventing crime and anti-social behaviour with communities and businesses",
     "Safe streets, safe shops and safe neighbourhoods.",
     ["Tackle anti-social behaviour and neighbourhood crime, including burglary, vehicle crime and theft, with "
      "the community safety partnerships and problem-solving in the places that suffer most.",
      "Protect shops, businesses and rural communities from crime, including retail crime, farm and machinery "
      "theft and fly-tipping.",
      "Prevent serious violence and knife crime, working with the Kent and Medway Violence Reduction Unit and the "
      "partners under the Serious Violence Duty.",
      "Divert children and young people from crime, with the youth justice services of Kent and Medway, to reduce "
      "both first-time offending and reoffending by children.",
      "Tackle hate crime and support cohesive communities, so that everyone feels they belong."]),
    ("Tackling violence against women and girls",
     "Women and girls safe at home, in public and online.",
     ["Respond to domestic abuse, whoever the victim: identify it earlier, pursue perpetrators and use every "
      "protective order, and fund programmes that change perpetrators' behaviour.",
      "Improve the investigation of rape, sexual offences and stalking, and the number of cases that reach court.",
      "Make public spaces, transport and the night-time economy safer for women and girls.",
      "Prevent violence before it starts, through healthy relationships education and by challenging misogyny."]),
    ("Protecting people from exploitation and abuse",
     "Finding and protecting the people others prey on.",
     ["Protect children from sexual and criminal exploitation, and find and safeguard children who go missing.",
      "Tackle modern slavery and human trafficking, including through the port of Dover and the Channel crossings.",
      "Protect older and vulnerable adults from abuse, fraud, scams and doorstep crime.",
      "Protect children from harm online."]),
    ("Taking on organised crime and county lines",
     "No place in Kent for the gangs that sell drugs and harm.",
     ["Dismantle county lines and organised crime groups, and protect the vulnerable people whose homes they take "
      "over (cuckooing).",
      "Disrupt the supply of drugs and firearms through the ports, the motorways and the Thames estuary.",
      "Reduce the demand that drives the drug market: work with the Kent and Medway Combating Drugs Partnership to "
      "get more people who are dependent on drugs or alcohol into treatment and recovery, and to reduce "
      "drug-related deaths."]),
    ("Supporting victims and delivering justice",
     "Every victim helped to cope and recover; every offender held to account.",
     ["Commission services so that every victim of crime can get help to cope and recover, whether or not they "
      "report to the police.",
      "Provide specialist support for victims of domestic abuse and sexual violence, including independent "
      "advisers, the sexual assault referral centre, refuges and other safe accommodation.",
      "Offer restorative justice to every victim who wants it, and hold every agency to the Victims' Code.",
      "Reduce reoffending, so that there are fewer victims in future: manage prolific and harmful offenders "
      "through Integrated Offender Management with the Probation Service, and help people leaving prison into "
      "settled accommodation, education, training and work."]),
    ("Reducing road danger towards Vision Zero",
     "No one killed or seriously injured on Kent and Medway's roads.",
     ["Enforce against the \u201cfatal four\u201d: speeding, drink and drug driving, mobile phone use and not "
      "wearing a seat belt.",
      "Support Community Speedwatch and road safety education for new and young drivers.",
      "Work with the Kent and Medway Road Safety Partnership towards Vision Zero."]),
]

# brochure page numbers of each half: PDF page n (2..7) holds brochure pages 2n-2 and 2n-1
TOC = [("Foreword", 3), ("Kent and Medway today", 4), ("What you told us", 5)] + \
      [(p[0], 6 + i) for i, p in enumerate(PRIORITIES)] + \
      [("Working with partners", 12), ("Accountability and resources", 13)]


def spread_page(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(hexc("#E4E8EE"))
    c.rect(SW / 2 - 3 * mm, 0, 6 * mm, SH, stroke=0, fill=1)  # the fold
    c.setFillColor(NAVY)
    c.rect(0, SH - 6 * mm, SW, 6 * mm, stroke=0, fill=1)
    c.setFont(REG, 7.4)
    c.setFillColor(GREY)
    c.drawString(20 * mm, SH - 13 * mm, "Making Kent Safer")
    c.drawRightString(SW - 20 * mm, SH - 13 * mm, "Police and Crime Plan 2025–2029")
    c.setFont(BOLD, 9)
    c.setFillColor(NAVY)
    c.drawString(20 * mm, 11 * mm, str(2 * p - 2))
    c.drawRightString(SW - 20 * mm, 11 * mm, str(2 * p - 1))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W4, H4, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 0, W4, 92 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#F2C14E"))
    c.rect(0, 92 * mm, W4, 2.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H4 - 24 * mm, "KENT POLICE AND CRIME COMMISSIONER")
    c.setFont(SERB, 38)
    c.drawString(20 * mm, H4 - 108 * mm, "Making Kent Safer")
    c.setFont(SREG, 17)
    c.drawString(20 * mm, H4 - 122 * mm, "Police and Crime Plan for Kent and Medway")
    c.setFont(SERB, 20)
    c.drawString(20 * mm, H4 - 138 * mm, "2025–2029")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 60 * mm, "Published as spreads for on-screen reading.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W4, H4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERB, 15)
    c.drawString(20 * mm, 140 * mm, "Office of the Kent Police and Crime Commissioner")
    c.setFont(REG, 9.5)
    y = 128 * mm
    for line in ["Email: contact@kent-pcc.example", "Telephone: 01622 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in large print, easy read and other languages on request."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    half = SW / 2
    fw, fh = half - 40 * mm, SH - 44 * mm
    return [PageTemplate("cover", [Frame(0, 0, W4, H4, id="cv", **pad)], onPage=cover, pagesize=A4),
            PageTemplate("spread", [Frame(20 * mm, 22 * mm, fw, fh, id="L", **pad),
                                    Frame(half + 20 * mm, 22 * mm, fw, fh, id="R", **pad)],
                         onPage=spread_page, pagesize=(SW, SH)),
            PageTemplate("back", [Frame(0, 0, W4, H4, id="bk", **pad)], onPage=back, pagesize=A4)]


class TopBar(Flowable):
    """A thin coloured bar over a priority heading."""

    def __init__(self, colour):
        super().__init__()
        self.colour = colour

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 9 * mm

    def draw(self):
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, 6 * mm, 34 * mm, 3 * mm, stroke=0, fill=1)


class Rule(Flowable):
    def __init__(self, colour, width=1.2):
        super().__init__()
        self.colour, self.lw = colour, width

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 5 * mm

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, 3 * mm, self.aw, 3 * mm)


def priority_half(i, name, tg, objs):
    out = [TopBar(BARS[i]), Paragraph(name, ph), Rule(LINE), Paragraph(tg, tag), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        out.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
    out.append(Paragraph("How we will know", h2))
    out.append(Paragraph({0: "Fewer ASB incidents and repeat calls; fewer knife crime offences; more residents who "
                             "feel safe in their neighbourhood.",
                          1: "More domestic abuse and rape cases charged; more women and girls who feel safe at "
                             "night.",
                          2: "More children at risk identified early; more modern slavery referrals acted on.",
                          3: "More county lines closed; more people in drug and alcohol treatment.",
                          4: "Higher victim satisfaction; lower proven reoffending by people under IOM.",
                          5: "Fewer people killed or seriously injured on our roads."}[i], body))
    return out


def story():
    s = [Spacer(1, 1), NextPageTemplate("spread"), PageBreak()]
    # p2: contents | foreword
    s += [Paragraph("Contents", h1), Spacer(1, 4)]
    rows = [[Paragraph(t, toc), Paragraph(str(n), toc)] for t, n in TOC]
    t = Table(rows, colWidths=[(SW / 2 - 40 * mm) - 18 * mm, 18 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LEFTPADDING", (0, 3), (0, 8), 14), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 6), Paragraph("Page numbers are those printed on the pages of this brochure.", small),
          FrameBreak(), Paragraph("Foreword", h1)]
    for x in [
        "Kent and Medway are a great place to live, work and visit. We are also the gateway to Europe: the port of "
        "Dover, the Channel Tunnel and some of the busiest roads in the country run through our county, and that "
        "brings crime that most forces never see.",
        "This is my plan for policing and community safety for the next four years. It sets out what I expect of "
        "Kent Police, and what I will do with councils, the NHS, the Probation Service, charities and the community "
        "safety partnerships to make Kent safer.",
        "I have listened to more than 4,000 residents (illustrative), to victims and survivors, businesses, farmers, "
        "young people and officers. They asked for visible policing, action on anti-social behaviour, safety for "
        "women and girls, and a firm response to the gangs who bring drugs into our towns.",
        "My plan has six priorities. Under each one I set out numbered commitments. It is those commitments that I "
        "will hold the Chief Constable, my office and the services I commission to account for, and it is to them "
        "that partners can align their own strategies.",
        "<b>Kent Police and Crime Commissioner</b>"]:
        s.append(Paragraph(x, body))
    # p3: today | what you told us
    s += [PageBreak(), Paragraph("Kent and Medway today", h1),
          Paragraph("The figures below are illustrative. They show the scale of the force area and the demand on "
                    "policing; they are not official statistics.", body), Spacer(1, 4),
          Tiles([("1.9m", "residents in twelve districts and Medway"), ("3,740", "square kilometres"),
                 ("182,000", "crimes recorded in 2023/24"), ("29,300", "anti-social behaviour incidents"),
                 ("1 in 6", "crimes flagged as domestic abuse"), ("4,100", "police officers")], 3,
                SW / 2 - 40 * mm, num, cap, BARS),
          Paragraph("Illustrative figures.", small), Paragraph("Our principles", h2)]
    s += bullets(["<b>Visible</b>: police officers and PCSOs that communities know by name.",
                  "<b>Victim-centred</b>: we start with the person who has been harmed.",
                  "<b>Together</b>: no single agency can make Kent safer on its own.",
                  "<b>Value for money</b>: we fund what works, and stop what does not."], bl)
    s += [FrameBreak(), Paragraph("What you told us", h1)]
    s += bullets(["Anti-social behaviour and drug dealing were the top concerns in town centres.",
                  "Speeding was the top concern in villages.",
                  "Women and girls said they feel less safe at night in town centres and at stations.",
                  "Older residents worried about scams and doorstep callers.",
                  "Victims wanted to be kept informed about their case."], bl)
    box = Table([[[Paragraph("<b>The Government's national crime and policing measures</b>", body),
                   Paragraph("Every force is asked to contribute to these national measures. They are quoted for "
                             "information; they are not the priorities of this plan.", small)] +
                  [Paragraph(f"\u2013 {x}", body) for x in [
                      "Reduce murder and other homicide", "Reduce serious violence",
                      "Disrupt drugs supply and county lines", "Reduce neighbourhood crime", "Tackle cyber crime",
                      "Improve satisfaction among victims"]]]], colWidths=[SW / 2 - 40 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [Spacer(1, 6), box]
    # pp4-6: the priorities, one per half
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        s.append(PageBreak() if i % 2 == 0 else FrameBreak())
        s += priority_half(i, name, tg, objs)
    # p7: partners | accountability
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities, and I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The Kent Community Safety Partnership and the district community safety partnerships",
                  "The Medway Community Safety Partnership",
                  "The Kent and Medway Violence Reduction Unit",
                  "The Kent and Medway Domestic Abuse Strategic Board",
                  "The Kent and Medway Combating Drugs Partnership",
                  "The Kent and Medway Reducing Reoffending Board and the Local Criminal Justice Board",
                  "The youth justice services of Kent County Council and Medway Council",
                  "The Kent and Medway Road Safety Partnership (Vision Zero)"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Grants of up to three years wherever I can offer them.", "One simple monitoring return a year.",
                  "An open door to challenge me when the plan is not working."], bl)
    s += [FrameBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account at my public Performance and Delivery Board. The Kent and "
                    "Medway Police and Crime Panel scrutinises my decisions. The table shows the 2025/26 budget "
                    "(illustrative).", body)]
    ft = Table([["Area", "£m"], ["Kent Police (net)", "411.2"], ["Victims' services", "6.1"],
                ["Community safety and crime prevention grants", "3.0"], ["Violence Reduction Unit", "1.5"],
                ["Office of the PCC", "1.8"]], colWidths=[90 * mm, 24 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    doc = make_doc(out, A4, templates(), TITLE, "Kent Police and Crime Commissioner")
    doc.build(story())
    return out
