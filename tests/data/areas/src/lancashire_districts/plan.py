"""Police and Crime Plan for Lancashire 2025-2029 (fictional edition): reportlab brochure.

Six priorities, two per page (pp5-7). Each priority is **lettered on a drawn street nameplate** (a white
plate with a rounded black border and an inner keyline, black capitals-and-lower-case lettering centred,
a small grey "LANCASHIRE" district line under the name, as on the county's cast street signs); no number
is printed. An italic tag line and the numbered objectives "1.1 ..." follow each plate. Distractors: the
principles and "What you told us" (p4), the tag lines and objectives, the partnership list and the budget (p8).
"""
from rl_kit import (A4, PageBreak, PageTemplate, Frame, BaseDocTemplate, Paragraph, ParagraphStyle, Spacer,
                    Table, TableStyle, fonts, hexc, mm, Flowable, TA_CENTER, NextPageTemplate)
from lancashire_districts.work import check_pages

FILE = "plan/lancashire_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Lancashire 2025–2029"
W, H = A4
NAVY, RED = "#1B2A4A", "#C8102E"

PRIORITIES = [
    ("Keeping our neighbourhoods safe",
     "Visible, problem-solving policing in every community, working hand in hand with councils.",
     ["1.1 Put named neighbourhood officers and PCSOs in every ward and solve anti-social behaviour problems "
      "together with district councils, housing providers and residents.",
      "1.2 Cut burglary, robbery, vehicle crime and shop theft, and support retailers and town centre businesses.",
      "1.3 Protect rural communities from rural, wildlife and heritage crime, including the theft of farm "
      "machinery, livestock worrying and hare coursing.",
      "1.4 Tackle hate crime, support victims of hate and work with councils to build cohesive communities."]),
    ("Cutting violence and the drugs trade",
     "Less violence on our streets and fewer lives damaged by drugs.",
     ["2.1 Reduce serious violence and knife crime, and fund the Lancashire Violence Reduction Network to meet "
      "the Serious Violence Duty with partners.",
      "2.2 Dismantle county lines and organised crime groups and protect children and vulnerable adults from "
      "criminal exploitation and cuckooing.",
      "2.3 Disrupt the supply of drugs in every district, acting on community intelligence.",
      "2.4 Get more people who are arrested into drug and alcohol treatment through drug testing on arrest, and "
      "support the Combating Drugs Partnership to improve recovery and cut drug-related deaths."]),
    ("Tackling violence against women and girls",
     "Women and girls safe at home, online, at work and in public.",
     ["3.1 Identify domestic abuse earlier and make sure victims and their children get specialist support.",
      "3.2 Improve the investigation of rape and sexual offences and support victims through court.",
      "3.3 Respond to stalking and harassment as the serious crimes they are.",
      "3.4 Challenge perpetrators and change their behaviour through programmes and robust enforcement.",
      "3.5 Make the night-time economy safe, working with licensing authorities, venues and street pastors, with "
      "a focus on the safety of women and girls."]),
    ("Standing up for victims and vulnerable people",
     "Every victim treated with respect and helped to cope and recover.",
     ["4.1 Commission victim services that meet the Victims' Code and the needs of Lancashire's communities.",
      "4.2 Protect older and isolated people from fraud, scams and doorstep crime.",
      "4.3 Identify and support victims of modern slavery and human trafficking.",
      "4.4 Make sure people in mental health crisis get the right care from the right agency."]),
    ("Breaking the cycle of reoffending",
     "Fewer victims by helping people stop offending for good.",
     ["5.1 Manage prolific neighbourhood offenders through Integrated Offender Management.",
      "5.2 Divert children and young adults away from crime at the earliest opportunity.",
      "5.3 Work with the Probation Service so that people leaving prison have a home, a job and access to health "
      "care.",
      "5.4 Offer restorative justice to every victim who wants it."]),
    ("A police service Lancashire can trust",
     "An accessible, fair and efficient constabulary.",
     ["6.1 Answer 999 and 101 calls promptly and keep callers updated.",
      "6.2 Uphold the highest standards of conduct and root out those who fall short.",
      "6.3 Build a workforce that reflects Lancashire's communities and engage with every community.",
      "6.4 Spend the police budget wisely and invest in technology that frees officers' time."]),
]


class NamePlate(Flowable):
    """A cast street nameplate with the priority lettered on it."""

    def __init__(self, text, reg, bold, width=150 * mm):
        super().__init__()
        self.text, self.reg, self.bold, self.w = text, reg, bold, width
        self.p = Paragraph(text, ParagraphStyle("np", fontName=bold, fontSize=19, leading=23, alignment=TA_CENTER,
                                                textColor=hexc("#111111")))
        _, self.ph = self.p.wrap(self.w - 24 * mm, 200 * mm)
        self.h = self.ph + 20 * mm

    def wrap(self, aw, ah):
        return aw, self.h + 4 * mm

    def draw(self):
        c = self.canv
        x0 = 13 * mm
        c.setFillColor(hexc("#888888"))
        c.roundRect(x0 + 1.2 * mm, 3 * mm - 1.2 * mm, self.w, self.h, 5 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setStrokeColor(hexc("#111111"))
        c.setLineWidth(3.2)
        c.roundRect(x0, 3 * mm, self.w, self.h, 5 * mm, stroke=1, fill=1)
        c.setLineWidth(0.8)
        c.roundRect(x0 + 3 * mm, 6 * mm, self.w - 6 * mm, self.h - 6 * mm, 3.5 * mm, stroke=1, fill=0)
        for sx in (x0 + 6 * mm, x0 + self.w - 6 * mm):  # fixing screws
            c.setFillColor(hexc("#BBBBBB"))
            c.circle(sx, 3 * mm + self.h / 2, 1.3 * mm, stroke=1, fill=1)
        self.p.drawOn(c, x0 + 12 * mm, 3 * mm + 12 * mm)
        c.setFillColor(hexc("#666666"))
        c.setFont(self.reg, 7)
        c.drawCentredString(x0 + self.w / 2, 3 * mm + 8.5 * mm, "LANCASHIRE")


def build(root):
    out = root / FILE
    reg, bold = fonts("liberation-sans")
    sreg, sbold = fonts("liberation-serif")
    body = ParagraphStyle("b", fontName=reg, fontSize=9.4, leading=13.4, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=sbold, fontSize=21, leading=25, textColor=hexc(NAVY), spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=14, textColor=hexc(NAVY), spaceBefore=8, spaceAfter=4)
    tag = ParagraphStyle("tg", fontName=sreg, fontSize=10.5, leading=14, textColor=hexc(RED), spaceBefore=3, spaceAfter=4,
                         italic=True)
    obj = ParagraphStyle("o", fontName=reg, fontSize=8.9, leading=12, leftIndent=22, firstLineIndent=-22, spaceAfter=2.5)
    li = ParagraphStyle("li", fontName=reg, fontSize=9.2, leading=12.8, leftIndent=10, spaceAfter=3)
    cell = ParagraphStyle("c", fontName=reg, fontSize=8.6, leading=11.5)

    def cover(c, doc):
        c.saveState()
        c.setFillColor(hexc(NAVY))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc(RED))
        c.rect(0, 0, W, 70 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(bold, 10)
        c.drawString(18 * mm, H - 24 * mm, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LANCASHIRE")
        c.setFont(sbold, 34)
        c.drawString(18 * mm, H - 110 * mm, "Police and Crime Plan")
        c.drawString(18 * mm, H - 124 * mm, "for Lancashire")
        c.setFont(reg, 18)
        c.drawString(18 * mm, H - 142 * mm, "2025 – 2029")
        c.setFont(reg, 9)
        c.drawString(18 * mm, 30 * mm, "Safer Lancashire: fewer victims, stronger communities")
        c.restoreState()

    def page(c, doc):
        c.saveState()
        c.setFillColor(hexc(RED))
        c.circle(W - 20 * mm, 12 * mm, 4.5 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(bold, 8.5)
        c.drawCentredString(W - 20 * mm, 10.8 * mm, str(doc.page))
        c.setFillColor(hexc("#777777"))
        c.setFont(reg, 7.5)
        c.drawString(18 * mm, 11 * mm, "Police and Crime Plan for Lancashire 2025–2029")
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, title=TITLE, author="Police and Crime Commissioner for Lancashire",
                          creator="stratalign test data", leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    fr = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H, **fr)], onPage=cover),
                          PageTemplate("body", [Frame(18 * mm, 20 * mm, W - 36 * mm, H - 38 * mm, **fr)], onPage=page)])
    F = [NextPageTemplate("body"), PageBreak(), Paragraph("Contents", h1)]
    toc = [("Foreword", 3), ("Lancashire today and what you told us", 4), ("My priorities", 5)]
    rows = [[Paragraph(t, ParagraphStyle("t", fontName=bold, fontSize=11, leading=15)), Paragraph(str(n), body)] for t, n in toc]
    for i, (name, _, _) in enumerate(PRIORITIES):
        rows.append([Paragraph(name, ParagraphStyle("ti", fontName=reg, fontSize=10, leading=14, leftIndent=14)),
                     Paragraph(str(5 + i // 2), body)])
    rows += [[Paragraph(t, ParagraphStyle("t", fontName=bold, fontSize=11, leading=15)), Paragraph(str(n), body)]
             for t, n in [("Working together and funding the plan", 8)]]
    tt = Table(rows, colWidths=[150 * mm, 20 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#BBBBBB")), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    F += [tt, PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Lancashire stretches from the Irish Sea coast to the Pennine moors, from the cities of Preston and Lancaster "
        "to market towns, mill towns and farming villages. Keeping 1.5 million people safe across that landscape "
        "takes the police and every partner working together.",
        "This plan sets out what I will hold the Chief Constable to account for, and what I will commission and fund, "
        "from 2025 to 2029. It draws on the views of more than 4,000 residents (illustrative) and on the strategic "
        "assessments of the county's community safety partnerships.",
        "I know that partners have many plans of their own. I want this plan to be one that district councils, "
        "health, probation, the fire and rescue service and the voluntary sector can recognise and build on, "
        "rather than another set of priorities to juggle.",
        "I will publish an annual report on progress against each priority and the measures in this plan."]:
        F.append(Paragraph(t, body))
    F += [Paragraph("<b>Police and Crime Commissioner for Lancashire</b>", body), PageBreak()]
    F += [Paragraph("Lancashire today and what you told us", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    st = Table([[Paragraph(f"<font size=14 color='{NAVY}'><b>{n}</b></font><br/>{l}", cell) for n, l in row] for row in [
        [("1.5 million", "residents"), ("14", "districts and unitary councils"), ("138,000", "crimes recorded in 2024/25")],
        [("31,500", "domestic abuse incidents"), ("1,240", "knife crime offences"), ("49,000", "anti-social behaviour incidents")]]],
        colWidths=[58 * mm] * 3)
    st.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#F1F3F7")), ("GRID", (0, 0), (-1, -1), 3, hexc("#FFFFFF")),
                            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    F += [st, Paragraph("What you told us", h2)]
    for t in ["Anti-social behaviour and speeding traffic are the issues residents raise most often.",
              "People want to see officers they know in their neighbourhood.",
              "Women and girls told us they do not always feel safe in town centres at night.",
              "Victims want to be kept informed about their case."]:
        F.append(Paragraph(t, li, bulletText="\u2022"))
    F.append(Paragraph("The principles behind this plan", h2))
    for t in ["<b>Prevention first</b>: stopping harm before it happens.",
              "<b>Partnership by default</b>: no agency can do this alone.",
              "<b>Evidence-led</b>: we fund what works and stop what does not.",
              "<b>Listening to victims</b>: their experience shapes our services."]:
        F.append(Paragraph(t, li, bulletText="\u2022"))
    F += [PageBreak(), Paragraph("My priorities", h1),
          Paragraph("Six priorities set the direction for policing and community safety in Lancashire until 2029.", body)]
    for i, (name, tl, objs) in enumerate(PRIORITIES):
        if i and i % 2 == 0:
            F.append(PageBreak())
        F += [Spacer(1, 4), NamePlate(name, reg, bold), Paragraph(f"<i>{tl}</i>", tag)]
        F += [Paragraph(o, obj) for o in objs]
        F.append(Spacer(1, 8))
    F += [PageBreak(), Paragraph("Working together and funding the plan", h1),
          Paragraph("Community safety in Lancashire is shared by many partnerships. I will work with each of them "
                    "and align my funding to their plans where they support the priorities above.", body),
          Paragraph("Partnerships I work with", h2)]
    for t in ["Fourteen community safety partnerships, including joint partnerships across district boundaries",
              "The Lancashire Violence Reduction Network",
              "The pan-Lancashire Domestic Abuse and Violence Against Women and Girls Partnership Board",
              "The Lancashire Combating Drugs Partnership",
              "Lancashire Youth Justice Service Management Board",
              "The Lancashire Reducing Reoffending Board",
              "Lancashire Fire and Rescue Service and the Lancashire Resilience Forum"]:
        F.append(Paragraph(t, li, bulletText="\u2022"))
    F.append(Paragraph("The budget for 2025/26", h2))
    bt = Table([["Police grant and precept (illustrative)", "£392m"], ["Commissioned victim services", "£4.1m"],
                ["Community safety grants to partnerships", "£1.6m"], ["Violence reduction", "£2.3m"]],
               colWidths=[120 * mm, 40 * mm])
    bt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), reg), ("FONTSIZE", (0, 0), (-1, -1), 9),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, hexc("#BBBBBB"))]))
    F += [bt, Spacer(1, 8), Paragraph("Office of the Police and Crime Commissioner for Lancashire, County Hall, "
                                      "Preston. commissioner@lancashire-pcc.example", body)]
    doc.build(F)
    check_pages(out, {"Foreword": 3, "Lancashire today and what you told us": 4, "My priorities": 5,
                      PRIORITIES[2][0]: 6, PRIORITIES[4][0]: 7, "Working together and funding the plan": 8})
    return out
