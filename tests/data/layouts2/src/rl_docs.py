"""reportlab documents. Every place, partnership, person and figure is fictional.

Each builder writes OUT/<name>.pdf and returns its path.
"""
from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, ListFlowable,
                                ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from rl_kit import font, hexc, set_info, styles

D = "\u2013"
RSQ = "\u2019"
W, H = A4


class AbsPage(Flowable):
    """Takes the whole frame and paints with absolute page coordinates (covers, dividers, infographics)."""

    def __init__(self, paint):
        super().__init__()
        self.paint = paint

    def wrap(self, aw, ah):
        return aw, ah - 1

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.saveState()
        self.paint(canvas)
        canvas.restoreState()


def wrap_lines(text: str, fontname: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if stringWidth(trial, fontname, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def bullets(items, st, bullet="\u2022"):
    return [Paragraph(t, st["bullet"], bulletText=bullet) for t in items]


def doc_template(path: Path, title: str, author: str, on_page, *, margins=(2 * cm, 2 * cm, 2.2 * cm, 2 * cm),
                 pagesize=A4, extra_templates=(), first="content"):
    l, r, t, b = margins
    pw, ph = pagesize
    doc = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                          title=title, author=author, creator="stratalign layouts2 fixture (reportlab)")
    frame = Frame(l, b, pw - l - r, ph - t - b, id="main", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    full = Frame(0, 0, pw, ph, id="full", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    templates = [PageTemplate("content", [frame], onPage=on_page),
                 PageTemplate("full", [full], onPage=lambda c, d: set_info(c, title, author))] + list(extra_templates)
    templates.sort(key=lambda t: t.id != first)  # the first template is used for page 1
    doc.addPageTemplates(templates)
    return doc


# =============================================================================================
# aims_with_objectives: three strategic aims, each with two or three numbered objectives;
# gold = the three aims (the document calls them its strategic aims / priorities)
# =============================================================================================
BRK_AIMS = [
    ("Preventing violence against women and girls before it happens",
     ["Challenge the attitudes and behaviours that allow abuse to happen",
      "Help children and young people understand healthy relationships",
      "Make public spaces and the night-time economy safer for women and girls"]),
    ("Supporting women and girls who have experienced violence and abuse",
     ["Make it easier to ask for help, earlier",
      "Provide specialist support that meets the needs of every survivor"]),
    ("Holding perpetrators to account and reducing reoffending",
     ["Improve the criminal justice response from report to court",
      "Offer perpetrator programmes that change behaviour",
      "Use civil orders and notices to protect victims"]),
]


def aims_with_objectives(out: Path) -> Path:
    accent = hexc("5B2C6F")
    light = hexc("EFE6F3")
    st = styles("Sans", accent, body=10.2)
    title = f"Brackenmoor Violence Against Women and Girls Strategy 2025{D}2028"
    author = "Brackenmoor Safer Communities Partnership"
    label = ParagraphStyle("lab", parent=st["body"], fontName="Sans-B", fontSize=9, textColor=hexc("8E6BA0"),
                           spaceAfter=1, spaceBefore=0)
    obj = ParagraphStyle("obj", parent=st["h3"], textColor=accent, fontSize=11.5, leading=14.5, spaceBefore=9)

    def on_page(c, d):
        set_info(c, title, author)
        c.setFont("Sans", 8.5)
        c.setFillColor(hexc("666666"))
        c.drawString(2 * cm, 1.2 * cm, f"Brackenmoor VAWG Strategy 2025{D}2028")
        c.drawRightString(W - 2 * cm, 1.2 * cm, str(d.page))
        c.setStrokeColor(accent)
        c.setLineWidth(0.6)
        c.line(2 * cm, 1.6 * cm, W - 2 * cm, 1.6 * cm)

    def cover(c):
        c.setFillColor(accent)
        c.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 13)
        c.drawString(2.2 * cm, H - 4 * cm, "Brackenmoor Safer Communities Partnership")
        c.setFont("Sans-B", 30)
        for i, line in enumerate(["Violence Against", "Women and Girls", "Strategy"]):
            c.drawString(2.2 * cm, H - 8 * cm - i * 36, line)
        c.setFont("Sans", 20)
        c.drawString(2.2 * cm, H - 8 * cm - 3 * 36 - 8, f"2025{D}2028")
        c.setFillColor(hexc("333333"))
        c.setFont("Sans-I", 13)
        c.drawString(2.2 * cm, H * 0.45 - 2 * cm, "Everyone in Brackenmoor has the right to be safe, and to feel safe.")
        c.setFont("Sans", 9)
        c.drawString(2.2 * cm, 2.5 * cm, "If you are in danger, call 999. Brackenmoor Domestic Abuse Helpline: "
                                         "0800 000 1234 (24 hours).")

    story = [NextPageTemplate("full"), AbsPage(cover), NextPageTemplate("content"), PageBreak()]
    # page 2
    story += [Paragraph("Foreword", st["h1"]),
              Paragraph("Violence against women and girls is one of the most common and most harmful crimes in our "
                        "county. It happens in homes, workplaces, schools, online and in public places, and it "
                        "affects women and girls of every age and background. Much of it is never reported.",
                        st["body"]),
              Paragraph("This strategy sets out how the Brackenmoor Safer Communities Partnership and its members "
                        "will work together, and with survivors, to prevent violence, to support women and girls "
                        "who experience it, and to hold those responsible to account. It builds on our Domestic "
                        "Abuse Strategy and our work under the Serious Violence Duty.", st["body"]),
              Paragraph("Helen Achebe, Chair, Brackenmoor Safer Communities Partnership", st["small"]),
              Spacer(1, 10),
              Paragraph("Why this strategy matters", st["h2"])]
    tiles = [["1 in 4", "women in Brackenmoor will experience domestic abuse in their lifetime"],
             ["2,840", "domestic abuse crimes recorded in 2024, up 6%"],
             ["71%", "of women aged 16 to 24 have been sexually harassed in a public place"],
             ["9 in 10", "rape survivors who contacted our ISVA service had not reported to the police"]]
    tile_st = ParagraphStyle("tile", parent=st["small"], alignment=TA_CENTER, textColor=colors.white, fontSize=8.5)
    big = ParagraphStyle("big", parent=st["h1"], alignment=TA_CENTER, textColor=colors.white, spaceAfter=2)
    cells = [[Paragraph(n, big), Paragraph(t, tile_st)] for n, t in tiles]
    tt = Table([cells], colWidths=[4.2 * cm] * 4, rowHeights=[3.3 * cm])
    tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("8E6BA0")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("LINEAFTER", (0, 0), (-2, -1), 4, colors.white)]))
    story += [tt, Spacer(1, 10),
              Paragraph("What we mean by violence against women and girls", st["h2"]),
              Paragraph("We use the national definition: acts of violence or abuse that we know "
                        "disproportionately affect women and girls. This includes:", st["body"])]
    story += bullets(["domestic abuse, including coercive control and economic abuse",
                      "rape and other sexual offences, and sexual harassment",
                      "stalking and harassment, including online", "so-called honour-based abuse, forced marriage "
                      "and female genital mutilation", "spiking, and violence in the night-time economy"], st)
    story.append(PageBreak())
    # page 3: vision, at a glance (hierarchy), principles
    story += [Paragraph("Our vision", st["h1"]),
              Paragraph("A Brackenmoor where women and girls are safe, and feel safe, at home, online, at work and "
                        "in public; where survivors get the help they need; and where perpetrators cannot act with "
                        "impunity.", st["body"]),
              Paragraph("Our strategy at a glance", st["h2"]),
              Paragraph("Our strategy is built around three strategic aims. Under each aim sit two or three "
                        "objectives, which set out in more detail what we want to achieve. The aims are the "
                        "partnership" + RSQ + "s priorities for the next three years; the objectives guide the "
                        "annual delivery plan.", st["body"])]
    head_st = ParagraphStyle("hs", parent=st["body"], fontName="Sans-B", textColor=colors.white, fontSize=10.5,
                             leading=13)
    obj_st = ParagraphStyle("os", parent=st["small"], fontSize=8.8, leading=11.2, textColor=hexc("222222"))
    head = [Paragraph(f"Aim {i + 1}<br/>{a}", head_st) for i, (a, _) in enumerate(BRK_AIMS)]
    body = [[Paragraph(f"{i + 1}.{j + 1} {o}", obj_st) for j, o in enumerate(objs)] for i, (_, objs) in
            enumerate(BRK_AIMS)]
    g = Table([head, body], colWidths=[5.6 * cm] * 3)
    g.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), accent), ("BACKGROUND", (0, 1), (-1, 1), light),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (-2, -1), 5, colors.white),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story += [g, Spacer(1, 12), Paragraph("Our principles", st["h2"]),
              Paragraph("Whatever we do under each aim, we will:", st["body"])]
    story += bullets(["put the voices of survivors at the heart of our work",
                      "recognise that some women face additional barriers, including disabled women, older women "
                      "and women from minoritised communities",
                      "shift the focus from asking women to change their behaviour to challenging the behaviour of "
                      "men and boys", "work as one partnership, sharing information safely"], st)
    story += [Spacer(1, 6), Paragraph("This strategy contributes to the Police and Crime Plan for Brackenmoor, whose "
                                      "priority of \u201ctackling violence against women and girls\u201d it shares, "
                                      "and to the Brackenmoor Health and Wellbeing Strategy.", st["body"])]
    # pages 4-6: one aim a page
    intros = [
        "Prevention means stopping violence before it starts: changing the attitudes, norms and environments "
        "that allow it to happen. It is long-term work, and it involves everyone.",
        "Survivors tell us they want to be believed, to be offered help quickly, and not to have to repeat their "
        "story to every agency. Our services must meet the needs of all women and girls.",
        "Too often the burden of change falls on victims. We want to shift the focus to those who cause harm, "
        "using every tool available to the partnership.",
    ]
    will = [
        [["deliver a bystander training programme to 2,000 residents and staff",
          "launch a campaign aimed at men and boys, designed with local young men"],
         ["support every school to deliver high-quality relationships and sex education",
          "offer training for teachers on responding to disclosures"],
         ["carry out women" + RSQ + "s safety audits in the three town centres",
          "extend the Safe Spaces scheme to late-night venues and transport hubs"]],
        [["place independent domestic violence advisers in GP practices and the emergency department",
          "publish clear information on where to get help in the ten most spoken languages"],
         ["recommission specialist services for women from minoritised communities",
          "expand the children and young people" + RSQ + "s domestic abuse service"]],
        [["work with the police and Crown Prosecution Service to reduce the number of cases that collapse",
          "provide court support for every high-risk victim"],
         ["commission a community-based perpetrator programme with an integrated victim support service"],
         ["make full use of Domestic Abuse Protection Notices and Orders, and Stalking Protection Orders"]],
    ]
    for i, (aim, objs) in enumerate(BRK_AIMS):
        story += [PageBreak(), Paragraph(f"STRATEGIC AIM {i + 1}", label), Paragraph(aim, st["h1"]),
                  Paragraph(intros[i], st["body"])]
        for j, o in enumerate(objs):
            story.append(KeepTogether([Paragraph(f"Objective {i + 1}.{j + 1}&nbsp;&nbsp;{o}", obj),
                                       Paragraph("We will:", ParagraphStyle("ww", parent=st["body"],
                                                                            fontName="Sans-B", spaceAfter=2))]
                                      + bullets(will[i][j], st)))
        story += [Spacer(1, 8), Paragraph("How we will know we are making a difference", st["h3"])]
        story += bullets([["more young people can describe a healthy relationship in the annual school survey",
                           "fewer women report avoiding town centres after dark"],
                          ["more survivors report they were helped at first contact",
                           "fewer repeat referrals to the multi-agency risk assessment conference"],
                          ["a higher charge rate for rape and domestic abuse offences",
                           "fewer perpetrators reoffending within 12 months"]][i], st, "\u2013")
    # page 7: delivery and governance
    story += [PageBreak(), Paragraph("Delivery and governance", st["h1"]),
              Paragraph("The VAWG Strategic Board, chaired by the Director of Public Health, is responsible for "
                        "this strategy. It reports twice a year to the Brackenmoor Safer Communities Partnership and "
                        "once a year to the Health and Wellbeing Board. Each objective has a named lead in the annual "
                        "delivery plan.", st["body"]),
              Paragraph("Partners", st["h2"])]
    story += bullets(["Brackenmoor County Council and the four district councils", "Brackenmoor Constabulary",
                      "Office of the Police and Crime Commissioner for Brackenmoor",
                      "NHS Brackenmoor Integrated Care Board", "The Probation Service",
                      "Brackenmoor Women" + RSQ + "s Aid and Brackenmoor Rape Crisis"], st)
    story += [Paragraph("Get help", st["h2"]),
              Paragraph("In an emergency call 999. If you cannot speak, press 55 when prompted. National Domestic "
                        "Abuse Helpline: 0808 2000 247.", st["body"])]
    path = out / "aims_with_objectives.pdf"
    doc_template(path, title, author, on_page, first="full").build(story)
    return path


# =============================================================================================
# priority_wheel_infographic: the five priorities placed around a circle on an at-a-glance page
# (absolute positions, each name broken over several lines), then one section per priority
# =============================================================================================
CAL = [
    "Breaking supply chains and disrupting local drug markets",
    "Getting more people into treatment and recovery",
    "Reducing drug and alcohol related deaths",
    "Supporting families and children affected by substance use",
    "Preventing young people from starting to use drugs",
]
CAL_COLOURS = ["0B6E4F", "2E86AB", "C73E1D", "F18F01", "6A4C93"]


class NumberDisc(Flowable):
    def __init__(self, n, colour, r=0.62 * cm):
        super().__init__()
        self.n, self.colour, self.r = n, colour, r

    def wrap(self, aw, ah):
        return 2 * self.r, 2 * self.r

    def draw(self):
        c = self.canv
        c.setFillColor(hexc(self.colour))
        c.circle(self.r, self.r, self.r, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Deja-B", 15)
        c.drawCentredString(self.r, self.r - 5.5, str(self.n))


def priority_wheel_infographic(out: Path) -> Path:
    accent = hexc("0B3C5D")
    st = styles("Deja", accent, body=9.6)
    title = f"Calderholme Drug and Alcohol Strategy 2025{D}2030"
    author = "Calderholme Combating Drugs Partnership"

    def on_page(c, d):
        set_info(c, title, author)
        c.setFillColor(accent)
        c.rect(0, H - 0.9 * cm, W, 0.9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Deja", 8)
        c.drawString(2 * cm, H - 0.6 * cm, "Calderholme Combating Drugs Partnership")
        c.drawRightString(W - 2 * cm, H - 0.6 * cm, f"Drug and Alcohol Strategy 2025{D}2030")
        c.setFillColor(hexc("555555"))
        c.drawCentredString(W / 2, 1.1 * cm, f"{d.page}")

    def cover(c):
        c.setFillColor(accent)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for i, col in enumerate(CAL_COLOURS):
            c.setFillColor(hexc(col))
            c.circle(W - 3 * cm - i * 1.7 * cm, 5 * cm, 0.7 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Deja", 13)
        c.drawString(2 * cm, H - 5 * cm, "Calderholme Combating Drugs Partnership")
        c.setFont("Deja-B", 32)
        c.drawString(2 * cm, H - 8 * cm, "Drug and Alcohol")
        c.drawString(2 * cm, H - 8 * cm - 40, "Strategy")
        c.setFont("Deja", 22)
        c.drawString(2 * cm, H - 8 * cm - 80, f"2025{D}2030")
        c.setFont("Deja-I", 12)
        c.drawString(2 * cm, H - 8 * cm - 120, "Fewer lives lost. More lives rebuilt.")

    def wheel(c):
        c.setFillColor(accent)
        c.setFont("Deja-B", 20)
        c.drawString(2 * cm, H - 3 * cm, "Our strategy at a glance")
        c.setFont("Deja", 9.6)
        c.setFillColor(hexc("222222"))
        c.drawString(2 * cm, H - 3.8 * cm, "Five priorities around one shared vision, supported by four enablers.")
        cx, cy = W / 2, H / 2 + 0.5 * cm
        R, r_sat, r_mid = 6.4 * cm, 2.45 * cm, 3.0 * cm
        c.setStrokeColor(hexc("BBBBBB"))
        c.setLineWidth(2)
        c.circle(cx, cy, R, stroke=1, fill=0)
        pos = []
        for i in range(5):
            ang = math.radians(90 - i * 72)
            pos.append((cx + R * math.cos(ang), cy + R * math.sin(ang)))
        c.setFillColor(hexc("E8EEF3"))
        c.setStrokeColor(accent)
        c.circle(cx, cy, r_mid, stroke=1, fill=1)
        c.setFillColor(accent)
        c.setFont("Deja-B", 11)
        c.drawCentredString(cx, cy + 1.2 * cm, "OUR VISION")
        c.setFont("Deja", 9.5)
        for k, line in enumerate(wrap_lines("A Calderholme where fewer people are harmed by drugs and alcohol, "
                                            "and everyone who needs help can find it", "Deja", 9.5, 4.6 * cm)):
            c.drawCentredString(cx, cy + 0.5 * cm - k * 12, line)
        for i, (x, y) in enumerate(pos):
            c.setFillColor(hexc(CAL_COLOURS[i]))
            c.circle(x, y, r_sat, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Deja-B", 18)
            c.drawCentredString(x, y + 1.15 * cm, str(i + 1))
            lines = wrap_lines(CAL[i], "Deja-B", 9.4, 3.6 * cm)
            top = y + 0.45 * cm
            for k, line in enumerate(lines):
                c.setFont("Deja-B", 9.4)
                c.drawCentredString(x, top - k * 11.5, line)
        c.setFillColor(hexc("F2F2F2"))
        c.roundRect(2 * cm, 2.2 * cm, W - 4 * cm, 2.2 * cm, 8, stroke=0, fill=1)
        c.setFillColor(accent)
        c.setFont("Deja-B", 10)
        c.drawString(2.5 * cm, 3.7 * cm, "OUR ENABLERS")
        c.setFont("Deja", 9.4)
        c.setFillColor(hexc("222222"))
        ens = ["Lived experience", "Data and intelligence", "A skilled workforce", "Joint commissioning"]
        for k, e in enumerate(ens):
            c.drawString(2.5 * cm + k * 4.2 * cm, 2.9 * cm, e)
        c.setFillColor(hexc("555555"))
        c.setFont("Deja", 8)
        c.drawCentredString(W / 2, 1.1 * cm, "3")

    story = [NextPageTemplate("full"), AbsPage(cover), NextPageTemplate("content"), PageBreak()]
    story += [Paragraph("Foreword", st["h1"]),
              Paragraph("Drugs and alcohol cause enormous harm in Calderholme. Last year 61 people in the county died "
                        "from drug poisoning, the highest number on record, and alcohol was a factor in more than "
                        "4,000 hospital admissions. Behind every figure is a family and a community affected.",
                        st["body"]),
              Paragraph("This strategy is our local response to the national drugs strategy. It was agreed by the "
                        "Calderholme Combating Drugs Partnership in March 2025, after listening to people who use "
                        "our services, their families and the staff who support them.", st["body"]),
              Paragraph("Dr Priya Nair, Director of Public Health and Senior Responsible Owner", st["small"]),
              Spacer(1, 8), Paragraph("The national picture", st["h2"]),
              Paragraph("The national ten-year drugs strategy sets three strategic priorities for every area:",
                        st["body"])]
    story += bullets(["break drug supply chains", "deliver a world-class treatment and recovery system",
                      "achieve a generational shift in the demand for drugs"], st)
    story += [Paragraph("Progress is measured through the national outcomes framework, which looks at reducing "
                        "drug use, reducing drug-related crime, and reducing drug-related deaths and harm.",
                        st["body"]),
              Paragraph("Calderholme in numbers", st["h2"])]
    nums = [["4,310", "adults in structured treatment"], ["61", "drug poisoning deaths in 2024"],
            ["47%", "of people leaving prison engaged in treatment within three weeks"],
            ["1 in 3", "children in need assessments mention parental substance use"]]
    tile_n = ParagraphStyle("tn", parent=st["h1"], alignment=TA_CENTER, textColor=accent, fontSize=18, spaceAfter=2)
    tile_t = ParagraphStyle("tt", parent=st["small"], alignment=TA_CENTER)
    tt = Table([[[Paragraph(n, tile_n), Paragraph(t, tile_t)] for n, t in nums]], colWidths=[4.25 * cm] * 4)
    tt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, hexc("BBBBBB")),
                            ("LINEAFTER", (0, 0), (-2, -1), 0.5, hexc("BBBBBB")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story += [tt, NextPageTemplate("full"), PageBreak(), AbsPage(wheel), NextPageTemplate("content"), PageBreak()]
    texts = [
        ("Drug supply brings violence and exploitation into our communities. We will work with Calderholme Police "
         "and neighbouring forces to close county lines, tackle cuckooing and disrupt the local groups behind them.",
         ["close at least 20 county lines a year", "use closure orders to protect vulnerable tenants",
          "share intelligence through the Calderholme organised crime group panel"]),
        ("Treatment works, but too few people who need it are in it. We will make it easier to get into treatment "
         "and to stay there, and build a visible recovery community.",
         ["open a walk-in treatment hub in Calderholme town centre", "offer same-day prescribing where it is safe",
          "fund peer mentors with lived experience of recovery"]),
        ("Every drug-related death is preventable. We will learn from every death and act quickly on what we "
         "learn.",
         ["review every drug-related death through a multi-agency panel", "supply naloxone to every person leaving "
          "prison with an opioid need", "run an early warning system for dangerous batches and synthetic opioids"]),
        ("Parental substance use is a factor in many child protection cases. We will support the whole family, "
         "not just the person using drugs or alcohol.",
         ["place substance use workers in the children" + RSQ + "s social care front door",
          "offer every young carer affected by parental substance use a support plan"]),
        ("Most adults with a drug problem started using as teenagers. We will help young people make informed "
         "choices and get support early.",
         ["commission drug and alcohol education for every secondary school",
          "offer a specialist young people" + RSQ + "s service with outreach in the evenings"]),
    ]
    h_st = ParagraphStyle("ph", parent=st["h1"], fontSize=16, leading=19, spaceBefore=0, spaceAfter=0)
    for i, name in enumerate(CAL):
        if i in (2, 4):
            story.append(PageBreak())
        hd = Table([[NumberDisc(i + 1, CAL_COLOURS[i]), Paragraph(name, ParagraphStyle(
            f"ph{i}", parent=h_st, textColor=hexc(CAL_COLOURS[i])))]], colWidths=[1.7 * cm, None])
        hd.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        body, acts = texts[i]
        story += [Spacer(1, 6), hd, Spacer(1, 6), Paragraph(body, st["body"]),
                  Paragraph("<b>Our commitments</b>", st["body"])]
        story += bullets(acts, st)
        story.append(Spacer(1, 8))
    story += [Spacer(1, 6), Paragraph("Our enablers", st["h2"]),
              Paragraph("The five priorities depend on four enablers that the partnership will strengthen:",
                        st["body"])]
    story += bullets(["<b>Lived experience:</b> people with lived experience will help design and review services",
                      "<b>Data and intelligence:</b> partners will share data through a single dashboard",
                      "<b>A skilled workforce:</b> we will train staff across health, housing and justice",
                      "<b>Joint commissioning:</b> we will pool budgets where it improves outcomes"], st)
    story += [PageBreak(), Paragraph("Governance and accountability", st["h1"]),
              Paragraph("The Calderholme Combating Drugs Partnership is accountable for this strategy. It meets every "
                        "quarter and reports to the Health and Wellbeing Board and the Calderholme Community Safety "
                        "Partnership. The Senior Responsible Owner reports annually to the national Joint Combating "
                        "Drugs Unit.", st["body"]),
              Paragraph("How we will measure success", st["h2"])]
    mt = Table([["Measure", "Baseline", "Ambition for 2030"],
                ["Adults in structured treatment", "4,310", "5,200"],
                ["Drug poisoning deaths", "61", "Fewer than 40"],
                ["Continuity of care from prison to community treatment", "47%", "75%"],
                ["Young people in specialist treatment", "142", "200"],
                ["Drug-related homicides", "2", "0"]], colWidths=[9 * cm, 3 * cm, 5 * cm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Deja", 9), ("FONT", (0, 0), (-1, 0), "Deja-B", 9),
                            ("BACKGROUND", (0, 0), (-1, 0), hexc("E8EEF3")),
                            ("GRID", (0, 0), (-1, -1), 0.4, hexc("AAAAAA"))]))
    story += [mt, Spacer(1, 10), Paragraph("Getting help", st["h2"]),
              Paragraph("Calderholme Recovery Service: 0300 000 5678, or walk in to 14 Castle Street, Calderholme. "
                        "Family support: Calderholme Families First, 0300 000 5679.", st["body"])]
    path = out / "priority_wheel_infographic.pdf"
    doc_template(path, title, author, on_page, first="full", margins=(2 * cm, 2 * cm, 2 * cm, 2 * cm)).build(story)
    return path


# =============================================================================================
# pcc_divider_pages: each priority opens with a full-page coloured divider "PRIORITY TWO" + title;
# the content page after it repeats the title in its running header; a quoted list of the national
# crime and policing measures is a distractor
# =============================================================================================
STN = [
    "Keeping neighbourhoods safe from crime and anti-social behaviour",
    "Putting victims and survivors first",
    "A police service the public can trust",
]
STN_COLOURS = ["1D3557", "9C2C77", "2A7F62"]
WORDS = ["ONE", "TWO", "THREE", "FOUR"]


def pcc_divider_pages(out: Path) -> Path:
    accent = hexc("1D3557")
    st = styles("Sans", accent, body=10.3)
    title = f"Police and Crime Plan for Stanmere 2025{D}2029"
    author = "Office of the Police and Crime Commissioner for Stanmere"
    running = {}

    def on_page(c, d):
        set_info(c, title, author)
        c.setFont("Sans", 8.5)
        c.setFillColor(hexc("555555"))
        c.drawString(2 * cm, H - 1.2 * cm, running.get(d.page, f"Police and Crime Plan 2025{D}2029"))
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"{d.page}")
        c.drawString(2 * cm, 1.2 * cm, "Stanmere Police and Crime Commissioner")

    def cover(c):
        c.setFillColor(accent)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc("E63946"))
        c.rect(0, H * 0.36, W, 0.35 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans", 14)
        c.drawString(2.2 * cm, H - 4 * cm, "Stanmere Police and Crime Commissioner")
        c.setFont("Sans-B", 38)
        c.drawString(2.2 * cm, H - 9 * cm, "Police and")
        c.drawString(2.2 * cm, H - 9 * cm - 44, "Crime Plan")
        c.setFont("Sans", 24)
        c.drawString(2.2 * cm, H - 9 * cm - 84, f"2025{D}2029")
        c.setFont("Sans-I", 13)
        c.drawString(2.2 * cm, H * 0.36 - 1.5 * cm, "Safer communities, confident victims, trusted policing")

    def divider(i):
        def paint(c):
            col = hexc(STN_COLOURS[i])
            c.setFillColor(col)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.saveState()  # the character spacing (Tc) must not leak into the rest of the page
            t = c.beginText(2.4 * cm, H - 9 * cm)
            t.setFont("Sans-B", 16)
            t.setCharSpace(3)
            t.textLine(f"PRIORITY {WORDS[i]}")
            c.drawText(t)
            c.restoreState()
            c.setLineWidth(3)
            c.setStrokeColor(colors.white)
            c.line(2.4 * cm, H - 9.6 * cm, 6.4 * cm, H - 9.6 * cm)
            y = H - 11.4 * cm
            for line in wrap_lines(STN[i], "Sans-B", 34, W - 5.5 * cm):
                c.setFont("Sans-B", 34)
                c.drawString(2.4 * cm, y, line)
                y -= 40
            quotes = ["\u201cPeople should feel safe in their own street, and know that when they call us, we "
                      "will come.\u201d",
                      "\u201cNo victim should have to fight the system to get the help they are entitled to.\u201d",
                      "\u201cTrust is earned every day, in every contact between the police and the public.\u201d"]
            c.setFont("Sans-I", 12)
            y -= 20
            for line in wrap_lines(quotes[i], "Sans-I", 12, W - 6 * cm):
                c.drawString(2.4 * cm, y, line)
                y -= 16
            c.setFont("Sans", 9)
            c.drawString(2.4 * cm, 2 * cm, f"Police and Crime Plan for Stanmere 2025{D}2029")
        return paint

    story = [NextPageTemplate("full"), AbsPage(cover), NextPageTemplate("content"), PageBreak()]
    story += [Paragraph("Foreword from the Commissioner", st["h1"]),
              Paragraph("When I was elected as your Police and Crime Commissioner I promised to listen. Over the "
                        "last year I have heard from more than 5,000 residents, from victims and survivors, from "
                        "businesses and from police officers and staff. This plan is built on what you told me.",
                        st["body"]),
              Paragraph("Stanmere is a safe county, but it does not always feel that way. Neighbourhood crime and "
                        "anti-social behaviour matter enormously to people, victims too often feel let down, and "
                        "public confidence in policing has been shaken by national events. My plan has three "
                        "priorities, and I will hold the Chief Constable to account for delivering them.",
                        st["body"]),
              Paragraph("Sarah Quinlan, Police and Crime Commissioner for Stanmere", st["small"]),
              Spacer(1, 12), Paragraph("About this plan", st["h2"]),
              Paragraph("The Police Reform and Social Responsibility Act 2011 requires every Police and Crime "
                        "Commissioner to issue a police and crime plan. The plan sets my police and crime "
                        "objectives, the resources I will provide to the Chief Constable, and how I will measure "
                        "performance. The Chief Constable must have regard to it.", st["body"]),
              Paragraph("What you told me", st["h2"])]
    story += bullets(["78% want to see more visible neighbourhood policing",
                      "speeding and dangerous driving is the top concern in rural areas",
                      "only 61% of victims are satisfied with how they were kept informed",
                      "one in three young people does not trust the police to treat them fairly"], st)
    story += [PageBreak(), Paragraph("The national context", st["h1"]),
              Paragraph("This plan also supports the Government" + RSQ + "s national crime and policing measures, "
                        "which every force is expected to contribute to:", st["body"])]
    story += bullets(["reduce murder and other homicide", "reduce serious violence",
                      "disrupt drugs supply and county lines", "reduce neighbourhood crime", "tackle cyber crime",
                      "improve satisfaction among victims, with a particular focus on victims of domestic abuse"], st)
    story += [Paragraph("The Chief Constable must also have regard to the Strategic Policing Requirement, which sets "
                        "out the national threats that forces must help to counter, including terrorism, serious and "
                        "organised crime, a national cyber incident, child sexual abuse, public disorder, civil "
                        "emergencies and violence against women and girls.", st["body"]),
              Paragraph("Working with partners", st["h2"]),
              Paragraph("I will work with the five community safety partnerships in Stanmere, with the Stanmere "
                        "Violence Reduction Partnership, the Local Criminal Justice Board and the Combating Drugs "
                        "Partnership. Much of this plan can only be delivered together.", st["body"]),
              Paragraph("Resources", st["h2"]),
              Paragraph("The 2025/26 police budget is \u00a3312.4 million, funding 2,140 police officers, 210 police "
                        "community support officers and 1,530 staff. My office commissions \u00a34.1 million of "
                        "victim services each year.", st["body"])]
    details = [
        (["increase the number of officers in neighbourhood teams by 60",
          "make sure every ward has a named officer and regular beat surgery",
          "fund a rural crime team and Community Speed Watch equipment",
          "support community safety partnerships with a \u00a3500,000 ASB fund"],
         ["neighbourhood crime (burglary, robbery, vehicle and theft from the person)",
          "public confidence that the police deal with local concerns", "repeat ASB victims"]),
        (["commission a single victim care hub for everyone who reports a crime",
          "fund independent sexual violence advisers for every survivor who wants one",
          "introduce a victims" + RSQ + " panel to review how complaints are handled",
          "monitor compliance with the Victims" + RSQ + " Code every quarter"],
         ["victim satisfaction", "compliance with the Victims" + RSQ + " Code", "cases where the victim withdraws"]),
        (["publish stop and search data by neighbourhood every quarter",
          "strengthen independent scrutiny panels for use of force",
          "answer 999 calls within 10 seconds and 101 calls within 3 minutes",
          "make sure officers who fall below standards are dealt with quickly"],
         ["public trust and confidence", "999 and 101 answer times", "time taken to resolve complaints"]),
    ]
    for i, name in enumerate(STN):
        story += [NextPageTemplate("full"), PageBreak(), AbsPage(divider(i)), NextPageTemplate("content"),
                  PageBreak()]
        acts, measures = details[i]
        story += [Paragraph("Why this matters", st["h2"]),
                  Paragraph(["Residents tell me that burglary, vehicle crime and anti-social behaviour affect their "
                             "quality of life more than anything else. Visible, accessible neighbourhood policing "
                             "is the foundation of public safety.",
                             "Around 70,000 people a year are victims of crime in Stanmere. Many need practical or "
                             "emotional help, and all deserve to be kept informed and treated with dignity.",
                             "Policing by consent depends on public trust. Confidence in Stanmere Police has fallen "
                             "from 74% to 63% since 2019, and it is lower still among young people and Black "
                             "residents."][i], st["body"]),
                  Paragraph("What I will do", st["h2"])]
        story += bullets(["I will " + a for a in acts], st)
        story += [Paragraph("What I will ask of the Chief Constable", st["h2"]),
                  Paragraph(["A neighbourhood policing model that puts officers where the demand and harm are "
                             "greatest, with fewer abstractions to response duties.",
                             "A victim-focused culture, in which every officer understands their duties under the "
                             "Victims" + RSQ + " Code.",
                             "Professional standards that are fair, fast and transparent, and a workforce that "
                             "reflects Stanmere" + RSQ + "s communities."][i], st["body"]),
                  Paragraph("How I will measure progress", st["h2"])]
        story += bullets(measures, st, "\u2013")
    story += [PageBreak(), Paragraph("Holding the Chief Constable to account", st["h1"]),
              Paragraph("I hold the Chief Constable to account through a public Accountability Board every two "
                        "months, where I scrutinise performance against this plan. Papers and recordings are "
                        "published on my website. The Stanmere Police and Crime Panel scrutinises my decisions and "
                        "reviews this plan each year.", st["body"]),
              Paragraph("Contact the Commissioner", st["h2"]),
              Paragraph("Office of the Police and Crime Commissioner for Stanmere, Police Headquarters, Ferry Road, "
                        "Stanmere. Telephone 01000 123456. Email opcc@stanmere.pcc.police.uk", st["body"])]

    path = out / "pcc_divider_pages.pdf"
    doc = doc_template(path, title, author, on_page, first="full")
    # running header on each priority's content page: priority label and title
    for i, name in enumerate(STN):
        running[5 + 2 * i] = f"Priority {WORDS[i].lower()}  |  {name}"
    doc.build(story)
    return path


class SpacedHeading(Flowable):
    """An upper-case heading set with extra character spacing (Tc), wrapped to the frame width."""

    def __init__(self, text, fontname, size, cs, colour, before=10, after=5, leading=None, rule=False):
        super().__init__()
        self.text, self.fontname, self.size, self.cs, self.colour = text, fontname, size, cs, colour
        self.before, self.after, self.leading, self.rule = before, after, leading or size * 1.3, rule

    def _lines(self, width):
        words, lines, cur = self.text.split(), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if stringWidth(trial, self.fontname, self.size) + self.cs * len(trial) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        return lines + [cur]

    def wrap(self, aw, ah):
        self.lines = self._lines(aw)
        self.width = aw
        return aw, self.leading * len(self.lines) + (4 if self.rule else 0)

    def getSpaceBefore(self):
        return self.before

    def getSpaceAfter(self):
        return self.after

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.colour)
        t = c.beginText(0, self.leading * (len(self.lines) - 1) + (self.leading - self.size) + (4 if self.rule else 0))
        t.setFont(self.fontname, self.size, self.leading)
        t.setCharSpace(self.cs)
        for line in self.lines:
            t.textLine(line)
        c.drawText(t)
        if self.rule:
            c.setStrokeColor(self.colour)
            c.setLineWidth(1.2)
            c.line(0, 0.5, 2.5 * cm, 0.5)
        c.restoreState()


# =============================================================================================
# allcaps_letterspaced_headings: a youth justice plan whose section headings and priority headings
# are all upper case with wide letter spacing (pdftotext -raw splits them into single letters);
# the national priority areas table is a distractor
# =============================================================================================
SAL = [
    "REDUCING FIRST TIME ENTRANTS THROUGH PREVENTION AND DIVERSION",
    "IMPROVING EDUCATION, TRAINING AND EMPLOYMENT OUTCOMES",
    "KEEPING CHILDREN SAFE FROM EXPLOITATION AND SERIOUS VIOLENCE",
    "ADDRESSING THE OVER-REPRESENTATION OF BLACK AND MIXED HERITAGE CHILDREN",
]


def allcaps_letterspaced_headings(out: Path) -> Path:
    accent = hexc("0E5E6F")
    st = styles("Sans", accent, body=10)
    font("Sans")
    title = f"Saltmarsh Youth Justice Plan 2025{D}26"
    author = "Saltmarsh Youth Justice Service"

    def on_page(c, d):
        set_info(c, title, author)
        c.saveState()
        t = c.beginText(2 * cm, H - 1.2 * cm)
        t.setFont("Sans", 7.5)
        t.setCharSpace(1.2)
        t.setFillColor(hexc("777777"))
        t.textLine(f"SALTMARSH YOUTH JUSTICE PLAN 2025{D}26")
        c.drawText(t)
        c.restoreState()
        c.setFont("Sans", 8.5)
        c.setFillColor(hexc("555555"))
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"Page {d.page} of 6")

    def sec(text):   # section heading
        return SpacedHeading(text, "Sans-B", 14, 2.6, accent, before=14, after=7, rule=True)

    def pri(text):   # priority heading: smaller, darker
        return SpacedHeading(text, "Sans-B", 11.5, 2.2, hexc("C0392B"), before=12, after=5)

    story = [SpacedHeading("SALTMARSH YOUTH JUSTICE SERVICE", "Sans", 11, 3, hexc("777777"), before=0, after=4),
             Paragraph(f"Youth Justice Plan 2025{D}26", ParagraphStyle("t", parent=st["h1"], fontSize=26,
                                                                      leading=30)),
             Paragraph("Service: Saltmarsh Youth Justice Service<br/>Service manager: Tom Ellery<br/>Chair of the "
                       "Youth Justice Management Board: Angela Frost, Director of Children" + RSQ + "s Services",
                       st["small"]),
             Spacer(1, 6), sec("INTRODUCTION, VISION AND STRATEGY"),
             Paragraph("This plan sets out how the Saltmarsh Youth Justice Service (YJS) and its partners will "
                       "prevent offending and reoffending by children, and reduce the use of custody, in 2025" + D +
                       "26. It follows the Youth Justice Board" + RSQ + "s guidance and has been agreed by the "
                       "Management Board.", st["body"]),
             Paragraph("Our vision is for every child in Saltmarsh to be safe, to be given the chance to thrive, and "
                       "to live a life free from crime.", st["body"]),
             sec("CHILD FIRST"),
             Paragraph("We are a Child First service. That means we:", st["body"])]
    story += bullets(["see children as children, and recognise their needs, strengths and potential",
                      "build pro-social identity, so that children can make positive contributions to society",
                      "work with children collaboratively, encouraging their participation and engagement",
                      "promote diversion, and minimise the stigma of contact with the justice system"], st)
    story += [sec("VOICE OF THE CHILD"),
              Paragraph("Children told us that they want workers who stick with them, who are honest, and who help "
                        "with the practical things: school, money, somewhere to go in the evening. Our youth "
                        "participation group, Saltmarsh Speak Out, reviewed this plan.", st["body"]),
              PageBreak(),
              sec("GOVERNANCE, LEADERSHIP AND PARTNERSHIP ARRANGEMENTS"),
              Paragraph("The Youth Justice Management Board meets every quarter. Statutory members are the local "
                        "authority, Saltmarsh Police, the Probation Service and NHS Saltmarsh Integrated Care Board. "
                        "Education, housing, the Police and Crime Commissioner and the courts are also represented. "
                        "The Board reports to the Saltmarsh Safeguarding Children Partnership and the Community "
                        "Safety Partnership.", st["body"]),
              sec(f"PROGRESS ON THE 2024{D}25 PLAN"),
              Paragraph("Last year" + RSQ + "s plan had four priorities. Our progress against them is shown below.",
                        st["body"])]
    prog = Table([["2024" + D + "25 priority", "Progress", "RAG"],
                  [Paragraph("Reducing reoffending", st["small"]), Paragraph("Reoffending rate fell from 38% to 33%",
                                                                             st["small"]), "Green"],
                  [Paragraph("Improving health assessments", st["small"]),
                   Paragraph("All children now screened within 10 days", st["small"]), "Green"],
                  [Paragraph("Reducing the use of remand", st["small"]),
                   Paragraph("Remand nights fell, but two long remands remain", st["small"]), "Amber"],
                  [Paragraph("Restorative justice for victims", st["small"]),
                   Paragraph("Victim take-up of restorative approaches still low", st["small"]), "Red"]],
                 colWidths=[6 * cm, 8.5 * cm, 2.5 * cm])
    prog.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9), ("FONT", (0, 0), (-1, 0), "Sans-B", 9),
                              ("BACKGROUND", (0, 0), (-1, 0), hexc("D7ECEF")),
                              ("GRID", (0, 0), (-1, -1), 0.4, hexc("999999")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [prog, sec("RESOURCES AND SERVICES"),
              Paragraph("The service has a budget of \u00a31.86 million in 2025" + D + "26, of which \u00a3612,000 is the "
                        "Youth Justice Board grant. The team includes case managers, a speech and language therapist, "
                        "a child and adolescent mental health practitioner, an education worker and a seconded "
                        "police officer and probation officer.", st["body"]),
              PageBreak(), sec(f"OUR PRIORITIES FOR 2025{D}26"),
              Paragraph("The Management Board has agreed four local priorities for the year, based on our "
                        "performance data, our needs assessment and what children and families have told us.",
                        st["body"])]
    bodies = [
        ("First time entrants rose by 12% last year, driven by offences of possession of cannabis and low-level "
         "violence in school.",
         ["extend the Turnaround early intervention programme to every secondary school",
          "offer an outcome 22 diversion route for every eligible child, agreed with Saltmarsh Police",
          "review every first-time entry with partners to learn what could have been done differently"]),
        ("Half the children we work with are not in full-time education, training or employment, and a third "
         "have an education, health and care plan.",
         ["make sure every child has a full education assessment within 15 days",
          "work with the virtual school to reduce part-time timetables",
          "create 20 work placements with local employers"]),
        ("Nine children supervised by the service were victims of criminal exploitation last year, and knife "
         "possession offences doubled.",
         ["refer every exploited child into the National Referral Mechanism and the exploitation panel",
          "deliver the Saltmarsh serious violence prevention programme in partnership with the CSP",
          "use contextual safeguarding plans for places where children are at risk"]),
        ("Black and mixed heritage children make up 9% of Saltmarsh" + RSQ + "s 10 to 17 population but 24% of "
         "our caseload.",
         ["audit our decisions at each stage of the justice system for disproportionality",
          "commission a culturally specific mentoring service",
          "train all staff in anti-racist practice"]),
    ]
    for i, name in enumerate(SAL):
        if i == 2:
            story.append(PageBreak())
        intro, acts = bodies[i]
        story += [pri(name), Paragraph(intro, st["body"]), Paragraph("<b>We will:</b>", st["body"])]
        story += bullets(acts, st)
    story += [Spacer(1, 6), Paragraph("Each priority has a lead from the Management Board and is tracked through "
                                      "the service improvement plan.", st["small"]),
              PageBreak(), sec("NATIONAL PRIORITY AREAS"),
              Paragraph("The Youth Justice Board asks every service to report on the national priority areas. "
                        "Our approach to each is summarised here.", st["body"])]
    npa = [("Children from groups which are over-represented", "See our local priority on disproportionality."),
           ("Prevention", "Turnaround and the early help offer."),
           ("Diversion", "Joint decision-making panel with Saltmarsh Police."),
           ("Education", "Education worker and virtual school partnership."),
           ("Restorative approaches and victims", "Victim worker contacts every identifiable victim."),
           ("Serious violence, exploitation and contextual safeguarding", "Exploitation panel and CSP strategy."),
           ("Detention in police custody", "Appropriate adult service and custody review meetings."),
           ("Remands", "Bail support and remand fostering."),
           ("Use of custody and constructive resettlement", "Resettlement plans start at sentence."),
           ("Working with families", "Family support worker and parenting programme.")]
    nt = Table([["National priority area", "Our approach"]] + [[Paragraph(a, st["small"]), Paragraph(b, st["small"])]
                                                              for a, b in npa], colWidths=[7.5 * cm, 9.5 * cm])
    nt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Sans-B", 9), ("BACKGROUND", (0, 0), (-1, 0), hexc("D7ECEF")),
                            ("GRID", (0, 0), (-1, -1), 0.4, hexc("999999")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [nt, PageBreak(), sec("PERFORMANCE"),
              Paragraph("From April 2023 the Youth Justice Board introduced ten key performance indicators. The "
                        "Management Board reviews them every quarter:", st["body"])]
    story += bullets(["suitable accommodation", "education, training and employment",
                      "special educational needs and disabilities", "mental health care and emotional wellbeing",
                      "substance misuse", "out-of-court disposals", "links to wider services",
                      "management board attendance", "wider serious violence", "victims"], st)
    story += [sec("CHALLENGES, RISKS AND ISSUES"),
              Paragraph("Our main risks are the recruitment of experienced case managers, the loss of short-term "
                        "grant funding in March 2026, and rising demand for speech and language support.", st["body"]),
              sec("SIGN OFF"),
              Paragraph("Angela Frost, Chair of the Saltmarsh Youth Justice Management Board, 19 June 2025",
                        st["body"])]
    path = out / "allcaps_letterspaced_headings.pdf"
    doc_template(path, title, author, on_page, margins=(2 * cm, 2 * cm, 2 * cm, 2 * cm)).build(story)
    return path


# =============================================================================================
# we_will_sentences: the priorities are numbered "We will ..." sentences of 15-25 words; a bulleted
# "In 2025-26 we will:" list and a numbered list of measures sit close by
# =============================================================================================
KGR = [
    "We will reduce the number of people who experience domestic abuse by investing in prevention, education "
    "and early help across Kingsreach",
    "We will make sure that victims and survivors, including children, can get the right support at the right "
    "time, wherever they live",
    "We will provide safe accommodation and support in the home so that victims can stay safe without losing "
    "their homes",
    "We will hold perpetrators to account and offer programmes that challenge abusive behaviour and reduce the "
    "risk of further harm",
    "We will improve how partners share information and respond to domestic abuse, so that no victim has to tell "
    "their story twice",
    "We will listen to survivors and use what they tell us to design, review and improve local services",
]


def we_will_sentences(out: Path) -> Path:
    accent = hexc("7B2D26")
    st = styles("DejaSerif", accent, body=10.2, head_family="Deja")
    title = f"Kingsreach Domestic Abuse Strategy 2025{D}2028"
    author = "Kingsreach Domestic Abuse Partnership Board"

    def on_page(c, d):
        set_info(c, title, author)
        c.setStrokeColor(accent)
        c.setLineWidth(2)
        c.line(2 * cm, H - 1.3 * cm, W - 2 * cm, H - 1.3 * cm)
        c.setFont("Deja", 8)
        c.setFillColor(hexc("555555"))
        c.drawString(2 * cm, 1.2 * cm, title)
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"{d.page} / 4")

    num_st = ParagraphStyle("num", parent=st["body"], fontSize=11, leading=15.5, spaceAfter=7)
    story = [Paragraph("Kingsreach Domestic Abuse Partnership Board", ParagraphStyle(
        "k", parent=st["body"], fontName="Deja-B", textColor=accent)),
             Paragraph(f"Domestic Abuse Strategy 2025{D}2028", ParagraphStyle("t", parent=st["h1"], fontSize=24,
                                                                             leading=29)),
             Paragraph("Including our safe accommodation strategy under Part 4 of the Domestic Abuse Act 2021",
                       ParagraphStyle("s", parent=st["body"], fontName="DejaSerif-I", fontSize=11.5)),
             Spacer(1, 10), Paragraph("Introduction", st["h2"]),
             Paragraph("Domestic abuse affects around one in five adults in Kingsreach at some point in their lives. "
                       "It causes lasting harm to victims and to the children who live with it, and it is a factor "
                       "in a third of the county" + RSQ + "s violent crime. Last year Kingsreach Police recorded "
                       "9,412 domestic abuse incidents and crimes, and our specialist services supported more than "
                       "3,000 adults and 1,100 children.", st["body"]),
             Paragraph("This strategy replaces our 2021" + D + "2024 strategy. It was developed with survivors, "
                       "with specialist services and with the partners who make up the Kingsreach Domestic Abuse "
                       "Partnership Board.", st["body"]),
             Paragraph("What we mean by domestic abuse", st["h2"]),
             Paragraph("The Domestic Abuse Act 2021 defines domestic abuse as behaviour by one person towards "
                       "another where both are aged 16 or over and are personally connected, and the behaviour is "
                       "abusive. Abusive behaviour means any of the following:", st["body"])]
    story += bullets(["physical or sexual abuse", "violent or threatening behaviour", "controlling or coercive "
                      "behaviour", "economic abuse", "psychological, emotional or other abuse"], st)
    story += [Paragraph("Children who see, hear or experience the effects of domestic abuse are victims in their "
                        "own right.", st["body"]),
              Paragraph("Our vision", st["h2"]),
              Paragraph("Everyone in Kingsreach can live a life free from domestic abuse, and anyone affected gets "
                        "the help they need, when they need it.", st["body"]),
              PageBreak(), Paragraph("Our priorities", st["h1"]),
              Paragraph("Over the next three years the Board has agreed six priorities. We have written each one as "
                        "a commitment to the people of Kingsreach:", st["body"]),
              ListFlowable([ListItem(Paragraph(t + ".", num_st), value=i + 1) for i, t in enumerate(KGR)],
                           bulletType="1", bulletFormat="%s.", bulletFontName="Deja-B", bulletFontSize=11,
                           bulletColor=accent, leftIndent=20, start=1),
              Spacer(1, 6), Paragraph("What this means in the first year", st["h2"]),
              Paragraph("In 2025" + D + "26 we will:", st["body"])]
    story += bullets(["open a second refuge with eight units for women with additional needs",
                      "recruit two more independent domestic violence advisers for the hospital",
                      "launch a sanctuary scheme for victims who want to stay in their own homes",
                      "start a pilot of the Drive programme for high-harm perpetrators",
                      "set up a survivors" + RSQ + " reference group that meets every quarter"], st)
    story += [PageBreak(), Paragraph("What survivors told us", st["h1"]),
              Paragraph("\u201cI told my story to seven different people before anyone helped me.\u201d", ParagraphStyle(
                  "q", parent=st["body"], fontName="DejaSerif-I", leftIndent=18, textColor=accent)),
              Paragraph("\u201cThe refuge saved my life, but I had to leave my job and my children" + RSQ +
                        "s school to get there.\u201d", ParagraphStyle("q2", parent=st["body"], fontName="DejaSerif-I",
                                                                       leftIndent=18, textColor=accent)),
              Paragraph("Survivors asked for support that is available locally, in the evenings and at weekends; for "
                        "professionals who understand coercive control; and for more help for children.", st["body"]),
              Paragraph("Safe accommodation", st["h2"]),
              Paragraph("Part 4 of the Domestic Abuse Act 2021 places a duty on Kingsreach County Council to assess "
                        "the need for support in safe accommodation, to publish a strategy and to commission "
                        "services. Safe accommodation includes refuges, specialist safe accommodation, dispersed "
                        "accommodation, sanctuary schemes, and second stage accommodation.", st["body"]),
              Paragraph("How we will measure progress", st["h2"]),
              Paragraph("The Board will track these measures every quarter:", st["body"]),
              ListFlowable([ListItem(Paragraph(t, st["body"]), value=i + 1) for i, t in enumerate(
                  ["the number of victims referred to specialist services, and how quickly they are contacted",
                   "the proportion of repeat cases at the multi-agency risk assessment conference",
                   "the number of households supported in safe accommodation",
                   "the number of perpetrators completing a behaviour change programme",
                   "survivors" + RSQ + " satisfaction with the support they received"])],
                  bulletType="1", bulletFormat="%s.", bulletFontName="DejaSerif", leftIndent=20),
              PageBreak(), Paragraph("Governance", st["h1"]),
              Paragraph("The Kingsreach Domestic Abuse Partnership Board is the local partnership board required by "
                        "the Domestic Abuse Act 2021. It is chaired by the Director of Adult Social Care and reports "
                        "to the Kingsreach Community Safety Partnership and the Health and Wellbeing Board. The "
                        "Police and Crime Commissioner, whose Police and Crime Plan includes the priority "
                        "\u201cSupporting victims and tackling domestic abuse\u201d, is a member.", st["body"]),
              Paragraph("Members of the Board", st["h2"])]
    story += bullets(["Kingsreach County Council (adult social care, children" + RSQ + "s services, housing and "
                      "public health)", "the six district and borough councils", "Kingsreach Police",
                      "the Office of the Police and Crime Commissioner", "NHS Kingsreach Integrated Care Board",
                      "the Probation Service", "Kingsreach Women" + RSQ + "s Aid and the Men" + RSQ + "s Advice "
                      "Line partnership", "a representative of the survivors" + RSQ + " reference group"], st)
    story += [Paragraph("Getting help", st["h2"]),
              Paragraph("In an emergency always call 999. Kingsreach Domestic Abuse Service: 0300 000 4321 (Monday to "
                        "Friday 9am to 8pm, Saturday 10am to 2pm). National Domestic Abuse Helpline: 0808 2000 247 "
                        "(24 hours).", st["body"])]
    path = out / "we_will_sentences.pdf"
    doc_template(path, title, author, on_page).build(story)
    return path


BUILDERS = {
    "aims_with_objectives": aims_with_objectives,
    "priority_wheel_infographic": priority_wheel_infographic,
    "pcc_divider_pages": pcc_divider_pages,
    "allcaps_letterspaced_headings": allcaps_letterspaced_headings,
    "we_will_sentences": we_will_sentences,
}
