"""The Mayor's Police and Crime Plan 2026-2030 for the West Midlands (fictional edition): reportlab brochure.

Seven priorities, two a page (P1-P2 p5, P3-P4 p6, P5-P6 p7, P7 p8): each priority is the white text on the blue
panel of a **drawn motorway gantry sign** (a grey steel truss spanning the page on two legs, lane arrows drawn
under the panel, no number).  The numbered objectives "1.1 ..." sit in a tinted panel under each gantry and decide
where topics belong.  Distractors: "What you told us" and the previous plan's aims (p4); the objectives; the
partnership list and the statutory duties; the measures and budget.
"""
from rl_kit import PageBreak, Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, hexc, mm
from west_midlands_metro import rkit
from west_midlands_metro.shared import Art, PLAN_PRIORITIES, put

OBJECTIVES = [
    ["1.1 Cut anti-social behaviour, including nuisance off-road bikes, street drinking and environmental crime "
     "such as fly-tipping, with the seven borough councils.",
     "1.2 Drive down neighbourhood crime: burglary, robbery, vehicle crime and shoplifting.",
     "1.3 Reduce road harm – dangerous driving, speeding and car cruising – with the Safer Roads Partnership "
     "and the fire service.",
     "1.4 Design out crime in new developments and invest in CCTV where the evidence supports it."],
    ["2.1 Reduce knife crime and serious violence with the Violence Reduction Partnership, using a public "
     "health approach: reaching young people after an injury or arrest, and around schools.",
     "2.2 Protect children and vulnerable adults from criminal exploitation, including county lines and "
     "cuckooing.",
     "2.3 Reduce violence linked to the night-time economy and alcohol, with licensing authorities and venues.",
     "2.4 Tackle the organised crime groups that profit from violence."],
    ["3.1 Prevent violence before it starts, through healthy relationships education and challenging "
     "misogyny.",
     "3.2 Identify domestic abuse earlier, including coercive control and economic abuse, abuse of older people, "
     "and its effect on children.",
     "3.3 Pursue perpetrators and fund programmes that change their behaviour.",
     "3.4 Tackle stalking and harassment, and make streets, transport and nights out safe for women and girls."],
    ["4.1 Make sure every victim receives their rights under the Victims' Code, through the Victim Support Hub.",
     "4.2 Commission specialist support for survivors of domestic abuse and sexual violence, including refuges "
     "and other safe accommodation.",
     "4.3 Encourage people to report hate crime, and make sure those targeted get support.",
     "4.4 Protect older and vulnerable people from fraud, scams and doorstep crime.",
     "4.5 Identify and support victims of modern slavery and human trafficking, and bring traffickers to "
     "justice.",
     "4.6 Offer restorative justice to every victim who wants it."],
    ["5.1 Close down drug supply lines and the markets they feed.",
     "5.2 Get more people into drug and alcohol treatment and recovery, including through community sentence "
     "treatment requirements.",
     "5.3 Prevent drug-related deaths, with naloxone carried by officers.",
     "5.4 Reduce alcohol-related harm and disorder."],
    ["6.1 Manage the most prolific offenders through Integrated Offender Management (IOM).",
     "6.2 Help people leaving prison into settled accommodation, training and work.",
     "6.3 Divert children and young people from the justice system, and reduce reoffending by children, with "
     "the youth justice services.",
     "6.4 Support women in contact with the justice system through women's centres."],
    ["7.1 Put more officers back into neighbourhood teams in all seven boroughs.",
     "7.2 Answer 999 and 101 calls quickly and keep victims updated.",
     "7.3 Raise trust and confidence, especially among communities that trust the police least.",
     "7.4 Hold the Chief Constable to account in public, and deal with complaints and misconduct openly."],
]
TAGS = ["Neighbourhoods where people feel safe to live, work and go out.",
        "Fewer lives lost or harmed by violence.",
        "Women and girls safe at home, online and in public.",
        "Victims treated with dignity and helped to cope and recover.",
        "Fewer lives damaged by drugs and alcohol.",
        "Fewer victims because fewer people reoffend.",
        "A force that is there when you need it."]


def gantry(text, st):
    title = ParagraphStyle("g", fontName=st["bold"], fontSize=17, leading=20.5, textColor=colors.white)

    def draw(c, w, h):
        c.saveState()
        c.setFillColor(hexc("#8A8F96"))
        c.rect(4 * mm, 0, 5 * mm, h, stroke=0, fill=1)
        c.rect(w - 9 * mm, 0, 5 * mm, h, stroke=0, fill=1)
        c.rect(0, h - 9 * mm, w, 5 * mm, stroke=0, fill=1)
        c.setStrokeColor(hexc("#6E737A"))
        c.setLineWidth(0.8)
        for x in range(0, int(w), 14):
            c.line(x, h - 9 * mm, x + 7, h - 4 * mm)
        pw, ph = w - 40 * mm, h - 24 * mm
        px, py = 20 * mm, 12 * mm
        c.setFillColor(hexc("#0B3D91"))
        c.setStrokeColor(colors.white)
        c.setLineWidth(2.2)
        c.roundRect(px, py, pw, ph, 3 * mm, stroke=1, fill=1)
        c.setFillColor(hexc("#8A8F96"))
        c.rect(px + 10 * mm, py + ph, 3 * mm, 6 * mm, stroke=0, fill=1)
        c.rect(px + pw - 13 * mm, py + ph, 3 * mm, 6 * mm, stroke=0, fill=1)
        put(c, text, title, px + 7 * mm, py + ph - 6 * mm, pw - 14 * mm)
        c.setFillColor(hexc("#F2B705"))
        for i in range(4):
            x = px + pw * (i + 0.5) / 4
            p = c.beginPath()
            p.moveTo(x - 4, 9 * mm)
            p.lineTo(x + 4, 9 * mm)
            p.lineTo(x + 4, 5 * mm)
            p.lineTo(x + 8, 5 * mm)
            p.lineTo(x, 1 * mm)
            p.lineTo(x - 8, 5 * mm)
            p.lineTo(x - 4, 5 * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.restoreState()
    return Art(48 * mm, draw)


def pri_fn(doc, st, width):
    out = []
    tag = ParagraphStyle("tag", fontName=st["hbold"], fontSize=10.5, leading=13.5, textColor=st["c1"],
                         spaceAfter=3)
    obj = ParagraphStyle("obj", fontName=st["reg"], fontSize=8.6, leading=11.2, spaceAfter=2.5)
    for i, text in enumerate(PLAN_PRIORITIES):
        if i and i % 2 == 0:
            out.append(PageBreak())
        inner = [Paragraph(TAGS[i], tag)] + [Paragraph(o, obj) for o in OBJECTIVES[i]]
        t = Table([[inner]], colWidths=[width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), st["c3"]), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out += [gantry(text, st), Spacer(1, 2 * mm), t, Spacer(1, 7 * mm)]
    return out


DOC = {
    "file": "plan/west_midlands_mayors_police_and_crime_plan_2026-30.pdf",
    "title": "Mayor's Police and Crime Plan for the West Midlands 2026–2030",
    "org": "West Midlands Combined Authority – Mayor's Office for Policing and Crime",
    "cover_lines": ["Police and Crime Plan", "2026–2030"],
    "years": "Safer, fairer West Midlands",
    "theme": dict(c1="#0B3D91", c2="#F2B705", c3="#EEF2F8", font="dejavu", hfont="liberation-serif",
                  header="Mayor's Police and Crime Plan 2026–2030", folio="{n}  ·  wmca.example"),
    "heads": {"fw": "Foreword from the Mayor", "ctx": "The West Midlands today",
              "pri": "Our seven priorities", "del": "Working with partners",
              "gov": "Holding the force to account: measures and money"},
    "foreword": [
        "This is the first Police and Crime Plan written since the Mayor took on the functions of the police and "
        "crime commissioner for the West Midlands. It covers the seven metropolitan boroughs – Birmingham, "
        "Coventry, Dudley, Sandwell, Solihull, Walsall and Wolverhampton – and nearly three million people.",
        "The plan sets seven priorities for West Midlands Police and for the money the Mayor spends on crime "
        "prevention and victims' services. It does not replace the plans of the community safety partnerships "
        "and boards in each borough; it is the frame they can work within.",
        "Under each priority we set out what we will do. Those objectives matter as much as the headings, because "
        "many issues – road harm, hate crime, modern slavery, children being drawn into crime – need more than one "
        "agency, and we have placed each one where we think the work will be led.",
        "Every statistic in this plan is illustrative.",
    ],
    "signed": "The Mayor of the West Midlands",
    "context": {
        "intro": "The West Midlands is the second-largest police force area in England and one of the youngest: "
                 "about a quarter of residents are under 18 (illustrative).",
        "stats": [("2.9m", "residents in seven boroughs"), ("318,000", "crimes recorded in 2024/25"),
                  ("41,000", "ASB incidents reported"), ("52,000", "domestic abuse crimes and incidents"),
                  ("3,100", "knife crimes"), ("64%", "say they trust the police to deal with local issues")],
        "find_head": "What you told us",
        "findings": ["Anti-social behaviour and dangerous driving were the issues most often raised at the "
                     "consultation events held in every borough.",
                     "Women and girls told us they plan their journeys around feeling unsafe.",
                     "Victims want to be kept informed, and to be believed.",
                     "Many people do not know who to call when 101 is busy."],
        "prev_head": "The previous plan",
        "previous": "The 2021–2025 plan was built around six aims: a better police service; crime and "
                    "community safety; violence and exploitation; supporting victims; reducing harm; and "
                    "a police service that reflects its communities. Those aims have now ended.",
    },
    "pri_intro": "Each priority below is followed by the outcome we want and by numbered objectives. The "
                 "objectives decide where each piece of work sits.",
    "delivery": {
        "intro": "The plan will be delivered by West Midlands Police and by partners in every borough. The table "
                 "lists the main partnerships the Mayor's office works with.",
        "head": ["Partnership", "Role", "Links to objectives"],
        "rows": [("Seven community safety partnerships", "Statutory partnerships in each borough", "1.1–1.4, 2.2"),
                 ("Violence Reduction Partnership", "Serious Violence Duty lead for the area", "2.1, 2.3"),
                 ("Domestic abuse partnership boards", "Part 4 safe accommodation duty", "3.2, 4.2"),
                 ("Combating drugs partnerships", "From Harm to Hope delivery", "5.1–5.4"),
                 ("Reducing Reoffending Board", "Probation-led partnership", "6.1, 6.2, 6.4"),
                 ("Youth justice services (x7)", "Statutory youth justice partnerships", "6.3")],
        "pcc_head": "Our statutory duties",
        "pcc": "The Police Reform and Social Responsibility Act 2011 requires a police and crime plan. The Crime "
               "and Disorder Act 1998, the Serious Violence Duty and the Domestic Abuse Act 2021 place duties on "
               "partners that this plan supports. The Strategic Policing Requirement sets national threats the "
               "Chief Constable must also plan for.",
    },
    "gov": {
        "intro": "The Mayor holds the Chief Constable to account at a public Accountability and Governance Board "
                 "every two months, and the Police and Crime Panel scrutinises the Mayor.",
        "paras": ["Budget 2026/27 (illustrative): police grant and precept £812m; Mayor's commissioning "
                  "budget £19.6m, of which £7.1m for victims' services and £4.4m for violence reduction."],
        "head": ["Measure", "Baseline 2024/25", "Direction"],
        "rows": [("ASB incidents", "41,000", "Down"), ("Knife crime", "3,100", "Down"),
                 ("Domestic abuse repeat victims", "29%", "Down"), ("Victim satisfaction", "71%", "Up"),
                 ("Drug-related deaths", "238", "Down"), ("IOM cohort reoffending", "46%", "Down"),
                 ("999 calls answered in 10 seconds", "88%", "Up")],
        "partners": "West Midlands Police; the seven borough councils; West Midlands Fire Service; the "
                    "Probation Service; NHS integrated care boards; Transport for West Midlands; the voluntary "
                    "and community sector.",
    },
    "contact": "Mayor's Office for Policing and Crime · 16 Summer Lane, Birmingham · policing@wmca.example",
}


def build(root):
    return rkit.build(root, DOC, pri_fn)
