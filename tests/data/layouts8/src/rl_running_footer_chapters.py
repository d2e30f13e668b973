"""Police and Crime Plan for Dunmarsh 2026-2029. Page 2 is a "plan on a page": a circle of four coloured
quarters, each holding one priority, round the PCC's vision. Pages 4-11 are four two-page chapters, each opening
with a "PRIORITY N" kicker over the priority in the SAME wording. The running footer of every chapter page reads
"Priority N: <the priority>", so each priority is printed on four pages (plan on a page, chapter opener, both
chapter footers). An outcomes framework (p12) numbers its measures "Outcome 1.1", "Outcome 1.2" ..."""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER

from rl_kit import hexc
from kit8 import Doc, box, para_at, text

NAME = "running_footer_chapters_pcc"
ACC = "14365C"
PRI = [
    ("Neighbourhood policing you can see and trust", "1C6E8C",
     "Residents told us the thing they want most is to know their local officers. Neighbourhood teams lost 60 "
     "posts between 2015 and 2020; we have replaced 41 of them.",
     ["Ring-fence neighbourhood officers from response duties", "A named officer for every ward, on the force website",
      "Beat surgeries at least monthly in every ward"]),
    ("Safer streets", "2E7D4F",
     "Robbery, vehicle crime and anti-social behaviour are the crimes residents worry about most. Most of it happens "
     "in a small number of places.",
     ["Hot-spot patrols in the 20 streets with the most crime", "CCTV upgrades in Dunmarsh and Calder Quay",
      "Faster action against repeat anti-social behaviour"]),
    ("Putting victims first", "B5651D",
     "Victims' satisfaction with being kept informed has fallen to 58%. Too many victims drop out before court.",
     ["A single victim care hub for all crime types", "Updates to victims within 28 days, every time",
      "More independent sexual violence advisers"]),
    ("Tackling violence against women and girls", "7B2C5E",
     "One in three women in our survey said they had changed how they travel because they felt unsafe.",
     ["Vetting and standards: zero tolerance of misogyny in the force", "More stalking protection orders",
      "Women's safety walks in every town centre"]),
]


class ChapterDoc(Doc):
    """The footer of a chapter page names its priority."""

    def _foot(self):
        if self.n == 1:
            return
        text(self.c, 56, 30, self.footer, self.font, 8, "666666")
        text(self.c, self.W - 56, 30, str(self.n), self.font, 8, "666666", anchor="right")


def finish(work, out):
    plan = "Police and Crime Plan for Dunmarsh 2026-2029"
    d = ChapterDoc(out / f"{NAME}.pdf", plan, "Office of the Police and Crime Commissioner for Dunmarsh", footer=plan,
                   accent=ACC)
    c, W, H = d.c, d.W, d.H
    box(c, 0, 0, W, H, ACC)
    para_at(c, "Police and Crime Plan", 56, H - 180, 480, font="Sans-Bold", size=40, color="FFFFFF")
    para_at(c, "Dunmarsh 2026-2029", 56, H - 235, 480, size=24, color="FFFFFF")
    para_at(c, "Gareth Lyle, Police and Crime Commissioner for Dunmarsh", 56, 140, 480, size=12, color="DDDDDD")
    d.next()

    text(c, 56, H - 70, "The plan on a page", "Sans-Bold", 22, ACC)
    cx, cy, R = W / 2, H / 2 + 40, 200
    pos = [(-1, 1), (1, 1), (1, -1), (-1, -1)]
    starts = [90, 0, 270, 180]
    for (name, col, _, _), st, (sx, sy) in zip(PRI, starts, pos):
        c.setFillColor(hexc(col))
        c.setStrokeColor(hexc("FFFFFF"))
        c.setLineWidth(4)
        c.wedge(cx - R, cy - R, cx + R, cy + R, st, 90, stroke=1, fill=1)
        para_at(c, name, cx + sx * 100 - 60, cy + sy * 100 + 28, 120, font="Sans-Bold", size=13, color="FFFFFF",
                leading=16, align=TA_CENTER)
    c.setFillColor(hexc("FFFFFF"))
    c.circle(cx, cy, 72, stroke=0, fill=1)
    text(c, cx, cy + 34, "MY VISION", "Sans-Bold", 8, ACC, anchor="center")
    para_at(c, "A safer Dunmarsh, where the police are part of every community", cx - 58, cy + 22, 116, size=10,
            color=ACC, leading=12.5, align=TA_CENTER)
    w = d.writer(top=cy - R - 30)
    w.para("<b>My pledges.</b> I pledge to keep the police station front counters in Dunmarsh, Calder Quay and Holt "
           "open; to publish the force's 999 answer times every month; and to hold a public meeting in every "
           "district each year.")
    w.para("<b>Our values.</b> Fair, visible, accountable.")
    d.next()

    w = d.writer()
    w.heading("Foreword", 20)
    w.para("I was elected in May 2024 on a promise to bring policing back to our neighbourhoods. This plan sets out "
           "my four priorities for the next three years. I consulted 3,900 residents, and I have listened to the "
           "Chief Constable, to councils and to victims' groups.")
    w.para("<i>Gareth Lyle, Police and Crime Commissioner</i>")
    w.heading("The Strategic Policing Requirement", 15)
    w.para("The Chief Constable must also respond to national threats: terrorism, serious and organised crime, "
           "public disorder, civil emergencies, child sexual abuse, national cyber incidents and violence against "
           "women and girls. These are national requirements, not local priorities.")
    w.heading("How this plan is organised", 15)
    w.para("Each of the next four chapters is one of my priorities, in the order of the plan on a page. Each chapter "
           "says why it matters, what I will do and how I will hold the Chief Constable to account. The outcomes "
           "framework at the end sets out how we will measure progress.")
    for i, (name, col, why, will) in enumerate(PRI, 1):
        d.next()
        d.footer = f"Priority {i}: {name}"
        box(c, 0, H - 200, W, 200, col)
        text(c, 56, H - 80, f"PRIORITY {i}", "Sans-Bold", 10, "FFFFFF", char_space=2)
        para_at(c, name, 56, H - 95, 460, font="Sans-Bold", size=28, color="FFFFFF", leading=33)
        w = d.writer(top=H - 230)
        w.heading("Why it matters", 15)
        w.para(why)
        w.heading("What I will do", 15)
        w.bullets(will)
        d.next()
        w = d.writer()
        w.heading("How I will hold the Chief Constable to account", 15)
        w.para("Progress will be reported to my public Accountability Board every quarter, with the measures in the "
               "outcomes framework and a case study chosen by residents.")
        w.heading("Working with partners", 15)
        w.para("The community safety partnerships in Dunmarsh, Calder Quay and Holt share this priority, and my "
               "grants to them are tied to it.")
    d.next()
    d.footer = plan
    w = d.writer()
    w.heading("Outcomes framework", 20)
    w.para("Each priority has two outcomes. They are numbered by priority.")
    w.table([["Outcome", "What we want to see", "Measure", "Baseline"],
             ["Outcome 1.1", "People know their local officers", "Residents who know how to contact their team",
              "34%"],
             ["Outcome 1.2", "Confidence in local policing rises", "Residents who trust the police", "61%"],
             ["Outcome 2.1", "Less neighbourhood crime", "Robbery and vehicle crime in hot spots", "2,114"],
             ["Outcome 2.2", "Less repeat anti-social behaviour", "Repeat ASB callers", "812"],
             ["Outcome 3.1", "Victims kept informed", "Victims satisfied with updates", "58%"],
             ["Outcome 3.2", "Fewer victims drop out", "Cases closed as 'victim does not support'", "31%"],
             ["Outcome 4.1", "Women and girls feel safer", "Women who feel safe after dark", "54%"],
             ["Outcome 4.2", "More offenders brought to justice", "Charge rate for rape and stalking", "5.2%"]],
            [70, 150, 190, 70], head_bg=ACC, zebra="E8EEF5")
    w.heading("Finance", 15)
    w.para("The police budget for 2026-27 is \u00a3318 million. My commissioning budget is \u00a34.6 million.")
    return [d.close()]
