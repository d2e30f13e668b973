"""designer_spreads: a designed domestic abuse strategy exported "as spreads": a single portrait cover, then
landscape PDF pages each holding two printed pages side by side, each half with its own printed page number.
The printed numbers (and the contents page) never match the PDF page index; the priorities run across the
right half of one spread and the left half of the next."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import rl_kit as R

NAME = "designer_spreads"
TITLE = "Wyndford Domestic Abuse Strategy 2025–2028"
ACC = "00697A"
PW, PH = A4                  # one printed page
SW = 2 * PW                  # a spread
M = 50

PRIORITIES = [
    ("Early identification and intervention",
     "Most victims have contact with a GP, a school or a hospital long before they reach specialist help. "
     "Every contact is a chance to ask.",
     ["train GPs, midwives, health visitors and school staff to ask about domestic abuse and respond well",
      "put domestic abuse advisers in the hospital and the family hubs",
      "make Operation Encompass notifications reach schools before the start of the school day"]),
    ("Safe accommodation and support for every victim-survivor",
     "Nobody should have to choose between staying with an abuser and becoming homeless.",
     ["increase refuge and dispersed safe accommodation from 18 to 30 units",
      "offer the sanctuary scheme to every victim who wants to stay in their own home",
      "fund specialist support for disabled, older and LGBT+ victims"]),
    ("Children and young people affected by domestic abuse",
     "Children are victims of domestic abuse in their own right under the Domestic Abuse Act 2021.",
     ["cut the waiting time for children's recovery programmes to under eight weeks",
      "deliver healthy relationships work in every secondary school",
      "support young people who experience abuse in their own relationships"]),
    ("Challenging and changing perpetrator behaviour",
     "Unless perpetrators change, they go on to abuse new partners. We will hold them to account and offer "
     "them a route to change.",
     ["offer an accredited behaviour change programme to every medium and high-risk perpetrator",
      "use Domestic Abuse Protection Orders as soon as they are available",
      "share information on serial perpetrators through MATAC"]),
]


def _page_number(c, n, side):
    if side == "left":
        R.text(c, M, 28, str(n), font="Sans-Bold", size=10, color=ACC)
        R.text(c, M + 18, 28, "Wyndford Domestic Abuse Strategy 2025–2028", size=8, color="777777")
    else:
        R.text(c, SW - M, 28, str(n), font="Sans-Bold", size=10, color=ACC, anchor="right")
        R.text(c, SW - M - 18, 28, "Domestic abuse is everyone's business", size=8, color="777777",
               anchor="right")


def _half(c, side, top=PH - 60):
    x = M if side == "left" else PW + M
    return R.Writer(c, x, top, PW - 2 * M, bottom=55, accent=ACC)


def _priority(w, n, name, why, wewill):
    c = w.c
    y = w.y
    c.saveState()
    c.setFillColor(R.hexc(ACC))
    c.circle(w.x + 20, y - 20, 20, stroke=0, fill=1)
    c.restoreState()
    R.text(c, w.x + 20, y - 29, str(n), font="Sans-Bold", size=24, color="FFFFFF", anchor="center")
    w.x += 52
    w.width -= 52
    w.heading(name, 17, before=0)
    w.para(why)
    w.para("<b>We will:</b>", after=2)
    w.bullets(wewill, size=10)
    w.x -= 52
    w.width += 52
    w.space(16)


def build(out: Path) -> Path:
    path = out / f"{NAME}.pdf"
    c = R.make_canvas(path, TITLE, "Wyndford Council")

    # PDF page 1: cover (printed page 1, no number)
    R.box(c, 0, 0, PW, PH, ACC)
    R.text(c, M, PH - 180, "Wyndford", size=20, color="BFE3E8")
    R.text(c, M, PH - 230, "Domestic Abuse", font="Sans-Bold", size=40, color="FFFFFF")
    R.text(c, M, PH - 275, "Strategy 2025–2028", font="Sans-Bold", size=30, color="FFFFFF")
    R.text(c, M, 90, "Wyndford Council · Wyndford Domestic Abuse Local Partnership Board", size=10, color="FFFFFF")
    c.showPage()

    c.setPageSize((SW, PH))
    # PDF page 2: printed pages 2 | 3
    w = _half(c, "left")
    w.heading("Contents", 20)
    for t, p in [("Foreword", 3), ("Domestic abuse in Wyndford", 4), ("What survivors told us", 5),
                 ("Our vision and principles", 6), ("Our priorities", 7), ("Delivering the strategy", 9),
                 ("Measuring success", 10)]:
        w.para(f"<b>{p}</b>&nbsp;&nbsp;&nbsp;{t}", size=12, after=8)
    w.space(20)
    R.box(c, w.x - 10, w.y - 130, w.width + 20, 130, "E0F1F3")
    w.space(12)
    w.heading("If you need help now", 13, before=0)
    w.para("In an emergency call 999. If you cannot speak, press 55 when prompted.")
    w.para("Wyndford Domestic Abuse Service: 01632 960 580 (Monday to Friday, 9am to 5pm)")
    w.para("National Domestic Abuse Helpline: 0808 2000 247 (24 hours)")
    _page_number(c, 2, "left")
    w = _half(c, "right")
    w.heading("Foreword", 20)
    for t in ["Domestic abuse is the most common violent crime in Wyndford. Last year the police recorded 3,120 "
              "domestic abuse incidents and crimes, and we know that most abuse is never reported.",
              "This strategy is our response to the Domestic Abuse Act 2021 and to what survivors told us. It "
              "replaces the 2021–2024 strategy and our Safe Accommodation Strategy, bringing them together.",
              "Over the next three years we will focus on four priorities, set out on pages 7 and 8. They are "
              "about finding abuse earlier, keeping people safe, supporting children and stopping perpetrators.",
              "We are grateful to the survivors who shared their experiences with us. This strategy is "
              "dedicated to them."]:
        w.para(t, size=11)
    w.para("<i>Councillor Sarah Whitcombe, Chair, Wyndford Domestic Abuse Local Partnership Board</i>", size=10)
    _page_number(c, 3, "right")
    c.showPage()

    # PDF page 3: printed pages 4 | 5
    w = _half(c, "left")
    w.heading("Domestic abuse in Wyndford", 20)
    w.para("Wyndford has a population of 134,000. Domestic abuse is reported in every ward, but rates are "
           "highest in the town centre and in Millbrook.")
    tiles = [("3,120", "incidents and crimes recorded"), ("368", "high-risk cases at MARAC"),
             ("27%", "repeat MARAC cases"), ("1,410", "children in households referred")]
    y = w.y
    for i, (big, small) in enumerate(tiles):
        x = w.x + (i % 2) * 250
        yy = y - (i // 2) * 95
        R.box(c, x, yy - 85, 235, 80, "E0F1F3")
        R.text(c, x + 12, yy - 42, big, font="Sans-Bold", size=28, color=ACC)
        R.text(c, x + 12, yy - 66, small, size=10)
    w.space(200)
    w.heading("The Domestic Abuse Act 2021", 13)
    w.para("The Act created a statutory definition of domestic abuse covering physical or sexual abuse, "
           "violent or threatening behaviour, controlling or coercive behaviour, economic abuse and "
           "psychological or emotional abuse. It places a duty on the council to assess the need for, and "
           "provide support in, safe accommodation.")
    _page_number(c, 4, "left")
    w = _half(c, "right")
    w.heading("What survivors told us", 20)
    w.para("We heard from 74 survivors through surveys, focus groups and one-to-one conversations. They told us:")
    w.bullets(["“I told my GP three times and nobody asked what was really happening.”",
               "they had to tell their story to too many different people",
               "leaving meant losing their home, their job and their children's school",
               "children's support came too late, after months on a waiting list",
               "they wanted the abuser to be challenged, not just managed"], size=10.5)
    w.heading("Our previous strategy", 13)
    w.para("The 2021–2024 strategy had three themes: prevention, provision and protection. The board's review "
           "found good progress on provision, especially safe accommodation, but too little on prevention.")
    _page_number(c, 5, "right")
    c.showPage()

    # PDF page 4: printed pages 6 | 7
    w = _half(c, "left")
    w.heading("Our vision", 20)
    w.para("Everyone in Wyndford can live a life free from domestic abuse, and those who experience it get "
           "the help they need, when they need it.", size=13, color=ACC)
    w.heading("Our principles", 15)
    w.bullets(["<b>Survivor-led</b>: survivors shape our services and sit on our board",
               "<b>Think family</b>: we support the whole family, including children",
               "<b>Inclusive</b>: we remove barriers for disabled, older, LGBT+ and minoritised victims",
               "<b>Trauma-informed</b>: we understand the effect of trauma and avoid re-traumatising people",
               "<b>Accountable</b>: we report openly on what is and is not working"], size=10.5)
    w.heading("How we chose our priorities", 15)
    w.para("We used the safe accommodation needs assessment, the domestic homicide review learning, police and "
           "MARAC data and what survivors told us. The board agreed four priorities in May 2025.")
    _page_number(c, 6, "left")
    w = _half(c, "right")
    w.heading("Our priorities", 22, after=12)
    for n in (1, 2):
        _priority(w, n, *PRIORITIES[n - 1])
    R.box(c, w.x, w.y - 150, w.width, 150, "E0F1F3")
    w.space(14)
    w.x += 14; w.width -= 28
    w.heading("Jade's story", 13, before=0)
    w.para("<i>“When I left I had two bags and my son. The refuge gave us a room the same night, and my "
           "support worker helped me keep my job. A year on we have our own flat. I didn't think that was "
           "possible.”</i>", size=10.5)
    w.para("Jade was supported by the Wyndford refuge and the sanctuary scheme in 2024.", size=9, color="555555")
    w.x -= 14; w.width += 28
    _page_number(c, 7, "right")
    c.showPage()

    # PDF page 5: printed pages 8 | 9
    w = _half(c, "left")
    w.space(8)
    for n in (3, 4):
        _priority(w, n, *PRIORITIES[n - 1])
    _page_number(c, 8, "left")
    w = _half(c, "right")
    w.heading("Delivering the strategy", 20)
    w.para("The Domestic Abuse Local Partnership Board will oversee this strategy. It meets quarterly and "
           "reports to the Safer Wyndford Partnership and the Safeguarding Adults and Children's Partnerships.")
    w.heading("Who is on the board", 13)
    w.bullets(["Wyndford Council: housing, children's and adults' services, public health",
               "Wyndford Police", "Probation Service", "NHS Wyndford Integrated Care Board",
               "specialist domestic abuse services", "two survivor representatives"], size=10.5)
    w.heading("Links to other plans", 13)
    w.para("The Police and Crime Commissioner's Police and Crime Plan priorities, “Protect vulnerable people” "
           "and “Support victims”, and the Government's Tackling Domestic Abuse Plan (prevent, support, pursue, "
           "a stronger system) both inform this strategy.")
    _page_number(c, 9, "right")
    c.showPage()

    # PDF page 6: printed pages 10 | back cover
    w = _half(c, "left")
    w.heading("Measuring success", 20)
    w.table([["Measure", "Baseline", "Ambition"], ["Repeat MARAC cases", "27%", "22%"],
             ["Referrals from health services", "9%", "20%"],
             ["Safe accommodation units", "18", "30"],
             ["Children waiting for recovery support", "14 weeks", "8 weeks"],
             ["Perpetrators starting a programme", "46", "120"]], [250, 120, 125], head_bg=ACC, size=10)
    w.para("We will publish an annual progress report every autumn.")
    _page_number(c, 10, "left")
    R.box(c, PW, 0, PW, PH, ACC)
    R.text(c, PW + M, 140, "Wyndford Council, Civic Centre, Wyndford", size=11, color="FFFFFF")
    R.text(c, PW + M, 122, "domesticabuse@wyndford.example.gov.uk", size=11, color="FFFFFF")
    R.text(c, PW + M, 104, "This document is available in large print and other languages on request.", size=9,
           color="FFFFFF")
    c.showPage()
    c.save()
    return path
