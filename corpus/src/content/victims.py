"""Merrowdale Victims and Witnesses Strategy 2025-2028 (landscape slide deck, python-pptx
-> LibreOffice Impress). The objectives are a bulleted list on the slide "Our strategic
objectives"; the delivery slides refer to them by number only. Distractors: the twelve
Victims' Code rights, principles, commissioned services and measures."""

from pptx.util import Inches

OUT = "strategies/merrowdale_victims_witnesses_strategy_2025-28.pdf"
PRODUCER = "pptx"

PR = [
    "Every victim gets the support they need to cope and recover",
    "Victims are kept informed and treated with dignity throughout the justice process",
    "Specialist support for victims of domestic abuse and sexual violence",
    "Witnesses are supported to give their best evidence",
]


def cover(deck, s):
    t = deck.t
    deck.rect(s, 0, 0, deck.W, deck.H, t["primary"])
    deck.rect(s, Inches(8.9), 0, Inches(4.433), deck.H, t["tiles"][1])
    deck.rect(s, Inches(10.4), 0, Inches(2.933), Inches(3.6), t["tiles"][2])
    deck.rect(s, Inches(10.4), Inches(3.6), Inches(2.933), Inches(3.9), t["accent"])
    deck.text(s, Inches(0.7), Inches(1.0), Inches(8), Inches(0.5),
              ["MERROWDALE CRIMINAL JUSTICE BOARD"], size=14, bold=True, color=t["accent"])
    deck.text(s, Inches(0.7), Inches(1.8), Inches(8), Inches(2.4),
              ["Victims and Witnesses Strategy 2025\u20132028"], size=44, bold=True,
              color="#FFFFFF")
    deck.text(s, Inches(0.7), Inches(4.3), Inches(7.8), Inches(1.0),
              ["Putting victims and witnesses at the heart of criminal justice in Merrowdale"],
              size=20, color="#E6E6F0")
    deck.text(s, Inches(0.7), Inches(6.2), Inches(8), Inches(0.8),
              ["Office of the Police and Crime Commissioner for Merrowdale  |  June 2025"],
              size=13, color="#FFFFFF")


def back(deck, s):
    t = deck.t
    deck.rect(s, 0, 0, deck.W, deck.H, t["primary"])
    deck.text(s, Inches(0.7), Inches(1.5), Inches(11), Inches(0.8), ["Get help"], size=34,
              bold=True, color="#FFFFFF")
    deck.text(s, Inches(0.7), Inches(2.5), Inches(11), Inches(3),
              ["Merrowdale Victim Care Hub: 0800 0 960 555 (free, Monday to Saturday)",
               "www.merrowdalevictimcare.example",
               "You can get support whether or not you have reported the crime to the police.",
               "In an emergency always call 999."], size=18, color="#FFFFFF", spacing=10)
    deck.text(s, Inches(0.7), Inches(6.3), Inches(12), Inches(0.8),
              ["Fictional document created for the stratalign demonstration corpus. Merrowdale "
               "is an invented police force area."], size=10, color="#CCCCDD")


SLIDES = [
    {"kind": "cover"},
    {"title": "Contents", "body": [("contents", [
        ("Foreword", "Foreword", 0),
        ("Why this strategy matters", "Why this strategy matters", 0),
        ("What victims and witnesses told us", "What victims and witnesses told us", 0),
        ("The Victims\u2019 Code", "The Victims\u2019 Code: your rights", 0),
        ("Our strategic objectives", ">Our strategic objectives", 0),
        ("Delivering the objectives", "Delivering objective 1", 0),
        ("Services for victims in Merrowdale", "Services for victims in Merrowdale", 0),
        ("Governance and measuring success", "Governance and measuring success", 0),
    ])]},
    {"title": "Foreword", "body": [
        ("p", "Being the victim of a crime can turn someone\u2019s life upside down. What happens "
              "next, how they are treated by the police, by support services and by the courts, "
              "can make the difference between recovery and lasting harm.", 15),
        ("p", "This strategy has been agreed by every member of the Merrowdale Criminal "
              "Justice Board. It responds to the Victims and Prisoners Act 2024, which puts the "
              "Victims\u2019 Code on a statutory footing and gives Police and Crime Commissioners "
              "a duty to monitor compliance with it.", 15),
        ("p", "Most of all it responds to what victims and witnesses told us: that they want to "
              "be believed, kept informed and not passed from one organisation to another.", 15),
        ("p", "<b>Joanna Pryce</b>, Police and Crime Commissioner for Merrowdale, and <b>Her "
              "Honour Judge Catherine Lyle</b>, Honorary Recorder of Brackenford", 13),
    ]},
    {"title": "Why this strategy matters", "body": [
        ("stats", [("62,300", "victims of crime recorded by Merrowdale Police last year"),
                   ("14,900", "victims referred to the Victim Care Hub"),
                   ("38%", "of victims satisfied with being kept informed"),
                   ("412 days", "average time from charge to Crown Court trial")]),
        ("p", "The number of victims referred to support has grown, but many do not take it up, "
              "and satisfaction with being kept informed has fallen for three years. Court "
              "delays mean that victims and witnesses wait more than a year for a Crown Court "
              "trial, and one in four victims of rape withdraws before the case reaches court.",
         15),
    ]},
    {"title": "What victims and witnesses told us", "body": [
        ("quote", "\u201cI had to tell my story five times to five different people.\u201d",
         "Victim of stalking"),
        ("quote", "\u201cNobody told me the trial had been moved. I took the day off work for "
                  "nothing.\u201d", "Prosecution witness"),
        ("quote", "\u201cThe volunteer from the Witness Service was the only person who "
                  "explained what would happen.\u201d", "Victim of assault"),
    ], "right": [
        ("p", "We heard from 740 victims and witnesses through a survey, focus groups and the "
              "Commissioner\u2019s victims\u2019 panel.", 14),
        ("bullets", ["58% had not been told about the Victims\u2019 Code",
                     "44% said they were not updated when their case changed",
                     "71% of those who used support said it helped them cope"], 14),
    ], "split": 6.6},
    {"title": "The Victims\u2019 Code: your rights", "kicker": "THE CODE OF PRACTICE FOR VICTIMS OF "
                                                             "CRIME IN ENGLAND AND WALES",
     "body": [("bullets", [
         "1. To be able to understand and to be understood",
         "2. To have the details of the crime recorded without unjustified delay",
         "3. To be provided with information when reporting the crime",
         "4. To be referred to services that support victims",
         "5. To be provided with information about compensation",
         "6. To be provided with information about the investigation and prosecution"], 14)],
     "right": [("bullets", [
         "7. To make a Victim Personal Statement",
         "8. To be given information about the trial, trial process and your role as a witness",
         "9. To be given information about the outcome of the case and any appeals",
         "10. To be paid expenses and have property returned",
         "11. To be given information about the offender following a conviction",
         "12. To make a complaint about your rights not being met"], 14)], "split": 6.0},
    {"title": "Our principles", "body": [
        ("p", "Everything in this strategy is built on five principles agreed with the "
              "Commissioner\u2019s victims\u2019 panel:", 15),
        ("table", ["Principle", "What it means"], [
            ["Needs-led", "Support is based on the person\u2019s needs, not the crime type"],
            ["Trauma-informed", "Staff understand the effects of trauma and avoid making "
                                "them worse"],
            ["Tell us once", "Information is shared, with consent, so people do not have to "
                             "repeat themselves"],
            ["Inclusive", "Services reach people who are less likely to seek help"],
            ["Accountable", "We publish how well we are doing"],
        ], [0.25, 0.75], 13),
    ]},
    {"title": "Our strategic objectives", "body": [
        ("p", "Over the next three years the Criminal Justice Board will work towards four "
              "strategic objectives:", 16),
        ("spacer", 0.15),
        ("big_bullets", PR),
    ]},
    {"title": "Delivering objective 1", "kicker": "SUPPORT", "body": [
        ("p", "The Merrowdale Victim Care Hub is the front door for support. It contacts every "
              "victim referred by the police within two working days and offers an assessment "
              "of their needs, whether or not they want to go to court. Support can be "
              "emotional, practical or specialist, and lasts as long as it is needed.", 15),
        ("h3", "We will"),
        ("bullets", ["introduce self-referral online and through partners, for victims who "
                     "have not reported to the police",
                     "fund specialist caseworkers for hate crime, fraud and young victims",
                     "offer restorative justice to every victim where it is safe"], 14),
    ], "right": [("case", "Case study: Tom",
                  "Tom, 79, lost his savings to a courier fraud. The hub arranged a visit from "
                  "a caseworker, new locks through the council and a referral to his bank\u2019s "
                  "vulnerable customer team. He has since joined a scam awareness group.", 2.3)],
     "split": 7.6},
    {"title": "Delivering objective 2", "kicker": "INFORMATION AND DIGNITY", "body": [
        ("p", "Victims are entitled to updates at every key stage of their case. We will build a "
              "single victim contact process across the police, the Crown Prosecution Service "
              "and the Witness Care Unit, and we will monitor compliance with the Victims\u2019 "
              "Code through quarterly audits.", 15),
        ("h3", "We will"),
        ("bullets", ["give every victim a named point of contact",
                     "publish a Victims\u2019 Code compliance report each quarter",
                     "make court buildings in Brackenford and Saltmere more accessible and "
                     "provide separate waiting areas",
                     "use special measures and pre-recorded evidence wherever they help"], 14),
    ]},
    {"title": "Delivering objective 3", "kicker": "SPECIALIST SUPPORT", "body": [
        ("p", "Victims of domestic abuse, rape, sexual assault and stalking often need support "
              "from a specialist who understands the risks they face. Independent domestic "
              "violence advisers (IDVAs) and independent sexual violence advisers (ISVAs) help "
              "them stay safe and stay engaged with the justice process.", 15),
        ("h3", "We will"),
        ("bullets", ["maintain funding for 24 IDVAs and 14 ISVAs across Merrowdale",
                     "provide dedicated ISVAs for children and young people",
                     "fund a stalking advocacy service",
                     "work with the Merrowdale VAWG Strategy and the safe accommodation "
                     "duty"], 14),
    ]},
    {"title": "Delivering objective 4", "kicker": "WITNESSES", "body": [
        ("p", "Justice depends on witnesses, yet many find the experience of giving evidence "
              "frightening and confusing. Delays can mean waiting more than a year, and some "
              "lose faith along the way. We will support witnesses from the first contact "
              "until after the trial.", 15),
        ("h3", "We will"),
        ("bullets", ["offer every witness a pre-trial visit to the court",
                     "fund the Witness Service at all Merrowdale court centres",
                     "use remote evidence links from the Saltmere and Kestle Market hubs",
                     "work with the courts to list trials involving vulnerable witnesses "
                     "earlier"], 14),
    ]},
    {"title": "Services for victims in Merrowdale", "body": [
        ("table", ["Service", "Who it is for", "Funded by"], [
            ["Merrowdale Victim Care Hub", "All victims of crime", "PCC"],
            ["IDVA service", "High-risk victims of domestic abuse", "PCC and councils"],
            ["Sexual assault referral centre", "Recent and non-recent sexual assault",
             "NHS England and PCC"],
            ["ISVA service", "Victims of rape and sexual violence", "PCC and Ministry of Justice"],
            ["Witness Service", "Prosecution and defence witnesses", "Ministry of Justice"],
            ["Restorative Merrowdale", "Victims who want to communicate with the offender",
             "PCC"],
            ["Hate crime advocacy", "Victims of hate crime", "PCC"],
        ], [0.32, 0.45, 0.23], 13),
    ]},
    {"title": "Governance and measuring success", "body": [
        ("p", "The Victims and Witnesses Sub-group of the Criminal Justice Board will oversee "
              "this strategy and report to the board every quarter.", 15),
        ("h3", "How we will measure success"),
        ("bullets", ["take-up of support and victims\u2019 own assessment of their recovery",
                     "compliance with the Victims\u2019 Code",
                     "satisfaction with being kept informed",
                     "the number of victims and witnesses who withdraw"], 14),
    ], "right": [
        ("h3", "Members of the sub-group"),
        ("bullets", ["Office of the Police and Crime Commissioner (chair)", "Merrowdale Police",
                     "Crown Prosecution Service", "HM Courts and Tribunals Service",
                     "Probation Service", "Witness Service", "Victim Care Hub"], 13),
    ], "split": 6.4},
    {"kind": "back"},
]

DOC = {
    "theme": {"font": "Liberation Sans", "primary": "#3b2c6b", "accent": "#e0a526",
              "accent_dark": "#8a4f9e", "zebra": "#efeaf6",
              "tiles": ["#3b2c6b", "#8a4f9e", "#2a7f8f", "#c0603a"]},
    "meta": {"title": "Merrowdale Victims and Witnesses Strategy 2025-2028",
             "author": "Merrowdale Criminal Justice Board"},
    "running": "Merrowdale Victims and Witnesses Strategy 2025\u20132028",
    "footer": "Merrowdale Criminal Justice Board",
    "cover_draw": cover, "back_draw": back, "slides": SLIDES,
}
