"""West Yorkshire Safety of Women and Girls Strategy 2024-28: reportlab designed brochure.

Five priorities, one per section page (pp7-11): a label line "PRIORITY n"
sits above the banner heading.  An "Our five priorities at a glance" grid
(p6) is not the gold page.  Distractors: the national Tackling VAWG pillars,
the strands of the previous strategy, the stat tiles, "What we will do"
bullets, measures, case studies, governance bullets and the delivery plan.
"""
from west_yorkshire.brochure import *  # noqa: F401,F403
from west_yorkshire.brochure import Marker, Theme, build_twice

FILE = "strategies/west_yorkshire_safety_of_women_and_girls_strategy_2024-28.pdf"
TITLE = "Safety of Women and Girls Strategy 2024–2028"

AUB, MAG, TEAL, ROSE, DEEP = hexc("#3D1A5B"), hexc("#B0126A"), hexc("#12737A"), hexc("#D9577F"), hexc("#5E2F8F")
T = Theme(ink=AUB, accent=MAG, fills=[AUB, MAG, TEAL, DEEP, hexc("#8A1F45")], light=hexc("#F6EEF4"),
          family="dejavu", head_left="SAFETY OF WOMEN AND GIRLS STRATEGY 2024–28", head_right="Mayor of West Yorkshire",
          foot_title="Safety of Women and Girls Strategy 2024–2028", head_bar=AUB)
SR, SB = fonts("liberation-serif")
T.band_st = ParagraphStyle("vband", fontName=SB, fontSize=25, leading=29, textColor=colors.white)
T.kick = ParagraphStyle("vkick", fontName=T.BOLD, fontSize=10.5, leading=13, textColor=hexc("#F7C6DD"))
T.title = ParagraphStyle("vtitle", parent=T.title, fontName=SB)

PRIORITIES = [
    ("Changing attitudes and preventing violence before it starts",
     "Prevention means tackling the attitudes and inequality that allow violence to happen.",
     "Most violence against women and girls is committed by men they know. It grows out of attitudes that excuse "
     "controlling behaviour, sexual harassment and misogyny. Changing those attitudes takes time and needs schools, "
     "parents, employers, sports clubs and men and boys themselves.",
     ["Fund healthy relationships education in primary and secondary schools.",
      "Run campaigns that ask men and boys to challenge sexism among their friends.",
      "Work with employers on policies against sexual harassment at work.",
      "Train youth workers and sports coaches to recognise harmful attitudes."],
     ["Young people who can recognise coercive control", "Schools delivering the healthy relationships programme"],
     ("Case study: a football club programme", "A professional club's foundation ran sessions with boys' teams on "
      "respect and consent, led by coaches the boys already trusted (illustrative example).")),
    ("Support that meets the needs of every survivor",
     "Every survivor should get the help she needs, when she needs it.",
     "Survivors have told us that help can be hard to find, that waiting lists are long, and that services do not "
     "always understand the needs of disabled, older, Black and minoritised, or LGBT+ women. Support must also be "
     "available to women who do not want to go to the police.",
     ["Commission independent domestic and sexual violence advisers across all five districts.",
      "Reduce waiting times for counselling after sexual violence.",
      "Fund specialist \"by and for\" services for Black and minoritised women.",
      "Make sure children affected by abuse get support in their own right."],
     ["Waiting time for counselling", "Survivors who feel safer after support"],
     ("Case study: one phone number", "A single helpline now connects survivors in any district to the right local "
      "service on the first call (illustrative example).")),
    ("Pursuing perpetrators and changing their behaviour",
     "The responsibility for abuse lies with the person who commits it.",
     "Too often the burden falls on women to change their lives to stay safe, while the man causing harm faces no "
     "consequences. We will shift the focus onto perpetrators: disrupting their behaviour, bringing them to justice, "
     "and offering programmes that challenge and change them.",
     ["Target the most harmful and serial perpetrators through multi-agency tasking.",
      "Make more use of stalking protection orders and domestic abuse protection notices.",
      "Expand accredited perpetrator behaviour change programmes.",
      "Work with probation to manage perpetrators released from prison."],
     ["High-harm perpetrators subject to a disruption plan", "Perpetrators completing a programme"],
     ("Case study: serial perpetrators", "A joint police and probation team has focused on men who have abused "
      "several partners, using every available power to protect the women at risk (illustrative example).")),
    ("Safe streets, transport and public spaces",
     "Women and girls should be free to use public spaces without fear, day and night.",
     "Many women tell us they change their route home, avoid public transport after dark, or keep their keys in "
     "their hand. Harassment in the street, on buses and trains and in bars and clubs is common and rarely reported.",
     ["Extend the Safer Streets programme to town centres in every district.",
      "Work with bus and rail operators on reporting harassment on public transport.",
      "Train licensed premises staff in bystander intervention and Ask for Angela.",
      "Improve lighting and CCTV in parks and on walking routes."],
     ["Women who feel safe in town centres after dark", "Reports of harassment on public transport"],
     ("Case study: a safer bus network", "Drivers on the busiest evening routes were trained to respond to "
      "harassment, and a text reporting service was promoted on every bus (illustrative example).")),
    ("A justice system that women and girls can trust",
     "Women should have confidence that if they report, they will be believed and supported to justice.",
     "Fewer than one in ten rapes reported to the police leads to a charge (illustrative), and many women withdraw "
     "from the process because it takes too long or feels like they are the ones on trial. We want every woman who "
     "reports to be treated with respect, and more cases to reach court.",
     ["Support the police and Crown Prosecution Service to improve outcomes in rape cases.",
      "Provide independent advocates throughout the court process.",
      "Reduce the time from report to trial for rape and serious sexual offences.",
      "Listen to survivors about their experience of the justice system."],
     ["Rape and serious sexual offence cases charged", "Victims who stay engaged until the end of the case"],
     ("Case study: survivor scrutiny", "A panel of survivors reviewed closed rape cases with senior officers and "
      "prosecutors and made recommendations that have been adopted (illustrative example).")),
]

PLAN = [["Priority", "Commitment", "Lead", "By"],
        ["1", "Healthy relationships programme in 100 schools", "Combined Authority", "Jul 2025"],
        ["1", "Campaign aimed at men and boys", "Mayor's team", "Mar 2025"],
        ["2", "Recommission advocacy services", "Mayor's team", "Apr 2025"],
        ["2", "Counselling waiting list reduced", "NHS / ICB", "Mar 2026"],
        ["3", "Perpetrator tasking in all districts", "West Yorkshire Police", "Dec 2024"],
        ["3", "Programme places expanded", "Probation / Mayor's team", "Mar 2026"],
        ["4", "Safer Streets in ten town centres", "District councils", "Mar 2026"],
        ["4", "Public transport reporting service", "Transport operators", "Sep 2025"],
        ["5", "Survivor scrutiny panel", "Criminal Justice Board", "Jun 2025"]]


def cover(c, doc):
    c.saveState()
    c.setFillColor(AUB)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(MAG)
    c.circle(W - 10 * mm, 60 * mm, 85 * mm, stroke=0, fill=1)
    c.setFillColor(ROSE)
    c.circle(W - 55 * mm, H - 40 * mm, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, H - 35 * mm, "MAYOR OF WEST YORKSHIRE")
    c.setFont(SB, 38)
    c.drawString(20 * mm, H - 95 * mm, "Safety of Women")
    c.drawString(20 * mm, H - 110 * mm, "and Girls")
    c.setFont(SR, 22)
    c.drawString(20 * mm, H - 126 * mm, "Strategy 2024–2028")
    c.setFont(T.REG, 11)
    c.drawString(20 * mm, H - 142 * mm, "Safe at home, safe online, safe in public")
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, 30 * mm, "February 2024")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(AUB)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 13)
    c.drawString(22 * mm, H / 2 + 20 * mm, "Mayor of West Yorkshire – Policing and Crime")
    c.setFont(T.REG, 10)
    y = H / 2 + 8 * mm
    for line in ["Wellington House, 40–50 Wellington Street, Leeds", "womenandgirls@westyorks.example",
                 "If you are in immediate danger call 999.", "This strategy is available in other formats on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.restoreState()


def story(pages, toc):
    fw = W - M_L - M_R
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", T.title), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("Introduction", "intro", 0), ("The scale of the challenge", "num", 0),
               ("Our five priorities", "gl", 0)]
    entries += [(p[0], f"p{i}", 14) for i, p in enumerate(PRIORITIES)]
    entries += [("Delivering the strategy", "gov", 0), ("Delivery plan 2024–26", "plan", 0)]
    s += T.contents(entries, pages)
    # foreword
    s += [NextPageTemplate("section"), PageBreak(), Marker("fw", toc),
          T.band("Foreword", AUB, kicker="A MESSAGE FROM THE MAYOR", accent=MAG), FrameBreak()]
    for t in [
        "When I was elected I promised to put the safety of women and girls at the heart of everything I do. This "
        "strategy sets out how we will keep that promise over the next four years.",
        "Every woman and girl in West Yorkshire should be able to live free from violence, abuse and harassment. Yet "
        "too many are not. Too many change how they live to feel safe, and too many suffer in silence."]:
        s.append(Paragraph(t, T.body))
    s.append(FrameBreak())
    for t in [
        "This strategy was shaped by survivors, by the specialist organisations that support them, and by thousands "
        "of women and girls who responded to our consultation. I am grateful to every one of them.",
        "Ending violence against women and girls is not a job for the police alone. It needs all of us.",
        "<b>Mayor of West Yorkshire</b>"]:
        s.append(Paragraph(t, T.body))
    s += [Spacer(1, 6), RuledBox([Paragraph("“Women and girls should be safe at home, safe online and safe in public.”",
                                            T.quote)], MAG, pad=10)]
    # introduction
    s += [PageBreak(), Marker("intro", toc),
          T.band("Introduction", TEAL, kicker="WHY THIS STRATEGY", accent=MAG), FrameBreak(),
          Paragraph("This is a strategy for the whole of West Yorkshire. It covers domestic abuse, sexual violence, "
                    "stalking, harassment, so-called honour-based abuse, female genital mutilation and online abuse.",
                    T.body),
          Paragraph("The national picture", T.h3),
          Paragraph("The government's Tackling Violence Against Women and Girls Strategy (2021) is built on four "
                    "pillars:", T.body)]
    s += T.bullets(["Prioritising prevention", "Supporting victims", "Pursuing perpetrators", "A stronger system"])
    s += [Paragraph("The Domestic Abuse Act 2021 also placed new duties on councils to provide support in safe "
                    "accommodation.", T.body), FrameBreak(),
          Paragraph("Building on our previous strategy", T.h3),
          Paragraph("Our previous partnership strategy (2018–2021) was organised around four strands:", T.body)]
    s += T.bullets(["Awareness and education", "Early intervention", "Safety and support", "Justice and accountability"])
    s += [Paragraph("An evaluation found good progress on support services but less on prevention and on "
                    "perpetrators. This new strategy gives both more weight.", T.body)]
    # numbers
    s += [NextPageTemplate("sectionone"), PageBreak(), Marker("num", toc),
          T.band("The scale of the challenge", DEEP, kicker="WEST YORKSHIRE IN FIGURES", accent=MAG), FrameBreak(),
          Paragraph("The figures below are illustrative and rounded. They show the scale of the problem, not "
                    "official statistics.", T.body), Spacer(1, 4),
          T.tiles([("1 in 4", "women will experience domestic abuse in their lifetime"),
                   ("48,000", "domestic abuse incidents a year"), ("7 in 10", "young women harassed in public"),
                   ("6,500", "sexual offences recorded"), ("2 years", "average wait for a rape trial"),
                   ("1 in 2", "women feel unsafe walking alone after dark")], 3, fw,
                  fills=[AUB, MAG, TEAL, DEEP, hexc("#8A1F45"), AUB]),
          Paragraph("Illustrative figures for context only.", T.small), Spacer(1, 6),
          Paragraph("What women and girls told us", T.h2)]
    s += T.bullets(["They want to be believed when they report.", "They want help to be easy to find.",
                    "They want men to take responsibility.", "They want to feel safe on buses and in town centres."])
    # glance
    s += [PageBreak(), Marker("gl", toc),
          T.band("Our five priorities at a glance", AUB, kicker="OUR PRIORITIES", accent=MAG), FrameBreak(),
          Paragraph("The strategy has five priorities. Each is set out on its own page.", T.intro), Spacer(1, 4),
          T.glance([(f"Priority {i + 1}: {p[0]}", p[1]) for i, p in enumerate(PRIORITIES)] +
                   [("Throughout", "We will listen to survivors and take an intersectional approach.")], fw,
                   row_h=33 * mm)]
    for i, (name, lead, why, dos, kpis, case) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc),
              T.band(name, T.fills[i], kicker=f"PRIORITY {i + 1}", accent=ROSE), FrameBreak(),
              Paragraph(lead, T.intro), Paragraph(why, T.body), FrameBreak(), Paragraph("Our commitments", T.h3)]
        s += T.bullets(dos)
        s.append(Paragraph("Signs of progress", T.h3))
        s += T.bullets(kpis, bullet="–")
        s += [Spacer(1, 6), T.box(case[0], case[1])]
    s += [PageBreak(), Marker("gov", toc),
          T.band("Delivering the strategy", AUB, kicker="GOVERNANCE", accent=MAG), FrameBreak(),
          Paragraph("The West Yorkshire Safety of Women and Girls Board, chaired by the Mayor, oversees the strategy. "
                    "It reports every year to the Police and Crime Panel.", T.body)]
    s += T.bullets(["District domestic abuse and sexual violence partnerships deliver locally.",
                    "A survivors' reference group advises the board.",
                    "Progress is published in an annual report.",
                    "An independent evaluation will report in 2027."])
    s += [FrameBreak(), Paragraph("Partners", T.h3)]
    s += T.bullets(["West Yorkshire Police", "The five district councils", "NHS West Yorkshire Integrated Care Board",
                    "Crown Prosecution Service", "Probation Service", "Specialist women's organisations",
                    "Transport operators", "Schools, colleges and universities"])
    s += [NextPageTemplate("single"), PageBreak(), Marker("plan", toc), Paragraph("Delivery plan 2024–26", T.title),
          T.table(PLAN, [22 * mm, 80 * mm, 46 * mm, 26 * mm]), Spacer(1, 6),
          Paragraph("The delivery plan is reviewed every year by the board.", T.small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    return build_twice(root / FILE, T, cover, back, story, TITLE, "Mayor of West Yorkshire")
