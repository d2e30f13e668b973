"""Essex Police and Crime Plan 2024-2028 (Police, Fire and Crime Commissioner): reportlab brochure
(DejaVu Sans body, Liberation Serif headings).

Seven priorities, two to a page (pp5-8).  Each priority is a coloured **folder tab** (a narrow filled cell
holding the heading in white) sitting on top of a bordered panel that holds a tag line and the numbered
objectives "1.1 ...", which decide where each partner topic belongs.  The objectives, the "What you told
us" findings (p4), the partnership list (p9), the Fire and Rescue Plan's priorities quoted in a box (p10,
among them "Improving safety on our roads") and the budget are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/essex_police_and_crime_plan_2024-28.pdf"
TITLE = "Police and Crime Plan for Essex 2024–2028"

PLUM, GOLD, INK, GREY = hexc("#4B1F5C"), hexc("#C8961E"), hexc("#1F1B24"), hexc("#5F5A66")
LINE = hexc("#CFC3D6")
FILLS = [hexc("#4B1F5C"), hexc("#1D5E7A"), hexc("#8E2C48"), hexc("#6A3D9A"), hexc("#2F6B4F"), hexc("#7A5A12"),
         hexc("#3B4A6B")]
REG, BOLD = fonts("dejavu")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=8.9, leading=12.8, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, fontSize=8.6, leading=12, leftIndent=22, firstLineIndent=-22, spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=23, leading=27, textColor=PLUM, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=PLUM, spaceBefore=8, spaceAfter=4)
tabst = ParagraphStyle("tab", fontName=SBOLD, fontSize=15, leading=18, textColor=colors.white)
tag = ParagraphStyle("tag", fontName=SREG, fontSize=11, leading=14, textColor=GREY, spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=16, leading=19, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=7.8, leading=10, textColor=colors.white)

PRIORITIES = [
    ("Investing in crime prevention", "Stopping crime before it happens, and stopping it happening again.",
     ["Tackle anti-social behaviour and neighbourhood crime, including burglary, vehicle crime and theft, with "
      "neighbourhood policing teams and the community safety partnerships.",
      "Design out crime in town centres and on estates, through Safer Streets funding, CCTV and street lighting.",
      "Protect businesses from retail crime, and people and businesses from fraud and cyber crime.",
      "Reduce reoffending: manage the most prolific and harmful offenders through Integrated Offender Management "
      "with the Probation Service, and help people leaving prison into settled accommodation, training and work.",
      "Divert children and young people from crime and reduce reoffending by children, with the youth justice "
      "service."]),
    ("Reducing drug-driven violence", "Breaking the link between drugs, gangs and violence.",
     ["Reduce serious violence and knife crime, with the Violence and Vulnerability Unit and the partners under "
      "the Serious Violence Duty.",
      "Disrupt drug supply, county lines and the gangs behind them, and protect the vulnerable adults whose homes "
      "are taken over (cuckooing).",
      "Protect children and young people from criminal exploitation by gangs and county lines.",
      "Work with the combating drugs partnership to get more people whose drug or alcohol use drives their "
      "offending into treatment and recovery, and to reduce drug-related deaths."]),
    ("Breaking the cycle of domestic abuse", "Fewer victims, fewer repeat victims, fewer perpetrators.",
     ["Identify domestic abuse earlier, with every agency trained to recognise it, and respond quickly: pursue "
      "perpetrators, use protection orders and improve charge rates.",
      "Change the behaviour of perpetrators through perpetrator programmes, and manage the most dangerous through "
      "MARAC and MAPPA.",
      "Protect children affected by domestic abuse, through Operation Encompass in every school.",
      "Prevent abuse before it starts, through healthy relationships education in schools and colleges."]),
    ("Reducing violence against women and girls", "Women and girls safe at home, in public and online.",
     ["Improve the investigation of rape, sexual offences and stalking, and the number of cases charged.",
      "Make public spaces, transport and the night-time economy safer for women and girls.",
      "Challenge misogyny and the attitudes that lead to violence against women and girls, with campaigns for men "
      "and boys."]),
    ("Improving support for victims of crime", "Every victim helped to cope and recover.",
     ["Commission services so that every victim of crime can get help to cope and recover.",
      "Provide specialist support for victims of domestic abuse and sexual violence: independent advisers, the "
      "sexual assault referral centre, refuges and other safe accommodation.",
      "Keep victims informed and hold every agency to the Victims' Code.",
      "Offer restorative justice to every victim who wants it."]),
    ("Protecting rural and isolated communities", "No community too far away to matter.",
     ["Tackle rural, wildlife and heritage crime, including farm and machinery theft, hare coursing and "
      "fly-tipping, with the Rural Engagement Team.",
      "Protect older and isolated people from fraud, scams and doorstep crime."]),
    ("Making our roads safer", "Fewer people killed or seriously injured on Essex roads.",
     ["Enforce against the \u201cfatal four\u201d: speeding, drink and drug driving, mobile phones and seat belts.",
      "Support Community Speedwatch and the Safer Essex Roads Partnership.",
      "Tackle uninsured and unlicensed driving and the vehicles used in crime."]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 7 * mm, W, 7 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.2)
    c.drawString(20 * mm, H - 13 * mm, "Essex Police, Fire and Crime Commissioner")
    c.drawRightString(W - 20 * mm, H - 13 * mm, "Police and Crime Plan 2024–2028")
    c.setFillColor(GOLD)
    c.circle(W / 2, 11 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawCentredString(W / 2, 9.7 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, 70 * mm, W, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9.5)
    c.drawString(20 * mm, H - 24 * mm, "ESSEX POLICE, FIRE AND CRIME COMMISSIONER")
    c.setFont(SBOLD, 38)
    c.drawString(20 * mm, H - 110 * mm, "Police and Crime Plan")
    c.setFont(SREG, 20)
    c.drawString(20 * mm, H - 126 * mm, "for Essex, Southend-on-Sea and Thurrock")
    c.setFillColor(GOLD)
    c.drawString(20 * mm, H - 140 * mm, "2024–2028")
    c.setFillColor(colors.white)
    c.setFont(REG, 9)
    c.drawString(20 * mm, 50 * mm, "Safe and secure communities are the bedrock on which we build wellbeing and "
                                   "prosperity.")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 15)
    c.drawString(20 * mm, 130 * mm, "Office of the Police, Fire and Crime Commissioner for Essex")
    c.setFont(REG, 9.5)
    y = 118 * mm
    for line in ["Email: pfcc@essex-pfcc.example", "Telephone: 01245 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in other formats and languages on request."]:
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


def priority_block(i, name, tg, objs):
    """A coloured folder tab holding the heading, on top of a bordered panel with the objectives."""
    fw = W - 40 * mm
    tab = Table([[Paragraph(name, tabst), ""]], colWidths=[fw * 0.62, fw * 0.38])
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), FILLS[i]), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                             ("LEFTPADDING", (0, 0), (0, 0), 9), ("TOPPADDING", (0, 0), (0, 0), 7),
                             ("BOTTOMPADDING", (0, 0), (0, 0), 7), ("LINEBELOW", (0, 0), (-1, 0), 2.2, FILLS[i])]))
    inner = [Paragraph(tg, tag), Paragraph("My objectives", h2)]
    for k, o in enumerate(objs, 1):
        inner.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;{o}", obj))
    panel = Table([[inner]], colWidths=[fw])
    panel.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, LINE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return [KeepTogether([tab, panel]), Spacer(1, 14)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Essex today", "ctx", 0), ("My priorities", "pr", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Fire and rescue, accountability and resources", "acc", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 9.5 if ind else 11,
                              GREY if ind else PLUM, indent=ind, leader=True, gap=8 if ind else 12))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Essex is a safe place to live, work and visit, but it is not safe enough for everyone. This plan sets out "
        "what I expect of Essex Police, and what I will do with partners across the county, Southend-on-Sea and "
        "Thurrock, over the next four years.",
        "In preparing it I listened to residents, victims, businesses, farmers, young people, councillors and "
        "officers, and more than 3,000 people answered my survey (illustrative). They asked for visible policing, "
        "action on the violence that drugs bring to our towns, and a determined response to domestic abuse.",
        "My plan has seven priorities. Under each I have set a small number of numbered objectives. It is those "
        "objectives that I will hold the Chief Constable, my office and the services I commission to account for.",
        "I am also the Fire and Rescue Authority for Essex. The Fire and Rescue Plan is a separate document with its "
        "own priorities, and where the two plans meet I say so.",
        "<b>Police, Fire and Crime Commissioner for Essex</b>"]:
        s.append(Paragraph(t, body))
    s += [Paragraph("Principles of this plan", h2)]
    s += bullets(["<b>Local</b>: policing that is rooted in its communities.",
                  "<b>Partnership first</b>: no agency can do this alone.",
                  "<b>Evidence-led</b>: we fund what works and stop what does not."], bl)
    s += [PageBreak(), Paragraph("Essex today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.9m", "residents in 12 districts and two unitary authorities"),
                    ("3,670", "square kilometres, with 562 km of coastline"),
                    ("168,000", "crimes recorded in 2023/24"), ("1 in 5", "crimes linked to domestic abuse"),
                    ("24,900", "anti-social behaviour incidents"), ("3,800", "police officers")], 3, W - 40 * mm,
                   num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told us", h2))
    s += bullets(["Anti-social behaviour and drug dealing were the top concerns in the towns.",
                  "Speeding and dangerous driving were the top concerns in the villages.",
                  "Women and girls told me they feel less safe at night in town centres and on trains.",
                  "Farmers described repeated thefts of machinery and fuel.",
                  "Victims wanted to be kept informed about what happened in their case."], bl)
    s += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Seven priorities, each with its own objectives. The priorities are listed in no order of "
                    "importance.", body), Spacer(1, 6)]
    for i, (name, tg, objs) in enumerate(PRIORITIES):
        if i in (1, 3, 5):
            s.append(PageBreak())
        s += priority_block(i, name, tg, objs)
    s += [PageBreak(), Paragraph("Working with partners", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["The Safer Essex partnership and the community safety partnerships of the twelve districts, "
                  "Southend-on-Sea and Thurrock",
                  "The Essex Violence and Vulnerability Unit and the Serious Violence Duty partnership",
                  "The Southend, Essex and Thurrock Domestic Abuse Board",
                  "The Essex combating drugs partnership",
                  "The Essex Reducing Reoffending Board and the Essex Criminal Justice Board",
                  "The youth justice services of Essex, Southend-on-Sea and Thurrock",
                  "The Safer Essex Roads Partnership"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Three-year grants wherever I can offer them.", "One annual monitoring return.",
                  "An open door to challenge me when the plan is not working."], bl)
    s += [PageBreak(), Paragraph("Fire and rescue, accountability and resources", h1),
          Paragraph("The Fire and Rescue Plan is published separately. Its priorities are quoted here so that "
                    "partners can see where the two plans meet; they are not priorities of this plan.", body)]
    fire = Table([[[Paragraph("<b>Fire and Rescue Plan 2024–2028: priorities</b>", body)] +
                   [Paragraph(f"{k}. {t}", body) for k, t in enumerate(
                       ["Prevention, protection and response", "Improving safety on our roads",
                        "Helping vulnerable people to stay safe", "Promoting a positive culture in the workplace",
                        "Making best use of our resources"], 1)]]], colWidths=[W - 40 * mm])
    fire.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#F6EFE0")), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [fire, Spacer(1, 8), Paragraph("Holding the Chief Constable to account", h2),
          Paragraph("I hold the Chief Constable to account at my public Performance and Resources Scrutiny Board. "
                    "The Essex Police, Fire and Crime Panel scrutinises my decisions. The table shows the 2024/25 "
                    "budget (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Essex Police (net)", "392.4"], ["Victims' services", "5.6"],
                ["Community safety grants", "2.7"], ["Violence and Vulnerability Unit", "1.4"],
                ["Office of the PFCC", "1.6"]], colWidths=[70 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.4), ("FONT", (0, 0), (-1, 0), BOLD, 8.4),
                            ("BACKGROUND", (0, 0), (-1, 0), PLUM), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Essex Police, Fire and Crime Commissioner")
        doc.build(story(pages))
    needles = {"fw": "Foreword Essex is a safe", "ctx": "Essex today The figures", "pr": "My priorities Seven"}
    needles.update({f"p{i}": p[1] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working with partners Much"
    needles["acc"] = "Fire and rescue, accountability and resources The Fire"
    two_pass(run, out, needles)
    return out
