"""Suffolk Police and Crime Plan 2025-2029: HTML printed by Chromium (Liberation Serif headings, DejaVu Sans body).

Six priorities, two per page (pp5-7), each the bold heading of a **dog-eared note panel** (a pale panel whose
top-right corner is folded down, drawn in CSS); no priority number is printed.  Under each heading: an italic
"In short" line and the numbered objectives "1.1 ...", which decide where partner topics belong.  Distractors:
the principles (p3), "What you told us" (p4), the national Strategic Policing Requirement (p4), the partnership
list (p8) and the budget (p9).
"""
from suffolk.kit import base_css, build_html, e, paras, table, ul

FILE = "plan/suffolk_police_and_crime_plan_2025-29.pdf"
TITLE = "Police and Crime Plan for Suffolk 2025–2029"

PRIORITIES = [
    ("Visible neighbourhood policing that responds when you need it",
     "Officers you know, who come when you call.",
     ["Keep a named neighbourhood team for every community, with more time on patrol in town centres and villages.",
      "Answer 999 calls within ten seconds and cut waiting times on 101 and online reporting.",
      "Work with district councils and community safety partnerships to tackle anti-social behaviour, including "
      "in town centres and along the coast, using the full range of ASB powers and the ASB Case Review.",
      "Reduce shoplifting and business crime with the Suffolk retail crime partnership."]),
    ("Protecting people from abuse and exploitation",
     "Finding harm earlier and stopping those who cause it.",
     ["Identify domestic abuse earlier, pursue perpetrators and fund programmes that change their behaviour.",
      "Improve the response to rape, sexual offences and stalking, and make women and girls safer in public "
      "spaces and on nights out.",
      "Protect children living with domestic abuse through Operation Encompass, and disrupt child criminal "
      "exploitation, county lines drug dealing and cuckooing.",
      "Protect older and vulnerable people from fraud, scams and doorstep crime."]),
    ("Preventing crime and reducing reoffending",
     "Fewer victims tomorrow because of what we do today.",
     ["Manage the most prolific and harmful offenders through Integrated Offender Management with the Probation "
      "Service, helping them into settled housing and work.",
      "Divert children from the formal justice system with the Suffolk Youth Justice Service and Turnaround, and "
      "reduce reoffending by children.",
      "Prevent serious violence and knife crime with the Suffolk Serious Violence Duty partnership.",
      "Get more people into drug and alcohol treatment through referral from custody and the combating drugs "
      "partnership, and reduce drug-related deaths."]),
    ("Putting victims and witnesses first",
     "Support from the first call to the end of the case, and beyond.",
     ["Commission a free, confidential service for every victim of crime, whether or not they report it.",
      "Fund specialist services for victims of domestic abuse and sexual violence, including independent "
      "advisers, refuges and other safe accommodation.",
      "Help victims of hate crime to report it, through third-party reporting centres, and get support.",
      "Offer restorative justice to every victim who wants it, and keep witnesses informed under the Victims' Code."]),
    ("Safer roads and rural communities",
     "A county of long roads and small villages.",
     ["Reduce deaths and serious injuries on the roads, targeting speeding, drink and drug driving, mobile phones "
      "and seat belts.",
      "Tackle rural, wildlife and heritage crime with the rural crime team and Farm Watch.",
      "Cut thefts of farm machinery, fuel and GPS units with marking schemes and shared intelligence."]),
    ("Building trust and confidence in Suffolk Constabulary",
     "A police service that listens and is open to challenge.",
     ["Hold public meetings in every district, and publish what the Constabulary does with what people say.",
      "Scrutinise stop and search and the use of force through an independent panel.",
      "Handle complaints quickly and fairly, and review them independently when asked.",
      "Recruit a workforce that reflects Suffolk's communities."]),
]

CSS = base_css("'DejaVu Sans', sans-serif", "#1D3B5A", "#C8963E", "Suffolk Police and Crime Plan 2025–2029",
               size="8.9pt") + """
h1.t { font-family: 'Liberation Serif', serif; font-size: 22pt; }
.cover { background: #1D3B5A; color: #fff; }
.cover .org { position: absolute; left: 20mm; top: 24mm; font-size: 10pt; letter-spacing: 1.5pt; }
.cover h1 { position: absolute; left: 20mm; top: 95mm; margin: 0; font: 700 34pt 'Liberation Serif', serif; width: 170mm; }
.cover .yr { position: absolute; left: 20mm; top: 150mm; font-size: 18pt; color: #C8963E; }
.cover .foot { position: absolute; left: 20mm; bottom: 20mm; font-size: 8pt; color: #B9C7D6; }
.note-panel { position: relative; background: #F6F0E3; border: 1px solid #E2D3B2; margin: 0 0 7mm 0; padding: 6mm 16mm 5mm 7mm; }
.note-panel::after { content: ""; position: absolute; top: -1px; right: -1px; width: 0; height: 0;
  border-style: solid; border-width: 0 14mm 14mm 0; border-color: #fff #fff #D9C49A #D9C49A; }
.note-panel h2 { font: 700 16pt 'Liberation Serif', serif; color: #1D3B5A; margin: 0 0 1.5mm 0; }
.note-panel .short { font-style: italic; color: #7A5A1E; margin: 0 0 2.5mm 0; }
.note-panel ol { margin: 0; padding-left: 0; list-style: none; }
.note-panel li { margin: 0 0 1.6mm 0; padding-left: 9mm; text-indent: -9mm; }
.note-panel li b { display: inline-block; width: 9mm; text-indent: 0; color: #1D3B5A; }
.princ { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.princ div { border-top: 2px solid #C8963E; padding-top: 2mm; }
.back { background: #1D3B5A; color: #fff; padding: 200mm 20mm 0 20mm; }
"""


def panel(i, name, short, objs):
    li = "".join(f"<li><b>{i}.{k}</b>{e(o)}</li>" for k, o in enumerate(objs, 1))
    return f'<div class="note-panel"><h2>{e(name)}</h2><p class="short">{e(short)}</p><ol>{li}</ol></div>'


def sections():
    fw = paras(
        "Suffolk is one of the safest counties in England, and I want it to stay that way. But safety is not "
        "shared equally: people in some neighbourhoods of Ipswich and Lowestoft, and in isolated villages, told me "
        "they feel forgotten.",
        "This plan sets out what I expect from Suffolk Constabulary over the next four years, and what I will do "
        "with partners: the councils, the NHS, the fire and rescue service, the Probation Service and the "
        "voluntary sector.",
        "The plan has six priorities. Under each, the numbered objectives say what it covers. I will report on "
        "progress to the Police and Crime Panel every quarter.")
    fw += "<p><b>Police and Crime Commissioner for Suffolk</b></p><h2>The principles behind this plan</h2>"
    fw += '<div class="princ">' + "".join(f"<div><b>{e(a)}</b><br>{e(b)}</div>" for a, b in [
        ("Prevention first", "Stopping harm before it happens is better for everyone."),
        ("Fairness", "Everyone gets the same service, wherever they live."),
        ("Value for money", "Every pound of the police budget is spent with care."),
        ("Working together", "No single agency can keep Suffolk safe alone.")]) + "</div>"
    ctx = "<p>All figures on this page are illustrative and are not official statistics.</p>"
    ctx += table(["Suffolk in numbers (illustrative)", ""], [
        ("Population", "772,000"), ("Recorded crimes a year", "58,400"), ("Anti-social behaviour incidents", "14,900"),
        ("Domestic abuse incidents", "11,300"), ("People killed or seriously injured on the roads", "402"),
        ("Officers", "1,450")])
    ctx += "<h2>What you told us</h2>" + ul([
        "Seven in ten people want to see officers on foot in their town or village.",
        "Speeding through villages was the most common worry in rural areas.",
        "Young people worry about knives and about being asked to carry drugs.",
        "Victims want to be kept informed about their case."])
    ctx += ("<h2>The national picture</h2><p>The Home Secretary's Strategic Policing Requirement sets national "
            "threats that every force must be ready for: terrorism, serious and organised crime, public disorder, "
            "civil emergencies, child sexual abuse, national cyber incidents and violence against women and girls. "
            "They are national requirements, not priorities of this plan.</p>")
    pri = paras("These are my six priorities for 2025–2029. Each note sets out what the priority covers.")
    pri += panel(1, *PRIORITIES[0]) + panel(2, *PRIORITIES[1])
    pri2 = panel(3, *PRIORITIES[2]) + panel(4, *PRIORITIES[3])
    pri3 = panel(5, *PRIORITIES[4]) + panel(6, *PRIORITIES[5])
    part = paras("I cannot deliver this plan alone. These partnerships share responsibility for keeping Suffolk safe, "
                 "and I sit on or fund each of them.")
    part += table(["Partnership", "What it does"], [
        ("Safer Ipswich Partnership", "Community safety partnership for Ipswich"),
        ("East Suffolk Community Safety Partnership", "Community safety partnership for East Suffolk"),
        ("West Suffolk Community Safety Partnership", "Community safety partnership for West Suffolk"),
        ("Babergh and Mid Suffolk Community Safety Partnership", "Community safety partnership for the two districts"),
        ("Suffolk Domestic Abuse Partnership Board", "Domestic abuse strategy and safe accommodation duty"),
        ("Suffolk Serious Violence Duty partnership", "Serious Violence Duty strategy"),
        ("Suffolk Combating Drugs Partnership", "National drugs strategy in Suffolk"),
        ("Suffolk Youth Justice Management Board", "Youth justice plan"),
        ("Suffolk Reducing Reoffending Board", "Adult reoffending")])
    fund = paras("The police budget for 2025/26 is set out below. Figures are illustrative.")
    fund += table(["Budget line", "£ million"], [
        ("Police officers and staff", "118.4"), ("Commissioned victim services", "3.1"),
        ("Crime prevention and community safety grants", "1.6"), ("Estates, fleet and technology", "19.2"),
        ("Office of the Police and Crime Commissioner", "1.4")])
    fund += ("<h2>Holding the Chief Constable to account</h2><p>I hold a public accountability meeting every quarter. "
             "The Police and Crime Panel scrutinises my decisions.</p>"
             '<p class="note">Contact: opcc@suffolk-pcc.example · 01473 000 000 (illustrative)</p>')
    return [("fw", "Foreword", fw), ("ctx", "Suffolk today", ctx), ("pri", "Our priorities", pri),
            ("pri2", "Our priorities, continued", pri2, False), ("pri3", "Our priorities, continued", pri3, False),
            ("part", "Working in partnership", part), ("fund", "Funding and accountability", fund)]


def build(root):
    cover = ('<div class="cover"><div class="org">POLICE AND CRIME COMMISSIONER FOR SUFFOLK</div>'
             '<h1>Police and Crime Plan</h1><div class="yr">2025 – 2029</div>'
             '<div class="foot">A safer Suffolk, together</div></div>')
    back = ('<div class="back"><h2 style="color:#fff">Office of the Police and Crime Commissioner for Suffolk</h2>'
            '<p>opcc@suffolk-pcc.example</p><p>This document is available in other formats on request.</p></div>')
    return build_html(root, FILE, "plan.html", TITLE, CSS, cover, sections(), back)
