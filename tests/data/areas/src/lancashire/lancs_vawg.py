"""Pan-Lancashire Violence Against Women and Girls Strategy 2025-2029: reportlab brochure.

One outcome per page.  Each page opens with a two-cell strip: a narrow
coloured cell with the label "OUTCOME n" and a wide cell with the outcome as a
heading.  Outcome 1 reads almost like the PCP's VAWG priority but is only the
prevention strand.  The national pillars, the definition, the survey
findings, the principles, "We will" lists, the survivor quotes and the
governance list are distractors.
"""
from rl_kit import *  # noqa: F401,F403

FILE = "strategies/pan-lancashire_vawg_strategy_2025-29.pdf"
TITLE = "Pan-Lancashire Violence Against Women and Girls Strategy 2025–2029"

TEAL, CORAL, MIST, INK, GREY = hexc("#0B5563"), hexc("#E76F51"), hexc("#EAF2F3"), hexc("#202124"), hexc("#6A6F73")
REG, BOLD = fonts("liberation-sans")
SREG, SBOLD = fonts("liberation-serif")

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=14.2, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=25, leading=29, textColor=TEAL, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=CORAL, spaceBefore=9, spaceAfter=4)
olab = ParagraphStyle("olab", fontName=BOLD, fontSize=10.5, leading=13, textColor=colors.white, alignment=TA_CENTER)
ohead = ParagraphStyle("ohead", fontName=SBOLD, fontSize=19, leading=23, textColor=TEAL)
lead = ParagraphStyle("lead", parent=body, fontName=SREG, fontSize=12.5, leading=17, textColor=TEAL)
quote = ParagraphStyle("quote", parent=body, fontName=SREG, fontSize=12, leading=16, textColor=colors.white)
num = ParagraphStyle("num", fontName=SBOLD, fontSize=23, leading=27, textColor=TEAL)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.5, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
pill = ParagraphStyle("pill", fontName=BOLD, fontSize=10, leading=13, textColor=TEAL)
toc: dict = {}

OUTCOMES = [
    ("Preventing violence against women and girls before it happens",
     "Prevention means changing the attitudes, behaviours and social norms that allow violence against women and girls "
     "to happen. It starts with children and young people, but it is everyone's business.",
     ["Support every school and college in Lancashire to deliver high-quality relationships education, including on "
      "consent and online abuse.",
      "Run county-wide behaviour change campaigns that challenge so-called low-level harassment and misogyny.",
      "Work with sports clubs, employers, salons and faith groups to spot the signs of abuse and speak up.",
      "Fund community prevention projects through the Commissioner's Community Fund."],
     ["Young people who understand consent (school survey)", "People reached by campaigns"],
     "“We need to teach boys that it's not banter.” – young woman, Preston"),
    ("Supporting victims and survivors to cope, recover and rebuild their lives",
     "Victims and survivors should get the right support at the right time, wherever they live in Lancashire and "
     "whoever they are. Support should last as long as it is needed and should include children.",
     ["Keep independent domestic and sexual violence advisers in every district, including specialists for older, "
      "disabled and ethnic minority survivors.",
      "Reduce waiting times for trauma-informed counselling and therapy.",
      "Make sure children affected by domestic abuse get support in their own right.",
      "Improve the response to stalking through specialist advocates."],
     ["Survivors who feel safer after support", "Waiting times for counselling"],
     "“The first person who believed me changed everything.” – survivor"),
    ("Holding perpetrators to account and changing their behaviour",
     "Too often the burden of change falls on victims. We want to shift the focus to the people who cause harm, with "
     "robust action from the justice system and programmes that help perpetrators to change.",
     ["Target the most harmful and serial perpetrators through multi-agency tasking.",
      "Increase the use of domestic abuse protection notices and orders.",
      "Sustain the Drive and CARA programmes and add a programme for young people who harm.",
      "Support the Constabulary's rape and serious sexual offences teams to build stronger cases."],
     ["Repeat perpetrators identified and managed", "Charge rate for rape"],
     "“I want him to stop, not just for me but for whoever is next.” – survivor"),
    ("Making streets, public spaces and the night-time economy safer for women and girls",
     "Nearly 5,000 women and girls answered our survey (illustrative). Most said they change their daily behaviour to "
     "avoid danger, and many had been harassed in the street, on public transport or on a night out.",
     ["Use Safer Streets funding to improve lighting and CCTV on routes women told us feel unsafe.",
      "Support venues to sign up to a women's night safety charter and Ask for Angela.",
      "Train taxi drivers, bus staff and door staff to recognise and report harassment.",
      "Work with universities and students' unions on safety on campus and at night."],
     ["Women who feel safe in town centres after dark", "Venues accredited"],
     "“I always walk home with my keys in my hand.” – resident, Lancaster"),
    ("Providing safe accommodation for survivors and their children",
     "Under the Domestic Abuse Act 2021, Lancashire County Council, Blackpool Council and Blackburn with Darwen "
     "Council must provide support in safe accommodation for victims and their children. Demand is far higher than "
     "the number of refuge places.",
     ["Increase refuge and dispersed safe accommodation in every part of Lancashire.",
      "Fund specialist support in safe accommodation, including for children.",
      "Use sanctuary schemes so that survivors can stay safely in their own homes.",
      "Make sure housing allocation policies recognise domestic abuse."],
     ["Households supported in safe accommodation", "Survivors rehoused within target time"],
     "“Having my own front door again gave me my life back.” – survivor"),
]


def deco(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(MIST)
    c.rect(W - 10 * mm, 0, 10 * mm, H, stroke=0, fill=1)
    c.setFont(REG, 7.8)
    c.setFillColor(GREY)
    c.drawString(20 * mm, H - 12 * mm, "Pan-Lancashire VAWG Strategy 2025–2029")
    c.setFont(BOLD, 7.8)
    c.setFillColor(TEAL)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Safe. Respected. Free.")
    c.setStrokeColor(CORAL)
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 14.5 * mm, W - 18 * mm, H - 14.5 * mm)
    c.setFont(BOLD, 9)
    c.setFillColor(TEAL)
    if p % 2:
        c.drawRightString(W - 18 * mm, 11 * mm, str(p))
    else:
        c.drawString(20 * mm, 11 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(CORAL)
    c.rect(0, H * 0.36, W * 0.62, 9 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#127A8A"))
    c.circle(W * 0.88, H * 0.15, 62 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 10.5)
    c.drawString(20 * mm, H - 26 * mm, "PAN-LANCASHIRE VAWG PARTNERSHIP")
    c.setFont(SBOLD, 33)
    for i, line in enumerate(["Violence Against", "Women and Girls", "Strategy"]):
        c.drawString(20 * mm, H - 88 * mm - i * 14 * mm, line)
    c.setFont(SREG, 20)
    c.drawString(20 * mm, H - 140 * mm, "2025–2029")
    c.setFont(REG, 11)
    c.drawString(20 * mm, 32 * mm, "Lancashire · Blackpool · Blackburn with Darwen")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 18)
    c.drawString(22 * mm, H - 120 * mm, "Getting help")
    c.setFont(REG, 10.5)
    y = H - 132 * mm
    for line in ["Lancashire Victim Services: 0300 000 0000 (illustrative)",
                 "National Domestic Abuse Helpline: 0808 2000 247", "In an emergency always call 999.", "",
                 "vawg@lancashire-pcc.example", "", "Statistics in this strategy are illustrative."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def outcome_strip(n, text, fw):
    t = Table([[Paragraph(f"OUTCOME {n}", olab), Paragraph(text, ohead)]], colWidths=[30 * mm, fw - 30 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), CORAL), ("BACKGROUND", (1, 0), (1, 0), MIST),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (1, 0), (1, 0), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return t


def story(pages):
    W = A4[0]
    fw = W - 38 * mm
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    entries = [("Foreword", "fw", 0), ("Why this matters", "ctx", 0), ("Our approach", "appr", 0),
               ("Our outcomes", "outs", 0)]
    entries += [(f"Outcome {i + 1}", f"o{i}", 14) for i in range(len(OUTCOMES))]
    entries += [("Delivering the strategy", "gov", 0), ("How we will measure success", "kpi", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 11 if ind else 13,
                              GREY if ind else TEAL, indent=ind, gap=10))
    # foreword
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "Violence against women and girls is a national emergency, and Lancashire is no exception. It happens in every "
        "community and it is never the victim's fault.",
        "This is the first strategy to bring together every partner across Lancashire, Blackpool and Blackburn with "
        "Darwen behind one shared plan. It was developed by the Office of the Police and Crime Commissioner with the "
        "three upper-tier councils, the Constabulary, health, probation, specialist services and survivors.",
        "It builds on what nearly 5,000 women and girls told us about their safety (illustrative), and on the "
        "experience of the specialist services who support survivors every day.",
        "Men and boys can also be victims of these crimes and they will receive the same support. But we must be honest "
        "that the great majority of victims are women and girls and the great majority of perpetrators are men.",
        "This strategy has five outcomes. Each has a lead group and a yearly delivery plan, and we will report on "
        "progress every year."]:
        s.append(Paragraph(t, body))
    s += [Paragraph("<b>Chair, Pan-Lancashire VAWG Partnership Board</b>", body), Spacer(1, 10),
          RuledBox([Paragraph("“Every woman and girl in Lancashire should be safe, and feel safe, wherever she is.”",
                              quote)], CORAL, pad=12)]
    # context
    s += [PageBreak(), Marker("ctx", toc), Paragraph("Why this matters", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("21,000", "domestic abuse incidents reported to the police in a year"),
                    ("93%", "of women and girls surveyed change their behaviour to avoid danger"),
                    ("2,400", "rapes and other sexual offences recorded"),
                    ("78%", "felt unsafe at least occasionally in the past year"),
                    ("5,100", "children in households referred to MARAC"),
                    ("96", "refuge places across the county")], 3, fw, num, cap, [MIST, hexc("#FBE9E3")]))
    s += [Paragraph("Illustrative figures.", small), Paragraph("What women and girls told us", h2)]
    s += bullets(["More than 70% worry about drink spiking, sexual assault and rape in public spaces.",
                  "Over half had received unwanted comments or intrusive staring in the last year.",
                  "Many did not recognise coercive control as abuse until much later.",
                  "Survivors said waiting for court was one of the hardest parts of their experience."], bl)
    # approach
    s += [PageBreak(), Marker("appr", toc), Paragraph("Our approach", h1), Paragraph("What we mean by VAWG", h2),
          Paragraph("Violence against women and girls covers acts of violence or abuse that we know disproportionately "
                    "affect women and girls, including domestic abuse, rape and other sexual offences, stalking, "
                    "harassment, so-called honour-based abuse, forced marriage, female genital mutilation and online "
                    "abuse.", body),
          Paragraph("The national framework", h2),
          Paragraph("The Government's Tackling Violence Against Women and Girls Strategy and its Domestic Abuse Plan "
                    "are organised around four pillars:", body)]
    pills = Table([[Paragraph(t, pill) for t in ["Prioritising prevention", "Supporting victims",
                                                  "Pursuing perpetrators", "A stronger system"]]],
                  colWidths=[fw / 4] * 4)
    pills.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MIST), ("GRID", (0, 0), (-1, -1), 4, colors.white),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [pills, Spacer(1, 4),
          Paragraph("Our outcomes follow the same shape and add the local issue that survivors raised most often: "
                    "somewhere safe to live.", body), Paragraph("Our principles", h2)]
    s += bullets(["<b>Survivor-led</b>: shaped by the voices of survivors.", "<b>Trauma-informed</b>: understanding "
                  "the impact of trauma.", "<b>Intersectional</b>: recognising the barriers faced by disabled, LGBT+ "
                  "and ethnic minority survivors.", "<b>Whole-system</b>: everyone has a part to play."], bl)
    s += [Spacer(1, 6), Marker("outs", toc), Paragraph("Our outcomes", h2),
          Paragraph("The strategy has five outcomes, set out on the following pages.", body)]
    # outcomes
    for i, (name, why, dos, kpis, q) in enumerate(OUTCOMES):
        s += [PageBreak(), Marker(f"o{i}", toc), outcome_strip(i + 1, name, fw), Spacer(1, 10),
              Paragraph(why, lead), Paragraph("We will", h2)]
        s += bullets(dos, bl)
        s.append(Paragraph("What success looks like", h2))
        s += bullets(kpis, bl, bullet="–")
        s += [Spacer(1, 12), RuledBox([Paragraph(q, quote)], TEAL, pad=12)]
    # governance
    s += [PageBreak(), Marker("gov", toc), Paragraph("Delivering the strategy", h1),
          Paragraph("The Pan-Lancashire VAWG Partnership Board owns this strategy. It is chaired by the Office of the "
                    "Police and Crime Commissioner and reports to the Lancashire Community Safety Partnership Board and "
                    "to the community safety partnerships of Blackpool and Blackburn with Darwen.", body),
          Paragraph("Delivery groups", h2)]
    s += bullets(["Prevention and Education Group", "Survivor Support Group", "Perpetrator Strategy Group",
                  "Safer Public Spaces Group", "Safe Accommodation Group (the three domestic abuse partnership boards)",
                  "Survivor Voice Panel"], bl)
    s += [Paragraph("Partners", h2)]
    s += bullets(["Office of the Police and Crime Commissioner for Lancashire", "Lancashire County Council, Blackpool "
                  "Council and Blackburn with Darwen Borough Council", "Lancashire Constabulary",
                  "NHS Lancashire and South Cumbria", "Probation Service", "Specialist domestic abuse and sexual "
                  "violence services", "Universities, schools and colleges"], bl)
    # KPIs
    s += [PageBreak(), Marker("kpi", toc), Paragraph("How we will measure success", h1)]
    data = [["Measure", "Baseline", "Ambition by 2029"], ["Women and girls who feel safe after dark", "41%", "60%"],
            ["Repeat victims of domestic abuse", "32%", "25%"], ["Charge rate for rape", "4%", "10%"],
            ["Survivors who feel safer after support", "82%", "90%"], ["Households in safe accommodation", "610", "800"]]
    t = Table([[Paragraph(str(c), cap) for c in r] for r in data], colWidths=[fw * 0.6, fw * 0.2, fw * 0.2])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), MIST), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t, Spacer(1, 4), Paragraph("Baselines and ambitions are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    W, H = A4
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def run(pg):
        toc.clear()
        templates = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
                     PageTemplate("body", [Frame(20 * mm, 22 * mm, W - 38 * mm, H - 46 * mm, id="b", **pad)],
                                  onPage=deco),
                     PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]
        doc = make_doc(out, A4, templates, TITLE, "Pan-Lancashire VAWG Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
