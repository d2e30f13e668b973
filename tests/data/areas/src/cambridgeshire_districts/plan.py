"""Police and Crime Plan for Cambridgeshire and Peterborough 2025-2029 (a fictional new edition), reportlab
long-form: a chapter per priority (chapters 4-9), each opening with a "PRIORITY ONE" line and the priority as a
large serif heading, then "What I will do" objectives 1.1 ... and "How I will know"; running header with the
chapter label only; "Page N of M"; footnotes; a landscape budget and measures chapter; two-column 'What you
told us'; appendices with the 2021-2024 plan's priorities and a data annex."""
from __future__ import annotations

import random

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer

from .compose import GLOSSARY, _cover, data_rows
from .longkit import LongDoc, mm
from .prose import para

FILE = "cambridgeshire_peterborough_police_and_crime_plan_2025-29.pdf"

PRIORITIES = [
    ("one", "Safer neighbourhoods, villages and market towns", "Safer places",
     "Crime and disorder that people see and feel where they live, work and travel.",
     ["Work with the six community safety partnerships to tackle anti-social behaviour and neighbourhood crime, "
      "including burglary, vehicle crime and shoplifting.",
      "Protect rural communities from hare coursing, farm and machinery theft, fly-tipping and heritage crime, through "
      "the Rural Crime Action Team.",
      "Protect residents and businesses from fraud, scams and cyber crime, with particular help for older and "
      "vulnerable people.",
      "Make our roads and village streets safer by tackling speeding and anti-social driving, and by supporting "
      "Community Speedwatch."]),
    ("two", "Protecting people from violence and exploitation", "Violence and exploitation",
     "The most serious harms, which fall hardest on the young and the vulnerable.",
     ["Reduce knife crime and serious violence, working with the Serious Violence Duty partners, including violence "
      "in the night-time economy.",
      "Disrupt drug supply, close county lines and protect people whose homes are cuckooed.",
      "Protect children from criminal and sexual exploitation and from serious violence.",
      "Tackle modern slavery, human trafficking and labour exploitation, including in agriculture, food processing "
      "and car washes."]),
    ("three", "Ending violence against women and girls", "Women and girls",
     "Every woman and girl should be safe at home, online and in public.",
     ["Identify domestic abuse earlier and support victims and their children, including through Operation Encompass.",
      "Improve the response to rape, sexual offences and stalking.",
      "Pursue perpetrators and fund perpetrator programmes that change behaviour.",
      "Make public spaces and the night-time economy safer for women and girls."]),
    ("four", "Putting victims first", "Victims",
     "Victims should be believed, informed and supported from the first report to the end of their case.",
     ["Offer every victim support through the Victim and Witness Hub, including victims of violence.",
      "Make sure victims receive their rights under the Victims' Code.",
      "Commission specialist services for victims of domestic abuse and sexual violence, including refuges and other "
      "safe accommodation.",
      "Offer restorative justice to every victim who wants it, including where the offender is a child.",
      "Encourage the reporting of hate crime and support its victims, including through third-party reporting "
      "centres."]),
    ("five", "Cutting reoffending", "Reoffending",
     "Fewer victims in future means fewer people going round the justice system again.",
     ["Manage the most prolific offenders through Integrated Offender Management.",
      "Get more people in contact with the justice system into drug and alcohol treatment, from arrest and court "
      "through to release from prison.",
      "Divert children from the justice system and reduce reoffending by children, with the youth justice services "
      "and Turnaround.",
      "Help people leaving prison or on probation to find a home, training and a job.",
      "Develop a women's justice approach for women in contact with the justice system."]),
    ("six", "A trusted, visible and effective police service", "Your police service",
     "Policing by consent depends on trust, and trust depends on service.",
     ["Keep neighbourhood policing visible and accessible in every district.",
      "Answer 999 and 101 calls promptly, and improve online reporting.",
      "Raise standards of professional behaviour and build a workforce that reflects our communities.",
      "Deliver value for money from every pound of the policing budget."]),
]


def story(d: LongDoc):
    rng = random.Random(4242)
    ctx = dict(place="Cambridgeshire and Peterborough", body="the Commissioner and partners", year="2025")
    S = [NextPageTemplate("front"), PageBreak()]
    S += d.contents()
    S += [NextPageTemplate("body"), PageBreak()] + d.chapter("fw", "", "Foreword from the Commissioner", newpage=False)
    for _ in range(4):
        S.append(d.p(para(rng, ["intro", "partnership"], **ctx)))
    S.append(d.p("<i>Police and Crime Commissioner for Cambridgeshire and Peterborough</i>"))
    S += d.chapter("brief", "", "The plan in brief")
    S.append(d.p("This plan runs from 2025 to 2029. In a sentence each, it is about:"))
    S += d.bullets([f"<b>{short}</b> \u2013 {tag}" for _, _, short, tag, _ in PRIORITIES])
    S.append(d.p(para(rng, ["partnership", "delivery"], **ctx)))
    # 1 introduction
    S += d.chapter("c1", "1.", "Introduction")
    S += d.fn("The Commissioner must issue a police and crime plan and keep it under review.",
              "Police Reform and Social Responsibility Act 2011, sections 5 and 7.")
    S.append(d.p(para(rng, ["intro", "governance"], **ctx)))
    S += d.section("c1.1", "1.1", "My role")
    S.append(d.p(para(rng, ["governance", "partnership"], **ctx)))
    S += d.fn("The Commissioner also commissions victims' services and holds the community safety fund.",
              "Grant funding is set out in the annual commissioning intentions (illustrative).")
    S += d.section("c1.2", "1.2", "How this plan was made")
    S.append(d.p(para(rng, ["consultation", "evidence"], **ctx)))
    S.append(d.p(para(rng, ["intro"], 3, 4, **ctx)))
    # 2 context
    S += d.chapter("c2", "2.", "Cambridgeshire and Peterborough today")
    S.append(d.p(para(rng, "context", **ctx)))
    S.append(d.table(["Figure (illustrative)", "What it shows"],
                     [("905,000", "residents, from the city of Cambridge to the fens"),
                      ("6", "community safety partnerships"), ("2", "prisons: HMP Peterborough and HMP Littlehey"),
                      ("1 in 4", "crimes involve a repeat victim")], [40 * mm, 130 * mm], bold_first=True))
    S += d.section("c2.1", "2.1", "Crime and demand")
    for _ in range(3):
        S.append(d.p(para(rng, ["context", "evidence"], **ctx)))
    S += d.fn("Recorded crime has risen slightly, mostly in violence without injury and shoplifting.",
              "Police recorded crime, three-year trend (illustrative).")
    S += d.section("c2.2", "2.2", "Our communities")
    S.append(d.p(para(rng, ["context", "equality"], **ctx)))
    S.append(d.p(para(rng, "context", **ctx)))
    # 3 what you told us (two columns)
    S += [NextPageTemplate("two"), PageBreak()] + d.chapter("c3", "3.", "What you told us", newpage=False)
    for _ in range(3):
        S.append(d.p(para(rng, "consultation", **ctx)))
    S.append(Paragraph("The issues residents raised most often", d.st["h3"]))
    S += d.bullets(["Speeding and anti-social driving", "Anti-social behaviour", "Drug dealing", "Visible policing",
                    "Fraud and scams", "Safety of women at night"])
    for _ in range(3):
        S.append(d.p(para(rng, ["consultation", "evidence"], **ctx)))
    # 4-9 priorities
    big = ParagraphStyle("pp", fontName=d.hb, fontSize=24, leading=29, textColor=d.c1, spaceAfter=8)
    tagst = ParagraphStyle("tg", parent=d.st["p"], fontName=d.fr, fontSize=11, leading=15, textColor=d.c2)
    lab = ParagraphStyle("lab", fontName=d.fb, fontSize=9, leading=12, textColor=d.c2)
    obj = ParagraphStyle("obj", parent=d.st["p"], leftIndent=24, bulletIndent=0)
    for i, (word, text, short, tag, objectives) in enumerate(PRIORITIES, 1):
        n = i + 3
        d.toc.append((0, f"{n}. Priority {word}: {text}", f"c{n}"))
        S += [NextPageTemplate("body"), PageBreak()] + d.chapter(f"c{n}", f"{n}.", f"Priority {word}", newpage=False,
                                                                  toc=False)
        S += [Paragraph(f"PRIORITY {word.upper()}", lab), Paragraph(text, big), Paragraph(tag, tagst)]
        S.append(d.p(para(rng, ["evidence", "context"], 3, 4, **ctx)))
        S.append(Paragraph("What I will do", d.st["h2"]))
        for k, o in enumerate(objectives, 1):
            S.append(Paragraph(o, obj, bulletText=f"{i}.{k}"))
        S.append(Paragraph("How I will know", d.st["h2"]))
        S.append(d.p(para(rng, "measures", 3, 4, **ctx)))
        S.append(d.p(para(rng, ["partnership"], 3, 4, **ctx)))
    # 10 partnership
    S += [NextPageTemplate("body"), PageBreak()] + d.chapter("c10", "10.", "Working in partnership", newpage=False)
    S.append(d.p(para(rng, "partnership", **ctx)))
    S.append(d.table(["Partnership", "Area", "Strategy"],
                     [("Cambridge Community Safety Partnership", "Cambridge", "2025\u20132028"),
                      ("East Cambridgeshire Community Safety Partnership", "East Cambridgeshire", "2025\u20132028"),
                      ("Fenland Community Safety Partnership", "Fenland", "2025\u20132028"),
                      ("Huntingdonshire Community Safety Partnership", "Huntingdonshire", "2025\u20132028"),
                      ("South Cambridgeshire Community Safety Partnership", "South Cambridgeshire", "2025\u20132028"),
                      ("Safer Peterborough Partnership", "Peterborough", "2025\u20132028"),
                      ("Domestic Abuse and Sexual Violence Partnership", "County-wide", "2025\u20132030"),
                      ("Serious Violence Duty partnership", "County-wide", "2025\u20132030"),
                      ("Combating Drugs and Alcohol Partnership", "County-wide", "2025\u20132028"),
                      ("Reducing Reoffending Board", "County-wide", "2025\u20132028")],
                     [80 * mm, 50 * mm, 40 * mm], bold_first=True))
    S.append(d.p(para(rng, ["partnership", "governance"], **ctx)))
    # 11 national threats
    S += d.chapter("c11", "11.", "National responsibilities")
    S += d.fn("The Chief Constable must also plan for threats that cross force boundaries, which the Home Secretary "
              "sets out in the Strategic Policing Requirement.", "Strategic Policing Requirement, Home Office, 2023.")
    S.append(Paragraph("Strategic Policing Requirement: national threats", d.st["h3"]))
    S += d.bullets(["Terrorism", "Serious and organised crime", "A national cyber event", "Child sexual abuse",
                    "Public disorder", "Civil emergencies", "Violence against women and girls"])
    S.append(d.p(para(rng, "governance", 3, 4, **ctx)))
    # 12 resources and measures (landscape)
    S += [NextPageTemplate("land"), PageBreak()] + d.chapter("c12", "12.", "Resources and measures", newpage=False)
    S.append(d.p("The policing budget for 2025/26 and the measures the Commissioner will publish each quarter. All "
                 "figures are illustrative."))
    rows = []
    for short in [p[2] for p in PRIORITIES]:
        for m in range(3):
            rows.append((short, rng.choice(["Recorded crime", "Survey", "Victim satisfaction", "Outcome rate",
                                            "Partner data", "Call handling"]) + f" measure {m + 1}",
                         f"{rng.randint(20, 90)}%", rng.choice(["Up", "Down", "Stable"]), "Quarterly"))
    S.append(d.table(["Area of the plan", "Measure", "Baseline", "Direction", "Reported"], rows,
                     [60 * mm, 90 * mm, 30 * mm, 30 * mm, 40 * mm]))
    S.append(Spacer(1, 6))
    S.append(d.table(["Budget line", "2025/26 (\u00a3m, illustrative)"],
                     [("Police grant and precept", "198.4"), ("Commissioning: victims' services", "3.9"),
                      ("Commissioning: community safety fund", "1.2"), ("Office of the Commissioner", "1.4")],
                     [150 * mm, 60 * mm]))
    # 13 accountability
    S += [NextPageTemplate("body"), PageBreak()] + d.chapter("c13", "13.", "Holding the police to account",
                                                              newpage=False)
    for _ in range(3):
        S.append(d.p(para(rng, "governance", **ctx)))
    # appendices
    S += d.chapter("apA", "Appendix A", "The 2021\u20132024 plan")
    S.append(d.p("My predecessor's plan had four priorities:"))
    S.append(d.table(["Priority 2021\u20132024", "Carried into this plan as"],
                     [("Victims", "Putting victims first"), ("Offenders", "Cutting reoffending"),
                      ("Communities", "Safer neighbourhoods, and violence and exploitation"),
                      ("Police service", "A trusted, visible and effective police service")],
                     [70 * mm, 100 * mm], bold_first=True))
    S.append(d.p(para(rng, ["evidence"], 3, 4, **ctx)))
    S += d.chapter("apB", "Appendix B", "Data annex")
    rows = []
    for ind, src in data_rows(["Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire",
                               "Peterborough"], per_ward=("All recorded crime", "Anti-social behaviour incidents")):
        v = rng.randint(100, 9000)
        rows.append((ind, f"{v:,}", f"{int(v * rng.uniform(.85, 1.15)):,}", src))
    S.append(d.p("All figures are illustrative."))
    S.append(d.table(["Indicator", "2022/23", "2023/24", "Source"], rows, [80 * mm, 25 * mm, 25 * mm, 40 * mm]))
    S += d.chapter("gl", "", "Glossary")
    S.append(d.table(["Term", "Meaning"], sorted(GLOSSARY + [
        ("Precept", "The part of council tax that funds policing."),
        ("Victims' Code", "The Code of Practice for Victims of Crime in England and Wales.")]),
                     [42 * mm, 128 * mm], bold_first=True, zebra=False))
    S += d.chapter("ct", "", "Contact the Commissioner")
    S.append(d.p("Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough (illustrative "
                 "address). Email: enquiries@cambs-pcc.example"))
    return S


def build(out_root):
    path = out_root / "plan" / FILE
    doc = LongDoc(dict(path=path, title="Police and Crime Plan for Cambridgeshire and Peterborough 2025\u20132029",
                       short="Police and Crime Plan 2025\u20132029", author="Police and Crime Commissioner",
                       org="Police and Crime Commissioner for Cambridgeshire and Peterborough",
                       cover_title="Police and Crime Plan", years="2025\u20132029", body_font="dejavu",
                       head_font="liberation-serif", c1="#102a5c", c2="#b8860b", c3="#e8edf6", header="rule",
                       footer="Page {n} of {m}", footer_pos="outer", contents="dots", cover="block", fn_reserve=16,
                       size=9.8, justify=True))
    doc.build(story, _cover)
    return path
