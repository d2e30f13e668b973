"""Kent and Medway Violence Reduction Unit: Serious Violence Duty Strategy 2024-2029: reportlab plain report
(Liberation Serif throughout).

Four priorities, each stated as the heading of a **numbered chapter in running prose** ("4  Reducing serious
violence ..." to "7  Embedding ..."): the chapters run on without page breaks, so two chapter headings share a
page (pp6-8), and the chapter numbers continue the report's own numbering (chapter 3 ends "Chapters 4 to 7 set out
our four priorities").  Each chapter has numbered sections with generic titles ("4.1 The problem", "4.2 What we
will do").  The definition and specified authorities (p4), the Home Office success measures and the public health
approach (p5), the section titles, the interventions named in the prose and the measures table (p9) are
distractors.
"""
from common import two_pass
from rl_kit import *  # noqa: F401,F403
from rl_kit import ContentsLine, bullets

FILE = "strategies/kent_and_medway_serious_violence_duty_strategy_2024-29.pdf"
TITLE = "Kent and Medway Serious Violence Duty Strategy 2024–2029"

INK, RED, GREY = hexc("#1A1A1A"), hexc("#9C1C1C"), hexc("#5A5A5A")
REG, BOLD = fonts("liberation-serif")
W, H = A4

body = ParagraphStyle("body", fontName=REG, fontSize=10.6, leading=15, spaceAfter=7, textColor=INK,
                      alignment=4)
bl = ParagraphStyle("bl", parent=body, leftIndent=14, spaceAfter=3, alignment=0)
ch = ParagraphStyle("ch", fontName=BOLD, fontSize=16, leading=20, textColor=RED, spaceBefore=16, spaceAfter=8, keepWithNext=1,
                    leftIndent=26, firstLineIndent=-26)
sec = ParagraphStyle("sec", fontName=BOLD, fontSize=11.2, leading=14, textColor=INK, spaceBefore=6, spaceAfter=4, keepWithNext=1)
small = ParagraphStyle("small", parent=body, fontSize=8.4, leading=10.5, textColor=GREY, alignment=0)
title = ParagraphStyle("title", fontName=BOLD, fontSize=26, leading=32, textColor=INK)

PRIORITIES = [
    ("Reducing serious violence and knife crime in our hotspot areas",
     "Serious violence in Kent and Medway is concentrated. Around a third of it happens in fewer than one per cent "
     "of streets (illustrative), most of them in town centres at night and in a small number of residential areas "
     "in Medway, Gravesend, Dartford, Maidstone and Thanet. Knife crime follows the same pattern.",
     "We will focus patrols, youth outreach and environmental changes on those places, using the hotspot model "
     "tested in Medway and Thanet in 2023. Each hotspot will have a problem-solving plan agreed by the local "
     "community safety partnership, and we will measure violence with injury in each one every quarter."),
    ("Preventing children and young people from becoming involved in violence",
     "Children who are excluded from school, who go missing or who have been exploited are far more likely to be "
     "involved in violence, as victims or as those who cause harm. Most had contact with at least one service "
     "before the first serious incident.",
     "We will fund mentors and trusted adults in schools and pupil referral units, youth workers in the emergency "
     "departments of our hospitals, and support for children at risk of exclusion. We will work with the youth "
     "justice services so that children who carry knives are offered a way out before they are charged."),
    ("Supporting people harmed by violence to recover",
     "People harmed by violence, and their families, often have no contact with services after they leave "
     "hospital. Some go on to be harmed again, and some retaliate.",
     "We will offer every person admitted to hospital with a violent injury a navigator, and make sure that "
     "victims of violence, including young victims, are referred to the support services the Police and Crime "
     "Commissioner commissions. Families bereaved by violence will have a named point of contact."),
    ("Embedding a trauma-informed approach across Kent and Medway",
     "Many of the people involved in violence have experienced trauma in childhood. Services that do not "
     "recognise it can make things worse.",
     "We will train frontline staff in every specified authority to recognise and respond to trauma, and help "
     "organisations review their policies so that they do not re-traumatise the people they serve. This is a way "
     "of working that supports the other three priorities."),
]

WHO = [
    "Kent Police, the district and Medway community safety partnerships, licensing authorities and the business "
    "improvement districts. Hotspot plans will be signed off by each partnership's chair.",
    "Schools and academy trusts, the youth justice services of Kent and Medway, children's social care, youth "
    "services and the NHS. The voluntary sector will deliver most of the mentoring.",
    "The emergency departments of the county's hospitals, the Commissioner's victim services, Victim Support and "
    "specialist bereavement charities.",
    "Every specified and relevant authority, through a shared training offer and a network of trauma champions "
    "hosted by the Integrated Care Board.",
]
CASES = [
    "A six-month pilot of hotspot patrols in two Medway town centres was followed by a fall in violence with injury "
    "in those streets (illustrative), with no sign that it moved elsewhere.",
    "Sixty children at risk of exclusion were mentored in 2023/24 (illustrative); most stayed in school and none "
    "was charged with a knife offence during the year.",
    "Hospital youth workers saw more than 300 young people in 2023/24 (illustrative); three in four took up the "
    "offer of further support.",
    "More than 2,000 practitioners completed trauma-informed training in 2023/24 (illustrative), and three "
    "organisations reviewed their exclusion and eviction policies as a result.",
]


def header(c, doc):
    p = c.getPageNumber()
    c.saveState()
    c.setFont(REG, 8)
    c.setFillColor(GREY)
    c.drawString(22 * mm, H - 14 * mm, "Kent and Medway Violence Reduction Unit")
    c.drawRightString(W - 22 * mm, H - 14 * mm, "Serious Violence Duty Strategy 2024–2029")
    c.setStrokeColor(hexc("#CCCCCC"))
    c.setLineWidth(0.5)
    c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
    c.drawCentredString(W / 2, 12 * mm, f"page {p}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, H - 18 * mm, W, 18 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont(BOLD, 11)
    c.drawString(22 * mm, H - 40 * mm, "KENT AND MEDWAY VIOLENCE REDUCTION UNIT")
    c.setFont(BOLD, 30)
    c.drawString(22 * mm, H - 110 * mm, "Serious Violence Duty")
    c.drawString(22 * mm, H - 124 * mm, "Strategy 2024–2029")
    c.setFont(REG, 12)
    c.setFillColor(GREY)
    c.drawString(22 * mm, H - 140 * mm, "Prepared by the specified authorities for Kent and Medway")
    c.drawString(22 * mm, 30 * mm, "Published January 2024. Statistics in this strategy are illustrative.")
    c.restoreState()


def templates():
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
            PageTemplate("single", [Frame(24 * mm, 22 * mm, W - 48 * mm, H - 46 * mm, id="s", **pad)],
                         onPage=header)]


def chapter(n, name):
    return Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{name}", ch)


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", title), Spacer(1, 10)]
    entries = [("1  Introduction", "c1"), ("2  Understanding violence in Kent and Medway", "c2"),
               ("3  Our approach", "c3")]
    entries += [(f"{i + 4}  {p[0]}", f"c{i + 4}") for i, p in enumerate(PRIORITIES)]
    entries += [("8  Delivery, governance and measures", "c8")]
    for t, k in entries:
        s.append(ContentsLine(t, pages.get(k, 0), REG, 10.5, INK, leader=True, gap=11))
    s += [PageBreak(), chapter(1, "Introduction")]
    for t in [
        "The Serious Violence Duty, introduced by the Police, Crime, Sentencing and Courts Act 2022, requires the "
        "specified authorities in each area to work together to prevent and reduce serious violence, and to publish "
        "a strategy. In Kent and Medway the Violence Reduction Unit coordinates that work on behalf of the "
        "partnership.",
        "This strategy is based on our strategic needs assessment, published alongside it, and on what young "
        "people, families and practitioners told us. It covers the five years from 2024 to 2029 and will be "
        "refreshed each year.",
        "The Unit was established in 2019 and is funded by the Home Office and the Police and Crime Commissioner. "
        "It is hosted by the Commissioner's office and accountable to a multi-agency board.",
        "<b>Chair, Kent and Medway Violence Reduction Unit Board</b>"]:
        s.append(Paragraph(t, body))
    s += [PageBreak(), chapter(2, "Understanding violence in Kent and Medway"),
          Paragraph("For this strategy, serious violence means homicide, violence against the person causing injury, "
                    "knife and gun crime, and robbery, with a focus on public places and on young people under 25. "
                    "Domestic abuse and sexual violence have their own strategies and boards, and we work closely with "
                    "both.", body),
          Paragraph("2.1 The specified authorities", sec),
          Paragraph("The specified authorities are the police, the fire and rescue service, the probation service, "
                    "the youth offending teams, the Integrated Care Board and the local authorities. Schools, prisons "
                    "and youth custody are relevant authorities.", body),
          Paragraph("2.2 What the needs assessment found", sec)]
    s += bullets(["Violence with injury fell by 6% in 2023/24 but knife crime rose by 4% (illustrative).",
                  "Most victims and suspects of knife crime are male and under 25.",
                  "Violence peaks on Friday and Saturday nights in town centres.",
                  "School exclusion and going missing are strong predictors of involvement."], bl)
    s += [PageBreak(), chapter(3, "Our approach"),
          Paragraph("We take a public health approach: we treat violence as preventable, work across organisations, "
                    "use data and evidence, and focus on its causes as well as its consequences. We listen to "
                    "communities and to young people in particular.", body),
          Paragraph("3.1 The Home Office success measures", sec),
          Paragraph("The Home Office asks every area to report on three headline measures:", body)]
    s += bullets(["a reduction in hospital admissions for assault with a knife or sharp object;",
                  "a reduction in knife and sharp object enabled serious violence recorded by the police;",
                  "a reduction in homicides recorded by the police."], bl)
    s += [Paragraph("3.2 Our priorities", sec),
          Paragraph("Chapters 4 to 7 set out our four priorities, one chapter each, with the problem we are trying "
                    "to solve and what we will do. Chapter 8 explains how we will deliver and measure them.", body)]
    s.append(PageBreak())
    for i, (name, prob, do) in enumerate(PRIORITIES):
        n = i + 4
        s += [chapter(n, name), Paragraph(f"{n}.1 The problem", sec), Paragraph(prob, body),
              Paragraph(f"{n}.2 What we will do", sec), Paragraph(do, body),
              Paragraph(f"{n}.3 Who we will work with", sec), Paragraph(WHO[i], body),
              Paragraph(f"{n}.4 Learning from 2023/24", sec), Paragraph(CASES[i], body)]
    s += [PageBreak(), chapter(8, "Delivery, governance and measures"),
          Paragraph("The Violence Reduction Unit Board meets quarterly and reports to the Kent and Medway Criminal "
                    "Justice Board and to the Police and Crime Commissioner. An annual delivery plan sets out the "
                    "interventions, their leads and their funding.", body),
          Paragraph("8.1 Local measures", sec)]
    t = Table([["Measure", "Baseline 2023/24", "Direction"], ["Violence with injury in hotspots", "5,800", "Down"],
               ["Knife crime offences", "1,230", "Down"],
               ["Hospital admissions for assault with a sharp object", "140", "Down"],
               ["Young people offered a navigator", "620", "Up"], ["Staff trained in trauma-informed practice", "2,100",
                                                                   "Up"]],
              colWidths=[80 * mm, 34 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REG, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
                           ("LINEABOVE", (0, 0), (-1, 0), 1, INK), ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, INK)]))
    t.hAlign = "LEFT"
    s += [t, Spacer(1, 6), Paragraph("Baselines are illustrative.", small),
          Paragraph("Contact: vru@kent-medway-vru.example", body)]
    return s


def build(root):
    out = root / FILE

    def run(pages):
        doc = make_doc(out, A4, templates(), TITLE, "Kent and Medway Violence Reduction Unit")
        doc.build(story(pages))
    needles = {"c1": "Introduction The Serious Violence Duty, introduced",
               "c2": "Understanding violence in Kent and Medway For this", "c3": "Our approach We take"}
    needles.update({f"c{i + 4}": p[1][:40] for i, p in enumerate(PRIORITIES)})
    needles["c8"] = "Delivery, governance and measures The Violence"
    two_pass(run, out, needles)
    return out
