"""Cheshire Police and Crime Plan 2024-2029: reportlab brochure (Liberation Sans body, Liberation Serif headings).

Five priorities, one page each (pp6-10).  Each priority page opens with a very
large pale numeral printed in the top right corner of the text area (pdftotext
prints it on a line of its own, before or after the heading), then the heading
in a serif face under a short coloured rule, a tag line, and the numbered
objectives "1.1 ..." that decide where each partner topic belongs.  The
"Listening to you" themes (p4), the "Five priorities, one Cheshire" ribbon on
p5 (short names, NOT the gold page), the values, the partnership page (which
names partner strategies) and the budget are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, Tiles, bullets

FILE = "plan/cheshire_police_and_crime_plan_2024-29.pdf"
TITLE = "Cheshire Police and Crime Plan 2024–2029"

NAVY, TEAL, SAND, GREY = hexc("#14325C"), hexc("#0F7C86"), hexc("#F3EEE4"), hexc("#5E6470")
PALE = hexc("#D5DDE8")
FILLS = [hexc("#14325C"), hexc("#0F7C86"), hexc("#7A3B69"), hexc("#A35A1C"), hexc("#3F6B2A")]
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=9.4, leading=13.4, spaceAfter=5, textColor=hexc("#1E2430"))
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, leftIndent=24, firstLineIndent=-24, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=NAVY, spaceAfter=10)
hp = ParagraphStyle("hp", fontName=SBOLD, fontSize=25, leading=29, textColor=NAVY, spaceAfter=4, rightIndent=30 * mm)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14.5, textColor=TEAL, spaceBefore=8, spaceAfter=4)
tag = ParagraphStyle("tag", fontName=SREG, fontSize=12.5, leading=16, textColor=GREY, spaceAfter=10)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=18, leading=21, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=colors.white)

PRIORITIES = [
    ("Tackling crime and anti-social behaviour", "Crime", "Taking on the crimes that matter most to our communities.",
     "Residents across Cheshire told me the same thing: deal with the anti-social behaviour on my street, catch the "
     "burglars and the dealers, and slow the traffic down. This priority is about the police and partners responding "
     "to the crime people see and feel.",
     ["Tackle anti-social behaviour and neighbourhood crime, including burglary, robbery, vehicle crime and theft, "
      "through neighbourhood policing teams working with councils and housing providers.",
      "Protect rural communities from rural, wildlife and heritage crime, including farm and machinery theft and "
      "hare coursing.",
      "Disrupt serious and organised crime, drug dealing and county lines, and take criminals' assets.",
      "Protect people and businesses from fraud, cyber crime and retail crime.",
      "Make our roads safer by tackling speeding, drink and drug driving and the \u201cfatal four\u201d, with "
      "Community Speedwatch."],
     ["Anti-social behaviour incidents", "Neighbourhood crime per 1,000 residents", "Organised crime groups "
      "disrupted", "People killed or seriously injured on our roads"]),
    ("Protecting vulnerable people", "Vulnerability", "Keeping people safe from harm, abuse and exploitation.",
     "The most serious harm in Cheshire is often hidden: in homes, online and in the lives of children drawn into "
     "crime. Protecting people who are vulnerable is a job for every agency, and I expect the Constabulary to lead "
     "by example.",
     ["Tackle domestic abuse, rape and sexual offences, stalking and harassment: pursue perpetrators, make full use "
      "of protection orders and improve charge rates.",
      "Prevent violence against women and girls, through healthy relationships education and by making public "
      "spaces and the night-time economy safer.",
      "Reduce serious violence and knife crime, working with the partners under the Serious Violence Duty.",
      "Protect children and adults at risk from exploitation, including child criminal exploitation, county lines "
      "and modern slavery.",
      "Make sure people in mental health crisis get the right care from the right agency."],
     ["Charge rate for rape and domestic abuse offences", "Repeat victims of domestic abuse",
      "Hospital admissions for assault with a sharp object", "Children identified at risk of exploitation"]),
    ("Putting victims first", "Victims", "Every victim treated with dignity and helped to cope and recover.",
     "Victims are too often an afterthought in the criminal justice system. I commission the services that help "
     "them, and I will hold every agency to account for how victims are treated.",
     ["Commission services so that every victim of crime can cope and recover, through the Cheshire Victims' Hub "
      "(illustrative name).",
      "Provide specialist support for victims of domestic abuse and sexual violence: independent domestic violence "
      "advisers, independent sexual violence advisers and the sexual assault referral centre.",
      "Keep victims informed about their case and hold agencies to the Victims' Code.",
      "Support victims and witnesses through court, and offer restorative justice to every victim who wants it."],
     ["Victims satisfied with the support they received", "Victims' Code compliance (audit)",
      "Witnesses who attend court when asked", "Victims offered restorative justice"]),
    ("Reducing reoffending", "Reoffending", "Breaking the cycle of offending.",
     "Around half of all crime is committed by people who have offended before. Stopping that cycle means dealing "
     "with the addiction, homelessness and unemployment that sit behind it, as well as managing the offenders who "
     "cause most harm.",
     ["Manage the most prolific and high-harm offenders through Integrated Offender Management with the Probation "
      "Service.",
      "Work with the combating drugs partnerships to get more people who misuse drugs or alcohol into treatment and "
      "recovery, and to reduce drug-related deaths.",
      "Help people leaving prison into settled accommodation, training and work.",
      "Work with the youth justice services to divert children from the justice system and reduce reoffending by "
      "children.",
      "Change the behaviour of domestic abuse perpetrators through perpetrator programmes."],
     ["Proven reoffending rate (adults and children)", "Referrals into treatment from custody",
      "First-time entrants to the youth justice system", "People in settled accommodation on release"]),
    ("Building public confidence in policing", "Confidence", "A visible, fair and trusted Constabulary.",
     "Policing depends on the consent of the public. Confidence has fallen nationally, and I want Cheshire to buck "
     "that trend by being visible, answering the phone and treating everyone fairly.",
     ["Keep neighbourhood officers and PCSOs visible and accessible in every community.",
      "Answer 101 calls and online reports quickly, and tell people what happened.",
      "Raise standards of behaviour, and root out misconduct and misogyny through vetting and professional "
      "standards.",
      "Engage with diverse communities and young people, and scrutinise stop and search and use of force.",
      "Deliver value for money from the police budget and estate."],
     ["Public confidence in the police (survey)", "Average time to answer 101 calls",
      "Complaints resolved within 12 weeks", "Stop and search disproportionality ratio"]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, H - 9 * mm, W, 2 * mm, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont(REG, 7.6)
    c.drawString(20 * mm, H - 15 * mm, "Police and Crime Commissioner for Cheshire")
    c.drawRightString(W - 20 * mm, H - 15 * mm, "Police and Crime Plan 2024–2029")
    c.setStrokeColor(PALE)
    c.setLineWidth(0.5)
    c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 8.5)
    c.drawString(20 * mm, 10 * mm, f"{p:02d}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(SAND)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
    for i, f in enumerate(FILLS):
        c.setFillColor(f)
        c.rect(20 * mm + i * 34 * mm, H * 0.42 - 6 * mm, 30 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 25 * mm, "POLICE AND CRIME COMMISSIONER FOR CHESHIRE")
    c.setFont(SBOLD, 40)
    c.drawString(20 * mm, H - 100 * mm, "Police and")
    c.drawString(20 * mm, H - 116 * mm, "Crime Plan")
    c.setFont(SREG, 22)
    c.drawString(20 * mm, H - 134 * mm, "2024–2029")
    c.setFillColor(NAVY)
    c.setFont(REG, 10)
    c.drawString(20 * mm, 40 * mm, "Cheshire East · Cheshire West and Chester · Halton · Warrington")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 16)
    c.drawString(20 * mm, 130 * mm, "Office of the Police and Crime Commissioner for Cheshire")
    c.setFont(REG, 10)
    y = 118 * mm
    for line in ["Email: contact@cheshire-pcc.example", "Telephone: 01606 000 000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in other formats and languages on request."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


class BigNum(Flowable):
    """A very large pale numeral drawn in the top right corner of the frame; takes no space."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def wrap(self, aw, ah):
        self.aw = aw
        return 0, 0

    def draw(self):
        c = self.canv
        c.setFillColor(PALE)
        c.setFont(SBOLD, 110)
        c.drawRightString(self.aw, -70, str(self.n))


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(20 * mm, 22 * mm, W - 40 * mm, H - 46 * mm, id="s", **pad)],
                         onPage=header),
            PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    entries = [("Foreword", "fw", 0), ("Cheshire today", "ctx", 0), ("About this plan", "gl", 0)]
    entries += [(p[0], f"p{i}", 14) for i, p in enumerate(PRIORITIES)]
    entries += [("Working in partnership", "part", 0), ("Accountability and resources", "fund", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10 if ind else 11.5,
                              GREY if ind else NAVY, indent=ind, leader=True, gap=9 if ind else 13))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "It is a privilege to serve as your Police and Crime Commissioner. This plan sets out what I expect of "
        "Cheshire Constabulary, and what I will do with partners, across Cheshire East, Cheshire West and Chester, "
        "Halton and Warrington over the next five years.",
        "I spent my first months listening: to residents, victims, businesses, farmers, young people, councillors "
        "and officers. More than 4,000 people answered my survey (illustrative). Their message was clear. They want "
        "to see the police, they want the crimes that blight their neighbourhoods dealt with, and they want the "
        "vulnerable protected.",
        "My plan has five priorities. Each one has a small number of objectives, and it is those objectives that I "
        "will hold the Chief Constable and my own office to account for delivering.",
        "Community safety partnerships, the youth justice services, probation, the NHS, the combating drugs "
        "partnerships and the voluntary sector all hold part of the answer. Where we share an aim I will fund, "
        "support and challenge them.",
        "<b>Police and Crime Commissioner for Cheshire</b>"]:
        s.append(Paragraph(t, body))
    s += [Spacer(1, 6), Paragraph("My values", h2)]
    s += bullets(["<b>Visible</b>: an office and a police service that the public can see and reach.",
                  "<b>Fair</b>: everyone treated with respect, whoever and wherever they are.",
                  "<b>Value for money</b>: every pound spent where it makes the biggest difference."], bl)
    s += [PageBreak(), Paragraph("Cheshire today", h1),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police; they are not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.1m", "residents in four local authority areas"), ("2,343", "square kilometres, from the "
                    "Wirral border to the Peak District"), ("92,400", "crimes recorded in 2023/24"),
                    ("1 in 6", "crimes linked to domestic abuse"), ("13,800", "anti-social behaviour incidents"),
                    ("2,200", "police officers, plus staff and PCSOs")], 3, W - 40 * mm, num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("Listening to you", h2))
    s += bullets(["Anti-social behaviour and speeding were the top concerns in every council area.",
                  "Rural residents wanted more action on farm theft and hare coursing.",
                  "Women and girls told me they feel less safe in town centres at night.",
                  "Business owners described shoplifting and abuse of shop workers as a daily problem.",
                  "Confidence in the police was lowest among young people."], bl)
    s += [PageBreak(), Paragraph("About this plan", h1),
          Paragraph("Five priorities, one Cheshire. Each priority is set out in full on the pages that follow, with "
                    "the objectives I will hold the Constabulary and partners to.", body), Spacer(1, 6)]
    rib = Table([[Paragraph(p[1], ParagraphStyle("rb", fontName=BOLD, fontSize=11, leading=13,
                                                 textColor=colors.white, alignment=TA_CENTER))
                  for p in PRIORITIES]], colWidths=[(W - 40 * mm) / 5] * 5, rowHeights=[16 * mm])
    rst = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 3, colors.white)]
    for i in range(5):
        rst.append(("BACKGROUND", (i, 0), (i, 0), FILLS[i]))
    rib.setStyle(TableStyle(rst))
    s += [rib, Spacer(1, 10), Paragraph("How the plan was made", h2)]
    for t in ["The plan draws on my public survey, the Constabulary's strategic assessment, and the strategic "
              "assessments of the four community safety partnerships.",
              "It replaces the 2021–2024 plan. Much of the work in that plan continues; some objectives have been "
              "reworded, and the plan now has a separate priority for reducing reoffending."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("What the plan is not", h2))
    s.append(Paragraph("This is not a list of everything the police do. It sets out where I want extra focus. The "
                       "Chief Constable remains responsible for operational decisions.", body))
    for i, (name, short, tg, why, objs, kpis) in enumerate(PRIORITIES):
        s += [PageBreak(), BigNum(i + 1), Spacer(1, 30), Paragraph(name, hp)]
        rule = Table([[""]], colWidths=[28 * mm], rowHeights=[1.6 * mm])
        rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), FILLS[i])]))
        rule.hAlign = "LEFT"
        s += [rule, Spacer(1, 6), Paragraph(tg, tag), Paragraph(why, body), Paragraph("My objectives", h2)]
        for k, o in enumerate(objs, 1):
            s.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
        s.append(Paragraph("How I will measure progress", h2))
        s += bullets(kpis, bl, bullet="\u2013")
    s += [PageBreak(), Paragraph("Working in partnership", h1),
          Paragraph("Much of this plan is delivered through partnerships that I sit on or fund. They set their own "
                    "priorities; I align my grants to them where we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["Community safety partnerships in Cheshire East, Cheshire West and Chester, Halton and Warrington",
                  "The Cheshire Serious Violence Duty partnership",
                  "The combating drugs partnerships",
                  "The Cheshire Criminal Justice Board and its reducing reoffending group",
                  "The Cheshire East and Cheshire West, Halton and Warrington youth justice services",
                  "The pan-Cheshire VAWG and domestic abuse partnership boards",
                  "Safeguarding children and adults partnerships"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Grants agreed for three years where I can.", "A single annual monitoring return.",
                  "A seat for community safety partners at my Partnership Forum."], bl)
    s += [PageBreak(), Paragraph("Accountability and resources", h1),
          Paragraph("I hold the Chief Constable to account at my public Scrutiny Meeting. The Cheshire Police and "
                    "Crime Panel scrutinises my decisions. The table shows the 2024/25 budget (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Cheshire Constabulary (net)", "248.6"], ["Victims' services", "4.1"],
                ["Community safety grants", "1.9"], ["Reducing reoffending", "0.8"], ["Office of the PCC", "1.3"]],
               colWidths=[64 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, PALE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    ft.hAlign = "LEFT"
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Police and Crime Commissioner for Cheshire")
        doc.build(story(pages))
    needles = {"fw": "Foreword It is a privilege", "ctx": "Cheshire today The figures",
               "gl": "About this plan Five priorities"}
    needles.update({f"p{i}": p[2] for i, p in enumerate(PRIORITIES)})
    needles["part"] = "Working in partnership Much"
    needles["fund"] = "Accountability and resources I hold"
    two_pass(run, out, needles)
    return out
