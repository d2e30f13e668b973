"""Oxfordshire Domestic Abuse Strategy 2024-2027: reportlab brochure.

Each objective has a label line "OBJECTIVE n" above its banner heading.  The
national Tackling Domestic Abuse Plan pillars, principles, statutory duties
and a delivery table are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "strategies/oxfordshire_domestic_abuse_strategy_2024-27.pdf"
TITLE = "Oxfordshire Domestic Abuse Strategy 2024–2027"

GREEN, DEEP, PALE, GOLD, INK = hexc("#3B7A57"), hexc("#1F3D2E"), hexc("#EAF3EC"), hexc("#E3A72F"), hexc("#222222")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.2, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=DEEP, spaceAfter=10)
h2 = ParagraphStyle("h2", parent=body, fontName=SBOLD, fontSize=13, leading=16, textColor=GREEN, spaceBefore=6, spaceAfter=4)
h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.8, leading=12.5, textColor=DEEP, spaceBefore=3, spaceAfter=2)
ban = ParagraphStyle("ban", fontName=SBOLD, fontSize=20, leading=24, textColor=colors.white)
lead = ParagraphStyle("lead", parent=body, fontName=SREG, fontSize=11.5, leading=15.5, textColor=DEEP)
num = ParagraphStyle("num", fontName=SBOLD, fontSize=24, leading=27, textColor=GREEN)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.4, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.2, textColor=hexc("#555555"))
toc = {}

OBJECTIVES = [
    ("Prevention and early intervention: stopping domestic abuse before it starts",
     "Too often help arrives only when abuse has escalated. We want every professional, employer and community group to "
     "recognise the early signs of abuse and know how to respond.",
     ["Deliver healthy relationships education in every secondary school, linked to the RSHE curriculum.",
      "Roll out domestic abuse training for GPs, midwives, health visitors and housing officers.",
      "Launch a campaign aimed at friends, family and colleagues who notice the signs of abuse.",
      "Develop an offer for young people who use violence in their relationships with partners or parents."]),
    ("Victims, survivors and their children get the right support at the right time",
     "Support should reflect each person's needs, whatever their age, gender, ethnicity, sexuality or disability, and "
     "should not depend on whether they report to the police.",
     ["Commission an integrated domestic abuse service covering helpline, outreach, IDVA and children's workers.",
      "Make sure children are recognised as victims in their own right, as the Domestic Abuse Act 2021 requires.",
      "Improve access for older victims, disabled victims and victims from minoritised communities.",
      "Provide specialist support through the family and criminal courts."]),
    ("Increasing access to safe accommodation for victims and their children",
     "Under Part 4 of the Domestic Abuse Act 2021 the County Council must assess the need for support in safe "
     "accommodation and commission services to meet it. District and city councils provide housing.",
     ["Increase the number of refuge spaces, including spaces for larger families and for people with complex needs.",
      "Develop dispersed accommodation and sanctuary schemes so that victims can stay safely in their own homes.",
      "Agree a common housing pathway across the five district and city councils.",
      "Support victims with no recourse to public funds."]),
    ("Holding perpetrators to account and changing their behaviour",
     "Holding perpetrators responsible for their behaviour is central to keeping victims safe. We will challenge the "
     "culture that asks victims why they did not leave rather than why the abuse happened.",
     ["Commission accredited behaviour change programmes for perpetrators who are not in the criminal justice system.",
      "Use the new Domestic Abuse Protection Orders when they become available.",
      "Work with Thames Valley Police on the identification and management of high-harm, serial perpetrators.",
      "Make sure that victims' safety is central to every perpetrator intervention."]),
    ("A coordinated community response across Oxfordshire",
     "Domestic abuse is everybody's business. A coordinated community response means every agency plays its part and "
     "that the system, not the victim, carries the responsibility for joining things up.",
     ["Review the Oxfordshire MARAC and its links with safeguarding boards.",
      "Publish learning from domestic homicide reviews and track the actions that follow.",
      "Develop a shared dataset across the police, health, housing and commissioned services.",
      "Build the voices of survivors into the governance of this strategy."]),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 16 * mm, 5 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColor(DEEP)
    c.setFont(SBOLD, 8.5)
    c.drawString(18 * mm, H - 11 * mm, "Oxfordshire Domestic Abuse Strategy 2024–2027")
    c.setFillColor(hexc("#777777"))
    c.setFont(REG, 7.5)
    c.drawString(18 * mm, 10 * mm, "Oxfordshire Domestic Abuse Strategic Board")
    c.setFillColor(DEEP)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 18 * mm, 10 * mm, f"Page {p}")
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.5)
    c.line(18 * mm, 15 * mm, W - 18 * mm, 15 * mm)
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(DEEP)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.rect(0, 0, W * 0.42, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    for k in range(6):
        c.circle(W * 0.42, H * 0.2 + k * 22 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 40)
    c.drawString(20 * mm, H - 90 * mm, "Domestic")
    c.drawString(20 * mm, H - 106 * mm, "Abuse")
    c.drawString(20 * mm, H - 122 * mm, "Strategy")
    c.setFont(SREG, 22)
    c.drawString(20 * mm, H - 140 * mm, "2024–2027")
    c.setFont(REG, 12)
    c.drawString(20 * mm, 40 * mm, "Oxfordshire Domestic Abuse Strategic Board")
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 32 * mm, "Oxfordshire County Council • Oxford City Council • Cherwell • South Oxfordshire")
    c.drawString(20 * mm, 27 * mm, "Vale of White Horse • West Oxfordshire • Thames Valley Police • NHS Buckinghamshire,")
    c.drawString(20 * mm, 22 * mm, "Oxfordshire and Berkshire West ICB • Office of the Police and Crime Commissioner")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(DEEP)
    c.setFont(SBOLD, 18)
    c.drawString(20 * mm, H - 50 * mm, "If you need help")
    c.setFont(REG, 10.5)
    y = H - 64 * mm
    for line in ["Oxfordshire Domestic Abuse Service helpline: 0800 000 000 (illustrative)",
                 "National Domestic Abuse Helpline (24 hours): 0808 2000 247", "Men's Advice Line: 0808 8010 327",
                 "In an emergency always call 999. If you cannot speak, press 55 when prompted.", "",
                 "This strategy is available in other formats on request.",
                 "Oxfordshire Domestic Abuse Strategic Board, County Hall, New Road, Oxford"]:
        c.drawString(20 * mm, y, line)
        y -= 7 * mm
    c.setFont(REG, 8)
    c.drawString(20 * mm, 15 * mm, "Statistics in this document are illustrative and are not official figures.")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1)]
    entries = [("Foreword", "fw", 0), ("Domestic abuse in Oxfordshire", "ctx", 0), ("Our vision and principles", "vis", 0),
               ("Our strategic objectives", "o0", 0)]
    short = ["Prevention and early intervention", "Support at the right time", "Safe accommodation",
             "Perpetrators", "A coordinated community response"]
    entries += [(f"Objective {i + 1}: {short[i]}", f"o{i}", 16) for i in range(5)]
    entries += [("Governance and accountability", "gov", 0), ("Delivery plan summary", "plan", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else SBOLD, 10.5 if ind else 12, DEEP, indent=ind, gap=10))
    s += [Spacer(1, 16), RuledBox([Paragraph("Content warning", h3), Paragraph(
        "This strategy discusses domestic abuse, including coercive control and domestic homicide. Support services are "
        "listed on the back page.", body)], PALE)]
    # foreword
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for para in [
        "Domestic abuse affects people of every age and background in Oxfordshire. It can be physical, sexual, emotional, "
        "economic or controlling, and its impact on children can last a lifetime. This strategy sets out how the "
        "partners on the Oxfordshire Domestic Abuse Strategic Board will work together over the next three years.",
        "Since our last strategy the Domestic Abuse Act 2021 has changed the landscape. It created a statutory definition "
        "of domestic abuse that recognises children as victims, placed new duties on the County Council to provide support "
        "in safe accommodation, and introduced new protection orders.",
        "We have listened to survivors throughout the development of this strategy. They told us that they want to be "
        "believed the first time they ask for help, that they do not want to tell their story again and again, and that "
        "the response should focus on the person causing harm, not only on the person being harmed.",
        "We have also learned painful lessons from domestic homicide reviews. Each review reminds us that opportunities to "
        "intervene were missed, and that professionals must be curious, share information and act together.",
        "This strategy is ambitious. Delivering it will need every partner to play its part, and we will report openly on "
        "our progress.",
    ]:
        s.append(Paragraph(para, body))
    s += [Spacer(1, 6), Paragraph("<b>Chair, Oxfordshire Domestic Abuse Strategic Board</b>", body)]
    # context
    s += [NextPageTemplate("single"), PageBreak(), Marker("ctx", toc), Paragraph("Domestic abuse in Oxfordshire", h1),
          Paragraph("Our needs assessment draws on police data, commissioned services, health and housing. The figures below "
                    "are illustrative.", body),
          Tiles([("1 in 5", "adults will experience domestic abuse in their lifetime (illustrative)"),
                 ("11,400", "domestic abuse incidents reported to police in a year (illustrative)"),
                 ("3,200", "children living in households referred to MARAC (illustrative)"),
                 ("62%", "of victims supported had experienced abuse for over two years (illustrative)"),
                 ("28", "refuge spaces available across the county (illustrative)"),
                 ("4", "domestic homicide reviews commissioned since 2021 (illustrative)")],
                 3, A4[0] - 36 * mm, num, cap, [PALE, hexc("#FBF1DC")]),
          Paragraph("Illustrative figures only.", small), Paragraph("What survivors told us", h2)]
    s += bullets(["“I needed someone to believe me the first time.”", "“The waiting list was longer than I could stay safe.”",
                  "“Nobody asked about my children.”", "“He was never asked to change. I had to move, my children had to move schools.”"], bl)
    s += [Paragraph("Key findings of the needs assessment", h2)]
    s += bullets(["Demand for outreach and IDVA support has risen by around a third since 2020 (illustrative).",
                  "Older victims, disabled victims and men are under-represented in services.",
                  "Most victims in refuge come from outside Oxfordshire, and most Oxfordshire victims in refuge are housed elsewhere.",
                  "Few perpetrators are offered an intervention unless they are convicted."], bl)
    # vision, principles, national pillars
    s += [PageBreak(), Marker("vis", toc), Paragraph("Our vision and principles", h1),
          RuledBox([Paragraph("Our vision", h3), Paragraph("Everyone in Oxfordshire can live a life free from domestic abuse, "
                   "and those who experience it get the help they need to be safe and to recover.", lead)], PALE),
          Spacer(1, 6), Paragraph("Our principles", h2)]
    s += bullets(["<b>Survivor-led</b>: services are shaped by people with lived experience.",
                  "<b>Trauma-informed</b>: we understand the impact of trauma and avoid re-traumatising people.",
                  "<b>Intersectional</b>: we recognise how gender, race, disability and other characteristics shape experiences of abuse.",
                  "<b>Think family</b>: we consider the needs of every member of the household, especially children."], bl)
    s += [Paragraph("The national context", h2),
          Paragraph("The Government's Tackling Domestic Abuse Plan (2022) is built around four pillars, which this strategy "
                    "reflects:", body)]
    s += bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"], bl, bullet="\u25cf")
    s += [Paragraph("The Thames Valley Police and Crime Plan also commits to tackling violence against women and girls, "
                    "including domestic abuse, and to funding perpetrator programmes.", body)]
    # objectives
    for i, (name, why, dos) in enumerate(OBJECTIVES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"o{i}", toc), Spacer(1, 6),
              Label(f"OBJECTIVE {i + 1}", BOLD, 11, GOLD), Spacer(1, 4),
              Banner(name, ban, GREEN if i % 2 == 0 else DEEP, pad=10, bleed_right=18 * mm),
              Spacer(1, 8), Paragraph(why, lead), FrameBreak(), Paragraph("We will", h2)]
        s += bullets(dos, bl, bullet="\u25b8")
        s += [FrameBreak(), Paragraph("What difference it will make", h2),
              Paragraph(["More people ask for help earlier, and from a wider range of services.",
                         "Victims and their children tell us the support they received helped them to be safe and to recover.",
                         "Fewer victims are turned away from safe accommodation and fewer have to leave Oxfordshire.",
                         "More perpetrators are identified and challenged, and fewer go on to abuse again.",
                         "Partners share information routinely and learn from reviews."][i], body),
              Spacer(1, 6), RuledBox([Paragraph("Lead", h3), Paragraph(
                  ["Oxfordshire County Council Public Health", "Commissioned domestic abuse service", "District and city housing authorities",
                   "Thames Valley Police and the Probation Service", "Domestic Abuse Strategic Board"][i], body)], PALE)]
    # governance
    s += [NextPageTemplate("single"), PageBreak(), Marker("gov", toc), Paragraph("Governance and accountability", h1),
          Paragraph("The Domestic Abuse Strategic Board oversees this strategy and the safe accommodation duty. It reports to "
                    "the Safer Oxfordshire Partnership and to the Oxfordshire Safeguarding Children Partnership and "
                    "Safeguarding Adults Board.", body), Paragraph("The board's sub-groups", h2)]
    s += bullets(["Safe Accommodation Group", "Perpetrator Group", "Children and Young People Group",
                  "Survivor Voice Panel", "Data and Performance Group"], bl)
    s += [Marker("plan", toc), Paragraph("Delivery plan summary", h2)]
    rows = [["Objective", "Key action", "Year"], ["1", "Healthy relationships offer to all secondary schools", "2024/25"],
            ["1", "Training for primary care", "2024/25"], ["2", "Recommission integrated service", "2025/26"],
            ["2", "Children's worker in each locality", "2024/25"], ["3", "Ten additional refuge spaces", "2025/26"],
            ["3", "Common housing pathway", "2024/25"], ["4", "Non-criminal justice perpetrator programme", "2024/25"],
            ["4", "Serial perpetrator panel", "2025/26"], ["5", "Shared dataset and dashboard", "2024/25"],
            ["5", "DHR learning events", "Annual"]]
    t = Table(rows, colWidths=[25 * mm, 115 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.8), ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
                           ("BACKGROUND", (0, 0), (-1, 0), DEEP), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#BBBBBB"))]))
    s += [t, NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header, banner_h=66 * mm), TITLE,
                       "Oxfordshire Domestic Abuse Strategic Board")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    assert run(first) == first
    return out
