"""Police and Crime Plan for Avon and Somerset 2025-2029 (a fictional edition): HTML printed by Chromium.

A long plan (17 pages).  The seven priorities are stated once, on p8, as the first column of **"The plan
framework" table**: Priority | What it covers (objective numbers) | Where to read more ("Chapter N, page X").
Each priority is then discussed at length in a chapter of its own (pp9-15), headed only by a short chapter name
("Chapter 1 - Violence") and holding the numbered objectives "1.1 ...", which decide what each priority covers.
Distractors: the previous plan's four priorities (p16), "What you told us" (p5), the principles (p6), the national
policing measures (p7), the partnership list (p16) and the budget (p17).
"""
from avon_somerset_districts.kit import build as kbuild, esc

FILE = "plan/avon_and_somerset_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Avon and Somerset 2025–2029"

PRIORITIES = [  # (priority, short chapter name, objectives)
    ("Preventing serious violence", "Violence", [
        "Cut knife crime and serious youth violence, working with the Violence Reduction Partnership and the "
        "partnerships that carry the Serious Violence Duty.",
        "Close county lines and disrupt the supply of drugs into our towns and cities.",
        "Protect children and adults at risk from criminal and sexual exploitation, including cuckooing.",
        "Reduce violence and disorder linked to the night-time economy, with licensing authorities and venues."]),
    ("Tackling violence against women and girls", "Women and girls", [
        "Respond well to domestic abuse, including children who live with it, and make full use of protection "
        "orders.",
        "Improve the investigation of rape and serious sexual offences and the number of cases that reach court.",
        "Take stalking and harassment seriously from the first report.",
        "Challenge and change the behaviour of perpetrators through accredited programmes.",
        "Make streets, parks, public transport and nights out safe for women and girls."]),
    ("Reducing anti-social behaviour and neighbourhood crime", "Neighbourhoods", [
        "Solve persistent anti-social behaviour with partners, and use the ASB case review so that repeat victims "
        "are heard.",
        "Reduce burglary, vehicle crime and shop theft.",
        "Tackle rural, wildlife and heritage crime, including the theft of farm machinery and hare coursing."]),
    ("Putting victims and survivors first", "Victims", [
        "Give every victim care that meets their needs through the victim care hub.",
        "Fund specialist support for survivors of domestic abuse and sexual violence, including independent "
        "advisers and safe accommodation.",
        "Identify and support victims of modern slavery and human trafficking, and work with partners to disrupt "
        "the people who exploit them.",
        "Support victims of fraud, scams and doorstep crime, especially older and isolated people.",
        "Make sure victims receive their rights under the Victims' Code and can take part in restorative justice."]),
    ("Breaking the cycle of reoffending", "Reoffending", [
        "Manage the people who cause most harm through integrated offender management.",
        "Help people leaving prison into settled housing and work, with a women's justice pathway that diverts "
        "women from custody.",
        "Get people whose offending is driven by drugs or alcohol into treatment and recovery, working with the "
        "combating drugs partnerships to reduce drug-related deaths and to help people in recovery into housing "
        "and work.",
        "Divert children away from the criminal justice system and reduce reoffending by children, with the youth "
        "justice services."]),
    ("Building trust and confidence in policing", "Trust", [
        "Keep neighbourhood policing visible, local and easy to contact.",
        "Deliver the Police Race Action Plan and open stop and search and use of force to community scrutiny.",
        "Encourage people to report hate crime and online hate, and respond to it with partners.",
        "Handle complaints fairly and quickly, and publish what we learn."]),
    ("A modern and efficient police service", "The force", [
        "Recruit, develop and keep a workforce that reflects our communities.",
        "Invest in technology that frees officers' time and answers calls faster.",
        "Get value for money from the budget and the police estate."]),
]


def framework_html(spec):
    pages = spec["_pages"]
    out = ['<p>The plan has seven priorities. The table shows what each one covers and where it is explained; '
           'the objectives in each chapter are the commitments the Commissioner will hold the Chief Constable and '
           'partners to.</p><table class="fw"><tr><th style="width:46%">Priority</th><th>What it covers</th>'
           '<th style="width:22%">Where to read more</th></tr>']
    for i, (pri, short, objs) in enumerate(PRIORITIES, 1):
        out.append(f'<tr><td class="p">{esc(pri)}</td><td>Objectives {i}.1 to {i}.{len(objs)}</td>'
                   f'<td>Chapter {i}, page {pages.get(f"c{i}", 0)}</td></tr>')
    out.append("</table>")
    out.append('<p class="note">The chapter titles are short names for the priorities.</p>')
    return "".join(out)


def chapter(i):
    pri, short, objs = PRIORITIES[i - 1]
    html = (f'<div class="kick">Priority {i} of 7</div><ol class="obj">' +
            "".join(f'<li><span class="n">{i}.{k}</span> {esc(o)}</li>' for k, o in enumerate(objs, 1)) + "</ol>")
    return html


INTRO = {
    1: ["Serious violence does the most harm of any crime and its effects are felt for years. Most of it is "
        "concentrated in a few places and among a small number of young people, as victims and as offenders.",
        "The Commissioner funds the Violence Reduction Partnership and will ask every partnership to show how its "
        "work reduces violence, including where young people are exploited by those who run drug lines."],
    2: ["Violence against women and girls is a national emergency and a local one. Abuse happens in homes, online "
        "and in public places, and too few survivors see their abuser brought to justice.",
        "This chapter is about the police and justice response; the support that survivors receive is in "
        "Chapter 4."],
    3: ["Anti-social behaviour and neighbourhood crime are what residents raise most often. They are rarely solved "
        "by the police alone, and the best results come from officers, councils and housing providers working a "
        "problem together."],
    4: ["Victims need to be believed, kept informed and supported to cope and recover, whether or not they report "
        "to the police. The Commissioner commissions most victim services in the force area."],
    5: ["A small number of people commit a large share of crime. Stable housing, work and treatment make the "
        "biggest difference to whether they offend again, and the Commissioner co-chairs the Reducing Reoffending "
        "Board."],
    6: ["Policing works only with public consent. Confidence in the police has fallen, and it is lower among some "
        "communities, including Black and minoritised residents."],
    7: ["Every pound must work hard. The force has to plan for rising demand, new technology and a changing "
        "workforce."],
}


def spec():
    secs = [
        ("fw", "A message from the Commissioner", [
            ("p", "This is my plan for policing and community safety in Avon and Somerset for the next four years. "
                  "It sets out what I expect the Chief Constable to deliver and what I will do with partners: the "
                  "councils, the NHS, probation, fire and rescue, the voluntary sector and the community safety "
                  "partnerships in Bristol, Bath and North East Somerset, North Somerset, South Gloucestershire and "
                  "Somerset."),
            ("p", "I have listened to more than 6,000 residents (illustrative), to victims and to the people who work "
                  "on the front line. The plan keeps the best of the last one and is more precise about what we will "
                  "do."),
            ("p", "I will publish an annual report and hold the Chief Constable to account in public at the "
                  "Police and Crime Board."),
            ("sign", "Police and Crime Commissioner for Avon and Somerset")]),
        ("ctx", "Avon and Somerset today", [
            ("p", "Avon and Somerset covers 1,845 square miles, from the cities of Bristol and Bath to the coast, the "
                  "Mendips and the Somerset Levels. The figures below are illustrative and are not official "
                  "statistics."),
            ("stats", [("1.8m", "residents"), ("148,000", "crimes recorded in 2024/25"),
                       ("41,000", "anti-social behaviour incidents"), ("31,000", "domestic abuse crimes and incidents"),
                       ("1,150", "knife crime offences"), ("2,900", "officers and staff in neighbourhood teams")]),
            ("p", "Crime is highest in the centres of Bristol, Bath, Weston-super-Mare and Taunton, but rural "
                  "communities report that they feel forgotten.")]),
        ("told", "What you told us", [
            ("p", "Our consultation asked residents what worried them most. Their top answers were (illustrative):"),
            ("ol", ["Anti-social behaviour in their street or town centre", "Drug dealing in their area",
                    "Not seeing police officers locally", "Women's safety at night",
                    "Not being kept informed after reporting a crime"]),
            ("p", "These are residents' concerns, not the plan's priorities; each one is picked up in a chapter.")]),
        ("prin", "How we will work", [
            ("p", "Five principles run through everything in the plan:"),
            ("ul", ["Prevention first: stop harm before it happens.", "Led by evidence: use data and test what "
                    "works.", "Fair for everyone: tackle disproportionality.", "In partnership: no agency can do "
                    "this alone.", "Open and accountable: publish what we do and how well we do it."])]),
        ("nat", "The national picture", [
            ("p", "The Government expects every force to contribute to its national priorities and to the Strategic "
                  "Policing Requirement. They are national measures, not the priorities of this plan:"),
            ("ul", ["Reduce murder and other homicide", "Reduce serious violence", "Disrupt drugs supply and county "
                    "lines", "Reduce neighbourhood crime", "Improve satisfaction among victims",
                    "Tackle cyber crime"]),
            ("p", "The Strategic Policing Requirement covers terrorism, serious and organised crime, public disorder, "
                  "civil emergencies, child sexual abuse and national cyber incidents.")]),
        ("fwk", "The plan framework", [("custom", {"html": framework_html})]),
    ]
    for i, (pri, short, objs) in enumerate(PRIORITIES, 1):
        blocks = [("p", t) for t in INTRO[i]] + [("custom", {"html": (lambda s, i=i: chapter(i))})]
        blocks.append(("p", "We will report progress on these objectives to the Police and Crime Panel every six "
                            "months."))
        secs.append((f"c{i}", f"Chapter {i} – {short}", blocks))
    secs += [
        ("part", "Working with partners", [
            ("p", "Much of this plan is delivered through partnerships. The Commissioner sits on or funds:"),
            ("ul", ["the five community safety partnerships (Bristol, Bath and North East Somerset, North Somerset, "
                    "South Gloucestershire and Somerset)", "the Violence Reduction Partnership",
                    "the Violence Against Women and Girls Strategic Board", "the combating drugs partnerships",
                    "the Reducing Reoffending Board", "the Anti-Slavery Partnership",
                    "the Local Criminal Justice Board"]),
            ("h", "Our previous plan"),
            ("p", "The 2021–2025 plan had four priorities: Preventing and fighting crime; Supporting communities, "
                  "victims and partners; An efficient and effective force; and Confidence in the police and the "
                  "justice system. This plan replaces them.")]),
        ("bud", "Budget and accountability", [
            ("table", [["2025/26 (illustrative)", "£m"], ["Police grant and council tax precept", "402.6"],
                       ["Commissioned services for victims", "9.8"], ["Violence Reduction Partnership", "3.1"],
                       ["Community safety grants to partnerships", "1.6"]], [0.75, 0.25]),
            ("p", "Figures are illustrative. Contact: opcc@avonandsomerset-pcc.example")]),
    ]
    return dict(file=FILE, stem="plan", producer="html", title=TITLE, author="Office of the Police and Crime "
                "Commissioner for Avon and Somerset", org="Police and Crime Commissioner for Avon and Somerset",
                running="Police and Crime Plan 2025–2029", cover=["Police and Crime Plan", "2025–2029"],
                cover_sub="Safer, fairer Avon and Somerset", colours=("#1B2A5C", "#2E8B9A", "#E6EEF5"),
                font="DejaVu Sans", pagefmt='counter(page) " / Police and Crime Plan"',
                css="""
table.fw { border-collapse: collapse; width: 100%; margin: 4mm 0; font-size: 9.5pt; }
table.fw th { background: #1B2A5C; color: #fff; text-align: left; padding: 2mm 3mm; }
table.fw td { border-bottom: 1.2px solid #9FB6CF; padding: 3.4mm 3mm; vertical-align: top; }
table.fw td.p { font-size: 12.5pt; font-weight: 700; color: #1B2A5C; line-height: 1.25; }
.kick { font-size: 8pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #2E8B9A; margin: 4mm 0 2mm 0; }
ol.obj { list-style: none; padding-left: 0; } ol.obj li { margin-bottom: 2.5mm; padding-left: 11mm; text-indent: -11mm; }
ol.obj .n { display: inline-block; width: 11mm; text-indent: 0; font-weight: 700; color: #2E8B9A; }
""", sections=secs)


def build(root):
    return kbuild(spec(), root)
