"""Leicester, Leicestershire and Rutland Police and Crime Plan 2025-2029 (fictional new edition).

reportlab brochure. A "plan on a page" summary (p4, a distractor); the seven priorities are stated on
pp6-9 as bold headings in "priority bars" beside a numbered disc, each followed by its numbered
objectives, which decide where topics belong.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
from .kit import (ILLUS, P, Spacer, Table, TableStyle, build_rl, colors, contents, grid_table, hexc, mm,
                  section, styles, tiles, wrap_lines, draw_lines)
from rl_kit import A4

OUT = "plan/llr_police_and_crime_plan_2025-29.pdf"
T = {"main": "#14345C", "acc": "#C8102E", "pale": "#E8EEF5", "font": "liberation-sans", "hfont": "dejavu",
     "h1": 19}

PRIORITIES = [
    ("Visible neighbourhood policing in every community",
     "Officers people know, in the places people go.",
     ["1.1 Named neighbourhood officers and PCSOs for every ward and parish, with the time to solve local problems.",
      "1.2 Anti-social behaviour, including off-road bikes and nuisance vehicles, dealt with quickly and firmly.",
      "1.3 Shop theft, business crime, town centres and the night-time economy, with the district councils.",
      "1.4 Hate crime and community cohesion: every community confident to report and be heard.",
      "1.5 Burglary, robbery and vehicle crime brought down, with repeat victims protected."]),
    ("Protecting rural communities",
     "The same service in the villages as in the city.",
     ["2.1 Dedicated rural crime teams tackling theft of farm machinery, vehicles and livestock.",
      "2.2 Rural and environmental crime, including fly-tipping and hare coursing, with councils and landowners.",
      "2.3 Speeding, anti-social driving and road safety on rural roads and in villages, with the Road Safety "
      "Partnership and Community Speedwatch.",
      "2.4 Wildlife and heritage crime, including theft from churches."]),
    ("Cutting serious violence, drugs and exploitation",
     "Fewer lives lost or damaged by violence.",
     ["3.1 The Violence Reduction Network and the Serious Violence Duty: knife crime and violence in public places.",
      "3.2 County lines and drug supply: closing local drug markets and the gangs behind them.",
      "3.3 Criminal exploitation of children and adults, modern slavery and cuckooing.",
      "3.4 Diverting children and young people from crime, and reducing reoffending by children, with the youth "
      "justice services.",
      "3.5 Serious and organised crime and the money it makes."]),
    ("Keeping women and girls safe",
     "Safe at home, online, at work and on the street.",
     ["4.1 A better response to domestic abuse, from the first call to court.",
      "4.2 More rapes and sexual offences reported, charged and brought to justice.",
      "4.3 Stalking and harassment taken seriously from the first report.",
      "4.4 Women's safety in public spaces, on transport and in the night-time economy.",
      "4.5 Perpetrators identified, pursued and made to change through programmes that work."]),
    ("Outstanding support for victims",
     "Help that fits the person, for as long as it is needed.",
     ["5.1 Victim First: one door to support for every victim, reported or not.",
      "5.2 Every victim's rights under the Victims' Code met, and checked.",
      "5.3 Fraud, scams and cyber-enabled crime, especially against older and vulnerable people.",
      "5.4 Specialist services for survivors of domestic and sexual abuse and their children.",
      "5.5 Restorative justice offered to every victim who wants it."]),
    ("Breaking the cycle of reoffending",
     "Fewer victims tomorrow because of what we do today.",
     ["6.1 Integrated Offender Management for the most prolific and harmful offenders.",
      "6.2 Settled homes and jobs for people leaving prison, with the Probation Service.",
      "6.3 Drug and alcohol treatment through the criminal justice system, recovery that lasts and fewer "
      "drug-related deaths, with the combating drugs partnership.",
      "6.4 Community sentences that work, and a gender-informed approach for women in contact with the law."]),
    ("An efficient police service the public can trust",
     "Every pound spent well; every call answered.",
     ["7.1 999 and 101 calls answered promptly, and online reporting that works.",
      "7.2 Technology, data and equipment that free officers for the front line.",
      "7.3 A skilled, well-led workforce whose wellbeing is looked after.",
      "7.4 High standards of conduct, and complaints handled openly and fairly.",
      "7.5 Value for money, scrutinised by the Commissioner and the Police and Crime Panel."]),
]


def _cover(c, d):
    W, H = A4
    c.setFillColor(hexc("#14345C"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(hexc("#C8102E"))
    c.rect(0, H * 0.36, W, 7 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#1E4A80"))
    for i in range(7):
        c.circle(W - 30 * mm - i * 13 * mm, H - 40 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans-Bold", 30)
    c.drawString(20 * mm, H * 0.62, "Police and Crime Plan")
    c.setFont("DejaVuSans", 20)
    c.drawString(20 * mm, H * 0.62 - 13 * mm, "2025\u20132029")
    c.setFont("LiberationSans-Regular", 12)
    c.drawString(20 * mm, H * 0.62 - 26 * mm, "Leicester, Leicestershire and Rutland")
    c.setFont("LiberationSans-Regular", 9)
    c.drawString(20 * mm, 20 * mm, "Office of the Police and Crime Commissioner for Leicestershire \u00b7 fictional "
                 "re-creation for testing")


def _chrome(c, d, n, land):
    W, H = d.pagesize
    c.setFillColor(hexc("#14345C"))
    c.rect(0, H - 10 * mm, W, 10 * mm, stroke=0, fill=1)
    c.setFillColor(hexc("#C8102E"))
    c.rect(0, H - 11.2 * mm, W, 1.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LiberationSans-Regular", 8)
    c.drawString(20 * mm, H - 6.5 * mm, "Police and Crime Plan 2025\u20132029")
    c.setFillColor(hexc("#14345C"))
    c.setFont("LiberationSans-Bold", 9)
    c.drawRightString(W - 20 * mm, 11 * mm, str(n))


def _back(c, d):
    W, H = A4
    c.setFillColor(hexc("#14345C"))
    c.rect(0, 0, W, H * 0.4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LiberationSans-Bold", 12)
    c.drawString(20 * mm, H * 0.3, "Contact the Commissioner's office")
    c.setFont("LiberationSans-Regular", 10)
    draw_lines(c, ["Office of the Police and Crime Commissioner", "Police Headquarters, Enderby, Leicester",
                   "Telephone 0116 000 0000 (illustrative)", "Email opcc@leics-opcc.example",
                   "This plan is available in other formats and languages on request."],
               20 * mm, H * 0.3 - 8 * mm, "LiberationSans-Regular", 10, 14)


def _priority_bar(S, n, head, tag, objectives, width):
    disc = Table([[P(f"<font size=24>{n}</font>", S["tile_n"])]], colWidths=[18 * mm], rowHeights=[18 * mm])
    disc.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#C8102E")),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("ROUNDEDCORNERS", [9 * mm] * 4)]))
    headp = P(head, S["bar"])
    tagp = P(tag, S["tag"])
    top = Table([[disc, [headp, tagp]]], colWidths=[22 * mm, width - 22 * mm])
    top.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), S["pale"]), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    objs = [P("<b>What we will do</b>", S["body"])] + [P(o, S["obj"]) for o in objectives]
    return [top, Spacer(1, 4)] + objs + [Spacer(1, 10)]


def build(root: Path) -> Path:
    S = styles(T)
    from reportlab.lib.styles import ParagraphStyle
    S["bar"] = ParagraphStyle("bar", fontName=S["hbold"], fontSize=14.5, leading=17.5, textColor=S["main"])
    S["tag"] = ParagraphStyle("tag", fontName=S["reg"], fontSize=9, leading=11, textColor=hexc("#555555"))
    S["obj"] = ParagraphStyle("obj", parent=S["body"], leftIndent=20, firstLineIndent=-20, spaceAfter=3)
    width = A4[0] - 40 * mm
    toc = [("Foreword from the Commissioner", 3), ("Our plan on a page", 4), ("What you told us", 5),
           ("Our priorities and what we will do", 6), ("Working with partners", 10),
           ("The national picture", 10), ("How we will know we are succeeding", 11), ("Money", 11),
           ("Contact us", 12)]
    glance = Table([[P(f"<b>{i + 1}</b>  {h}", S["tile_c"])] for i, (h, _, _) in enumerate(PRIORITIES)],
                   colWidths=[width])
    glance.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), S["main"]),
                                ("LINEBELOW", (0, 0), (-1, -1), 2, colors.white),
                                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    pages = [
        ("p", contents(S, toc)),
        ("p", section(S, "Foreword from the Commissioner", [
            "This is my Police and Crime Plan for 2025 to 2029. It sets out what I expect of Leicestershire Police, "
            "what I will fund, and what I will ask of our partners across the city of Leicester, the county of "
            "Leicestershire and Rutland.",
            "Residents have told me, clearly and often, that they want to see officers in their neighbourhoods, that "
            "they want the countryside policed as well as the towns, and that they want victims treated with care. "
            "They have told me that knife crime and drug dealing frighten them, and that women and girls still do not "
            "feel safe enough. This plan answers them.",
            "I cannot do this alone. The community safety partnerships in each district, the Violence Reduction "
            "Network, the combating drugs partnership, the youth justice services and the probation service all "
            "share these aims. Throughout this plan I say where I will work with them, and I will fund joint work "
            "where it helps to deliver these priorities.",
            "I will hold the Chief Constable to account for delivering this plan, and the Police and Crime Panel will "
            "hold me to account. I will publish how we are doing every quarter.",
            ("sp", 8), ("small", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        ])),
        ("p", section(S, "Our plan on a page", [
            "<b>Our vision:</b> safer communities across Leicester, Leicestershire and Rutland, served by a police "
            "service people trust.", ("sp", 4), glance, ("sp", 8),
            ("h2", "Our principles"),
            ("bul", ["Prevention first: stopping harm before it happens.", "Victims at the centre of every decision.",
                     "Fairness for every community.", "Value for every pound of public money."]),
            ("small", "This page summarises the plan. The priorities, and what each means, are set out from page 6."),
        ])),
        ("p", section(S, "What you told us", [
            "Over eight weeks more than 4,000 residents, businesses and partners answered our survey, and we held "
            "meetings in every district and in Rutland. The results below are illustrative.",
            tiles(S, [("71%", "want to see more officers on foot in their area"),
                      ("58%", "of rural respondents worried about speeding in their village"),
                      ("46%", "named drug dealing as a local problem"),
                      ("1 in 3", "women said they felt unsafe walking alone after dark"),
                      ("62%", "of victims said they would like more contact about their case"),
                      ("24%", "had been targeted by a scam call or message in the last year")], width),
            ("small", ILLUS), ("sp", 6),
            ("h2", "What the previous plan achieved"),
            "The 2021\u20132024 plan concentrated on visible policing, community policing, better support for victims "
            "and rural policing. This plan keeps those foundations and goes further on violence, exploitation, the "
            "safety of women and girls and reoffending.",
        ])),
    ]
    body = [P("Our priorities and what we will do", S["h1"]),
            P("Seven priorities guide everything the Commissioner does and funds. Under each we list the "
              "objectives that we will hold the force and ourselves to.", S["body"]), Spacer(1, 4)]
    for i, (h, tag, obj) in enumerate(PRIORITIES[:2]):
        body += _priority_bar(S, i + 1, h, tag, obj, width)
    pages.append(("p", body))
    for a in (2, 4):
        fl = []
        for i in (a, a + 1):
            h, tag, obj = PRIORITIES[i]
            fl += _priority_bar(S, i + 1, h, tag, obj, width)
        pages.append(("p", fl))
    h, tag, obj = PRIORITIES[6]
    pages.append(("p", _priority_bar(S, 7, h, tag, obj, width) + [
        P("How the priorities fit together", S["h2"]),
        P("The priorities overlap on purpose. Exploitation is both a violence and a victims issue; domestic abuse "
          "drives reoffending. Where a topic could sit in more than one place we have put it where the lead "
          "responsibility lies, as the objectives above show.", S["body"])]))
    pages.append(("p", section(S, "Working with partners", [
        "Community safety partnerships in Leicester, the seven Leicestershire districts and Rutland bring together "
        "councils, police, fire, health and probation. The Commissioner attends the Strategic Partnership Board and "
        "funds each partnership through a community safety grant.",
        grid_table(S, ["Partnership", "How it supports this plan"], [
            ["Community safety partnerships", "Local action on anti-social behaviour, rural crime and town centres"],
            ["Violence Reduction Network", "Serious Violence Duty strategy and funded interventions"],
            ["Combating drugs partnership", "Supply, treatment and recovery under From Harm to Hope"],
            ["Domestic and sexual violence board", "The VAWG strategy and commissioned services"],
            ["Youth justice management boards", "Prevention, diversion and children's reoffending"],
            ["Local criminal justice board", "Victims' Code, court delays and reoffending"]],
            [60 * mm, width - 60 * mm]),
        P("The national picture", S["h1"]),
        "The Home Office sets national priorities for policing which every plan must have regard to. In summary: "
        "reducing murder and other homicide; reducing serious violence; disrupting drugs supply and county lines; "
        "reducing neighbourhood crime; tackling cyber crime; and improving victim satisfaction. The Strategic "
        "Policing Requirement adds national threats such as terrorism, serious and organised crime, public disorder "
        "and civil emergencies.",
    ])))
    pages.append(("p", section(S, "How we will know we are succeeding", [
        grid_table(S, ["Measure (illustrative targets)", "Priority"], [
            ["Public confidence that the police do a good job locally", "1, 7"],
            ["Rural crime and road casualties on rural roads", "2"],
            ["Hospital admissions for assault with a sharp object", "3"],
            ["Domestic abuse and rape charge rates", "4"],
            ["Victim satisfaction and Victims' Code compliance", "5"],
            ["Proven reoffending by the IOM cohort", "6"],
            ["Average time to answer 101 calls", "7"]], [120 * mm, width - 120 * mm]),
        P("Money", S["h1"]),
        "The Commissioner sets the police budget and the policing part of council tax each year. In 2025\u201326 "
        "the illustrative net budget is \u00a3250 million, of which about \u00a34 million is commissioned services "
        "for victims, community safety grants and crime prevention.",
        tiles(S, [("\u00a3250m", "net revenue budget (illustrative)"), ("\u00a34m", "commissioning and grants"),
                  ("\u00a30.9m", "community safety partnership grants")], width),
        ("small", ILLUS),
    ])))
    return build_rl(root / OUT, {"title": "Police and Crime Plan 2025\u20132029",
                                 "author": "Office of the Police and Crime Commissioner for Leicestershire"},
                    T, pages, _cover, _back, _chrome)
