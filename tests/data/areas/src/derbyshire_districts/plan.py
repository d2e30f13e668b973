"""Derbyshire Police and Crime Plan 2025-2029: a fictional launch deck (python-pptx -> LibreOffice).

One slide per priority: a "Priority n" kicker, the priority as the slide title, and the numbered objectives
in two columns of cards.  An overview slide uses short chevron names only (distractor).
"""
from .deck import CENTER, Deck, LEFT, MIDDLE, RIGHT, S

OUT = "plan/derbyshire_police_and_crime_plan_2025-29.pdf"
NAVY, GOLD, SKY = "#14305A", "#C9A227", "#E8EEF6"

PRIORITIES = [
    ("Visible neighbourhood policing that communities can rely on", "Visible policing", [
        "1.1 More officers and PCSOs in neighbourhood teams, with named contacts for every ward",
        "1.2 Answer 999 and 101 calls faster and make online reporting simpler",
        "1.3 Divert children and young people from crime at the earliest point, through Turnaround, "
        "out-of-court resolutions and support to stop them reoffending",
        "1.4 Regular engagement in rural, remote and seldom-heard communities"]),
    ("Tackling anti-social behaviour and neighbourhood crime", "ASB and local crime", [
        "2.1 Anti-social behaviour: hotspot patrols, Immediate Justice and joint problem solving with councils",
        "2.2 Burglary, vehicle crime, shop theft and crime against local businesses",
        "2.3 Rural, wildlife and heritage crime, with the Rural Crime Team",
        "2.4 Reduce adult reoffending through Integrated Offender Management, housing and work on release",
        "2.5 Speeding and anti-social driving in our communities, including Community Speedwatch"]),
    ("Protecting women and girls from violence and abuse", "Women and girls", [
        "3.1 Domestic abuse, including children who live with it (Operation Encompass)",
        "3.2 Rape and sexual offences: more cases charged, better support through court",
        "3.3 Stalking and harassment",
        "3.4 Perpetrators: protection orders and behaviour change programmes",
        "3.5 Women's safety in public spaces, on transport and at night"]),
    ("Preventing serious violence, drugs and exploitation", "Violence and drugs", [
        "4.1 Lead the Serious Violence Duty partnership and cut knife crime",
        "4.2 Child criminal exploitation and county lines",
        "4.3 Disrupt drug supply and get more people into drug and alcohol treatment and recovery, with the "
        "Combating Drugs Partnership",
        "4.4 Modern slavery and human trafficking",
        "4.5 Violence and disorder in town centres and the night-time economy"]),
    ("Putting victims first", "Victims", [
        "5.1 A Victim Care service that meets the Victims' Code for every victim",
        "5.2 Independent advisers (IDVAs and ISVAs) and safe accommodation",
        "5.3 Fraud and scams against older and vulnerable people",
        "5.4 Support victims of hate crime and encourage reporting",
        "5.5 Restorative justice for victims who want it"]),
    ("A police service that is efficient, fair and trusted", "Efficient and trusted", [
        "6.1 Value for money: every pound of the precept accounted for",
        "6.2 High standards of conduct, and complaints handled quickly and openly",
        "6.3 A workforce that reflects Derbyshire's communities",
        "6.4 Modern technology and estates"]),
]


def build(root):
    d = Deck("Derbyshire Police and Crime Plan 2025-2029", "Derbyshire Police and Crime Plan 2025–2029",
             accent=NAVY, number_fmt="{n} / 15")
    # 1 title
    s = d.slide(footer=False, bg=NAVY)
    d.rect(s, 0, 5.6, 13.333, 0.12, GOLD)
    d.text(s, 0.8, 1.6, 11.5, 1.2, "Police and Crime Plan 2025–2029", size=44, bold=True, color="#FFFFFF")
    d.text(s, 0.8, 2.9, 11.5, 0.8, "Derbyshire Police and Crime Commissioner", size=24, color="#DDE6F2")
    d.text(s, 0.8, 4.1, 11.5, 1.2, ["Presentation to the Police and Crime Panel",
                                     "A fictional re-creation for testing. All figures are illustrative."],
           size=16, color="#DDE6F2")
    # 2 contents
    s = d.slide()
    d.heading(s, "Contents")
    items = ["Foreword", "What residents told us", "Where we are starting from", "Our six priorities",
             "Working with partners", "Measuring progress", "Money, governance and contacts"]
    for i, t in enumerate(items):
        d.shape(s, S.OVAL, 0.9, 1.6 + i * 0.72, 0.5, 0.5, fill=GOLD, paras=str(i + 1), size=14, bold=True)
        d.text(s, 1.6, 1.62 + i * 0.72, 9, 0.5, t, size=20)
    # 3 foreword
    s = d.slide()
    d.heading(s, "Foreword")
    d.text(s, 0.6, 1.5, 7.6, 5.2, [
        "Derbyshire is one of the safest places in the country to live, work and visit, but people tell me "
        "that they do not see enough of their local officers and that anti-social behaviour and speeding "
        "spoil their streets.",
        "This plan sets out what I expect the Chief Constable to deliver over the next four years, and how "
        "I will work with councils, health, probation and the voluntary sector to keep people safe.",
        "I will publish progress every quarter and report to the Police and Crime Panel.",
        "— Police and Crime Commissioner for Derbyshire"], size=17, spacing=10)
    d.shape(s, S.ROUNDED_RECTANGLE, 8.7, 1.6, 4.0, 4.6, fill=SKY, paras=[
        ("Our values", {"bold": True, "size": 20, "color": NAVY}), ("Listening", {"color": NAVY}),
        ("Fairness", {"color": NAVY}), ("Openness", {"color": NAVY}), ("Value for money", {"color": NAVY})],
        size=17, spacing=8)
    # 4 residents
    s = d.slide(notes="Survey figures are illustrative.")
    d.heading(s, "What residents told us")
    tiles = [("61%", "worry about speeding traffic"), ("58%", "see anti-social behaviour as a problem"),
             ("47%", "say drug dealing affects their area"), ("39%", "rarely see a police officer"),
             ("33%", "were targeted by a scam last year"), ("4,120", "survey responses (illustrative)")]
    for i, (big, small) in enumerate(tiles):
        x, y = 0.7 + (i % 3) * 4.1, 1.6 + (i // 3) * 2.5
        d.shape(s, S.ROUNDED_RECTANGLE, x, y, 3.8, 2.2, fill=SKY, paras=[
            (big, {"size": 36, "bold": True, "color": NAVY}), (small, {"size": 15, "color": "#333333"})])
    # 5 starting point
    s = d.slide()
    d.heading(s, "Where we are starting from")
    d.text(s, 0.6, 1.5, 6.0, 0.5, "The 2021–2025 plan's priorities", size=20, bold=True, color=NAVY)
    d.bullets(s, 0.6, 2.1, 6.0, 4.6, ["Neighbourhood policing", "Rural crime", "Fraud and cyber crime",
                                       "Road safety", "Violence against women and girls", "Supporting victims"],
              size=17)
    d.text(s, 7.0, 1.5, 5.8, 0.5, "Key findings (illustrative)", size=20, bold=True, color=NAVY)
    d.bullets(s, 7.0, 2.1, 5.8, 4.6, [
        "Recorded crime fell by 4% over the last plan", "Anti-social behaviour incidents rose in 5 of 9 districts",
        "Knife crime offences rose by 9%, most of them in Derby city", "Domestic abuse is 1 in 6 recorded crimes",
        "Rural crime cost farmers an estimated £1.9m"], size=16)
    # 6 overview (short names only)
    s = d.slide()
    d.heading(s, "Our six priorities")
    for i, (_, short, _) in enumerate(PRIORITIES):
        d.shape(s, S.CHEVRON if i else S.PENTAGON, 0.5 + i * 2.1, 3.0, 2.3, 1.4,
                fill=NAVY if i % 2 == 0 else "#2C5A94", paras=short, size=12, bold=True, margin=0.0)
    d.text(s, 0.6, 5.0, 12, 1.0, "Each priority has objectives that the Chief Constable and partners will deliver "
           "together. The next six slides set them out.", size=16, color="#555555")
    # 7-12 priorities
    for i, (title, short, objs) in enumerate(PRIORITIES, start=1):
        s = d.slide(notes=f"Priority {i}. Objectives are numbered {i}.1 onwards.")
        d.rect(s, 0, 0, 0.25, 7.5, GOLD)
        d.heading(s, title, kicker=f"Priority {i}", color=NAVY, size=28, h=1.1)
        half = (len(objs) + 1) // 2
        for j, ob in enumerate(objs):
            col, row = (0, j) if j < half else (1, j - half)
            d.shape(s, S.RECTANGLE, 0.6 + col * 6.2, 2.2 + row * 1.5, 5.9, 1.3, fill=SKY, paras=ob, size=15,
                    color="#1A1A1A", align=LEFT)
    # 13 partners
    s = d.slide()
    d.heading(s, "Working with partners")
    d.bullets(s, 0.6, 1.5, 12, 5, [
        "Nine community safety partnerships: Derby City and the eight Derbyshire districts",
        "Derby and Derbyshire Domestic Abuse and Sexual Violence Partnership Board",
        "Derbyshire Serious Violence Partnership (Serious Violence Duty)",
        "Derby and Derbyshire Combating Drugs Partnership", "Derbyshire and Derby youth justice services",
        "Local Criminal Justice Board and the Reducing Reoffending Board"], size=18)
    # 14 measures
    s = d.slide()
    d.heading(s, "Measuring progress")
    d.table(s, 0.6, 1.5, 12.1, [["Priority", "Measure (illustrative baselines)", "Direction"],
                                 ["Visible policing", "101 calls answered within 3 minutes (62%)", "Up"],
                                 ["ASB and neighbourhood crime", "ASB incidents per 1,000 people (18.4)", "Down"],
                                 ["Women and girls", "Rape charge rate (7%)", "Up"],
                                 ["Violence and drugs", "Hospital admissions for assault with a sharp object", "Down"],
                                 ["Victims", "Victims satisfied with the service (71%)", "Up"],
                                 ["Efficient and trusted", "Complaints resolved within 28 days", "Up"]],
            [3.6, 6.5, 2.0], size=14)
    # 15 money and contacts
    s = d.slide()
    d.heading(s, "Money, governance and contacts")
    d.text(s, 0.6, 1.5, 6, 4.5, ["Budget 2025–26 (illustrative): £236m", "Commissioning budget: £4.1m",
                                  "Police and Crime Panel scrutiny: quarterly", "Strategic Governance Board: monthly"],
           size=17, spacing=10)
    d.text(s, 7.0, 1.5, 5.8, 4.5, ["Office of the Police and Crime Commissioner",
                                    "contact@derbyshire-pcc.example", "0300 000 0000 (illustrative)"], size=17,
           spacing=10)
    return d.to_pdf(root / OUT)
