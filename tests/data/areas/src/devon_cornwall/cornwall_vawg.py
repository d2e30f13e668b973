"""Cornwall and Isles of Scilly Violence Against Women and Girls Strategy 2023-2028: reportlab brochure.

Serif headings "Objective A – X", one objective per page.  The national
strategy's three areas, the definition of VAWG, the principles, survivor
quotes, "We will" lists, success measures and the governance list are
distractors.
"""
from rl_kit import *  # noqa: F401,F403

FILE = "strategies/cornwall_vawg_strategy_2023-28.pdf"
TITLE = "Cornwall and Isles of Scilly Violence Against Women and Girls Strategy 2023–2028"

VIOLET, ROSE, BLUSH, INK, GREY = hexc("#4B2466"), hexc("#C2416B"), hexc("#F8ECF1"), hexc("#242424"), hexc("#6D6D6D")
SREG, SBOLD = fonts("liberation-serif")
REG, BOLD = fonts("liberation-sans")

body = ParagraphStyle("body", fontName=REG, fontSize=9.8, leading=13.8, spaceAfter=6, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=3)
h1 = ParagraphStyle("h1", fontName=SBOLD, fontSize=24, leading=28, textColor=VIOLET, spaceAfter=10)
obj = ParagraphStyle("obj", fontName=SBOLD, fontSize=22, leading=27, textColor=VIOLET, spaceAfter=12)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, textColor=ROSE, spaceBefore=8, spaceAfter=4)
lead = ParagraphStyle("lead", parent=body, fontName=SREG, fontSize=12.5, leading=17, textColor=VIOLET)
quote = ParagraphStyle("quote", parent=body, fontName=SREG, fontSize=12, leading=16, textColor=colors.white)
num = ParagraphStyle("num", fontName=SBOLD, fontSize=24, leading=28, textColor=VIOLET)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.5, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
toc: dict = {}

OBJECTIVES = [
    ("A", "Preventing violence against women and girls before it starts",
     "Prevention means changing the attitudes, behaviours and social norms that allow violence against women and girls "
     "to happen. It starts with children and young people, but it includes everyone.",
     ["Support every school to deliver high-quality relationships education, including on consent and online abuse.",
      "Run a Cornwall-wide campaign challenging misogyny and encouraging bystanders to act.",
      "Work with sports clubs, employers and the night-time economy to set clear standards of behaviour.",
      "Train youth workers to recognise and respond to harmful attitudes."],
     ["Young people who understand consent (school survey)", "Organisations signed up to the charter"],
     "“Nobody taught us what a healthy relationship looked like.” – young survivor"),
    ("B", "Supporting victims and survivors to recover and thrive",
     "Victims and survivors should get the right support at the right time, whoever and wherever they are. In a rural "
     "county this means services that reach people in their own communities, and support that lasts as long as it is "
     "needed.",
     ["Keep a single point of contact for all domestic abuse and sexual violence support.",
      "Fund independent domestic and sexual violence advisers, including specialists for older people and young people.",
      "Improve access to trauma-informed counselling and therapy.",
      "Make sure children who experience domestic abuse get support in their own right."],
     ["Survivors who feel safer after support", "Waiting times for counselling"],
     "“The first person who believed me changed everything.” – survivor"),
    ("C", "Holding perpetrators to account and changing their behaviour",
     "Too often the burden of change falls on victims. We want the focus to move to the people who cause harm, with "
     "robust action from the justice system and programmes that help perpetrators to change.",
     ["Use multi-agency tasking to target the most harmful and serial perpetrators.",
      "Increase the use of domestic abuse protection notices and orders.",
      "Commission accredited behaviour change programmes for perpetrators of domestic abuse.",
      "Work with probation and prisons so that perpetrators are managed on release."],
     ["Repeat perpetrators identified and managed", "Completions of behaviour change programmes"],
     "“I want him to stop, not just for me but for whoever is next.” – survivor"),
    ("D", "Making public spaces safe for women and girls",
     "Women and girls have the right to feel safe on our streets, beaches, public transport and in the night-time "
     "economy. Many tell us that they change their behaviour to avoid harassment.",
     ["Use Safer Streets funding to improve lighting and CCTV on key routes.",
      "Support venues to sign up to a women's night safety charter and Ask for Angela.",
      "Train taxi drivers, bus staff and door staff to recognise and report harassment.",
      "Map where women and girls feel unsafe using an online tool."],
     ["Women who feel safe in town centres after dark", "Venues accredited"],
     "“I always walk home with my keys in my hand.” – resident"),
    ("E", "Safe accommodation for survivors and their children",
     "Under the Domestic Abuse Act 2021 the council must provide support in safe accommodation for victims and their "
     "children. Many survivors in Cornwall cannot find a safe and affordable home.",
     ["Increase refuge and dispersed safe accommodation in each area of Cornwall.",
      "Fund specialist support in safe accommodation, including for children.",
      "Use sanctuary schemes so that survivors can stay in their own homes where it is safe.",
      "Make sure housing allocation policies recognise domestic abuse."],
     ["Households supported in safe accommodation", "Survivors rehoused within target time"],
     "“Having my own front door again gave me my life back.” – survivor"),
]


def deco(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(BLUSH)
    c.rect(0, 0, 12 * mm, H, stroke=0, fill=1)
    c.setFillColor(ROSE)
    c.rect(0, H - 60 * mm, 12 * mm, 25 * mm, stroke=0, fill=1)
    c.setFont(REG, 7.8)
    c.setFillColor(GREY)
    c.drawString(24 * mm, H - 13 * mm, "Cornwall and Isles of Scilly VAWG Strategy 2023–2028")
    c.setFont(BOLD, 7.8)
    c.setFillColor(VIOLET)
    c.drawRightString(W - 18 * mm, H - 13 * mm, "SAFER CORNWALL")
    c.setFont(BOLD, 9)
    c.drawRightString(W - 18 * mm, 11 * mm, f"Page {p}")
    c.setStrokeColor(ROSE)
    c.setLineWidth(0.6)
    c.line(24 * mm, 16 * mm, W - 18 * mm, 16 * mm)
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(VIOLET)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ROSE)
    c.circle(W * 0.78, H * 0.28, 70 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#6B3A8A"))
    c.circle(W * 0.95, H * 0.55, 45 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 11)
    c.drawString(20 * mm, H - 28 * mm, "SAFER CORNWALL  •  COUNCIL OF THE ISLES OF SCILLY")
    c.setFont(SBOLD, 34)
    for i, line in enumerate(["Violence Against", "Women and Girls", "Strategy"]):
        c.drawString(20 * mm, H - 85 * mm - i * 14 * mm, line)
    c.setFont(SREG, 20)
    c.drawString(20 * mm, H - 135 * mm, "2023–2028")
    c.setFont(REG, 11)
    c.drawString(20 * mm, 40 * mm, "Cornwall and the Isles of Scilly")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(VIOLET)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(SBOLD, 18)
    c.drawString(22 * mm, H - 110 * mm, "Getting help")
    c.setFont(REG, 10.5)
    y = H - 122 * mm
    for line in ["Domestic abuse and sexual violence single point of access: 0300 000 0000 (illustrative)",
                 "National Domestic Abuse Helpline: 0808 2000 247", "In an emergency always call 999.",
                 "", "vawg@cornwall.example", "", "Statistics in this strategy are illustrative."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def story(pages):
    W = A4[0]
    fw = W - 42 * mm
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 6)]
    entries = [("Foreword", "fw", 0), ("The scale of the problem", "ctx", 0), ("Our approach", "appr", 0),
               ("Our objectives", "objs", 0)]
    entries += [(f"Objective {k}", f"o{k}", 14) for k, *_ in OBJECTIVES]
    entries += [("Making it happen", "gov", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), SREG if ind else SBOLD, 11 if ind else 13,
                              GREY if ind else VIOLET, indent=ind, gap=10))
    # foreword
    s += [PageBreak(), Marker("fw", toc), Paragraph("Foreword", h1)]
    for t in [
        "Violence against women and girls is one of the most common and most harmful crimes in Cornwall and the Isles of "
        "Scilly. It happens in every community, and it is never the victim's fault.",
        "This strategy brings together for the first time our work on domestic abuse, sexual violence, stalking, "
        "harassment and other forms of violence that disproportionately affect women and girls. It replaces the "
        "Domestic Abuse and Sexual Violence Strategy 2019–2022.",
        "We have listened to more than 400 survivors, professionals and residents (illustrative). They told us that "
        "support is good once people reach it, but that too many wait too long, that perpetrators face too few "
        "consequences, and that women and girls still do not feel safe in public spaces.",
        "Men and boys can also be victims of these crimes, and they will receive the same support. But we must be honest "
        "that the great majority of victims are women and girls and the great majority of perpetrators are men.",
        "This is a five-year strategy with five objectives. We will publish a delivery plan each year and report on "
        "progress to Safer Cornwall and to the Council of the Isles of Scilly."]:
        s.append(Paragraph(t, body))
    s += [Paragraph("<b>Chair, Domestic Abuse and Sexual Violence Partnership Board</b>", body), Spacer(1, 10),
          RuledBox([Paragraph("“Violence against women and girls is everyone's business.”", quote)], ROSE, pad=12)]
    # context
    s += [PageBreak(), Marker("ctx", toc), Paragraph("The scale of the problem", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("8,900", "domestic abuse incidents reported to the police in a year"),
                    ("1 in 4", "women will experience domestic abuse in their lifetime"),
                    ("1,300", "sexual offences recorded"), ("70%", "of women have been harassed in a public place"),
                    ("2,100", "children living in households referred to MARAC"),
                    ("38", "refuge spaces across Cornwall")], 3, fw, num, cap, [BLUSH, hexc("#EFE6F4")]))
    s += [Paragraph("Illustrative figures.", small), Paragraph("What survivors told us", h2)]
    s += bullets(["Support was hard to find, especially in rural areas and on the islands.",
                  "Many did not recognise coercive control as abuse until much later.",
                  "The court process was slow and frightening.",
                  "Finding a safe home was one of the biggest barriers to leaving."], bl)
    # approach
    s += [PageBreak(), Marker("appr", toc), Paragraph("Our approach", h1), Paragraph("What we mean by VAWG", h2),
          Paragraph("Violence against women and girls covers acts of violence or abuse that we know disproportionately "
                    "affect women and girls, including:", body)]
    s += bullets(["domestic abuse, including coercive control and economic abuse", "rape and other sexual offences",
                  "stalking and harassment", "so-called honour-based abuse, forced marriage and female genital mutilation",
                  "online and technology-facilitated abuse", "sexual exploitation and harassment in public spaces"], bl)
    s += [Paragraph("The national picture", h2),
          Paragraph("The Government's Tackling Violence Against Women and Girls Strategy is built around prioritising "
                    "prevention, supporting victims and pursuing perpetrators, underpinned by a stronger system. Our "
                    "objectives reflect these areas and add the local issues that matter most in Cornwall.", body),
          Paragraph("Our principles", h2)]
    s += bullets(["<b>Survivor-led</b>: shaped by the voices of survivors.", "<b>Trauma-informed</b>: understanding the "
                  "impact of trauma.", "<b>Intersectional</b>: recognising the barriers faced by disabled, LGBT+ and "
                  "ethnic minority survivors.", "<b>Whole-system</b>: everyone has a part to play."], bl)
    s += [Spacer(1, 6), Marker("objs", toc), Paragraph("Our objectives", h2),
          Paragraph("The strategy has five objectives, set out on the following pages. Each has a lead group and a "
                    "yearly delivery plan.", body)]
    # objectives
    for k, name, why, dos, kpis, q in OBJECTIVES:
        s += [PageBreak(), Marker(f"o{k}", toc),
              Paragraph(f'<font color="#C2416B">Objective {k} –</font> {name}', obj), Paragraph(why, lead),
              Paragraph("We will", h2)]
        s += bullets(dos, bl)
        s.append(Paragraph("What success looks like", h2))
        s += bullets(kpis, bl, bullet="–")
        s += [Spacer(1, 10), RuledBox([Paragraph(q, quote)], VIOLET, pad=12)]
    # governance
    s += [PageBreak(), Marker("gov", toc), Paragraph("Making it happen", h1),
          Paragraph("The Domestic Abuse and Sexual Violence Partnership Board owns this strategy and reports to Safer "
                    "Cornwall. On the Isles of Scilly, delivery is overseen by the Isles of Scilly Community Safety "
                    "Partnership.", body), Paragraph("Delivery groups", h2)]
    s += bullets(["Prevention and Education Group", "Survivor Support and Safe Accommodation Group",
                  "Perpetrator Strategy Group", "Safer Public Spaces Group", "Survivor Voice Panel"], bl)
    s += [Paragraph("Partners", h2)]
    s += bullets(["Cornwall Council and the Council of the Isles of Scilly", "Devon and Cornwall Police",
                  "Office of the Police and Crime Commissioner", "NHS Cornwall and Isles of Scilly",
                  "Probation Service", "Specialist domestic abuse and sexual violence services", "Schools and colleges"], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    W, H = A4
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def run(pg):
        toc.clear()
        templates = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
                     PageTemplate("body", [Frame(24 * mm, 22 * mm, W - 42 * mm, H - 46 * mm, id="b", **pad)], onPage=deco),
                     PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]
        doc = make_doc(out, A4, templates, TITLE, "Safer Cornwall")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
