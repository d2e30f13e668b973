"""Safer Warrington Partnership Plan 2024-2027: reportlab report (DejaVu Sans Condensed).

Five priorities drawn as the **pillars** of a temple on p6 ("The five pillars of a
safer Warrington"): a roof (a drawn triangle with the vision in it), then a
row of five narrow pillar cells, each a bold heading that wraps over three to
five lines above a short description, then a plinth naming the ways of
working.  There is no number.  The ways of working on the plinth, the key
findings (p4), the Warrington Borough Plan's themes (p5), the delivery
pages' short pillar names (pp7-8) and the measures are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/safer_warrington_partnership_plan_2024-27.pdf"
TITLE = "Safer Warrington Partnership Plan 2024–2027"
RED, DARK, STONE, LIGHT = hexc("#A3232F"), hexc("#2B2B33"), hexc("#E9E4DA"), hexc("#F6F3EE")
REG, BOLD = fonts("dejavu-cond")
W, H = A4
MARG = 19 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=5, textColor=DARK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=20, leading=24, textColor=RED, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=DARK, spaceBefore=8, spaceAfter=4)
pil_h = ParagraphStyle("ph", fontName=BOLD, fontSize=10.2, leading=12.8, textColor=colors.white)
pil_t = ParagraphStyle("pt", fontName=REG, fontSize=8, leading=10.6, textColor=DARK)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=hexc("#6B6B6B"))

PRIORITIES = [
    ("Tackling anti-social behaviour in our town centre and neighbourhoods", "Neighbourhoods",
     "Quick, joined-up action on the places and people causing most harm, with support for victims.",
     [("Joint patrols and a town centre ASB hub", "Police, council"),
      ("Community Protection Notices and injunctions used consistently", "Council"),
      ("Detached youth work in Orford, Bewsey and Dallam", "Youth service")]),
    ("Tackling shoplifting and retail crime", "Retail",
     "Working with retailers so that shop workers are safe and repeat offenders are dealt with.",
     [("Retail crime partnership with Golden Square and Birchwood retailers", "Police, BID"),
      ("Shared radio and image-sharing scheme", "BID"),
      ("Prolific shoplifters referred to treatment and IOM", "Police, probation")]),
    ("Disrupting serious and organised crime", "Organised crime",
     "Using every power partners hold to disrupt the groups behind drugs, exploitation and fraud.",
     [("Quarterly organised crime partnership board", "Police"),
      ("Licensing, trading standards and tax powers used against criminal businesses", "Council"),
      ("Closure orders on properties used for dealing", "Council, police")]),
    ("Reducing harm from drugs and alcohol", "Substances",
     "More people in treatment and recovery, fewer deaths and less alcohol-related harm.",
     [("More treatment places through the combating drugs partnership", "Public health"),
      ("Naloxone in hostels and pharmacies", "Public health"),
      ("Alcohol liaison at Warrington Hospital", "NHS")]),
    ("Preventing people from being drawn into terrorism", "Prevent",
     "Delivering the Prevent duty, so that people vulnerable to radicalisation get support early.",
     [("Prevent training for frontline staff", "Council"),
      ("Channel panel for people referred", "Council"),
      ("Work with schools and colleges on online extremism", "Education")]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(MARG, H - 14 * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(DARK)
    c.setFont(BOLD, 8)
    c.drawString(MARG + 5 * mm, H - 13.6 * mm, "SAFER WARRINGTON PARTNERSHIP")
    c.setFont(REG, 8)
    c.drawRightString(W - MARG, H - 13.6 * mm, "Partnership Plan 2024–2027")
    c.setFont(REG, 8.5)
    c.drawCentredString(W / 2, 11 * mm, f"[ {p} ]")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(LIGHT)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED)
    p = c.beginPath()
    p.moveTo(0, H)
    p.lineTo(W, H)
    p.lineTo(W, H * 0.55)
    p.lineTo(0, H * 0.68)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(MARG, H - 24 * mm, "SAFER WARRINGTON PARTNERSHIP")
    c.setFont(BOLD, 36)
    c.drawString(MARG, H - 70 * mm, "Partnership Plan")
    c.setFont(REG, 20)
    c.drawString(MARG, H - 84 * mm, "2024–2027")
    c.setFillColor(DARK)
    c.setFont(REG, 10.5)
    c.drawString(MARG, 60 * mm, "Working together for a safer Warrington")
    c.setFont(REG, 8.5)
    c.drawString(MARG, 30 * mm, "Warrington Borough Council · Cheshire Constabulary · Cheshire Fire and Rescue Service")
    c.drawString(MARG, 25 * mm, "Probation Service · NHS Cheshire and Merseyside · Voluntary and community sector")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 14)
    c.drawString(MARG, 110 * mm, "Safer Warrington Partnership")
    c.setFont(REG, 10)
    c.drawString(MARG, 100 * mm, "Town Hall, Sankey Street, Warrington")
    c.drawString(MARG, 93 * mm, "saferwarrington@warrington.example")
    c.restoreState()


class Roof(Flowable):
    def __init__(self, text):
        super().__init__()
        self.text = text

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 30 * mm

    def draw(self):
        c = self.canv
        c.setFillColor(DARK)
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(self.aw, 0)
        p.lineTo(self.aw / 2, 28 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 11)
        c.drawCentredString(self.aw / 2, 6 * mm, self.text)


def pillars():
    aw = W - 2 * MARG
    cw = aw / 5
    heads = [Paragraph(p[0], pil_h) for p in PRIORITIES]
    texts = [Paragraph(p[2], pil_t) for p in PRIORITIES]
    t = Table([heads, texts], colWidths=[cw] * 5, rowHeights=[38 * mm, 62 * mm])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
          ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 8),
          ("BACKGROUND", (0, 0), (-1, 0), RED), ("BACKGROUND", (0, 1), (-1, 1), STONE),
          ("GRID", (0, 0), (-1, -1), 4, colors.white)]
    t.setStyle(TableStyle(st))
    plinth = Table([[Paragraph("Early intervention · Victims at the centre · Shared information · Community voice",
                               ParagraphStyle("pl", fontName=BOLD, fontSize=9, leading=12, textColor=colors.white,
                                              alignment=TA_CENTER))]], colWidths=[aw], rowHeights=[12 * mm])
    plinth.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), DARK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [Roof("A safer Warrington for everyone"), Spacer(1, 2), t, Spacer(1, 2), plinth]


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(MARG, 20 * mm, W - 2 * MARG, H - 42 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Warrington: the picture", "ctx"), ("How this plan fits", "fit"),
                      ("The five pillars of a safer Warrington", "pri"), ("What we will do", "del"),
                      ("Governance and measures", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, DARK, leader=True, gap=12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Warrington is a growing town with a strong economy and a proud history. Most people who live here feel safe. "
        "But residents and businesses have told us clearly that anti-social behaviour, shoplifting and drug-related "
        "harm affect their daily lives, and that they want to see partners working together.",
        "The Safer Warrington Partnership is the borough's community safety partnership. This plan sets out the five "
        "pillars on which our work for 2024 to 2027 will rest, and what we will do under each of them.",
        "It is a short plan by design. Detailed action plans sit beneath it and are reviewed every quarter.",
        "<b>Chair, Safer Warrington Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Warrington: the picture", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small), Spacer(1, 4)]
    st = Table([["Indicator", "2023/24"], ["Residents", "211,000"], ["Crimes recorded", "19,600"],
                ["Anti-social behaviour incidents", "5,100"], ["Shoplifting offences", "2,450"],
                ["Organised crime groups mapped", "11"], ["Adults in drug and alcohol treatment", "1,120"],
                ["Prevent referrals", "38"]], colWidths=[110 * mm, 40 * mm])
    st.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("BACKGROUND", (0, 0), (-1, 0), RED), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    st.hAlign = "LEFT"
    s += [st, Paragraph("Key findings", h2)]
    s += bullets(["Shoplifting has risen by a third in two years, much of it by a small number of repeat offenders.",
                  "Anti-social behaviour is concentrated in the town centre and four neighbourhoods.",
                  "Drug markets in the borough are supplied by organised groups from Merseyside and Greater "
                  "Manchester.",
                  "Alcohol is a factor in most night-time violence."], bl)
    s += [PageBreak(), Paragraph("How this plan fits", h1),
          Paragraph("The partnership's plan sits alongside other plans for the borough and for Cheshire.", body),
          Paragraph("Warrington Borough Plan themes", h2)]
    s += bullets(["A thriving town", "Strong and safe communities", "Healthy lives", "A greener Warrington"], bl)
    s += [Paragraph("Other plans we work with", h2)]
    s += bullets(["The Police and Crime Commissioner for Cheshire's Police and Crime Plan 2024–2029",
                  "The Cheshire Serious Violence Duty strategy", "The Warrington Combating Drugs Partnership plan",
                  "The Cheshire West, Halton and Warrington Youth Justice Plan",
                  "The pan-Cheshire VAWG strategy"], bl)
    s += [Paragraph("Statutory duties", h2),
          Paragraph("The Crime and Disorder Act 1998 requires us to reduce crime and disorder, substance misuse and "
                    "reoffending. The Counter-Terrorism and Security Act 2015 places the Prevent duty on the council, "
                    "and the Serious Violence Duty applies from January 2023.", body)]
    s += [PageBreak(), Paragraph("The five pillars of a safer Warrington", h1),
          Paragraph("Our plan rests on five pillars. Each is a priority for the partnership for the next three "
                    "years, and each is held up by the same ways of working.", body), Spacer(1, 8)]
    s += pillars()
    s += [PageBreak(), Paragraph("What we will do", h1),
          Paragraph("The first-year actions under each pillar are below. Each pillar has a lead officer who reports "
                    "to the partnership board.", body)]
    for i, (name, short, txt, acts) in enumerate(PRIORITIES):
        if i == 3:
            s.append(PageBreak())
        s.append(Paragraph(f"Pillar: {short}", h2))
        t = Table([["Action", "Lead"]] + [list(a) for a in acts], colWidths=[118 * mm, 54 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, STONE), ("TEXTCOLOR", (0, 0), (-1, 0), RED)]))
        t.hAlign = "LEFT"
        s.append(t)
    s += [PageBreak(), Paragraph("Governance and measures", h1),
          Paragraph("The Safer Warrington Partnership board meets quarterly, and reports to the council's Cabinet and "
                    "to the Police and Crime Commissioner. The Prevent and Channel panel reports to the board.", body)]
    mt = Table([["Measure", "Baseline", "Direction"], ["ASB incidents", "5,100", "Down"],
                ["Shoplifting offences", "2,450", "Down"], ["Organised crime disruptions", "34", "Up"],
                ["Adults in treatment", "1,120", "Up"], ["Prevent training completed", "1,300 staff", "Up"]],
               colWidths=[90 * mm, 40 * mm, 40 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                            ("BACKGROUND", (0, 0), (-1, 0), DARK), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, STONE)]))
    mt.hAlign = "LEFT"
    s += [mt, Paragraph("Baselines are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Safer Warrington Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Warrington is a growing", "ctx": "Warrington: the picture The figures",
               "fit": "How this plan fits The partnership", "pri": "The five pillars of a safer Warrington Our plan",
               "del": "What we will do The first-year", "gov": "Governance and measures The Safer"}
    two_pass(run, out, needles)
    return out
