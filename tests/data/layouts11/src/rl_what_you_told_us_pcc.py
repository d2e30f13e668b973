"""Brindlemoor Police and Crime Plan 2026-2029 (reportlab, 6 pages). Four priorities, each opening with a
big numeral and a heading, then the same three sub-headings: "What you told us" (consultation findings in the
public's voice, some phrased like priorities), "What I will do" (pledges) and "How we'll know" (measures).
p2: the Commissioner's foreword and the consultation's top five concerns, a ranked list. p6: the Strategic
Policing Requirement's national threats as a list of seven, the Government's Safer Streets mission, and the
last plan's three priorities."""
from __future__ import annotations

from kit11 import Doc, box, hexc, para_at, text

NAME = "what_you_told_us_pcc_plan"
ACC = "1D3557"
GOLDC = "C8962E"
TITLE = "Brindlemoor Police and Crime Plan 2026-2029"
PRI = [
    ("Neighbourhood policing you can see and reach",
     ["\u201cI haven't seen a police officer on my street in years.\u201d",
      "Only 41% of people said they knew how to contact their neighbourhood team."],
     ["Put 120 more officers and PCSOs into neighbourhood teams by 2028",
      "Answer 999 calls within 10 seconds and 101 calls within 3 minutes",
      "Give every ward a named officer, with contact details on the Constabulary website"],
     ["Share of residents who say they see police in their area at least once a month",
      "Call answering times, published every month"]),
    ("Safer roads in rural Brindlemoor",
     ["Speeding was the top concern in 38 of our 52 rural parishes.",
      "\u201cThe lanes are used as rat runs and nobody enforces the limit.\u201d"],
     ["Double the number of community speed watch groups, with police support",
      "Fund average speed cameras on the A614 and the Moor Road"],
     ["People killed or seriously injured on Brindlemoor's roads",
      "Number of active community speed watch groups"]),
    ("Women and girls safe at home, online and in public",
     ["Two in three women said they had changed how they travel to feel safe.",
      "Victims told us they were not kept informed after they reported."],
     ["Give every victim of rape or serious sexual assault a named officer from report to court",
      "Fund independent advisers for victims of stalking",
      "Run the Walk and Talk scheme in every town centre"],
     ["Charge rate for rape and serious sexual offences",
      "Victims' satisfaction with how they were kept informed"]),
    ("Tackling the drugs trade that drives violence and exploitation",
     ["County lines were named in every one of our youth focus groups.",
      "\u201cEveryone knows which houses are being used. Why does nothing happen?\u201d"],
     ["Close down the county lines that run into Brindlemoor from the cities",
      "Fund a cuckooing team with the district councils to protect vulnerable tenants",
      "Refer every child found in a county line to the National Referral Mechanism"],
     ["County lines closed each year", "Cuckooed addresses identified and made safe"]),
]


def sub(w, label, items):
    w.para(f"<b>{label}</b>", color=ACC, size=11, after=2)
    w.bullets(items, size=10, after=2)
    w.space(4)


def opener(d, w, n, name):
    c = d.c
    top = w.y
    text(c, 56, top - 46, str(n), "Sans-Bold", 54, GOLDC)
    h = para_at(c, name, 110, top - 8, d.W - 166, font="Sans-Bold", size=19, leading=23, color=ACC)
    w.y = top - max(h + 8, 58) - 10
    c.saveState()
    c.setStrokeColor(hexc(GOLDC))
    c.setLineWidth(1.5)
    c.line(56, w.y + 4, d.W - 56, w.y + 4)
    c.restoreState()
    w.y -= 8


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", TITLE, "Office of the Police and Crime Commissioner for Brindlemoor",
            footer=TITLE, accent=ACC)
    c, W, H = d.c, d.W, d.H
    # ---------------------------------------------------------------- p1 cover
    box(c, 0, 0, W, H, ACC)
    box(c, 56, H - 330, 80, 6, GOLDC)
    text(c, 56, H - 380, "Police and Crime Plan", "Sans-Bold", 34, "FFFFFF")
    text(c, 56, H - 420, "2026\u20132029", "Sans", 24, "E6D3A8")
    text(c, 56, H - 470, "Keeping Brindlemoor safe, together", "Sans-Italic", 15, "FFFFFF")
    text(c, 56, 90, "Naomi Ferreira-Holt, Police and Crime Commissioner for Brindlemoor", "Sans", 11, "FFFFFF")
    d.next()
    # ---------------------------------------------------------------- p2 foreword, consultation
    w = d.writer()
    w.heading("Foreword", size=18)
    w.para("When I was elected in May 2024 I promised to listen before I wrote this plan. Over the last year more "
           "than 5,600 of you answered my Brindlemoor Safe survey, and I held 31 public meetings, from Harlow Moor "
           "village hall to Brindlemoor Market Square.")
    w.para("This plan sets out my four priorities for Brindlemoor Constabulary and for the services I "
           "commission. For each one I say what you told me, what I will do, and how you will know whether it is "
           "working. It is my duty under the Police Reform and Social Responsibility Act 2011 to issue this plan "
           "and to hold the Chief Constable to account for delivering it.")
    w.para("<i>Naomi Ferreira-Holt, Police and Crime Commissioner</i>", color="555555")
    w.heading("What you told us", size=15, before=8)
    w.para("We asked people to choose the five crime and safety issues that worry them most. In order:")
    for i, s in enumerate(["Speeding and dangerous driving", "Drug dealing", "Anti-social behaviour",
                           "Burglary", "Violence against women and girls"], 1):
        w.para(f"{i}.&nbsp;&nbsp;{s}", indent=12, after=2)
    w.space(6)
    w.para("People also asked for officers they know by name, quicker answers on 101, and to be kept informed "
           "when they report a crime. Burglary has fallen by a third since 2019 and is now handled within the "
           "Constabulary's core policing plan rather than as a priority of its own.")
    w.heading("My priorities", size=15, before=8)
    w.para("I have four priorities. They run through pages 3 to 5, and every pound I spend is linked to one of "
           "them.")
    d.next()
    # ---------------------------------------------------------------- pp3-5 priorities (two on p3, one p4, one p5)
    w = d.writer()
    for i, (name, told, do, know) in enumerate(PRI, 1):
        if i in (3, 4):
            d.next()
            w = d.writer()
        opener(d, w, i, name)
        sub(w, "What you told us", told)
        sub(w, "What I will do", do)
        sub(w, "How we'll know", know)
        w.space(10)
        if i == 3:
            w.para("Violence against women and girls is also one of the Strategic Policing Requirement's national "
                   "threats, and Brindlemoor's response is set out in the county VAWG strategy.", size=9.5,
                   color="555555")
    w.heading("Working with partners", size=14, before=6)
    w.para("Two of my priorities cannot be delivered by the police alone. I will fund the Brindlemoor Combating "
           "Drugs Partnership and the Serious Violence Duty partnership, and I will chair the Local Criminal "
           "Justice Board.")
    d.next()
    # ---------------------------------------------------------------- p6 national requirements, previous plan
    w = d.writer()
    w.heading("National requirements", size=18)
    w.para("The Home Secretary's Strategic Policing Requirement sets out the national threats that every force "
           "must help to counter. I must have regard to it, and I will hold the Chief Constable to account for "
           "Brindlemoor's contribution. The national threats are:")
    w.bullets(["Terrorism", "Serious and organised crime", "A national cyber event", "Public disorder",
               "Civil emergencies", "Child sexual abuse", "Violence against women and girls"])
    w.para("The Government's Safer Streets mission aims to halve knife crime and violence against women and "
           "girls within a decade, and to restore confidence in policing.", after=10)
    w.heading("Resources", size=14, before=4)
    w.table([["", "2026-27"], ["Police grant and council tax precept", "\u00a3214.6m"],
             ["Commissioning budget (victims, community safety)", "\u00a34.9m"],
             ["Officers (full-time equivalent)", "1,842"], ["PCSOs", "164"]],
            [300, 120], head_bg=ACC, size=10, zebra="EEF1F6")
    w.heading("My last plan", size=14, before=4)
    w.para("The 2021-2024 plan had three priorities: fighting crime, supporting victims, and an efficient "
           "Constabulary. This plan keeps the focus on victims but is built around what residents asked for.")
    w.heading("Holding the Chief Constable to account", size=14, before=4)
    w.para("I publish a performance report against this plan every quarter, and the Brindlemoor Police and Crime "
           "Panel scrutinises my work in public.")
    return [d.close()]
