"""Hampshire and Isle of Wight Police and Crime Plan 2026-2030 (fictional new edition).

Layout: each priority is white text on a simulated photograph (a dark rectangle), a small "PRIORITY n" tag
above the heading; the numbered objectives follow in two columns under "What I will do".  Two priorities a page
(pp6-8), the seventh on p9 with the partners panel."""
from __future__ import annotations

from . import pages
from .kit import A4, Brand, Doc, colors, mm, style

FILE = "plan/hampshire_and_isle_of_wight_police_and_crime_plan_2026-30.pdf"

BRAND = Brand(org="Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
              body="lib-sans", head="dejavu-serif", primary="#0b2545", secondary="#13a89e", accent="#f2b134",
              tint="#eef3f7", size=A4, folio="{n}", folio_pos="outer", heading="rule",
              running="Police and Crime Plan 2026\u20132030")

PRIORITIES = [
    ("Visible neighbourhood policing in every community",
     "Officers who know your area, and who you know.",
     ["1.1 Protect and grow neighbourhood policing teams, keep police stations and front counters open, and "
      "publish how much time officers spend in their neighbourhoods.",
      "1.2 Work with district and unitary councils and the ASB taskforce to tackle anti-social behaviour hot "
      "spots, using the powers of the Anti-social Behaviour, Crime and Policing Act 2014 and the ASB case review.",
      "1.3 Target rural, wildlife and heritage crime with the Country Watch team, farm watch schemes and the "
      "National Park authorities.",
      "1.4 Reduce shop theft and business crime and keep town and city centres safe and welcoming by day."]),
    ("Tackling knife crime and serious violence",
     "Fewer weapons on our streets, fewer lives changed for ever.",
     ["2.1 Drive down knife crime with the Violence Reduction Unit and the partners named in the Serious "
      "Violence Duty, focusing on the people and places most affected.",
      "2.2 Close down county lines and local drug dealing, and protect children and vulnerable adults from "
      "criminal exploitation and cuckooing.",
      "2.3 Prevent young people from committing crime, through youth diversion, early intervention and the "
      "Turnaround programme.",
      "2.4 Reduce violence in the night-time economy with licensing authorities, door staff and Best Bar None."]),
    ("Keeping women and girls safe",
     "Every woman and girl should feel safe, at home, online and in public.",
     ["3.1 Identify domestic abuse earlier and fund specialist support for survivors and their children.",
      "3.2 Improve the response to rape, sexual offences and stalking, from first report to court.",
      "3.3 Hold perpetrators to account, with more places on behaviour change programmes.",
      "3.4 Make streets, parks, transport and nights out safer for women and girls."]),
    ("Putting victims first",
     "A service that treats every victim with respect.",
     ["4.1 Make sure every victim receives their rights under the Victims' Code, through the Victim Care "
      "Service and the Constabulary.",
      "4.2 Protect older and vulnerable residents from fraud, scams and doorstep crime.",
      "4.3 Increase the reporting of hate crime and support people who experience it.",
      "4.4 Offer restorative justice to every victim who wants it."]),
    ("Breaking the cycle of reoffending",
     "Less crime tomorrow because of what we do today.",
     ["5.1 Manage prolific offenders through Integrated Offender Management with the Probation Service.",
      "5.2 Get people whose drug or alcohol use drives their offending into treatment, with the combating "
      "drugs partnerships, including through drug testing on arrest.",
      "5.3 Help people leaving prison into housing, education and work."]),
    ("Making our roads safer",
     "Fewer people killed or seriously injured on our roads.",
     ["6.1 Reduce fatal and serious collisions by enforcing the \u2018fatal four\u2019 offences.",
      "6.2 Tackle car meets, street racing, anti-social driving and nuisance off-road bikes with councils.",
      "6.3 Support Community Speedwatch and safer rural roads."]),
    ("A police service you can trust",
     "Standards the public can see.",
     ["7.1 Strengthen vetting and professional standards and root out misconduct.",
      "7.2 Answer 999 and 101 calls quickly, and improve online reporting.",
      "7.3 Make complaints simpler and open the force to independent scrutiny."]),
]
WORDS = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN"]


def band(d: Doc, i: int, ytop: float, height: float) -> float:
    """Priority i on a photo band with white text; objectives below. Return the y below."""
    b, c = d.b, d.c
    m = b.margin
    W = d.W
    title, tag, objs = PRIORITIES[i]
    d.photo(0, ytop - 52 * mm, W, 52 * mm, seed=i + 3, base=("#1b2a3a", "#23302a", "#2e2333", "#2a2a2a")[i % 4])
    c.setFillColor(b.A)
    c.rect(m, ytop - 14 * mm, 26 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(b.P)
    c.setFont(b.B[1], 8)
    c.drawString(m + 2 * mm, ytop - 12 * mm, "PRIORITY " + WORDS[i])
    y = d.left(title, b.Hd[1], 21, m, ytop - 18 * mm, W * 0.72, colors.white, leading=25)
    d.left(tag, b.Hd[2], 11, m, y - 3 * mm, W * 0.7, hx_light(), leading=14)
    y = ytop - 58 * mm
    c.setFont(b.B[1], 10)
    c.setFillColor(b.S)
    c.drawString(m, y, "What I will do")
    story = d.story([("p", o) for o in objs], 9)
    cw = (W - 2 * m - 8 * mm) / 2
    d.flow(story, [(m, ytop - height, cw, y - 3 * mm - (ytop - height)),
                   (m + cw + 8 * mm, ytop - height, cw, y - 3 * mm - (ytop - height))])
    return ytop - height


def hx_light():
    return colors.HexColor("#d8e6ee")


def build(root):
    out = root / FILE
    d = Doc(out, BRAND, "Hampshire and Isle of Wight Police and Crime Plan 2026\u20132030",
            "Police and Crime Plan")
    b, c = d.b, d.c
    m = b.margin
    pages.cover(d, ["Police and", "Crime Plan"], "2026\u20132030  |  Safer streets, stronger communities",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight", variant="split", seed=11)
    pages.contents(d, [("Commissioner's foreword", 3), ("What you told us", 4), ("About this plan", 5),
                       ("My priorities", 6), ("Working with partners", 9), ("National responsibilities", 10),
                       ("Funding the plan", 11), ("How you can hold me to account", 12)])
    pages.prose(d, "Commissioner's foreword", [
        ("p", "This is my plan for policing and community safety in Hampshire and the Isle of Wight for the next "
              "four years. It is built on what more than nine thousand residents, businesses and partners told me "
              "in the consultation last autumn, and on the promises I made at the election."),
        ("p", "People want to see police officers in their neighbourhoods. They want anti-social behaviour dealt "
              "with, they want knives off our streets and they want to know that if they are a victim of crime "
              "they will be taken seriously. Those messages run through every page of this plan."),
        ("p", "I cannot do this alone. Our eleven district councils, two cities and the Isle of Wight each have a "
              "community safety partnership with plans of their own. The Violence Reduction Unit, the combating "
              "drugs partnerships and the domestic abuse partnership bring agencies together across the two "
              "counties. This plan sets out what I will do, and where I will work with them."),
        ("p", "I will publish an annual report on progress against every priority, and the Police and Crime Panel "
              "will scrutinise it in public. If we are not getting it right, I want to hear from you."),
        ("i", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ], cols=1, quote=("Every community, town and village deserves to feel safe, and to see the police who keep "
                      "it safe.", "Police and Crime Commissioner"))
    pages.stats(d, "What you told us", [
        ("9,120", "responses to the consultation (illustrative)"),
        ("71%", "want more visible officers in their neighbourhood"),
        ("58%", "said anti-social behaviour affects their area"),
        ("44%", "worried about speeding or dangerous driving"),
        ("1 in 3", "victims unsure how their case was progressing"),
        ("2.0m", "people live in the two counties")],
        [("h", "The issues you raised most"),
         ("b", ["Police visibility and the closure of front counters", "Anti-social behaviour in town centres "
                "and parks", "Speeding, car meets and off-road bikes", "Knife crime and young people",
                "Women's safety at night", "Slow updates for victims"]),
         ("h", "How we consulted"),
         ("p", "An online survey, twenty-two public meetings, focus groups with young people, survivors of "
               "domestic abuse and rural businesses, and a business crime forum. The responses were weighted "
               "by area so that the Isle of Wight and the rural districts were fairly represented.")])
    pages.prose(d, "About this plan", [
        ("h", "My last plan"),
        ("p", "My previous plan, for 2021\u20132025, set out nine promises. Among them were <i>more police "
              "officers</i>, <i>improving police visibility</i>, <i>tackling anti-social behaviour</i>, "
              "<i>improving the 101 service</i>, <i>preventing young people from committing crimes</i> and "
              "<i>targeting rural crime</i>. Most have been delivered or are continuing in this plan."),
        ("h", "How the plan is organised"),
        ("p", "The plan has seven priorities. Each one sets out what I will do, numbered so that partners can "
              "refer to them. Many topics sit within a broader priority: anti-social behaviour and rural crime, "
              "for example, are part of neighbourhood policing, and drug treatment sits with the work on "
              "reoffending."),
        ("h", "Our values"),
        ("b", ["<b>Listening</b> \u2013 the public's priorities come first", "<b>Fair</b> \u2013 policing by "
               "consent, without fear or favour", "<b>Open</b> \u2013 I publish what I decide and why",
               "<b>Together</b> \u2013 working with partners who share these aims"]),
        ("h", "The legal framework"),
        ("p", "The Police Reform and Social Responsibility Act 2011 requires every commissioner to issue a police "
              "and crime plan and to have regard to the Strategic Policing Requirement. The Crime and Disorder "
              "Act 1998 places a duty on community safety partnerships to work with me, and I must have regard "
              "to their priorities in turn."),
    ], cols=2)
    # priorities: two a page
    for k in range(3):
        d.new()
        y = d.H - 14 * mm
        y = band(d, 2 * k, y, 128 * mm)
        band(d, 2 * k + 1, y - 6 * mm, 122 * mm)
    d.new()
    y = band(d, 6, d.H - 14 * mm, 118 * mm)
    c = d.c
    y -= 8 * mm
    c.setFont(b.Hd[1], 16)
    c.setFillColor(b.P)
    c.drawString(m, y, "Working with partners")
    d.flow(d.story([
        ("p", "Each district and unitary area has a community safety partnership (CSP). I fund them through "
              "the community safety grant and meet their chairs twice a year. County-wide, I work through the "
              "Violence Reduction Unit, the Hampshire and Isle of Wight domestic abuse partnership, the combating "
              "drugs partnerships and the Local Criminal Justice Board."),
        ("b", ["Basingstoke and Deane, East Hampshire, Eastleigh, Fareham, Gosport, Hart, Havant, New Forest, "
               "Rushmoor, Test Valley and Winchester CSPs", "Safer Southampton, Safer Portsmouth and the Isle of "
               "Wight Community Safety Partnership"]),
    ], 9), [(m, 20 * mm, d.W - 2 * m, y - 24 * mm)])
    pages.prose(d, "National responsibilities", [
        ("p", "Alongside local priorities, the Constabulary must play its part in meeting national threats set "
              "out in the Strategic Policing Requirement: terrorism, serious and organised crime, a national "
              "cyber incident, child sexual abuse, public disorder, civil emergencies and violence against women "
              "and girls."),
        ("p", "The Serious Violence Duty requires the police, councils, health, fire and rescue, youth offending "
              "and probation services to work together to prevent and reduce serious violence. The Violence "
              "Reduction Unit coordinates this work across Hampshire and the Isle of Wight."),
        ("p", "The Victims and Prisoners Act 2024 strengthens the Victims' Code and the duty on commissioners to "
              "commission support services. The national Tackling Domestic Abuse Plan and the From Harm to Hope "
              "drugs strategy set frameworks that local partnerships follow."),
    ], cols=1, sidebar=("Regional collaboration", [
        ("p", "Joint operations with Thames Valley Police include roads policing, firearms and dogs."),
        ("p", "The South East Regional Organised Crime Unit leads on organised crime groups and fraud.")]))
    pages.table_page(d, "Funding the plan", "How the policing budget for 2026/27 is made up (illustrative).",
                     ["Source or area", "\u00a3m (illustrative)", "Notes"],
                     [["Central government grant", "268.4", "Including the police uplift grant"],
                      ["Council tax precept", "181.2", "Band D increase of \u00a314 a year"],
                      ["Commissioning budget", "9.6", "Victim services, community safety grants, VRU match"],
                      ["Community safety grants to CSPs", "1.4", "Allocated by population and need"],
                      ["Capital programme", "24.0", "Stations, vehicles and technology"]],
                     [50, 20, 60], note="Figures are illustrative for this re-created document only.")
    pages.prose(d, "How you can hold me to account", [
        ("p", "The Police and Crime Panel meets in public five times a year and reviews this plan, my annual "
              "report and the precept. I hold the Chief Constable to account at a monthly public accountability "
              "board, streamed online."),
        ("h", "How we will measure progress"),
        ("b", ["Time officers spend in neighbourhoods", "Anti-social behaviour incidents and repeat locations",
               "Knife crime and hospital admissions for assault with a sharp object", "Satisfaction of victims "
               "with updates", "People killed or seriously injured on the roads", "Complaints resolved within "
               "target times"]),
        ("p", "Contact the office at opcc@hampshire-iow-pcc.example or 01962 000 000 (illustrative)."),
    ], cols=2)
    pages.back(d, "Police and Crime Commissioner for Hampshire and the Isle of Wight",
               ["St George's Chambers, Winchester (illustrative address)", "opcc@hampshire-iow-pcc.example",
                "This plan is available in large print, easy read and other languages on request."],
               strap="A re-created document for testing. Not an official publication.")
    return d.save()
