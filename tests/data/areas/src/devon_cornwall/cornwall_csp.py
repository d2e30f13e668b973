"""Safer Cornwall Partnership Plan 2022-2025: reportlab designed brochure.

An "our priorities at a glance" grid (not the gold page), then one section
page per priority with an unnumbered banner heading (the longest wraps over two
lines) and two-column text.  Vision, cross-cutting themes, "We will" bullets,
measures, a case study per priority and the partner list are distractors.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "strategies/safer_cornwall_partnership_plan_2022-25.pdf"
TITLE = "Safer Cornwall Partnership Plan 2022–2025"

INK, GOLD, SLATE, MIST, GREEN = hexc("#1D2B36"), hexc("#E3A31B"), hexc("#3E5C76"), hexc("#EEF2F5"), hexc("#2F7D5B")
FILLS = [hexc("#1D2B36"), hexc("#3E5C76"), hexc("#2F7D5B"), hexc("#8C3B2E"), hexc("#5A4B81"), hexc("#9A6A12")]
REG, BOLD = fonts("dejavu")

body = ParagraphStyle("body", fontName=REG, fontSize=9, leading=12.8, spaceAfter=5, textColor=hexc("#202020"))
bl = ParagraphStyle("bl", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=14, textColor=SLATE, spaceBefore=6, spaceAfter=4)
h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.6, leading=12, textColor=INK, spaceBefore=3, spaceAfter=2)
title_st = ParagraphStyle("tt", parent=h2, fontSize=19, leading=23, textColor=INK, spaceAfter=8)
ban = ParagraphStyle("ban", fontName=BOLD, fontSize=21, leading=25, textColor=colors.white)
intro = ParagraphStyle("intro", parent=body, fontSize=10.6, leading=14.5, textColor=SLATE)
num = ParagraphStyle("num", fontName=BOLD, fontSize=20, leading=23, textColor=colors.white)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.2, leading=10.5, textColor=colors.white)
small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=hexc("#666666"))
toc: dict = {}

PRIORITIES = [
    ("Domestic abuse and sexual violence",
     "Domestic abuse and sexual violence are the biggest causes of violent harm in Cornwall. One in four violent crimes "
     "is domestic-related, and reports of sexual offences continue to rise as more survivors come forward (illustrative).",
     ["Deliver the Cornwall and Isles of Scilly Violence Against Women and Girls Strategy.",
      "Keep a single point of access for domestic abuse and sexual violence support across Cornwall.",
      "Train front-line staff in health, housing and children's services to ask about abuse.",
      "Increase the number of perpetrators taking part in behaviour change programmes."],
     ["Repeat MARAC referrals", "Survivors who feel safer after support"],
     ("Operation Encompass", "Schools are told before the start of the next school day when a child has been present at "
      "a domestic abuse incident, so that staff can offer support (illustrative example).")),
    ("Anti-social behaviour",
     "Anti-social behaviour is the community safety issue that residents raise most often. It rises sharply in the "
     "summer in our seaside towns and is concentrated in a small number of town centres and estates.",
     ["Run multi-agency ASB panels in each of the four policing sectors.",
      "Plan jointly for the summer season in Newquay, St Ives, Falmouth and Bude.",
      "Support victims through a risk assessment and regular updates.",
      "Use civil injunctions, community protection notices and closure orders where needed."],
     ["Repeat victims of ASB", "Residents who feel safe after dark"],
     ("Newquay summer plan", "Extra patrols, a youth outreach bus and a shared radio link for businesses helped reduce "
      "reports of disorder over the summer (illustrative example).")),
    ("Reducing harm from drugs and alcohol",
     "Cornwall has high rates of alcohol-related hospital admissions and drug-related deaths compared with England "
     "(illustrative). Drug and alcohol use is linked to violence, exploitation, poor health and family breakdown.",
     ["Expand treatment and recovery services, including outreach in rural areas.",
      "Work with the Combating Drugs Partnership on naloxone and overdose prevention.",
      "Support licensing to reduce alcohol harm in town centres.",
      "Give families affected by a loved one's drug or alcohol use access to support."],
     ["People in treatment", "Alcohol-related hospital admissions", "Drug-related deaths"],
     ("Recovery community", "Peer mentors with lived experience now support people leaving residential rehabilitation "
      "in every major town (illustrative example).")),
    ("Preventing young people's involvement in violence",
     "A small number of young people are involved in a large share of serious violence, both as victims and as those "
     "who harm. Many have been excluded from school, are known to children's services or have been exploited.",
     ["Fund youth workers in the Royal Cornwall Hospital emergency department and in custody.",
      "Work with schools to reduce exclusions and keep children in education.",
      "Offer mentoring to young people identified as at risk of violence.",
      "Deliver weapons awareness sessions in schools and colleges."],
     ["Under-25s admitted to hospital after an assault", "Knife possession offences by under-18s"],
     ("Teachable moments", "Youth workers based in the emergency department spoke to more than a hundred young people "
      "after an assault or injury, and most took up an offer of further support (illustrative example).")),
    ("Reducing reoffending",
     "Around a third of people who offend in Cornwall go on to reoffend within a year (illustrative). Stable housing, "
     "work and treatment are the foundations for a life without crime.",
     ["Run integrated offender management for the most prolific offenders.",
      "Make sure nobody leaves prison without somewhere to live.",
      "Offer women a whole-system approach through the women's centre.",
      "Link people on probation to employment support."],
     ["Proven reoffending rate", "Settled accommodation on release"],
     ("Housing on release", "A dedicated housing officer now meets people in prison before release to agree where they "
      "will live (illustrative example).")),
    ("Reducing alcohol-related violence in the night-time economy",
     "Truro, Newquay, Falmouth and Penzance have busy evening and night-time economies that attract visitors from "
     "across the country. Alcohol is a factor in most of the violence recorded in these town centres at night.",
     ["Support Pubwatch schemes and Best Bar None accreditation.",
      "Fund street pastors and safe spaces on busy nights.",
      "Use licensing reviews where premises are linked to violence.",
      "Make sure door staff are trained in welfare and vulnerability."],
     ["Night-time violence with injury in the four towns", "Licensing reviews completed"],
     ("Safe space, Truro", "A safe space run by volunteers on Friday and Saturday nights helped hundreds of people "
      "get home safely (illustrative example).")),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(GOLD)
    c.rect(0, H - 4 * mm, W, 4 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont(BOLD, 7.8)
    c.drawString(18 * mm, H - 12 * mm, "SAFER CORNWALL")
    c.setFont(REG, 7.8)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Partnership Plan 2022–2025")
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    c.line(18 * mm, H - 14.5 * mm, W - 18 * mm, H - 14.5 * mm)
    c.setFillColor(INK)
    c.roundRect(W / 2 - 6 * mm, 8 * mm, 12 * mm, 7 * mm, 1.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(W / 2, 10.4 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, 0, 14 * mm, H, stroke=0, fill=1)
    for i, col in enumerate(FILLS[1:]):
        c.setFillColor(col)
        c.rect(14 * mm + i * 39 * mm, 0, 39 * mm, 70 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(26 * mm, H - 30 * mm, "SAFER CORNWALL")
    c.setFont(BOLD, 40)
    c.drawString(26 * mm, H - 100 * mm, "Partnership")
    c.drawString(26 * mm, H - 117 * mm, "Plan")
    c.setFillColor(GOLD)
    c.setFont(REG, 26)
    c.drawString(26 * mm, H - 135 * mm, "2022–2025")
    c.setFillColor(colors.white)
    c.setFont(REG, 11)
    c.drawString(26 * mm, 85 * mm, "Cornwall's community safety partnership")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, H - 80 * mm, W, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 16)
    c.drawString(22 * mm, H - 105 * mm, "Safer Cornwall")
    c.setFont(REG, 10.5)
    y = H - 118 * mm
    for line in ["New County Hall, Truro, Cornwall", "Email: safercornwall@cornwall.example",
                 "Telephone: 0300 000 0000 (illustrative)", "",
                 "To report a crime call 101, or 999 in an emergency.", "This plan is available in other formats on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(REG, 7.5)
    c.drawString(22 * mm, 16 * mm, "Statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def story(pages):
    W = A4[0]
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", title_st), Spacer(1, 6)]
    entries = [("Foreword", "fw", 0), ("Cornwall in numbers", "num", 0), ("Our priorities at a glance", "gl", 0)]
    entries += [(p[0], f"p{i}", 14) for i, p in enumerate(PRIORITIES)]
    entries += [("Making it happen", "gov", 0), ("Our partners", "part", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10 if ind else 11.5,
                              SLATE if ind else INK, indent=ind, leader=False, gap=9 if ind else 12))
    # foreword
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("fw", toc), Paragraph("Foreword", title_st)]
    for t in [
        "Cornwall is a safe place to live and to visit. Crime levels are low compared with the rest of England, and our "
        "communities are strong and resourceful. But the harm caused by crime is not evenly shared, and some people and "
        "places experience much more than their share.",
        "Safer Cornwall is the community safety partnership for Cornwall. The Isles of Scilly have their own partnership, "
        "and we work closely with it. Our members have a shared legal duty to reduce crime and disorder, substance misuse "
        "and reoffending, and to prevent serious violence.",
        "This plan sets out six priorities for the next three years. They come from our annual strategic assessment, from "
        "the views of more than 2,000 residents (illustrative), and from the people who use our services.",
        "Cornwall's geography brings particular challenges. Our towns are small and far apart, services are stretched over "
        "long distances, and the population grows by hundreds of thousands each summer. Seasonal work, poor housing and "
        "isolation all affect people's safety.",
        "We have also taken account of the priorities of the Police and Crime Commissioner, and of the peninsula-wide "
        "strategies on serious violence and drugs.",
        "Our thanks go to everyone who helped to shape this plan, and to the staff and volunteers who make Cornwall safer "
        "every day.",
        "<b>Chair, Safer Cornwall</b>"]:
        s.append(Paragraph(t, body))
    s.append(Spacer(1, 6))
    s.append(RuledBox([Paragraph("“Every community in Cornwall, however small or remote, deserves to be safe.”",
                                 ParagraphStyle("q", parent=intro, fontName=BOLD, textColor=colors.white))], SLATE, pad=10))
    # numbers
    s += [NextPageTemplate("single"), PageBreak(), Marker("num", toc), Paragraph("Cornwall in numbers", title_st),
          Paragraph("The figures below are illustrative. They show the scale of the challenges described in our strategic "
                    "assessment, not official statistics.", body), Spacer(1, 4)]
    s.append(Tiles([("575,000", "residents, plus up to 5 million visitors a year"), ("34,000", "crimes recorded in 2021/22"),
                    ("1 in 4", "violent crimes are domestic-related"), ("+40%", "ASB reports in August compared with February"),
                    ("82", "drug-related deaths over three years"), ("32%", "proven reoffending rate")],
                   3, W - 36 * mm, num, cap, FILLS))
    s.append(Paragraph("Illustrative figures.", small))
    s.append(Paragraph("What our strategic assessment told us", h2))
    s += bullets(["Violence is concentrated in the evening and night-time economy of four towns, and in the home.",
                  "Drug-related deaths remain high, and drug markets are linked to exploitation of young people.",
                  "ASB is strongly seasonal and linked to alcohol and to a lack of activities for young people.",
                  "Reoffending is driven by homelessness, substance misuse and unemployment.",
                  "Residents in rural areas feel that services are far away."], bl)
    # glance
    s += [PageBreak(), Marker("gl", toc), Paragraph("Our priorities at a glance", title_st),
          RuledBox([Paragraph("Our vision", h3), Paragraph("A Cornwall where people are safe, and feel safe, at home, "
                   "online and in their communities.", intro)], MIST), Spacer(1, 8)]
    gst = ParagraphStyle("g", fontName=BOLD, fontSize=11, leading=13.5, textColor=colors.white)
    gsub = ParagraphStyle("gs", fontName=REG, fontSize=7.8, leading=9.8, textColor=colors.white)
    cells, row = [], []
    for i, p in enumerate(PRIORITIES):
        row.append([Paragraph(p[0], gst), Spacer(1, 3), Paragraph(p[1].split(". ")[0] + ".", gsub)])
        if len(row) == 2:
            cells.append(row)
            row = []
    t = Table(cells, colWidths=[(W - 36 * mm) / 2] * 2, rowHeights=[38 * mm] * 3)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 5, colors.white),
          ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 9)]
    for i in range(6):
        st.append(("BACKGROUND", (i % 2, i // 2), (i % 2, i // 2), FILLS[i]))
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 8), Paragraph("Running through all our priorities", h2),
          Paragraph("<b>Early intervention</b>, <b>listening to victims</b> and <b>rural and coastal communities</b> are "
                    "cross-cutting themes. They are considered in every action plan rather than treated as separate "
                    "priorities.", body)]
    # priorities
    for i, (name, why, dos, kpis, case) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc), Spacer(1, 6),
              Banner(name, ban, FILLS[i], pad=11, accent=GOLD), Spacer(1, 8), Paragraph(why, intro), FrameBreak()]
        s.append(Paragraph("We will", h2))
        s += bullets(dos, bl)
        s.append(FrameBreak())
        s.append(Paragraph("Measuring progress", h2))
        s += bullets(kpis, bl, bullet="–")
        s.append(Spacer(1, 8))
        s.append(RuledBox([Paragraph(case[0], h3), Paragraph(case[1], body)], MIST))
    # governance + partners
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("gov", toc), Paragraph("Making it happen", title_st),
          Paragraph("The Safer Cornwall Board meets quarterly. Each priority has a lead delivery group that agrees an "
                    "annual action plan and reports to the board on progress.", body), Paragraph("Delivery groups", h2)]
    s += bullets(["Domestic Abuse and Sexual Violence Partnership Board", "ASB Strategic Group",
                  "Combating Drugs Partnership", "Serious Violence Prevention Group (Cornwall)",
                  "Reducing Reoffending Group", "Night-Time Economy Forum"], bl)
    s += [Paragraph("Performance", h2), Paragraph("The board reviews a dashboard of around twenty indicators every "
                                                  "quarter. A public summary is published each year.", body),
          Paragraph("Funding", h2), Paragraph("The partnership receives grant funding from the Office of the Police and "
                                              "Crime Commissioner and from Cornwall Council's public health budget.", body),
          Spacer(1, 6), Marker("part", toc), Paragraph("Our partners", h2)]
    s += bullets(["Cornwall Council", "Devon and Cornwall Police", "Cornwall Fire and Rescue Service", "Probation Service",
                  "NHS Cornwall and Isles of Scilly Integrated Care Board", "Office of the Police and Crime Commissioner",
                  "Council of the Isles of Scilly", "Cornwall Housing", "Voluntary Sector Forum", "Town and parish councils"], bl)
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header, banner_h=60 * mm), TITLE, "Safer Cornwall")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
