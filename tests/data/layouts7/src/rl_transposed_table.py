"""Marlstone Domestic Abuse Strategy, A4 landscape. The priorities are the COLUMN HEADERS of a transposed table
on p3: the first column holds row labels ("Why it matters", "What we will do", "Lead", "How we will know") and
each of the four priority columns is read downwards. Header cells are narrow, so every priority wraps. A
Part 4 safe-accommodation table (p4) uses the same transposed design with accommodation types as its columns."""
from __future__ import annotations

from kit7 import Doc, box, text

NAME = "transposed_table_domestic_abuse"
ACC = "8A3B12"
PRI = ["Earlier help, before abuse escalates", "Safe accommodation and support for every household that needs it",
       "Children recognised as victims in their own right", "Holding perpetrators to account and changing their "
       "behaviour"]


def finish(work, out):
    d = Doc(out / f"{NAME}.pdf", "Marlstone Domestic Abuse Strategy 2026-2029", "Marlstone Domestic Abuse Partnership "
            "Board", footer="Marlstone Domestic Abuse Strategy 2026-2029", accent=ACC, land=True)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, "FBF3EE")
    box(c, 0, 0, 28, H, ACC)
    text(c, 70, H - 210, "Domestic Abuse Strategy 2026-2029", "Sans-Bold", 32, ACC)
    text(c, 70, H - 245, "Marlstone Domestic Abuse Partnership Board", "Sans", 16, "5A3A2A")
    text(c, 70, 90, "If you are in danger, call 999. Marlstone Domestic Abuse Helpline: 0800 000 4471 (24 hours).",
         "Sans-Bold", 11, ACC)
    d.next()
    w = d.writer(x=56, width=W - 112)
    w.heading("Introduction", 18)
    w.para("Domestic abuse accounts for one in six crimes recorded in Marlstone and a third of all violent crime. In "
           "2024-25 there were 6,112 domestic abuse incidents reported to the police and 1,204 cases heard at the "
           "Multi-Agency Risk Assessment Conference (MARAC).")
    w.para("This strategy also meets the council's duty under Part 4 of the Domestic Abuse Act 2021 to publish a "
           "strategy for support in safe accommodation.")
    w.heading("The statutory definition", 14)
    w.para("Behaviour is \u201cabusive\u201d if it consists of any of the following:")
    w.bullets(["physical or sexual abuse", "violent or threatening behaviour", "controlling or coercive behaviour",
               "economic abuse", "psychological, emotional or other abuse"])
    w.heading("Our commitments to survivors", 14)
    w.bullets(["You will only have to tell your story once", "You will be offered support whether or not you report "
               "to the police", "You will be told what is happening and why"])
    d.next()
    w = d.writer(x=40, width=W - 80, size=9.5)
    w.heading("Our priorities", 20)
    w.para("The Board has agreed four priorities. Read each column from top to bottom.", after=8)
    data = [[""] + PRI,
            ["Why it matters", "Half of high-risk victims had been in contact with a GP or A&amp;E in the year before "
             "they were referred to MARAC.", "The needs assessment found a shortfall of 19 bed spaces, mostly for "
             "larger families and disabled survivors.", "An estimated 9,400 children in Marlstone live with domestic "
             "abuse. Only one in ten gets specialist help.", "A small number of perpetrators cause most of the harm: "
             "120 people account for a quarter of all incidents."],
            ["What we will do", "IRIS in every GP practice; domestic abuse champions in housing and adult social "
             "care", "Commission 19 more bed spaces; sanctuary scheme in every district", "A children's IDVA; "
             "Operation Encompass in all schools and nurseries", "A perpetrator programme for 150 men a year; DAPOs "
             "in all eligible cases"],
            ["Lead", "Integrated Care Board", "Marlstone Council (housing)", "Director of Children's Services",
             "Marlstone Police and Probation"],
            ["How we will know", "More referrals from health", "No household turned away for lack of space",
             "Children supported", "Fewer repeat incidents by the same perpetrator"]]
    w.table(data, [110, 165, 165, 165, 165], head_bg=ACC, size=9.5, zebra="",
            extra=[("BACKGROUND", (0, 1), (0, -1), "#F3E1D7"), ("FONTNAME", (0, 1), (0, -1), "Sans-Bold")])
    d.next()
    w = d.writer(x=56, width=W - 112, size=10)
    w.heading("Safe accommodation (Part 4 of the Domestic Abuse Act 2021)", 18)
    w.para("The Act lists the kinds of relevant safe accommodation that count towards the duty. This is what we have "
           "now and what we plan to add by 2029.", after=8)
    w.table([["", "Refuges", "Specialist refuges", "Dispersed accommodation", "Sanctuary schemes",
              "Second-stage accommodation"],
             ["Now", "34 units", "4 units", "12 units", "310 homes a year", "6 units"],
             ["By 2029", "40 units", "10 units", "26 units", "400 homes a year", "10 units"]],
            [110, 120, 120, 120, 120, 140], head_bg="5A3A2A", size=10, zebra="")
    w.heading("Governance", 14)
    w.para("The Domestic Abuse Partnership Board is chaired by the Director of Public Health. It reports to the "
           "Marlstone Community Safety Partnership and the Health and Wellbeing Board. The previous strategy "
           "(2021-2024) had three priorities: prevention, protection and provision. Its final report is on the "
           "council's website.")
    return [d.close()]
