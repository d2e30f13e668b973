"""Sussex Police and Crime Plan 2025-2029 (fictional new edition): four pillars, nine priorities.

House style: reportlab brochure, DejaVu Sans body with Liberation Serif headings, deep teal and amber.  Each
pillar has a page of its own (pp5-8): a teal band "PILLAR n" with the pillar's name, then its priorities as
rows of a two-column table, a narrow amber cell "PRIORITY n" beside a cell holding the priority in bold serif,
an italic line and the numbered objectives "n.1 ...".  The gold priorities are the nine priorities, not the pillars.
"""
from __future__ import annotations

from pathlib import Path

from rl_kit import Paragraph, ParagraphStyle, Spacer, Table, TableStyle, colors, hexc, mm
from sussex_districts import kit_rl
from sussex_districts.work import ILLUS

OUT = "plan/sussex_police_and_crime_plan_2025-29.pdf"
TEAL, AMBER = "#0f4c5c", "#e0a100"

PILLARS = [
    ("Strengthen local policing", "Communities told us they want to see officers and know who to call.", [
        ("Safer neighbourhoods, towns and villages", "Local crime dealt with locally, with the councils and partners.", [
            "Work with the councils and community safety partnerships on anti-social behaviour hotspots, including "
            "street drinking and ASB by young people, and make the ASB case review well known.",
            "Bear down on burglary, vehicle crime, shop theft and crime against businesses.",
            "Tackle rural, farm, heritage and wildlife crime with the Rural Crime Team.",
            "Keep town centres and the night-time economy safe for everyone who uses them.",
        ]),
        ("Making Sussex's roads safer", "Fewer people killed or seriously injured on our roads.", [
            "Expand Operation Crackdown and Community Speedwatch, so residents can report dangerous driving.",
            "Enforce against the 'fatal four': speeding, drink and drug driving, phones and seat belts.",
            "Fund road safety education with the fire and rescue services and the highway authorities, with a "
            "focus on rural roads.",
        ]),
    ]),
    ("Fight crime and prevent harm", "The harms that do the most damage get the most attention.", [
        ("Reducing serious violence and knife crime", "Fewer lives lost or changed by violence.", [
            "Support the Sussex Violence Reduction Partnership and the Serious Violence Duty partners.",
            "Take knives off the streets: weapons sweeps, knife arches and surrender bins.",
            "Fund early help for children and young people at risk of violence.",
        ]),
        ("Disrupting organised crime and exploitation", "Criminal networks pursued; the people they use protected.", [
            "Close county lines and street drug markets and pursue the people who run them.",
            "Protect children from criminal exploitation and vulnerable adults from cuckooing.",
            "Find and free victims of modern slavery and human trafficking.",
            "Take criminal assets and reinvest them in communities.",
        ]),
        ("Ending violence against women and girls", "Sussex a place where women and girls are and feel safe.", [
            "Identify domestic abuse earlier, in towns and rural areas alike, and act on it.",
            "Improve the response to rape, sexual offences and stalking.",
            "Fund perpetrator programmes that change behaviour.",
            "Commission safe accommodation and specialist support for survivors and their children.",
            "Make streets, parks, transport and nights out safer for women and girls.",
        ]),
    ]),
    ("Put victims first and reduce reoffending", "Victims supported, and fewer victims in future.", [
        ("Supporting victims and witnesses", "Every victim offered the help they need, when they need it.", [
            "Commission victim services through Safe:Space Sussex and hold agencies to the Victims' Code.",
            "Support victims of hate crime and help partners calm community tensions.",
            "Protect older and vulnerable people from fraud and scams, and support those who lose money.",
            "Support witnesses through court and reduce the time cases take.",
        ]),
        ("Reducing reoffending", "Break the cycle that creates the next victim.", [
            "Manage prolific offenders through Integrated Offender Management.",
            "Help people leaving prison into settled housing, training and work.",
            "Reduce the harm drugs and alcohol cause: more people who offend in treatment, and, with the "
            "Combating Drugs Partnerships, fewer drug and alcohol-related deaths.",
            "With the youth justice services, divert children from crime and reduce reoffending by children.",
        ]),
    ]),
    ("Improve access and public confidence", "A police service that answers, listens and can be trusted.", [
        ("Making it easier to contact Sussex Police", "Calls answered and reports taken the way people choose.", [
            "Answer 999 and 101 calls faster, and keep callers updated.",
            "Grow online and webchat reporting, with Easy Read and community-language information.",
        ]),
        ("A police service the public can trust", "High standards, seen to be upheld.", [
            "Scrutinise stop and search, use of force and complaints through public panels.",
            "Support robust vetting and professional standards, and the wellbeing of officers and staff.",
        ]),
    ]),
]


def cover(c, W, H, meta):
    c.setFillColor(hexc(TEAL))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(hexc(AMBER))
    for k in range(7):
        c.setLineWidth(1.2 + k * 0.4)
        p = c.beginPath()
        y = 70 * mm + k * 11 * mm
        p.moveTo(0, y)
        p.curveTo(W * 0.3, y + 30 * mm, W * 0.6, y - 22 * mm, W, y + 14 * mm)
        c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont("LiberationSerif-Bold", 34)
    c.drawString(22 * mm, H - 70 * mm, "Police and")
    c.drawString(22 * mm, H - 84 * mm, "Crime Plan")
    c.setFont("DejaVuSans", 16)
    c.drawString(22 * mm, H - 98 * mm, "Sussex  |  2025\u20132029")
    c.setFont("DejaVuSans", 10)
    c.drawString(22 * mm, 30 * mm, "Office of the Sussex Police and Crime Commissioner")
    c.drawString(22 * mm, 24 * mm, "Four pillars. Nine priorities. One plan for a safer Sussex.")


def pillar_page(n, name, intro, pris, first, h):
    band = ParagraphStyle("band", fontName="LiberationSerif-Bold", fontSize=21, leading=25, textColor=colors.white)
    tag = ParagraphStyle("tagb", fontName="DejaVuSans", fontSize=8.5, leading=11, textColor=hexc(AMBER))
    it = ParagraphStyle("it", fontName="DejaVuSans", fontSize=9, leading=12, textColor=hexc("#cfe3e8"))
    t = Table([[[Paragraph(f"PILLAR {n}", tag), Paragraph(name, band), Paragraph(intro, it)]]],
              colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc(TEAL)), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                           ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
    out = [("flow", [t, Spacer(1, 10)])]
    lab = ParagraphStyle("lab", fontName="DejaVuSans-Bold", fontSize=8, leading=10, textColor=hexc("#3b2a00"))
    big = ParagraphStyle("big", fontName="LiberationSerif-Bold", fontSize=15.5, leading=18.5,
                         textColor=hexc(TEAL), spaceAfter=3)
    ital = ParagraphStyle("ital", parent=h.p, fontName="DejaVuSans", textColor=hexc("#555555"), fontSize=8.8)
    obj = ParagraphStyle("obj", parent=h.p, fontSize=8.8, leading=11.6, leftIndent=22, firstLineIndent=-22,
                         spaceAfter=2.5)
    rows = []
    for k, (title, line, objs) in enumerate(pris):
        num = first + k
        cell = [Paragraph(title, big), Paragraph(f"<i>{line}</i>", ital),
                Paragraph("<b>What we will do</b>", obj)]
        cell += [Paragraph(f"{num}.{j}&nbsp;&nbsp;{o}", obj) for j, o in enumerate(objs, 1)]
        rows.append([Paragraph(f"PRIORITY {num}", lab), cell])
    tb = Table(rows, colWidths=[26 * mm, 144 * mm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, -1), hexc(AMBER)),
                            ("LINEBELOW", (0, 0), (-1, -2), 6, colors.white),
                            ("BACKGROUND", (1, 0), (1, -1), hexc("#f3f7f8")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 8),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    out.append(("flow", tb))
    return out


def build(root: Path) -> Path:
    h = kit_rl.House(body="dejavu", head="liberation-serif", size=9.2, main=TEAL, accent=AMBER, tint="#eaf2f4",
                     header="Sussex Police and Crime Plan 2025\u20132029", folio="{n}", folio_pos="right",
                     cover=cover)
    pages = []
    pages.append([
        ("h1", "Foreword"),
        ("p", "This is my second Police and Crime Plan for Sussex. It sets out what I will expect of Sussex Police "
              "over the next four years, what I will fund and how I will hold the Chief Constable to account on your "
              "behalf. It is shorter than the last plan, because you told me that a plan with too many priorities "
              "is a plan with none."),
        ("p", "The plan is built on four pillars. Each pillar holds two or three priorities, and each priority has "
              "a small number of commitments that say what will actually be done. The pillars are how I will "
              "report to the Police and Crime Panel; the priorities are what partners, the force and my office "
              "will be measured against."),
        ("p", "Policing cannot do this alone. Community safety partnerships in Brighton and Hove and in every "
              "district and borough of East and West Sussex, the county-wide boards for domestic abuse, drugs, "
              "serious violence and youth justice, and the voluntary sector all hold part of the answer. I have "
              "read their plans, and this one is written to sit alongside them."),
        ("p", "I want every resident to see the difference: an officer who knows their area, a call answered, a "
              "victim supported and an offender who does not offend again."),
        ("small", "Sussex Police and Crime Commissioner"),
        ("h2", "Our values"),
        ("bul", ["Listening to residents, victims and partners before we decide.",
                 "Spending public money where it makes the most difference.",
                 "Being open about what is working and what is not."]),
    ])
    pages.append([
        ("h1", "About this plan"),
        ("h2", "How the plan is built"),
        ("p", "Four pillars, each with its own page, group nine priorities. Under every priority are numbered "
              "commitments. The Police and Crime Act 2011 requires me to issue a plan and to have regard to the "
              "Strategic Policing Requirement; the plan also reflects the Serious Violence Duty and the national "
              "Tackling Domestic Abuse Plan."),
        ("h2", "What you told us"),
        ("p", "More than 4,100 people answered the 2024 Police and Crime Plan survey (illustrative figure). The "
              "concerns raised most often were:"),
        ("tiles", [("61%", "anti-social behaviour"), ("54%", "speeding and dangerous driving"),
                   ("47%", "drug dealing"), ("39%", "visible policing"), ("33%", "fraud and scams"),
                   ("28%", "knife crime")], 3),
        ("small", ILLUS),
        ("h2", "The 2021\u20132024 plan"),
        ("p", "The previous plan had four priorities, which this plan replaces:"),
        ("bul", ["Strengthening local policing and tackling crime",
                 "Preventing harm and protecting the vulnerable",
                 "Supporting victims",
                 "Improving access to policing services"]),
        ("p", "Its evaluation found strong progress on visible policing and the 101 service, and less on "
              "reoffending and on reporting routes for rural communities."),
    ])
    first = 1
    for n, (name, intro, pris) in enumerate(PILLARS, 1):
        pages.append(pillar_page(n, name, intro, pris, first, h))
        first += len(pris)
    pages.append([
        ("h1", "Working with partners"),
        ("p", "Much of what this plan commits to is delivered with partners. I sit on or fund the following:"),
        ("table", [["Partnership", "Where", "Links to"],
                   ["Community safety partnerships (13)", "Brighton and Hove and every district and borough",
                    "Pillars 1 and 2"],
                   ["Sussex Violence Reduction Partnership", "Pan-Sussex", "Pillar 2"],
                   ["Combating Drugs Partnerships", "Brighton and Hove, East Sussex, West Sussex", "Pillars 2 and 3"],
                   ["Domestic abuse partnership boards", "Brighton and Hove, East Sussex, West Sussex", "Pillar 2"],
                   ["Youth justice management boards", "Three local authority areas", "Pillar 3"],
                   ["Sussex Criminal Justice Board", "Pan-Sussex", "Pillar 3"]], [0.42, 0.38, 0.2]),
        ("h2", "How we will measure progress"),
        ("table", [["Measure", "Baseline 2024", "Direction"],
                   ["Residents who feel safe after dark in their area", "68%", "Up"],
                   ["People killed or seriously injured on roads", "812", "Down"],
                   ["Knife-enabled offences", "1,040", "Down"],
                   ["Victims satisfied with the service", "71%", "Up"],
                   ["101 calls answered within 5 minutes", "64%", "Up"]], [0.6, 0.2, 0.2]),
        ("small", ILLUS),
    ])
    pages.append([
        ("h1", "Budget and accountability"),
        ("p", "The police budget for 2025/26 is \u00a3420 million (illustrative). My office's commissioning budget "
              "of \u00a38.9 million (illustrative) funds victim services, violence reduction, road safety and "
              "community safety grants to the partnerships."),
        ("table", [["Commissioning area", "2025/26 (illustrative)"],
                   ["Victim services and Safe:Space Sussex", "\u00a34.1m"],
                   ["Violence reduction and early help", "\u00a31.9m"],
                   ["Community safety grants", "\u00a31.3m"],
                   ["Road safety", "\u00a30.6m"],
                   ["Reducing reoffending", "\u00a31.0m"]], [0.7, 0.3]),
        ("h2", "Holding the Chief Constable to account"),
        ("p", "Performance against each pillar is reported to the Police and Crime Panel twice a year and "
              "examined in public at my Performance and Accountability Meetings, which are webcast."),
        ("h2", "Contact"),
        ("p", "Office of the Sussex Police and Crime Commissioner, Sackville House, Lewes. "
              "pcc@sussex-pcc.example. Telephone 01273 000000 (illustrative)."),
    ])
    contents = [("Foreword", 3, 0), ("About this plan", 4, 0)]
    first = 1
    for n, (name, _, pris) in enumerate(PILLARS, 1):
        contents.append((f"Pillar {n}: {name}", 4 + n, 0))
    contents += [("Working with partners", 9, 0), ("Budget and accountability", 10, 0)]
    out = root / OUT
    kit_rl.build(out, "Sussex Police and Crime Plan 2025\u20132029", "Sussex Police and Crime Commissioner", h,
                 contents, pages)
    return out
