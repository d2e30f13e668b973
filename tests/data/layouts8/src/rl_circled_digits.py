"""Thistlewick Domestic Abuse Strategy. The four priorities are numbered with circled digits (U+2460 to U+2463,
DejaVu Sans) set in front of each bold title on p3; the principles on p2 use the negative circled digits of the
dingbat block (U+2776 to U+2778), and the action table on p4 refers to priorities only by their circled
digits. Survivors' words on p2 are lettered with circled letters (U+24B6 ...)."""
from __future__ import annotations

from kit8 import Doc, box, para_at, text

NAME = "circled_digits_domestic_abuse"
ACC = "5E2750"
C = "\u2460\u2461\u2462\u2463"
PRI = [
    ("Survivors and their children are safe at home or have somewhere safe to go",
     "Demand for refuge outstrips supply: 164 households were turned away in 2025. We will add 12 units of "
     "dispersed accommodation and keep the sanctuary scheme open to all tenures."),
    ("Children are recognised as victims in their own right",
     "Around 2,300 children in Thistlewick live with domestic abuse. We will fund a children's IDVA and bring "
     "Operation Encompass notifications to every nursery and school."),
    ("Abuse is spotted and acted on early, wherever someone first asks for help",
     "Most survivors told someone \u2013 a GP, a hairdresser, a housing officer \u2013 long before they called the "
     "police. We will train 600 frontline staff a year."),
    ("Perpetrators are challenged to change, and held to account when they do not",
     "We will keep the Drive programme for high-harm perpetrators and add a group programme for lower-risk "
     "perpetrators referred by the courts and children's services."),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Thistlewick Domestic Abuse Strategy 2026-2029",
            "Thistlewick Domestic Abuse Local Partnership Board", footer="Thistlewick Domestic Abuse Strategy "
            "2026-2029", accent=ACC, font="DejaVu")
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, "F7F0F5")
    box(c, 0, H - 360, W, 360, ACC)
    para_at(c, "Thistlewick Domestic Abuse Strategy", 56, H - 130, 480, font="DejaVu-Bold", size=30, color="FFFFFF",
            leading=36)
    para_at(c, "2026-2029", 56, H - 220, 480, font="DejaVu", size=20, color="FFFFFF")
    para_at(c, "Thistlewick Domestic Abuse Local Partnership Board", 56, H - 420, 480, font="DejaVu", size=12)
    para_at(c, "If you are in danger, call 999. For advice, call the Thistlewick Domestic Abuse Service on 01632 "
            "960 771.", 56, 120, 480, font="DejaVu-Bold", size=10, color=ACC)
    d.next()
    w = d.writer()
    w.heading("Introduction", 18)
    w.para("This strategy meets the duty in Part 4 of the Domestic Abuse Act 2021 and sets out how the partners on "
           "the Board will work together for survivors of domestic abuse in Thistlewick. It was shaped by 84 "
           "survivors, the Survivor Voice Group and the 2025 needs assessment.")
    w.heading("Our principles", 15)
    for sym, t in zip("\u2776\u2777\u2778", ["Survivors are believed and are not asked to tell their story twice.",
                                             "Every response considers the whole family, including children.",
                                             "We recognise that abuse happens in all communities and at all ages, "
                                             "including to older people and to men."]):
        w.para(f"<font size=14 color='#{ACC}'>{sym}</font>&nbsp;&nbsp;{t}", indent=0, after=5)
    w.heading("What survivors told us", 15)
    for sym, t in zip("\u24b6\u24b7\u24b8", ["\u201cI didn\u2019t know the GP could help until I saw the poster in "
                                             "the toilets.\u201d",
                                             "\u201cMy children were the ones who called the police, but nobody spoke "
                                             "to them.\u201d",
                                             "\u201cHe did the course and then he did it again.\u201d"]):
        w.para(f"<font color='#{ACC}'>{sym}</font>&nbsp;&nbsp;<i>{t}</i>", after=5)
    w.heading("The previous strategy", 15)
    w.para("The 2021-2024 strategy had three aims: safe accommodation, support for survivors, and prevention. The "
           "evaluation found good progress on accommodation but too little on children and perpetrators.")
    d.next()
    w = d.writer()
    w.heading("Our four priorities", 20)
    w.para("The Board has agreed four priorities for 2026-2029.", after=14)
    for sym, (name, body) in zip(C, PRI):
        y = w.y
        text(c, 56, y - 22, sym, "DejaVu-Bold", 26, ACC)
        w.reset(x=96, top=y, width=W - 152)
        w.para(name, size=14, font="DejaVu-Bold", color=ACC, leading=17, after=6)
        w.para(body, size=10, after=18)
        w.x = 56
    d.next()
    w = d.writer()
    w.heading("Our action plan for 2026-27", 18)
    w.table([["Priority", "Action", "Lead", "By"],
             ["\u2460", "12 units of dispersed accommodation", "Housing", "March 2027"],
             ["\u2460 \u2462", "Sanctuary scheme for all tenures, with a single referral route", "Housing",
              "October 2026"],
             ["\u2461", "A children's IDVA in the domestic abuse service", "Children's services", "September 2026"],
             ["\u2462", "Training for 600 frontline staff, including GPs and pharmacists", "Public health",
              "March 2027"],
             ["\u2463", "Group perpetrator programme", "Probation and the PCC", "January 2027"]],
            [55, 240, 110, 80], head_bg=ACC, zebra="F1E6EE")
    w.heading("How we will know we are making a difference", 15)
    w.bullets(["Fewer repeat referrals to MARAC (28% in 2025)", "More survivors supported in the community, not "
               "only in refuge", "More children referred to specialist support"])
    w.heading("Governance", 15)
    w.para("The Board reports every year to the Secretary of State on its use of the safe accommodation grant, and "
           "to the Safer Thistlewick Partnership.")
    return [d.close()]
