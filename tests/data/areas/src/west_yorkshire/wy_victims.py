"""West Yorkshire Victims Strategy 2024-27: reportlab designed brochure.

Five objectives as banner headings of the form "Objective A: X", one per
section page (pp6-10); the label "Objective A:" is not part of the gold text.
Distractors: the twelve rights of the Victims' Code (p5, national), victims'
quotes, stat tiles, "What we will do" bullets, measures, case studies, the
list of commissioned services and the governance bullets.
"""
from west_yorkshire.brochure import *  # noqa: F401,F403
from west_yorkshire.brochure import Marker, Theme, build_twice

FILE = "strategies/west_yorkshire_victims_strategy_2024-27.pdf"
TITLE = "West Yorkshire Victims Strategy 2024–2027"

INDIGO, SUN, JADE, BERRY, SKY = hexc("#2E2A6B"), hexc("#F4B223"), hexc("#0E7D6A"), hexc("#A3245A"), hexc("#2C6FB0")
T = Theme(ink=INDIGO, accent=JADE, fills=[JADE, INDIGO, BERRY, SKY, hexc("#6A4C93")], light=hexc("#EEF5F3"),
          family="liberation-sans", head_left="VICTIMS STRATEGY 2024–2027", head_right="Mayor of West Yorkshire",
          foot_title="West Yorkshire Victims Strategy 2024–2027")
T.band_st = ParagraphStyle("vb", fontName=T.BOLD, fontSize=21, leading=25.5, textColor=colors.white)

OBJECTIVES = [
    ("Victims get the right support at the right time",
     "Support should be there when a victim needs it, whether or not they report to the police.",
     "Victims tell us that the first days after a crime matter most. Some want practical help, such as new locks; "
     "others need emotional support, advocacy or counselling. Many do not want to go to the police, and they still "
     "deserve help.",
     ["Commission a single victim support service for all five districts.", "Offer every victim a needs assessment "
      "within two working days of referral.", "Make it easy to self-refer online, by phone or through community "
      "organisations."],
     ["Victims contacted within two working days", "Victims who feel better able to cope"],
     ("Case study: help without reporting", "A young man who had been assaulted but did not want to involve the "
      "police self-referred online and received counselling within a fortnight (illustrative example).")),
    ("Every victim's rights under the Victims' Code are met",
     "The Victims' Code sets out what every victim is entitled to. Too often it is not followed.",
     "Our survey found that fewer than half of victims had been told about the Code, and that many were not offered "
     "the chance to make a Victim Personal Statement (illustrative). The Victims and Prisoners Act 2024 strengthens "
     "the duty on agencies to follow the Code.",
     ["Monitor compliance with the Code across the police, the CPS and the courts.", "Train officers and staff on "
      "victims' rights.", "Publish an annual Code compliance report."],
     ["Victims told about the Code", "Victim Personal Statements offered"],
     ("Case study: a compliance audit", "An audit of 200 case files found where updates were being missed, and the "
      "police changed their case management system as a result (illustrative example).")),
    ("Witnesses are supported to give their best evidence",
     "Going to court can be frightening. Good support helps witnesses give their best evidence.",
     "Court delays mean that victims and witnesses may wait more than a year to give evidence. Some lose confidence "
     "and withdraw. Special measures, pre-trial visits and a familiar supporter can make all the difference.",
     ["Offer every witness a pre-trial visit and support on the day.", "Make more use of remote evidence centres.",
      "Keep witnesses informed about changes to trial dates."],
     ["Witnesses who attend court as planned", "Witness satisfaction"],
     ("Case study: a remote evidence site", "A remote site in a community building allowed vulnerable witnesses to "
      "give evidence by video link without entering the court building (illustrative example).")),
    ("Repeat and vulnerable victims are identified early and protected",
     "Some people are targeted again and again. They need extra help and protection.",
     "A small number of victims experience a large share of crime, including anti-social behaviour, hate crime and "
     "domestic abuse. Older people, disabled people and people with mental health needs are at particular risk.",
     ["Flag repeat and vulnerable victims at first contact.", "Offer enhanced support and a single point of "
      "contact.", "Hold multi-agency meetings for the highest-risk cases."],
     ["Repeat victims receiving enhanced support", "Repeat victimisation rate"],
     ("Case study: a single point of contact", "An older woman targeted repeatedly by local youths was given one "
      "named caseworker who coordinated the police, her landlord and adult social care (illustrative example).")),
    ("Victims of fraud and online crime get specialist help",
     "Fraud is now the most common crime, and its victims are often left to cope alone.",
     "Fraud and online crime can take people's savings and their confidence. Older and isolated people are often "
     "targeted repeatedly. Most victims never hear from a local service.",
     ["Fund a specialist fraud victim service.", "Work with banks to protect people who are being scammed.",
      "Offer digital safety advice to victims of online crime."],
     ["Fraud victims supported", "Repeat fraud victims"],
     ("Case study: stopping a scam", "A fraud caseworker helped a man who had been targeted by a romance scam to "
      "recover part of his savings and to block further contact (illustrative example).")),
]

RIGHTS = ["To be able to understand and to be understood",
          "To have the details of the crime recorded without unjustified delay",
          "To be provided with information when reporting the crime",
          "To be referred to services that support victims and have services and support tailored to your needs",
          "To be provided with information about compensation",
          "To be provided with information about the investigation and prosecution",
          "To make a Victim Personal Statement",
          "To be given information about the trial, trial process and your role as a witness",
          "To be given information about the outcome of the case and any appeals",
          "To be paid expenses and have property returned",
          "To be given information about the offender following a conviction",
          "To make a complaint about your rights not being met"]


def cover(c, doc):
    c.saveState()
    c.setFillColor(INDIGO)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(JADE)
    c.rect(0, 0, W, 95 * mm, stroke=0, fill=1)
    c.setFillColor(SUN)
    c.circle(W - 40 * mm, 95 * mm, 20 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, H - 32 * mm, "MAYOR OF WEST YORKSHIRE  |  POLICING AND CRIME")
    c.setFont(T.BOLD, 40)
    c.drawString(20 * mm, H - 100 * mm, "Victims")
    c.drawString(20 * mm, H - 116 * mm, "Strategy")
    c.setFillColor(SUN)
    c.setFont(T.REG, 24)
    c.drawString(20 * mm, H - 132 * mm, "2024–2027")
    c.setFillColor(colors.white)
    c.setFont(T.REG, 12)
    c.drawString(20 * mm, 60 * mm, "Putting victims and witnesses first")
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, 48 * mm, "March 2024")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(INDIGO)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(SUN)
    c.rect(0, 0, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 13)
    c.drawString(22 * mm, 120 * mm, "Mayor of West Yorkshire – Policing and Crime")
    c.setFont(T.REG, 10)
    y = 108 * mm
    for line in ["Wellington House, 40–50 Wellington Street, Leeds", "victims@westyorks.example",
                 "Victim support line: 0300 000 0000 (illustrative)", "",
                 "If you are in immediate danger call 999.", "This strategy is available in other formats on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def story(pages, toc):
    fw = W - M_L - M_R
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", T.title), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Victims in West Yorkshire", "num", 0), ("The Victims' Code", "code", 0),
               ("Our objectives", "o0", 0)]
    entries += [(f"Objective {chr(65 + i)}: {o[0]}", f"o{i}", 14) for i, o in enumerate(OBJECTIVES)]
    entries += [("Delivering the strategy", "gov", 0)]
    s += T.contents(entries, pages)
    # foreword
    s += [NextPageTemplate("section"), PageBreak(), Marker("fw", toc),
          T.band("Foreword", INDIGO, kicker="DEPUTY MAYOR FOR POLICING AND CRIME", accent=SUN), FrameBreak()]
    for t in [
        "Being a victim of crime can turn someone's life upside down. The support they receive, and the way they are "
        "treated by the police and the courts, can make the difference between recovering and being harmed again.",
        "The Mayor commissions services for victims of crime across West Yorkshire. This strategy sets out what "
        "victims can expect from those services and from the criminal justice agencies."]:
        s.append(Paragraph(t, T.body))
    s.append(FrameBreak())
    for t in [
        "It was written with victims and with the organisations that support them. I want to thank everyone who "
        "shared their experience, especially when it was painful to do so.",
        "It sits alongside the Safety of Women and Girls Strategy, which covers specialist services for survivors of "
        "domestic abuse and sexual violence.",
        "<b>Deputy Mayor for Policing and Crime</b>"]:
        s.append(Paragraph(t, T.body))
    # numbers
    s += [NextPageTemplate("sectionone"), PageBreak(), Marker("num", toc),
          T.band("Victims in West Yorkshire", JADE, kicker="THE PICTURE", accent=SUN), FrameBreak(),
          Paragraph("The figures below are illustrative and rounded.", T.body), Spacer(1, 4),
          T.tiles([("240,000", "crimes recorded a year"), ("62,000", "victims referred for support"),
                   ("1 in 3", "victims say they were not kept informed"), ("14 months", "average wait for a Crown "
                   "Court trial"), ("38%", "of victims are repeat victims"), ("+25%", "fraud reports in two years")],
                  3, fw, fills=[JADE, INDIGO, BERRY, SKY, hexc("#6A4C93"), JADE]),
          Paragraph("Illustrative figures for context only.", T.small), Spacer(1, 6),
          Paragraph("What victims told us", T.h2)]
    for q in ["“Nobody told me what was happening with my case for months.”",
              "“The support worker was the only person who listened.”",
              "“I didn't know I could get help without going to the police.”"]:
        s.append(Paragraph(q, ParagraphStyle("q", parent=T.intro, fontName=T.REG, textColor=INDIGO)))
    # code
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("code", toc), Paragraph("The Victims' Code", T.title),
          Paragraph("The Code of Practice for Victims of Crime in England and Wales sets out twelve rights. They are "
                    "national rights that apply to every victim:", T.body)]
    s += T.bullets([f"{i}. {r}" for i, r in enumerate(RIGHTS, 1)], bullet="")
    s += [Paragraph("This strategy does not replace the Code. Its objectives describe what we will do in West "
                    "Yorkshire to make sure victims get what the Code promises, and more.", T.body)]
    for i, (name, lead, why, dos, kpis, case) in enumerate(OBJECTIVES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"o{i}", toc),
              T.band(f"Objective {chr(65 + i)}: {name}", T.fills[i], accent=SUN), FrameBreak(),
              Paragraph(lead, T.intro), Paragraph(why, T.body), FrameBreak(), Paragraph("What we will do", T.h3)]
        s += T.bullets(dos)
        s.append(Paragraph("How we will measure it", T.h3))
        s += T.bullets(kpis, bullet="–")
        s += [Spacer(1, 6), T.box(case[0], case[1])]
    s += [PageBreak(), Marker("gov", toc),
          T.band("Delivering the strategy", INDIGO, kicker="GOVERNANCE", accent=SUN), FrameBreak(),
          Paragraph("The Victims and Witnesses Group of the West Yorkshire Criminal Justice Board oversees the "
                    "strategy.", T.body)]
    s += T.bullets(["The group meets every quarter and reviews performance.",
                    "A victims' panel advises on every objective.",
                    "Code compliance is reported to the Police and Crime Panel.",
                    "Commissioned services are reviewed every year."])
    s += [FrameBreak(), Paragraph("Services commissioned by the Mayor", T.h3)]
    s += T.bullets(["Victim support and referral service", "Restorative justice service", "Fraud victim service",
                    "Children and young people's victim service", "Hate crime advocacy",
                    "Independent advocates for domestic abuse and sexual violence"])
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    return build_twice(root / FILE, T, cover, back, story, TITLE, "Mayor of West Yorkshire")
