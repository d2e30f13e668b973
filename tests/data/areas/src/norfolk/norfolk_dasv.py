"""Norfolk Domestic Abuse and Sexual Violence Strategy 2024-2027 (Norfolk Domestic Abuse and Sexual
Violence Board): reportlab report (Liberation Sans, Liberation Serif headings).

Four priorities, stated once, on p6 under an **umbrella**: a drawn canopy with a scalloped lower edge holds the
board's vision ("Safe, heard and free from abuse"); four rounded panels hang under the four scallops, two each
side of the shaft, each holding one priority in bold (three to five lines); the shaft ends in a hooked handle
beside a grey caption naming the enablers ("Held together by: ...").  No numbers.  The vision in the canopy,
the enablers caption, the definition and survivor quotes (p4), the national VAWG strategy's aims and the
2021-2024 priorities (p5), the short action headings (p7) and the outcomes (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/norfolk_domestic_abuse_and_sexual_violence_strategy_2024-27.pdf"
TITLE = "Norfolk Domestic Abuse and Sexual Violence Strategy 2024–2027"

PURPLE, MAUVE, INK, GREY = hexc("#4A2366"), hexc("#8E6BAE"), hexc("#211C26"), hexc("#6C6473")
PALE = hexc("#F1ECF6")
REG, BOLD = fonts("liberation-sans")
SERIF, SERIFB = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.5, leading=13.4, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
quote = ParagraphStyle("quote", fontName=SERIF, fontSize=11.5, leading=15, textColor=PURPLE, leftIndent=10,
                       spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=SERIFB, fontSize=24, leading=28, textColor=PURPLE, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=MAUVE, spaceBefore=8, spaceAfter=3)
panel = ParagraphStyle("panel", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=colors.white,
                       alignment=TA_CENTER)
vision = ParagraphStyle("vision", fontName=SERIFB, fontSize=15, leading=18, textColor=colors.white,
                        alignment=TA_CENTER)
capst = ParagraphStyle("capst", fontName=REG, fontSize=8, leading=10.4, textColor=GREY)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)

PRIORITIES = [
    "Preventing domestic abuse and sexual violence before it starts",
    "Making sure every survivor, adult or child, gets the right support at the right time",
    "Holding perpetrators to account and changing their behaviour",
    "Providing safe accommodation for survivors and their children",
]
PANEL_FILLS = [hexc("#4A2366"), hexc("#6E3F8F"), hexc("#8E3B5E"), hexc("#3D5A80")]


class Umbrella(Flowable):
    def __init__(self, items, width):
        super().__init__()
        self.items, self.width = items, width

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 150 * mm

    def draw(self):
        c = self.canv
        aw = self.aw
        cx = aw / 2
        top = 150 * mm
        rim = top - 52 * mm  # the canopy's lower edge
        n = len(self.items)
        sw = aw / n
        # canopy: a flattened half-ellipse with four scallops along its lower edge
        c.setFillColor(PURPLE)
        p = c.beginPath()
        p.moveTo(0, rim)
        p.curveTo(0, top - 5 * mm, aw, top - 5 * mm, aw, rim)
        for k in range(n, 0, -1):
            x1, x0 = k * sw, (k - 1) * sw
            p.curveTo(x1 - sw * 0.2, rim + 9 * mm, x0 + sw * 0.2, rim + 9 * mm, x0, rim)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(PURPLE)
        c.circle(cx, top - 4 * mm, 2.2 * mm, stroke=0, fill=1)
        v = Paragraph("Safe, heard and free from abuse", vision)
        _, vh = v.wrap(90 * mm, 30 * mm)
        v.drawOn(c, cx - 45 * mm, top - 30 * mm)
        # shaft and hooked handle
        c.setStrokeColor(GREY)
        c.setLineWidth(3)
        c.line(cx, rim + 8 * mm, cx, 14 * mm)
        p = c.beginPath()
        p.moveTo(cx, 14 * mm)
        p.curveTo(cx, 4 * mm, cx - 14 * mm, 4 * mm, cx - 14 * mm, 12 * mm)
        c.drawPath(p, stroke=1, fill=0)
        hold = Paragraph("Held together by: a skilled workforce · shared information · the voices of survivors",
                         capst)
        hold.wrap(70 * mm, 20 * mm)
        hold.drawOn(c, cx + 6 * mm, 4 * mm)
        # panels hanging under the scallops
        pw, ph = sw - 5 * mm, 50 * mm
        for k, name in enumerate(self.items):
            x = k * sw + (sw - pw) / 2 + (-1.5 * mm if k < n / 2 else 1.5 * mm)
            y = rim - 14 * mm - ph
            c.setStrokeColor(MAUVE)
            c.setLineWidth(0.8)
            c.setDash(2, 2)
            c.line(k * sw + sw / 2, rim + 4 * mm, x + pw / 2, y + ph)
            c.setDash()
            c.setFillColor(PANEL_FILLS[k])
            c.roundRect(x, y, pw, ph, 4 * mm, stroke=0, fill=1)
            para = Paragraph(name, panel)
            _, hh = para.wrap(pw - 5 * mm, ph)
            para.drawOn(c, x + 2.5 * mm, y + (ph + hh) / 2 - hh)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PURPLE)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.6)
    c.drawString(18 * mm, H - 12 * mm, "Norfolk Domestic Abuse and Sexual Violence Board")
    c.drawString(18 * mm, 10 * mm, "If you are in danger, call 999. Norfolk domestic abuse helpline: 0300 000 0000 "
                                   "(illustrative)")
    c.drawRightString(W - 18 * mm, 10 * mm, f"Page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(PURPLE)
    c.rect(0, H - 175 * mm, W, 175 * mm, stroke=0, fill=1)
    c.setFillColor(MAUVE)
    for i in range(6):
        c.circle(40 * mm + i * 26 * mm, H - 175 * mm, 13 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(18 * mm, H - 24 * mm, "NORFOLK DOMESTIC ABUSE AND SEXUAL VIOLENCE BOARD")
    c.setFont(SERIFB, 32)
    c.drawString(18 * mm, H - 85 * mm, "Domestic Abuse and")
    c.drawString(18 * mm, H - 99 * mm, "Sexual Violence Strategy")
    c.setFont(SERIF, 20)
    c.drawString(18 * mm, H - 115 * mm, "2024–2027")
    c.setFillColor(PURPLE)
    c.setFont(REG, 10)
    c.drawString(18 * mm, 50 * mm, "Safe, heard and free from abuse")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Understanding domestic abuse and sexual violence", "und"),
                      ("Where we are now", "now"), ("Our priorities", "pri"), ("What we will do", "do"),
                      ("Outcomes and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Domestic abuse and sexual violence can happen to anyone, in any community in Norfolk, in a city flat or an "
        "isolated farmhouse. Most of it is never reported. All of it causes lasting harm, to adults and to the "
        "children who live with it.",
        "The Norfolk Domestic Abuse and Sexual Violence Board brings together the county and district councils, "
        "Norfolk Constabulary, the Police and Crime Commissioner, the NHS, the Probation Service and specialist "
        "services. It is also the local partnership board required by the Domestic Abuse Act 2021.",
        "This strategy was written with survivors. Their voices run through it, and they will help us check that we "
        "are doing what we said.",
        "<b>Chair, Norfolk Domestic Abuse and Sexual Violence Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Understanding domestic abuse and sexual violence", h1),
          Paragraph("The Domestic Abuse Act 2021 defines domestic abuse as abusive behaviour between people aged 16 "
                    "or over who are personally connected. It includes physical and sexual abuse, violent or "
                    "threatening behaviour, controlling or coercive behaviour, and economic, psychological and "
                    "emotional abuse. Children who see, hear or experience its effects are victims in their own "
                    "right.", body),
          Paragraph("Sexual violence is any sexual act without consent, including rape, sexual assault and sexual "
                    "exploitation.", body), Paragraph("What survivors told us", h2)]
    for q in ["\u201cI didn't know what was happening to me was abuse until a nurse asked.\u201d",
              "\u201cI had to tell my story six times to six people.\u201d",
              "\u201cThe refuge saved my life, but it was 40 miles from my children's school.\u201d"]:
        s.append(Paragraph(q, quote))
    s += [PageBreak(), Paragraph("Where we are now", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small),
          Tiles([("14,900", "domestic abuse incidents and crimes recorded"), ("1 in 5", "recorded crimes linked to "
                                                                                     "domestic abuse"),
                 ("1,480", "sexual offences recorded"), ("2,300", "children in households referred to MARAC")], 2,
                W - 36 * mm, num, cap, [PURPLE, MAUVE]),
          Paragraph("The national picture", h2),
          Paragraph("The Government's Tackling Violence Against Women and Girls Strategy (2021) set three aims: "
                    "increasing support for victims and survivors; increasing the number of perpetrators brought to "
                    "justice; and reducing the prevalence of violence against women and girls.", body),
          Paragraph("Our last strategy", h2),
          Paragraph("The board's 2021–2024 strategy had three priorities: Early help; Safe at home; and Justice. The "
                    "review of that strategy found good progress on safe accommodation but too little on "
                    "prevention and on changing perpetrators' behaviour.", body)]
    s += [PageBreak(), Paragraph("Our priorities", h1),
          Paragraph("Our four priorities for 2024–2027 sit under one umbrella: our vision that everyone in Norfolk is "
                    "safe, heard and free from abuse.", body), Spacer(1, 6), Umbrella(PRIORITIES, W - 36 * mm)]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for head, items in [
        ("Before it starts", ["Healthy relationships education in every secondary school and college.",
                              "A campaign with men and boys on consent and coercive control."]),
        ("Support", ["One assessment that follows the survivor, so they tell their story once.",
                     "Independent domestic violence and sexual violence advisers in hospitals and GP surgeries.",
                     "Specialist support for children and young people."]),
        ("Perpetrators", ["More domestic abuse protection orders and better use of Clare's Law.",
                          "A county-wide behaviour-change programme for perpetrators assessed as suitable."]),
        ("Safe homes", ["More refuge spaces, including for survivors with complex needs and older survivors.",
                        "Sanctuary schemes so survivors can stay safely in their own homes."])]:
        s.append(Paragraph(head, h2))
        s += bullets(items, bl)
    s += [PageBreak(), Paragraph("Outcomes and governance", h1), Paragraph("The outcomes we want by 2027", h2)]
    s += bullets(["More survivors tell someone sooner.", "Fewer survivors are harmed again.",
                  "More perpetrators are brought to justice or change their behaviour.",
                  "No survivor is turned away from safe accommodation for lack of space."], bl)
    s += [Paragraph("Governance", h2),
          Paragraph("The board meets quarterly and reports to the Norfolk County Community Safety Partnership, the "
                    "safeguarding partnerships and Norfolk County Council. A survivor reference group reviews "
                    "progress twice a year.", body),
          Paragraph("Contact: dasvboard@norfolk.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Norfolk Domestic Abuse and Sexual Violence Board")
        doc.build(story(pages))
    needles = {"fw": "Foreword Domestic abuse and sexual violence can",
               "und": "Understanding domestic abuse and sexual violence The Domestic",
               "now": "Where we are now The figures", "pri": "Our priorities Our four priorities",
               "do": "What we will do Before", "gov": "Outcomes and governance The outcomes"}
    two_pass(run, out, needles)
    return out
