"""Sallowbridge and Whitchester Serious Violence Partnership: "Serious Violence Response Strategy 2027-2030"
(reportlab, A4, two-column body text, full length).

The six priorities are STATED ONCE in full, as the tiles of the "Our priorities on a page" graphic (gold
page). Everywhere else they appear only under SHORT names: the contents lists the chapters as "Focus area 1:
Weapons" ..., each chapter's title and running header use the short name, the executive summary says "six
priorities (page N)" without listing them, and the action plan and performance tables use the short names.
Look-alikes: ten numbered "Key finding" boxes in the needs assessment (which come first and read like
priorities), the Serious Violence Duty's requirements, the PCC's priorities, the 2024 interim strategy's
three themes, and "cohorts" and "places" of focus (SV Duty vocabulary)."""
from __future__ import annotations

from pathlib import Path

from content19 import GLOSSARY, equality
from kit19 import (BarChart, Chapter, ColumnChart, CondPageBreak, Doc, KeepTogether, NextPageTemplate, OrgChart, P,
                   PageBreak, Paragraph, Spacer, Styles, Table, TableStyle, Tiles, H, W, M, bullets, contents, hexc,
                   mm, numbered, style, table)

NAME = "priorities_on_a_page_short_chapters_serious_violence"
ACC = "7B1E22"
PART = "Sallowbridge and Whitchester Serious Violence Partnership"
TITLE = "Serious Violence Response Strategy 2027-2030"
PRIORITIES = [
    "Reduce knife and weapon-enabled violence in Sallowbridge city centre and Whitchester",
    "Protect children and young people from exploitation and serious youth violence",
    "Tackle violence linked to drug markets and organised crime groups",
    "Reduce serious violence in the home, including domestic homicide",
    "Make the night-time economy safer, with a focus on alcohol-related violence",
    "Support people harmed by violence to recover and to stay safe",
]
SHORT = ["Weapons", "Young people", "Drug markets", "Violence in the home", "Night-time economy", "Recovery"]
COL = (W - 2 * M - 8 * mm) / 2

FOCUS = [
    ("Knife-enabled offences rose by 12% in 2026, to 388. Half happened within the city centre's ring road or on "
     "the Whitchester Road corridor. Most victims and suspects are men aged 16 to 30, and a third of suspects were "
     "carrying a knife for what they described as protection.",
     ["Targeted patrols and weapon sweeps in the four hotspots", "A focused deterrence approach with the 40 "
      "people most involved", "Knife-crime education in every secondary school and pupil referral unit",
      "Retailer test purchasing under the Offensive Weapons Act"]),
    ("The Youth Justice Service worked with 61 children for violent offences last year, and the exploitation "
     "panel discussed 143 children at risk of criminal exploitation. Exclusion from school and going missing are "
     "the strongest warning signs in the needs assessment.",
     ["Youth workers in the emergency department and custody suite", "An inclusion charter signed by all "
      "secondary schools", "Contextual safeguarding assessments for the six places where children are most at "
      "risk", "Mentoring for children returning from missing episodes"]),
    ("Eleven county lines and three organised crime groups are known to operate in the area. Drug-related "
     "violence accounts for a small share of offences but a large share of the most serious harm, including "
     "two of last year's three homicides.",
     ["Disruption of the lines and groups through Operation Keystone", "Closure orders on properties used for "
      "cuckooing", "Referral of every exploited adult to support", "Joint work with the Combating Drugs "
      "Partnership on treatment for people arrested"]),
    ("Domestic abuse is a factor in 31% of serious violence and in four of the last six domestic homicide reviews "
     "the victim had been seen by a health service in the month before her death. Non-fatal strangulation is "
     "now recorded in one in five high-risk cases.",
     ["Routine enquiry about abuse in maternity, A&E and mental health services", "Specialist training on "
      "non-fatal strangulation", "Perpetrator programmes for high-harm offenders", "A learning event after every "
      "review, within three months of publication"]),
    ("The city centre has 214 licensed premises and 22,000 visitors on a Saturday night. Violence with injury "
     "between 10pm and 4am fell by 9% last year, but alcohol is a factor in 58% of it, and women report high "
     "levels of harassment.",
     ["Street pastors and a safe haven on Friday and Saturday nights", "Licensing conditions on drinks "
      "promotions and glass", "Welfare and vulnerability training for door staff", "Late-night transport "
      "marshals at Whitchester bus interchange"]),
    ("Victims of serious violence are at high risk of being harmed again and of retaliating. Around one in six "
     "people admitted for an assault injury is readmitted within two years. Families bereaved by homicide told "
     "us that support fell away after the trial.",
     ["A hospital-based violence intervention service", "Trauma-informed counselling for young victims",
      "A bereaved families' support pathway", "Victim Care Hub follow-up for every serious violence victim"]),
]

FINDINGS = [
    "Serious violence is concentrated in four places that cover 3% of the area.",
    "Young men aged 16-30 are most often both victims and suspects.",
    "Exclusion from school is the strongest single predictor of involvement.",
    "Drug markets drive the most harmful violence.",
    "Domestic abuse is a factor in nearly a third of serious violence.",
    "Alcohol is a factor in most night-time violence.",
    "Black young men are over-represented as victims and in stop and search.",
    "Data sharing between health and police is incomplete.",
    "Communities in Whitchester have low trust in statutory services.",
    "Repeat victimisation is high and mostly unsupported.",
]


def cover(c, doc):
    c.saveState()
    c.setFillColor(hexc("1E1E24"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc(ACC))
    c.rect(0, H * 0.55, W, 6, stroke=0, fill=1)
    c.setFillColor(hexc("FFFFFF"))
    c.setFont("Sans", 12)
    c.drawString(M, H - 35 * mm, PART)
    c.setFont("Sans-Bold", 30)
    c.drawString(M, H * 0.55 + 40 * mm, "Serious Violence")
    c.drawString(M, H * 0.55 + 27 * mm, "Response Strategy")
    c.setFont("Sans", 22)
    c.drawString(M, H * 0.55 + 12 * mm, "2027-2030")
    c.setFont("Sans", 10)
    c.drawString(M, 40 * mm, "Published under the Serious Violence Duty (Police, Crime, Sentencing and Courts "
                             "Act 2022)")
    c.drawString(M, 33 * mm, "Version 1.2 \u2022 June 2027")
    c.restoreState()


def story(pages):
    st = Styles(accent=ACC, body=9.4)
    h1c = style("h1c", font="Sans-Bold", size=17, leading=20, color=ACC, spaceAfter=8)
    s = [Spacer(1, 1), NextPageTemplate("plain"), PageBreak(), Paragraph("Contents", st.h1)]
    entries = [("Foreword", "foreword", 0), ("Executive summary", "summary", 0), ("Our area", "area", 0),
               ("The strategic needs assessment", "sna", 0), ("Our priorities on a page", "page", 0),
               ("The Serious Violence Duty and the national picture", "context", 0)]
    entries += [(f"Focus area {n}: {sh}", f"f{n}", 1) for n, sh in enumerate(SHORT, 1)]
    entries += [("Governance and accountability", "gov", 0), ("Performance framework", "perf", 0),
                ("Action plan 2027-2028", "plan", 0), ("Glossary and equality statement", "gloss", 0)]
    s += [contents(st, entries, pages), Spacer(1, 12),
          P(st, "Version 1.2 corrects the figures in the performance framework (page %s). The priorities are "
                "unchanged from version 1.0 agreed by the partnership on 2 March 2027." % pages.get("perf", "00"),
            st.small)]
    # foreword, two columns
    s += [NextPageTemplate("two"), PageBreak(), Chapter("foreword", "Foreword"), Paragraph("Foreword", h1c),
          P(st, "Serious violence is rare, but when it happens it changes lives for ever. In the last three years "
                "Sallowbridge and Whitchester have lost seven people to homicide, four of them under 25. Behind "
                "every figure in this strategy is a family, a school and a street that has been affected."),
          P(st, "The Serious Violence Duty, which came into force in January 2023, placed a legal requirement on "
                "the police, councils, health, fire and rescue, probation and youth justice services to work "
                "together to prevent and reduce serious violence. Our interim strategy, published in January 2024, "
                "met the duty's first requirements. This is our first full strategy, based on a much richer needs "
                "assessment and on conversations with more than 900 young people, parents and community leaders."),
          P(st, "A public health approach means treating violence like a contagious disease: understanding where it "
                "spreads, who is most at risk and what protects people from it. It means acting early, long before "
                "a knife is carried. But it also means being tough on the small number of people who cause most "
                "harm, and who exploit children to do so."),
          P(st, "We know the partnership cannot do this alone. Faith groups, sports clubs, youth workers and "
                "parents have done more than any agency to keep young people safe in Whitchester. This strategy "
                "commits us to funding and listening to them."),
          P(st, "<b>Chief Superintendent Owen Tregarthen</b>, Quenmoor Police, and <b>Dr Amira Castell</b>, "
                "Director of Public Health, co-chairs of the Serious Violence Partnership"),
          P(st, "<b>Sarah Willoughby-Kaur</b>, Police and Crime Commissioner for Quenmoor and convener of the "
                "partnership, writes: \u201cThe Duty gave me a role in bringing partners together and in "
                "allocating the Home Office grant. I am pleased to endorse a strategy that balances prevention "
                "with enforcement.\u201d"),
          CondPageBreak(120 * mm)]
    # executive summary
    s += [PageBreak(), Chapter("summary", "Executive summary"), Paragraph("Executive summary", h1c),
          P(st, "<b>What we mean by serious violence.</b> For this strategy, serious violence means homicide, "
                "attempted murder, violence causing grievous bodily harm, offences involving a knife or other "
                "weapon, robbery with injury, and rape. It includes violence in private as well as public "
                "places, and the exploitation of children and vulnerable adults by criminal groups."),
          P(st, "<b>What the evidence says.</b> The strategic needs assessment (page %s) found ten things that "
                "matter most. Serious violence is concentrated in a few places and among a small number of "
                "people, and most of them have been known to services for years." % pages.get("sna", "00")),
          P(st, "<b>What we will focus on.</b> The partnership has chosen six priorities. They are shown together "
                "on a single page (page %s) and each has a chapter, listed in the contents by a short name, that "
                "explains what we will do." % pages.get("page", "00")),
          P(st, "<b>Who we will focus on.</b> Under the Duty, partners must also identify the cohorts and places "
                "where effort is concentrated. Our cohorts are young people aged 10-24 at risk of exploitation, "
                "adults aged 18-30 involved in weapon carrying, and victims of domestic abuse at high risk. Our "
                "places are Sallowbridge city centre, Whitchester Road, the Brantham Estate and Fennel Park."),
          P(st, "<b>How we will be held to account.</b> The partnership reports to the PCC's Criminal Justice "
                "Board and to each council's scrutiny committee. A public annual report will show progress "
                "against the measures in the performance framework."),
          P(st, "<b>Funding.</b> The Home Office Serious Violence Duty grant for 2027-28 is \u00a3318,000. It is "
                "pooled with \u00a3240,000 from the Violence Reduction Fund and partners' contributions in kind."),
          CondPageBreak(150 * mm)]
    # area
    s += [NextPageTemplate("body"), PageBreak(), Chapter("area", "Our area"), Paragraph("Our area", st.h1),
          P(st, "Sallowbridge is a city of 214,000 people with a university, a hospital trust that serves the whole "
                "county and a busy night-time economy. Whitchester, to the east, is a former railway town of "
                "61,000 people with high levels of child poverty. Together the two council areas have a younger "
                "and more diverse population than the rest of Quenmoor."),
          table(st, [["Serious violence, 2026", "Sallowbridge", "Whitchester", "Change on 2024"],
                     ["Homicides", "2", "1", "-1"], ["Violence with injury", "3,216", "1,104", "+4%"],
                     ["Knife-enabled offences", "281", "107", "+12%"],
                     ["Hospital admissions for assault (under 25)", "48", "22", "+9%"],
                     ["Robbery of personal property", "402", "96", "+6%"],
                     ["Rape", "244", "71", "+11%"]], [70 * mm, 32 * mm, 32 * mm, 36 * mm], head=ACC),
          Spacer(1, 6),
          ColumnChart("Knife-enabled offences, Sallowbridge and Whitchester", [("2022", 301), ("2023", 322),
                                                                               ("2024", 346), ("2025", 347),
                                                                               ("2026", 388)], W - 2 * M, 125,
                      colour=ACC),
          Spacer(1, 6),
          BarChart("Share of serious violence by place", [("Sallowbridge city centre", 27),
                                                          ("Whitchester Road corridor", 14), ("Brantham Estate", 9),
                                                          ("Fennel Park", 6), ("Rest of the area", 44)], W - 2 * M,
                   colour="44424A", unit="%", maxv=50)]
    # needs assessment (key finding boxes, two per row)
    s += [PageBreak(), Chapter("sna", "The strategic needs assessment"),
          Paragraph("The strategic needs assessment", st.h1),
          P(st, "The needs assessment was produced by the Quenmoor Violence Reduction Analytical Hub in December "
                "2026. It used police crime and intelligence data, hospital emergency department data shared "
                "under the Information Sharing to Tackle Violence standard, ambulance data, youth justice and "
                "children's social care records, school exclusions, and a survey of 900 young people. Its ten "
                "key findings are summarised below.")]
    cells = [Paragraph(f"<font size=15><b>{n}</b></font><br/><b>Key finding {n}</b><br/>{f}",
                       style(font="Sans", size=8.8, leading=11.5, color="222222")) for n, f in enumerate(FINDINGS, 1)]
    rows = [cells[i:i + 2] for i in range(0, 10, 2)]
    t = Table(rows, colWidths=[(W - 2 * M) / 2] * 2)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("F3ECEC")), ("BOX", (0, 0), (-1, -1), 2,
                                                                                 hexc("FFFFFF")),
                           ("INNERGRID", (0, 0), (-1, -1), 4, hexc("FFFFFF")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s += [t, Spacer(1, 8),
          P(st, "The full needs assessment, including the data on protected characteristics, is published on the "
                "partnership's web page. It will be refreshed every year; the strategy's priorities will be "
                "reviewed only if the refresh shows a significant change.")]
    # priorities on a page  (GOLD)
    s += [PageBreak(), Chapter("page", "Our priorities on a page"), Paragraph("Our priorities on a page", st.h1),
          P(st, "<b>Our vision:</b> Sallowbridge and Whitchester are places where no one carries a weapon, where "
                "children are safe from exploitation, and where violence is prevented before it happens."),
          Spacer(1, 4),
          Paragraph("Our six priorities for 2027-2030", st.h2), Spacer(1, 4),
          Tiles(PRIORITIES, W - 2 * M, cols=2, tile_h=84, colours=(ACC, "44424A"), size=11.5), Spacer(1, 12)]
    band = Table([[Paragraph("<b>Our cohorts</b><br/>Young people 10-24 at risk of exploitation \u2022 Adults 18-30 "
                             "involved in weapon carrying \u2022 High-risk domestic abuse victims", st.cell),
                   Paragraph("<b>Our places</b><br/>Sallowbridge city centre \u2022 Whitchester Road \u2022 Brantham "
                             "Estate \u2022 Fennel Park", st.cell),
                   Paragraph("<b>How we work</b><br/>Public health approach \u2022 Trauma-informed \u2022 Led by "
                             "evidence \u2022 With communities", st.cell)]], colWidths=[(W - 2 * M) / 3] * 3)
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("EDEDEF")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("INNERGRID", (0, 0), (-1, -1), 3, hexc("FFFFFF")), ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s += [band, Spacer(1, 8),
          P(st, "In the chapters that follow, each priority is referred to by a short name: " +
                "; ".join(f"{n} {sh}" for n, sh in enumerate(SHORT, 1)) + ".", st.small)]
    # context, two columns
    s += [NextPageTemplate("two"), PageBreak(), Chapter("context", "The Serious Violence Duty and the national "
                                                                    "picture"),
          Paragraph("The Serious Violence Duty and the national picture", h1c),
          P(st, "The Duty requires specified authorities to work together to prevent and reduce serious violence, "
                "and in particular to:"),
          *bullets(st, ["agree a local definition of serious violence", "prepare a strategic needs assessment",
                        "publish a response strategy and review it every year",
                        "consider the views of local people, including young people"]),
          P(st, "The national Serious Violence Strategy (2018) emphasises early intervention, tackling county lines "
                "and misuse of drugs, supporting communities, and an effective law enforcement and criminal justice "
                "response. The Government's mission to halve knife crime within a decade gives new weight to "
                "weapons prevention."),
          Paragraph("The Police and Crime Plan", st.h3),
          P(st, "The PCC's Police and Crime Plan for Quenmoor 2025-2029 has five priorities:"),
          *numbered(st, ["Fighting crime in every community", "Tackling violence against women and girls",
                         "Safer roads", "Putting victims first", "An efficient and trusted police service"]),
          Paragraph("Our interim strategy (2024)", st.h3),
          P(st, "The interim strategy was organised around three themes, which the new priorities replace:"),
          *bullets(st, ["Early intervention and prevention", "Enforcement and disruption",
                        "Community engagement and trust"]),
          P(st, "Its action plan delivered the emergency department youth work pilot, a shared analytical hub and "
                "the first Whitchester community violence reduction fund, worth \u00a360,000."),
          Paragraph("Links with other strategies", st.h3),
          P(st, "Violence in the home is also addressed by the Quenmoor Domestic Abuse Strategy, and drug-related "
                "violence by the Combating Drugs Partnership Plan. This strategy does not duplicate their actions; "
                "it sets out what the Serious Violence Partnership will add."),
          CondPageBreak(200 * mm)]
    # focus area chapters, two columns, short names
    for n, ((why, what), sh) in enumerate(zip(FOCUS, SHORT), 1):
        s += [PageBreak(), Chapter(f"f{n}", f"Focus area {n}: {sh}"),
              Paragraph(f"<font size=10 color='#888888'>FOCUS AREA {n}</font><br/>{sh}", h1c),
              Paragraph("What the evidence says", st.h3), P(st, why),
              Paragraph("What we will do", st.h3), *bullets(st, what),
              Paragraph("Who leads", st.h3),
              P(st, ["Quenmoor Police, with the councils' community safety teams",
                     "Children's services, with the Youth Justice Service and schools",
                     "Quenmoor Police serious and organised crime unit, with the CDP",
                     "The Domestic Abuse Local Partnership Board, with health partners",
                     "Sallowbridge City Council licensing, with the police and the BID",
                     "The ICB and the Victim Care Hub, with the voluntary sector"][n - 1] + "."),
              Paragraph("What success looks like in 2030", st.h3),
              P(st, ["Fewer knife-enabled offences and fewer young people who say they carry a knife.",
                     "Fewer children entering the youth justice system for violence; every child at risk has a "
                     "plan.",
                     "Fewer lines operating and fewer adults cuckooed.",
                     "No domestic homicides; earlier identification of high-risk cases.",
                     "Less violence with injury at night, and women feel safer.",
                     "Fewer repeat victims and faster access to support."][n - 1]),
              Paragraph("Voices", st.h3),
              P(st, ["\u201cEveryone says carry one because everyone else does.\u201d (Year 10 pupil)",
                     "\u201cThey gave me trainers and a phone. Then they said I owed them.\u201d (young person, 15)",
                     "\u201cThe flat next door was taken over in a week.\u201d (resident, Brantham Estate)",
                     "\u201cShe had been to the hospital twice.\u201d (DHR panel member)",
                     "\u201cWe see the same lads every Saturday.\u201d (door supervisor)",
                     "\u201cAfter the trial, everyone just disappeared.\u201d (bereaved mother)"][n - 1], st.quote),
              P(st, "The actions for this focus area are numbered %d.1 to %d.4 in the action plan (page %s)." %
                (n, n, pages.get("plan", "00")), st.small)]
    # governance
    s += [NextPageTemplate("body"), PageBreak(), Chapter("gov", "Governance and accountability"),
          Paragraph("Governance and accountability", st.h1),
          P(st, "The PCC convenes the partnership; the co-chairs lead it. The partnership board meets quarterly and "
                "reports to the Quenmoor Criminal Justice Board. Six delivery groups, one for each focus area, "
                "report to the board through the Serious Violence Operational Group."),
          OrgChart("Sallowbridge and Whitchester Serious Violence Partnership Board",
                   "Serious Violence Operational Group", [f"{sh} Delivery Group" for sh in SHORT], W - 2 * M,
                   colour=ACC, side="Quenmoor Criminal Justice Board"),
          Spacer(1, 10),
          table(st, [["Specified authority", "Represented by"],
                     ["Police", "Chief Superintendent, Sallowbridge and Whitchester"],
                     ["Councils", "Directors of Communities (Sallowbridge City; Whitchester Borough)"],
                     ["Health", "Director of Public Health; ICB Director of Nursing"],
                     ["Fire and rescue", "Area Manager, Quenmoor Fire and Rescue"],
                     ["Probation", "Head of Probation Delivery Unit"],
                     ["Youth justice", "Head of Youth Justice Service"]], [60 * mm, 110 * mm], head=ACC)]
    # performance
    s += [PageBreak(), Chapter("perf", "Performance framework"), Paragraph("Performance framework", st.h1),
          P(st, "The Home Office asks every partnership to report three headline measures; the partnership has "
                "added local measures for each focus area.")]
    rows = [["Focus area", "Measure", "Baseline 2026", "Ambition 2030"],
            ["Headline", "Hospital admissions for assault with a sharp object (under 25)", "70", "Reduce"],
            ["Headline", "Knife and sharp object offences", "388", "Halve by 2036"],
            ["Headline", "Homicides among victims under 25", "1", "None"]]
    meas = [("Young people who say they have carried a knife (survey)", "7%", "4%"),
            ("First-time entrants for violent offences", "38", "25"),
            ("County lines closed", "9", "Increase"),
            ("Domestic abuse serious violence offences", "412", "Reduce"),
            ("Violence with injury, 10pm-4am", "611", "Reduce by 15%"),
            ("Victims offered support within 48 hours", "54%", "90%")]
    rows += [[sh, m, b, a] for sh, (m, b, a) in zip(SHORT, meas)]
    s.append(table(st, rows, [36 * mm, 80 * mm, 26 * mm, 28 * mm], head=ACC))
    # action plan, landscape
    s += [NextPageTemplate("land"), PageBreak(), Chapter("plan", "Action plan 2027-2028"),
          Paragraph("Action plan 2027-2028", st.h1)]
    rows = [["Ref", "Focus area", "Action", "Lead", "Due", "Funding"]]
    for n, ((_, what), sh) in enumerate(zip(FOCUS, SHORT), 1):
        for k, a in enumerate(what, 1):
            rows.append([f"{n}.{k}", sh if k == 1 else "", a, ["Police", "Councils", "ICB", "YJS"][(n + k) % 4],
                         ["Sept 2027", "Dec 2027", "Mar 2028", "Jun 2028"][k - 1],
                         "SV Duty grant" if k % 2 else "Core budgets"])
    s.append(table(st, rows, [14 * mm, 34 * mm, 120 * mm, 30 * mm, 28 * mm, 31 * mm], head=ACC))
    # glossary
    s += [NextPageTemplate("two"), PageBreak(), Chapter("gloss", "Glossary and equality statement"),
          Paragraph("Glossary", h1c)]
    for k in ["CCE", "IOM", "MAPPA", "NTE", "OPCC", "PCC", "SNA", "YJS", "DHR"]:
        s.append(P(st, f"<b>{k}</b>: {GLOSSARY[k]}"))
    s.append(P(st, "<b>Public health approach</b>: treating violence as preventable, using data to find its "
                   "causes and acting with the whole community."))
    s.append(Paragraph("Equality statement", h1c))
    s += [P(st, t) for t in equality(PART, "February 2027")]
    s.append(P(st, "Sallowbridge and Whitchester Serious Violence Partnership, c/o Office of the Police and Crime "
                   "Commissioner for Quenmoor, 4 Castle Row, Sallowbridge SB1 2EJ (fictional).", st.small))
    return s


def finish(work: Path, out: Path) -> list[Path]:
    target = out / f"{NAME}.pdf"
    doc = Doc(target, title=f"{PART}: {TITLE}", author=PART, st=Styles(accent=ACC), cover=cover,
              footer=f"{TITLE}  |  Version 1.2", header_left=PART)
    doc.build_twice(story)
    return [target]
