"""Lancashire Community Safety Agreement 2022-2025: reportlab landscape report (DejaVu Condensed).

The county-level agreement of the Lancashire-12 districts.  A "Plan on a page"
grid (p5) names the eight priorities (NOT the gold page).  Then two priorities
per page, one in each column, each under a coloured banner heading with a
thin accent bar; the exploitation banner wraps over two lines.  The ambition,
the cross-cutting themes, the strategic assessment findings, "Our response"
bullets, district focus notes, the governance chart and the measures table
are distractors.
"""
from rl_kit import *  # noqa: F401,F403

FILE = "strategies/lancashire_community_safety_agreement_2022-25.pdf"
TITLE = "Lancashire Community Safety Agreement 2022–2025"

PLUM, SKY, SAND, INK, GREY, PALE = (hexc("#3D2C5E"), hexc("#2C7DA0"), hexc("#E9C46A"), hexc("#1E1E24"),
                                    hexc("#6C6C75"), hexc("#EEF3F7"))
REG, BOLD = fonts("dejavu-cond")

body = ParagraphStyle("body", fontName=REG, fontSize=10, leading=13.8, spaceAfter=5, textColor=INK)
bl = ParagraphStyle("bl", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=22, leading=26, textColor=PLUM, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, textColor=SKY, spaceBefore=6, spaceAfter=3)
ban = ParagraphStyle("ban", fontName=BOLD, fontSize=17, leading=21, textColor=colors.white)
cell = ParagraphStyle("cell", fontName=BOLD, fontSize=11, leading=13.5, textColor=colors.white)
cellsm = ParagraphStyle("cellsm", fontName=REG, fontSize=8.6, leading=11, textColor=INK)
num = ParagraphStyle("num", fontName=BOLD, fontSize=22, leading=25, textColor=PLUM)
cap = ParagraphStyle("cap", fontName=REG, fontSize=8.4, leading=10.5, textColor=INK)
small = ParagraphStyle("small", parent=body, fontSize=7.8, leading=10, textColor=GREY)
toc: dict = {}

PRIORITIES = [
    ("Domestic abuse",
     "Domestic abuse is the largest single source of repeat demand on every partner. Around a third of violent crime "
     "recorded in the county is domestic-abuse related (illustrative).",
     ["Consistent multi-agency risk assessment conference (MARAC) arrangements in every district.",
      "Domestic homicide reviews commissioned and learning shared county-wide.",
      "Support in safe accommodation under the Domestic Abuse Act 2021."],
     "Lancashire Domestic Abuse Partnership Board"),
    ("Violence against women and girls",
     "Violence against women and girls covers domestic abuse, sexual violence, stalking, harassment in public places "
     "and online abuse. Residents' surveys show many women change their behaviour to stay safe.",
     ["Support the pan-Lancashire VAWG strategy led by the Police and Crime Commissioner.",
      "Bring Safer Streets and night-time economy schemes together across districts.",
      "Challenge harmful attitudes through education and campaigns."],
     "Pan-Lancashire VAWG Partnership"),
    ("Serious violence",
     "Serious violence, including knife crime, is concentrated in the larger towns and in the night-time economy. The "
     "Serious Violence Duty gives every specified authority a shared responsibility.",
     ["District delivery of the Lancashire Violence Reduction Network's strategy.",
      "Hotspot problem-solving in town centres.",
      "Education and diversion for young people at risk."],
     "Lancashire Violence Reduction Network"),
    ("Exploitation, including child sexual and criminal exploitation",
     "Children and adults at risk are exploited by organised groups for drug supply, sex and labour. Exploitation is "
     "often hidden and victims may not see themselves as victims.",
     ["Shared exploitation screening tools across children's and adults' services.",
      "Disruption of locations and people linked to exploitation.",
      "Awareness training for businesses, transport and licensed premises."],
     "Pan-Lancashire Exploitation Group"),
    ("Serious and organised crime",
     "Organised crime groups are involved in drug supply, firearms, fraud, acquisitive crime and modern slavery. Their "
     "activity reaches into every district.",
     ["Serious and organised crime local profiles for every district.",
      "Use of council powers, licensing and regulation to disrupt organised crime.",
      "Support for Operation Warrior and the Regional Organised Crime Unit."],
     "Lancashire Serious Organised Crime Board"),
    ("Road safety",
     "Lancashire has more people killed or seriously injured on its roads than most comparable counties "
     "(illustrative). Speeding is a top concern in rural parishes.",
     ["Joint work with the Lancashire Road Safety Partnership.",
      "Community Speedwatch and targeted enforcement on high-risk routes.",
      "Road safety education for young drivers and motorcyclists."],
     "Lancashire Road Safety Partnership"),
    ("Anti-social behaviour",
     "Anti-social behaviour is the issue residents raise most often with councillors, police and housing providers. It "
     "ranges from nuisance and vandalism to intimidation and harassment.",
     ["A consistent ASB case management system across districts.",
      "Publicised ASB Case Review arrangements.",
      "Diversionary activities for young people in hotspots."],
     "District community safety partnerships"),
    ("Cyber crime and fraud",
     "Fraud is now the most common crime experienced by residents, and older and isolated people are often targeted. "
     "Much cyber crime is never reported.",
     ["Awareness campaigns with trading standards and Age UK.",
      "Support for repeat victims of fraud and scams.",
      "Cyber security advice for small businesses and charities."],
     "Lancashire Fraud and Cyber Group"),
]
FOCUS = [
    ("Burnley, Hyndburn and Preston", "3 in 10", "domestic abuse incidents involve a repeat victim"),
    ("Preston city centre and Lancaster", "1 in 2", "women feel unsafe in town centres after dark"),
    ("Preston, Burnley and Lancaster", "60%", "of knife-enabled violence is in five town centres"),
    ("All districts, especially Preston and Pendle", "740", "children supported by the exploitation service"),
    ("Preston, Burnley and West Lancashire", "140", "organised crime groups mapped in the county"),
    ("Ribble Valley, Wyre and West Lancashire", "1 in 4", "serious collisions involve a motorcyclist"),
    ("Every district; seasonal peaks in Fylde and Lancaster", "38,000", "ASB incidents reported a year"),
    ("Rural districts with older populations", "£14m", "lost to fraud by Lancashire residents a year"),
]
FILLS = [PLUM, SKY, hexc("#1F6F5C"), hexc("#9A3B3B"), hexc("#3A4F7A"), hexc("#B5651D"), hexc("#5E548E"),
         hexc("#22577A")]


def deco(c, doc):
    W, H = landscape(A4)
    p = c.getPageNumber()
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 8)
    c.drawString(16 * mm, H - 6 * mm, "Lancashire Community Safety Agreement 2022–2025")
    c.setFont(REG, 8)
    c.drawRightString(W - 16 * mm, H - 6 * mm, "Lancashire Community Safety Partnership Board")
    c.setFillColor(SAND)
    c.rect(W - 26 * mm, 7 * mm, 10 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(PLUM)
    c.setFont(BOLD, 9)
    c.drawCentredString(W - 21 * mm, 9.2 * mm, str(p))
    c.setFillColor(GREY)
    c.setFont(REG, 7.5)
    c.drawString(16 * mm, 9.2 * mm, "Figures are illustrative.")
    c.restoreState()


def cover(c, doc):
    W, H = landscape(A4)
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, col in enumerate(FILLS):
        c.setFillColor(col)
        c.rect(W - 118 * mm + (i % 4) * 26 * mm, 40 * mm + (i // 4) * 26 * mm, 22 * mm, 22 * mm, stroke=0, fill=1)
    c.setFillColor(SAND)
    c.rect(20 * mm, H - 45 * mm, 30 * mm, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 12)
    c.drawString(20 * mm, H - 36 * mm, "LANCASHIRE COMMUNITY SAFETY PARTNERSHIP BOARD")
    c.setFont(BOLD, 36)
    c.drawString(20 * mm, H - 80 * mm, "Community Safety")
    c.drawString(20 * mm, H - 96 * mm, "Agreement")
    c.setFont(REG, 22)
    c.drawString(20 * mm, H - 114 * mm, "2022–2025")
    c.setFont(REG, 10)
    c.drawString(20 * mm, 24 * mm, "Burnley · Chorley · Fylde · Hyndburn · Lancaster · Pendle · Preston · Ribble Valley · "
                 "Rossendale · South Ribble · West Lancashire · Wyre · Lancashire County Council")
    c.restoreState()


def back(c, doc):
    W, H = landscape(A4)
    c.saveState()
    c.setFillColor(SKY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 20)
    c.drawString(22 * mm, H / 2 + 10 * mm, "Lancashire Community Safety Partnership Board")
    c.setFont(REG, 11)
    c.drawString(22 * mm, H / 2 - 2 * mm, "County Hall, Preston  ·  communitysafety@lancashire.example")
    c.drawString(22 * mm, H / 2 - 10 * mm, "The statistics in this agreement are illustrative.")
    c.restoreState()


def story(pages):
    W, H = landscape(A4)
    fw = W - 32 * mm
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", h1), Spacer(1, 4)]
    entries = [("Introduction", "intro", 0), ("Lancashire in context", "ctx", 0), ("Plan on a page", "pop", 0),
               ("Our priorities", "pri", 0)]
    entries += [(p[0], f"p{i}", 16) for i, p in enumerate(PRIORITIES)]
    entries += [("Governance", "gov", 0), ("Measuring success", "kpi", 0)]
    for text, key, ind in entries:
        s.append(ContentsLine(text, pages.get(key, 0), REG if ind else BOLD, 10.5 if ind else 12,
                              GREY if ind else PLUM, indent=ind, gap=7.5, leader=False))
    # intro
    s += [PageBreak(), Marker("intro", toc), Paragraph("Introduction", h1)]
    for t in [
        "The Crime and Disorder Act 1998 requires two-tier areas to have a county-level community safety agreement. "
        "This agreement sets out how the responsible authorities across the twelve Lancashire districts and Lancashire "
        "County Council will work together on the issues that cross district boundaries.",
        "It does not replace the local plans of the twelve district community safety partnerships, which continue to "
        "tackle the issues that matter most in their own areas. Blackpool and Blackburn with Darwen, as unitary "
        "authorities, have their own community safety partnerships and strategies, and we work closely with both.",
        "The agreement is based on the 2022 pan-Lancashire strategic assessment. It identifies eight priorities where a "
        "joined-up approach adds value, and it will be refreshed every year.",
        "Our ambition is for Lancashire to be a place where people are safe and feel safe, and where partners act early "
        "to stop harm happening."]:
        s.append(Paragraph(t, body))
    s += [Paragraph("<b>Chair, Lancashire Community Safety Partnership Board</b>", body),
          Paragraph("Cross-cutting themes", h2)]
    s += bullets(["<b>Early intervention and prevention</b>: acting before harm escalates.",
                  "<b>Victims and vulnerability</b>: putting the needs of victims first.",
                  "<b>Reducing reoffending</b>: breaking the cycle of offending.",
                  "<b>A public health, trauma-informed approach</b>: understanding root causes."], bl)
    # context
    s += [PageBreak(), Marker("ctx", toc), Paragraph("Lancashire in context", h1),
          Paragraph("The figures below are illustrative and are not official statistics.", body)]
    s.append(Tiles([("1.2m", "people live in the twelve districts"), ("-6%", "change in all recorded crime since "
                                                                               "2019/20"),
                    ("21,000", "domestic abuse incidents a year"), ("+18%", "rise in reported fraud"),
                    ("540", "people killed or seriously injured on the roads"), ("38,000", "ASB incidents a year")],
                   3, fw, num, cap, [PALE, hexc("#F6EFDC")]))
    s += [Paragraph("What the strategic assessment found", h2)]
    s += bullets(["Victims and vulnerability are a theme running through every crime type.",
                  "Shoplifting and theft have risen while violent crime has fallen.",
                  "The same small number of people and places account for a large share of demand.",
                  "A public health, trauma-informed approach is needed to address root causes."], bl)
    # plan on a page
    s += [PageBreak(), Marker("pop", toc), Paragraph("Plan on a page", h1),
          Paragraph("Ambition: a safer Lancashire where partners act early to stop harm happening.", h2)]
    cw = (fw - 3 * 6) / 4
    rows, row = [], []
    for i, p in enumerate(PRIORITIES):
        row.append(Paragraph(p[0], cell))
        if len(row) == 4:
            rows.append(row)
            row = []
    t = Table(rows, colWidths=[cw] * 4, rowHeights=[26 * mm] * 2)
    st = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 6, colors.white),
          ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    for i in range(8):
        st.append(("BACKGROUND", (i % 4, i // 4), (i % 4, i // 4), FILLS[i]))
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 6)]
    t2 = Table([[Paragraph("<b>Cross-cutting:</b> early intervention and prevention · victims and vulnerability · "
                           "reducing reoffending · public health approach", cellsm)],
                [Paragraph("<b>Enablers:</b> data sharing · joint commissioning · workforce training · community "
                           "engagement", cellsm)]], colWidths=[fw])
    t2.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.white),
                            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t2]
    # priorities, two per page
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("pri", toc)]
    for i, (name, why, resp, lead) in enumerate(PRIORITIES):
        if i and i % 2 == 0:
            s.append(PageBreak())
        elif i % 2 == 1:
            s.append(FrameBreak())
        s += [Marker(f"p{i}", toc), Banner(name, ban, FILLS[i], pad=9, accent=SAND), Spacer(1, 8),
              Paragraph("Why this is a priority", h2), Paragraph(why, body), Paragraph("Our joint response", h2)]
        s += bullets(resp, bl)
        area, big, what = FOCUS[i]
        s += [Paragraph("District focus", h2), Paragraph(area, body), Spacer(1, 6),
              Table([[Paragraph(big, num), Paragraph(what + " (illustrative)", cap)]], colWidths=[38 * mm, None],
                    style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                      ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])),
              Paragraph("Lead group", h2), Paragraph(lead, body)]
    # governance
    s += [NextPageTemplate("single"), PageBreak(), Marker("gov", toc), Paragraph("Governance", h1),
          Paragraph("The Lancashire Community Safety Partnership Board is the county strategy group for community "
                    "safety. It meets quarterly and reports to the Lancashire Leaders' Group. It links with:", body)]
    s += bullets(["the twelve district community safety partnerships", "Blackpool and Blackburn with Darwen community "
                  "safety partnerships", "the Office of the Police and Crime Commissioner for Lancashire",
                  "the Lancashire Violence Reduction Network", "the Lancashire Criminal Justice Board",
                  "the children's and adults' safeguarding partnerships", "the combating drugs partnerships"], bl)
    s += [Paragraph("Each priority has a lead group that reports to the board twice a year.", body)]
    # KPIs
    s += [PageBreak(), Marker("kpi", toc), Paragraph("Measuring success", h1)]
    data = [["Measure", "Baseline 2021/22", "Direction"],
            ["Repeat victims of domestic abuse referred to MARAC", "31%", "Down"],
            ["Knife-enabled serious violence offences", "610", "Down"],
            ["Children identified at risk of exploitation and supported", "740", "Up"],
            ["Organised crime group disruptions", "220", "Up"], ["People killed or seriously injured on roads", "540",
                                                                  "Down"],
            ["ASB incidents", "38,000", "Down"], ["Repeat victims of fraud", "1,900", "Down"]]
    t = Table([[Paragraph(str(c), cellsm) for c in r] for r in data], colWidths=[fw * 0.6, fw * 0.2, fw * 0.2])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 4), Paragraph("Baselines are illustrative.", small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    out = root / FILE
    W, H = landscape(A4)
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    m_l, m_b, m_t = 16 * mm, 20 * mm, 18 * mm
    fw = W - 2 * m_l
    cw = (fw - 12 * mm) / 2

    def run(pg):
        toc.clear()
        templates = [PageTemplate("cover", [Frame(0, 0, W, H, id="cv", **pad)], onPage=cover),
                     PageTemplate("single", [Frame(m_l, m_b, fw, H - m_b - m_t, id="s", **pad)], onPage=deco),
                     PageTemplate("twocol", [Frame(m_l, m_b, cw, H - m_b - m_t, id="c1", **pad),
                                             Frame(m_l + cw + 12 * mm, m_b, cw, H - m_b - m_t, id="c2", **pad)],
                                  onPage=deco),
                     PageTemplate("back", [Frame(0, 0, W, H, id="bk", **pad)], onPage=back)]
        doc = make_doc(out, landscape(A4), templates, TITLE, "Lancashire Community Safety Partnership Board")
        doc.build(story(pg))
        return dict(toc)

    first = run({})
    second = run(first)
    assert first == second
    return out
