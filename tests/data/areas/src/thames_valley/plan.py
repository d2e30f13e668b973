"""Thames Valley Police and Crime Plan 2021-2025: reportlab designed brochure.

Priorities are shown as plain banner headings, one per page, after a
"priorities at a glance" grid.  Sub-objectives, cross-cutting themes, values,
KPIs and governance bullets are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "plan/thames_valley_police_and_crime_plan_2021-25.pdf"
TITLE = "Thames Valley Police and Crime Plan 2021–2025"

NAVY, TEAL, SKY, SAND, GREY = hexc("#12284C"), hexc("#00857C"), hexc("#DDEFF3"), hexc("#F4EFE6"), hexc("#5B6770")
REG, BOLD = fonts("helvetica")

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.4, spaceAfter=6, textColor=hexc("#1E1E1E"))
bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=3)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12.5, leading=15, textColor=TEAL, spaceBefore=6, spaceAfter=5)
h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10.2, leading=13, textColor=NAVY, spaceBefore=4, spaceAfter=3)
ban = ParagraphStyle("ban", fontName=BOLD, fontSize=24, leading=28, textColor=colors.white)
intro = ParagraphStyle("intro", parent=body, fontSize=11.2, leading=15.5, textColor=NAVY)
num = ParagraphStyle("num", fontName=BOLD, fontSize=22, leading=25, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.6, leading=11, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
toc = {}

PRIORITIES = [
    ("Strong Local Policing",
     "Neighbourhood officers who know their communities, respond when they are needed and deal with the crime and anti-social behaviour that matters most to residents.",
     ["Increase the number of officers and PCSOs in neighbourhood teams and keep them visible and accessible.",
      "Tackle anti-social behaviour with councils and housing providers, using the full range of powers available.",
      "Give rural and wildlife crime the attention it deserves through dedicated rural crime teams.",
      "Reduce deaths and serious injuries on our roads, working with the Safer Roads Partnership.",
      "Tackle violence against women and girls, including domestic abuse, stalking and harassment, and pursue perpetrators.",
      "Respond quickly to hate crime and support the communities affected by it.",
      "Make it easier to contact the police through 101, online reporting and social media."],
     ["Public confidence in local policing (survey)", "Response times to emergency and priority calls",
      "Repeat victimisation for anti-social behaviour", "Killed or seriously injured casualties on roads"],
     ("Rural crime in the Vale", "A rural crime taskforce worked with farmers, estate managers and the Countryside Watch network to target equipment theft and hare coursing. Officers visited more than 200 farms in one season and marked machinery with forensic solutions. (Illustrative example.)")),
    ("Fighting Serious Organised Crime",
     "Organised criminals cause harm far beyond the crimes they commit. They exploit children and vulnerable adults, supply the drugs that fuel violence and launder the profits through our communities.",
     ["Disrupt county lines and the drug supply networks that operate across Thames Valley.",
      "Protect children and vulnerable adults from criminal exploitation, cuckooing and modern slavery.",
      "Reduce serious violence and knife crime, funding the Violence Reduction Unit and its public health approach.",
      "Take the profit out of crime by seizing criminal assets and reinvesting them in communities.",
      "Work with the regional organised crime unit and the National Crime Agency to pursue the most harmful groups."],
     ["Organised crime group disruptions", "County lines closed", "Hospital admissions for assault with a sharp object",
      "Value of assets recovered under the Proceeds of Crime Act"],
     ("Operation to close a county line", "Officers from two neighbourhood teams and the regional unit closed a line running from London into Aylesbury, safeguarding three teenagers who had been moving drugs. (Illustrative example.)")),
    ("Fighting Fraud and Cyber Crime",
     "Fraud is now the most common crime experienced by residents, yet it is too often treated as a crime without a victim. Online crime can devastate people's savings, businesses and confidence.",
     ["Protect older and vulnerable residents from fraud and scams with banks, Trading Standards and volunteers.",
      "Improve the support offered to victims of fraud through a dedicated fraud victim service.",
      "Help small businesses and charities build their resilience to cyber attacks.",
      "Increase the capability of Thames Valley Police to investigate fraud and pursue offenders."],
     ["Repeat victims of fraud", "Fraud victims receiving a support contact within 72 hours",
      "Businesses completing cyber resilience training"],
     ("Banking Protocol", "Bank staff who suspect a customer is being scammed can call for an immediate police response. In one year the protocol stopped losses estimated at over £1 million. (Illustrative example.)")),
    ("An Efficient and Effective Criminal Justice System",
     "Victims and witnesses deserve swift and fair justice. Delays in the courts let victims down, while those who offend need a firm response and a real chance to change.",
     ["Work with the courts, the Crown Prosecution Service and partners to reduce delays and the backlog of cases.",
      "Put victims first: commission Victims First to provide support to every victim who needs it.",
      "Reduce reoffending through integrated offender management, drug and alcohol treatment and support on release.",
      "Divert children and young adults from the formal justice system where it is right to do so.",
      "Fund programmes that challenge the behaviour of domestic abuse perpetrators."],
     ["Time from charge to case completion", "Victim satisfaction with Victims First",
      "Proven reoffending rate of people under integrated offender management"],
     ("Victims First Hub", "One hub now assesses the needs of every victim referred by the police and connects them with specialist support, from young victims' workers to independent sexual violence advisers. (Illustrative example.)")),
    ("Tackling Illegal Encampments",
     "Unauthorised encampments cause distress to residents, businesses and landowners and can be costly to clear. Many residents have told me this should be treated as a priority.",
     ["Make consistent use of police powers, including those in the Police, Crime, Sentencing and Courts Act 2022.",
      "Work with councils to provide suitable transit sites so that powers can be used effectively.",
      "Reduce the cost and disruption to landowners and parish councils of clearing encampments.",
      "Make sure the needs of Gypsy, Roma and Traveller communities are considered fairly."],
     ["Average time to resolve an unauthorised encampment", "Number of transit pitches available"],
     ("Joint encampments protocol", "A single protocol between the police and local authorities sets out who does what within the first 24 hours of an encampment being reported. (Illustrative example.)")),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawString(18 * mm, H - 7.5 * mm, "THAMES VALLEY POLICE AND CRIME PLAN 2021–2025")
    c.setFont(REG, 8)
    c.drawRightString(W - 18 * mm, H - 7.5 * mm, "Office of the Police and Crime Commissioner")
    c.setFillColor(TEAL)
    c.rect(0, H - 13.2 * mm, W, 1.2 * mm, stroke=0, fill=1)
    c.setFont(BOLD, 9)
    c.setFillColor(NAVY)
    if p % 2 == 0:
        c.drawString(18 * mm, 10 * mm, str(p))
        c.setFont(REG, 7.5)
        c.drawString(26 * mm, 10 * mm, "www.thamesvalley-pcc.example")
    else:
        c.drawRightString(W - 18 * mm, 10 * mm, str(p))
        c.setFont(REG, 7.5)
        c.drawRightString(W - 26 * mm, 10 * mm, "www.thamesvalley-pcc.example")
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    p = c.beginPath()
    p.moveTo(0, 0); p.lineTo(W, 0); p.lineTo(W, 95 * mm); p.lineTo(0, 150 * mm); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(hexc("#1B3A66"))
    c.circle(W - 20 * mm, H - 40 * mm, 70 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 13)
    c.drawString(20 * mm, H - 30 * mm, "Office of the Police and Crime Commissioner for Thames Valley")
    c.setFont(BOLD, 44)
    c.drawString(20 * mm, H - 105 * mm, "Police and")
    c.drawString(20 * mm, H - 123 * mm, "Crime Plan")
    c.setFont(REG, 30)
    c.drawString(20 * mm, H - 140 * mm, "2021–2025")
    c.setFont(REG, 13)
    c.drawString(20 * mm, 60 * mm, "Berkshire  •  Buckinghamshire  •  Milton Keynes  •  Oxfordshire")
    c.setFont(BOLD, 11)
    c.drawString(20 * mm, 45 * mm, "Working together for a safer Thames Valley")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, H - 70 * mm, W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 16)
    c.drawString(20 * mm, H - 100 * mm, "Contact the Office of the Police and Crime Commissioner")
    c.setFont(REG, 11)
    y = H - 115 * mm
    for line in ["Office of the PCC for Thames Valley", "The Farmhouse, Thames Valley Police Headquarters",
                 "Oxford Road, Kidlington, Oxfordshire", "Telephone: 01865 000000 (illustrative)",
                 "Email: pcc@thamesvalley-pcc.example", "", "This plan is available in other formats and languages on request.",
                 "In an emergency always call 999. For non-emergencies call 101."]:
        c.drawString(20 * mm, y, line)
        y -= 7 * mm
    c.setFont(REG, 8)
    c.drawString(20 * mm, 15 * mm, "Published 2021. Statistics in this document are illustrative.")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak()]
    # contents
    s.append(Paragraph("Contents", ParagraphStyle("ct", fontName=BOLD, fontSize=30, leading=36, textColor=NAVY, spaceAfter=14)))
    entries = [("Foreword from the Police and Crime Commissioner", "fw", 0), ("Thames Valley in numbers", "num", 0),
               ("Vision and values", "vis", 0), ("My priorities", "pri", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Cross-cutting themes", "cross", 0), ("Working in partnership", "part", 0),
                ("Delivering the plan", "gov", 0), ("Resourcing the plan", "fin", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), BOLD if not ind else REG, 11.5 if not ind else 10.5,
                              NAVY if not ind else GREY, indent=ind, gap=10 if not ind else 8))
    s.append(Spacer(1, 20))
    s.append(RuledBox([Paragraph("About this plan", h3), Paragraph(
        "The Police Reform and Social Responsibility Act 2011 requires every Police and Crime Commissioner to issue a "
        "police and crime plan. This plan sets out the priorities for policing and community safety in Thames Valley "
        "from 2021 to 2025, and how I will hold the Chief Constable to account for delivering them.", body)], SKY))

    # foreword
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("fw", toc),
          Paragraph("Foreword from the Police and Crime Commissioner", ParagraphStyle("fwh", parent=h2, fontSize=17, leading=21, textColor=NAVY))]
    for para in [
        "It is a privilege to have been elected as Police and Crime Commissioner for Thames Valley. During the election I "
        "spoke to thousands of residents, and their message was clear: they want to see the police in their community, "
        "they want crimes investigated, and they want the criminal justice system to deliver for victims.",
        "Thames Valley is one of the largest police force areas in the country, covering cities, market towns and some of "
        "the most rural parts of southern England. The challenges in Slough are not the same as those in West Oxfordshire, "
        "and this plan is written to give local policing the flexibility to respond to what matters in each community.",
        "Over the next four years Thames Valley Police will recruit hundreds of additional officers. I want those officers "
        "to be visible and to make a difference. I also want the force to take the fight to the organised criminals who "
        "exploit young people, and to treat fraud with the seriousness that victims deserve.",
        "No police force can do this alone. Councils, health services, schools, the voluntary sector and the criminal "
        "justice agencies all have a part to play. Through the community safety partnerships, the Violence Reduction Unit "
        "and the Local Criminal Justice Board we will work together on the problems that no single organisation can solve.",
        "I will publish regular reports on progress against this plan and hold public meetings in each of our local "
        "authority areas. I want you to tell me whether we are making a difference where you live.",
        "This plan has been shaped by the views of residents, victims, partner organisations and police officers and staff. "
        "I am grateful to everyone who took the time to respond to the consultation, and to the Police and Crime Panel for "
        "its scrutiny of the draft.",
    ]:
        s.append(Paragraph(para, body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("<b>Police and Crime Commissioner for Thames Valley</b>", body))
    s.append(Spacer(1, 10))
    s.append(RuledBox([Paragraph("“Residents told me they want to see the police in their community and to know that "
                                 "crimes will be investigated.”", ParagraphStyle("q", parent=intro, fontName=BOLD, textColor=colors.white))], TEAL, pad=10))

    # numbers
    s += [NextPageTemplate("single"), PageBreak(), Marker("num", toc),
          Paragraph("Thames Valley in numbers", ParagraphStyle("nh", parent=h2, fontSize=17, leading=21, textColor=NAVY)),
          Paragraph("Thames Valley Police serves a population of around 2.4 million people across three counties and "
                    "eighteen local authority areas. The figures below are illustrative and are included to show the scale "
                    "of demand on policing.", body), Spacer(1, 6)]
    s.append(Tiles([("2.4m", "residents across Berkshire, Buckinghamshire and Oxfordshire"),
                    ("2,200", "square miles, much of it rural"),
                    ("5,000+", "police officers by 2023 (illustrative)"),
                    ("196,000", "crimes recorded in a year (illustrative)"),
                    ("1 in 3", "crimes now involve fraud or an online element"),
                    ("68%", "of residents say they rarely see a police officer (illustrative survey)")],
                   3, A4[0] - 36 * mm, num, cap, [NAVY, TEAL, hexc("#2E6F95")]))
    s.append(Paragraph("Illustrative figures, not official statistics.", small))
    s.append(Spacer(1, 8))
    s.append(Paragraph("What residents told us", h2))
    for para in [
        "More than 4,000 people responded to the consultation on this plan (illustrative). The issues raised most often were "
        "the visibility of local policing, speeding and dangerous driving, drug dealing in residential streets, online fraud "
        "and unauthorised encampments on parks and farmland.",
        "Businesses told us that they want a better response to shoplifting and to cyber attacks. Victims' groups asked for "
        "faster court hearings and clearer information about the progress of their case."]:
        s.append(Paragraph(para, body))
    s.append(Paragraph("Our area", h2))
    s.append(Paragraph(
        "Thames Valley includes the cities of Oxford and Milton Keynes, large towns such as Reading, Slough, High Wycombe and "
        "Banbury, and a wide rural hinterland. It has major transport routes, including the M4, M40 and M1, which are used by "
        "organised criminals to move drugs and stolen goods between London, the Midlands and the South West.", body))

    # vision + glance
    s += [PageBreak(), Marker("vis", toc), Paragraph("Vision and values", ParagraphStyle("vh", parent=h2, fontSize=17, leading=21, textColor=NAVY)),
          RuledBox([Paragraph("Our vision", h3), Paragraph("A safer Thames Valley where people feel protected, crime is prevented and "
                   "criminals are brought to justice.", intro)], SAND), Spacer(1, 6),
          Paragraph("The values that guide this plan", h3)]
    s += bullets(["<b>Listening</b> – policing shaped by what communities tell us.",
                  "<b>Fairness</b> – treating everyone with dignity and respect.",
                  "<b>Value for money</b> – every pound spent where it makes the greatest difference.",
                  "<b>Openness</b> – clear reporting on what is working and what is not."], bl)
    s += [Spacer(1, 8), Marker("pri", toc), Paragraph("My priorities at a glance", ParagraphStyle("gh", parent=h2, fontSize=15, leading=19))]
    cells, row = [], []
    fills = [NAVY, TEAL, hexc("#2E6F95"), hexc("#4A5E8A"), hexc("#6B8F71")]
    gst = ParagraphStyle("g", fontName=BOLD, fontSize=11, leading=13.5, textColor=colors.white)
    gsub = ParagraphStyle("gs", fontName=REG, fontSize=8, leading=10, textColor=colors.white)
    for i, p in enumerate(PRIORITIES):
        row.append([Paragraph(p[0], gst), Spacer(1, 3), Paragraph(p[1].split(".")[0] + ".", gsub)])
        if len(row) == 3:
            cells.append(row)
            row = []
    row.append([Paragraph("Running through everything", gst), Spacer(1, 3), Paragraph("Protecting the vulnerable, prevention and value for money.", gsub)])
    cells.append(row)
    t = Table(cells, colWidths=[(A4[0] - 36 * mm) / 3] * 3, rowHeights=[46 * mm, 46 * mm])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 5, colors.white),
          ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 8)]
    for i in range(6):
        st.append(("BACKGROUND", (i % 3, i // 3), (i % 3, i // 3), fills[i] if i < 5 else GREY))
    t.setStyle(TableStyle(st))
    s.append(t)

    # priorities
    for i, (name, why, dos, kpis, case) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc), Spacer(1, 4),
              Banner(name, ban, [NAVY, TEAL, hexc("#2E6F95"), hexc("#4A5E8A"), hexc("#6B8F71")][i], pad=10, bleed_left=18 * mm, bleed_right=18 * mm),
              Spacer(1, 8), Paragraph(why, intro), FrameBreak()]
        s.append(Paragraph("What I will do", h2))
        s += bullets(dos, bl)
        s.append(Paragraph("How we will measure success", h2))
        s += bullets(kpis, bl, bullet="–")
        s.append(Spacer(1, 8))
        s.append(RuledBox([Paragraph(case[0], h3), Paragraph(case[1], body)], SKY))

    # cross-cutting
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("cross", toc),
          Paragraph("Cross-cutting themes", ParagraphStyle("xh", parent=h2, fontSize=17, leading=21, textColor=NAVY)),
          Paragraph("Three themes run through every priority in this plan.", body)]
    for name, text in [
        ("Protecting the vulnerable", "Children, older people, people with mental ill-health and those experiencing abuse are most at "
         "risk of harm. Every priority in this plan considers how the police and partners identify and protect them."),
        ("Prevention and early intervention", "Preventing crime is better than responding to it. I will fund diversionary "
         "activity for young people and work with partners to intervene before problems escalate."),
        ("Value for money and transparency", "Residents pay for policing through the council tax precept. I will publish "
         "what we spend, what it achieves and how it compares with other forces.")]:
        s += [Paragraph(name, h3), Paragraph(text, body)]
    s += [Spacer(1, 6), Marker("part", toc), Paragraph("Working in partnership", h2),
          Paragraph("This plan will be delivered with a wide range of partners, including:", body)]
    s += bullets(["Thames Valley Police", "Community safety partnerships in each local authority area",
                  "Thames Valley Violence Reduction Unit", "Thames Valley Local Criminal Justice Board",
                  "Probation Service (South Central region)", "HM Courts and Tribunals Service",
                  "Crown Prosecution Service Thames and Chiltern", "Integrated care boards and NHS trusts",
                  "Youth justice services", "Victims First and commissioned support services",
                  "Neighbourhood Watch, Countryside Watch and other volunteers"], bl)
    s.append(Paragraph("Community safety partnerships set their own priorities based on local strategic assessments. "
                       "I will support them with the Community Safety Fund and expect their plans to help deliver the "
                       "outcomes in this plan.", body))

    # governance
    s += [NextPageTemplate("single"), PageBreak(), Marker("gov", toc),
          Paragraph("Delivering the plan", ParagraphStyle("dh", parent=h2, fontSize=17, leading=21, textColor=NAVY)),
          Paragraph("The Chief Constable is responsible for the operational delivery of this plan. I will hold the Chief "
                    "Constable to account through the following arrangements:", body)]
    s += bullets(["A public Level 1 meeting every quarter, with performance reports published on my website.",
                  "Monthly meetings with the Chief Constable on finance, performance and complaints.",
                  "Scrutiny of my decisions by the Thames Valley Police and Crime Panel.",
                  "An annual report on progress against each priority.",
                  "Joint audit committee oversight of risk, governance and internal control."], bl)
    s.append(Paragraph("Performance framework", h2))
    t = Table([["Priority", "Example measure", "Reported"],
               ["Strong local policing", "Public confidence; ASB repeat victims", "Quarterly"],
               ["Serious organised crime", "OCG disruptions; knife-enabled offences", "Quarterly"],
               ["Fraud and cyber crime", "Repeat fraud victims", "Six-monthly"],
               ["Criminal justice", "Charge to completion; reoffending", "Quarterly"],
               ["Illegal encampments", "Time to resolve", "Six-monthly"]],
              colWidths=[50 * mm, 85 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), BOLD, 9), ("FONT", (0, 1), (-1, -1), REG, 9),
                           ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SKY]), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 10), Paragraph("Commissioning", h2),
          Paragraph("I commission services for victims, for people at risk of offending and for community safety. Grants are "
                    "awarded through open processes and their outcomes are published each year.", body)]

    # finance
    s += [PageBreak(), Marker("fin", toc),
          Paragraph("Resourcing the plan", ParagraphStyle("fh", parent=h2, fontSize=17, leading=21, textColor=NAVY)),
          Paragraph("The budget for policing in Thames Valley comes from central government grant and the council tax "
                    "precept. The figures below are illustrative.", body)]
    t = Table([["", "2021/22 (£m)", "2022/23 (£m)"], ["Police grant", "262.4", "271.0"], ["Council tax precept", "203.8", "215.6"],
               ["Other income", "28.1", "29.4"], ["Total", "494.3", "516.0"]], colWidths=[60 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5), ("FONT", (0, -1), (-1, -1), BOLD, 9.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY), ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [t, Spacer(1, 6), Paragraph("Illustrative figures.", small), Spacer(1, 8),
          Paragraph("Community Safety Fund", h2),
          Paragraph("Each year I allocate a Community Safety Fund to local authorities to support the work of community safety "
                    "partnerships, youth offending services and drug and alcohol action teams. Allocations are based on population "
                    "and levels of need.", body), NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    pages: dict = {}

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header, banner_h=62 * mm), TITLE,
                       "Office of the Police and Crime Commissioner for Thames Valley")
        doc.build(story(pg))
        return dict(toc)

    first = run(pages)
    second = run(first)
    assert first == second
    return out
