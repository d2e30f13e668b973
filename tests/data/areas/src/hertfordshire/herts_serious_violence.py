"""Hertfordshire Serious Violence Duty Strategy 2024-2029: reportlab report (Liberation Sans body, DejaVu Serif
headings).

Four priorities, stated once, on p6 as the **loads in the two pans of a drawn balance scale** ("Keeping the
balance"): a pillar on a stepped base, a beam with chains to two shallow pans, and in each pan two stacked
rounded boxes, each a priority in white bold (two or three lines); the pans are labelled "PREVENTION" and
"ENFORCEMENT AND PROTECTION" on the beam ends, and the aim is a caption on the base.  The beam labels, the
aim, the definition and specified authorities (p4), the key findings and the levels of prevention (p5), the
intervention titles (p7) and the measures (p8) are distractors.
"""
import textwrap

from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/hertfordshire_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Hertfordshire Serious Violence Duty Strategy 2024–2029"

RED, INK, GREY, BRASS = hexc("#A61E22"), hexc("#202020"), hexc("#666666"), hexc("#B08A3E")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
FW = W - 40 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=RED, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=RED, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
cell = ParagraphStyle("cell", parent=body, fontSize=8.4, leading=11, spaceAfter=0)

LEFT = [("Intervening early with children at risk of violence", hexc("#2E6F8E")),
        ("Working with communities most affected by violence", hexc("#3F7D4E"))]
RIGHT = [("Reducing serious violence and knife crime across Hertfordshire", hexc("#A61E22")),
         ("Stopping the exploitation of children by gangs and county lines", hexc("#6B2D5C"))]


class Scales(Flowable):
    def __init__(self, width, height=150 * mm):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def box(self, c, x, y, w, h, text, fill):
        c.setFillColor(fill)
        c.roundRect(x, y, w, h, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(BOLD, 10.5)
        lines = textwrap.wrap(text, 26)
        ty = y + h / 2 + (len(lines) - 1) * 13.5 / 2 - 3.5
        for ln in lines:
            c.drawCentredString(x + w / 2, ty, ln)
            ty -= 13.5

    def draw(self):
        c, w, h = self.canv, self.width, self.height
        cx = w / 2
        beam_y = h - 22 * mm
        # base and pillar
        c.setFillColor(hexc("#4A3B22"))
        c.rect(cx - 40 * mm, 0, 80 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#6E5A33"))
        c.rect(cx - 26 * mm, 7 * mm, 52 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColor(BRASS)
        c.rect(cx - 3 * mm, 12 * mm, 6 * mm, beam_y - 12 * mm, stroke=0, fill=1)
        c.circle(cx, beam_y + 4 * mm, 5 * mm, stroke=0, fill=1)
        # beam
        c.rect(6 * mm, beam_y - 1.5 * mm, w - 12 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont(BOLD, 7.5)
        c.drawString(6 * mm, beam_y + 4 * mm, "PREVENTION")
        c.drawRightString(w - 6 * mm, beam_y + 4 * mm, "ENFORCEMENT AND PROTECTION")
        pan_w, bw, bh = 74 * mm, 68 * mm, 20 * mm
        pan_y = 48 * mm
        for side, items in ((0, LEFT), (1, RIGHT)):
            px = 8 * mm if side == 0 else w - 8 * mm - pan_w
            mid = px + pan_w / 2
            # chains
            c.setStrokeColor(BRASS)
            c.setLineWidth(1)
            c.setDash(2, 1.5)
            c.line(mid, beam_y, px + 3 * mm, pan_y)
            c.line(mid, beam_y, px + pan_w - 3 * mm, pan_y)
            c.setDash()
            # pan
            c.setFillColor(BRASS)
            p = c.beginPath()
            p.moveTo(px, pan_y)
            p.lineTo(px + pan_w, pan_y)
            p.lineTo(px + pan_w - 8 * mm, pan_y - 6 * mm)
            p.lineTo(px + 8 * mm, pan_y - 6 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            for k, (text, fill) in enumerate(items):
                by = pan_y + 1 * mm + (1 - k) * (bh + 2 * mm)
                self.box(c, mid - bw / 2, by, bw, bh, text, fill)
        c.setFillColor(colors.white)
        c.setFont(REG, 7.5)
        c.drawCentredString(cx, 2.2 * mm, "Our aim: fewer people hurt by violence")


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, H - 11.5 * mm, "Hertfordshire Serious Violence Duty Strategy 2024–2029")
    c.setFont(BOLD, 8)
    c.drawRightString(W - 20 * mm, 10 * mm, f"{p}")
    c.setFont(REG, 7)
    c.drawString(20 * mm, 10 * mm, "Serious Violence Duty partnership for Hertfordshire")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("#1E1E1E"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RED)
    c.rect(20 * mm, H - 150 * mm, 6 * mm, 80 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "HERTFORDSHIRE SERIOUS VIOLENCE DUTY PARTNERSHIP")
    c.setFont(SBOLD, 32)
    c.drawString(32 * mm, H - 90 * mm, "Serious Violence")
    c.drawString(32 * mm, H - 104 * mm, "Duty Strategy")
    c.setFont(SREG, 18)
    c.drawString(32 * mm, H - 122 * mm, "2024–2029")
    c.setFont(REG, 9)
    c.drawString(20 * mm, 30 * mm, "Prepared under the Police, Crime, Sentencing and Courts Act 2022")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, FW, H - 40 * mm, id="s", **pad)], onPage=header)]


def P(t, st=body):
    return Paragraph(t, st)


def tbl(rows, widths):
    rows = [[P(x, cell) if isinstance(x, str) else x for x in r] for r in rows]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), hexc("#F1DCDC")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#D9B5B5")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.hAlign = "LEFT"
    return t


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), P("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("The Duty in Hertfordshire", "duty"), ("What we found", "find"),
                      ("Our priorities", "pri"), ("Interventions", "int"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=12))
    s += [PageBreak(), P("Foreword", h1)]
    for t in [
        "Serious violence is rare in Hertfordshire, but every incident leaves families, friends and whole "
        "neighbourhoods changed. Most of it involves young people, and much of it is linked to drugs and to the "
        "exploitation of children by people who should be protecting them.",
        "The Serious Violence Duty asks the police, councils, health, the fire service, youth justice and "
        "probation to work together to prevent and reduce serious violence. In Hertfordshire we already had a "
        "strong partnership, and this strategy builds on it.",
        "This is a five-year strategy, based on our strategic needs assessment. We will refresh the assessment "
        "every year and report on progress to the Safer Hertfordshire Board.",
        "<b>Chair, Hertfordshire Serious Violence Duty partnership</b>"]:
        s.append(P(t))
    s += [PageBreak(), P("The Duty in Hertfordshire", h1), P("Our definition", h2),
          P("For this strategy, serious violence means homicide, violence against the person that causes injury, "
            "knife and weapon offences, robbery, and violence linked to drugs, exploitation and the night-time "
            "economy. Domestic abuse and sexual violence are included where they take place in public, and are "
            "otherwise led by the Domestic Abuse Partnership Board.", body), P("Specified authorities", h2)]
    s += bullets(["Hertfordshire Constabulary", "Hertfordshire County Council and the ten district and borough "
                  "councils", "Hertfordshire and West Essex Integrated Care Board", "Hertfordshire Fire and Rescue "
                  "Service", "Hertfordshire Youth Justice", "The Probation Service"], bl)
    s += [P("Educational authorities and prisons are relevant authorities and have agreed to take part.", body)]
    s += [PageBreak(), P("What we found", h1),
          P("The figures are illustrative and are not official statistics.", small)]
    s.append(tbl([["Indicator", "2023/24", "Trend"], ["Knife crime with injury", "148", "Up"],
                  ["Hospital admissions for assault with a sharp object", "46", "Up"],
                  ["Robbery of personal property", "590", "Level"],
                  ["Children discussed at exploitation panels", "310", "Up"],
                  ["Violence with injury in the night-time economy", "720", "Down"]],
                 [100 * mm, 35 * mm, 35 * mm]))
    s += [P("Key findings", h2)]
    s += bullets(["Half of knife crime suspects and victims are aged 14 to 24.",
                  "Violence is concentrated in Watford, Stevenage, Hemel Hempstead and Cheshunt.",
                  "Children excluded from school are at much higher risk of exploitation.",
                  "Communities most affected told us they do not always trust agencies."], bl)
    s += [P("Three levels of prevention", h2)]
    s += bullets(["<b>Primary</b>: stopping violence before it starts, for everyone.",
                  "<b>Secondary</b>: stepping in early with people at risk.",
                  "<b>Tertiary</b>: reducing harm and reoffending after violence has happened."], bl)
    s += [PageBreak(), P("Our priorities", h1),
          P("Keeping the balance. Our four priorities weigh prevention and enforcement equally: two in each pan.",
            body), Spacer(1, 8), Scales(FW)]
    s += [PageBreak(), P("Interventions", h1),
          P("The partnership will fund and evaluate these interventions. Titles are short; each is described in the "
            "delivery plan.", body)]
    s.append(tbl([["Intervention", "What it is", "Lead"],
                  ["Navigators in A&amp;E", "Youth workers at the Lister and Watford General hospitals", "ICB"],
                  ["Stay Safe sessions", "Weapons awareness in every secondary school", "Police"],
                  ["Exploitation hub", "A multi-agency team for children at risk of exploitation",
                   "County council"],
                  ["Community grants", "Small grants for groups in the areas most affected", "PCC"],
                  ["Hotspot policing", "Targeted patrols where violence concentrates", "Police"]],
                 [40 * mm, 95 * mm, 35 * mm]))
    s += [PageBreak(), P("Measures and governance", h1),
          P("We use the Home Office success measures for the Duty (hospital admissions for assault with a sharp "
            "object, knife and sharp object offences, and homicides) and the local measures below.", body)]
    s.append(tbl([["Local measure", "Baseline", "Direction"], ["Knife crime with injury", "148", "Down"],
                  ["Children at risk of exploitation known to the hub", "310", "Identified earlier"],
                  ["Young people reached by navigators", "420", "Up"],
                  ["Residents in priority areas who trust local services", "48%", "Up"]],
                 [100 * mm, 35 * mm, 35 * mm]))
    s += [Spacer(1, 4), P("Baselines are illustrative.", small),
          P("The partnership reports to the Safer Hertfordshire Board and to the Police and Crime Commissioner, who "
            "holds the Home Office funding for the Duty. Contact: svd@hertfordshire.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Hertfordshire Serious Violence Duty partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence is rare", "duty": "The Duty in Hertfordshire Our definition",
               "find": "What we found The figures", "pri": "Our priorities Keeping the balance",
               "int": "Interventions The partnership", "gov": "Measures and governance We use"}
    two_pass(run, out, needles)
    return out
