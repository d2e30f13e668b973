"""West Yorkshire Reducing Reoffending Strategy 2023-26: reportlab designed brochure.

The five priorities are a lower-case bulleted list under "Our strategic
priorities" (p6).  The delivery pages that follow (pp7-11) carry short banner
titles ("Accommodation", "Recovery", "Work and skills", "Women",
"Perpetrators"), which are not the gold text.  Distractors: the seven national
resettlement pathways and the previous strategy's strands (p5), the vision,
stat tiles, "We will" bullets, case studies and governance bullets.
"""
from west_yorkshire.brochure import *  # noqa: F401,F403
from west_yorkshire.brochure import Marker, Theme, build_twice

FILE = "strategies/west_yorkshire_reducing_reoffending_strategy_2023-26.pdf"
TITLE = "West Yorkshire Reducing Reoffending Strategy 2023–2026"

SLATE, LIME, OCEAN, RUST, PLUM = hexc("#23395B"), hexc("#7BB661"), hexc("#1D6E8F"), hexc("#B5542B"), hexc("#5C3D75")
T = Theme(ink=SLATE, accent=OCEAN, fills=[OCEAN, hexc("#3B7A3A"), RUST, PLUM, SLATE], light=hexc("#EEF3F1"),
          family="dejavu-cond", head_left="REDUCING REOFFENDING STRATEGY", head_right="West Yorkshire Criminal Justice Board",
          foot_title="West Yorkshire Reducing Reoffending Strategy 2023–2026")
T.body.fontSize, T.body.leading = 9.6, 13.4
T.bl.fontSize, T.bl.leading = 9.6, 13.4

PRIORITIES = [
    ("accommodation for people leaving prison", "Accommodation",
     "Nobody should leave prison with nowhere to live. People released homeless are far more likely to reoffend, "
     "and they cannot engage with probation, treatment or work without a stable address.",
     ["Assess housing need at least twelve weeks before release.", "Fund bed spaces for people at risk of rough "
      "sleeping on release.", "Work with the five district housing teams on a single release protocol."],
     ["Settled accommodation on the first night after release", "Rough sleeping after release"],
     ("Case study: a key on release day", "A housing worker based in HMP Leeds arranged a tenancy before release, so "
      "that a man serving a short sentence went straight from the gate to his new home (illustrative example).")),
    ("treatment for drug and alcohol misuse", "Recovery",
     "Around half of people on probation have a drug or alcohol need (illustrative). Treatment works, but too many "
     "people lose contact with services when they leave prison.",
     ["Make sure everyone released with a treatment need has an appointment within three weeks.",
      "Use drug rehabilitation and alcohol treatment requirements in community sentences.",
      "Place recovery workers in custody suites and courts."],
     ["Continuity of care after release", "Treatment requirements completed"],
     ("Case study: continuity of care", "A woman released from prison was met at the gate by a recovery worker and "
      "attended her first treatment appointment the same day (illustrative example).")),
    ("education, training and employment", "Work and skills",
     "A job is one of the strongest protections against reoffending. Employers across West Yorkshire are short of "
     "staff, and many are willing to give people with convictions a chance.",
     ["Build an employer network committed to fair recruitment.", "Offer qualifications and work placements to people "
      "on probation.", "Support people to open bank accounts and get identification before release."],
     ["In work six weeks and six months after release", "Employers in the network"],
     ("Case study: building skills", "A construction training scheme run with a local college led to jobs for most "
      "of the people who completed it (illustrative example).")),
    ("a whole-system approach for women", "Women",
     "Women in the justice system often have histories of abuse, poor mental health and caring responsibilities. "
     "Short prison sentences can cost them their homes and their children.",
     ["Fund women's centres in every district as an alternative to custody.", "Offer trauma-informed support to "
      "women on probation.", "Work with the courts to increase the use of community sentences for women."],
     ["Women completing community orders", "Short custodial sentences for women"],
     ("Case study: a women's centre", "A women's centre offered one place for probation appointments, counselling "
      "and housing advice, and most women completed their orders (illustrative example).")),
    ("changing the behaviour of domestic abuse perpetrators", "Perpetrators",
     "Many people on probation have a history of domestic abuse. Holding them to account and changing their "
     "behaviour protects current and future partners and children.",
     ["Expand accredited behaviour change programmes in custody and the community.", "Share information about "
      "perpetrators with police and specialist services.", "Link programmes with support for the victims."],
     ["Programme completions", "Partners who feel safer"],
     ("Case study: a programme that listens", "Partners of men attending a programme were offered support from a "
      "specialist worker, who fed their views back to the facilitators (illustrative example).")),
]


def cover(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(OCEAN)
    c.rect(0, 0, W * 0.42, H, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.rect(W * 0.42, H - 150 * mm, 5 * mm, 90 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, H - 30 * mm, "WEST YORKSHIRE CRIMINAL JUSTICE BOARD")
    c.setFont(T.BOLD, 34)
    c.drawString(W * 0.42 + 12 * mm, H - 80 * mm, "Reducing")
    c.drawString(W * 0.42 + 12 * mm, H - 94 * mm, "Reoffending")
    c.drawString(W * 0.42 + 12 * mm, H - 108 * mm, "Strategy")
    c.setFillColor(LIME)
    c.setFont(T.REG, 20)
    c.drawString(W * 0.42 + 12 * mm, H - 124 * mm, "2023–2026")
    c.setFillColor(colors.white)
    c.setFont(T.REG, 11)
    c.drawString(W * 0.42 + 12 * mm, H - 140 * mm, "Fewer victims, safer communities")
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, 25 * mm, "April 2023")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(SLATE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(LIME)
    c.rect(22 * mm, H / 2 + 30 * mm, 30 * mm, 2.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 13)
    c.drawString(22 * mm, H / 2 + 18 * mm, "West Yorkshire Criminal Justice Board")
    c.setFont(T.REG, 10)
    y = H / 2 + 6 * mm
    for line in ["Reducing Reoffending Board", "c/o Wellington House, Leeds", "reducingreoffending@westyorks.example",
                 "This strategy is available in other formats on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def story(pages, toc):
    fw = W - M_L - M_R
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", T.title), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Why reoffending matters", "num", 0), ("The national picture", "nat", 0),
               ("Our strategic priorities", "pri", 0)]
    entries += [(p[0], "pri", 14) for p in PRIORITIES]
    entries += [(p[1], f"d{i}", 0) for i, p in enumerate(PRIORITIES)]
    entries += [("Governance", "gov", 0)]
    s += T.contents(entries, pages)
    # foreword
    s += [NextPageTemplate("section"), PageBreak(), Marker("fw", toc),
          T.band("Foreword", SLATE, kicker="CHAIR OF THE REDUCING REOFFENDING BOARD", accent=LIME), FrameBreak()]
    for t in [
        "Most crime is committed by people who have offended before. Every time we help someone to stop offending we "
        "prevent future victims, and we save the cost of more police time, court hearings and prison places.",
        "This strategy is owned by the West Yorkshire Criminal Justice Board and delivered by its Reducing "
        "Reoffending Board, which brings together probation, prisons, the police, councils, health and the "
        "voluntary sector."]:
        s.append(Paragraph(t, T.body))
    s.append(FrameBreak())
    for t in [
        "Since the unification of probation services in 2021, we have a single probation region for Yorkshire and the "
        "Humber, and a real opportunity to join up what happens in prison with what happens in our communities.",
        "The strategy supports the Mayor of West Yorkshire's Police and Crime Plan.",
        "<b>Chair, West Yorkshire Reducing Reoffending Board</b>"]:
        s.append(Paragraph(t, T.body))
    # numbers
    s += [NextPageTemplate("sectionone"), PageBreak(), Marker("num", toc),
          T.band("Why reoffending matters", OCEAN, kicker="THE CHALLENGE", accent=LIME), FrameBreak(),
          Paragraph("The figures below are illustrative and rounded. They are not official statistics.", T.body),
          Spacer(1, 4),
          T.tiles([("28%", "proven reoffending rate"), ("9,000", "people on probation"),
                   ("1 in 8", "released from prison with no fixed address"), ("50%", "have a drug or alcohol need"),
                   ("17%", "in work six weeks after release"), ("£18bn", "national cost of reoffending a year")],
                  3, fw, fills=[OCEAN, hexc("#3B7A3A"), RUST, PLUM, SLATE, OCEAN]),
          Paragraph("Illustrative figures for context only.", T.small), Spacer(1, 6),
          Paragraph("Short custodial sentences have the highest reoffending rates, and people who leave prison without "
                    "housing, treatment or work are the most likely to return.", T.body)]
    # national
    s += [NextPageTemplate("section"), PageBreak(), Marker("nat", toc),
          T.band("The national picture", SLATE, kicker="CONTEXT", accent=LIME), FrameBreak(),
          Paragraph("The seven resettlement pathways", T.h3),
          Paragraph("National policy has long described the needs of people leaving custody through seven pathways:",
                    T.body)]
    s += T.bullets(["Accommodation", "Education, training and employment", "Health", "Drugs and alcohol",
                    "Finance, benefit and debt", "Children and families", "Attitudes, thinking and behaviour"])
    s += [FrameBreak(), Paragraph("Building on our previous strategy", T.h3),
          Paragraph("Our 2019–2022 strategy had four strands:", T.body)]
    s += T.bullets(["Homes", "Health", "Jobs", "Families"])
    s += [Paragraph("An independent review found that the strands worked well as a framework but that women and "
                    "domestic abuse perpetrators needed a sharper focus. This strategy responds to that.", T.body)]
    # priorities list
    s += [NextPageTemplate("sectionone"), PageBreak(), Marker("pri", toc),
          T.band("Our vision and priorities", OCEAN, kicker="2023–2026", accent=LIME), FrameBreak(),
          RuledBox([Paragraph("Our vision", T.h3),
                    Paragraph("Fewer victims, because fewer people reoffend.", T.intro)], T.light, pad=10),
          Spacer(1, 8), Paragraph("Our strategic priorities", T.h2),
          Paragraph("Over the next three years the Reducing Reoffending Board will focus on:", T.body)]
    s += T.bullets([p[0] for p in PRIORITIES])
    s += [Spacer(1, 6),
          Paragraph("Each priority has a lead organisation and a delivery group. The pages that follow describe what "
                    "we will do.", T.body)]
    for i, (name, short, why, dos, kpis, case) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"d{i}", toc),
              T.band(short, T.fills[i], kicker="DELIVERING OUR PRIORITIES", accent=LIME), FrameBreak(),
              Paragraph(why, T.body), Spacer(1, 4), T.box(case[0], case[1]), FrameBreak(),
              Paragraph("We will", T.h3)]
        s += T.bullets(dos)
        s.append(Paragraph("How we will measure progress", T.h3))
        s += T.bullets(kpis, bullet="–")
    s += [PageBreak(), Marker("gov", toc),
          T.band("Governance", SLATE, kicker="MAKING IT HAPPEN", accent=LIME), FrameBreak(),
          Paragraph("The Reducing Reoffending Board reports to the West Yorkshire Criminal Justice Board, chaired by "
                    "the Deputy Mayor for Policing and Crime.", T.body)]
    s += T.bullets(["The board meets every quarter and reviews a performance dashboard.",
                    "Each priority has a delivery group with a named lead.",
                    "People with lived experience sit on every delivery group.",
                    "Progress is reported each year to the Police and Crime Panel."])
    s += [FrameBreak(), Paragraph("Members", T.h3)]
    s += T.bullets(["Probation Service, Yorkshire and the Humber", "HM Prison and Probation Service (prisons)",
                    "West Yorkshire Police", "The five district councils", "NHS West Yorkshire Integrated Care Board",
                    "Mayor of West Yorkshire", "Department for Work and Pensions", "Voluntary sector providers"])
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    return build_twice(root / FILE, T, cover, back, story, TITLE, "West Yorkshire Criminal Justice Board")
