"""Powys Community Safety Partnership Strategy 2023-2027: reportlab report (DejaVu Sans Condensed), Welsh first.

The Welsh pages come first: Rhagair (p3) and "Ein blaenoriaethau" (p4), which
lists the five priorities in Welsh only.  The English pages follow.  The five
priorities are stated in English on pp7-8 as full-width coloured banners (white
heading text on a dark band with a lighter accent strip on the left), each
followed by a paragraph and "What we will do" bullets; the Welsh title is set
in small italics under each banner.  Distractors: the Welsh list (p4), the
Powys Public Services Board's well-being objectives (p5), the key findings
(p6), the PCC's five priorities quoted in the governance section (p9), the
delivery table's short names and the measures.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import Banner, Marker

FILE = "strategies/powys_community_safety_partnership_strategy_2023-27.pdf"
TITLE = "Powys Community Safety Partnership Strategy 2023–2027"
W, H = A4
PLUM, LEAF, INK, PALE = hexc("#4B2A5C"), hexc("#7FA34B"), hexc("#1E1E1E"), hexc("#F1ECF4")
REG, BOLD = fonts("dejavu-cond")


def _italic():
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "PWCondItalic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PWCondItalic",
                                       str(Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"))))
    return "PWCondItalic"


ITAL = _italic()
body = ParagraphStyle("body", fontName=REG, fontSize=9.8, leading=13.8, spaceAfter=5, textColor=INK)
cyb = ParagraphStyle("cyb", parent=body, fontName=REG)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=21, leading=25, textColor=PLUM, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=LEAF, spaceBefore=7, spaceAfter=4)
ban = ParagraphStyle("ban", fontName=BOLD, fontSize=14.5, leading=18, textColor=colors.white)
cyt = ParagraphStyle("cyt", fontName=ITAL, fontSize=8.6, leading=11, textColor=hexc("#6B5A75"), spaceBefore=3,
                     spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=hexc("#666666"))
cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.5, spaceAfter=0)
toc: dict = {}

PRIORITIES = [
    ("Protecting rural communities from rural and wildlife crime",
     "Diogelu cymunedau gwledig rhag troseddau gwledig a throseddau bywyd gwyllt",
     "Powys is the most sparsely populated county in Wales. Theft of farm machinery, livestock worrying, poaching "
     "and wildlife crime hit farming families hard, and are often not reported.",
     ["Extend Farm Watch and rural crime surgeries at livestock markets.", "Work with Natural Resources Wales on "
      "poaching, raptor persecution and illegal waste.", "Report back to farming unions every six months."]),
    ("Working together to reduce anti-social behaviour", "Cydweithio i leihau ymddygiad gwrthgymdeithasol",
     "Anti-social behaviour in Newtown, Welshpool, Brecon and Llandrindod Wells is the concern residents raise "
     "most often with councillors.",
     ["Hold monthly problem-solving meetings in each town.", "Use acceptable behaviour contracts before "
      "enforcement.", "Fund youth provision on Friday and Saturday evenings."]),
    ("Reducing the harm caused by drugs and alcohol", "Lleihau'r niwed a achosir gan gyffuriau ac alcohol",
     "Drug and alcohol use lies behind much of the harm we see, from domestic abuse to deaths on the roads.",
     ["Promote the Powys Area Planning Board's treatment and naloxone services.", "Train licensees in responsible "
      "alcohol sales.", "Support families affected by substance misuse."]),
    ("Tackling county lines and the exploitation that comes with them",
     "Mynd i'r afael â llinellau cyffuriau a'r camfanteisio sy'n dod gyda nhw",
     "Dealing lines from Birmingham, Liverpool and the Welsh valleys reach into our market towns. They take over "
     "the homes of vulnerable tenants and use local children to carry drugs.",
     ["Close down dealing lines with Dyfed-Powys Police's proactive teams.", "Safeguard the children and "
      "vulnerable adults the lines exploit, through the exploitation panel.", "Agree a cuckooing protocol with "
      "housing associations."]),
    ("Keeping people safe from fraud and scams", "Cadw pobl yn ddiogel rhag twyll a sgamiau",
     "Fraud is now the crime people in Powys are most likely to experience, from doorstep rogue traders to "
     "online investment scams.",
     ["Run scams awareness sessions with Trading Standards.", "Install call blockers for residents targeted by "
      "phone scams.", "Create No Cold Calling Zones where residents ask for them."]),
]


def deco(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(REG, 7.5)
    c.drawString(18 * mm, H - 6 * mm, "Partneriaeth Diogelwch Cymunedol Powys  ·  Powys Community Safety Partnership")
    c.setFillColor(PLUM)
    c.setFont(BOLD, 8.5)
    c.drawRightString(W - 18 * mm, 11 * mm, f"Tudalen / Page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PALE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(PLUM)
    c.rect(0, H - 120 * mm, W, 120 * mm, stroke=0, fill=1)
    c.setFillColor(LEAF)
    c.rect(0, H - 124 * mm, W, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(18 * mm, H - 25 * mm, "Bwrdd Gwasanaethau Cyhoeddus Powys  |  Powys Public Services Board")
    c.setFont(BOLD, 24)
    c.drawString(18 * mm, H - 70 * mm, "Strategaeth Diogelwch Cymunedol")
    c.setFont(REG, 24)
    c.drawString(18 * mm, H - 82 * mm, "Community Safety Strategy")
    c.setFont(REG, 16)
    c.drawString(18 * mm, H - 100 * mm, "2023–2027")
    c.setFillColor(PLUM)
    c.setFont(REG, 9)
    c.drawString(18 * mm, 30 * mm, "Cymraeg yn gyntaf, yna Saesneg.  Welsh first, then English.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(18 * mm, 70 * mm, "Powys Community Safety Partnership")
    c.setFont(REG, 9.5)
    c.drawString(18 * mm, 62 * mm, "communitysafety@powys.example  ·  01000 111111 (illustrative)")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 40 * mm, id="s", **pad)], onPage=deco),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    fw = W - 36 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Cynnwys / Contents", h1), Spacer(1, 4)]
    for text, key in [("Rhagair", "rh"), ("Ein blaenoriaethau", "eb"), ("Foreword", "fw"),
                      ("Powys today", "ctx"), ("Our priorities", "pri"), ("Delivery, measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, PLUM, leader=True, gap=13))
    s += [PageBreak(), Marker("rh", toc), Paragraph("Rhagair", h1)]
    for t in [
        "Mae Powys yn lle diogel i fyw, i weithio ac i ymweld ag ef. Mae'r strategaeth hon yn nodi sut y bydd "
        "Partneriaeth Diogelwch Cymunedol Powys yn cadw ein cymunedau'n ddiogel dros y pedair blynedd nesaf.",
        "Mae'r bartneriaeth yn rhan o Fwrdd Gwasanaethau Cyhoeddus Powys. Mae'n cynnwys Cyngor Sir Powys, Heddlu "
        "Dyfed-Powys, Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru, Bwrdd Iechyd Addysgu Powys a'r "
        "Gwasanaeth Prawf.",
        "Diolch i bawb a rannodd eu barn gyda ni."]:
        s.append(Paragraph(t, cyb))
    s.append(Paragraph("<b>Cadeirydd, Partneriaeth Diogelwch Cymunedol Powys</b>", body))
    s += [PageBreak(), Marker("eb", toc), Paragraph("Ein blaenoriaethau", h1),
          Paragraph("Mae'r bartneriaeth wedi cytuno ar bum blaenoriaeth ar gyfer 2023–2027:", cyb)]
    for i, (_, cym, *_r) in enumerate(PRIORITIES, 1):
        s.append(Paragraph(f"<b>{i}.</b>&nbsp;&nbsp;{cym}", bl))
    s.append(Paragraph("Mae'r fersiwn Saesneg yn dilyn.", cyb))
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "Powys is a safe place to live, work and visit. This strategy sets out how the Powys Community Safety "
        "Partnership will keep our communities safe over the next four years.",
        "Since 2017 the partnership has been part of the Powys Public Services Board. Its members are Powys County "
        "Council, Dyfed-Powys Police, Mid and West Wales Fire and Rescue Service, Powys Teaching Health Board and "
        "the Probation Service, with the Police and Crime Commissioner and the voluntary sector.",
        "The Public Services Board's well-being plan has three well-being objectives (summarised): a fair and "
        "prosperous Powys; a connected and resilient Powys; and a safe and healthy Powys. This strategy is the "
        "partnership's contribution to the third of them, and to the well-being goal of a Wales of cohesive "
        "communities.",
        "Thank you to everyone who shared their views with us."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, Powys Community Safety Partnership</b>", body))
    s += [PageBreak(), Marker("ctx", toc), Paragraph("Powys today", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small)]
    rows = [("133,000", "residents, in a quarter of the land area of Wales"), ("8,600", "crimes recorded a year"),
            ("2,100", "anti-social behaviour incidents"), ("340", "rural crimes, a third of them thefts of machinery"),
            ("27", "county lines identified in two years"), ("£2.4m", "lost to fraud by Powys residents in a year")]
    t = Table([[Paragraph(f"<b>{a}</b>", ParagraphStyle("n", parent=body, fontSize=15, leading=18,
                                                        textColor=PLUM)), Paragraph(b, body)] for a, b in rows],
              colWidths=[32 * mm, fw - 32 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#D6CCDC")), ("VALIGN", (0, 0), (-1, -1),
                                                                                   "MIDDLE")]))
    s += [t, Paragraph("Key findings of our strategic assessment", h2)]
    s += bullets(["Rural crime is rising and under-reported.", "Anti-social behaviour is concentrated in four "
                  "towns.", "Exploitation by county lines is the most serious threat to young people.",
                  "Older residents are the main targets of doorstep and telephone fraud.",
                  "Domestic abuse is led by the regional VAWDASV board and is not a separate priority in this "
                  "strategy."], bl)
    s += [PageBreak(), Marker("pri", toc), Paragraph("Our priorities", h1),
          Paragraph("The partnership has agreed five priorities for 2023–2027.", body), Spacer(1, 4)]
    for i, (en, cym, txt, acts) in enumerate(PRIORITIES, 1):
        if i == 4:
            s.append(PageBreak())
        s.append(Banner(en, ban, PLUM, pad=8, accent=LEAF))
        s.append(Paragraph(cym, cyt))
        s.append(Paragraph(txt, body))
        s.append(Paragraph("<b>What we will do</b>", body))
        s += bullets(acts, bl)
        s.append(Spacer(1, 8))
    s += [PageBreak(), Marker("gov", toc), Paragraph("Delivery, measures and governance", h1)]
    rows = [["Short name", "Lead", "Measure (baseline, illustrative)"],
            ["Rural", "Dyfed-Powys Police", "Rural crimes reported (340)"],
            ["ASB", "Powys County Council", "ASB incidents (2,100)"],
            ["Substances", "Area Planning Board", "Alcohol-related admissions (620)"],
            ["County lines", "Dyfed-Powys Police", "Lines closed (27)"],
            ["Scams", "Trading Standards", "Call blockers installed (150)"]]
    t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=[30 * mm, 50 * mm, fw - 80 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.5,
                                                                   hexc("#D6CCDC"))]))
    s += [t, Paragraph("Governance", h2),
          Paragraph("The partnership meets quarterly and reports to the Powys Public Services Board. Its work also "
                    "supports the Police and Crime Commissioner's plan, whose priorities are:", body)]
    for k, ptxt in enumerate(["Victims are supported", "Harm is prevented", "Communities are safe and feel safe",
                              "The criminal justice system is efficient and effective",
                              "Policing is visible, accessible and trusted"], 1):
        s.append(Paragraph(f"{k}.&nbsp;&nbsp;{ptxt}", bl))
    s.append(Paragraph("All figures in this strategy are illustrative.", small))
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, templates(), TITLE, "Powys Community Safety Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
