"""Nottinghamshire Police and Crime Plan 2025-2029 (fictional new edition): reportlab brochure.

Priorities: a small capitals label "PRIORITY N" over a large heading in a tinted band, then a tag line and the
numbered objectives ("What I will do", 1.1 ...), two priorities a page (pp5-8).
"""
from __future__ import annotations

from pathlib import Path

from .kit_rl import (C, KeepTogether, PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, build_pdf,
                     colors, mm)

OUT = "plan/nottinghamshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Nottinghamshire Police and Crime Plan 2025\u20132029"
THEME = {"font": "dejavu", "head_font": "dejavu-serif", "accent": "#1B2A4A", "h2": "#7A1F3D", "light": "#ECEFF5",
         "size": 9.5, "author": "Office of the Police and Crime Commissioner for Nottinghamshire"}

PRIORITIES = [
    ("Safer neighbourhoods, towns and villages",
     "Crime and anti-social behaviour that people see and feel where they live.",
     ["Tackle anti-social behaviour with the district and city councils and housing providers, using joint "
      "problem-solving and the ASB case review.",
      "Drive down burglary, vehicle crime, shop theft and abuse of shop workers.",
      "Protect rural communities from rural, wildlife and heritage crime, including hare coursing, the theft of "
      "farm machinery and fly-tipping on farmland.",
      "Keep town centres and the night-time economy safe, tackling alcohol-related violence and disorder with "
      "licensing teams, Pubwatch and street pastors."]),
    ("Preventing knife crime and serious violence",
     "Fewer lives harmed by violence, and fewer young people carrying knives.",
     ["Work with the Violence Reduction Partnership and the Serious Violence Duty partners in the places and among "
      "the people most affected.",
      "Disrupt county lines and drug dealing, and protect vulnerable adults from cuckooing.",
      "Protect children from criminal and sexual exploitation, divert children from offending and reduce "
      "reoffending by children, with the youth justice services.",
      "Find and support victims of modern slavery and human trafficking."]),
    ("Making Nottinghamshire safe for women and girls",
     "Every woman and girl free from violence, abuse and harassment.",
     ["Identify domestic abuse earlier and give survivors and their children specialist support and safe "
      "accommodation.",
      "Improve the response to rape, sexual offences and stalking, from first report to court.",
      "Challenge perpetrators and change their behaviour, through programmes, orders and multi-agency management.",
      "Make streets, parks and public transport safer for women and girls, by day and at night."]),
    ("Putting victims first",
     "Victims treated with dignity, kept informed and helped to cope and recover.",
     ["Make sure every victim receives their rights under the Victims' Code and can reach our commissioned "
      "victim services.",
      "Increase the reporting of hate crime, through third-party reporting centres and work with community "
      "cohesion partners, and support its victims.",
      "Protect older and vulnerable residents from fraud, scams and doorstep crime.",
      "Offer restorative justice to all victims, including the victims of crimes committed by children.",
      "Reduce delays at court with the Local Criminal Justice Board."]),
    ("Safer roads",
     "Fewer people killed or seriously injured on Nottinghamshire's roads.",
     ["Reduce the number of people killed or seriously injured, with the Nottinghamshire Road Safety Partnership.",
      "Tackle speeding and dangerous and anti-social driving, including car cruising and illegal off-road "
      "motorbikes.",
      "Support Community Speedwatch and road safety education in schools."]),
    ("Breaking the cycle of drugs, alcohol and reoffending",
     "Fewer people caught in a cycle of addiction and offending.",
     ["Get more people in the justice system into drug and alcohol treatment, through testing on arrest and "
      "treatment requirements.",
      "Manage the most prolific offenders through Integrated Offender Management.",
      "Help people leaving prison into a settled home, training and work.",
      "With the Combating Drugs Partnership, get more people into treatment and recovery, and reduce "
      "drug-related deaths and alcohol harm.",
      "Divert women from the justice system through women's centres and community services."]),
    ("Effective and resilient policing",
     "A force that answers quickly, investigates well and is trusted.",
     ["Keep neighbourhood officers and PCSOs visible and in post.",
      "Answer 999 and 101 calls quickly and improve online reporting.",
      "Raise the standard of investigations and complete the force's improvement plan with the inspectorate.",
      "Recruit, train and keep a workforce that reflects our communities.",
      "Spend every pound of the policing budget wisely."]),
]

NEEDLES = {"foreword": "A message from your Commissioner", "context": "Nottinghamshire today",
           "p1": "What I will do", "partners": "Working with partners", "measures": "Measuring success",
           "budget": "The policing budget and contact details"}


def cover(c, d, k):
    w, h = d.pagesize
    c.setFillColor(k.accent)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(C("#7A1F3D"))
    c.rect(0, h * 0.42, w, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(k.hbold, 34)
    c.drawString(22 * mm, h * 0.62, "Police and")
    c.drawString(22 * mm, h * 0.62 - 40, "Crime Plan")
    c.setFont(k.reg, 16)
    c.drawString(22 * mm, h * 0.62 - 75, "Nottinghamshire 2025\u20132029")
    c.setFont(k.reg, 10)
    c.drawString(22 * mm, 25 * mm, "Office of the Police and Crime Commissioner for Nottinghamshire")


def decorate(c, d, k):
    w, h = d.pagesize
    c.setStrokeColor(C("#7A1F3D"))
    c.setLineWidth(0.8)
    c.line(20 * mm, 14 * mm, w - 20 * mm, 14 * mm)
    c.setFont(k.reg, 8)
    c.setFillColor(C("#555555"))
    c.drawString(20 * mm, 9 * mm, "Police and Crime Plan 2025\u20132029")
    c.drawRightString(w - 20 * mm, 9 * mm, str(d.page))


def priority_block(k, n, title, tag, objectives):
    lab = ParagraphStyle("lab", fontName=k.bold, fontSize=8, leading=10, textColor=C("#7A1F3D"))
    head = ParagraphStyle("hd", fontName=k.hbold, fontSize=17, leading=21, textColor=k.accent)
    tagst = ParagraphStyle("tg", parent=k.body, fontName=k.reg, textColor=C("#444444"))
    band = Table([[Paragraph(f"PRIORITY {n}", lab)], [Paragraph(title, head)], [Paragraph(f"<i>{tag}</i>", tagst)]],
                 colWidths=[170 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), k.light), ("LINEBEFORE", (0, 0), (0, -1), 4, C("#7A1F3D")),
                              ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    obj = ParagraphStyle("ob", parent=k.body, leftIndent=22, firstLineIndent=-22, spaceAfter=3)
    out = [band, Spacer(1, 5), Paragraph("<b>What I will do</b>", k.h3)]
    out += [Paragraph(f"{n}.{i}&nbsp;&nbsp;&nbsp;{o}", obj) for i, o in enumerate(objectives, start=1)]
    return KeepTogether(out + [Spacer(1, 12)])


def story(pages, k):
    s = []
    s.append(PageBreak())
    s += k.contents([("foreword", "A message from your Commissioner"), ("context", "Nottinghamshire today"),
                     ("p1", "My priorities"), ("partners", "Working with partners"),
                     ("measures", "Measuring success"), ("budget", "The policing budget and contact details")],
                    pages)
    s.append(PageBreak())
    s.append(k.H1("A message from your Commissioner"))
    for t in [
        "This is my Police and Crime Plan for Nottingham and Nottinghamshire. It sets out what I expect of "
        "Nottinghamshire Police, what I will fund, and how I will work with councils, health services, the "
        "probation service and the voluntary sector over the next four years.",
        "Over the summer more than 3,000 people told me what mattered to them (illustrative figure). They want "
        "to see officers in their neighbourhoods, they want knife crime and violence against women and girls "
        "taken seriously, and they want something done about dangerous driving on rural roads.",
        "The plan is built on three pillars that run through everything I do: <b>putting victims and communities "
        "first</b>, <b>strengthening our work with partners</b> and <b>effective, resilient policing</b>. Under "
        "them sit seven priorities, each with the things I will do to deliver it.",
        "The Crime and Disorder Act 1998 places a reciprocal duty on me and on the community safety partnerships "
        "of the city and the seven districts to have regard to each other's priorities. I have read every "
        "partnership plan in preparing this one, and I will fund work that helps us both.",
        "Police and Crime Commissioner for Nottinghamshire"]:
        s.append(k.P(t))
    s.append(PageBreak())
    s.append(k.H1("Nottinghamshire today"))
    s.append(k.note("All figures in this plan are illustrative and are not official statistics."))
    s.append(k.tiles([("1.19m", "residents in the city and county"), ("8", "community safety partnerships"),
                      ("101,400", "crimes recorded in a year"), ("31%", "of violent crimes are domestic abuse related"),
                      ("412", "people killed or seriously injured on our roads"), ("2,100", "officers and PCSOs in neighbourhoods")],
                     170 * mm))
    s.append(k.H2("What you told us"))
    s += k.bullets(["More visible neighbourhood policing, especially in villages.",
                    "Speeding and dangerous driving are the concern raised most often in rural areas.",
                    "Knife crime and drug dealing worry parents in the city and the larger towns.",
                    "Women and girls want to feel safe on nights out and on public transport."])
    s.append(k.H2("My previous plan"))
    s.append(k.P("The 2021\u20132025 plan was organised around three themes: <i>preventing crime and protecting "
                 "people from harm</i>, <i>responding efficiently to community needs</i> and <i>supporting victims, "
                 "survivors and communities</i>. This plan keeps what worked and sets sharper priorities."))
    s.append(PageBreak())
    for i, (t, tag, obj) in enumerate(PRIORITIES, start=1):
        s.append(priority_block(k, i, t, tag, obj))
        if i in (2, 4, 6):
            s.append(PageBreak())
    s.append(PageBreak())
    s.append(k.H1("Working with partners"))
    s.append(k.P("Much of this plan can only be delivered with others. I sit on, fund or attend the following "
                 "partnerships; each has plans of its own."))
    s.append(k.table([["Partnership", "Role"],
                      ["Community safety partnerships (Nottingham, Ashfield, Bassetlaw, Broxtowe, Gedling, Mansfield, "
                       "Newark and Sherwood, Rushcliffe)", "Local crime and disorder plans under the 1998 Act"],
                      ["Violence Reduction Partnership", "Serious Violence Duty strategy and funding"],
                      ["Domestic Abuse Local Partnership Board", "Domestic Abuse Act 2021 duties, safe accommodation"],
                      ["Combating Drugs Partnership", "From Harm to Hope delivery"],
                      ["Local Criminal Justice Board", "Courts, victims and witnesses"],
                      ["Reducing Reoffending Board", "IOM, housing and employment on release"],
                      ["Nottinghamshire Road Safety Partnership", "Casualty reduction and enforcement"]],
                     [95 * mm, 75 * mm]))
    s.append(PageBreak())
    s.append(k.H1("Measuring success"))
    s.append(k.table([["Measure", "Direction"],
                      ["Anti-social behaviour incidents", "Down"], ["Knife-enabled offences", "Down"],
                      ["Domestic abuse arrest rate", "Up"], ["Victim satisfaction", "Up"],
                      ["People killed or seriously injured on roads", "Down"], ["Proven reoffending", "Down"],
                      ["999 calls answered in 10 seconds", "90% or more"]], [120 * mm, 50 * mm]))
    s.append(k.P("I will publish a performance report every quarter and an annual report each summer. The "
                 "Police and Crime Panel will scrutinise progress."))
    s.append(PageBreak())
    s.append(k.H1("The policing budget and contact details"))
    s.append(k.table([["2025\u201326 (illustrative)", "\u00a3m"], ["Police officers and staff", "201.4"],
                      ["Commissioned services for victims", "6.2"], ["Crime prevention and community safety grants", "3.1"],
                      ["Estates, fleet and technology", "28.7"], ["Total", "239.4"]], [120 * mm, 50 * mm]))
    s.append(Spacer(1, 10))
    s.append(k.P("Office of the Police and Crime Commissioner, Arnot Hill House, Arnold, Nottingham. "
                 "Email: opcc@nottinghamshire.example \u00b7 Telephone: 0115 000 0000 (illustrative)."))
    return s


def build(root: Path) -> Path:
    return build_pdf(root / OUT, THEME, story, NEEDLES, TITLE, decorate=decorate, cover=cover)
