"""Gwent Police and Crime Plan 2025-2029 (Police and Crime Commissioner for Gwent): reportlab brochure
(Liberation Sans body, DejaVu Serif headings), with Welsh titles.

Six priorities, two to a page on pp6-8 (P1 alone on p5 after the page introduction, P6 alone on p8).  Each
priority is a **bilingual heading line**: the English heading in serif bold, then a thin vertical bar and the
Welsh heading in grey italics **on the same line** (P3's English heading wraps and its Welsh heading starts
mid-line), over a rule, a tag line and the numbered objectives "1.1 ..." under "What I will do", which decide
where each partner topic belongs.  No priority number is printed.  The "What you told us" findings (p4), the
seven national well-being goals (p9), the partnership list (p9) and the budget (p10) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/gwent_police_and_crime_plan_2025-29.pdf"
TITLE = "Gwent Police and Crime Plan 2025–2029"

NAVY, TEAL, INK, GREY = hexc("#14325C"), hexc("#0F7C8C"), hexc("#1C2430"), hexc("#6B7280")
LINE = hexc("#C9D6E3")
FILLS = [hexc("#14325C"), hexc("#0F7C8C"), hexc("#5B2A6E"), hexc("#2E6B3A"), hexc("#8A4B12"), hexc("#38495E")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("dejavu")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

for _n, _f in (("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"), ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
               ("DejaVuSerif", "DejaVuSerif.ttf"), ("LiberationSans-Italic", "LiberationSans-Italic.ttf")):
    if _n not in pdfmetrics.getRegisteredFontNames():
        _dir = "/usr/share/fonts/truetype/dejavu/" if _n.startswith("DejaVu") else "/usr/share/fonts/truetype/liberation/"
        pdfmetrics.registerFont(TTFont(_n, _dir + _f))
SERB, SERI, SER, ITAL = "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif", "LiberationSans-Italic"
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=13.2, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.8, leading=12.4, leftIndent=22, firstLineIndent=-22, spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=SERB, fontSize=21, leading=26, textColor=NAVY, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=TEAL, spaceBefore=8, spaceAfter=4)
head = ParagraphStyle("head", fontName=SERB, fontSize=15.5, leading=21, textColor=NAVY, spaceAfter=2)
tag = ParagraphStyle("tag", fontName=ITAL, fontSize=10.5, leading=14, textColor=GREY, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Keep neighbourhoods safe", "Cadw cymdogaethau’n ddiogel",
     "Visible, local policing that solves problems with communities.",
     ["Keep neighbourhood policing teams visible in every ward, and solve anti-social behaviour problems with the "
      "councils, housing associations and residents.",
      "Reduce burglary, vehicle crime, shop theft and crime against businesses in our town centres.",
      "Tackle rural, wildlife and heritage crime, including farm and machinery theft, livestock worrying and "
      "fly-tipping, with the Rural Crime Team.",
      "Make our roads safer by enforcing against the \u201cfatal four\u201d, and tackle the nuisance use of "
      "off-road bikes.",
      "Encourage people to report hate crime, support its victims, and work with the councils\u2019 community "
      "cohesion teams to reduce community tensions."]),
    ("Combat serious crime", "Mynd i’r afael â throseddau difrifol",
     "Relentless pursuit of the people who cause the most harm.",
     ["Disrupt organised crime groups, drug supply and county lines, and protect people whose homes are taken over "
      "by dealers (cuckooing).",
      "Reduce serious violence and knife crime with the partners under the Serious Violence Duty, taking a public "
      "health approach from early prevention to enforcement.",
      "Protect children and adults from criminal and sexual exploitation, modern slavery and human trafficking.",
      "Protect people, especially older residents, from fraud, scams and cyber crime."]),
    ("Tackle violence against women, domestic abuse and sexual violence",
     "Mynd i’r afael â thrais yn erbyn menywod, cam-drin domestig a thrais rhywiol",
     "Women and girls safe at home, online and in public.",
     ["Improve the police response to domestic abuse, rape, sexual offences and stalking, from the first call to "
      "the charging decision.",
      "Hold perpetrators to account through arrest, protective orders and the courts, and fund programmes that "
      "change their behaviour.",
      "Make streets, transport and the night-time economy safer for women and girls.",
      "Work with the Gwent VAWDASV Regional Board to prevent abuse before it starts, by challenging the attitudes "
      "behind it and supporting healthy relationships education in schools."]),
    ("Support victims and protect the vulnerable", "Cefnogi dioddefwyr a diogelu pobl agored i niwed",
     "Help to cope and recover, for every victim who needs it.",
     ["Commission a victims\u2019 hub so that every victim of crime is offered help to cope and recover, including "
      "restorative justice for those who want it.",
      "Fund specialist support for survivors of domestic abuse and sexual violence: independent advisers, the sexual "
      "assault referral centre, refuges and counselling.",
      "Make sure that people in mental health crisis get the right care from the right agency.",
      "Reduce the harm caused by drugs and alcohol, working with the Gwent Area Planning Board on treatment, "
      "naloxone and the review of every drug-related death."]),
    ("Increase community confidence in policing", "Cynyddu hyder y gymuned mewn plismona",
     "A police service that people trust and can reach.",
     ["Make it easier to contact Gwent Police, and keep people informed about what happens next.",
      "Scrutinise stop and search and the use of force through independent community panels.",
      "Deliver the Police Race Action Plan and make the workforce more representative of Gwent.",
      "Uphold the highest standards of behaviour, and deal robustly with misconduct."]),
    ("Drive sustainable policing", "Sbarduno plismona cynaliadwy",
     "Value for money today, and less demand tomorrow.",
     ["Spend every pound well, and look after the wellbeing of officers, staff and volunteers.",
      "Reduce the carbon footprint of the police estate and fleet.",
      "Reduce future demand by diverting children and young people from the criminal justice system and by "
      "reducing reoffending by children, with the youth justice services and the Turnaround programme.",
      "Reduce reoffending by adults with the Probation Service, prisons and councils: integrated offender "
      "management, diversion schemes for adults and for women, settled accommodation and work on release, and "
      "drug and alcohol treatment for people in the justice system, from arrest through custody into the "
      "community.",
      "Work with the other Welsh forces and public bodies in the spirit of the Well-being of Future Generations "
      "(Wales) Act 2015."]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(20 * mm, H - 12 * mm, "Police and Crime Commissioner for Gwent  |  Comisiynydd Heddlu a Throseddu Gwent")
    c.drawRightString(W - 20 * mm, H - 12 * mm, "Police and Crime Plan 2025–2029")
    c.setFillColor(NAVY)
    c.rect(W - 34 * mm, 8 * mm, 14 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W - 27 * mm, 10.3 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 62 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#F2B632"))
    c.rect(20 * mm, H - 150 * mm, 30 * mm, 2.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9)
    c.drawString(20 * mm, H - 24 * mm, "POLICE AND CRIME COMMISSIONER FOR GWENT")
    c.setFont(REG, 9)
    c.drawString(20 * mm, H - 30 * mm, "Comisiynydd Heddlu a Throseddu Gwent")
    c.setFont(SERB, 34)
    c.drawString(20 * mm, H - 105 * mm, "Police and Crime Plan")
    c.setFont(SERI, 17)
    c.drawString(20 * mm, H - 118 * mm, "Cynllun Heddlu a Throseddu")
    c.setFont(SER, 20)
    c.drawString(20 * mm, H - 140 * mm, "2025–2029")
    c.setFont(REG, 9.5)
    c.drawString(20 * mm, 40 * mm, "Newport · Caerphilly · Blaenau Gwent · Torfaen · Monmouthshire")
    c.drawString(20 * mm, 33 * mm, "Mae’r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SERB, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Gwent")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: commissioner@gwent-opcc.example", "Telephone: 01633 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "We welcome correspondence in Welsh and English. Croesewir gohebiaeth yn Gymraeg a Saesneg."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def priority_block(i, name, welsh, tg, objs):
    """English heading, a thin bar and the Welsh heading on the same line; rule; tag line; objectives."""
    fw = W - 40 * mm
    hd = Paragraph(f'{name}<font name="{REG}" size="15" color="#9AA5B1">&nbsp;&nbsp;|&nbsp;&nbsp;</font>'
                   f'<font name="{SERI}" size="11.5" color="#6B7280">{welsh}</font>', head)
    bar = Table([[hd]], colWidths=[fw])
    bar.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 4, FILLS[i]), ("LEFTPADDING", (0, 0), (0, 0), 9),
                             ("TOPPADDING", (0, 0), (0, 0), 2), ("BOTTOMPADDING", (0, 0), (0, 0), 4),
                             ("LINEBELOW", (0, 0), (0, 0), 0.8, LINE)]))
    inner = [Spacer(1, 4), Paragraph(tg, tag), Paragraph("What I will do", h2)]
    for k, o in enumerate(objs, 1):
        inner.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
    return [KeepTogether([bar] + inner), Spacer(1, 16)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents | Cynnwys", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Gwent today", "ctx", 0), ("My priorities", "pr", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else NAVY, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Gwent is a place of proud communities, from the city of Newport to the valleys of Blaenau Gwent, Caerphilly "
        "and Torfaen and the market towns and farms of Monmouthshire. This plan sets out what I expect of Gwent "
        "Police, and what I will do with partners, over the next four years.",
        "More than 2,400 residents, victims, young people and businesses answered my consultation (illustrative). "
        "They asked for police they can see and reach, for action on anti-social behaviour and drug dealing, and for "
        "women and girls to be safe.",
        "Policing in Wales works alongside devolved public services. Much of what keeps people safe, from health to "
        "housing to education, is delivered by Welsh public bodies, and I will work with them through the Gwent "
        "Public Services Board and its partnerships.",
        "My plan has six priorities. Under each are numbered objectives, and it is against those objectives that I "
        "will hold the Chief Constable, my office and the services I commission to account.",
        "<b>Police and Crime Commissioner for Gwent</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("Rhagair (crynodeb)", h2),
          Paragraph("<i>Mae’r cynllun hwn yn nodi chwe blaenoriaeth ar gyfer plismona yng Ngwent rhwng 2025 a 2029. "
                    "Mae fersiwn Gymraeg lawn ar gael.</i>", body)]
    s += [Paragraph("How this plan was made", h2)]
    s += bullets(["<b>Listening</b>: a public survey, focus groups and meetings with partners.",
                  "<b>Evidence</b>: the force strategic assessment and the partnerships\u2019 own assessments.",
                  "<b>Future generations</b>: the five ways of working: long term, prevention, integration, "
                  "collaboration and involvement."], bl)
    s += [PageBreak(), Paragraph("Gwent today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("600,000", "residents in five local authority areas"),
                    ("1,550", "square kilometres, urban and rural"),
                    ("57,400", "crimes recorded in 2023/24"), ("1 in 6", "crimes linked to domestic abuse"),
                    ("14,800", "anti-social behaviour incidents"), ("1,600", "police officers")], 3, W - 40 * mm,
                   num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour, off-road bikes and drug dealing were the top worries in the valleys.",
                  "Speeding and rural theft were the top worries in Monmouthshire.",
                  "Women and girls told me they feel less safe in Newport city centre at night.",
                  "Victims wanted to be kept informed and to be believed.",
                  "Young people wanted more to do and more trust between them and the police."], bl)
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Six priorities, each with its English and Welsh title and its own objectives. They are listed in "
                    "no order of importance.", body), Spacer(1, 8)]
    for i, (name, welsh, tg, objs) in enumerate(PRIORITIES):
        if i in (1, 3, 5):
            s.append(PageBreak())
        s += priority_block(i, name, welsh, tg, objs)
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The Gwent Public Services Board and Safer Gwent, the regional community safety partnership",
                  "The community safety partnerships of Newport, Caerphilly, Blaenau Gwent, Torfaen and Monmouthshire",
                  "The Gwent Violence against Women, Domestic Abuse and Sexual Violence (VAWDASV) Regional Board",
                  "The Gwent Serious Violence Prevention Board (the Serious Violence Duty partnership)",
                  "The Gwent Area Planning Board for substance misuse",
                  "The youth justice services of Gwent",
                  "The Gwent Reducing Reoffending Board and the Local Criminal Justice Board"], bl)
    s.append(Paragraph("The well-being goals for Wales", h2))
    s.append(Paragraph("As a partner of Welsh public bodies I support the seven national well-being goals of the "
                       "Well-being of Future Generations (Wales) Act 2015. They are national goals, not priorities of "
                       "this plan:", body))
    s += bullets(["A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
                  "A Wales of cohesive communities", "A Wales of vibrant culture and thriving Welsh language",
                  "A globally responsible Wales"], bl)
    s += [PageBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account at my public Strategy and Performance Board. The Gwent "
                    "Police and Crime Panel scrutinises my decisions. The table shows the 2025/26 budget "
                    "(illustrative).", body)]
    ft = Table([["Area", "£m"], ["Gwent Police (net)", "181.6"], ["Victims\u2019 services", "3.1"],
                ["Community safety and youth grants", "1.9"], ["Serious violence prevention", "0.8"],
                ["Office of the Commissioner", "1.2"]], colWidths=[80 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small), Paragraph("How I will measure progress", h2)]
    s += bullets(["Residents\u2019 confidence in local policing (annual survey).",
                  "Anti-social behaviour incidents and repeat locations.",
                  "Charge rates for domestic abuse, rape and serious sexual offences.",
                  "Victims\u2019 satisfaction with the victims\u2019 hub.",
                  "Proven reoffending rates for adults and children."], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Gwent")
        doc.build(story(pages))
    needles = {"fw": "Foreword Gwent is a place", "ctx": "Gwent today The figures", "pr": "My priorities Six"}
    needles.update({f"p{i}": p[2] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working with partners Much"
    needles["acc"] = "Accountability and resources I hold"
    two_pass(run, out, needles)
    return out
