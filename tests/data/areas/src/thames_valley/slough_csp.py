"""Safer Slough Partnership Strategy 2022-2025: reportlab brochure.

Unnumbered banner headings (one wraps over two lines); quotes the Police and
Crime Plan's priorities in a box (not Slough's own); right-aligned contents
numbers without dot leaders.
"""
from rl_kit import *  # noqa: F401,F403
from rl_kit import brochure_templates

FILE = "strategies/safer_slough_partnership_strategy_2022-25.pdf"
TITLE = "Safer Slough Partnership Strategy 2022–2025"

PLUM, PINK, LILAC, INK, MINT = hexc("#4B1E5A"), hexc("#C2185B"), hexc("#F1E6F4"), hexc("#262626"), hexc("#2A9D8F")
REG, BOLD = fonts("dejavu")

body = ParagraphStyle("body", fontName=REG, fontSize=8.9, leading=12.6, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=2.5)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=14, textColor=PINK, spaceBefore=6, spaceAfter=4)
h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.6, leading=12, textColor=PLUM, spaceBefore=3, spaceAfter=2)
big = ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=19, leading=23, textColor=PLUM, spaceAfter=8)
ban = ParagraphStyle("ban", fontName=BOLD, fontSize=21, leading=25, textColor=colors.white)
lead = ParagraphStyle("lead", parent=body, fontSize=10.5, leading=14.5, textColor=PLUM)
num = ParagraphStyle("num", fontName=BOLD, fontSize=20, leading=23, textColor=PLUM)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8, leading=10, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9, textColor=hexc("#666666"))
toc = {}

PRIORITIES = [
    ("Reducing the harm caused by domestic abuse",
     "Domestic abuse accounts for around one in six crimes recorded in Slough and is the single biggest driver of "
     "referrals to children's social care. Much of it is never reported.",
     ["Deliver the Domestic Abuse Act duties with Slough Children First and the housing service.",
      "Train frontline staff in schools, GP practices and the voluntary sector to recognise and respond to abuse.",
      "Expand the independent domestic violence adviser (IDVA) service, including an IDVA in the hospital emergency department.",
      "Strengthen the multi-agency risk assessment conference (MARAC) and reduce repeat referrals.",
      "Raise awareness in communities where abuse is least likely to be reported, including honour-based abuse."],
     ["Repeat referrals to MARAC", "Domestic abuse incidents reported to the police", "Victims engaging with IDVA support"]),
    ("Tackling county lines and the exploitation of children and vulnerable adults",
     "Slough's transport links and proximity to London make it attractive to county lines networks. Children as young as "
     "twelve have been found carrying drugs, and vulnerable adults have had their homes taken over.",
     ["Identify children at risk through the multi-agency child exploitation (MACE) panel.",
      "Use the National Referral Mechanism and disruption tools consistently.",
      "Close properties being used for cuckooing and safeguard the tenants.",
      "Commission youth workers to reach young people in the places where exploitation happens.",
      "Share intelligence between schools, social care, the police and housing providers."],
     ["Children discussed at MACE", "Cuckooing closures", "National Referral Mechanism referrals"]),
    ("Reducing anti-social behaviour in our neighbourhoods",
     "Anti-social behaviour was the issue residents raised most often in the partnership survey, particularly in the town "
     "centre, Chalvey and Britwell (illustrative).",
     ["Hold monthly ASB case reviews with Thames Valley Police and social landlords.",
      "Use community protection notices and public spaces protection orders where they are justified.",
      "Run targeted days of action in the neighbourhoods with the highest demand.",
      "Promote the ASB Case Review (community trigger) so that victims know their rights."],
     ["ASB incidents reported", "Repeat ASB victims", "Community trigger activations"]),
    ("Disrupting serious and organised crime",
     "Organised crime groups in and around Slough are involved in drug supply, firearms, modern slavery and money "
     "laundering. Their activity harms communities and legitimate businesses.",
     ["Map organised crime groups with Thames Valley Police and target those causing most harm.",
      "Use licensing, trading standards and planning powers to disrupt criminal businesses.",
      "Protect victims of modern slavery and labour exploitation.",
      "Raise awareness of the signs of organised crime among businesses and residents."],
     ["Organised crime groups disrupted", "Premises closed or licences reviewed"]),
    ("Hate crime and community cohesion",
     "Slough is one of the most diverse towns in the country, and residents are proud of it. Hate incidents remain "
     "under-reported and can do lasting damage to community relations.",
     ["Increase third-party reporting centres and make reporting easier in community languages.",
      "Support victims of hate crime through a dedicated caseworker.",
      "Work with faith and community leaders to respond quickly to tensions.",
      "Deliver education in schools on respect and the impact of hate."],
     ["Hate incidents and crimes reported", "Reports through third-party centres"]),
    ("Preventing radicalisation and violent extremism",
     "The Prevent duty requires the council and its partners to stop people being drawn into terrorism. Slough is a "
     "Prevent priority area (illustrative).",
     ["Deliver Prevent training to staff in schools, colleges, health and the council.",
      "Run the Channel panel to support people who are vulnerable to radicalisation.",
      "Work with communities to challenge extremist narratives online and offline."],
     ["Staff trained in Prevent", "Channel cases supported"]),
]


def header(c, doc):
    W, H = A4
    p = c.getPageNumber()
    c.saveState()
    c.setStrokeColor(PINK)
    c.setLineWidth(0.8)
    c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
    c.setFillColor(PLUM)
    c.setFont(BOLD, 7.5)
    c.drawString(18 * mm, H - 12 * mm, "Safer Slough Partnership")
    c.setFont(REG, 7.5)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Community Safety Strategy 2022–2025")
    c.setFillColor(PLUM)
    x = 18 * mm if p % 2 == 0 else W - 18 * mm - 9 * mm
    c.rect(x, 8 * mm, 9 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8.5)
    c.drawCentredString(x + 4.5 * mm, 10.3 * mm, str(p))
    c.restoreState()


def cover(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(PINK)
    c.circle(W * 0.82, H * 0.25, 95 * mm, stroke=0, fill=1)
    c.setFillColor(MINT)
    c.circle(W * 0.15, H * 0.9, 40 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 14)
    c.drawString(20 * mm, H - 75 * mm, "SAFER SLOUGH PARTNERSHIP")
    c.setFont(BOLD, 36)
    c.drawString(20 * mm, H - 100 * mm, "Community Safety")
    c.drawString(20 * mm, H - 115 * mm, "Strategy")
    c.setFont(REG, 24)
    c.drawString(20 * mm, H - 132 * mm, "2022–2025")
    c.setFont(REG, 11)
    c.drawString(20 * mm, 30 * mm, "Slough Borough Council • Thames Valley Police • Royal Berkshire Fire and Rescue Service")
    c.drawString(20 * mm, 24 * mm, "Probation Service • Frimley Health • Slough CVS")
    c.restoreState()


def back(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(LILAC)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(PLUM)
    c.rect(0, 0, W, 60 * mm, stroke=0, fill=1)
    c.setFont(BOLD, 15)
    c.drawString(20 * mm, H - 60 * mm, "Get in touch")
    c.setFont(REG, 10.5)
    y = H - 72 * mm
    for line in ["Community Safety Team, Slough Borough Council", "Observatory House, 25 Windsor Road, Slough",
                 "community.safety@slough.example", "Report anti-social behaviour online or call 01753 000000 (illustrative)",
                 "", "Always call 999 in an emergency."]:
        c.drawString(20 * mm, y, line)
        y -= 6.5 * mm
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(20 * mm, 35 * mm, "Safer Slough Partnership")
    c.setFont(REG, 8)
    c.drawString(20 * mm, 27 * mm, "Figures in this strategy are illustrative.")
    c.restoreState()


def story(pages):
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", big), Spacer(1, 6)]
    entries = [("Foreword", "fw", 0), ("Slough at a glance", "ctx", 0), ("Our vision and principles", "vis", 0),
               ("Links to other plans", "links", 0), ("Our priorities", "p0", 0)]
    entries += [(p[0] if len(p[0]) < 60 else "Tackling county lines and exploitation", f"p{i}", 14) for i, p in enumerate(PRIORITIES)]
    entries += [("Delivering the strategy", "gov", 0), ("Action plan 2022–23", "act", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10 if ind else 11, PLUM, indent=ind,
                              leader=False, gap=11))
    # foreword
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("fw", toc), Paragraph("Foreword", big)]
    for para in [
        "Welcome to the Safer Slough Partnership's community safety strategy for 2022 to 2025. The partnership brings "
        "together the council, Thames Valley Police, the fire and rescue service, the Probation Service, health partners and "
        "the voluntary sector, and each of us has a legal duty to work together to reduce crime and disorder.",
        "The last two years have been difficult for many residents. The pandemic increased the pressure on families, "
        "isolated victims of domestic abuse and changed the way criminals operate. At the same time we have seen the "
        "strength of Slough's communities, with neighbours, faith groups and volunteers looking after one another.",
        "This strategy is based on our annual strategic assessment, which looks at crime data, the views of residents and "
        "the experience of frontline staff. It sets six priorities for the next three years. Each has a lead partner and "
        "a delivery group that will report to the partnership board.",
        "We know that crime does not respect boundaries. We will continue to work closely with neighbouring partnerships in "
        "Windsor and Maidenhead and South Bucks, with the Violence Reduction Unit and with the Police and Crime Commissioner.",
        "Thank you to everyone who responded to our survey and attended the community safety roadshows. Your views have "
        "shaped this strategy and we will report back to you on our progress every year.",
    ]:
        s.append(Paragraph(para, body))
    s += [Spacer(1, 6), Paragraph("<b>Chair, Safer Slough Partnership</b>", body), Spacer(1, 10),
          RuledBox([Paragraph("Our statutory duty", h3), Paragraph(
              "Section 17 of the Crime and Disorder Act 1998 requires the council and its partners to consider crime and "
              "disorder in everything they do. The Serious Violence Duty (2023) adds a duty to prevent and reduce serious "
              "violence.", body)], LILAC)]
    # context
    s += [NextPageTemplate("single"), PageBreak(), Marker("ctx", toc), Paragraph("Slough at a glance", big),
          Tiles([("158,000", "residents, one of the youngest populations in England"), ("14,900", "crimes recorded in 2021/22 (illustrative)"),
                 ("2,300", "domestic abuse incidents (illustrative)"), ("+12%", "rise in drug offences over two years (illustrative)"),
                 ("41%", "of residents feel safe after dark in the town centre (illustrative)"), ("150+", "languages spoken in local schools")],
                3, A4[0] - 36 * mm, num, cap, [LILAC, hexc("#FBE3EC"), hexc("#E0F2EF")]),
          Paragraph("All figures are illustrative and are not official statistics.", small), Spacer(1, 6),
          Paragraph("What the strategic assessment told us", h2)]
    for para in [
        "Overall crime fell slightly during the pandemic but has since returned to previous levels. Violence against the "
        "person, domestic abuse and drug offences make up a growing share of recorded crime.",
        "Residents are most concerned about anti-social behaviour, drug dealing and the safety of the town centre after dark. "
        "Young people told us they worry about knife crime and being pressured to carry drugs.",
        "Demand is concentrated in a small number of wards, which is why our delivery plans are focused on place as well as "
        "on crime types."]:
        s.append(Paragraph(para, body))
    # vision and links
    s += [PageBreak(), Marker("vis", toc), Paragraph("Our vision and principles", big),
          RuledBox([Paragraph("Our vision", h3), Paragraph("Slough is a place where everyone is safe and feels safe, at home, "
                   "online and in public places.", lead)], LILAC), Spacer(1, 6), Paragraph("Our principles", h2)]
    s += bullets(["We will be led by evidence and by what residents tell us.", "We will put victims first.",
                  "We will prevent harm early rather than wait for crisis.", "We will share information safely and routinely.",
                  "We will tackle inequality and treat all communities fairly."], bl)
    s += [Marker("links", toc), Paragraph("Links to other plans", h2),
          Paragraph("Our strategy supports the Thames Valley Police and Crime Plan 2021–2025. The Police and Crime "
                    "Commissioner's priorities are:", body)]
    quoted = ["Strong Local Policing", "Fighting Serious Organised Crime", "Fighting Fraud and Cyber Crime",
              "An Efficient and Effective Criminal Justice System", "Tackling Illegal Encampments"]
    s.append(RuledBox([Paragraph("Thames Valley Police and Crime Plan priorities", h3)] +
                      [Paragraph(q, bl, bulletText="\u25aa") for q in quoted], hexc("#FBE3EC")))
    s += [Spacer(1, 6), Paragraph("It also links to:", body)]
    s += bullets(["Slough Children First Business Plan", "Slough Domestic Abuse Strategy 2022–2025",
                  "Thames Valley Violence Reduction Unit response strategy", "Berkshire West and East Youth Justice Plans",
                  "Slough Health and Wellbeing Strategy"], bl)
    # priorities
    for i, (name, why, dos, kpis) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc), Spacer(1, 14),
              Banner(name, ban, PLUM if i % 2 == 0 else PINK, pad=11, bleed_left=18 * mm, accent=MINT),
              Spacer(1, 8), Paragraph(why, lead), FrameBreak(), Paragraph("What we will do", h2)]
        s += bullets(dos, bl, bullet="\u2713")
        s += [FrameBreak(), Paragraph("How we will know we are making a difference", h2)]
        s += bullets(kpis, bl)
        s += [Spacer(1, 8), RuledBox([Paragraph("Lead partner", h3), Paragraph(
            ["Slough Borough Council (Community Safety)", "Thames Valley Police (Slough LPA)", "Slough Borough Council (Neighbourhoods)",
             "Thames Valley Police", "Slough Borough Council (Communities)", "Slough Borough Council (Prevent)"][i], body)], LILAC)]
    # governance
    s += [NextPageTemplate("single"), PageBreak(), Marker("gov", toc), Paragraph("Delivering the strategy", big),
          Paragraph("The Safer Slough Partnership Board meets quarterly and is accountable to the council's Overview and "
                    "Scrutiny Committee for community safety. Delivery groups report to the board on each priority.", body),
          Paragraph("Governance structure", h2)]
    s += bullets(["Safer Slough Partnership Board (statutory partners)", "Domestic Abuse Partnership Board",
                  "Exploitation and Serious Violence Delivery Group", "ASB Task and Finish Group",
                  "Prevent Partnership Group and Channel Panel", "Community Cohesion Forum"], bl)
    s += [Marker("act", toc), Paragraph("Action plan 2022–23", h2)]
    rows = [["Action", "Lead", "By"],
            ["Publish domestic abuse needs assessment", "SBC Community Safety", "Jun 2022"],
            ["Recruit hospital-based IDVA", "SBC / Frimley Health", "Sep 2022"],
            ["Launch MACE panel", "Slough Children First", "Jul 2022"],
            ["Cuckooing protocol with housing", "SBC Housing / TVP", "Oct 2022"],
            ["Review town centre PSPO", "SBC Neighbourhoods", "Dec 2022"],
            ["ASB case review awareness campaign", "SBC Communications", "Nov 2022"],
            ["OCG disruption panel", "TVP Slough LPA", "Ongoing"],
            ["Third-party hate reporting centres (x6)", "SBC Communities", "Mar 2023"],
            ["Prevent training for schools", "SBC Prevent", "Mar 2023"],
            ["Annual strategic assessment", "SBC Community Safety", "Jan 2023"]]
    t = Table([[Paragraph(c, ParagraphStyle("tc", parent=body, fontSize=8.2, leading=10, spaceAfter=0,
                                               fontName=BOLD if r == 0 else REG, textColor=colors.white if r == 0 else INK))
                for c in row] for r, row in enumerate(rows)], colWidths=[90 * mm, 55 * mm, 29 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PLUM), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LILAC]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE

    def run(pg):
        toc.clear()
        doc = make_doc(out, A4, brochure_templates(A4, {}, cover, back, header, banner_h=58 * mm), TITLE, "Safer Slough Partnership")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    assert run(first) == first
    return out
