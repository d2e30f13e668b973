"""West Mercia Serious Violence Duty Strategy 2024-2029: reportlab report (Liberation Sans).

Four priorities in a TWO-PAGE SPREAD TABLE on pp6-7: the left-hand page has the columns "No.", "Strategic
priority" and "Why it matters"; the facing page carries the same rows on with "What we will do", "Lead" and
"Measure", without the priority text.  Each page of the spread has a caption strip ("The spread continues on
the facing page" / "continued from the facing page").  The gold page is the left-hand page.  The definition and
the specified authorities (p4), the key findings and the Home Office success measures (p5), the intervention
titles (p8) and the local measures (p9) are distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/west_mercia_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "West Mercia Serious Violence Duty Strategy 2024–2029"
NAVY, CORAL, DARK, MIST = hexc("#1B2A49"), hexc("#E4572E"), hexc("#222222"), hexc("#ECEFF4")
REG, BOLD = fonts("liberation-sans")
W, H = A4
M = 18 * mm

body = ParagraphStyle("body", fontName=REG, fontSize=9.6, leading=13.8, spaceAfter=6, textColor=DARK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, spaceAfter=3)
cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD, fontSize=11, leading=14, textColor=NAVY)
headc = ParagraphStyle("headc", parent=cell, fontName=BOLD, textColor=colors.white)
numc = ParagraphStyle("numc", parent=cell, fontName=BOLD, fontSize=16, leading=18, textColor=CORAL)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=NAVY, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, textColor=CORAL, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=hexc("#666666"))
strip = ParagraphStyle("strip", fontName=BOLD, fontSize=8.5, leading=11, textColor=colors.white)

PRIORITIES = [
    ("Reducing serious violence and knife crime across West Mercia",
     "Knife crime has risen in our larger towns, and most serious violence happens in a few places at a few times.",
     ["Focused deterrence for the people most involved in violence.", "Weapons sweeps and knife arches at hotspots."],
     "Police, councils", "Knife crime offences"),
    ("Preventing children and young people from becoming involved in violence",
     "One in four people arrested for violence with a weapon is under 18 (illustrative).",
     ["Mentoring and youth work for children at risk.", "Reachable moments: youth workers in A&amp;E and custody."],
     "Youth justice, education", "Under-25 hospital admissions for assault"),
    ("Reducing violence linked to the night-time economy",
     "Alcohol is a factor in half of violence in town centres on Friday and Saturday nights.",
     ["Safe spaces and street pastors in Worcester, Shrewsbury, Hereford and Telford.",
      "Licensing reviews of premises linked to violence."], "Councils (licensing), police",
     "Night-time violence with injury"),
    ("Understanding violence through shared data and evidence",
     "Partners hold different pieces of the picture, and hospital data on assaults is rarely shared.",
     ["A shared violence dataset with hospitals, police and councils.", "An annual strategic needs assessment."],
     "Violence prevention team", "Data sharing agreements in place"),
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(NAVY)
    c.setFont(BOLD, 8)
    c.drawString(M, H - 12 * mm, "West Mercia Serious Violence Duty Strategy 2024\u20132029")
    c.setStrokeColor(CORAL)
    c.setLineWidth(2)
    c.line(M, H - 14 * mm, M + 30 * mm, H - 14 * mm)
    c.setFillColor(hexc("#666666"))
    c.setFont(REG, 8)
    c.drawRightString(W - M, 10 * mm, f"{p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.rect(0, 0, 12 * mm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10)
    c.drawString(30 * mm, H - 28 * mm, "WEST MERCIA SERIOUS VIOLENCE DUTY PARTNERSHIP")
    c.setFont(BOLD, 34)
    c.drawString(30 * mm, H - 120 * mm, "Serious Violence")
    c.drawString(30 * mm, H - 134 * mm, "Duty Strategy")
    c.setFont(REG, 20)
    c.drawString(30 * mm, H - 150 * mm, "2024 to 2029")
    c.setFont(REG, 10)
    c.drawString(30 * mm, 30 * mm, "Herefordshire \u00b7 Shropshire \u00b7 Telford and Wrekin \u00b7 Worcestershire")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(M, 18 * mm, W - 2 * M, H - 38 * mm, id="s", **pad)], onPage=header)]


def strip_row(text, width):
    t = Table([[Paragraph(text, strip)]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), CORAL), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def spread_style(n):
    return TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, MIST]),
                       ("LINEBELOW", (0, 1), (-1, -1), 0.5, hexc("#C9D1DE")),
                       ("TOPPADDING", (0, 1), (-1, -1), 10), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)])


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    for text, key in [("Foreword", "fw"), ("The Duty and our definition", "def"), ("What the evidence tells us", "ev"),
                      ("Our strategic priorities", "pri"), ("Interventions", "int"), ("Measures and governance", "gov")]:
        s.append(ContentsLine(text, pages.get(key, 0), REG, 11.5, DARK, leader=True, gap=14))
    s += [PageBreak(), Paragraph("Foreword", h1)]
    for t in [
        "Serious violence destroys lives and frightens communities. West Mercia is not London or Birmingham, but "
        "knife crime has risen here too, and a small number of young people are carrying weapons because they are "
        "afraid.",
        "The Serious Violence Duty requires the specified authorities to work together to prevent and reduce serious "
        "violence. In West Mercia, the Police and Crime Commissioner convenes the partnership across the four local "
        "authority areas.",
        "This strategy is built on our strategic needs assessment. It sets four priorities for the next five years, "
        "and we will refresh the needs assessment every year."]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>Chair, West Mercia Serious Violence Duty partnership</b>", body))
    s += [PageBreak(), Paragraph("The Duty and our definition", h1),
          Paragraph("For this strategy, serious violence means homicide, violence against the person that causes "
                    "injury, knife and weapon offences, robbery, and violence in the night-time economy. Domestic "
                    "abuse and sexual violence are covered by the local domestic abuse strategies.", body),
          Paragraph("The specified authorities", h2)]
    s += bullets(["The four community safety partnerships", "West Mercia Police", "Hereford and Worcester, and "
                  "Shropshire, fire and rescue services", "The Probation Service", "The youth justice service",
                  "The integrated care boards"], bl)
    s += [Paragraph("Relevant authorities", h2), Paragraph("Schools, colleges and prisons in West Mercia also work "
                                                           "with the partnership.", body)]
    s += [PageBreak(), Paragraph("What the evidence tells us", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", small)]
    num = ParagraphStyle("num", fontName=BOLD, fontSize=19, leading=22, textColor=CORAL)
    cap = ParagraphStyle("cap", fontName=REG, fontSize=8.5, leading=11, textColor=DARK)
    s.append(Tiles([("1,100", "knife crime offences"), ("480", "hospital admissions for assault"),
                    ("38%", "of offenders under 25"), ("52%", "of night-time violence alcohol-related")],
                   4, W - 2 * M, num, cap, [MIST]))
    s.append(Paragraph("Key findings", h2))
    s += bullets(["Violence is concentrated in the town centres of Worcester, Redditch, Telford, Shrewsbury and "
                  "Hereford.", "Young people carrying knives say they do so for protection.",
                  "Alcohol and the night-time economy drive weekend violence.",
                  "Data on assaults treated in hospital is not shared routinely."], bl)
    s.append(Paragraph("The Home Office success measures", h2))
    for i, n in enumerate(["A reduction in hospital admissions for assaults with a knife or sharp object",
                           "A reduction in knife and sharp object enabled serious violence recorded by the police",
                           "A reduction in homicides recorded by the police"], 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{n}", ParagraphStyle("nl", parent=body, leftIndent=14,
                                                                 firstLineIndent=-14)))
    # the spread
    cw = W - 2 * M
    s += [PageBreak(), Paragraph("Our strategic priorities", h1),
          Paragraph("Our four priorities are set out across the next two pages. Read each row from left to right "
                    "across the spread.", body),
          strip_row("The spread continues on the facing page \u2192", cw), Spacer(1, 4)]
    rows = [[Paragraph("No.", headc), Paragraph("Strategic priority", headc), Paragraph("Why it matters", headc)]]
    for i, (name, why, *_r) in enumerate(PRIORITIES, 1):
        rows.append([Paragraph(str(i), numc), Paragraph(name, cellb), Paragraph(why, cell)])
    t = Table(rows, colWidths=[14 * mm, 80 * mm, cw - 94 * mm])
    t.setStyle(spread_style(len(rows)))
    s += [t, PageBreak(), strip_row("\u2190 continued from the facing page", cw), Spacer(1, 4)]
    rows = [[Paragraph("No.", headc), Paragraph("What we will do", headc), Paragraph("Lead", headc),
             Paragraph("Measure", headc)]]
    for i, (name, why, acts, lead, meas) in enumerate(PRIORITIES, 1):
        rows.append([Paragraph(str(i), numc), [Paragraph("\u2022 " + a, cell) for a in acts], Paragraph(lead, cell),
                     Paragraph(meas, cell)])
    t = Table(rows, colWidths=[14 * mm, 88 * mm, 38 * mm, cw - 140 * mm])
    t.setStyle(spread_style(len(rows)))
    s.append(t)
    s += [PageBreak(), Paragraph("Interventions", h1),
          Paragraph("The partnership funds these interventions from the Serious Violence Duty grant:", body)]
    for name, txt in [("Hospital navigators", "Youth workers in the emergency departments at Worcester, Telford and "
                                              "Shrewsbury."),
                      ("Mentoring", "One-to-one mentoring for children excluded from school."),
                      ("Focused deterrence", "A clear message and an offer of help to the people most involved."),
                      ("Safer nights", "Street pastors, safe spaces and licensing reviews."),
                      ("Violence data hub", "Shared data from hospitals, police and councils.")]:
        s += [Paragraph(name, h2), Paragraph(txt, body)]
    s += [PageBreak(), Paragraph("Measures and governance", h1)]
    mt = Table([["Measure", "Baseline", "Direction"], ["Knife crime offences", "1,100", "Down"],
                ["Hospital admissions for assault (under 25)", "160", "Down"],
                ["Night-time violence with injury", "900", "Down"], ["Homicides", "9", "Down"]],
               colWidths=[100 * mm, 30 * mm, 40 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, CORAL)]))
    mt.hAlign = "LEFT"
    s += [mt, Paragraph("Baselines are illustrative.", small),
          Paragraph("The partnership board, chaired by the Police and Crime Commissioner, meets quarterly. It reports "
                    "to the four community safety partnerships and publishes an annual report.", body),
          Paragraph("Contact: svd@westmercia-pcc.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "West Mercia Serious Violence Duty partnership")
        doc.build(story(pages))
    needles = {"fw": "Foreword Serious violence destroys", "def": "The Duty and our definition For this",
               "ev": "What the evidence tells us The figures", "pri": "Our strategic priorities Our four",
               "int": "Interventions The partnership funds", "gov": "Measures and governance Measure"}
    two_pass(run, out, needles)
    return out
