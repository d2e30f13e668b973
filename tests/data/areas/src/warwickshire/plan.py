"""Warwickshire Police and Crime Plan 2025-2029: reportlab canvas brochure (DejaVu Sans, Liberation Serif
headings), **each priority painted on the white balance beam of a drawn canal lock gate**.

Two priorities per page (P1-P2 p5, P3-P4 p6, P5-P6 p7): a white beam with a black-painted end, the gate leaf
hanging from its far end over a strip of lock water; no number is printed; under each gate an italic tag line and
the numbered objectives "1.1 ...". The principles (p3), "What you told us" (p4), the partner list and the national
Crime and Policing Measures (p8) and the budget (p9) are distractors.
"""
from rl_kit import Frame, ParagraphStyle, hexc, mm
from warwickshire.kit import H, W, RLDoc, esc, expect, wrap_lines

FILE = "plan/warwickshire_police_and_crime_plan_2025-29.pdf"
TITLE = "Warwickshire Police and Crime Plan 2025–2029"

PRIORITIES = [
    ("Preventing crime and anti-social behaviour", "Stopping crime before it happens, in towns and villages alike.", [
        "Work with retailers, businesses and residents to cut burglary, vehicle crime and shop theft, and fund "
        "crime prevention advice where it is needed most.",
        "Tackle anti-social behaviour with the district and borough councils, housing providers and the community "
        "safety partnerships, using early intervention first and the full range of powers where needed.",
        "Protect rural communities, farms and heritage sites from theft, wildlife crime and fly-tipping, with the "
        "rural crime team and farm watch schemes.",
        "Close down county lines and local drug dealing, and protect people whose homes are taken over by dealers.",
        "Reduce serious violence and knife crime, meeting the Serious Violence Duty with the county's violence "
        "prevention partnership."]),
    ("Protecting vulnerable people", "Recognising vulnerability and acting on it early.", [
        "Improve the response to domestic abuse from the first call to court, pursue perpetrators and fund "
        "programmes that change their behaviour, and make sure children affected by abuse are supported.",
        "Reduce violence against women and girls, including rape, sexual offences and stalking, and make public "
        "places and nights out safer for women and girls.",
        "Protect children from criminal and sexual exploitation, and respond quickly when children go missing.",
        "Identify and disrupt modern slavery and human trafficking, and make sure its victims are safeguarded.",
        "Protect older and isolated people from fraud, scams and doorstep crime."]),
    ("Putting victims and witnesses first", "Help to cope and recover, whether or not a crime is reported.", [
        "Commission an independent victim service that offers every victim support to cope and recover, "
        "including families harmed or bereaved by violent crime.",
        "Hold criminal justice agencies to account for the Victims' Code, and keep victims and witnesses informed "
        "as their case progresses.",
        "Fund specialist services for victims of domestic abuse and sexual violence, including independent "
        "advisers, refuges and other safe accommodation.",
        "Offer restorative justice to every victim who wants it."]),
    ("Delivering swift and fair justice", "A justice system that is quicker, fairer and breaks the cycle of "
     "offending.", [
        "Work through the Local Criminal Justice Board to cut the time from charge to court.",
        "Reduce reoffending through Integrated Offender Management, and help people leaving prison into settled "
        "housing, training and work.",
        "With the combating drugs partnership, get more people who depend on drugs or alcohol into treatment, keep "
        "them in recovery and reduce drug-related deaths.",
        "Divert children and young adults away from the justice system where it is safe to do so, and reduce "
        "reoffending by children, with the youth justice service."]),
    ("Making Warwickshire's roads safer", "Fewer people killed or seriously injured on our roads.", [
        "Target the 'fatal four': speeding, drink and drug driving, mobile phone use and not wearing a seat belt.",
        "Grow Community Speedwatch and respond to residents' concerns about speeding in villages.",
        "Deny criminals the use of the roads, including the motorways and trunk roads that cross the county."]),
    ("A visible and responsive police service", "Police who are there when you need them.", [
        "Protect the number of officers and PCSOs in neighbourhood policing teams.",
        "Answer 999 and 101 calls faster, and make online reporting simple.",
        "Support the wellbeing of officers and staff and uphold the highest standards of conduct.",
        "Report back to communities on what the police have done about the issues they raise."]),
]

GREEN, TEAL, WATER = "#1B4D3E", "#2F7F6F", "#7FB3C8"


def gate(c, doc, x, top, text):
    """A lock gate: white balance beam (text on it) with a black end, the gate leaf hanging from its right end."""
    bw, bh = 128 * mm, 0
    lines = wrap_lines(text, doc.hfb, 14, bw - 26 * mm)
    bh = (10 + 17 * len(lines))
    by = top - bh
    # lock wall and water
    c.setFillColor(hexc("#8A8F8C"))
    c.rect(x, by - 34 * mm, 170 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColor(hexc(WATER))
    c.rect(x + 128 * mm, by - 34 * mm, 42 * mm, 12 * mm, stroke=0, fill=1)
    # gate leaf
    c.setFillColor(hexc("#4A3B2E"))
    c.rect(x + 124 * mm, by - 30 * mm, 26 * mm, 30 * mm + bh * 0.5, stroke=0, fill=1)
    c.setStrokeColor(hexc("#6E5A47"))
    c.setLineWidth(1)
    for k in range(1, 6):
        c.line(x + 124 * mm, by - 30 * mm + k * 5 * mm, x + 150 * mm, by - 30 * mm + k * 5 * mm)
    c.setStrokeColor(hexc("#222222"))
    c.setLineWidth(1.6)
    c.line(x + 125 * mm, by - 29 * mm, x + 149 * mm, by - 1 * mm)
    # beam
    c.setFillColor(hexc("#FFFFFF"))
    c.setStrokeColor(hexc("#333333"))
    c.setLineWidth(1.2)
    c.roundRect(x, by, bw + 18 * mm, bh, 3, stroke=1, fill=1)
    c.setFillColor(hexc("#111111"))
    c.rect(x, by, 14 * mm, bh, stroke=0, fill=1)
    c.rect(x + bw + 12 * mm, by, 6 * mm, bh, stroke=0, fill=1)
    c.setFillColor(hexc(GREEN))
    for i, ln in enumerate(lines):
        c.setFont(doc.hfb, 14)
        c.drawString(x + 18 * mm, top - 21 - i * 17, ln)
    return by - 38 * mm


def priority_page(doc, pair, start):
    doc.n += 1
    c = doc.c
    doc._chrome()
    y = H - 24 * mm
    if start == 0:
        c.setFillColor(hexc(GREEN))
        c.setFont(doc.hfb, 21)
        c.drawString(20 * mm, y - 16, "My priorities")
        c.setFont(doc.f, 9.2)
        c.setFillColor(hexc("#333333"))
        c.drawString(20 * mm, y - 32, "Like the locks on the Hatton flight, each priority lifts us a step; "
                                      "the objectives under each say what I will do.")
        y -= 42
    tag = ParagraphStyle("tg", parent=doc.body, fontName="LiberationSerif-Regular", fontSize=10.5,
                         textColor=hexc(TEAL))
    half = (y - 20 * mm) / 2
    for k, (name, tl, objs) in enumerate(pair):
        top = y - k * half
        below = gate(c, doc, 20 * mm, top - 4 * mm, name)
        items = [doc.p("<i>" + esc(tl) + "</i>", tag)]
        num = start + k + 1
        for j, o in enumerate(objs, 1):
            items.append(doc.p(f"<b>{num}.{j}</b>&nbsp;&nbsp;{esc(o)}"))
        fr = Frame(20 * mm, top - half + 2 * mm, W - 40 * mm, below - (top - half + 2 * mm), leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
        fr.addFromList(items, c)
        if items:
            raise RuntimeError(f"priority {name} overflows")
    c.showPage()


def cover(doc):
    def draw(c):
        c.setFillColor(hexc(GREEN))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc(WATER))
        c.rect(0, 0, W, 60 * mm, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(doc.fb, 11)
        c.drawString(22 * mm, H - 28 * mm, "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WARWICKSHIRE")
        c.setFont(doc.hfb, 34)
        c.drawString(22 * mm, H - 120 * mm, "Police and Crime Plan")
        c.setFont(doc.hf, 24)
        c.drawString(22 * mm, H - 136 * mm, "for Warwickshire 2025–2029")
        c.setFont(doc.f, 11)
        c.drawString(22 * mm, H - 152 * mm, "Safer communities, fewer victims, a fairer justice system")
    doc.cover(draw)


def build(root):
    out = root / FILE
    d = RLDoc(out, TITLE, "Police and Crime Commissioner for Warwickshire", accent=GREEN,
              footer="{n}", running="Police and Crime Plan for Warwickshire 2025–2029")
    cover(d)
    d.contents([("Foreword", 3), ("Warwickshire today", 4), ("My priorities", 5)] +
               [("    " + p[0], 5 + i // 2) for i, p in enumerate(PRIORITIES)] +
               [("Working with partners", 8), ("Resources and accountability", 9)])
    d.page("Foreword", [
        d.p("Warwickshire is one of the safest places in the country to live, work and visit, but residents "
            "tell me that crime and anti-social behaviour still shape how safe they feel in their town centres, "
            "villages and on their roads. This plan sets out what I expect of Warwickshire Police and what I will "
            "do with partners over the next four years."),
        d.p("It was shaped by a survey of more than 3,000 residents, by meetings with parish and town councils, "
            "and by conversations with victims, young people and the partners I fund."),
        d.p("<b>Police and Crime Commissioner for Warwickshire</b>"),
        d.p("The principles behind this plan", d.h2),
        *d.bullets(["Prevention first: the cheapest crime is the one that never happens.",
                    "Victims at the centre of every decision.",
                    "Value for money for every council tax payer.",
                    "Openness: I will publish how the police are performing, every quarter."])])
    d.page("Warwickshire today", [
        d.p("Illustrative figures for 2023/24. They are not official statistics.", d.small),
        d.tiles([("611,000", "residents across five districts and boroughs"), ("41,900", "crimes recorded"),
                 ("6.9", "crimes per 100 residents"), ("9,400", "anti-social behaviour incidents"),
                 ("2,050", "domestic abuse crimes"), ("312", "people killed or seriously injured on the roads")]),
        d.p("What you told us", d.h2),
        *d.bullets(["Speeding and dangerous driving is the issue residents raise most often.",
                    "Fewer than half of respondents feel they see enough of the police.",
                    "Women and girls feel less safe in town centres after dark.",
                    "Rural residents want crime on farms and in villages taken seriously."])])
    for i in range(0, 6, 2):
        priority_page(d, PRIORITIES[i:i + 2], i)
    d.page("Working with partners", [
        d.p("No single agency can deliver this plan. I sit on, fund or work with:"),
        *d.bullets(["the Safer Warwickshire Partnership Board and the district community safety partnerships;",
                    "the Warwickshire Domestic Abuse and Sexual Violence Partnership;",
                    "the Warwickshire Serious Violence Prevention Partnership;",
                    "the Warwickshire Combating Drugs Partnership;",
                    "the Warwickshire Youth Justice Service management board;",
                    "the Warwickshire Reducing Reoffending Board and the Local Criminal Justice Board."]),
        d.p("The national Crime and Policing Measures", d.h2),
        d.p("The Government's national measures, which every police and crime plan must take into account, are "
            "listed here for reference; they are not the priorities of this plan:"),
        *d.bullets(["reduce murder and other homicide;", "reduce serious violence;",
                    "disrupt drugs supply and county lines;", "reduce neighbourhood crime;",
                    "tackle cyber crime;", "improve satisfaction among victims."])])
    d.page("Resources and accountability", [
        d.p("The police budget for 2025/26 is an illustrative £139 million, of which 58% comes from central "
            "government and 42% from council tax."),
        d.table([["Area", "Illustrative budget"], ["Police officers and staff", "£108.2m"],
                 ["Commissioning: victims and partnerships", "£4.1m"], ["Estates, vehicles and technology", "£18.6m"],
                 ["Office of the PCC", "£1.3m"], ["Other", "£6.8m"]], [110, 50]),
        d.p("How I will hold the Chief Constable to account", d.h2),
        d.p("Quarterly performance meetings held in public; a published scorecard; and the Police and Crime Panel, "
            "which scrutinises my decisions."),
        d.p("Contact: opcc@warwickshire-pcc.example · 01926 000 000", d.small)])
    def back(c):
        c.setFillColor(hexc(GREEN))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(hexc("#FFFFFF"))
        c.setFont(d.f, 10)
        c.drawString(22 * mm, 40 * mm, "Office of the Police and Crime Commissioner for Warwickshire")
        c.drawString(22 * mm, 34 * mm, "opcc@warwickshire-pcc.example")
    d.cover(back)
    d.save()
    expect(out, 10, {3: "Foreword", 4: "Warwickshire today", 5: "My priorities", 8: "Working with partners",
                     9: "Resources and accountability"})
    return out
