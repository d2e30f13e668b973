"""Harrowmere Health and Wellbeing Board: "Healthier, Safer Harrowmere", the Joint Local Health and Wellbeing
Strategy 2027-2032 (reportlab, A4 portrait, 4 pages, NHS-style blues).

A health-sector strategy with a community-safety strand. The board's priorities are called "system
priorities": five numbered discs with a bold line each under "Our five system priorities" (p3), two of which are
the community-safety strand (violence, domestic abuse and alcohol; drugs). The health sector's own frameworks
look more like priorities than the priorities do: the THREE LIFE-COURSE AMBITIONS "Start well", "Live well",
"Age well" in big coloured banners (p2, the largest type in the document after the cover), the "building
blocks of health" tiles (p2), and CORE20PLUS5 on p4, whose "5" clinical areas are FIVE NUMBERED DISCS of the
same design as the priorities. The ICB's four national purposes are a sentence (p1)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import common
from rl_kit import Writer, box, hexc, make_canvas, para_at, text

NAME = "core20plus5_ambitions_health_wellbeing_other"
NAVY, BLUE, PALE, AQUA = "003087", "005EB8", "E8EDEE", "00A499"
W, H = A4
PRIORITIES = [
    ("Give every child the best start, with support for families from pregnancy to age five",
     "Health visiting, family hubs and parenting support in the six neighbourhoods with the poorest outcomes."),
    ("Reduce the harm caused by violence, domestic abuse and alcohol in our communities",
     "With the Safer Harrowmere Partnership: a public health approach to violence, and alcohol care teams in A&amp;E."),
    ("Help people live free from drug dependence, with treatment that is easy to reach",
     "More people in treatment, shorter waits and recovery support in every town, as our drug strategy sets out."),
    ("Improve mental health and wellbeing, and prevent suicide",
     "Talking therapies in community venues, and a suicide prevention plan that reaches men aged 35 to 55."),
    ("Make healthy homes and good work part of everyone's life in Harrowmere",
     "Warm, safe homes and fair work, because money, housing and jobs shape health more than health care does."),
]
CORE5 = ["Maternity: continuity of care for women from Black and Asian backgrounds and the most deprived areas",
         "Severe mental illness: annual health checks for 60% of people living with SMI",
         "Chronic respiratory disease: flu, COVID-19 and pneumococcal vaccination uptake",
         "Early cancer diagnosis: 75% of cases diagnosed at stage 1 or 2 by 2028",
         "Hypertension case-finding and lipid management"]


def header(c, n):
    box(c, 0, H - 34, W, 34, NAVY)
    text(c, 40, H - 22, "Healthier, Safer Harrowmere", "Sans-Bold", 10, "FFFFFF")
    text(c, W - 40, H - 22, "Joint Local Health and Wellbeing Strategy 2027-2032", "Sans", 9, "FFFFFF",
         anchor="right")
    text(c, W / 2, 24, str(n), "Sans", 9, "595959", anchor="center")


def disc(c, x, y, n, fill):
    c.saveState()
    c.setFillColor(hexc(fill))
    c.circle(x, y, 13, stroke=0, fill=1)
    c.restoreState()
    text(c, x, y - 5, str(n), "Sans-Bold", 14, "FFFFFF", anchor="center")


def page1(c):
    box(c, 0, H - 330, W, 330, BLUE)
    text(c, 40, H - 60, "Harrowmere Health and Wellbeing Board", "Sans-Bold", 13, "FFFFFF")
    text(c, 40, H - 76, "with Harrowmere and Netherfold Integrated Care Board", "Sans", 10.5, "FFFFFF")
    text(c, 40, H - 170, "Healthier, Safer", "Sans-Bold", 38, "FFFFFF")
    text(c, 40, H - 212, "Harrowmere", "Sans-Bold", 38, "FFFFFF")
    text(c, 40, H - 250, "Joint Local Health and Wellbeing Strategy 2027-2032", "Sans", 15, "FFFFFF")
    w = Writer(c, 40, H - 360, W - 80, bottom=50)
    w.heading("Foreword", size=16, color=NAVY)
    w.para("This is the third joint local health and wellbeing strategy for Harrowmere, and the first written "
           "with the Integrated Care Partnership. It is a strategy for the whole system: the council, the NHS, "
           "the police, housing providers, schools and the voluntary and community sector.")
    w.para("People in Harrowmere's most deprived neighbourhoods die nine years earlier than those in the least "
           "deprived. Some of the widest gaps are caused not by illness but by violence, abuse, alcohol and drugs. "
           "That is why, for the first time, community safety sits at the heart of this strategy, and why the "
           "Safer Harrowmere Partnership has helped to write it.")
    w.para("The strategy also supports the four purposes every integrated care system was set up to serve: "
           "improving outcomes in population health and health care; tackling inequalities in outcomes, "
           "experience and access; enhancing productivity and value for money; and helping the NHS support "
           "broader social and economic development.")
    w.para("<i>Cllr Rosalind Achebe-Lane, Chair, Harrowmere Health and Wellbeing Board, and Dr Tom Quarrie, "
           "Place Director, Harrowmere and Netherfold Integrated Care Board</i>", size=9.5, color="425563")
    header(c, 1)


def page2(c):
    header(c, 2)
    w = Writer(c, 40, H - 60, W - 80, bottom=50)
    w.heading("Our ambitions", size=20, color=NAVY)
    w.para("Our strategy follows people through their lives. These three ambitions describe what we want for "
           "everyone in Harrowmere, at every age. They frame the whole strategy; the system priorities on the "
           "next page are where we will focus together for the next five years.")
    y = w.y - 6
    for name, body, fill in [("Start well", "Every child has a healthy, safe and happy start in life and grows up "
                              "ready for school, work and adulthood.", BLUE),
                             ("Live well", "Adults live healthy, independent lives in safe, connected "
                              "communities, with good work and a decent home.", AQUA),
                             ("Age well", "Older people stay well, active and connected, live safely at home "
                              "for longer and are treated with dignity.", "330072")]:
        box(c, 40, y - 78, W - 80, 78, fill, radius=6)
        text(c, 58, y - 38, name, "Sans-Bold", 26, "FFFFFF")
        para_at(c, body, 230, y - 16, W - 290, size=11, color="FFFFFF", leading=14)
        y -= 90
    w.y = y - 6
    w.heading("The building blocks of health", size=15, color=NAVY)
    w.para("Around 80% of what makes people healthy happens outside health care. Every partner on the Board can "
           "strengthen these building blocks:")
    x, ty = 40, w.y - 4
    tw = (W - 80 - 4 * 8) / 5
    for name in ["Homes", "Work and money", "Safe places", "Education and skills", "Friends and community"]:
        box(c, x, ty - 46, tw, 46, PALE, radius=4)
        para_at(c, name, x + 6, ty - 10, tw - 12, font="Sans-Bold", size=10, color=NAVY, leading=12)
        x += tw + 8
    w.y = ty - 60
    w.heading("What people told us", size=15, color=NAVY)
    w.para("1,240 people took part in our \u201cBig Health Conversation\u201d in 2026. Feeling safe in their own "
           "neighbourhood was the third most common thing they said mattered to their health, after a good "
           "GP and enough money to live on.")


def page3(c):
    header(c, 3)
    w = Writer(c, 40, H - 60, W - 80, bottom=50)
    w.heading("Our five system priorities", size=20, color=NAVY)
    w.para("The Board and the Integrated Care Partnership have agreed five system priorities for 2027-2032. They "
           "are the things we can only change by working together, and each partner will show in its own plans "
           "how it contributes. Priorities 2 and 3 are shared with the Safer Harrowmere Partnership and are our "
           "community safety strand.")
    y = w.y - 8
    for i, (title, desc) in enumerate(PRIORITIES, 1):
        fill = AQUA if i in (2, 3) else BLUE
        box(c, 40, y - 84, W - 80, 84, PALE, radius=5)
        disc(c, 68, y - 30, i, fill)
        h = para_at(c, title, 94, y - 14, W - 150, font="Sans-Bold", size=12.5, color=NAVY, leading=15)
        para_at(c, desc, 94, y - 20 - h, W - 150, size=9.5, color="425563", leading=12)
        y -= 94
    w.y = y - 4
    w.para("<b>Community safety strand.</b> Priorities 2 and 3 are delivered through the Safer Harrowmere "
           "Partnership's Serious Violence Strategy and the Harrowmere Combating Drugs Partnership, with the "
           "Director of Public Health as the Board's lead.", size=10)


def page4(c):
    header(c, 4)
    w = Writer(c, 40, H - 60, W - 80, bottom=50)
    w.heading("How the NHS will play its part: Core20PLUS5", size=17, color=NAVY)
    w.para("Core20PLUS5 is NHS England's approach to reducing health inequalities. The ICB will use it alongside "
           "this strategy. <b>Core20</b> is the most deprived 20% of the population; <b>PLUS</b> groups are "
           "chosen locally (in Harrowmere: people experiencing homelessness, Gypsy, Roma and Traveller "
           "communities, and people leaving prison); the <b>5</b> are five clinical areas of focus:")
    y = w.y - 4
    for i, t in enumerate(CORE5, 1):
        disc(c, 58, y - 12, i, BLUE)
        para_at(c, t, 82, y - 5, W - 130, font="Sans-Bold", size=10.5, color=NAVY, leading=13)
        y -= 34
    w.y = y - 6
    w.heading("How we will know it is working", size=15, color=NAVY)
    w.table([["Measure", "Now", "2032"],
             ["Gap in healthy life expectancy between most and least deprived areas", "16.8 years", "14 years"],
             ["Hospital admissions for violence (per 100,000)", "52", "40"],
             ["Domestic abuse incidents with a repeat victim", "38%", "30%"],
             ["Adults in drug treatment", "1,960", "2,500"],
             ["Suicide rate (per 100,000)", "12.1", "9.5"]],
            [300, 100, 115], head_bg=NAVY, size=9)
    w.heading("Governance", size=15, color=NAVY)
    w.para("The Health and Wellbeing Board owns this strategy and reviews one system priority in depth at each "
           "meeting. The Safer Harrowmere Partnership reports to the Board twice a year on the community safety "
           "strand. An annual report will be published each autumn.")


def build(path: Path) -> None:
    c = make_canvas(path, "Healthier, Safer Harrowmere: Joint Local Health and Wellbeing Strategy 2027-2032",
                    "Harrowmere Health and Wellbeing Board")
    for p in (page1, page2, page3, page4):
        p(c)
        c.showPage()
    c.save()


def finish(work: Path, out: Path) -> list[Path]:
    tmp = work / f"{NAME}.pdf"
    build(tmp)
    pdf = common.publish(tmp, out / f"{NAME}.pdf")
    assert common.pdf_pages(pdf) == 4
    return [pdf]
