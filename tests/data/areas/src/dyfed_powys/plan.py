"""Dyfed-Powys Police and Crime Plan 2021-2025: bilingual reportlab brochure (Liberation Sans / DejaVu Serif).

Five priorities, one per page (pp6-10).  Each priority page opens with a
full-width two-cell band: a dark cell holding "Priority" and the number, and a
lighter cell holding the English heading in large bold serif type with the
Welsh heading in italics under it.  The numbered objectives ("1.1 ...") follow.
The Welsh foreword (Rhagair, p3) names the priorities in Welsh; the English
foreword (p4) names them in running text; the vision page (p5) lists them with
their Welsh names in a two-column table.  The seven well-being goals and five
ways of working (p11), the partnership list, the measures and the budget are
distractors.
"""
from reportlab.lib.fonts import addMapping

from rl_kit import *  # noqa: F401,F403
from rl_kit import Marker

FILE = "plan/dyfed_powys_police_and_crime_plan_2021-25.pdf"
TITLE = "Dyfed-Powys Police and Crime Plan 2021–2025"
W, H = A4
NAVY, TEAL, GOLD, INK, MIST = hexc("#14304A"), hexc("#2C7A7B"), hexc("#C9A227"), hexc("#222222"), hexc("#E8F1F1")
REG, BOLD = fonts("liberation-sans")


def _serif():
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = Path("/usr/share/fonts/truetype/dejavu")
    for name, f in [("DPSerif", "DejaVuSerif.ttf"), ("DPSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DPSerif-Italic", "DejaVuSerif-Italic.ttf"), ("DPSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")]:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(d / f)))
    addMapping("DPSerif", 0, 0, "DPSerif")
    addMapping("DPSerif", 1, 0, "DPSerif-Bold")
    addMapping("DPSerif", 0, 1, "DPSerif-Italic")
    addMapping("DPSerif", 1, 1, "DPSerif-BoldItalic")


_serif()
SER, SERB, SERI = "DPSerif", "DPSerif-Bold", "DPSerif-Italic"

body = ParagraphStyle("body", fontName=REG, fontSize=9.8, leading=13.8, spaceAfter=5.5, textColor=INK)
cy = ParagraphStyle("cy", parent=body, fontName=SERI, textColor=hexc("#333333"))
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=2.5)
obj = ParagraphStyle("obj", parent=body, leftIndent=24, firstLineIndent=-24, spaceAfter=4.5)
h1 = ParagraphStyle("h1", fontName=SERB, fontSize=21, leading=25, textColor=NAVY, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=8, spaceAfter=4)
band_en = ParagraphStyle("ben", fontName=SERB, fontSize=20, leading=24, textColor=NAVY, spaceAfter=3)
band_cy = ParagraphStyle("bcy", fontName=SERI, fontSize=11.5, leading=14, textColor=TEAL)
band_no = ParagraphStyle("bno", fontName=BOLD, fontSize=8.5, leading=11, textColor=GOLD, alignment=TA_CENTER)
band_big = ParagraphStyle("bbig", fontName=SERB, fontSize=40, leading=42, textColor=colors.white, alignment=TA_CENTER)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=hexc("#666666"))
cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.6, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
celli = ParagraphStyle("celli", parent=cell, fontName=SERI)
toc: dict = {}

PRIORITIES = [
    ("Victims are supported", "Mae dioddefwyr yn cael eu cefnogi",
     "Victims are at the heart of everything I do. Every victim should be treated with dignity, believed, kept "
     "informed and given the help they need to cope and recover, whether or not they report the crime.",
     ["Every victim is offered a needs assessment and support through Goleudy, our victim and witness service, "
      "whether or not they report the crime.",
      "Fund specialist support for victims of domestic abuse and sexual violence, including independent domestic "
      "violence advisers, independent sexual violence advisers and the sexual assault referral centre.",
      "Keep victims informed about their case and hold every agency to the Victims' Code.",
      "Support victims and witnesses through the court process, so that they can give their best evidence.",
      "Offer restorative justice to every victim who wants it, at any stage of the justice process."],
     ["Victims satisfied with the service from Goleudy", "Victims' Code compliance", "Restorative justice referrals"]),
    ("Harm is prevented", "Mae niwed yn cael ei atal",
     "Preventing harm is better than responding to it. With our partners, I want to reach people early: children "
     "at risk, people who are exploited, and people whose lives are affected by violence, abuse and addiction.",
     ["Intervene early with children and young people at risk of becoming involved in offending, and divert them "
      "from the youth justice system wherever it is safe to do so.",
      "Protect children and vulnerable adults from exploitation, including criminal exploitation by county lines "
      "gangs, cuckooing and modern slavery.",
      "Prevent violence against women, domestic abuse and sexual violence, through education and healthy "
      "relationships work, and hold perpetrators to account, challenging them to change their behaviour through "
      "behaviour-change programmes.",
      "Reduce the harm caused by drugs and alcohol, working with the Area Planning Boards on treatment, naloxone "
      "and the prevention of drug-related deaths.",
      "Improve the response to people in mental health crisis, so that the right agency responds."],
     ["Children diverted from the justice system", "Repeat victims of domestic abuse", "Drug-related deaths"]),
    ("Communities are safe and feel safe", "Mae cymunedau'n ddiogel ac yn teimlo'n ddiogel",
     "Dyfed-Powys is one of the safest places in England and Wales. I want to keep it that way, in our towns and "
     "in our most remote rural communities, and I want people to feel as safe as they are.",
     ["Tackle serious violence and knife crime with our partners under the Serious Violence Duty, including "
      "violence involving young people and violence in the night-time economy.",
      "Reduce anti-social behaviour and neighbourhood crime.",
      "Tackle rural, wildlife and heritage crime, with the Rural Crime Team and farming communities.",
      "Make our roads safer, reducing deaths and serious injuries caused by the fatal five.",
      "Disrupt drug supply, county lines and serious organised crime.",
      "Protect people from fraud, scams and online crime, especially older and vulnerable people.",
      "Tackle hate crime and build cohesive communities."],
     ["Residents who feel safe (survey)", "Anti-social behaviour incidents", "People killed or seriously injured on "
      "our roads", "County lines closed"]),
    ("The criminal justice system is efficient and effective", "Mae'r system cyfiawnder troseddol yn effeithlon ac "
     "yn effeithiol",
     "A justice system that works for victims also works to stop offending. With the Dyfed-Powys Criminal "
     "Justice Board, I will press for swifter justice and for more offenders to be helped to stop.",
     ["Reduce delays in bringing cases to court, with the Crown Prosecution Service and HM Courts and Tribunals "
      "Service.",
      "Reduce reoffending through integrated offender management, working with the Probation Service on "
      "accommodation, education, training and employment on release.",
      "Divert adults from the justice system where appropriate, through out-of-court disposals that address the "
      "causes of offending.",
      "Support women in the justice system, in line with the Female Offending Blueprint for Wales.",
      "Work with the youth justice services to reduce reoffending by children."],
     ["Time from charge to trial", "Proven reoffending rate", "Completion of out-of-court disposals"]),
    ("Policing is visible, accessible and trusted", "Mae plismona yn weladwy, yn hygyrch ac yn cael ei ymddiried",
     "People want to see and reach their police, in the language of their choice, and to trust that officers "
     "act fairly and to the highest standards.",
     ["Answer 999 and 101 calls quickly, and make it easy to contact the police online.",
      "Keep neighbourhood policing visible in every town and rural community.",
      "Provide a fully bilingual service, so that the public can deal with the police in Welsh or English.",
      "Maintain the highest standards of conduct and vetting, and scrutinise the use of stop and search and force.",
      "Invest in the wellbeing, training and estate of the police workforce."],
     ["101 calls answered within target", "Public confidence (survey)", "Complaints resolved"]),
]

GOALS = [("A prosperous Wales", "Cymru lewyrchus"), ("A resilient Wales", "Cymru gydnerth"),
         ("A healthier Wales", "Cymru iachach"), ("A more equal Wales", "Cymru sy'n fwy cyfartal"),
         ("A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
         ("A Wales of vibrant culture and thriving Welsh language",
          "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu"),
         ("A globally responsible Wales", "Cymru sy'n gyfrifol ar lefel fyd-eang")]


def deco(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
    c.setFillColor(NAVY)
    c.setFont(REG, 7.6)
    c.drawString(20 * mm, H - 13 * mm, "Cynllun Heddlu a Throseddu  |  Police and Crime Plan 2021–2025")
    c.drawRightString(W - 20 * mm, H - 13 * mm, "Diogelu ein Cymunedau Gyda'n Gilydd")
    c.setFillColor(TEAL)
    c.circle(W / 2, 12 * mm, 4.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W / 2, 10.9 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(20 * mm, H - 105 * mm, 30 * mm, 1.6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 30 * mm, "COMISIYNYDD HEDDLU A THROSEDDU DYFED-POWYS")
    c.drawString(20 * mm, H - 36 * mm, "DYFED-POWYS POLICE AND CRIME COMMISSIONER")
    c.setFont(SERI, 20)
    c.drawString(20 * mm, H - 120 * mm, "Cynllun Heddlu a Throseddu")
    c.setFont(SERB, 30)
    c.drawString(20 * mm, H - 136 * mm, "Police and Crime Plan")
    c.setFont(REG, 20)
    c.drawString(20 * mm, H - 152 * mm, "2021–2025")
    c.setFont(SERI, 12)
    c.drawString(20 * mm, 48 * mm, "Diogelu ein Cymunedau Gyda'n Gilydd")
    c.setFont(SER, 12)
    c.drawString(20 * mm, 40 * mm, "Safeguarding our Communities Together")
    c.setFont(REG, 8)
    c.drawString(20 * mm, 20 * mm, "Mae'r ddogfen hon ar gael yn Gymraeg.  This document is available in Welsh.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(20 * mm, 80 * mm, "Swyddfa'r Comisiynydd Heddlu a Throseddu")
    c.drawString(20 * mm, 73 * mm, "Office of the Police and Crime Commissioner")
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 64 * mm, "opcc@dyfedpowys-pcc.example  ·  01000 000000 (illustrative)")
    c.drawString(20 * mm, 57 * mm, "Rydym yn croesawu gohebiaeth yn Gymraeg.  We welcome correspondence in Welsh.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 22 * mm, W - 40 * mm, H - 44 * mm, id="s", **pad)], onPage=deco),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_page(i, name, cym, intro, objectives, measures):
    fw = W - 40 * mm
    band = Table([[[Paragraph("PRIORITY", band_no), Paragraph(str(i), band_big)],
                   [Paragraph(name, band_en), Paragraph(cym, band_cy)]]],
                 colWidths=[30 * mm, fw - 30 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), NAVY), ("BACKGROUND", (1, 0), (1, 0), MIST),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 9),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (1, 0), (1, 0), 9 * mm)]))
    s = [band, Spacer(1, 10), Paragraph(intro, body), Paragraph("What I will do: my objectives", h2)]
    for k, o in enumerate(objectives, 1):
        s.append(Paragraph(f"<b>{i}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
    s.append(Paragraph("How we will know", h2))
    s += bullets(measures, bl)
    return s


def story(pages):
    fw = W - 40 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Cynnwys  |  Contents", h1), Spacer(1, 6)]
    for text, key, ind in [("Rhagair", "rh", 0), ("Foreword", "fw", 0), ("Dyfed-Powys and my vision", "vis", 0),
                           ("My priorities", "p1", 0), ("Victims are supported", "p1", 14),
                           ("Harm is prevented", "p2", 14), ("Communities are safe and feel safe", "p3", 14),
                           ("The criminal justice system is efficient and effective", "p4", 14),
                           ("Policing is visible, accessible and trusted", "p5", 14),
                           ("Working with partners", "part", 0), ("Governance and resources", "gov", 0)]:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10.5, NAVY, indent=ind, gap=12))
    s += [PageBreak(), Marker("rh", toc), Paragraph("Rhagair", h1)]
    for t in [
        "Mae'n bleser gennyf gyflwyno fy Nghynllun Heddlu a Throseddu ar gyfer 2021–2025. Mae'r cynllun yn nodi'r "
        "hyn y byddaf yn ei ddisgwyl gan Heddlu Dyfed-Powys a'n partneriaid dros y pedair blynedd nesaf.",
        "Mae'n seiliedig ar yr hyn a ddywedodd y cyhoedd, dioddefwyr a'n partneriaid wrthym. Mae ganddo bum "
        "blaenoriaeth: mae dioddefwyr yn cael eu cefnogi; mae niwed yn cael ei atal; mae cymunedau'n ddiogel ac yn "
        "teimlo'n ddiogel; mae'r system cyfiawnder troseddol yn effeithlon ac yn effeithiol; ac mae plismona yn "
        "weladwy, yn hygyrch ac yn cael ei ymddiried.",
        "Ni allaf gyflawni'r cynllun hwn ar fy mhen fy hun. Byddaf yn gweithio gyda'r Byrddau Gwasanaethau "
        "Cyhoeddus, y partneriaethau diogelwch cymunedol a'r gwasanaethau eraill yn Sir Gaerfyrddin, Ceredigion, "
        "Sir Benfro a Phowys.",
        "Diolch i bawb a gyfrannodd at y cynllun hwn."]:
        s.append(Paragraph(t, cy))
    s.append(Paragraph("<b>Comisiynydd Heddlu a Throseddu Dyfed-Powys</b>", body))
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "I am pleased to present my Police and Crime Plan for 2021 to 2025. It sets out what I expect of Dyfed-Powys "
        "Police and of our partners over the next four years, and how I will hold the Chief Constable to account.",
        "The plan is built on what the public, victims and our partners told us. Its five priorities are that "
        "victims are supported, that harm is prevented, that communities are safe and feel safe, that the criminal "
        "justice system is efficient and effective, and that policing is visible, accessible and trusted.",
        "Dyfed-Powys covers more than half of the land mass of Wales. Our communities range from market towns and "
        "coastal resorts to some of the most sparsely populated places in Britain. Policing them well depends on "
        "partnership with the four councils, the Public Services Boards, the health boards, the fire and rescue "
        "service, the third sector and the Welsh Government.",
        "Although policing is not a devolved service, I have chosen to adopt the five ways of working of the "
        "Well-being of Future Generations (Wales) Act 2015 in this plan.",
        "This plan was first published in 2021 and was refreshed in 2023."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Dyfed-Powys Police and Crime Commissioner</b>", body))
    s += [PageBreak(), Marker("vis", toc), Paragraph("Dyfed-Powys and my vision", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small)]
    s.append(Tiles([("4", "local authority areas"), ("520,000", "residents (illustrative)"),
                    ("10,500 km<super>2</super>", "of land to police"), ("34,000", "crimes recorded in a year"),
                    ("19%", "of residents speak Welsh"), ("1 in 3", "crimes with a rural connection")], 3, fw,
                   ParagraphStyle("tn", fontName=SERB, fontSize=17, leading=20, textColor=NAVY),
                   ParagraphStyle("tc", parent=body, fontSize=8.6, leading=11, spaceAfter=0), [MIST], gap=5))
    s += [Paragraph("My vision", h2),
          Paragraph("Safeguarding our communities together: a police force and partners that keep Dyfed-Powys one "
                    "of the safest places to live, work and visit, and that put victims first.", body),
          Paragraph("My priorities in Welsh and English", h2)]
    rows = [[Paragraph("<b>Cymraeg</b>", cell), Paragraph("<b>English</b>", cell)]]
    rows += [[Paragraph(cymn, celli), Paragraph(n, cell)] for n, cymn, *_ in PRIORITIES]
    t = Table(rows, colWidths=[fw / 2, fw / 2])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#B8CFCF")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), MIST)]))
    s += [t, Paragraph("Our values", h2)]
    s += bullets(["Fairness", "Integrity", "Respect", "Empathy"], bl)
    for i, pr in enumerate(PRIORITIES, 1):
        s += [PageBreak(), Marker(f"p{i}", toc)] + priority_page(i, *pr)
    s += [PageBreak(), Marker("part", toc), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan depends on partners. Each of the four Public Services Boards publishes a "
                    "well-being plan under the Well-being of Future Generations (Wales) Act 2015, and community "
                    "safety partnerships now sit within or alongside them. I fund and support:", body)]
    s += bullets(["the community safety partnerships of Carmarthenshire, Ceredigion, Pembrokeshire and Powys;",
                  "the Mid and West Wales VAWDASV regional board;",
                  "the Dyfed and Powys Area Planning Boards for substance misuse;",
                  "the four youth justice services;",
                  "the Dyfed-Powys Serious Violence Duty partnership; and",
                  "the Dyfed-Powys Criminal Justice Board."], bl)
    s.append(Paragraph("The seven well-being goals", h2))
    rows = [[Paragraph(en, cell), Paragraph(cymn, celli)] for en, cymn in GOALS]
    t = Table(rows, colWidths=[fw * 0.5, fw * 0.5])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#CCCCCC"))]))
    s += [t, Paragraph("The five ways of working", h2),
          Paragraph("Long term · Prevention · Integration · Collaboration · Involvement", body),
          Paragraph("My plan contributes most to a resilient Wales, a healthier Wales, a more equal Wales and a Wales "
                    "of cohesive communities.", body)]
    s += [PageBreak(), Marker("gov", toc), Paragraph("Governance and resources", h1),
          Paragraph("I hold the Chief Constable to account through a quarterly Policing Accountability Board, which "
                    "meets in public. The Dyfed-Powys Police and Crime Panel scrutinises my decisions.", body),
          Paragraph("Budget 2023–24 (illustrative)", h2)]
    rows = [["", "£m"], ["Police officers and staff", "98.4"], ["Premises and transport", "14.2"],
            ["Commissioned services for victims", "3.1"], ["Community safety and partnership grants", "1.9"],
            ["Office of the Commissioner", "1.4"], ["Total", "119.0"]]
    t = Table([[Paragraph(a, cell), Paragraph(b, cell)] for a, b in rows], colWidths=[fw * 0.7, fw * 0.3])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, hexc("#CCCCCC")), ("BACKGROUND", (0, 0), (-1, 0), MIST),
                           ("BACKGROUND", (0, -1), (-1, -1), MIST)]))
    s += [t, Paragraph("Measures", h2),
          Paragraph("Each priority page lists the measures I will publish every quarter. All figures in this plan "
                    "are illustrative.", body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, templates(), TITLE, "Dyfed-Powys Police and Crime Commissioner")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
