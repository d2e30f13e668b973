"""Brighton & Hove Safer Communities Partnership Strategy 2023-2026: reportlab report (DejaVu Sans
Condensed body, Liberation Serif headings).

Five priorities, stated once, on p6 as the **main bones of a fishbone (Ishikawa) diagram**: a thick spine
runs across the page to a rounded "head" holding the partnership's aim ("A safer, fairer city for
everyone", not a priority); three bones slant up and two slant down from the spine, and each bone ends in
a box holding one priority in bold (two or three lines); no numbers.  Short grey "rib" labels along each
bone name the issues the strategic assessment found behind it ("Street drinking", "Online hate" ...) and
are distractors, as are the aim, the 2020-2023 priorities and the statutory duties (p5), the PCC's six
priorities quoted in a box (p5), the key findings (p4), the short action-plan labels (p7) and the measures
(p8).
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, RuledBox, Tiles, bullets

FILE = "strategies/brighton_and_hove_safer_communities_partnership_strategy_2023-26.pdf"
TITLE = "Brighton & Hove Safer Communities Partnership Strategy 2023–2026"

TEAL, CORAL, INK, GREY = hexc("#0E5C63"), hexc("#E2574C"), hexc("#20262B"), hexc("#6B7479")
PALE, LINE = hexc("#E6F1F1"), hexc("#C5D6D8")
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.3, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=TEAL, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=CORAL, spaceBefore=8, spaceAfter=4)
boxst = ParagraphStyle("box", fontName=BOLD, fontSize=10.6, leading=13, textColor=TEAL)
headst = ParagraphStyle("head", fontName=SBOLD, fontSize=11.5, leading=14, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=17, leading=20, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=colors.white)
qst = ParagraphStyle("q", parent=body, fontSize=8.8, leading=12, spaceAfter=2)

# (priority, ribs, short label, what we will do)
PRIORITIES = [
    ("Reducing anti-social behaviour and its impact on residents and businesses",
     ["Street drinking", "Noise and nuisance", "Repeat victims"], "ASB",
     ["One ASB case review process for the city, with the Community Trigger explained on every partner's website.",
      "Joint patrols and outreach in the city centre, on the seafront and in Moulsecoomb and Whitehawk.",
      "Support for repeat and vulnerable victims through the ASB victim caseworkers."]),
    ("Preventing serious violence and knife crime",
     ["Weapon carrying", "Night-time violence", "School exclusion"], "Violence",
     ["Work with the Sussex Violence Reduction Partnership on mentoring and weapons awareness in schools.",
      "Hotspot patrols and a knife amnesty bin in every neighbourhood with a police base."]),
    ("Ending violence against women and girls",
     ["Domestic abuse", "Sexual violence", "Street harassment"], "VAWG",
     ["Deliver the city's VAWG commissioning strategy, including domestic abuse, sexual violence and stalking.",
      "Keep the city's White Ribbon status and extend Ask for Angela to every licensed venue."]),
    ("Challenging hate crime and building community cohesion",
     ["Under-reporting", "Online hate", "Tensions after incidents"], "Hate and cohesion",
     ["Third-party reporting centres in libraries and community centres.",
      "A community tensions group that meets within 48 hours of any significant incident."]),
    ("Preventing people from being drawn into terrorism and extremism",
     ["Online radicalisation", "Vulnerable young people"], "Prevent",
     ["Deliver the Prevent duty, with Channel panels and training for frontline staff."]),
]


class Fishbone(Flowable):
    """Spine, head and five bones, each ending in a priority box, with rib labels along the bones."""

    def __init__(self, items, width, height=150 * mm):
        super().__init__()
        self.items, self.width, self.height = items, width, height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        w, h = self.aw, self.height
        ys = h / 2
        head_x = w - 38 * mm
        c.setStrokeColor(TEAL)
        c.setLineWidth(5)
        c.line(4 * mm, ys, head_x, ys)
        # the head
        c.setFillColor(TEAL)
        p = c.beginPath()
        p.moveTo(head_x, ys + 18 * mm)
        p.curveTo(w + 10 * mm, ys + 20 * mm, w + 10 * mm, ys - 20 * mm, head_x, ys - 20 * mm)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        hp = Paragraph("A safer, fairer city for everyone", headst)
        _, hh = hp.wrap(27 * mm, 40 * mm)
        hp.drawOn(c, head_x + 3 * mm, ys - hh / 2)
        # bones: three up, two down
        bx = [16 * mm, 60 * mm, 104 * mm]
        spots = [(bx[0], 1), (bx[1], 1), (bx[2], 1), (bx[0] + 26 * mm, -1), (bx[1] + 26 * mm, -1)]
        bw = 42 * mm
        for (x0, up), (name, ribs, _, _) in zip(spots, self.items):
            foot_x = x0 + 30 * mm
            tip_y = ys + up * 44 * mm
            c.setStrokeColor(TEAL)
            c.setLineWidth(2.2)
            c.line(x0 + 4 * mm, tip_y, foot_x, ys)
            # ribs
            for k, rib in enumerate(ribs):
                t = (k + 1) / (len(ribs) + 1)
                rx = x0 + 4 * mm + (foot_x - x0 - 4 * mm) * t
                ry = tip_y + (ys - tip_y) * t
                c.setLineWidth(0.8)
                c.setStrokeColor(GREY)
                c.line(rx - 12 * mm, ry, rx, ry)
                c.setFillColor(GREY)
                c.setFont(REG, 6.8)
                c.drawRightString(rx - 13 * mm, ry - 2.2, rib)
            # the box at the end of the bone
            para = Paragraph(name, boxst)
            _, ph = para.wrap(bw - 6 * mm, 40 * mm)
            bh = ph + 6 * mm
            by = tip_y if up > 0 else tip_y - bh
            c.setFillColor(PALE)
            c.setStrokeColor(TEAL)
            c.setLineWidth(1.2)
            c.roundRect(x0 - 14 * mm, by, bw, bh, 2 * mm, stroke=1, fill=1)
            para.drawOn(c, x0 - 11 * mm, by + 3 * mm)


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.8)
    c.drawString(18 * mm, 10 * mm, "Brighton & Hove Safer Communities Partnership · Strategy 2023–2026")
    c.setFillColor(CORAL)
    c.setFont(BOLD, 9)
    c.drawRightString(W - 18 * mm, 10 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 0, 70 * mm, H, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.rect(70 * mm, H - 120 * mm, W - 70 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(12 * mm, H - 24 * mm, "BRIGHTON & HOVE")
    c.drawString(12 * mm, H - 30 * mm, "SAFER COMMUNITIES")
    c.drawString(12 * mm, H - 36 * mm, "PARTNERSHIP")
    c.setFillColor(TEAL)
    c.setFont(SBOLD, 30)
    c.drawString(80 * mm, H - 100 * mm, "Community Safety")
    c.drawString(80 * mm, H - 112 * mm, "Strategy")
    c.setFont(SREG, 18)
    c.setFillColor(INK)
    c.drawString(80 * mm, H - 134 * mm, "2023–2026")
    c.setFont(REG, 9)
    c.drawString(80 * mm, 30 * mm, "Brighton & Hove City Council · Sussex Police · NHS Sussex")
    c.drawString(80 * mm, 24 * mm, "East Sussex Fire & Rescue Service · Probation Service")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)],
                         onPage=header)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("Brighton & Hove today", "ctx"), ("Where we have come from", "past"),
                      ("Our priorities for 2023–2026", "pri"), ("What we will do", "do"),
                      ("Delivery, measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=15))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Brighton & Hove is a vibrant, diverse city that welcomes millions of visitors every year. Most people who "
        "live here feel safe, but not everyone does, and not everywhere.",
        "This strategy is based on our strategic assessment of crime and disorder and on what residents, businesses "
        "and community groups told us in our consultation. It sets out five priorities for the next three years and "
        "how the partners will work together on them.",
        "We will publish an action plan every year and report progress to the city council's committee and to the "
        "public.",
        "<b>Chair, Brighton & Hove Safer Communities Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Brighton & Hove today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small),
          Tiles([("28,400", "crimes recorded in 2022/23"), ("6,900", "anti-social behaviour incidents"),
                 ("4,100", "domestic abuse crimes and incidents"), ("610", "hate crimes and incidents"),
                 ("190", "knife crime offences"), ("11m", "visitors a year")], 3, W - 36 * mm, num, cap,
                [TEAL, hexc("#2C7C83"), CORAL], gap=5),
          Paragraph("Key findings of the strategic assessment", h2)]
    s += bullets(["Anti-social behaviour is concentrated in the city centre and a few estates, and many victims are "
                  "repeat victims.", "Violence peaks on Friday and Saturday nights in the night-time economy.",
                  "Most domestic abuse is not reported to the police.",
                  "Hate crime reports rose after national and international events.",
                  "Young people are more likely to be victims of knife crime than to carry knives."], bl)
    s += [PageBreak(), Paragraph("Where we have come from", h1),
          Paragraph("Our 2020–2023 strategy had four priorities:", body)]
    s += bullets(["Community collaboration and resilience", "Domestic violence and abuse, sexual violence and "
                  "violence against women and girls", "Anti-social behaviour and hate incidents",
                  "Safety in the night-time economy"], bl)
    s += [Paragraph("Our statutory duties", h2),
          Paragraph("The partnership is the city's community safety partnership under the Crime and Disorder Act "
                    "1998. It must reduce crime and disorder, substance misuse and reoffending, and it also holds "
                    "duties under the Serious Violence Duty, the Domestic Abuse Act 2021 and the Prevent duty.", body),
          Spacer(1, 4),
          RuledBox([Paragraph("<b>The Sussex Police and Crime Plan</b>", qst),
                    Paragraph("The Police and Crime Commissioner's plan for 2024–2028 has six priorities, which "
                              "this strategy supports where they meet:", qst)] +
                   [Paragraph(f"{k}. {t}", qst) for k, t in enumerate(
                       ["Strengthening local policing and preventing crime", "Disrupting serious and organised "
                        "crime", "Tackling violence against women and girls", "Putting victims first",
                        "Making Sussex's roads safer", "Improving access to policing services"], 1)],
                   PALE, pad=8, border=LINE)]
    s += [PageBreak(), Paragraph("Our priorities for 2023–2026", h1),
          Paragraph("The diagram shows the five priorities as the main bones that hold up our aim. The small ribs "
                    "are the issues that the strategic assessment found behind each priority.", body),
          Spacer(1, 6), Fishbone(PRIORITIES, W - 36 * mm),
          Paragraph("Substance misuse and reoffending are led by the Combating Drugs Partnership and the Sussex "
                    "Reducing Reoffending Board, and run through all five priorities.", small)]
    s += [PageBreak(), Paragraph("What we will do", h1)]
    for name, ribs, label, acts in PRIORITIES:
        s.append(Paragraph(label, h2))
        s += bullets(acts, bl)
    s += [PageBreak(), Paragraph("Delivery, measures and governance", h1)]
    t = Table([["Measure", "Baseline (illustrative)", "Direction"], ["ASB incidents reported", "6,900", "Down"],
               ["Repeat victims of ASB", "820", "Down"], ["Knife crime offences", "190", "Down"],
               ["Domestic abuse reports to any agency", "4,100", "Up"], ["Hate crime reports", "610", "Up"],
               ["Prevent referrals from partners", "45", "Up"]], colWidths=[90 * mm, 45 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("FONT", (0, 0), (-1, 0), BOLD, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)]))
    t.hAlign = "LEFT"
    s += [t, Paragraph("Governance", h2),
          Paragraph("The partnership board meets quarterly and reports to the city council's Tourism, Equalities, "
                    "Communities and Culture Committee. Each priority has a lead partner and a delivery group.", body),
          Paragraph("Contact: safe.communities@brighton-hove.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Brighton & Hove Safer Communities Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Brighton & Hove is", "ctx": "Brighton & Hove today The figures",
               "past": "Where we have come from Our", "pri": "Our priorities for 2023–2026 The diagram",
               "do": "What we will do ASB", "gov": "Delivery, measures and governance Measure"}
    two_pass(run, out, needles)
    return out
