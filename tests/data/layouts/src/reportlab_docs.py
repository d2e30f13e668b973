"""Designed documents drawn with reportlab: brochures, banners, grids, landscape pages.

Every place, partnership and person named here is fictional.
Each builder writes OUT/<name>.pdf and returns its path.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from rl_helpers import set_info, styles

DASH = "\u2013"
W, H = A4


def _bul(items, st, bullet="\u2022"):
    return [Paragraph(t, st["bullet"], bulletText=bullet) for t in items]


class _Doc(BaseDocTemplate):
    """BaseDocTemplate that stamps fixed metadata."""

    def __init__(self, path, title, author, **kw):
        super().__init__(str(path), title=title, author=author, creator="stratalign test fixture (reportlab)",
                         subject="community safety", **kw)


# ============================================================================================
# two_column_brochure_reportlab: "Theme 1 – X" headings in two columns, banner, stat tiles
# ============================================================================================
TCB_THEMES = [
    ("Reducing violence and the fear of crime",
     "Violence with injury has risen in Hollinsford for two years, and one in three residents says "
     "fear of crime affects their daily life.",
     ["target patrols and youth outreach at the times and places where violence happens",
      "work with pubs, clubs and takeaways through the Pubwatch scheme",
      "publish a women's safety map and act on what it shows"]),
    ("Tackling anti-social behaviour and environmental crime",
     "Fly-tipping, graffiti and nuisance behaviour make neighbourhoods feel neglected and unsafe.",
     ["give every repeat victim a single point of contact",
      "use Community Protection Notices and Public Spaces Protection Orders where appropriate",
      "clear fly-tipping within two working days"]),
    ("Protecting children and adults at risk of exploitation",
     "Criminal and sexual exploitation, cuckooing and modern slavery are hidden harms that partners "
     "only tackle by sharing what they know.",
     ["run a weekly exploitation triage with children's and adults' services",
      "train taxi drivers, hotel staff and housing officers to spot the signs",
      "disrupt the networks that target vulnerable people"]),
    ("Preventing offending and reoffending",
     "A small number of people commit a large share of crime. Helping them stop is one of the most "
     "effective ways to reduce harm.",
     ["offer every young person arrested a youth worker within 48 hours",
      "support people leaving prison into settled accommodation",
      "expand the Integrated Offender Management scheme to include domestic abuse perpetrators"]),
]


def two_column_brochure(out: Path) -> Path:
    path = out / "two_column_brochure_reportlab.pdf"
    navy, teal = colors.HexColor("#14365D"), colors.HexColor("#1A9E8F")
    st = styles("LibSans", navy, body=10.5)
    st["h2"].fontSize, st["h2"].leading = 14, 17
    title = f"Safer Hollinsford Partnership Plan 2025{DASH}2028"

    def cover(c, d):
        set_info(c, title, "Safer Hollinsford Partnership")
        c.setFillColor(navy)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(teal)
        c.rect(0, H * 0.42, W, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LibSans-B", 40)
        c.drawString(2 * cm, H - 8 * cm, "Safer Hollinsford")
        c.setFont("LibSans", 22)
        c.drawString(2 * cm, H - 9.5 * cm, f"Partnership Plan 2025{DASH}2028")
        c.setFont("LibSans-I", 13)
        c.drawString(2 * cm, H - 11 * cm, "Safe places, strong communities")
        c.setFont("LibSans", 9)
        c.drawString(2 * cm, 2.5 * cm, "Hollinsford Borough Council  |  Wexshire Police  |  Wexshire Fire and "
                                       "Rescue  |  Probation Service  |  NHS Wexshire")

    def banner(text):
        def draw(c, d):
            set_info(c, title, "Safer Hollinsford Partnership")
            c.setFillColor(navy)
            c.rect(0, H - 2.6 * cm, W, 2.6 * cm, stroke=0, fill=1)
            c.setFillColor(teal)
            c.rect(0, H - 2.9 * cm, W, 0.3 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("LibSans-B", 22)
            c.drawString(1.8 * cm, H - 1.75 * cm, text)
            c.setFillColor(colors.HexColor("#666666"))
            c.setFont("LibSans", 8)
            c.drawString(1.8 * cm, 1.0 * cm, f"Safer Hollinsford Partnership Plan 2025{DASH}2028")
            c.drawRightString(W - 1.8 * cm, 1.0 * cm, str(d.page))
        return draw

    m, gap, top = 1.8 * cm, 0.8 * cm, H - 3.4 * cm
    colw = (W - 2 * m - gap) / 2

    def twocol(tid, text, top_h=0):
        frames = []
        y_top = top
        if top_h:
            frames.append(Frame(m, top - top_h, W - 2 * m, top_h, id=tid + "top", showBoundary=0))
            y_top = top - top_h
        h = y_top - 1.6 * cm
        frames += [Frame(m, 1.6 * cm, colw, h, id=tid + "L"), Frame(m + colw + gap, 1.6 * cm, colw, h, id=tid + "R")]
        return PageTemplate(id=tid, frames=frames, onPage=banner(text))

    doc = _Doc(path, title, "Safer Hollinsford Partnership", pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[Frame(0, 0, W, H)], onPage=cover),
                          twocol("welcome", "Welcome", top_h=3.4 * cm),
                          twocol("themes", "Our themes"),
                          twocol("deliver", "Delivering the plan")])
    story = [Spacer(1, 1), NextPageTemplate("welcome"), PageBreak()]
    tile = ParagraphStyle("tile", fontName="LibSans-B", fontSize=20, leading=23, textColor=colors.white)
    tcap = ParagraphStyle("tcap", fontName="LibSans", fontSize=8, leading=10, textColor=colors.white)
    tiles = [("9,412", "crimes recorded in 2024"), ("-6%", "fall in burglary"),
             ("+11%", "rise in violence with injury"),
             ("78%", "of residents feel safe in the day")]
    t = Table([[[Paragraph(a, tile), Paragraph(b, tcap)] for a, b in tiles]], colWidths=[(W - 2 * m) / 4] * 4,
              rowHeights=[2.4 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), teal), ("BACKGROUND", (1, 0), (1, 0), navy),
                           ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#C0392B")),
                           ("BACKGROUND", (3, 0), (3, 0), colors.HexColor("#7D3C98")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEAFTER", (0, 0), (2, 0), 3, colors.white)]))
    story += [t, FrameBreak()]
    story += [Paragraph("Welcome from the Chair", st["h2"]),
              Paragraph("Hollinsford is a safe place to live, but we know that some residents do not feel "
                        "safe, and that crime is concentrated in a small number of neighbourhoods. This plan "
                        "sets out how the partners of the Safer Hollinsford Partnership will work together "
                        "over the next three years.", st["body"]),
              Paragraph("It has been shaped by our strategic assessment, by a survey answered by 2,300 "
                        "residents and by the young people of Hollinsford Youth Council.", st["body"]),
              Paragraph("<i>Superintendent Asha Patel and Cllr Tom Reeve, joint chairs</i>", st["body"]),
              Paragraph("About the partnership", st["h2"]),
              Paragraph("Community safety partnerships were created by the Crime and Disorder Act 1998. "
                        "Partners have a duty to work together to reduce crime, disorder, anti-social "
                        "behaviour, reoffending and substance misuse.", st["body"]),
              FrameBreak(),
              Paragraph("Our vision", st["h2"]),
              Paragraph("<b>A Hollinsford where people are safe, feel safe and look out for each other.</b>",
                        st["body"]),
              Paragraph("What residents told us", st["h2"])]
    story += _bul(["speeding and parking were the most common concerns",
                   "women were twice as likely as men to feel unsafe after dark",
                   "people want to know what happens after they report something"], st)
    story += [NextPageTemplate("themes"), PageBreak()]
    story += [Paragraph("Our four themes were agreed by the partnership board in February 2025. Each has a "
                        "lead partner and an annual action plan.", st["body"])]
    for i, (name, why, acts) in enumerate(TCB_THEMES, start=1):
        block = [Paragraph(f"Theme {i} {DASH} {name}", st["h2"]), Paragraph(why, st["body"]),
                 Paragraph("<b>We will:</b>", st["body"])] + _bul(acts, st)
        story.append(KeepTogether(block))
        story.append(Spacer(1, 6))
        if i == 2:
            story.append(FrameBreak())
    story += [NextPageTemplate("deliver"), PageBreak()]
    story += [Paragraph("How we work", st["h2"]),
              Paragraph("Our guiding principles are:", st["body"])]
    story += _bul(["<b>Prevention and early help</b> before enforcement",
                   "<b>Evidence-led</b> decisions based on data",
                   "<b>Think family</b>: looking at the whole household",
                   "<b>Community voice</b> at every stage"], st)
    story += [Paragraph("Governance", st["h2"]),
              Paragraph("The partnership board meets quarterly. Each theme lead reports progress against the "
                        "action plan, and an annual report is published every summer.", st["body"]),
              FrameBreak(),
              Paragraph("Our partners", st["h2"])]
    story += _bul(["Hollinsford Borough Council", "Wexshire Police", "Wexshire Fire and Rescue Service",
                   "Probation Service", "NHS Wexshire Integrated Care Board", "Hollinsford Housing Trust",
                   "Hollinsford Voluntary Action"], st)
    story += [Paragraph("Get in touch", st["h2"]),
              Paragraph("safer.hollinsford@hollinsford.example.gov.uk<br/>01632 960 000", st["body"]),
              Paragraph("In an emergency always call 999.", st["small"])]
    doc.build(story)
    return path


# ============================================================================================
# label_above_heading: "OUR FIRST PRIORITY" label line above a large heading that wraps
# ============================================================================================
LAH_PRIORITIES = [
    ("OUR FIRST PRIORITY", "Early identification and intervention, so that victims get help sooner"),
    ("OUR SECOND PRIORITY", "Safe accommodation and specialist support for victims and their children"),
    ("OUR THIRD PRIORITY", "Holding perpetrators to account and reducing repeat offending"),
    ("OUR FOURTH PRIORITY", "A skilled and confident workforce across every agency"),
]


def label_above_heading(out: Path) -> Path:
    path = out / "label_above_heading.pdf"
    plum, pink = colors.HexColor("#5B2A86"), colors.HexColor("#E8DAF5")
    st = styles("LibSans", plum, body=10.5)
    st["h1"].fontSize, st["h1"].leading = 22, 26
    st["label"].fontSize = 10
    st["label"].textColor = colors.HexColor("#B03A7A")
    title = f"Northwold Domestic Abuse Strategy 2025{DASH}2028"

    def page(c, d):
        set_info(c, title, "Northwold Domestic Abuse Local Partnership Board")
        c.setFillColor(plum)
        c.rect(0, 0, 0.9 * cm, H, stroke=0, fill=1)
        if d.page == 1:
            c.setFillColor(pink)
            c.rect(0.9 * cm, H * 0.55, W, H * 0.45, stroke=0, fill=1)
            return
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("LibSans", 8)
        c.drawString(2.2 * cm, H - 1.2 * cm, title)
        c.drawRightString(W - 2 * cm, 1.1 * cm, f"{d.page}")
        c.drawString(2.2 * cm, 1.1 * cm, "If you are in danger call 999. National Domestic Abuse Helpline: "
                                         "0808 2000 247 (free, 24 hours)")

    doc = _Doc(path, title, "Northwold Domestic Abuse Local Partnership Board", pagesize=A4, leftMargin=2.2 * cm,
               rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2.2 * cm, 2 * cm, W - 4.2 * cm, H - 4 * cm)],
                                       onPage=page)])
    big = ParagraphStyle("big", fontName="LibSans-B", fontSize=34, leading=40, textColor=plum)
    story = [Spacer(1, 3 * cm), Paragraph("Northwold Domestic Abuse Local Partnership Board", st["h3"]),
             Paragraph(f"Domestic Abuse Strategy 2025{DASH}2028", big),
             Paragraph("Everyone in Northwold has the right to live free from domestic abuse", st["h2"]),
             Spacer(1, 9 * cm),
             Paragraph("This strategy meets the council's duty under Part 4 of the Domestic Abuse Act 2021 to "
                       "assess the need for, and publish a strategy for, support in safe accommodation.",
                       st["body"]),
             PageBreak(),
             Paragraph("Introduction", st["h1"]),
             Paragraph("Domestic abuse affects people of every age, background and community. In the year to "
                       "March 2025, Wexshire Police recorded 3,412 domestic abuse-related incidents and crimes "
                       "in Northwold, and the Multi-Agency Risk Assessment Conference heard 486 cases.",
                       st["body"]),
             Paragraph("This strategy sets out four priorities, agreed by the Local Partnership Board after "
                       "listening to survivors, specialist services and practitioners.", st["body"]),
             Paragraph("What is domestic abuse?", st["h2"]),
             Paragraph("The Domestic Abuse Act 2021 defines domestic abuse as behaviour by a person towards "
                       "another person to whom they are personally connected, where both are aged 16 or over, "
                       "and the behaviour is abusive. Abusive behaviour includes:", st["body"])]
    story += _bul(["physical or sexual abuse", "violent or threatening behaviour",
                   "controlling or coercive behaviour", "economic abuse",
                   "psychological, emotional or other abuse"], st)
    story += [Spacer(1, 8), Paragraph("Children who see, hear or experience the effects of the abuse are "
                                      "victims in their own right.", st["body"]),
              Paragraph("Our principles", st["h2"])]
    story += _bul(["listen to survivors and act on what they tell us",
                   "think about the whole family, including children",
                   "recognise the barriers faced by disabled, older and LGBT+ victims, and by victims from "
                   "minoritised communities"], st)
    details = [
        ("Too many victims live with abuse for years before anyone asks them about it. Health services, "
         "schools and housing officers are often the first to see the signs.",
         ["introduce routine enquiry about domestic abuse in GP practices and maternity services",
          "place independent domestic violence advisers in the emergency department",
          "make sure every school has a trained domestic abuse lead"],
         ["more referrals from health and education", "fewer repeat cases at MARAC"]),
        ("Last year 212 households approached the council because of domestic abuse, and the refuge turned "
         "away more families than it could accommodate.",
         ["increase refuge and dispersed safe accommodation, including for victims with complex needs",
          "provide specialist support for children in safe accommodation",
          "offer the sanctuary scheme to help victims stay safely in their own homes"],
         ["number of bed spaces", "victims reporting they feel safer after support"]),
        ("Perpetrators must face consequences and be supported to change. We will use every tool available.",
         ["expand the perpetrator behaviour change programme",
          "apply for domestic abuse protection orders in every eligible case",
          "manage high-harm serial perpetrators through a multi-agency panel"],
         ["proportion of cases charged", "reoffending by perpetrators on programmes"]),
        ("Staff across all agencies need the skills and confidence to recognise abuse and respond well.",
         ["deliver a domestic abuse training offer for all partner staff",
          "publish a domestic abuse policy for staff in every partner organisation",
          "share learning from domestic abuse related death reviews"],
         ["staff trained each year", "staff confidence survey"]),
    ]
    for i, ((label, text), (why, acts, measures)) in enumerate(zip(LAH_PRIORITIES, details)):
        if i % 2 == 0:
            story.append(PageBreak())
        story.append(KeepTogether([Paragraph(label, st["label"]), Paragraph(text, st["h1"])]))
        story.append(Paragraph(why, st["body"]))
        story.append(Paragraph("<b>What we will do</b>", st["body"]))
        story += _bul(acts, st)
        story.append(Paragraph("<b>How we will know it is working</b>", st["body"]))
        story += _bul(measures, st)
        story.append(Spacer(1, 14))
    story += [PageBreak(), Paragraph("Governance and monitoring", st["h1"]),
              Paragraph("The Domestic Abuse Local Partnership Board oversees this strategy. It reports to the "
                        "Safer Northwold Partnership and to the Health and Wellbeing Board, and each year it "
                        "reports to the Ministry of Housing, Communities and Local Government on the use of "
                        "safe accommodation funding.", st["body"]),
              Paragraph("We will monitor:", st["body"])]
    story += _bul(["the number of domestic abuse incidents and crimes recorded by police",
                   "repeat referrals to MARAC", "demand for and use of safe accommodation",
                   "outcomes for people supported by specialist services"], st)
    doc.build(story)
    return path


# ============================================================================================
# lettered_objectives: landscape deck-like brochure, "Objective A: X" in a 2x2 coloured grid
# ============================================================================================
LOB_OBJECTIVES = [
    ("A", "Reduce the supply of illegal drugs in Brackenshire"),
    ("B", "Build a high-quality treatment and recovery system"),
    ("C", "Reduce drug use among children and young people"),
    ("D", "Reduce drug-related deaths and harm"),
]


def lettered_objectives(out: Path) -> Path:
    path = out / "lettered_objectives.pdf"
    LW, LH = landscape(A4)
    green, amber = colors.HexColor("#1B5E20"), colors.HexColor("#F9A825")
    st = styles("LibSans", green, body=10)
    title = f"Brackenshire Combating Drugs Partnership: Local Drugs Plan 2024{DASH}2027"

    def page(c, d):
        set_info(c, title, "Brackenshire Combating Drugs Partnership")
        if d.page == 1:
            c.setFillColor(green)
            c.rect(0, 0, LW, LH, stroke=0, fill=1)
            c.setFillColor(amber)
            c.rect(0, 3 * cm, LW, 0.4 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("LibSans-B", 36)
            c.drawString(2 * cm, LH - 7 * cm, "Local Drugs Plan 2024\u20132027")
            c.setFont("LibSans", 18)
            c.drawString(2 * cm, LH - 8.5 * cm, "Brackenshire Combating Drugs Partnership")
            c.setFont("LibSans-I", 12)
            c.drawString(2 * cm, LH - 9.7 * cm, "Delivering From Harm to Hope locally")
            return
        c.setFillColor(green)
        c.rect(0, LH - 1.4 * cm, LW, 1.4 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LibSans-B", 11)
        c.drawString(1.5 * cm, LH - 0.9 * cm, "BRACKENSHIRE COMBATING DRUGS PARTNERSHIP")
        c.setFont("LibSans", 9)
        c.drawRightString(LW - 1.5 * cm, LH - 0.9 * cm, f"Local Drugs Plan 2024\u20132027  |  {d.page}")

    doc = _Doc(path, title, "Brackenshire Combating Drugs Partnership", pagesize=(LW, LH))
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(1.5 * cm, 1.2 * cm, LW - 3 * cm, LH - 3.2 * cm)],
                                       onPage=page)])
    story = [Spacer(1, 1), PageBreak(), Paragraph("Introduction", st["h1"])]
    intro = Paragraph("The Brackenshire Combating Drugs Partnership brings together the county council, the "
                      "district councils, Brackenshire Constabulary, the Probation Service, the NHS and "
                      "treatment providers. This plan sets out our local response to the national ten-year "
                      "drugs strategy and our objectives for the next three years.", st["body"])
    nat_head = Paragraph("National outcomes", st["h2"])
    nat = [Paragraph("The national strategy asks every partnership to deliver against shared outcomes:",
                     st["body"])] + _bul(["reducing drug use", "reducing drug-related crime",
                                          "reducing drug-related deaths and harm",
                                          "reducing the supply of drugs",
                                          "increasing engagement in treatment",
                                          "improving drug recovery outcomes"], st)
    local_head = Paragraph("Brackenshire at a glance", st["h2"])
    tile = ParagraphStyle("tile", fontName="LibSans-B", fontSize=22, leading=26, textColor=green)
    cap = ParagraphStyle("cap", fontName="LibSans", fontSize=9, leading=11)
    tiles = Table([[[Paragraph("2,870", tile), Paragraph("adults in structured treatment", cap)],
                    [Paragraph("54", tile), Paragraph("drug poisoning deaths, 2021\u201323", cap)]],
                   [[Paragraph("37%", tile), Paragraph("of acquisitive crime linked to drug use", cap)],
                    [Paragraph("19", tile), Paragraph("county lines disrupted last year", cap)]]],
                  colWidths=[5.8 * cm] * 2, rowHeights=[2.6 * cm] * 2)
    tiles.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, green), ("INNERGRID", (0, 0), (-1, -1), 1, green),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F8E9")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    two = Table([[[intro, nat_head] + nat, [local_head, tiles]]],
                colWidths=[(LW - 3 * cm) * 0.55, (LW - 3 * cm) * 0.45])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [two, PageBreak(), Paragraph("Our objectives", st["h1"]),
              Paragraph("Partners have agreed four objectives. Each has a lead and a set of actions for the "
                        "first year.", st["body"])]
    acts = {
        "A": ["Disrupt county lines and local dealing networks", "Close cuckooed properties and safeguard residents",
              "Seize criminal assets and reinvest them in communities"],
        "B": ["Cut waiting times for treatment to under three weeks", "Expand residential rehabilitation places",
              "Develop a visible peer-led recovery community"],
        "C": ["Deliver drug education in all secondary schools", "Expand the young people's substance misuse service",
              "Support children affected by parental drug use"],
        "D": ["Supply naloxone to everyone at risk of overdose", "Review every drug-related death",
              "Provide outreach to people sleeping rough"],
    }
    hstyle = ParagraphStyle("oh", fontName="LibSans-B", fontSize=13, leading=16, textColor=colors.white)
    bstyle = ParagraphStyle("ob", parent=st["bullet"], textColor=colors.white)
    fills = [colors.HexColor("#1B5E20"), colors.HexColor("#00695C"), colors.HexColor("#4E342E"),
             colors.HexColor("#37474F")]
    cells = []
    for letter, text in LOB_OBJECTIVES:
        cells.append([Paragraph(f"Objective {letter}: {text}", hstyle), Spacer(1, 6)]
                     + [Paragraph(a, bstyle, bulletText="\u2013") for a in acts[letter]])
    cw = (LW - 3 * cm) / 2
    grid = Table([cells[:2], cells[2:]], colWidths=[cw, cw], rowHeights=[5.2 * cm, 5.2 * cm])
    gs = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 12),
          ("TOPPADDING", (0, 0), (-1, -1), 10), ("LINEAFTER", (0, 0), (0, 1), 6, colors.white),
          ("LINEBELOW", (0, 0), (1, 0), 6, colors.white)]
    for k, (ci, ri) in enumerate([(0, 0), (1, 0), (0, 1), (1, 1)]):
        gs.append(("BACKGROUND", (ci, ri), (ci, ri), fills[k]))
    grid.setStyle(TableStyle(gs))
    story += [grid, PageBreak(), Paragraph("Measuring success", st["h1"])]
    mt = [["Objective", "Measure", "Baseline (2023/24)", "Target (2026/27)"],
          ["A", "Drug trafficking offences charged", "312", "360"],
          ["A", "County lines closed", "19", "25"],
          ["B", "Adults in structured treatment", "2,870", "3,300"],
          ["B", "Successful completions (opiates)", "5.1%", "7%"],
          ["C", "Young people in specialist treatment", "96", "130"],
          ["D", "Drug poisoning deaths (rate per 100,000)", "5.8", "4.5"],
          ["D", "Naloxone kits supplied", "1,150", "2,000"]]
    mtab = Table(mt, colWidths=[3 * cm, 11 * cm, 5 * cm, 5 * cm])
    mtab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 10),
                              ("FONT", (0, 0), (-1, 0), "LibSans-B", 10),
                              ("BACKGROUND", (0, 0), (-1, 0), amber),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F1F8E9")])]))
    story += [mtab, Spacer(1, 12),
              Paragraph("Progress is reported to the Combating Drugs Partnership every quarter and to the "
                        "Health and Wellbeing Board every year.", st["body"])]
    doc.build(story)
    return path


# ============================================================================================
# strategic_priority_words_welsh: "Strategic Priority One: X" (wrapping), Welsh context distractors
# ============================================================================================
SPW_PRIORITIES = [
    ("One", "Reduce anti-social behaviour and its impact on our town centres and neighbourhoods"),
    ("Two", "Protect people at risk of violence, exploitation and abuse"),
    ("Three", "Reduce the harm caused by substance misuse"),
    ("Four", "Build safe, confident and cohesive communities"),
]


def strategic_priority_words_welsh(out: Path) -> Path:
    path = out / "strategic_priority_words_welsh.pdf"
    red, grey = colors.HexColor("#A4161A"), colors.HexColor("#555555")
    st = styles("LibSerif", red, body=11)
    st["h1"].fontSize, st["h1"].leading = 19, 23
    title = "Cwm Tawel Community Safety Strategy 2025\u20132028"

    def page(c, d):
        set_info(c, title, "Cwm Tawel Community Safety Partnership")
        c.setStrokeColor(red)
        c.setLineWidth(2)
        c.line(2 * cm, H - 1.5 * cm, W - 2 * cm, H - 1.5 * cm)
        c.setFillColor(grey)
        c.setFont("LibSerif-I", 8.5)
        c.drawString(2 * cm, H - 1.2 * cm, "Partneriaeth Diogelwch Cymunedol Cwm Tawel  |  Cwm Tawel Community Safety "
                                           "Partnership")
        c.setFont("LibSerif", 9)
        c.drawCentredString(W / 2, 1.0 * cm, f"- {d.page} -")

    doc = _Doc(path, title, "Cwm Tawel Community Safety Partnership", pagesize=A4, leftMargin=2.3 * cm,
               rightMargin=2.3 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2.3 * cm, 2 * cm, W - 4.6 * cm, H - 4.2 * cm)],
                                       onPage=page)])
    cov1 = ParagraphStyle("c1", fontName="LibSerif-B", fontSize=30, leading=36, textColor=red)
    cov2 = ParagraphStyle("c2", fontName="LibSerif-I", fontSize=20, leading=26, textColor=grey)
    story = [Spacer(1, 4 * cm), Paragraph("Community Safety Strategy 2025\u20132028", cov1),
             Paragraph("Strategaeth Diogelwch Cymunedol 2025\u20132028", cov2), Spacer(1, 1 * cm),
             Paragraph("Cwm Tawel Community Safety Partnership", st["h2"]),
             Spacer(1, 9 * cm),
             Paragraph("Mae'r ddogfen hon ar gael yn Gymraeg. This document is available in Welsh.", st["small"]),
             PageBreak(), Paragraph("Contents", st["h1"])]
    toc = [("Introduction", 2), ("The Welsh context", 3)]
    toc += [(f"Strategic Priority {n}: {t}", 4 if k < 2 else 5) for k, (n, t) in enumerate(SPW_PRIORITIES)]
    toc += [("Delivery and governance", 6)]
    tt = Table([[Paragraph(a, st["body"]), str(b)] for a, b in toc], colWidths=[14 * cm, 2 * cm])
    tt.setStyle(TableStyle([("FONT", (1, 0), (1, -1), "LibSerif", 11), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    story += [tt, Spacer(1, 18), Paragraph("Introduction", st["h1"]),
              Paragraph("Cwm Tawel is a county borough of 118,000 people, with three valley towns and many "
                        "smaller communities. Crime is lower than the Welsh average, but anti-social behaviour, "
                        "drug-related harm and domestic abuse have a real impact on people's lives.", st["body"]),
              Paragraph("This strategy sets out the four strategic priorities of the Cwm Tawel Community Safety "
                        "Partnership for 2025 to 2028. It was developed with Heddlu Dyfed-Tawe (the police), "
                        "the fire and rescue service, the health board, the probation service and the "
                        "voluntary sector.", st["body"]),
              PageBreak(), Paragraph("The Welsh context", st["h1"]),
              Paragraph("The Well-being of Future Generations (Wales) Act 2015 requires public bodies to work "
                        "towards seven national well-being goals:", st["body"])]
    story += _bul(["A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
                   "A Wales of cohesive communities", "A Wales of vibrant culture and thriving Welsh language",
                   "A globally responsible Wales"], st)
    story += [Spacer(1, 6), Paragraph("It also sets out five ways of working, which we have followed in "
                                      "preparing this strategy:", st["body"])]
    story += _bul(["<b>Long-term</b>: balancing short-term needs with the needs of the future",
                   "<b>Prevention</b>: acting to stop problems occurring or getting worse",
                   "<b>Integration</b>: considering the impact on other public bodies' objectives",
                   "<b>Collaboration</b>: working with others to meet our objectives",
                   "<b>Involvement</b>: involving people with an interest in achieving the goals"], st)
    story += [Spacer(1, 6), Paragraph("The strategy also supports the Public Services Board's Well-being Plan "
                                      "and the Violence against Women, Domestic Abuse and Sexual Violence "
                                      "(Wales) Act 2015.", st["body"])]
    text = {
        "One": ("Town centre anti-social behaviour is the most common concern raised at PACT meetings. We will:",
                ["deploy a joint town centre team of police community support officers and council wardens",
                 "use Public Spaces Protection Orders where evidence supports them",
                 "provide evening youth provision in each of the three valley towns"]),
        "Two": ("We will identify and protect people who are vulnerable to violence, exploitation and abuse. "
                "We will:",
                ["deliver the regional VAWDASV strategy locally",
                 "hold a monthly exploitation panel for children and adults",
                 "make every contact count by training frontline staff in Ask and Act"]),
        "Three": ("Substance misuse drives a large share of crime and harm in Cwm Tawel. Working with the "
                  "Area Planning Board, we will:",
                  ["increase access to treatment, including same-day prescribing",
                   "expand naloxone distribution", "disrupt drug supply into our communities"]),
        "Four": ("Cohesive communities are more resilient to crime. We will:",
                 ["support community groups to run projects that bring people together",
                  "respond quickly to community tensions and hate incidents",
                  "celebrate the Welsh language and the diversity of our communities"]),
    }
    measures = {
        "One": ["ASB incidents reported to Heddlu Dyfed-Tawe and the council",
                "residents who feel safe in their town centre after dark (National Survey for Wales)"],
        "Two": ["referrals to the exploitation panel", "repeat victims of domestic abuse heard at MARAC"],
        "Three": ["people starting treatment within ten working days of referral",
                  "drug-related deaths in Cwm Tawel"],
        "Four": ["recorded hate incidents and crimes", "people who agree their area is a place where people "
                 "from different backgrounds get on well together"],
    }
    for k, (num, pri) in enumerate(SPW_PRIORITIES):
        if k % 2 == 0:
            story.append(PageBreak())
        intro_txt, acts = text[num]
        story += [Paragraph(f"Strategic Priority {num}: {pri}", st["h1"]), Paragraph(intro_txt, st["body"])]
        story += _bul(acts, st)
        story += [Spacer(1, 4), Paragraph("<i>How we will measure progress:</i>", st["body"])]
        story += _bul(measures[num], st, bullet="\u25aa") + [Spacer(1, 16)]
    story += [PageBreak(), Paragraph("Delivery and governance", st["h1"]),
              Paragraph("The Community Safety Partnership Board will oversee delivery and report to the Public "
                        "Services Board each year. Each strategic priority has a lead officer and an annual "
                        "delivery plan.", st["body"])]
    story += _bul(["The board meets quarterly.", "Performance is reviewed at every meeting.",
                   "The strategy will be reviewed in 2027."], st)
    story += [Paragraph("Cysylltu \u00e2 ni / Contact us", st["h2"]),
              Paragraph("diogelwchcymunedol@cwmtawel.example.gov.wales", st["body"])]
    doc.build(story)
    return path


# ============================================================================================
# list_split_across_pages: "1. X" numbered priorities; the list continues on the next page
# ============================================================================================
LSP_PRIORITIES = [
    "Put victims and communities at the heart of our response",
    "Intervene early to stop anti-social behaviour from escalating",
    "Take firm action against persistent perpetrators",
    "Work with young people to divert them from anti-social behaviour",
    "Tackle environmental anti-social behaviour, including fly-tipping and graffiti",
]


def list_split_across_pages(out: Path) -> Path:
    path = out / "list_split_across_pages.pdf"
    blue = colors.HexColor("#0B5394")
    st = styles("LibSans", blue, body=11)
    title = "Lowmoor District Council Anti-social Behaviour Strategy 2025\u20132028"
    num = ParagraphStyle("num", parent=st["body"], fontName="LibSans-B", fontSize=12.5, leading=16,
                         textColor=blue, spaceBefore=8, spaceAfter=3)

    def page(c, d):
        set_info(c, title, "Lowmoor District Council")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("LibSans", 8.5)
        c.drawString(2.2 * cm, H - 1.3 * cm, "Lowmoor District Council")
        c.drawRightString(W - 2.2 * cm, H - 1.3 * cm, "Anti-social Behaviour Strategy 2025\u20132028")
        if d.page > 1:
            c.drawCentredString(W / 2, 1.1 * cm, f"Page {d.page} of 3")

    doc = _Doc(path, title, "Lowmoor District Council", pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
               topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2.2 * cm, 2 * cm, W - 4.4 * cm, H - 4 * cm)],
                                       onPage=page)])
    cover = ParagraphStyle("cov", fontName="LibSans-B", fontSize=32, leading=38, textColor=blue)
    story = [Spacer(1, 6 * cm), Paragraph("Anti-social Behaviour Strategy", cover),
             Paragraph("2025\u20132028", cover), Spacer(1, 1 * cm),
             Paragraph("Lowmoor District Council and the Safer Lowmoor Partnership", st["h2"]),
             Spacer(1, 8 * cm),
             Paragraph("Contents: 1 Introduction \u2022 2 What is anti-social behaviour? \u2022 3 The ASB Case "
                       "Review \u2022 4 What the data tells us \u2022 5 Our priorities \u2022 6 Our tools and "
                       "powers \u2022 7 Working in partnership \u2022 8 Monitoring and review", st["small"]),
             PageBreak(),
             Paragraph("Anti-social Behaviour Strategy 2025\u20132028", st["h1"]),
             Paragraph("Lowmoor District Council and the Safer Lowmoor Partnership", st["h3"]),
             Spacer(1, 10),
             Paragraph("1 Introduction", st["h2"]),
             Paragraph("Anti-social behaviour (ASB) can have a devastating effect on victims and on whole "
                       "communities. It is the issue most often raised with councillors, and the one that "
                       "residents say most affects how safe they feel. This strategy explains how the council "
                       "and its partners will prevent and respond to anti-social behaviour in Lowmoor over the "
                       "next three years.", st["body"]),
             Paragraph("It replaces the ASB Policy 2020, takes account of the government's Anti-social "
                       "Behaviour Action Plan, and will be reviewed every year.", st["body"]),
             Paragraph("2 What is anti-social behaviour?", st["h2"]),
             Paragraph("The Anti-social Behaviour, Crime and Policing Act 2014 defines anti-social behaviour "
                       "as conduct that has caused, or is likely to cause, harassment, alarm or distress to any "
                       "person. Police and councils usually group it into three categories:", st["body"])]
    story += _bul(["<b>personal</b>: targeted at a specific person or group",
                   "<b>nuisance</b>: causing trouble, annoyance or suffering to a community",
                   "<b>environmental</b>: affecting the wider environment, such as public spaces or buildings"],
                  st)
    story += [Spacer(1, 6), Paragraph("3 The ASB Case Review", st["h2"]),
              Paragraph("Victims who have reported three or more incidents in six months and feel nothing has "
                        "been done can ask for an ASB Case Review (formerly the Community Trigger). Partners "
                        "then review the case together and agree what else can be done.", st["body"]),
              Paragraph("4 What the data tells us", st["h2"]),
              Paragraph("In 2024/25 there were 3,120 reports of anti-social behaviour to the police and the "
                        "council in Lowmoor, a fall of 7% on the previous year. Almost half of all reports came "
                        "from four wards, and 38% related to young people gathering in public places. "
                        "Environmental reports, especially fly-tipping, rose by 15%.", st["body"]),
              Paragraph("A survey of 640 residents found that 61% felt anti-social behaviour was a problem in "
                        "their area, and that people who had reported it were less likely to be satisfied with "
                        "the response than people who had reported other issues.", st["body"]),
              Paragraph("5 Our priorities", st["h2"]),
              Paragraph("Our priorities for the next three years are:", st["body"])]
    desc = [
        "We will assess the risk to every victim at first contact, keep them informed, and offer support from "
        "our victim and witness service.",
        "We will use warning letters, acceptable behaviour contracts and mediation to resolve problems "
        "before they grow.",
        "Where early intervention fails we will use civil injunctions, criminal behaviour orders and closure "
        "orders, and support landlords to take tenancy action.",
        "We will fund youth outreach, sports and arts activities, and work with schools to reach young people "
        "at risk.",
        "We will increase enforcement patrols, use fixed penalty notices, and remove graffiti within five "
        "working days.",
    ]
    for i, (p, d) in enumerate(zip(LSP_PRIORITIES, desc), start=1):
        story.append(KeepTogether([Paragraph(f"{i}. {p}", num), Paragraph(d, st["body"])]))
    story += [Spacer(1, 6), Paragraph("6 Our tools and powers", st["h2"]),
              Paragraph("Partners will use the full range of tools available, including:", st["body"])]
    story += _bul(["Community Protection Notices", "Public Spaces Protection Orders", "civil injunctions",
                   "closure notices and orders", "criminal behaviour orders", "dispersal powers"], st)
    story += [Paragraph("7 Working in partnership", st["h2"]),
              Paragraph("The ASB Problem Solving Group meets every fortnight to review high-risk cases and "
                        "agree joint actions. Members include the council's ASB team, neighbourhood policing, "
                        "social landlords, mental health services and the youth service.", st["body"]),
              Paragraph("8 Monitoring and review", st["h2"]),
              Paragraph("We will report to the Safer Lowmoor Partnership every quarter on:", st["body"])]
    story += _bul(["the number of ASB reports, by category and ward",
                   "the number of repeat and high-risk victims",
                   "the use of tools and powers", "satisfaction of people who report ASB",
                   "the number of ASB Case Reviews and their outcomes"], st)
    story += [Spacer(1, 8), Paragraph("This strategy was approved by the council's Cabinet on 12 March 2025.",
                                      st["small"])]
    doc.build(story)
    return path


# ============================================================================================
# ligatures_hyphenation: DTP-style text with fi/fl/ff ligature characters, hyphenated heading breaks
# ============================================================================================
LIG_OUTCOMES = [
    "Confidence to report hate crime and hate incidents",
    "Effective support for victims and affected communities",
    "Reducing conflict and tensions between communities",
    "Building understanding and respect between different communities",
]
# where a typesetter may break a word (hyphenation dictionary for the headings)
HYPHENS = {"affected": ["af", "fected"], "different": ["dif", "ferent"], "communities": ["commu", "nities"],
           "understanding": ["under", "standing"], "incidents": ["inci", "dents"], "between": ["be", "tween"],
           "tensions": ["ten", "sions"], "support": ["sup", "port"], "respect": ["re", "spect"],
           "conflict": ["con", "flict"], "victims": ["vic", "tims"]}


def _lig(text: str) -> str:
    """What a DTP package's text layer looks like: fi, fl, ff as single ligature characters."""
    return text.replace("ffi", "\ufb03").replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


def _hyphenate(text: str, font_name: str, size: float, width: float) -> tuple[str, int]:
    """Greedy line filling that hyphenates a word when only its first part fits (as InDesign would).
    Returns the text with explicit <br/> breaks and the number of hyphenated breaks."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur, hyphenated = [], "", 0
    for word in text.split():
        trial = (cur + " " + word).strip()
        if stringWidth(_lig(trial), font_name, size) <= width:
            cur = trial
            continue
        parts = HYPHENS.get(word.strip(",."))
        if parts and cur and stringWidth(_lig(cur + " " + parts[0] + "-"), font_name, size) <= width:
            lines.append(cur + " " + parts[0] + "-")
            cur = word[len(parts[0]):]
            hyphenated += 1
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return "<br/>".join(_lig(x) for x in lines), hyphenated


def ligatures_hyphenation(out: Path) -> Path:
    path = out / "ligatures_hyphenation.pdf"
    ink, accent = colors.HexColor("#263238"), colors.HexColor("#C2185B")
    st = styles("DejaSerif", accent, body=9.5, justify=True)
    oh = ParagraphStyle("oh", fontName="DejaSerif-B", fontSize=15.5, leading=19.5, textColor=accent,
                        spaceBefore=10, spaceAfter=6)
    title = "Ashgrove Hate Crime and Community Cohesion Strategy 2025\u20132028"

    def page(c, d):
        set_info(c, title, "Safer Ashgrove Partnership")
        if d.page == 1:
            c.setFillColor(accent)
            c.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DejaSerif-B", 26)
            c.drawString(2.5 * cm, H - 4.5 * cm, "Hate Crime and Community")
            c.drawString(2.5 * cm, H - 5.7 * cm, "Cohesion Strategy 2025\u20132028")
            c.setFont("DejaSerif", 12)
            c.drawString(2.5 * cm, H - 7 * cm, "Safer Ashgrove Partnership")
            return
        c.setFillColor(ink)
        c.setFont("DejaSerif", 7.5)
        c.drawString(2.5 * cm, 1.1 * cm, _lig("Ashgrove Hate Crime and Community Cohesion Strategy"))
        c.drawRightString(W - 2.5 * cm, 1.1 * cm, str(d.page))

    # a narrow, justified measure as in a designed report
    doc = _Doc(path, title, "Safer Ashgrove Partnership", pagesize=A4)
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2.5 * cm, 2 * cm, 12.5 * cm, H - 4 * cm)],
                                       onPage=page)])
    P = lambda t, s="body": Paragraph(_lig(t), st[s])  # noqa: E731
    story = [Spacer(1, 10 * cm),
             P("Ashgrove is a diverse and welcoming borough. This strategy sets out how partners will work "
               "with communities to prevent hate, support the people affected by it, and bring offenders to "
               "justice."),
             P("Published by the Safer Ashgrove Partnership, April 2025.", "small"),
             PageBreak(), P("Introduction", "h1"),
             P("Hate crime is under-reported. Victims often experience many incidents before they tell anyone, "
               "and the effects are felt well beyond the individual: whole communities can be left feeling "
               "frightened and isolated. In the last year Ashgrove Police recorded 611 hate crimes, a rise of 9%, "
               "and our third-party reporting centres received a further 140 reports."),
             P("What is a hate crime?", "h2"),
             P("A hate crime is any criminal offence which is perceived by the victim or any other person to be "
               "motivated by hostility or prejudice based on a person's:"),
             ]
    story += [Paragraph(_lig(t), st["bullet"], bulletText="\u2022") for t in
              ["race or perceived race", "religion or perceived religion",
               "sexual orientation or perceived sexual orientation", "disability or perceived disability",
               "transgender identity or perceived transgender identity"]]
    story += [Spacer(1, 6), P("Our values", "h2"),
              P("We will be fair, open and accountable. We will listen to affected communities, reflect their "
                "diversity in what we do, and be honest about what is and is not working."),
              P("How this strategy was developed", "h2"),
              P("We held six community conversations, a survey in five languages and a workshop with staff from "
                "the police, the council, schools, housing and voluntary organisations. The outcomes below "
                "reflect what they told us.")]
    detail = [
        "Too few people report hate. We will run awareness campaigns with community leaders, expand our "
        "third-party reporting centres, and make online reporting simpler and available in more languages.",
        "Victims tell us they want to be kept informed and to see action taken. We will commission a specialist "
        "hate crime caseworker service and offer restorative justice where victims want it.",
        "National and international events can quickly affect local communities. We will monitor tensions "
        "weekly, share information between partners, and respond quickly to reduce the risk of disorder.",
        "Prejudice is learned and can be unlearned. We will work with schools, faith groups and employers to "
        "challenge stereotypes and build understanding, including online.",
    ]
    n_hyph = 0
    for i, (outcome, txt) in enumerate(zip(LIG_OUTCOMES, detail), start=1):
        if i in (1, 3):
            story.append(PageBreak())
        # the measure is the frame width less its 2 x 6 pt padding
        typeset, k = _hyphenate(f"Outcome {i}: {outcome}", "DejaSerif-B", oh.fontSize, 12.5 * cm - 13)
        n_hyph += k
        story += [Paragraph(typeset, oh), P(txt),
                  P("Our first-year actions are listed in the delivery plan, which is reviewed every six months.",
                    "small"), Spacer(1, 14)]
    story += [PageBreak(), P("Reporting hate crime", "h1"),
              P("You can report hate crime to the police on 101, or 999 in an emergency, or online. If you do "
                "not want to go to the police, you can report at one of our third-party reporting centres:")]
    story += [Paragraph(_lig(t), st["bullet"], bulletText="\u2022") for t in
              ["Ashgrove Library, High Street", "Ashgrove Citizens Advice",
               "The Unity Centre, Mill Lane", "Ashgrove Students' Union"]]
    story += [Spacer(1, 6), P("Governance", "h2"),
              P("The Hate Crime and Cohesion Group, chaired by the council's Head of Communities, will oversee "
                "delivery and report to the Safer Ashgrove Partnership every six months. The group includes "
                "representatives of affected communities as well as statutory partners.")]
    assert n_hyph >= 2, f"expected at least two hyphenated heading breaks, got {n_hyph}"
    doc.build(story)
    return path


BUILDERS = {
    "two_column_brochure_reportlab": two_column_brochure,
    "label_above_heading": label_above_heading,
    "lettered_objectives": lettered_objectives,
    "strategic_priority_words_welsh": strategic_priority_words_welsh,
    "list_split_across_pages": list_split_across_pages,
    "ligatures_hyphenation": ligatures_hyphenation,
}
