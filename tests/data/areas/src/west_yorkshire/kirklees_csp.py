"""Kirklees Communities Partnership Plan 2022-27: reportlab designed brochure.

Six priorities as "Priority n – X" banner headings, one per section page
(pp6-11); the banner of Priority 3 wraps over two lines.  Distractors: the
vision and values, the stat tiles, "We will" bullets, measures, case studies,
the governance bullets, the sub-group list and the performance framework table.
"""
from west_yorkshire.brochure import *  # noqa: F401,F403
from west_yorkshire.brochure import Marker, Theme, build_twice

FILE = "strategies/kirklees_communities_partnership_plan_2022-27.pdf"
TITLE = "Kirklees Communities Partnership Plan 2022–2027"

INK, RED, GOLD, GREEN, BLUE, PURPLE = (hexc("#2B2B6B"), hexc("#C8102E"), hexc("#F2A900"), hexc("#00806A"),
                                       hexc("#1F5FA8"), hexc("#6D2C77"))
T = Theme(ink=INK, accent=RED, fills=[RED, INK, GREEN, BLUE, PURPLE, hexc("#B25E00")], light=hexc("#F1F1F6"),
          family="liberation-sans", head_left="COMMUNITIES PARTNERSHIP PLAN 2022–2027",
          head_right="Kirklees Communities Partnership", foot_title="Kirklees Communities Partnership Plan 2022–2027",
          number_box=True)
NR, NB = fonts("liberation-narrow")
T.band_st = ParagraphStyle("kband", fontName=NB, fontSize=19, leading=23, textColor=colors.white)

PRIORITIES = [
    ("Keeping people safe from domestic abuse",
     "Domestic abuse is the most common cause of serious harm that we see across Kirklees.",
     "One in five violent crimes recorded in Kirklees is linked to domestic abuse (illustrative). Abuse takes many "
     "forms, including coercive control and economic abuse, and it affects men as well as women. Children who live "
     "with domestic abuse are victims in their own right.",
     ["Provide one front door for domestic abuse referrals, open to professionals and the public.",
      "Keep specialist support and safe accommodation available for everyone who needs it.",
      "Support children affected by domestic abuse through schools and Operation Encompass.",
      "Challenge perpetrators and offer behaviour change programmes."],
     ["Repeat referrals to MARAC", "Children supported after a domestic abuse incident"],
     ("Case study: a specialist court", "A specialist domestic abuse court session with trained advocates helped more "
      "victims stay engaged with their case until the end (illustrative example).")),
    ("Reducing serious violence",
     "Violence with weapons causes devastating and lasting harm to victims and families.",
     "Serious violence in Kirklees is lower than in the large cities, but knife crime and violence in Huddersfield "
     "and Dewsbury town centres have risen (illustrative). A public health approach looks at the causes of violence "
     "as well as at those who commit it.",
     ["Deliver the Serious Violence Duty with the Violence Reduction Partnership.",
      "Work with the night-time economy in Huddersfield and Dewsbury on safer nights out.",
      "Provide youth workers in custody and in the emergency department.",
      "Take weapons off the streets through knife amnesties and targeted patrols."],
     ["Violence with injury", "Knife crime offences"],
     ("Case study: safer nights out", "Street marshals, a welfare hub and extra taxi marshals on Friday and Saturday "
      "nights helped reduce assaults in Huddersfield town centre (illustrative example).")),
    ("Protecting children and vulnerable adults from exploitation and modern slavery",
     "Exploitation is often hidden, and victims do not always see themselves as victims.",
     "Criminal and sexual exploitation of children, county lines, cuckooing and modern slavery all take place in "
     "Kirklees. Those who are exploited are often young, vulnerable or isolated, and many are exploited in more than "
     "one way.",
     ["Run a multi-agency exploitation hub covering children and adults.",
      "Train staff in hotels, taxis and takeaways to spot and report exploitation.",
      "Protect tenants from cuckooing with housing providers.",
      "Support victims of modern slavery through the National Referral Mechanism."],
     ["Children and adults safeguarded from exploitation", "National Referral Mechanism referrals"],
     ("Case study: a cuckooing protocol", "Housing officers and police now visit jointly when there are signs that a "
      "tenant's home has been taken over by dealers (illustrative example).")),
    ("Tackling anti-social behaviour",
     "Anti-social behaviour can make people's lives a misery.",
     "Anti-social behaviour is the issue Kirklees residents raise most often. It includes noise, intimidation, "
     "vandalism, off-road bikes and nuisance in town centres and on estates, and it can escalate if it is not dealt "
     "with early.",
     ["Run joint police and council problem-solving in every ward.",
      "Use the powers of the Anti-social Behaviour, Crime and Policing Act 2014 consistently.",
      "Offer every victim of persistent ASB a risk assessment and support.",
      "Provide diversionary activities for young people at times and places of highest demand."],
     ["Repeat victims of ASB", "ASB incidents reported"],
     ("Case study: off-road bikes", "A joint operation seized dozens of off-road bikes that had been causing danger "
      "and nuisance in parks (illustrative example).")),
    ("Preventing people being drawn into terrorism",
     "Protecting people from radicalisation, online and in the community.",
     "Kirklees is a Prevent priority area. The risk comes from more than one ideology, and young people are "
     "increasingly exposed to extremist content online. The Prevent duty requires partners to help stop people "
     "becoming terrorists or supporting terrorism.",
     ["Deliver Prevent training to staff in schools, colleges, health and social care.",
      "Run the Channel panel and support people referred to it.",
      "Fund community projects that build resilience to extremist narratives.",
      "Respond quickly to community tensions."],
     ["Prevent referrals", "Staff trained"],
     ("Case study: youth resilience", "A youth project helped young people discuss difficult issues safely and "
      "challenge extremist content they saw online (illustrative example).")),
    ("Supporting people with multiple and complex needs",
     "Joined-up help for people whose problems are overlapping.",
     "A small number of people with overlapping problems, such as addiction, poor mental health and homelessness, "
     "come into contact with the police, the council and the NHS again and again. Many are victims as well as "
     "offenders. Support that treats each problem separately rarely works.",
     ["Run a multi-agency complex needs panel with a single plan for each person.",
      "Link people to drug and alcohol treatment, mental health support and housing.",
      "Work with street outreach teams in Huddersfield and Dewsbury.",
      "Learn from people with lived experience about what helps."],
     ["People supported by the complex needs panel", "Repeat contacts with the police"],
     ("Case study: a single plan", "A man known to every service agreed one plan with a named key worker and has "
      "stayed in his tenancy for a year (illustrative example).")),
]

PERF = [["Priority", "Indicator", "Baseline (illustrative)", "Direction"],
        ["1", "Repeat referrals to MARAC", "29%", "Reduce"],
        ["1", "Children supported after an incident", "1,400", "Increase"],
        ["2", "Violence with injury", "5,100", "Reduce"],
        ["2", "Knife crime offences", "420", "Reduce"],
        ["3", "Exploitation referrals to the hub", "310", "Monitor"],
        ["4", "Repeat victims of ASB", "18%", "Reduce"],
        ["5", "Staff trained in Prevent", "2,000", "Increase"],
        ["6", "People supported by the complex needs panel", "120", "Increase"]]


def cover(c, doc):
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    cols = [RED, GOLD, GREEN, BLUE, PURPLE]
    for i, col in enumerate(cols):
        c.setFillColor(col)
        c.rect(i * W / 5, 0, W / 5, 28 * mm, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(20 * mm, H - 62 * mm, 30 * mm, 2.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 11)
    c.drawString(20 * mm, H - 50 * mm, "KIRKLEES COMMUNITIES PARTNERSHIP")
    c.setFont(T.BOLD, 36)
    c.drawString(20 * mm, H - 100 * mm, "Communities")
    c.drawString(20 * mm, H - 115 * mm, "Partnership Plan")
    c.setFont(T.REG, 26)
    c.drawString(20 * mm, H - 132 * mm, "2022–2027")
    c.setFont(T.REG, 12)
    c.drawString(20 * mm, 60 * mm, "Safe, cohesive and resilient communities in Kirklees")
    c.restoreState()


def back(c, doc):
    c.saveState()
    c.setFillColor(INK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i, col in enumerate([RED, GOLD, GREEN, BLUE, PURPLE]):
        c.setFillColor(col)
        c.rect(i * W / 5, H - 8 * mm, W / 5, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(T.BOLD, 13)
    c.drawString(22 * mm, 110 * mm, "Kirklees Communities Partnership")
    c.setFont(T.REG, 10)
    y = 98 * mm
    for line in ["Civic Centre, Huddersfield", "communities.partnership@kirklees.example",
                 "Telephone: 01484 000000 (illustrative)", "",
                 "This plan is available in other formats and languages on request."]:
        c.drawString(22 * mm, y, line)
        y -= 6.5 * mm
    c.setFont(T.REG, 7.5)
    c.drawString(22 * mm, 15 * mm, "Figures in this plan are illustrative and are not official statistics.")
    c.restoreState()


def story(pages, toc):
    fw = W - M_L - M_R
    s = [Spacer(1, 1), NextPageTemplate("single"), PageBreak(), Paragraph("Contents", T.title), Spacer(1, 4)]
    entries = [("Foreword", "fw", 0), ("About the partnership", "about", 0), ("Kirklees in numbers", "num", 0)]
    entries += [(f"Priority {i + 1} – {p[0]}", f"p{i}", 14) for i, p in enumerate(PRIORITIES)]
    entries += [("Delivering the plan", "gov", 0), ("Performance framework", "perf", 0)]
    s += T.contents(entries, pages)
    s += [Spacer(1, 18), T.box("About this plan", "This plan meets the partnership's duty under the Crime and Disorder "
                               "Act 1998 to publish a strategy for reducing crime and disorder. It is refreshed every "
                               "year after the strategic intelligence assessment.")]
    # foreword
    s += [NextPageTemplate("section"), PageBreak(), Marker("fw", toc),
          T.band("Foreword", INK, kicker="CABINET MEMBER FOR COMMUNITIES", accent=GOLD), FrameBreak()]
    for t in [
        "Kirklees is a place of strong communities, from Huddersfield and Dewsbury to the villages of the Colne and "
        "Holme valleys. People here look out for each other, and that is one of our greatest strengths.",
        "The Communities Partnership brings together the council, West Yorkshire Police, the fire service, health, "
        "probation and the voluntary sector. Together we have a legal duty to reduce crime and disorder, substance "
        "misuse and reoffending, and to prevent serious violence."]:
        s.append(Paragraph(t, T.body))
    s.append(FrameBreak())
    for t in [
        "This plan sets out six priorities for the next five years. They reflect our strategic intelligence assessment "
        "and what more than 2,500 residents (illustrative) told us in the Kirklees community safety survey.",
        "We know that the most effective work happens in neighbourhoods, with residents, and that early help prevents "
        "harm. Those principles run through everything in this plan.",
        "<b>Cabinet Member for Communities, Kirklees Council</b>"]:
        s.append(Paragraph(t, T.body))
    # about
    s += [PageBreak(), Marker("about", toc),
          T.band("About the partnership", BLUE, kicker="WHO WE ARE", accent=GOLD), FrameBreak(),
          Paragraph("The Kirklees Communities Partnership is the community safety partnership for Kirklees. Its board "
                    "meets every quarter and is accountable to the council's scrutiny panel.", T.body),
          Paragraph("Our vision", T.h3),
          Paragraph("Kirklees is a place where people are safe and feel safe, and where communities are cohesive and "
                    "resilient.", T.intro),
          FrameBreak(), Paragraph("Our values", T.h3)]
    s += T.bullets(["Working with communities, not doing to them", "Acting early to prevent harm",
                    "Being fair, open and accountable", "Putting victims and families first"])
    # numbers
    s += [NextPageTemplate("sectionone"), PageBreak(), Marker("num", toc),
          T.band("Kirklees in numbers", GREEN, kicker="THE LOCAL PICTURE", accent=GOLD), FrameBreak(),
          Paragraph("Kirklees has a population of around 440,000 and is one of the largest metropolitan districts in "
                    "England by area. The figures below are illustrative and rounded.", T.body), Spacer(1, 4),
          T.tiles([("440,000", "residents"), ("39,000", "crimes recorded a year"), ("1 in 5", "violent crimes linked "
                   "to domestic abuse"), ("8,600", "ASB incidents"), ("+18%", "knife crime in three years"),
                   ("2 in 3", "residents feel safe after dark")], 3, fw),
          Paragraph("Illustrative figures for context only.", T.small), Spacer(1, 6),
          Paragraph("Our strategic intelligence assessment found that:", T.h2)]
    s += T.bullets(["domestic abuse remains the largest single source of violent harm;",
                    "knife crime and night-time violence have risen in the two main town centres;",
                    "exploitation is under-identified, especially of adults;",
                    "anti-social behaviour is the top concern of residents;",
                    "a small group of people with complex needs account for a large share of demand."])
    # priorities
    for i, (name, lead, why, dos, kpis, case) in enumerate(PRIORITIES):
        s += [NextPageTemplate("section"), PageBreak(), Marker(f"p{i}", toc),
              T.band(f"Priority {i + 1} – {name}", T.fills[i], accent=GOLD), FrameBreak(),
              Paragraph(lead, T.intro), Paragraph(why, T.body), Spacer(1, 4), T.box(case[0], case[1]),
              FrameBreak(), Paragraph("We will", T.h3)]
        s += T.bullets(dos)
        s.append(Paragraph("How we will measure success", T.h3))
        s += T.bullets(kpis, bullet="–")
    # governance
    s += [PageBreak(), Marker("gov", toc),
          T.band("Delivering the plan", INK, kicker="GOVERNANCE", accent=GOLD), FrameBreak(),
          Paragraph("The Communities Partnership board owns this plan. Each priority has a lead sub-group that agrees "
                    "an annual action plan and reports to the board.", T.body), Paragraph("Sub-groups", T.h3)]
    s += T.bullets(["Domestic Abuse Strategic Partnership", "Serious Violence Duty Group", "Exploitation Sub-group",
                    "ASB Partnership Group", "Prevent Partnership Board", "Complex Needs Board"])
    s += [FrameBreak(), Paragraph("Links to other plans", T.h3),
          Paragraph("The plan supports the Mayor of West Yorkshire's Police and Crime Plan, the West Yorkshire Serious "
                    "Violence Duty Strategy and the Kirklees Health and Wellbeing Strategy.", T.body),
          Paragraph("Accountability", T.h3)]
    s += T.bullets(["Quarterly performance report to the board", "Annual report to the council's scrutiny panel",
                    "Funding reports to the Mayor of West Yorkshire"])
    s += [NextPageTemplate("single"), PageBreak(), Marker("perf", toc), Paragraph("Performance framework", T.title),
          T.table(PERF, [20 * mm, 78 * mm, 44 * mm, 32 * mm]), Spacer(1, 6),
          Paragraph("Baselines are illustrative. The board reviews the indicators every quarter.", T.small)]
    s += [NextPageTemplate("back"), PageBreak(), Spacer(1, 1)]
    return s


def build(root):
    return build_twice(root / FILE, T, cover, back, story, TITLE, "Kirklees Communities Partnership")
