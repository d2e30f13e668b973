"""Bradford District Community Safety Plan 2023-26: reportlab designed brochure.

Five priorities, each an unnumbered banner heading on its own section page
(pp7-11), after an "Our priorities at a glance" grid (p6, not the gold page).
Page 5 quotes the four priorities of the Mayor's Police and Crime Plan in a
box: they are not Bradford's own.  Distractors: the quoted plan priorities,
the stat tiles, the cross-cutting themes, "We will" bullets, measures, case
studies, governance bullets and the partner list.
"""
from west_yorkshire.brochure import *  # noqa: F401,F403
from west_yorkshire.brochure import Marker, Theme, build_twice

FILE = "strategies/bradford_district_community_safety_plan_2023-26.pdf"
TITLE = "Bradford District Community Safety Plan 2023–2026"

NAVY, ORANGE, TEAL, PLUM, STEEL = hexc("#14365D"), hexc("#E87722"), hexc("#1C7C7D"), hexc("#7A2E5E"), hexc("#4B6A88")
T = Theme(ink=NAVY, accent=hexc("#C45C0E"), fills=[NAVY, TEAL, PLUM, STEEL, hexc("#9C4A12")], light=hexc("#F3EEE8"),
          family="dejavu", head_left="COMMUNITY SAFETY PLAN 2023–2026", head_right="Bradford District Community Safety Partnership",
          foot_title="Safer Bradford District: Community Safety Plan 2023–2026")

PRIORITIES = [
    ("Safer and stronger neighbourhoods",
     "Every neighbourhood in the district should be a place where people feel safe, get on well with each other and "
     "are proud of where they live.",
     "Residents tell us that the things that most affect how safe they feel are close to home: anti-social behaviour, "
     "burglary and car crime, drug dealing in the street, and neglected places. In our town centres, shopkeepers and "
     "shoppers want to feel safe during the day and in the evening. Strong, cohesive communities are also safer "
     "communities.",
     ["Run neighbourhood tasking in every ward with the police, the council and housing providers.",
      "Tackle anti-social behaviour quickly and support the people affected by it.",
      "Reduce burglary and vehicle crime with target hardening and Safer Streets schemes.",
      "Keep Bradford city centre and our town centres safe and welcoming.",
      "Support community cohesion and respond quickly to community tensions."],
     ["Residents who feel safe in their neighbourhood", "Repeat victims of anti-social behaviour", "Burglary rate"],
     ("Case study: a ward action day", "Police, council wardens, the fire service and housing staff spent a day in "
      "one estate removing fly-tipping, fitting door locks and talking to residents about their concerns. Reports of "
      "anti-social behaviour fell over the following months (illustrative example).")),
    ("Violence against women and girls",
     "Women and girls have the right to be safe at home, in public and online.",
     "Domestic abuse, sexual violence, stalking and harassment affect thousands of women and girls in the district "
     "every year, and many never tell anyone. Abuse also harms the children who live with it. We want every woman "
     "and girl to know where to get help, and every perpetrator to know that abuse will not be tolerated.",
     ["Deliver the district's domestic abuse and sexual violence action plan.",
      "Make sure survivors can get independent advice and safe accommodation.",
      "Work with schools on healthy relationships and consent.",
      "Challenge perpetrators through police action and behaviour change programmes."],
     ["Repeat referrals to MARAC", "Survivors who feel safer after support"],
     ("Case study: Safe Spaces", "Pharmacies and community centres across the district now offer a safe space where "
      "anyone experiencing abuse can ask for help discreetly (illustrative example).")),
    ("Reducing violent crime, including knife crime",
     "Violence does lasting harm to victims, families and whole communities.",
     "Violent crime in the district is concentrated in a small number of places and among a small number of people. "
     "Young men are most at risk, both as victims and as offenders, and knives are carried by a minority of young "
     "people who often say they carry them for protection.",
     ["Deliver the Serious Violence Duty with the West Yorkshire Violence Reduction Partnership.",
      "Fund youth workers in the Bradford Royal Infirmary emergency department.",
      "Use focused deterrence with the small number of people involved in repeat violence.",
      "Run weapons awareness sessions in schools and youth clubs."],
     ["Violence with injury", "Knife crime offences", "Hospital admissions for assault, under-25s"],
     ("Case study: reachable moments", "Youth workers in the emergency department met young people after an assault "
      "and helped most of them into further support (illustrative example).")),
    ("Making our roads safer",
     "Nobody should be killed or seriously injured on the district's roads.",
     "Road safety is one of the concerns that residents raise most often. Speeding, dangerous driving and off-road "
     "bikes make people afraid to walk or cycle, and the number of people killed or seriously injured on our roads is "
     "higher than in neighbouring districts (illustrative).",
     ["Support the Vision Zero approach of the West Yorkshire Safer Roads Partnership.",
      "Expand Community Speedwatch in residential areas.",
      "Target illegal and uninsured vehicles and off-road bikes.",
      "Educate young drivers about the risks of speeding and using a phone while driving."],
     ["People killed or seriously injured on roads", "Speeding complaints"],
     ("Case study: Community Speedwatch", "Volunteers trained by the police recorded thousands of speeding vehicles; "
      "drivers received warning letters and repeat offenders were visited (illustrative example).")),
    ("Preventing radicalisation and extremism",
     "Protecting people from being drawn into terrorism and extremism of every kind.",
     "The district has a long history of communities working together to reject extremism. But online "
     "radicalisation, conspiracy theories and hateful ideologies continue to target young people in particular. "
     "The Prevent duty requires every partner to take account of the need to prevent people being drawn into "
     "terrorism.",
     ["Deliver the Prevent duty across schools, colleges, health and the council.",
      "Run the Channel panel to support people at risk of radicalisation.",
      "Train front-line staff to recognise and refer concerns.",
      "Work with community and faith groups to counter extremist narratives online."],
     ["Prevent referrals from partners", "Staff trained in Prevent awareness"],
     ("Case study: digital resilience", "A project with secondary schools helped pupils to spot misinformation and "
      "extremist content online (illustrative example).")),
]

PCP = ["Supporting victims and witnesses and improving criminal justice outcomes",
       "Keeping people safe and building resilience", "Safer places and thriving communities",
       "Responding to multiple and complex needs"]


def cover(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    p = c.beginPath()
    p.moveTo(0, 0); p.lineTo(W, 0); p.lineTo(W, 60 * mm); p.lineTo(0, 120 * mm); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.circle(W - 35 * mm, H - 45 * mm, 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, H - 40 * mm, "BRADFORD DISTRICT COMMUNITY SAFETY PARTNERSHIP")
    c.setFont(T.BOLD, 34)
    c.drawString(20 * mm, H - 100 * mm, "Community Safety")
    c.drawString(20 * mm, H - 114 * mm, "Plan 2023–2026")
    c.setFillColor(hexc("#F6B67F"))
    c.setFont(T.REG, 14)
    c.drawString(20 * mm, H - 128 * mm, "Safer Bradford District")
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 10)
    c.drawString(20 * mm, H - 145 * mm, "June 2023")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, H - 90 * mm, W, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 13)
    c.drawString(22 * mm, H - 110 * mm, "Bradford District Community Safety Partnership")
    c.setFont(T.REG, 10)
    y = H - 122 * mm
    for line in ["City Hall, Centenary Square, Bradford", "communitysafety@bradford.example",
                 "Telephone: 01274 000000 (illustrative)", "",
                 "In an emergency always call 999. To report a crime call 101.",
                 "This plan is available in other formats and languages on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(T.REG, 7.5)
    c.drawString(22 * mm, 15 * mm, "Statistics in this plan are illustrative and are not official figures.")
    c.restoreState()


def story(pages, toc):
    fw = W - M_L - M_R
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", T.title), Spacer(1, 4)]
    entries = [("Welcome", "fw", 0), ("The Bradford District picture", "num", 0),
               ("Supporting the Mayor's Police and Crime Plan", "pcp", 0), ("Our priorities for 2023–2026", "gl", 0)]
    entries += [(p[0], f"p{i}", 14) for i, p in enumerate(PRIORITIES)]
    entries += [("Cross-cutting themes", "cross", 0), ("Delivering the plan", "gov", 0)]
    s += T.contents(entries, pages)
    # welcome
    s += [NextPageTemplate("section"), PageBreak(), Marker("fw", toc),
          T.band("Welcome", NAVY, kicker="A MESSAGE FROM THE PARTNERSHIP CHAIR", accent=ORANGE), FrameBreak()]
    for t in [
        "The Bradford District is a young, diverse and enterprising place, with a city, busy towns and large rural "
        "areas. Most people feel safe where they live, but crime and the fear of crime still hold too many people back.",
        "The Community Safety Partnership brings together the organisations with a legal duty to reduce crime and "
        "disorder: the council, the police, the fire and rescue service, the Probation Service and the NHS. We also "
        "work closely with the voluntary and community sector, which reaches people that statutory services often miss.",
        "This plan sets out five priorities for the next three years. They come from our joint strategic assessment "
        "and from what residents told us in the Bradford District community safety survey.",
        "The plan supports the Mayor of West Yorkshire's Police and Crime Plan, and we explain on page 5 how our "
        "priorities contribute to it."]:
        s.append(Paragraph(t, T.body))
    s += [FrameBreak()]
    for t in [
        "Much of our work is delivered in neighbourhoods, through ward partnerships and neighbourhood policing teams. "
        "Some of it is delivered across West Yorkshire, through the Violence Reduction Partnership and the Safer Roads "
        "Partnership.",
        "We will publish an annual report on our progress and keep listening to residents.",
        "<b>Chair, Bradford District Community Safety Partnership</b>"]:
        s.append(Paragraph(t, T.body))
    s += [Spacer(1, 8), RuledBox([Paragraph("“Every community in our district deserves to feel safe.”", T.quote)],
                                 TEAL, pad=10)]
    # numbers
    s += [NextPageTemplate("sectionone"), PageBreak(), Marker("num", toc),
          T.band("The Bradford District picture", STEEL, kicker="OUR DISTRICT IN NUMBERS", accent=ORANGE), FrameBreak(),
          Paragraph("The figures below come from our joint strategic assessment. They are illustrative and rounded.",
                    T.body), Spacer(1, 4),
          T.tiles([("550,000", "residents"), ("1 in 4", "residents aged under 18"), ("52,000", "crimes a year"),
                   ("11,000", "domestic abuse incidents"), ("1 in 3", "residents worried about speeding"),
                   ("+15%", "knife crime in three years")], 3, fw),
          Paragraph("Illustrative figures, rounded, for context only.", T.small), Spacer(1, 6),
          Paragraph("What the strategic assessment told us", T.h2)]
    s += T.bullets(["Anti-social behaviour and drug dealing are residents' most common concerns.",
                    "Domestic abuse accounts for around a fifth of all recorded crime.",
                    "Violence is concentrated in the city centre at night and in a few neighbourhoods.",
                    "The district has more people killed or seriously injured on its roads than its neighbours.",
                    "Online radicalisation is a growing risk for young people."])
    # pcp
    s += [PageBreak(), Marker("pcp", toc),
          T.band("Supporting the Mayor's Police and Crime Plan", TEAL, kicker="WEST YORKSHIRE", accent=ORANGE),
          FrameBreak(),
          Paragraph("The Mayor of West Yorkshire's Police and Crime Plan 2021–24 sets four priorities for policing and "
                    "community safety across the county. Community safety partnerships are expected to have regard to "
                    "them, and the Mayor's community safety grant supports our work.", T.body), Spacer(1, 4)]
    box = [Paragraph("The Police and Crime Plan priorities", ParagraphStyle("bxh", parent=T.h2, textColor=NAVY))]
    for i, p in enumerate(PCP, 1):
        box.append(Paragraph(f"{i}. {p}", ParagraphStyle("bxi", parent=T.body, fontName=T.BOLD, textColor=NAVY)))
    s += [RuledBox(box, T.light, border=ORANGE, pad=10), Spacer(1, 8),
          Paragraph("How our priorities contribute", T.h2),
          Paragraph("Our priorities on neighbourhoods and roads support the plan's safer places priority. Our work on "
                    "violence against women and girls, violent crime and radicalisation supports its priority on keeping "
                    "people safe. We also support victims through the services the Mayor commissions, and people with "
                    "complex needs through the district's Combating Drugs Partnership.", T.body),
          Paragraph("The quoted priorities above belong to the Police and Crime Plan. Our own priorities are set out on "
                    "the following pages.", T.small)]
    # glance
    s += [PageBreak(), Marker("gl", toc),
          T.band("Our priorities for 2023–2026", NAVY, kicker="AT A GLANCE", accent=ORANGE), FrameBreak(),
          Paragraph("We have five priorities. Each is described on its own page.", T.intro), Spacer(1, 4),
          T.glance([(p[0], p[1]) for p in PRIORITIES] + [("Cross-cutting themes",
                                                          "Early help, victims' voices and tackling inequality run "
                                                          "through every priority.")], fw, row_h=34 * mm)]
    # priorities
    for i, (name, lead, why, dos, kpis, case) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc),
              T.band(name, T.fills[i], accent=ORANGE), FrameBreak(),
              Paragraph(lead, T.intro), Paragraph("Why this is a priority", T.h3), Paragraph(why, T.body),
              FrameBreak(), Paragraph("We will", T.h3)]
        s += T.bullets(dos)
        s.append(Paragraph("How we will know we are making a difference", T.h3))
        s += T.bullets(kpis, bullet="–")
        s += [Spacer(1, 6), T.box(case[0], case[1])]
    # cross-cutting + governance
    s += [NextPageTemplate("twocol"), PageBreak(), Marker("cross", toc), Paragraph("Cross-cutting themes", T.title)]
    for name, text in [("Early help", "We will intervene early, especially with children and families, before "
                                      "problems escalate."),
                       ("Victims' voices", "We will listen to victims and involve them in shaping services."),
                       ("Tackling inequality", "We will focus on the neighbourhoods and groups that experience most "
                                               "harm.")]:
        s += [Paragraph(name, T.h3), Paragraph(text, T.body)]
    s += [Spacer(1, 6), Marker("gov", toc), Paragraph("Delivering the plan", T.h2),
          Paragraph("The Community Safety Partnership board meets every quarter and reports to the council's scrutiny "
                    "committee. Each priority has a lead group:", T.body)]
    s += T.bullets(["Neighbourhoods: ward partnerships and the ASB Strategic Group",
                    "Violence against women and girls: Domestic Abuse and Sexual Violence Partnership",
                    "Violent crime: Serious Violence Duty Group", "Roads: Safer Roads Local Group",
                    "Radicalisation: Prevent Steering Group"])
    s += [FrameBreak(), Paragraph("Our partners", T.h2)]
    s += T.bullets(["City of Bradford Metropolitan District Council", "West Yorkshire Police",
                    "West Yorkshire Fire and Rescue Service", "Probation Service",
                    "NHS West Yorkshire Integrated Care Board", "Mayor of West Yorkshire",
                    "Incommunities and other housing providers", "Voluntary and community sector"])
    s += [Paragraph("Performance", T.h2),
          Paragraph("The board reviews a quarterly dashboard for each priority and publishes an annual report.", T.body)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    return build_twice(root / FILE, T, cover, back, story, TITLE, "Bradford District Community Safety Partnership")
