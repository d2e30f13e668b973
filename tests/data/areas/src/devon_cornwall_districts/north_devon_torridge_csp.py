"""North Devon and Torridge Community Safety Partnership Strategy 2025-2028 (reportlab, standard layout).

A standard council report for contrast: Liberation Serif body at 10.5 pt, numbered section headings, a
running header with a rule.  The five priorities are stated once, on p6, in the first column of the table
"Table 2: Our priorities", beside "Why it matters" and "Lead" columns; the delivery plan (pp7-8) uses short
theme names.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .kit import family, rl_pages

FILE = "strategies/north_devon_and_torridge_community_safety_partnership_strategy_2025-28.pdf"
TITLE = "North Devon and Torridge Community Safety Partnership Strategy 2025-2028"
R, B = family("liberation-serif")
SR, SB = family("liberation-sans")
BLUE = colors.HexColor("#23447a")
BODY = ParagraphStyle("b", fontName=R, fontSize=10.5, leading=15, spaceAfter=2.5 * mm)
H1 = ParagraphStyle("h1", fontName=SB, fontSize=15, leading=19, textColor=BLUE, spaceAfter=4 * mm)
H2 = ParagraphStyle("h2", fontName=SB, fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=2 * mm,
                    spaceAfter=2 * mm)
CELL = ParagraphStyle("c", fontName=R, fontSize=9.5, leading=12.5)
CELLB = ParagraphStyle("cb", fontName=SB, fontSize=9.5, leading=12.5)
HEAD = ParagraphStyle("hd", fontName=SB, fontSize=9.5, leading=12.5, textColor=colors.white)
CAPTION = ParagraphStyle("cap", fontName=SB, fontSize=9, leading=12, textColor=BLUE, spaceAfter=1.5 * mm)


def p(t):
    return Paragraph(t, BODY)


def bl(items):
    return [Paragraph(t, BODY, bulletText="\u2013") for t in items]


def table(header, rows, widths, first_bold=False):
    data = [[Paragraph(h, HEAD) for h in header]]
    for r in rows:
        data.append([Paragraph(c, CELLB if (i == 0 and first_bold) else CELL) for i, c in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8c0")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f8")])]))
    return t


def build(out_root):
    P = [[Spacer(1, 70 * mm), Paragraph("North Devon and Torridge", ParagraphStyle("c", parent=H1, fontSize=20,
                                                                                      leading=26)),
          Paragraph("Community Safety Partnership Strategy 2025\u20132028",
                    ParagraphStyle("c2", parent=H1, fontSize=26, leading=32, textColor=colors.black)),
          Spacer(1, 8 * mm), p("North Devon Council \u00b7 Torridge District Council \u00b7 Devon and Cornwall "
                               "Police \u00b7 Devon County Council \u00b7 NHS Devon \u00b7 Probation Service \u00b7 "
                               "Devon and Somerset Fire and Rescue Service")]]
    toc = [("1. Foreword", 3), ("2. Our area", 4), ("3. Review of the 2022\u201325 strategy", 5),
           ("4. Our priorities", 6), ("5. Delivery plan", 7), ("6. National and local context", 9),
           ("7. Measures, governance and contacts", 10)]
    rows = [[Paragraph(t, ParagraphStyle("t", parent=BODY, fontSize=12, leading=17)),
             Paragraph(str(n), ParagraphStyle("n", parent=BODY, fontSize=12, alignment=2))] for t, n in toc]
    tt = Table(rows, colWidths=[140 * mm, 30 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    P.append([Paragraph("Contents", H1), tt])
    P.append([Paragraph("1. Foreword", H1),
              p("North Devon and Torridge share a coastline, a hospital and a police command, and since 2016 "
                "they have shared a community safety partnership. This strategy sets the partnership's "
                "priorities for the next three years."),
              p("Crime here is low compared with England as a whole. But our communities are spread out, many "
                "people live far from services, and the harm caused by domestic abuse, drug dealing and "
                "collisions on rural roads is felt sharply in small places."),
              p("The priorities were chosen from our strategic assessment, the views of more than 700 "
                "residents, and discussion with town and parish councils, farmers' groups and young people."),
              p("<i>Chair, North Devon and Torridge Community Safety Partnership</i>")])
    P.append([Paragraph("2. Our area", H1),
              p("About 166,000 people live in the two districts. Barnstaple and Bideford are the largest towns; "
                "much of the area is farmland and moor, with resort towns such as Ilfracombe and Westward Ho! "
                "that grow in summer."),
              Paragraph("Table 1: Key findings of the strategic assessment (illustrative figures)", CAPTION),
              table(["Finding", "Figure"],
                    [["Recorded crimes in a year", "about 9,600"],
                     ["Share of violent crime that is domestic abuse", "about 38%"],
                     ["Killed or seriously injured on roads, per year", "about 95"],
                     ["Thefts from farms reported", "about 160"],
                     ["County lines active in the area at any time", "6 to 10"]], [120 * mm, 50 * mm]),
              Spacer(1, 3 * mm),
              p("Residents' top concerns were anti-social behaviour in Barnstaple and Bideford town centres, "
                "speeding, drug dealing and farm theft.")])
    P.append([Paragraph("3. Review of the 2022\u201325 strategy", H1),
              p("The previous strategy had four priorities:"),
              *bl(["Anti-social behaviour and street drinking", "Domestic abuse", "Drugs and exploitation",
                   "Community resilience"]),
              p("Progress included a town centre anti-social behaviour hub in Barnstaple, a rural domestic "
                "abuse outreach worker, and joint closure orders on six cuckooed addresses. The community "
                "resilience priority has been closed; its work continues through the councils' community teams.")])
    pri = [["Reducing anti-social behaviour", "Top concern for residents; concentrated in town centres",
            "Police and district councils"],
           ["Tackling domestic abuse and violence against women and girls",
            "Most common violent crime; rural victims face long journeys to help", "Devon County Council"],
           ["Disrupting county lines and drug dealing", "Drives exploitation and violence in our towns",
            "Police"],
           ["Improving safety on our rural roads", "High numbers of deaths and serious injuries on rural roads",
            "Devon County Council highways and police"],
           ["Tackling rural and farm crime", "Theft of machinery, livestock and fuel affects farm incomes",
            "Police rural crime team"]]
    P.append([Paragraph("4. Our priorities", H1),
              p("The partnership has agreed five priorities for 2025\u20132028. Each has a lead organisation "
                "and a delivery group."),
              Paragraph("Table 2: Our priorities", CAPTION),
              table(["Priority", "Why it matters", "Lead"], pri, [62 * mm, 68 * mm, 40 * mm], first_bold=True),
              Spacer(1, 4 * mm),
              p("Cross-cutting themes run through all five priorities: listening to victims, early "
                "intervention, and reaching people in isolated communities.")])
    dp = [["ASB", "Town centre hubs in Barnstaple and Bideford", "2025", "Police, councils"],
          ["ASB", "Public spaces protection order review", "2026", "Councils"],
          ["Domestic abuse", "Rural outreach in Torridge", "2025", "County council"],
          ["Domestic abuse", "Ask for ANI in village pharmacies", "2025", "Police"],
          ["VAWG", "Active bystander training in the night-time economy", "2026", "Councils"]]
    dp2 = [["County lines", "Closure orders on cuckooed homes", "Ongoing", "Police, housing"],
           ["County lines", "Safeguarding plans for exploited children", "Ongoing", "Children's services"],
           ["Roads", "Community Speedwatch in 20 more villages", "2026", "Police"],
           ["Roads", "Route studies on the A361 and A39", "2025", "Highways"],
           ["Farm crime", "Farm Watch and machinery marking", "2025", "Police rural crime team"]]
    P.append([Paragraph("5. Delivery plan", H1), p("Actions for the first year are listed by theme."),
              Paragraph("Table 3: Delivery plan, part 1", CAPTION),
              table(["Theme", "Action", "By", "Lead"], dp, [32 * mm, 78 * mm, 20 * mm, 40 * mm])])
    P.append([Paragraph("5. Delivery plan (continued)", H1), Paragraph("Table 3: Delivery plan, part 2", CAPTION),
              table(["Theme", "Action", "By", "Lead"], dp2, [32 * mm, 78 * mm, 20 * mm, 40 * mm])])
    P.append([Paragraph("6. National and local context", H1),
              Paragraph("From Harm to Hope", H2),
              p("The national drug strategy has three priorities: break drug supply chains; deliver a "
                "world-class treatment and recovery system; and achieve a generational shift in the demand for "
                "drugs. The Devon Combating Drugs Partnership leads on treatment."),
              Paragraph("Tackling Domestic Abuse Plan", H2),
              p("The national plan has four pillars: prioritising prevention, supporting victims, pursuing "
                "perpetrators and a stronger system."),
              Paragraph("Police and Crime Plan 2025\u20132029", H2),
              p("The Commissioner's seven priorities are: keeping people safe from violence; tackling "
                "anti-social behaviour; stopping drug dealing and exploitation; making our roads safer; putting "
                "victims first; breaking the cycle of reoffending; and visible and accessible local policing.")])
    P.append([Paragraph("7. Measures, governance and contacts", H1),
              *bl(["Anti-social behaviour incidents in the two town centres",
                   "Domestic abuse referrals from rural parishes",
                   "County lines disrupted and closure orders granted",
                   "People killed or seriously injured on rural roads",
                   "Farm thefts reported and property recovered"]),
              p("The partnership board meets quarterly and reports to both councils' scrutiny committees."),
              p("Contact: community.safety@northdevon.example \u00b7 01271 000 000 (illustrative). "
                "In an emergency call 999; to report a crime call 101.")])

    def on_page(c, n, total):
        W, H = c._pagesize
        if n == 1:
            c.setFillColor(BLUE)
            c.rect(0, H - 40 * mm, W, 40 * mm, stroke=0, fill=1)
            return
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.6)
        c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        c.setFont(SR, 8)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, H - 13 * mm, "North Devon and Torridge CSP Strategy 2025\u20132028")
        c.drawRightString(W - 20 * mm, 12 * mm, f"Page {n}")

    return rl_pages(out_root / FILE, P, on_page, TITLE, "North Devon and Torridge Community Safety Partnership",
                    margins=(20 * mm, 20 * mm, 24 * mm, 22 * mm))
