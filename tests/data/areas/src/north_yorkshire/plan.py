"""Police, Fire and Crime Plan for North Yorkshire and York 2025-2029: HTML/CSS -> Chromium.

Six priorities, stated as the header bars of an **expanded accordion** printed from the web version of the
plan (p6: P1-P3, p7: P4-P6): each bar holds a two-digit counter ("01"), the priority in bold and a minus
sign that shows the panel is open; the open panel holds a "What this means" line and the numbered
objectives ("1.1 ...").  Distractors: the principles and "what you told us" (p5), the objectives, the
Strategic Policing Requirement threats and the fire service's risk themes (p8), the partnership list (p9).
"""
from north_yorkshire.kit import e, html_doc

FILE = "plan/north_yorkshire_police_fire_and_crime_plan_2025-29.pdf"

PRIORITIES = [
    ("Caring about the vulnerable",
     "People at risk of harm are recognised early and protected by police, fire and partners together.",
     ["Respond earlier and better to domestic abuse and stalking, and fund programmes that challenge "
      "perpetrators to change.",
      "Make North Yorkshire and York safer for women and girls, in public and online.",
      "Protect children and adults from criminal and sexual exploitation, including those drawn into county "
      "lines, and from modern slavery.",
      "Find missing people quickly and make sure people in mental health crisis get the right care."]),
    ("Safer streets and stronger communities",
     "Neighbourhoods, town centres and the night-time economy feel safe, and fewer people cause repeat harm.",
     ["Keep neighbourhood policing visible and tackle anti-social behaviour with councils and housing "
      "providers.",
      "Keep the night-time economy safe in York, Harrogate, Scarborough and our market towns.",
      "Reduce serious violence and knife crime, and disrupt the county lines that bring drugs into our towns.",
      "Reduce reoffending: manage prolific offenders through Integrated Offender Management and help people "
      "leaving prison into a home, education and work."]),
    ("Protecting our rural and coastal communities",
     "The county's farms, villages, moors and coast get a service that understands them.",
     ["Tackle rural, wildlife and heritage crime with the Rural Taskforce and the farming community.",
      "Plan for the seasonal pressures on our coastal towns and visitor hotspots.",
      "Protect older and isolated people from fraud, scams and doorstep crime."]),
    ("Putting victims first",
     "Every victim is treated with dignity and gets support that fits their needs, whether or not they report.",
     ["Commission a free Supporting Victims service open to anyone harmed by crime.",
      "Hold police and partners to the Victims' Code and publish how well it is met.",
      "Offer restorative justice to every victim who wants it.",
      "Fund safe accommodation and specialist advocacy for survivors of domestic abuse and their children."]),
    ("Preventing harm before it happens",
     "Health, education and early help are used to stop crime and harm starting.",
     ["Divert children and young people from crime through early help, and reduce first-time entrants and "
      "reoffending by children.",
      "Take a health-led approach to drugs and alcohol: more people in treatment and recovery, and fewer "
      "drug-related deaths.",
      "Give young people honest information that helps them avoid drugs and alcohol harm."]),
    ("Keeping people safe from fire and other emergencies",
     "North Yorkshire Fire and Rescue Service prevents fires and responds quickly when they happen.",
     ["Target Safe and Well visits at the homes most at risk of fire.",
      "Meet our response standards in urban and rural areas alike.",
      "Prepare for flooding, moorland wildfires and water rescue with the Local Resilience Forum."]),
]

CSS = """
.acc { border: 0.4mm solid #c9c3d6; border-radius: 2mm; margin: 0 0 5mm; overflow: hidden }
.bar { display: flex; align-items: center; background: #3b2a5c; color: #fff; padding: 3mm 4mm }
.bar .n { font-size: 10pt; font-weight: bold; background: #e0b94a; color: #3b2a5c; border-radius: 1mm;
          padding: 1mm 2mm; margin-right: 4mm }
.bar .t { flex: 1; font-size: 14pt; font-weight: bold }
.bar .m { font-size: 18pt; line-height: 1 }
.panel { padding: 3mm 5mm 2mm; background: #faf8fd; font-size: 9.5pt }
.panel .mean { font-style: italic; color: #3b2a5c }
.panel ol { list-style: none; padding: 0; margin: 2mm 0 }
.panel li { margin-bottom: 1.5mm }
.crumb { font-size: 8pt; color: #777; margin: -2mm 0 4mm }
"""


def acc(i):
    name, mean, objs = PRIORITIES[i]
    items = "".join(f"<li>{i + 1}.{k} {e(o)}</li>" for k, o in enumerate(objs, start=1))
    return (f"<div class='acc'><div class='bar'><span class='n'>{i + 1:02d}</span><span class='t'>{e(name)}</span>"
            f"<span class='m'>\u2212</span></div><div class='panel'><p class='mean'>What this means: {e(mean)}</p>"
            f"<ol>{items}</ol></div></div>")


CUSTOM = {
    "accA": "<p class='crumb'>Home › The plan › Priorities (select a priority to open or close it)</p>"
            + "".join(acc(i) for i in range(3)),
    "accB": "".join(acc(i) for i in range(3, 6)),
}

SPEC = {
    "title": "Police, Fire and Crime Plan for North Yorkshire and York 2025–2029",
    "org": "Police, Fire and Crime Commissioner for North Yorkshire",
    "short": "Police, Fire and Crime Plan 2025–2029",
    "cover_title": "Police, Fire and<br>Crime Plan",
    "subtitle": "North Yorkshire and York 2025–2029",
    "cover_note": "Printed from the web version of the plan. Contact: plan@pfcc-northyorkshire.example",
    "colour": "#3b2a5c", "accent": "#b8860b", "folio": "{n}",
    "sections": [
        ("Foreword from the Commissioner", [
            ("p", "North Yorkshire and York is the largest county in England: a city, coastal resorts, spa and "
                  "market towns, two national parks and thousands of farms and villages. It is one of the safest "
                  "places in the country, and my job is to keep it that way while making sure the police and the "
                  "fire and rescue service are there when people need them."),
            ("p", "This plan sets out what I expect of North Yorkshire Police and North Yorkshire Fire and Rescue "
                  "Service over the next four years, and what I will commission with partners. It was shaped by "
                  "more than four thousand responses to our survey, by victims who told us their stories and by "
                  "the councils, health bodies and charities we work alongside."),
            ("p", "Since the last plan, the county has one unitary council, North Yorkshire Council, alongside "
                  "City of York Council, and a Mayoral Combined Authority is taking shape. Those changes give us "
                  "a chance to join up community safety work that has sometimes been done several times over."),
            ("p", "I will publish an annual report on progress against each priority and hold the Chief Constable "
                  "and the Chief Fire Officer to account in public meetings."),
            ("p", "Police, Fire and Crime Commissioner for North Yorkshire"),
        ]),
        ("Our county in numbers", [
            ("stats", [("830,000", "residents across North Yorkshire and York"),
                       ("8,000 km²", "the largest police and fire area in England"),
                       ("52", "crimes per 1,000 people, among the lowest rates nationally")]),
            ("stats", [("1 in 4", "residents live in a village or hamlet"),
                       ("30 million", "visitor days each year, many on the coast"),
                       ("38", "fire stations, most crewed by on-call firefighters")]),
            ("p", "Crime is low but not evenly spread. Violence and anti-social behaviour gather in York and the "
                  "larger towns, especially at night; rural and wildlife crime, fraud against older people and "
                  "long response distances shape the service elsewhere. Domestic abuse accounts for roughly one "
                  "in six recorded crimes."),
            ("table", [["Demand (illustrative)", "2019/20", "2023/24"],
                       ["Calls for service", "312,000", "338,000"],
                       ["Domestic abuse incidents", "14,900", "16,200"],
                       ["Dwelling fires", "520", "470"]]),
        ]),
        ("What you told us, and our principles", [
            ("h", "What you told us"),
            ("ul", ["Visible local policing matters most to rural residents.",
                    "Anti-social behaviour and speeding are the issues people raise most often.",
                    "Victims want to be kept informed about their case.",
                    "Young people want to be listened to, not talked at."]),
            ("h", "Principles that run through the plan"),
            ("ul", ["Prevention first: stop harm before it needs a response.",
                    "Fair and ethical services that people trust.",
                    "Value for money: police and fire share buildings and back-office services.",
                    "Partnership by default with councils, health and the voluntary sector."]),
            ("p", "These principles are not priorities in themselves; they describe how every priority will be "
                  "delivered. Budget decisions are tested against them each year."),
        ]),
        ("Our priorities", [
            ("p", "The plan has six priorities. Each panel below gives what the priority means for people and the "
                  "objectives the police, the fire and rescue service and my office will deliver."),
            ("custom", "accA"),
        ]),
        ("Our priorities (continued)", [("custom", "accB")]),
        ("National and service requirements", [
            ("p", "Alongside this plan, the Chief Constable must have regard to the Strategic Policing "
                  "Requirement, which sets out national threats that every force helps to meet:"),
            ("ul", ["Terrorism", "Serious and organised crime", "A national cyber incident",
                    "Child sexual abuse", "Public disorder", "Civil emergencies",
                    "Violence against women and girls"]),
            ("p", "The Fire and Rescue Service's Community Risk Management Plan sets out how fire and rescue "
                  "resources are matched to risk. Its themes are listed here for reference only:"),
            ("ul", ["Understanding risk in our communities", "Prevention and protection",
                    "Response and resilience", "Our people"]),
        ]),
        ("Working in partnership", [
            ("p", "Much of this plan is delivered with partnerships that set their own strategies. The office "
                  "sits on, funds or supports each of them:"),
            ("table", [["Partnership", "Area"],
                       ["North Yorkshire Community Safety Partnership", "North Yorkshire"],
                       ["Safer York Partnership", "City of York"],
                       ["Domestic Abuse Local Partnership Board", "North Yorkshire and York"],
                       ["Serious Violence Duty partnership", "North Yorkshire and York"],
                       ["Combating Drugs Partnership", "North Yorkshire and York"],
                       ["Youth Justice Management Boards", "North Yorkshire; York"],
                       ["Reducing Reoffending Board", "North Yorkshire and York"],
                       ["Local Criminal Justice Board", "North Yorkshire and York"]]),
            ("p", "Partnership strategies are expected to show how their priorities contribute to this plan."),
        ]),
        ("Measuring progress and our budget", [
            ("table", [["Measure", "How we will report"],
                       ["Confidence in local policing", "Quarterly survey"],
                       ["Repeat victims of domestic abuse", "Quarterly"],
                       ["Victim satisfaction", "Quarterly"],
                       ["Dwelling fires and fire deaths", "Annual"],
                       ["Emergency response times (police and fire)", "Monthly"]]),
            ("stats", [("£214m", "policing budget 2025/26"), ("£38m", "fire and rescue budget 2025/26"),
                       ("£6.1m", "commissioned services and grants")]),
            ("p", "The Police, Fire and Crime Panel scrutinises this plan and the Commissioner's decisions. "
                  "Contact the office at plan@pfcc-northyorkshire.example."),
        ]),
    ],
}


def build(root):
    out = root / FILE
    html_doc(SPEC, CUSTOM, CSS, out, "plan")
    return out
