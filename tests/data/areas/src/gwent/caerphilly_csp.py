"""Safer Caerphilly Community Safety Plan 2025-2028: reportlab report (DejaVu Sans Condensed body,
Liberation Serif headings).

Five priorities, stated once, on p6 as the **right-hand column of a "golden thread" diagram**: on the left,
six grey boxes quote the Police and Crime Commissioner's priorities; on the right, five coloured boxes hold
Safer Caerphilly's priorities in bold; curved connector lines join each partnership priority to the
Commissioner's priority it supports, as the partnership sees it (the Prevent priority has no line and a
note says so).  No numbers.  The quoted PCP priorities (p6), the previous plan's priorities (p4), the five
ways of working (p5), the delivery labels (p7) and the measures (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "strategies/safer_caerphilly_community_safety_plan_2025-28.pdf"
TITLE = "Safer Caerphilly Community Safety Plan 2025–2028"

GREEN, DARK, INK, GREY = hexc("#00685A"), hexc("#0B3B34"), hexc("#1F2624"), hexc("#6B7270")
PALE = hexc("#E4F1EE")
FILLS = [hexc("#00685A"), hexc("#7B2D5B"), hexc("#1F5D8C"), hexc("#A3561B"), hexc("#4C5B2A")]
REG, BOLD = fonts("dejavu-cond")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4
M = 20 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=22, leading=26, textColor=GREEN, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.8, leading=13.5, textColor=DARK, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.3, leading=9.2, textColor=GREY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=15, leading=18, textColor=GREEN)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=INK)
left_st = ParagraphStyle("lb", fontName=REG, fontSize=8.4, leading=10.6, textColor=hexc("#3C4442"))
right_st = ParagraphStyle("rb", fontName=BOLD, fontSize=10.6, leading=13, textColor=colors.white)
colhead = ParagraphStyle("ch", fontName=BOLD, fontSize=8.6, leading=10.5, textColor=GREY)

PCP = ["Keep neighbourhoods safe", "Combat serious crime",
       "Tackle violence against women, domestic abuse and sexual violence",
       "Support victims and protect the vulnerable", "Increase community confidence in policing",
       "Drive sustainable policing"]

# (priority, index of the PCP priority the partnership links it to, or None)
PRIORITIES = [
    ("Reducing anti-social behaviour in our town centres and communities", 0),
    ("Keeping children and young people safe from exploitation", 1),
    ("Violence against women, domestic abuse and sexual violence", 2),
    ("Reducing the harm caused by substance misuse", 3),
    ("Preventing radicalisation and extremism", None),
]

DELIVERY = [
    ("Town centres", ["Problem-solving groups for Blackwood, Bargoed, Caerphilly and Risca town centres.",
                      "Youth outreach on Friday evenings, and diversionary sport in the school holidays.",
                      "A joint plan with South Wales Fire and Rescue Service on deliberate grass fires."]),
    ("Exploitation", ["A contextual safeguarding panel for children at risk outside the home.",
                      "Return-home interviews for every child who goes missing."]),
    ("VAWDASV", ["Ask and Act training for council front-line staff.",
                 "Independent domestic violence advisers in the Ystrad Mynach hospital."]),
    ("Substance misuse", ["Naloxone carried by housing officers and in hostels.",
                          "A street-drinking protocol for Caerphilly town centre."]),
    ("Prevent", ["Prevent awareness for schools, colleges and faith groups.",
                 "A local Channel panel chaired by the council."]),
]


class GoldenThread(Flowable):
    """Left: the PCC's priorities (grey boxes).  Right: our priorities (coloured boxes).  Curves between."""

    def __init__(self, width):
        super().__init__()
        self.width = width
        self.height = 150 * mm

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        lw, rw = 62 * mm, 74 * mm
        rx = self.width - rw
        top = self.height - 12 * mm
        p = Paragraph("GWENT POLICE AND CRIME PLAN 2025–2029<br/>The Commissioner’s priorities", colhead)
        p.wrapOn(c, lw, 30)
        p.drawOn(c, 0, top + 1 * mm)
        q = Paragraph("SAFER CAERPHILLY 2025–2028<br/>Our priorities", colhead)
        q.wrapOn(c, rw, 30)
        q.drawOn(c, rx, top + 1 * mm)
        # left boxes
        lh, lgap = 16 * mm, 5 * mm
        lmid = []
        y = top - 4 * mm
        for t in PCP:
            y -= lh
            c.setFillColor(hexc("#EEF0EF"))
            c.setStrokeColor(hexc("#B9C0BE"))
            c.setLineWidth(0.6)
            c.roundRect(0, y, lw, lh, 2 * mm, stroke=1, fill=1)
            para = Paragraph(t, left_st)
            _, ph = para.wrap(lw - 6 * mm, lh)
            para.drawOn(c, 3 * mm, y + (lh - ph) / 2)
            lmid.append(y + lh / 2)
            y -= lgap
        # right boxes
        rh, rgap = 19 * mm, 6.5 * mm
        y = top - 4 * mm
        for i, (t, link) in enumerate(PRIORITIES):
            y -= rh
            c.setFillColor(FILLS[i])
            c.roundRect(rx, y, rw, rh, 2.5 * mm, stroke=0, fill=1)
            para = Paragraph(t, right_st)
            _, ph = para.wrap(rw - 8 * mm, rh)
            para.drawOn(c, rx + 4 * mm, y + (rh - ph) / 2)
            mid = y + rh / 2
            if link is not None:
                c.setStrokeColor(hexc("#D4A017"))
                c.setLineWidth(1.6)
                pth = c.beginPath()
                pth.moveTo(rx - 1 * mm, mid)
                pth.curveTo(rx - 25 * mm, mid, lw + 25 * mm, lmid[link], lw + 1 * mm, lmid[link])
                c.drawPath(pth, stroke=1, fill=0)
                c.setFillColor(hexc("#D4A017"))
                c.circle(lw + 1 * mm, lmid[link], 1.2 * mm, stroke=0, fill=1)
                c.circle(rx - 1 * mm, mid, 1.2 * mm, stroke=0, fill=1)
            else:
                c.setFillColor(GREY)
                c.setFont(REG, 7.2)
                c.drawString(rx + 1 * mm, y - 4 * mm, "No gold line: Prevent is not in the Police and Crime Plan;")
                c.drawString(rx + 1 * mm, y - 7.4 * mm, "it is led through the Gwent CONTEST Board.")
            y -= rgap


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 5 * mm, W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(M, H - 12 * mm, "Safer Caerphilly  ·  Caerffili Mwy Diogel")
    c.drawRightString(W - M, H - 12 * mm, "Community Safety Plan 2025–2028")
    c.setFont(BOLD, 8)
    c.setFillColor(DARK)
    c.drawString(M, 11 * mm, f"{p} / Safer Caerphilly")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#D4A017"))
    c.setLineWidth(3)
    c.setStrokeColor(hexc("#D4A017"))
    pth = c.beginPath()
    pth.moveTo(0, 90 * mm)
    pth.curveTo(70 * mm, 150 * mm, 140 * mm, 40 * mm, W, 110 * mm)
    c.drawPath(pth, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(M, H - 24 * mm, "SAFER CAERPHILLY")
    c.setFont(REG, 9)
    c.drawString(M, H - 30 * mm, "Caerffili Mwy Diogel")
    c.setFont(SBOLD, 34)
    c.drawString(M, H - 100 * mm, "Community Safety Plan")
    c.setFont(SREG, 20)
    c.drawString(M, H - 114 * mm, "2025–2028")
    c.setFont(REG, 9)
    c.drawString(M, 40 * mm, "Caerphilly County Borough Council · Gwent Police · South Wales Fire and Rescue Service")
    c.drawString(M, 34 * mm, "Aneurin Bevan University Health Board · Probation Service · Gwent Association of "
                             "Voluntary Organisations")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(M, 130 * mm, "Safer Caerphilly Partnership")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Ty Penallta, Ystrad Mynach", "safercaerphilly@caerphilly.example",
                 "Telephone: 01443 000 000 (illustrative)", "",
                 "This document is available in Welsh. Mae’r ddogfen hon ar gael yn Gymraeg."]:
        c.drawString(M, y, line)
        y -= 6.5 * mm
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(M, 20 * mm, W - 2 * M, H - 40 * mm, id="s", **pad)], onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("Foreword", "fw"), ("Caerphilly county borough", "ctx"), ("Our approach", "appr"),
                      ("The golden thread: our priorities", "pri"), ("What we will do", "del"),
                      ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, DARK, leader=True, gap=13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Caerphilly county borough runs from the edge of Cardiff to the heads of the valleys. Its towns and villages "
        "are close-knit, and most residents feel safe most of the time. Where they do not, this plan sets out what "
        "the partners of Safer Caerphilly will do about it.",
        "We have kept the plan short. It has five priorities, chosen from our strategic assessment and from a "
        "survey of 850 residents (illustrative). Each one links, through a golden thread, to the plans of the "
        "Gwent Public Services Board and of the Police and Crime Commissioner for Gwent.",
        "We will publish an update every year.", "<b>Chair, Safer Caerphilly Partnership</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), Paragraph("Caerphilly county borough", h1),
          Paragraph("The figures below are illustrative; they are not official statistics.", body)]
    s.append(Tiles([("176,000", "residents"), ("18", "towns and large villages"),
                    ("11,300", "crimes recorded in 2023/24"), ("3,900", "anti-social behaviour incidents"),
                    ("2,600", "domestic abuse incidents and crimes"), ("62", "deliberate grass fires in April")],
                   3, W - 2 * M, num, cap, [PALE]))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("Key findings", h2))
    s += bullets(["Anti-social behaviour peaks in the school holidays and in the town centres after dark.",
                  "Children from the borough are being exploited to sell drugs in other towns.",
                  "Domestic abuse accounts for a fifth of recorded violence.",
                  "Drug-related deaths have risen for three years."], bl)
    s.append(Paragraph("Our previous plan", h2))
    s.append(Paragraph("The 2022–2025 plan had four priorities: Safer town centres; Protecting vulnerable people; "
                       "Tackling substance misuse; and Community cohesion. We have kept what worked and replaced the "
                       "rest.", body))
    s += [PageBreak(), Paragraph("Our approach", h1),
          Paragraph("As a partnership of Welsh public bodies we follow the five ways of working of the Well-being of "
                    "Future Generations (Wales) Act 2015:", body)]
    s += bullets(["<b>Long term</b>: balancing short-term needs with the needs of the future.",
                  "<b>Prevention</b>: stopping problems getting worse or happening at all.",
                  "<b>Integration</b>: considering how our aims affect those of other bodies.",
                  "<b>Collaboration</b>: working with others to meet our aims.",
                  "<b>Involvement</b>: involving the people who have an interest in what we do."], bl)
    s += [Paragraph("Statutory duties", h2),
          Paragraph("The partnership meets the duties of the Crime and Disorder Act 1998, the Serious Violence Duty, "
                    "the Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015 and the Prevent "
                    "duty of the Counter-Terrorism and Security Act 2015.", body),
          Paragraph("Who is in the partnership", h2),
          Paragraph("Caerphilly County Borough Council, Gwent Police, South Wales Fire and Rescue Service, Aneurin "
                    "Bevan University Health Board, the Probation Service, housing associations and the Gwent "
                    "Association of Voluntary Organisations.", body)]
    s += [PageBreak(), Paragraph("The golden thread: our priorities", h1),
          Paragraph("Safer Caerphilly has five priorities for 2025 to 2028, shown in the coloured boxes on the right. "
                    "The gold lines show which of the Police and Crime Commissioner’s priorities (grey boxes, left) "
                    "each one supports.", body), Spacer(1, 6), GoldenThread(W - 2 * M)]
    s += [PageBreak(), Paragraph("What we will do", h1),
          Paragraph("Actions for 2025/26 under each priority. A full action plan is kept by the partnership "
                    "manager.", body)]
    for lab, items in DELIVERY:
        s.append(Paragraph(lab, h2))
        s += bullets(items, bl)
    s += [PageBreak(), Paragraph("Measures and governance", h1),
          Paragraph("The Safer Caerphilly board meets quarterly and reports to the Gwent Public Services Board. "
                    "Its sub-groups report to it on each priority.", body)]
    mt = Table([["Measure", "Baseline", "Aim"], ["ASB incidents", "3,900", "Down"],
                ["Children discussed at the contextual safeguarding panel", "64", "Up (earlier)"],
                ["Repeat referrals to MARAC", "27%", "Down"], ["Naloxone kits issued", "410", "Up"],
                ["Prevent referrals from schools", "11", "Up (earlier)"]], colWidths=[95 * mm, 25 * mm, 30 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C6D8D3"))]))
    mt.hAlign = "LEFT"
    s += [mt, Spacer(1, 5), Paragraph("Baselines are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Safer Caerphilly Partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Caerphilly county borough runs", "ctx": "Caerphilly county borough The figures",
               "appr": "Our approach As a partnership", "pri": "The golden thread: our priorities Safer",
               "del": "What we will do Actions", "gov": "Measures and governance The Safer"}
    two_pass(run, out, needles)
    return out
