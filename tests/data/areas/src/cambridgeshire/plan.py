"""Police and Crime Plan for Cambridgeshire and Peterborough 2024-2028: reportlab brochure, drawn page by page.

Six priorities, two a page (pp5-7).  Each priority is **painted in white on the side of a drawn punt** (a long
flat-bottomed boat with square ends, a mooring post and a punt pole, on a strip of river): the hull holds the
priority in serif bold, with no number; an italic tag line and the numbered objectives "1.1 ..." sit below the
water.  Distractors: the Commissioner's principles (p3), "What you told us" (p4), the tag lines and objectives,
the partnership list (p8), the Strategic Policing Requirement threats and the budget (p9).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cambridgeshire.kit import RL, check_pages

FILE = "plan/cambridgeshire_peterborough_police_and_crime_plan_2024-28.pdf"
TITLE = "Police and Crime Plan for Cambridgeshire and Peterborough 2024–2028"
INK, ACC, RIVER = colors.HexColor("#12355B"), colors.HexColor("#2E8B57"), colors.HexColor("#BFDCEB")
HULLS = ["#7A4E2D", "#2F5D50", "#8C3B3B", "#3D4F7A", "#6B5B2E", "#4A4A4A"]

PRIORITIES = [
    ("Preventing crime and anti-social behaviour in our communities",
     "Safe streets, villages and market towns, with problems solved before they grow.",
     ["1.1 Visible neighbourhood policing that works with the community safety partnerships on anti-social "
      "behaviour, nuisance and local problem-solving.",
      "1.2 Reducing burglary, vehicle crime, shoplifting and retail crime.",
      "1.3 Protecting rural communities from hare coursing, farm and machinery theft, fly-tipping and heritage crime.",
      "1.4 Diverting children and young people from crime and reducing reoffending by children, with the youth "
      "justice services, Turnaround and out-of-court work."]),
    ("Tackling violence and exploitation",
     "Fewer people hurt, and no one exploited for someone else's profit.",
     ["2.1 Reducing serious violence and knife crime with the partners of the Serious Violence Duty.",
      "2.2 Disrupting drug supply and county lines, and protecting people whose homes are taken over (cuckooing).",
      "2.3 Protecting children from criminal and sexual exploitation.",
      "2.4 Tackling modern slavery, human trafficking and labour exploitation, including in agriculture, food "
      "processing and car washes."]),
    ("Keeping women and girls safe",
     "Every woman and girl safe at home, online and in public.",
     ["3.1 Identifying domestic abuse earlier and pursuing perpetrators, including through perpetrator "
      "programmes that change behaviour.",
      "3.2 Improving the investigation of rape, sexual offences and stalking.",
      "3.3 Safer public spaces, transport and night-time economies for women and girls.",
      "3.4 Protecting children who live with domestic abuse, through Operation Encompass and school support."]),
    ("Putting victims first",
     "Victims treated with dignity and helped to cope and recover.",
     ["4.1 Support for every victim of crime through the Victim and Witness Hub, including victims of violence.",
      "4.2 Making sure agencies keep to the Victims' Code.",
      "4.3 Specialist support for victims of domestic abuse and sexual violence: IDVAs, ISVAs, and refuges and "
      "other safe accommodation.",
      "4.4 Offering restorative justice to every victim who wants it, including where the offender is a child."]),
    ("Justice that works",
     "A criminal justice system that is swift, fair and stops the cycle of offending.",
     ["5.1 Swift justice and the use of out-of-court resolutions for adults.",
      "5.2 Integrated Offender Management, and a home, training and a job for people leaving prison or on "
      "probation.",
      "5.3 Supporting the combating drugs partnership to get more people into drug and alcohol treatment, through "
      "the courts and on release from prison, and to cut drug-related deaths.",
      "5.4 A women's justice approach that keeps women out of custody where that is safe."]),
    ("Safer roads",
     "Fewer people killed or seriously injured on our roads.",
     ["6.1 Enforcement against the Fatal Four: speeding, drink and drug driving, seat belts and mobile phones.",
      "6.2 Growing Community Speedwatch in towns and villages.",
      "6.3 Working with the road safety partnership on the A14, A47 and rural fen roads."]),
]


def punt(c, x, y, w, h, fill, text, st, para):
    """A punt: flat hull with square raked ends, pole, mooring post and water."""
    c.setFillColor(RIVER); c.rect(x - 6 * mm, y - 9 * mm, w + 12 * mm, 11 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#7FB3CF")); c.setLineWidth(0.8)
    for k in range(6):
        xx = x + k * w / 6
        c.bezier(xx, y - 5 * mm, xx + 6 * mm, y - 3 * mm, xx + 12 * mm, y - 7 * mm, xx + 18 * mm, y - 5 * mm)
    c.setFillColor(colors.HexColor(fill)); c.setStrokeColor(colors.HexColor("#2B1B10")); c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + h); p.lineTo(x + w, y + h); p.lineTo(x + w - 6 * mm, y); p.lineTo(x + 6 * mm, y); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#D8B98A")); c.rect(x, y + h, w, 1.8 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#5A3A1E")); c.setLineWidth(2)
    c.line(x + w - 16 * mm, y - 6 * mm, x + w - 2 * mm, y + h + 14 * mm)
    c.setFillColor(colors.HexColor("#6B4A2B")); c.rect(x - 10 * mm, y - 8 * mm, 3 * mm, h + 18 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#999999")); c.setLineWidth(0.6)
    c.line(x - 7 * mm, y + h + 6 * mm, x + 2 * mm, y + h - 2 * mm)
    para(text, st, x + 12 * mm, y + h - (h - st.leading * (2 if len(text) > 44 else 1)) / 2 - 1, w - 24 * mm)


def build(root):
    out = root / FILE
    d = RL(out, A4, TITLE, "Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
           "Police and Crime Plan 2024–2028 · Cambridgeshire and Peterborough", lambda n: f"{n}", ACC, INK)
    c = d.c
    hull = ParagraphStyle("hull", fontName=d.sbold, fontSize=15, leading=18, textColor=colors.white)
    tag = ParagraphStyle("tag", parent=d.body, fontName=d.sreg, fontSize=10.5, leading=13, textColor=ACC)
    obj = ParagraphStyle("obj", parent=d.body, fontSize=9, leading=12.4, leftIndent=18, firstLineIndent=-18)
    # 1 cover
    d.n += 1
    c.setFillColor(INK); c.rect(0, 0, d.W, d.H, stroke=0, fill=1)
    c.setFillColor(RIVER); c.rect(0, 70 * mm, d.W, 26 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(d.bold, 10)
    c.drawString(d.L, d.H - 30 * mm, "POLICE AND CRIME COMMISSIONER FOR CAMBRIDGESHIRE AND PETERBOROUGH")
    c.setFont(d.sbold, 34); c.drawString(d.L, 200 * mm, "Police and Crime Plan")
    c.setFont(d.sreg, 20); c.drawString(d.L, 186 * mm, "2024 – 2028")
    c.setFont(d.sreg, 13); c.drawString(d.L, 170 * mm, "Safer together, from the city to the fens")
    d.end()
    # 2 contents
    d.page("Contents")
    d.contents([("A message from the Commissioner", 3), ("What you told us", 4), ("My priorities", 5),
                ("Working in partnership", 8), ("National threats and resources", 9), ("Holding the police to account", 10)])
    d.y -= 2 * mm
    for t, _, _ in PRIORITIES:
        c.setFont(d.reg, 9.5); c.setFillColor(colors.HexColor("#555555")); c.drawString(d.L + 10 * mm, d.y, t)
        d.y -= 6 * mm
    d.end()
    # 3 foreword
    d.page("A message from the Commissioner")
    d.p("Cambridgeshire and Peterborough is one of the fastest-growing areas in the country. Cambridge, Peterborough "
        "and the market towns are growing, and the fens and villages face crimes that many cities never see. This "
        "plan sets out what I expect of Cambridgeshire Constabulary and what I will do with partners over the next "
        "four years.",
        "I have listened to more than three thousand residents, to victims, and to the councils, health services and "
        "charities that work with us. Their views shaped the six priorities in this plan.",
        "The plan is not only for the police. Most of what keeps people safe is done together: with the community "
        "safety partnerships, the youth justice services, the combating drugs partnership, probation and health.",
        "My principles are:")
    d.bullets(["<b>Listen first</b> – the public's concerns set the agenda.",
               "<b>Prevent before we cure</b> – early help is cheaper and kinder than a crisis.",
               "<b>Value for money</b> – every pound spent where it does most good.",
               "<b>Fairness</b> – policing that is trusted by every community."])
    d.p("<b>Police and Crime Commissioner for Cambridgeshire and Peterborough</b>")
    d.end()
    # 4 what you told us
    d.page("What you told us")
    d.p("All figures on this page are illustrative and are not official statistics.", style=d.small)
    d.table([["Finding from the 2023 survey (illustrative)", "Residents"],
             ["Worried about anti-social behaviour where they live", "46%"],
             ["Want to see more officers in their neighbourhood", "71%"],
             ["Think speeding is a problem on their road", "58%"],
             ["Know how to report rural crime", "39%"],
             ["Women who feel unsafe in a town centre after dark", "43%"]], [120 * mm, d.TW - 120 * mm])
    d.h("What partners told us")
    d.bullets(["Violence is concentrated in Peterborough and Cambridge city centres and in a small number of places.",
               "Exploitation of children and of migrant workers is under-reported.",
               "Demand for domestic abuse services has risen by about a fifth since 2021 (illustrative).",
               "Too many people leave prison with nowhere to live."])
    d.h("How the plan is organised")
    d.p("Each of the six priorities on the following pages has a short statement of what success looks like and "
        "numbered objectives. The objectives say where each area of work belongs, so partners can see which priority "
        "their work supports.")
    d.end()
    # 5-7 priorities
    for k in range(3):
        d.page("My priorities" if k == 0 else None)
        if k == 0:
            d.p("These are my six priorities for 2024–2028.")
        for j in range(2):
            i = 2 * k + j
            text, tl, objs = PRIORITIES[i]
            top = d.y - 8 * mm
            punt(c, d.L + 12 * mm, top - 24 * mm, d.TW - 18 * mm, 22 * mm, HULLS[i], text, hull,
                 lambda t, s, x, y, w: d.para(t, s, x, y, w))
            d.y = top - 38 * mm
            d.y = d.para(f"<i>{tl}</i>", tag) - 3 * mm
            for o in objs:
                d.y = d.para(o, obj) - 1.6 * mm
            d.y -= 4 * mm
        d.end()
    # 8 partnership
    d.page("Working in partnership")
    d.p("I fund and work with these partnerships. Their strategies set their own priorities; this plan shows where "
        "they meet mine.")
    d.table([["Partnership", "Area"],
             ["Cambridge City Community Safety Partnership", "Cambridge"],
             ["Safer Peterborough Partnership", "Peterborough"],
             ["Fenland, Huntingdonshire, East Cambridgeshire and South Cambridgeshire CSPs", "Districts"],
             ["Domestic Abuse and Sexual Violence Partnership", "County-wide"],
             ["Serious Violence Duty partnership", "County-wide"],
             ["Combating Drugs and Alcohol Partnership", "County-wide"],
             ["Cambridgeshire and Peterborough youth justice services", "County and city"],
             ["Reducing Reoffending Board", "County-wide"],
             ["Road safety partnership", "County-wide"]], [120 * mm, d.TW - 120 * mm])
    d.p("I chair the Countywide Community Safety Strategic Board, which brings the partnerships together four times a "
        "year to avoid duplication and share what works.")
    d.end()
    # 9 SPR and budget
    d.page("National threats and resources")
    d.p("The Home Secretary's Strategic Policing Requirement sets national threats that every force must be ready to "
        "meet. They sit alongside this plan rather than within it:")
    d.bullets(["Terrorism", "Serious and organised crime", "A national cyber incident", "Child sexual abuse",
               "Public disorder", "Civil emergencies", "Violence against women and girls"])
    d.h("Budget 2024/25 (illustrative)")
    d.table([["Item", "£m"], ["Police grant and precept", "186.4"], ["Commissioned services", "4.9"],
             ["Community safety grants", "1.3"], ["Victims' services", "2.6"]], [120 * mm, d.TW - 120 * mm])
    d.end()
    # 10 accountability / back
    d.page("Holding the police to account")
    d.p("The Police and Crime Panel scrutinises my work. I hold the Chief Constable to account at a public "
        "accountability board each quarter and publish an annual report.",
        "Contact: opcc@cambs-pcc.example · Telephone 0300 000 0101 (illustrative) · This plan is available in "
        "large print and other languages on request.")
    d.end()
    d.save(10)
    check_pages(out, 10)
    return out
