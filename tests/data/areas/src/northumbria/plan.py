"""Northumbria Police and Crime Plan 2021-2025: reportlab brochure with sidebar headings.

Four priorities.  A "Plan on a page" grid (p5, NOT the gold page), then one
page per priority (pp6-9): a full-height coloured sidebar on the left holds a
large numeral on a line of its own and the priority heading in white (P4 wraps
over three lines in the narrow sidebar); the main column holds the numbered
objectives "1.1 ..." and the measures.  The vision, the pledges, the
"plan on a page" grid, the objectives, the partnership page (which names the
partner strategies) and the budget table are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import Marker

FILE = "plan/northumbria_police_and_crime_plan_2021-25.pdf"
TITLE = "Northumbria Police and Crime Plan 2021–2025"

INK, SLATE, MIST = hexc("#1C1F2A"), hexc("#4A5468"), hexc("#EEF0F5")
PLUM, FOREST, OCHRE, STEEL = hexc("#5B2A6E"), hexc("#1F6B52"), hexc("#B5651D"), hexc("#2C4C7C")
FILLS = [STEEL, FOREST, PLUM, OCHRE]
REG, BOLD = fonts("dejavu")
W, H = A4
SIDE = 64 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9, leading=13, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=3)
obj = ParagraphStyle("obj", parent=body, leftIndent=22, firstLineIndent=-22, spaceAfter=5)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=14.5, textColor=STEEL, spaceBefore=7,
                    spaceAfter=4)
title_st = ParagraphStyle("tt", parent=h2, fontSize=21, leading=25, textColor=INK, spaceBefore=0, spaceAfter=10)
side_num = ParagraphStyle("sn", fontName=BOLD, fontSize=54, leading=58, textColor=colors.white)
side_h = ParagraphStyle("sh", fontName=BOLD, fontSize=21, leading=25.5, textColor=colors.white, spaceBefore=6,
                        spaceAfter=12)
side_t = ParagraphStyle("st", fontName=REG, fontSize=9.4, leading=13.4, textColor=colors.white, spaceAfter=6)
intro = ParagraphStyle("intro", parent=body, fontSize=10.2, leading=14.4, textColor=SLATE)
small = ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=hexc("#6B6B6B"))
num = ParagraphStyle("num", fontName=BOLD, fontSize=19, leading=22, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10.2, textColor=colors.white)
toc: dict = {}

PRIORITIES = [
    ("Fighting crime",
     "Catching criminals and keeping them off our streets.",
     "People in Northumbria want the police to take on the criminals who harm their communities. I will make sure the "
     "force has the officers, the skills and the partnerships to do that, from organised crime gangs to the people "
     "who make a street's life a misery.",
     ["Take on serious and organised crime through Operation Sentinel: disrupt drug supply and county lines, and "
      "dismantle the gangs behind them.",
      "Tackle anti-social behaviour and neighbourhood crime, including burglary, robbery, vehicle crime and rural "
      "crime, with quick and visible responses.",
      "Tackle domestic abuse, rape and sexual offences, stalking and harassment: respond quickly, pursue the "
      "perpetrators and improve charge rates.",
      "Protect residents and businesses from fraud and online crime.",
      "Make our roads safer by targeting dangerous and careless driving and the \u201cfatal four\u201d."],
     ["Neighbourhood crime and ASB per 1,000 residents", "Organised crime groups disrupted",
      "Charge rate for rape and domestic abuse offences", "People killed or seriously injured on our roads"]),
    ("Preventing crime",
     "Stopping crime before it happens.",
     "Prevention is better than cure, and cheaper. I want Northumbria to lead the country on tackling the causes of "
     "crime, working with councils, schools, health and the voluntary sector.",
     ["Reduce serious violence and knife crime with the Northumbria Violence Reduction Unit and the partners under "
      "the Serious Violence Duty, combining hotspot patrols with a public health approach.",
      "Intervene early with children and young people at risk of offending, through youth diversion, mentoring and "
      "positive activities.",
      "Protect children and vulnerable adults from exploitation, including criminal exploitation by county lines "
      "gangs, with the safeguarding partnerships.",
      "Prevent violence against women and girls before it happens, through healthy relationships education and "
      "safer streets and nights out.",
      "Solve local problems with councils and communities: designing out crime, Safer Streets funding and problem "
      "solving in hotspots."],
     ["Hospital admissions for assault with a sharp object", "First-time entrants to the youth justice system",
      "Women who feel safe in town and city centres at night", "Repeat locations for ASB"]),
    ("Improving lives",
     "Supporting victims and tackling the problems behind crime.",
     "Crime does lasting damage to victims, and many offenders are caught in cycles of addiction, poor mental health "
     "and homelessness. I will use my commissioning budget to put victims first and to break those cycles.",
     ["Put victims first: commission services that help every victim to cope and recover, including specialist "
      "support for victims of domestic abuse and sexual violence, and hold agencies to the Victims' Code.",
      "Work with the combating drugs partnerships to get more people into drug and alcohol treatment and recovery, "
      "and to reduce drug-related deaths.",
      "Reduce reoffending with the Probation Service, Integrated Offender Management and the youth justice services, "
      "including housing and employment on release and support for women in the justice system.",
      "Make sure people in mental health crisis get the right care from the right agency."],
     ["Victims satisfied with the support they received", "Referrals into treatment from custody",
      "Proven reoffending rate", "Mental health related calls resolved by health partners"]),
    ("Building trust and confidence in policing",
     "A police service that belongs to its communities.",
     "Policing in this country depends on consent. Too many people, especially young people and people from minority "
     "communities, tell me they do not trust the police to treat them fairly. That has to change.",
     ["Put visible neighbourhood policing back into every community, and answer 101 calls quickly.",
      "Scrutinise stop and search and use of force, and deliver the Police Race Action Plan.",
      "Raise standards, and root out misogyny and misconduct through vetting and professional standards.",
      "Build the confidence of minority communities to report hate crime, and work with partners to strengthen "
      "community cohesion.",
      "Involve young people and communities in shaping local policing."],
     ["Public confidence in the police (survey)", "Average time to answer 101 calls",
      "Stop and search disproportionality ratio", "Hate crimes reported"]),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(STEEL)
    c.setLineWidth(0.6)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(SLATE)
    c.setFont(REG, 7.6)
    c.drawString(18 * mm, H - 12 * mm, "Northumbria Police and Crime Plan 2021–2025")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Fighting crime · Preventing crime · Improving lives")
    c.setFillColor(STEEL)
    c.rect(W - 26 * mm, 9 * mm, 8 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawCentredString(W - 22 * mm, 10.8 * mm, str(p))
    c.restoreState()


def side_page(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(FILLS[(p - 6) % 4])
    c.rect(0, 0, SIDE, H, stroke=0, fill=1)
    c.setFillColor(SLATE)
    c.setFont(REG, 7.6)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Northumbria Police and Crime Plan 2021–2025")
    c.setStrokeColor(hexc("#C9CED8"))
    c.setLineWidth(0.6)
    c.line(SIDE + 10 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(INK)
    c.setFont(BOLD, 8)
    c.drawRightString(W - 18 * mm, 10.8 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, f in enumerate(FILLS):
        c.setFillColor(f)
        c.rect(0, 58 * mm + i * 14 * mm, W, 14 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(20 * mm, H - 26 * mm, "NORTHUMBRIA POLICE AND CRIME COMMISSIONER")
    c.setFont(BOLD, 38)
    c.drawString(20 * mm, H - 105 * mm, "Police and")
    c.drawString(20 * mm, H - 121 * mm, "Crime Plan")
    c.setFont(REG, 24)
    c.drawString(20 * mm, H - 139 * mm, "2021–2025")
    c.setFont(REG, 10)
    c.drawString(20 * mm, 36 * mm, "Newcastle · Gateshead · North Tyneside · South Tyneside · Sunderland · Northumberland")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(STEEL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 15)
    c.drawString(20 * mm, 120 * mm, "Office of the Police and Crime Commissioner for Northumbria")
    c.setFont(REG, 10)
    y = 108 * mm
    for line in ["Email: enquiries@northumbria-pcc.example", "Telephone: 0191 000 0000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.",
                 "This plan is available in other formats and languages on request."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7.4)
    c.drawString(20 * mm, 16 * mm, "All statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body_w = W - 36 * mm
    return [
        PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
        PageTemplate("single", [Frame(18 * mm, 22 * mm, body_w, H - 46 * mm, id="s", **pad)], onPage=header),
        PageTemplate("side", [Frame(9 * mm, 22 * mm, SIDE - 17 * mm, H - 46 * mm, id="sd", **pad),
                              Frame(SIDE + 10 * mm, 22 * mm, W - SIDE - 28 * mm, H - 46 * mm, id="mn", **pad)],
                     onPage=side_page),
        PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back),
    ]


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", title_st), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Northumbria in numbers", "num", 0), ("My plan on a page", "gl", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Working with partners", "part", 0), ("Accountability and funding", "fund", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10 if ind else 11.5,
                              SLATE if ind else INK, indent=ind, leader=True, gap=9 if ind else 13))
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", title_st)]
    for t in [
        "Thank you for electing me as your Police and Crime Commissioner. This plan is my promise to the people of "
        "Newcastle, Gateshead, North Tyneside, South Tyneside, Sunderland and Northumberland. It sets out what I expect "
        "of Northumbria Police, and what I will do with partners, over the next four years.",
        "Before writing it I listened to residents, victims, young people, councillors, businesses and the people who "
        "work in policing and community safety. More than 3,000 people responded to my survey (illustrative). They "
        "told me they want to see officers in their neighbourhoods, they want criminals caught, and they want action "
        "on the causes of crime as well as its symptoms.",
        "That is why my plan is built on three simple ideas: fighting crime, preventing crime and improving lives. "
        "I have added a fourth priority, building trust and confidence in policing, because none of the others can be "
        "achieved without the support of the public.",
        "I cannot deliver this plan alone. Community safety partnerships, the Violence Reduction Unit, the combating "
        "drugs partnerships, youth justice services, probation, the NHS and hundreds of voluntary organisations all "
        "hold part of the answer. Where we share an aim, I will fund, support and challenge them.",
        "<b>Police and Crime Commissioner for Northumbria</b>"]:
        s.append(Paragraph(t, body))
    s.append(Spacer(1, 6))
    s.append(RuledBox([Paragraph("My vision", h2),
                       Paragraph("A safer Northumbria, where people are protected from crime, victims are supported "
                                 "and everyone can trust the police.", intro)], MIST, pad=10))
    s.append(Paragraph("My pledges to you", h2))
    s += bullets(["More officers in neighbourhoods, not behind desks.", "Every victim treated with dignity and "
                  "kept informed.", "Every pound of public money spent wisely.", "An open office that reports to you "
                  "every year."], bl)
    s += [PageBreak(), Marker("num", toc), Paragraph("Northumbria in numbers", title_st),
          Paragraph("The figures below are illustrative. They describe the scale of the force area and the demand on "
                    "the police, not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("1.5m", "residents in six local authority areas"), ("2,150", "square miles, from the Tyne to the "
                    "Scottish border"), ("141,000", "crimes recorded in 2020/21"), ("1 in 5", "crimes linked to "
                    "domestic abuse"), ("495,000", "calls to 101 and 999 a year"), ("3,500", "police officers, plus "
                    "staff and PCSOs")], 3, W - 36 * mm, num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What you told me", h2))
    s += bullets(["Anti-social behaviour was the top concern in every district.",
                  "Drug dealing and knife crime worried residents in parts of Newcastle, Sunderland and South Tyneside.",
                  "Rural residents in Northumberland felt forgotten by policing.",
                  "Many women said they did not feel safe in town centres at night.",
                  "Confidence in the police was lowest among young people."], bl)
    # plan on a page
    s += [PageBreak(), Marker("gl", toc), Paragraph("My plan on a page", title_st),
          Paragraph("Four priorities, each set out in full on the pages that follow.", body), Spacer(1, 6)]
    gst = ParagraphStyle("g", fontName=BOLD, fontSize=13, leading=16, textColor=colors.white)
    gsub = ParagraphStyle("gs", fontName=REG, fontSize=8.4, leading=10.8, textColor=colors.white)
    cw = (W - 36 * mm) / 2
    cells = [[[Paragraph(p[0], gst), Spacer(1, 4), Paragraph(p[1], gsub)] for p in PRIORITIES[k:k + 2]]
             for k in (0, 2)]
    t = Table(cells, colWidths=[cw, cw], rowHeights=[52 * mm, 52 * mm])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 5, colors.white),
          ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
          ("TOPPADDING", (0, 0), (-1, -1), 10)]
    for i in range(4):
        st.append(("BACKGROUND", (i % 2, i // 2), (i % 2, i // 2), FILLS[i]))
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 10), Paragraph("Underpinning everything", h2),
          Paragraph("<b>Victims first</b> · <b>Value for money</b> · <b>Equality and fairness</b> · <b>Partnership</b>",
                    intro),
          Paragraph("These are the standards I apply to every priority. They are not priorities in their own right.",
                    body)]
    for i, (name, tag, why, objs, kpis) in enumerate(PRIORITIES):
        s += [NextPageTemplate("side"), PageBreak(), Marker(f"p{i}", toc), Spacer(1, 14),
              Paragraph(str(i + 1), side_num), Paragraph(name, side_h), Paragraph(tag, side_t), FrameBreak(),
              Paragraph(why, intro), Paragraph("What I will do", h2)]
        for k, o in enumerate(objs, 1):
            s.append(Paragraph(f"<b>{i + 1}.{k}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
        s.append(Paragraph("How we will measure progress", h2))
        s += bullets(kpis, bl, bullet="\u25aa")
        s.append(Spacer(1, 6))
        s.append(RuledBox([Paragraph("Holding the Chief Constable to account", ParagraphStyle(
            "hb", parent=body, fontName=BOLD, textColor=INK)), Paragraph(
            "Progress on this priority is reported to my Business Meeting every quarter and to the Police and Crime "
            "Panel twice a year.", body)], MIST, pad=9))
    s += [NextPageTemplate("single"), PageBreak(), Marker("part", toc), Paragraph("Working with partners", title_st),
          Paragraph("Much of this plan will be delivered by partnerships in which I am a member or a funder. Each sets "
                    "its own priorities locally; I will align my grants to them wherever we share an aim.", body),
          Paragraph("Partnerships I work with", h2)]
    s += bullets(["Community safety partnerships in Newcastle, Gateshead, North Tyneside, South Tyneside, Sunderland "
                  "and Northumberland", "The Northumbria Violence Reduction Unit and the Serious Violence Duty "
                  "partnership", "Combating drugs partnerships in each local authority area",
                  "The Northumbria Local Criminal Justice Board and its reducing reoffending and victims groups",
                  "Youth justice management boards", "The Northumbria VAWG Strategic Board",
                  "Safeguarding children and adults partnerships"], bl)
    s.append(Paragraph("What partners can expect from me", h2))
    s += bullets(["Funding for three years at a time where I can.", "Shared data from the force and my office.",
                  "A single annual report instead of separate returns for each grant."], bl)
    s += [PageBreak(), Marker("fund", toc), Paragraph("Accountability and funding", title_st),
          Paragraph("I hold the Chief Constable to account in public. The Police and Crime Panel scrutinises my "
                    "decisions. The table shows the 2021/22 police and crime budget (illustrative).", body)]
    ft = Table([["Area", "£m"], ["Northumbria Police (net)", "312.7"], ["Victims' services", "5.4"],
                ["Violence Reduction Unit", "3.9"], ["Community safety grants", "2.1"], ["Office of the PCC", "1.5"]],
               colWidths=[62 * mm, 22 * mm])
    ft.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 8.6), ("FONT", (0, 0), (-1, 0), BOLD, 8.6),
                            ("BACKGROUND", (0, 0), (-1, 0), STEEL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.4, hexc("#C9CED8")),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s += [ft, Spacer(1, 6), Paragraph("Figures are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, templates(), TITLE, "Northumbria Police and Crime Commissioner")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
