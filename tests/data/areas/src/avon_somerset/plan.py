"""Avon and Somerset Police and Crime Plan 2021-2025: reportlab designed brochure.

Four broad priorities.  A "My priorities at a glance" grid (p5, NOT the gold
page), then one section page per priority: a small "PRIORITY n" label line
with a rule above a full-width banner heading (P2 and P4 wrap over two or
three lines), an introduction, and in two columns the numbered objectives
"1.1 ..." and "How we will know" measures.  The vision, the values, the
cross-cutting commitments, the objectives, the partnership page (which names
partner strategies) and the budget table are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "plan/avon_and_somerset_police_and_crime_plan_2021-25.pdf"
TITLE = "Avon and Somerset Police and Crime Plan 2021–2025"

NAVY, TEAL, SUN, MIST, INK = hexc("#14264B"), hexc("#0F7C8C"), hexc("#F2A900"), hexc("#EEF3F6"), hexc("#1E2230")
FILLS = [hexc("#14264B"), hexc("#0F7C8C"), hexc("#6B3E7A"), hexc("#A2432E")]
REG, BOLD = fonts("liberation-sans")

body = ParagraphStyle("body", fontName=REG, fontSize=9.2, leading=12.8, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, leftIndent=19, firstLineIndent=-19, spaceAfter=4.5)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=6,
                    spaceAfter=4)
h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.6, leading=12, textColor=NAVY, spaceBefore=3,
                    spaceAfter=2)
title_st = ParagraphStyle("tt", parent=h2, fontSize=20, leading=24, textColor=NAVY, spaceAfter=8)
ban = ParagraphStyle("ban", fontName=BOLD, fontSize=20, leading=24, textColor=colors.white)
intro = ParagraphStyle("intro", parent=body, fontSize=10.4, leading=14.2, textColor=NAVY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=20, leading=23, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.5, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Preventing and fighting crime",
     "Most people in Avon and Somerset will never be a victim of serious crime, but crime still harms too many "
     "people and places. I want the police and partners to stop crime before it happens, and to catch and deal with "
     "those who cause harm when it does.",
     ["Reduce serious violence and knife crime, including violence in the night-time economy, with the violence "
      "reduction units and the partners under the Serious Violence Duty.",
      "Tackle violence against women and girls (domestic abuse, rape and sexual offences, stalking and harassment) "
      "and pursue and manage the perpetrators.",
      "Prevent neighbourhood crime and anti-social behaviour, including burglary, robbery and vehicle crime.",
      "Disrupt drug supply and county lines, and protect children and vulnerable adults from exploitation.",
      "Tackle rural, wildlife and heritage crime, and make our roads safer by targeting the \u201cfatal four\u201d.",
      "Protect residents and businesses from fraud and cyber crime.",
      "Intervene early with children and young people at risk of offending, through diversion and prevention "
      "schemes."],
     ["Crime and ASB per 1,000 residents", "Knife crime with injury", "Outcomes for rape and serious sexual offences",
      "People killed or seriously injured on our roads"]),
    ("Engaging, supporting and working with communities, victims and partner organisations",
     "The police cannot keep people safe on their own. Communities, victims and partner organisations all hold part of "
     "the answer, and I want the police to listen to them and work with them.",
     ["Strengthen neighbourhood engagement so that every community, including young people and seldom-heard groups, "
      "can shape local policing.",
      "Commission Lighthouse and specialist services (independent domestic and sexual violence advisers and young "
      "victims' workers) so that victims can cope and recover, and hold the police to the Victims' Code.",
      "Encourage reporting of hate crime, support its victims and work with partners to build community cohesion.",
      "Work with health and social care so that people in mental health crisis get the right care from the right "
      "agency.",
      "Work with the combating drugs partnerships to get more people into drug and alcohol treatment and to reduce "
      "drug-related deaths.",
      "Reduce reoffending with the Probation Service, the Integrated Offender Management scheme and the youth justice "
      "services, including housing and employment on release."],
     ["Victims satisfied with the service they received", "Hate crimes reported", "Referrals into treatment from "
      "custody", "Proven reoffending rate"]),
    ("Leading the police to be efficient and effective",
     "Every pound spent on policing must deliver for the public. I will hold the Chief Constable to account for a "
     "police service that answers calls quickly, invests in its people and uses modern technology well.",
     ["Answer 999 and 101 calls quickly and improve online reporting.",
      "Recruit, retain and look after a workforce that reflects the communities it serves.",
      "Invest in technology and data so that officers spend more time in communities.",
      "Deliver value for money through a balanced budget and a modern, shared estate.",
      "Act on the recommendations of His Majesty's Inspectorate of Constabulary and Fire and Rescue Services."],
     ["Average time to answer 101 calls", "Officer and staff numbers", "Savings delivered",
      "HMICFRS grading"]),
    ("Increasing the legitimacy of, and public confidence in, the police and criminal justice system",
     "Policing depends on consent. People must trust the police to treat them fairly, and victims must believe that the "
     "justice system will see their case through.",
     ["Scrutinise stop and search and the use of force through independent panels, and deliver the Police Race Action "
      "Plan.",
      "Raise standards of professional behaviour through vetting, complaints and misconduct processes.",
      "Work with the Local Criminal Justice Board to cut court delays and keep victims and witnesses supported through "
      "to trial.",
      "Reduce disproportionality for people from Black and minority ethnic communities across the criminal justice "
      "system, for adults and for children, including the over-representation of Black children in the youth justice "
      "system."],
     ["Public confidence in the police (survey)", "Stop and search disproportionality ratio",
      "Time from charge to trial", "Complaints resolved within 12 months"]),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 7.8)
    c.drawString(18 * mm, H - 7 * mm, "POLICE AND CRIME PLAN 2021–2025")
    c.setFont(REG, 7.8)
    c.drawRightString(W - 18 * mm, H - 7 * mm, "Avon and Somerset Police and Crime Commissioner")
    c.setFillColor(SUN)
    c.rect(0, H - 12 * mm, W, 1 * mm, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont(REG, 8)
    c.drawRightString(W - 18 * mm, 10 * mm, f"Page {p} of 12")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.circle(W - 30 * mm, H - 60 * mm, 70 * mm, stroke=0, fill=1)
    c.setFillColor(SUN)
    c.circle(W - 60 * mm, 75 * mm, 30 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(22 * mm, H - 28 * mm, "AVON AND SOMERSET POLICE AND CRIME COMMISSIONER")
    c.setFont(BOLD, 40)
    c.drawString(22 * mm, H - 120 * mm, "Police and")
    c.drawString(22 * mm, H - 137 * mm, "Crime Plan")
    c.setFillColor(SUN)
    c.setFont(REG, 26)
    c.drawString(22 * mm, H - 156 * mm, "2021–2025")
    c.setFillColor(colors.white)
    c.setFont(REG, 11)
    c.drawString(22 * mm, 40 * mm, "Bristol · Bath and North East Somerset · North Somerset")
    c.drawString(22 * mm, 33 * mm, "South Gloucestershire · Somerset")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 16)
    c.drawString(22 * mm, H - 110 * mm, "Office of the Police and Crime Commissioner")
    c.setFont(REG, 10.5)
    y = H - 123 * mm
    for line in ["Avon and Somerset", "Email: pcc@avonandsomerset-pcc.example", "Telephone: 01275 000 000 (illustrative)",
                 "", "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in other formats and languages on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7.5)
    c.drawString(22 * mm, 16 * mm, "Statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def story(pages):
    W = A4[0]
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", title_st), Spacer(1, 6)]
    entries = [("Foreword", "fw", 0), ("Avon and Somerset in numbers", "num", 0), ("My priorities at a glance", "gl", 0)]
    entries += [(f"Priority {i + 1}", f"p{i}", 14) for i in range(4)]
    entries += [("Working with partners", "part", 0), ("Funding my priorities", "fund", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10 if ind else 11.5,
                              TEAL if ind else NAVY, indent=ind, leader=True, gap=9 if ind else 12))
    # foreword
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("fw", toc), Paragraph("Foreword", title_st)]
    for t in [
        "It is a privilege to serve as your Police and Crime Commissioner. This plan sets out what I want Avon and "
        "Somerset Police, and the partners I work with, to achieve during my term of office.",
        "Avon and Somerset is a large and varied force area. It includes the city of Bristol, the historic city of "
        "Bath, busy seaside towns such as Weston-super-Mare and Burnham-on-Sea, and a great deal of countryside. The "
        "problems that matter most to people in Knowle West are not the same as those in Exmoor or the Mendips.",
        "I spoke to thousands of residents, victims, councillors and community groups before writing this plan "
        "(illustrative). Three messages came through clearly: people want to see the police in their neighbourhoods, "
        "they want action on the crime that harms them most, and they want to be treated fairly.",
        "My plan has four priorities. They are deliberately broad, because the police cannot deliver them alone: much "
        "of the work depends on councils, health services, probation, the courts and the voluntary sector.",
        "Under each priority I set out the objectives I will hold the Chief Constable to, and the measures I will use to "
        "check progress. I will report on them publicly every quarter to the Police and Crime Panel.",
        "<b>Police and Crime Commissioner for Avon and Somerset</b>"]:
        s.append(Paragraph(t, body))
    s.append(Spacer(1, 6))
    s.append(RuledBox([Paragraph("My vision", h3),
                       Paragraph("Avon and Somerset will be a place where people are safe, and feel safe, and where "
                                 "everyone can trust the police.", intro)], MIST, pad=10))
    s.append(Paragraph("My values", h2))
    s += bullets(["Fairness: everyone treated with dignity and respect.", "Openness: decisions made in public where "
                  "possible.", "Partnership: working with anyone who can help.", "Value: spending public money wisely."],
                 bl)
    # numbers
    s += [NextPageTemplate("single"), PageBreak(), Marker("num", toc), Paragraph("Avon and Somerset in numbers", title_st),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and of the demand on "
                    "the police, not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.8m", "residents across five local authority areas"), ("1,850", "square miles, most of it rural"),
                    ("145,000", "crimes recorded in 2020/21"), ("1 in 6", "crimes are domestic-abuse related"),
                    ("560,000", "calls to 101 and 999 a year"), ("3,000", "police officers, plus staff and PCSOs")],
                   3, W - 36 * mm, num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What residents told me", h2))
    s += bullets(["Anti-social behaviour and speeding were the issues raised most often in rural areas.",
                  "In Bristol, knife crime and drug dealing were the top concerns.",
                  "Many women said they did not feel safe walking alone after dark.",
                  "Young people and people from Black and minority ethnic communities reported lower confidence in the "
                  "police than other residents."], bl)
    s.append(Paragraph("Cross-cutting commitments", h2))
    s.append(Paragraph("Three commitments apply to every priority: <b>equality, diversity and inclusion</b>; "
                       "<b>prevention and early intervention</b>; and <b>listening to the public</b>. They are not "
                       "priorities in their own right, but every objective is tested against them.", body))
    # glance
    s += [PageBreak(), Marker("gl", toc), Paragraph("My priorities at a glance", title_st),
          Paragraph("My plan has four priorities. Each one is set out in full on the pages that follow.", body),
          Spacer(1, 6)]
    gst = ParagraphStyle("g", fontName=BOLD, fontSize=12, leading=15, textColor=colors.white)
    gsub = ParagraphStyle("gs", fontName=REG, fontSize=8.2, leading=10.4, textColor=colors.white)
    cells = []
    for i, p in enumerate(PRIORITIES):
        cells.append([Paragraph(f"{i + 1}", ParagraphStyle("gn", parent=gst, fontSize=26, leading=30)),
                      [Paragraph(p[0], gst), Spacer(1, 3), Paragraph(p[1].split(". ")[0] + ".", gsub)]])
    t = Table(cells, colWidths=[22 * mm, W - 36 * mm - 22 * mm], rowHeights=[36 * mm] * 4)
    st = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 4, colors.white),
          ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9)]
    for i in range(4):
        st.append(("BACKGROUND", (0, i), (1, i), FILLS[i]))
    t.setStyle(TableStyle(st))
    s.append(t)
    # priorities
    for i, (name, why, objs, kpis) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc), Spacer(1, 4),
              Label(f"PRIORITY {i + 1}", BOLD, 10, FILLS[i]), Spacer(1, 4),
              Banner(name, ban, FILLS[i], pad=10, accent=SUN), Spacer(1, 7), Paragraph(why, intro), FrameBreak()]
        s.append(Paragraph("My objectives", h2))
        for k, o in enumerate(objs, 1):
            s.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
        s.append(FrameBreak())
        s.append(Paragraph("How we will know", h2))
        s += bullets(kpis, bl, bullet="–")
        s.append(Spacer(1, 8))
        s.append(RuledBox([Paragraph("What I will do", h3),
                           Paragraph("I will set the Chief Constable an annual delivery plan for this priority, "
                                     "review it at my public performance board and fund partners where that gives "
                                     "the best result.", body)], MIST))
    # partners
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("part", toc), Paragraph("Working with partners", title_st),
          Paragraph("Much of this plan will be delivered by partnerships in which I am a member or a funder. Each has its "
                    "own strategy and its own priorities, which are agreed locally.", body),
          Paragraph("Community safety partnerships", h2)]
    s += bullets(["Keeping Bristol Safe Partnership", "Bath and North East Somerset Community Safety and Safeguarding "
                  "Partnership", "North Somerset Community Safety Partnership", "South Gloucestershire Safer and "
                  "Stronger Communities Partnership", "Safer Somerset Partnership"], bl)
    s.append(Paragraph("Other partnerships", h2))
    s += bullets(["Avon and Somerset Violence Reduction Partnership (Serious Violence Duty)",
                  "Combating drugs partnerships in Bristol, Somerset and the other local authority areas",
                  "Avon and Somerset Local Criminal Justice Board and its Reducing Reoffending Board",
                  "Youth justice management boards", "Domestic abuse partnership boards",
                  "Safeguarding children and adults partnerships"], bl)
    s.append(Paragraph("Our shared approach", h2))
    s.append(Paragraph("I will align my commissioning with partners' strategies wherever we share an aim, and I will "
                       "ask each partnership to report once a year on the difference my funding has made.", body))
    s += [PageBreak(), Marker("fund", toc), Paragraph("Funding my priorities", title_st),
          Paragraph("The table shows how the police and crime budget for 2021/22 was allocated (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Avon and Somerset Police (net)", "318.4"], ["Commissioning: victims' services", "6.1"],
                ["Community safety grants", "2.3"], ["Office of the PCC", "1.6"], ["Capital programme", "14.0"]],
               colWidths=[55 * mm, 20 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C8D2DA")), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header, banner_h=70 * mm), TITLE,
                       "Avon and Somerset Police and Crime Commissioner")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
