"""Merseyside Violence Reduction Partnership: Serious Violence Duty Strategy 2024-2029: reportlab report
(DejaVu Sans Condensed body, Liberation Serif headings).

The priorities are stated once, on a **two-page spread exported as one landscape page** (physical p6, an
A3-landscape page among A4 portrait pages): a fold shadow runs down the middle and the two halves carry the
printed page numbers 6 and 7, so the printed numbers of the later pages run one ahead of the physical pages
(the contents page uses the printed numbers).  The left half ("What the evidence tells us") holds findings and
a bar chart; the right half ("Our four priorities") holds the four priorities, each a bold heading with a
coloured bar at its left and one sentence under it; no numbers.  The definition and the public health
approach (p4), the key findings (p5), the intervention titles (p7) and the Home Office success measures (p8)
are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/merseyside_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Merseyside Violence Reduction Partnership: Serious Violence Duty Strategy 2024–2029"

RED, DARK, INK, GREY = hexc("#B3261E"), hexc("#222831"), hexc("#222222"), hexc("#666666")
PALE = hexc("#F3ECEA")
BARS = [hexc("#B3261E"), hexc("#D9822B"), hexc("#2F6690"), hexc("#3A7D44")]
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
SW, SH = 420 * mm, 297 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=DARK, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
prih = ParagraphStyle("prih", fontName=BOLD, fontSize=16, leading=19.5, textColor=DARK, spaceAfter=3)
pris = ParagraphStyle("pris", parent=body, fontSize=9.6, leading=13.5, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.3, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Reducing homicide, knife crime and gun violence across Merseyside",
     "Focused deterrence, hospital navigators and rapid community response after every serious incident."),
    ("Preventing children and young people from being drawn into violence",
     "Mentors in schools, detached youth work and support for children excluded from school."),
    ("Reducing violence in and around the night-time economy",
     "Safer licensed premises, street pastors and better data from emergency departments on where assaults "
     "happen."),
    ("Sharing data and intelligence on violence between partners",
     "A Merseyside violence data hub that brings together police, health, education and council data."),
]


def printed(n):
    """Printed page number of physical page n: the spread (physical 6) carries 6 and 7."""
    return n if n <= 6 else n + 1


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.3)
    c.drawString(20 * mm, 11 * mm, "Merseyside Violence Reduction Partnership · Serious Violence Duty Strategy")
    c.setFont(BOLD, 9)
    c.setFillColor(RED)
    c.drawRightString(W - 20 * mm, 11 * mm, str(printed(p)))
    c.restoreState()


def spread_page(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, SH - 5 * mm, SW, 5 * mm, stroke=0, fill=1)
    # the fold: a soft shadow down the middle of the spread
    for k, g in enumerate((0.93, 0.95, 0.97, 0.985)):
        c.setFillColorRGB(g, g, g)
        c.rect(SW / 2 - (4 - k) * 2 * mm, 0, (4 - k) * 4 * mm, SH - 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.3)
    c.drawString(20 * mm, 11 * mm, "Merseyside Violence Reduction Partnership · Serious Violence Duty Strategy")
    c.setFont(BOLD, 9)
    c.setFillColor(RED)
    c.drawString(SW / 2 + 20 * mm, 11 * mm, "7")
    c.drawRightString(SW / 2 - 20 * mm, 11 * mm, "6")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(0, H - 120 * mm, 12 * mm, 80 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(24 * mm, H - 26 * mm, "MERSEYSIDE VIOLENCE REDUCTION PARTNERSHIP")
    c.setFont(SBOLD, 34)
    c.drawString(24 * mm, H - 70 * mm, "Serious Violence")
    c.drawString(24 * mm, H - 84 * mm, "Duty Strategy")
    c.setFont(SREG, 18)
    c.setFillColor(hexc("#F2B8B5"))
    c.drawString(24 * mm, H - 102 * mm, "2024–2029")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(24 * mm, 30 * mm, "Liverpool · Sefton · Knowsley · St Helens · Wirral")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    half = SW / 2 - 40 * mm
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover, pagesize=A4),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header, pagesize=A4),
            PageTemplate("spread", [Frame(20 * mm, 22 * mm, half, SH - 44 * mm, id="L", **pad),
                                    Frame(SW / 2 + 20 * mm, 22 * mm, half, SH - 44 * mm, id="R", **pad)],
                         onPage=spread_page, pagesize=(SW, SH))]


class Chart(Flowable):
    """A small horizontal bar chart (illustrative)."""

    ROWS = [("Liverpool", 0.92), ("Knowsley", 0.55), ("Sefton", 0.41), ("Wirral", 0.47), ("St Helens", 0.38)]

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 52 * mm

    def draw(self):
        c = self.canv
        y = 46 * mm
        for name, v in self.ROWS:
            c.setFillColor(INK)
            c.setFont(REG, 8.5)
            c.drawString(0, y + 1.5 * mm, name)
            c.setFillColor(RED)
            c.rect(26 * mm, y, (self.aw - 40 * mm) * v, 6 * mm, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawString(26 * mm + (self.aw - 40 * mm) * v + 2 * mm, y + 1.5 * mm, f"{int(v * 100)}")
            y -= 9 * mm


class PriorityRow(Flowable):
    """A priority heading with a coloured bar at its left, and one sentence under it."""

    def __init__(self, name, txt, fill):
        super().__init__()
        self.h = Paragraph(name, prih)
        self.t = Paragraph(txt, pris)
        self.fill = fill

    def wrap(self, aw, ah):
        self.aw = aw
        _, self.hh = self.h.wrap(aw - 9 * mm, ah)
        _, self.th = self.t.wrap(aw - 9 * mm, ah)
        self.height = self.hh + self.th + 5
        return aw, self.height + 11 * mm

    def draw(self):
        c = self.canv
        top = self.height + 11 * mm
        c.setFillColor(self.fill)
        c.rect(0, top - self.height - 2, 3.2 * mm, self.height + 2, stroke=0, fill=1)
        self.h.drawOn(c, 9 * mm, top - self.hh)
        self.t.drawOn(c, 9 * mm, top - self.hh - 5 - self.th)


def story(pages):
    pp = {k: printed(v) for k, v in pages.items()}
    pp["evi"] = pp.get("pri", 0)
    pp["pri"] = pp["evi"] + 1 if pp["evi"] else 0  # the right-hand half of the spread
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Serious Violence Duty", "duty"),
                      ("What the needs assessment found", "sna"), ("What the evidence tells us", "evi"),
                      ("Our four priorities", "pri"),
                      ("What we will fund", "fund"), ("Measuring success and governance", "gov")]:
        s.append(ContentsLine(text, pp.get(key, 0), REG, 11, DARK, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence has scarred too many families on Merseyside. Behind every statistic in this strategy is "
        "a young person who did not come home, a parent who lost a child, or a community living in fear.",
        "The Merseyside Violence Reduction Partnership was set up to treat violence as a public health problem: "
        "something that can be prevented, not just responded to. Since 2023 the Serious Violence Duty has required "
        "councils, the police, fire and rescue, health, probation and youth justice services to work together on "
        "it, and this is our joint strategy under the Duty for the five boroughs.",
        "It is built on our strategic needs assessment and on what young people told us. It is honest about what we "
        "do not yet know, and it commits us to sharing what we learn.",
        "<b>Chair, Merseyside Violence Reduction Partnership Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("The Serious Violence Duty", h1),
          Paragraph("For this strategy, serious violence means homicide, violence against the person that causes "
                    "injury, knife and gun crime, robbery, and violence linked to drug markets and exploitation, "
                    "in public places. Domestic abuse and sexual violence are led by the boroughs' own "
                    "partnerships.", body),
          Paragraph("Specified authorities", h2)]
    s += bullets(["The five councils: Liverpool, Sefton, Knowsley, St Helens and Wirral",
                  "Merseyside Police", "Merseyside Fire and Rescue Service", "NHS Cheshire and Merseyside",
                  "The Probation Service", "The five youth justice services"], bl)
    s += [Paragraph("The public health approach", h2),
          Paragraph("We follow the four steps of the public health approach to violence:", body)]
    s += bullets(["Define and monitor the problem", "Identify risk and protective factors",
                  "Develop and test prevention strategies", "Scale up what works"], bl)
    s += [PageBreak(), Paragraph("What the needs assessment found", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("1,180", "knife crime offences a year"), ("62", "firearms discharges"),
                    ("14", "homicides"), ("740", "hospital admissions for assault"),
                    ("41%", "of victims aged under 25"), ("1 in 4", "assaults in the night-time economy")], 3,
                   W - 40 * mm, num, cap, [RED, DARK, hexc("#2F6690"), hexc("#3A7D44"), hexc("#D9822B"),
                                           hexc("#5B3A6B")]))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("Key findings", h2))
    s += bullets(["Violence is concentrated in a small number of neighbourhoods, most of them in Liverpool and "
                  "Knowsley.",
                  "Most victims and offenders of knife crime are young men under 25.",
                  "Exclusion from school is one of the strongest risk factors we found.",
                  "Partners hold data that could help, but it is rarely shared or joined up."], bl)
    # the spread: one landscape page with two halves
    s += [NextPageTemplate("spread"), PageBreak(), Paragraph("What the evidence tells us", h1),
          Paragraph("Violence on Merseyside is not random. It clusters in places, in times and among a small number "
                    "of people, which means it can be prevented. The chart shows knife crime offences per 100,000 "
                    "residents, scaled to Liverpool (illustrative).", body), Chart(),
          Paragraph("Risk and protective factors", h2)]
    s += bullets(["Risk: exclusion from school, adverse childhood experiences, exploitation, alcohol.",
                  "Protection: a trusted adult, a place in education or work, a safe home."], bl)
    s += [Paragraph("Our vision", h2),
          Paragraph("<i>A Merseyside where no young person carries a knife and no family loses a child to "
                    "violence.</i>", body), FrameBreak(),
          Paragraph("Our four priorities", h1),
          Paragraph("The partnership board has agreed four priorities for 2024 to 2029. They are listed in no order "
                    "of importance.", body), Spacer(1, 8)]
    for (name, txt), col in zip(PRIORITIES, BARS):
        s.append(PriorityRow(name, txt, col))
    s += [NextPageTemplate("single"), PageBreak(), Paragraph("What we will fund", h1),
          Paragraph("The partnership funds interventions that are tested and evaluated. Our main programmes for "
                    "2024/25 are:", body)]
    tb = [["Programme", "What it does", "Where"],
          ["Navigators in emergency departments", "Youth workers who meet young people injured by violence",
           "Aintree, Alder Hey, Royal Liverpool, Arrowe Park"],
          ["Mentors in schools", "Trusted adults for pupils at risk of exclusion", "40 schools"],
          ["Street-based youth work", "Detached workers in hotspots at peak times", "Eight neighbourhoods"],
          ["Violence data hub", "Joined-up, anonymised data for all partners", "Merseyside-wide"],
          ["Safer nights out", "Street pastors, welfare hubs and licensing support", "Liverpool and Southport"]]
    t = Table([[Paragraph(c, body) for c in r] for r in tb], colWidths=[50 * mm, 70 * mm, W - 40 * mm - 120 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4,
                                                                      hexc("#D6C6C2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, PageBreak(), Paragraph("Measuring success and governance", h1),
          Paragraph("The Home Office success measures for the Duty, which we report against:", body)]
    s += bullets(["A reduction in hospital admissions for assaults with a knife or sharp object",
                  "A reduction in knife and sharp object enabled serious violence recorded by the police",
                  "A reduction in homicides recorded by the police"], bl)
    s += [Paragraph("Governance", h2),
          Paragraph("The partnership board is chaired by the Police and Crime Commissioner's office and includes "
                    "a senior leader from every specified authority. It reports every year to the five community "
                    "safety partnerships and to the Merseyside Police and Crime Panel.", body),
          Paragraph("Contact: vrp@merseyside-vrp.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Merseyside Violence Reduction Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence has", "duty": "The Serious Violence Duty For this",
               "sna": "What the needs assessment found The", "pri": "The partnership board has agreed four priorities",
               "fund": "What we will fund The", "gov": "Measuring success and governance The"}
    two_pass(run, out, needles)
    return out
