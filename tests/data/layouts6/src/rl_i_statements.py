"""Ashby Vale domestic abuse strategy: the priorities are five "I statements" written with survivors, in
boxes on p3. Survivors' first-person quotes (p4) and "We will" principles are not priorities."""
from __future__ import annotations

from kit6 import Doc, box, para_at, text

NAME = "i_statements_domestic_abuse"
ISTATE = [
    ("I am believed and listened to the first time I ask for help",
     "One front door for domestic abuse advice; training for GP receptionists and housing officers."),
    ("I can stay safely in my own home, or move to a safe one quickly",
     "Sanctuary scheme in every district; 12 more dispersed safe accommodation units."),
    ("My children get support to recover too",
     "A children's Independent Domestic Violence Adviser; Operation Encompass in every school."),
    ("The person who harmed me is held to account",
     "Domestic Abuse Protection Orders in all eligible cases; perpetrator programme places doubled."),
    ("I can get help in my own language, at any time of day or night",
     "Interpreters booked by the helpline; a text and web chat service from 2027."),
]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Ashby Vale Domestic Abuse Strategy 2026-2030",
            "Ashby Vale Domestic Abuse Local Partnership Board", footer="Ashby Vale Domestic Abuse Strategy 2026-2030",
            accent="1D6F6B")
    c, W, H = d.c, d.W, d.H
    box(c, 0, H - 360, W, 360, "1D6F6B")
    text(c, 56, H - 200, "Domestic Abuse Strategy", "Sans-Bold", 30, "FFFFFF")
    text(c, 56, H - 236, "Ashby Vale 2026-2030", "Sans", 20, "FFFFFF")
    text(c, 56, H - 330, "Including our Safe Accommodation Strategy under Part 4 of the Domestic Abuse Act 2021",
         "Sans", 10, "DDF0EE")
    d.next()
    w = d.writer()
    w.heading("Foreword", 18)
    w.para("Domestic abuse affects one in five adults in Ashby Vale over their lifetime. Last year the police "
           "recorded 4,906 domestic abuse incidents, and our specialist services supported 1,780 adults and 912 "
           "children.")
    w.para("This strategy is different from our last one. We asked 64 survivors what would have made the most "
           "difference to them. We then wrote our priorities in their words, as \u201cI statements\u201d, so that "
           "every partner can test its services against them.")
    w.para("<i>Sandra Okafor, Chair, Domestic Abuse Local Partnership Board</i>", after=14)
    w.heading("How we wrote this strategy", 14)
    w.bullets(["Needs assessment of safe accommodation (May 2025)", "Survivor workshops in Ashby, Colton and "
               "Mere Bridge (June to August 2025)", "Consultation with 41 organisations",
               "Review of three Domestic Homicide Reviews"])
    w.heading("Our last strategy (2021-2025) had three objectives", 14)
    w.bullets(["Increase reporting", "Improve the safety of high-risk victims", "Reduce repeat victimisation"])
    d.next()
    w = d.writer()
    w.heading("Our priorities", 20)
    w.para("Our five priorities are written as \u201cI statements\u201d. Each one is what a survivor should be able "
           "to say about our services by 2030.", after=12)
    y = w.y
    for s, act in ISTATE:
        box(c, 56, y - 92, W - 112, 84, "E6F2F1", radius=6)
        box(c, 56, y - 92, 8, 84, "1D6F6B")
        h = para_at(c, f"<b>{s}</b>", 76, y - 16, W - 150, size=14, color="1D4F4C", leading=17)
        para_at(c, f"<i>What we will do:</i> {act}", 76, y - 22 - h, W - 150, size=9.5, color="333333")
        y -= 100
    d.next()
    w = d.writer()
    w.heading("What survivors told us", 18)
    for q in ["\u201cI told three different people before anyone did anything.\u201d",
              "\u201cI had to leave my job because the refuge was forty miles away.\u201d",
              "\u201cMy son still has nightmares and nobody ever asked about him.\u201d",
              "\u201cI want him to know that what he did was wrong.\u201d"]:
        w.para(q, size=14, font="Sans-Italic", color="1D6F6B", after=10)
    w.heading("Our principles", 16)
    w.bullets(["We will put the survivor's safety first", "We will see the whole family",
               "We will not ask survivors to repeat their story", "We will treat abuse as everyone's business"])
    d.next()
    w = d.writer()
    w.heading("Safe accommodation: our statutory duty", 16)
    w.para("Under Part 4 of the Domestic Abuse Act 2021, Ashby Vale County Council must assess the need for support "
           "in safe accommodation and publish a strategy. This section is that strategy. The needs assessment "
           "found a shortfall of 14 units, mainly for women with older sons, disabled survivors and men.")
    w.heading("How we will measure progress", 16)
    w.table([["Measure", "2024-25", "Aim"],
             ["Repeat referrals to MARAC", "34%", "Below 28%"],
             ["Households in safe accommodation", "211", "260"],
             ["Children supported by a specialist service", "912", "1,100"],
             ["Survivors who felt believed (exit survey)", "71%", "90%"]], [240, 100, 120])
    return [d.close()]
