"""Nottinghamshire Reducing Reoffending Strategy and Partnership Agreement 2024-2027: reportlab plain report
(Liberation Serif, justified), written as a **partnership agreement in numbered clauses**.

Five priorities, stated once, on p6 as the **level-two clauses of clause 4 "Shared priorities"**: each
clause number ("4.1" ...) hangs in the margin beside the priority in bold, and the lead parties'
commitments follow as sub-clauses "4.1.1 ..." in roman type.  The definitions (clause 3), the seven
resettlement pathways and the previous strategy's themes (p4), the principles (p5), the sub-clauses, the task
group names (p7) and the signature block (p8) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine

FILE = "strategies/nottinghamshire_reducing_reoffending_strategy_2024-27.pdf"
TITLE = "Nottinghamshire Reducing Reoffending Strategy and Partnership Agreement 2024–2027"

INK, GREY, RULE = hexc("#111111"), hexc("#555555"), hexc("#8B1E3F")
REG, BOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10.2, leading=14, spaceAfter=6, textColor=INK,
                      alignment=4)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=15, leading=19, textColor=INK, spaceBefore=4, spaceAfter=8)
cl = ParagraphStyle("cl", parent=body, leftIndent=14 * mm, bulletIndent=0, bulletFontName=REG, bulletFontSize=10.2)
cl_b = ParagraphStyle("cl_b", parent=cl, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                      alignment=0, bulletFontName=BOLD, bulletFontSize=11.5)
sub = ParagraphStyle("sub", parent=body, leftIndent=28 * mm, bulletIndent=14 * mm, bulletFontName=REG,
                     bulletFontSize=10.2, spaceAfter=3)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY)

PRIORITIES = [
    ("Managing prolific offenders through Integrated Offender Management",
     ["The police and the Probation Service will jointly manage a fixed cohort of the most prolific "
      "neighbourhood offenders, with a flexible cohort chosen locally.",
      "Every district will hold a fortnightly IOM case conference."]),
    ("A settled home for everyone leaving prison",
     ["The district and city councils will give prison leavers a housing assessment before release.",
      "The Probation Service will fund accommodation for the first weeks after release where needed."]),
    ("Education, training and work for people on probation",
     ["Jobcentre Plus will place work coaches in probation offices.",
      "The parties will recruit employers to a Nottinghamshire second-chance employer pledge."]),
    ("Treatment for people whose drug or alcohol use drives their offending",
     ["The treatment providers will meet every person leaving HMP Nottingham or HMP Ranby who is in treatment.",
      "The courts and probation will make more use of drug and alcohol treatment requirements."]),
    ("Reducing offending by women",
     ["The parties will fund a women's centre in Nottingham and outreach in Mansfield.",
      "Women at risk of a short prison sentence will be offered a whole-system assessment."]),
]


def page(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(REG, 8)
    c.drawString(22 * mm, H - 13 * mm, "Nottinghamshire Reducing Reoffending Board")
    c.drawRightString(W - 22 * mm, H - 13 * mm, "Strategy and Partnership Agreement 2024–2027")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(22 * mm, H - 15 * mm, W - 22 * mm, H - 15 * mm)
    c.setFont(REG, 9)
    c.drawCentredString(W / 2, 11 * mm, f"[{p}]")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(3)
    c.line(22 * mm, H - 40 * mm, W - 22 * mm, H - 40 * mm)
    c.setLineWidth(0.8)
    c.line(22 * mm, H - 43 * mm, W - 22 * mm, H - 43 * mm)
    c.setFillColor(INK)
    c.setFont(BOLD, 11)
    c.drawString(22 * mm, H - 34 * mm, "NOTTINGHAMSHIRE REDUCING REOFFENDING BOARD")
    c.setFont(BOLD, 28)
    c.drawString(22 * mm, H - 90 * mm, "Reducing Reoffending")
    c.drawString(22 * mm, H - 102 * mm, "Strategy")
    c.setFont(REG, 16)
    c.drawString(22 * mm, H - 116 * mm, "and Partnership Agreement")
    c.setFillColor(RULE)
    c.drawString(22 * mm, H - 130 * mm, "2024–2027")
    c.setFillColor(GREY)
    c.setFont(REG, 9.5)
    y = 70 * mm
    for line in ["Between: the Probation Service (East Midlands); Nottinghamshire Police; the Office of the Police",
                 "and Crime Commissioner; Nottingham City Council; Nottinghamshire County Council; the district",
                 "and borough councils; the Integrated Care Board; HMP Nottingham; HMP Ranby; Jobcentre Plus."]:
        c.drawString(22 * mm, y, line)
        y -= 5 * mm
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    for text, key in [("1 Purpose of this agreement", "fw"), ("2 Background", "bg"),
                      ("3 Definitions and principles", "def"), ("4 Shared priorities", "pri"),
                      ("5 Delivery", "del"), ("6 Governance, review and signature", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11, INK, leader=True, gap=12))
    s += [PageBreak(), Paragraph("1 Purpose of this agreement", h1)]
    for n, t in [
        ("1.1", "This document is both the Reducing Reoffending Board's strategy for 2024–2027 and an agreement "
                "between the parties named on its cover about how they will work together to reduce reoffending in "
                "Nottingham and Nottinghamshire."),
        ("1.2", "About a quarter of people who receive a caution or conviction in the area reoffend within a year "
                "(illustrative). Reoffending creates victims, costs the public purse and wastes lives."),
        ("1.3", "The agreement replaces the Board's 2021–2024 strategy. It is not legally binding; the parties "
                "enter it in good faith and will review it each year."),
        ("1.4", "The foreword is signed by the Chair of the Board, on behalf of all the parties.")]:
        s.append(Paragraph(t, cl, bulletText=n))
    s.append(Paragraph("<b>Chair, Nottinghamshire Reducing Reoffending Board</b>", body))
    s += [PageBreak(), Paragraph("2 Background", h1)]
    for n, t in [
        ("2.1", "In 2023/24 the Probation Service supervised about 6,900 people in the area and about 2,100 people "
                "were released from prison to Nottinghamshire addresses (illustrative figures)."),
        ("2.2", "The previous strategy was organised around three themes: Accommodation; Health; and Employment. "
                "They are carried into this agreement in a new form."),
        ("2.3", "Nationally, resettlement is described through seven pathways: accommodation; education, training "
                "and employment; health; drugs and alcohol; finance, benefit and debt; children and families; and "
                "attitudes, thinking and behaviour."),
        ("2.4", "Integrated Offender Management works with three cohorts: a fixed cohort of neighbourhood "
                "offenders, a flexible cohort chosen locally, and a free cohort for local partners to use.")]:
        s.append(Paragraph(t, cl, bulletText=n))
    t = Table([["Indicator (illustrative)", "2023/24"], ["Proven reoffending rate, adults", "24%"],
               ["Prison leavers without settled accommodation on release", "19%"],
               ["People on probation in employment at six months", "31%"],
               ["Prison leavers in treatment within three weeks", "42%"]], colWidths=[115 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("LINEABOVE", (0, 0), (-1, 0), 1, INK), ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, INK)]))
    t.hAlign = "LEFT"
    s += [Spacer(1, 4), t]
    s += [PageBreak(), Paragraph("3 Definitions and principles", h1)]
    for n, t in [
        ("3.1", "In this agreement, <i>the Board</i> means the Nottinghamshire Reducing Reoffending Board; <i>the "
                "parties</i> means the organisations named on the cover; and <i>IOM</i> means Integrated Offender "
                "Management."),
        ("3.2", "The parties will follow these principles:"),
        ("3.2.1", "Desistance: people stop offending when they have hope, a home, work and relationships."),
        ("3.2.2", "Whole system: no single agency can reduce reoffending on its own."),
        ("3.2.3", "Victims: reducing reoffending is the best service we can give to future victims."),
        ("3.2.4", "Equality: the parties will check their work for its impact on women, Black and minority ethnic "
                  "people and care leavers.")]:
        s.append(Paragraph(t, sub if n.count(".") == 2 else cl, bulletText=n))
    s += [PageBreak(), Paragraph("4 Shared priorities", h1),
          Paragraph("The parties agree the following five shared priorities for 2024–2027. Each priority is set out "
                    "as a clause, with the commitments of the lead parties beneath it.", body)]
    for i, (name, subs) in enumerate(PRIORITIES, 1):
        s.append(Paragraph(name, cl_b, bulletText=f"4.{i}"))
        for k, t in enumerate(subs, 1):
            s.append(Paragraph(t, sub, bulletText=f"4.{i}.{k}"))
    s += [PageBreak(), Paragraph("5 Delivery", h1)]
    for n, t in [
        ("5.1", "Each priority is delivered by a task group that reports to the Board. The task groups are known "
                "by short names: IOM; Homes; Work; Treatment; and Women."),
        ("5.2", "Each task group will publish an annual action plan with named leads and dates."),
        ("5.3", "The Office of the Police and Crime Commissioner will fund the Board's coordinator and the IOM "
                "analyst for the life of this agreement.")]:
        s.append(Paragraph(t, cl, bulletText=n))
    t = Table([["Task group", "Chair", "Meets"], ["IOM", "Nottinghamshire Police", "Monthly"],
               ["Homes", "Nottingham City Council", "Bi-monthly"], ["Work", "Jobcentre Plus", "Quarterly"],
               ["Treatment", "Public health", "Bi-monthly"], ["Women", "Probation Service", "Quarterly"]],
              colWidths=[45 * mm, 65 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("LINEABOVE", (0, 0), (-1, 0), 1, INK), ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, INK)]))
    t.hAlign = "LEFT"
    s += [Spacer(1, 4), t]
    s += [PageBreak(), Paragraph("6 Governance, review and signature", h1)]
    for n, t in [
        ("6.1", "The Board meets quarterly and reports to the Nottinghamshire Local Criminal Justice Board and to "
                "the Police and Crime Commissioner."),
        ("6.2", "The Board will review this agreement every year and report progress against the measures in "
                "clause 2 (baselines illustrative)."),
        ("6.3", "Any party may leave this agreement on three months' notice to the Chair.")]:
        s.append(Paragraph(t, cl, bulletText=n))
    sig = Table([["Signed for the Probation Service", "Signed for Nottinghamshire Police"],
                 ["Regional Probation Director", "Chief Constable"],
                 ["Signed for the Police and Crime Commissioner", "Signed for the councils"],
                 ["Chief Executive, OPCC", "Chief Executives"]], colWidths=[80 * mm, 80 * mm],
                rowHeights=[14 * mm, 8 * mm, 14 * mm, 8 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                             ("LINEABOVE", (0, 1), (-1, 1), 0.5, GREY), ("LINEABOVE", (0, 3), (-1, 3), 0.5, GREY),
                             ("TEXTCOLOR", (0, 1), (-1, 1), GREY), ("TEXTCOLOR", (0, 3), (-1, 3), GREY)]))
    sig.hAlign = "LEFT"
    s += [Spacer(1, 8), sig, Spacer(1, 10), Paragraph("Contact: rrb@nottinghamshire-cjb.example", small)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = make_doc(out, A4, [
            PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(22 * mm, 20 * mm, W - 44 * mm, H - 42 * mm, id="s", **pad)],
                         onPage=page)], TITLE, "Nottinghamshire Reducing Reoffending Board")
        doc.build(story(pages))
    needles = {"fw": "1 Purpose of this agreement", "bg": "2 Background 2.1", "def": "3 Definitions and principles",
               "pri": "4 Shared priorities The parties", "del": "5 Delivery 5.1", "gov": "6 Governance, review"}
    two_pass(run, out, needles)
    return out
