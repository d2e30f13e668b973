"""Kilverton Fire and Rescue Service: "Community Risk Management Plan 2027-2031" (reportlab, A4 portrait,
4 pages, fire-service red and charcoal).

A fire and rescue service's CRMP in the sector's own vocabulary. The Service's priorities are its four
"strategic commitments" (p3), each a bold sentence under a red capitals kicker (PREVENT, PROTECT, RESPOND,
COMMUNITIES), in four bands; the page says they are "our priorities for the life of this plan". Look-alikes
that are more prominent or come first: SIX RISK THEMES (p2) as big tiles with short names and risk scores; the
CONSULTATION PROPOSALS (p4), "Proposal 1" to "Proposal 3", each a large red heading with an "Agreed" /
"Agreed with changes" / "Not taken forward" decision; the national Core Code of Ethics' five principles and the
inspectorate's three pillars (p4)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

import common
from rl_kit import Writer, box, make_canvas, para_at, text

NAME = "risk_themes_proposals_fire_crmp_other"
RED, CHAR, PALE = "C8102E", "2D2926", "F3F1EE"
W, H = A4
COMMITMENTS = [
    ("PREVENT", "Prevent fires and other emergencies by targeting our safety work at the people most at risk",
     "Safe and Well visits for 12,000 homes a year, chosen with health and social care data."),
    ("PROTECT", "Keep people safe in the buildings where they live, work and visit by enforcing fire safety law "
     "where the risk is highest",
     "A risk-based inspection programme, with high-rise residential buildings and sleeping risk first."),
    ("RESPOND", "Reach every emergency quickly, with the right people and equipment, wherever it happens in Kilverton",
     "An average response to dwelling fires of under 10 minutes in every district."),
    ("COMMUNITIES", "Work with partners to reduce deliberate fires and anti-social behaviour in the areas worst "
     "affected",
     "With the four Community Safety Partnerships: joint patrols, youth diversion and rapid clear-up of fly-tipping."),
]
THEMES = [("Fires in the home", "High"), ("Road traffic collisions", "High"), ("Deliberate fires", "High"),
          ("Water and flooding", "Medium"), ("Wildfire", "Medium"), ("Fires in business premises", "Medium")]


def furniture(c, n):
    box(c, 0, H - 30, W, 30, CHAR)
    text(c, 40, H - 19, "KILVERTON FIRE AND RESCUE SERVICE", "Sans-Bold", 9, "FFFFFF", char_space=1)
    text(c, W - 40, H - 19, "Community Risk Management Plan 2027-2031", "Sans", 9, "FFFFFF", anchor="right")
    box(c, 0, 0, W, 6, RED)
    text(c, W - 40, 20, str(n), "Sans-Bold", 9, CHAR, anchor="right")


def page1(c):
    box(c, 0, H - 360, W, 360, CHAR)
    box(c, 0, H - 366, W, 6, RED)
    text(c, 40, H - 60, "KILVERTON FIRE AND RESCUE SERVICE", "Sans-Bold", 11, "FFFFFF", char_space=1.2)
    text(c, 40, H - 180, "Community Risk", "Sans-Bold", 36, "FFFFFF")
    text(c, 40, H - 222, "Management Plan", "Sans-Bold", 36, "FFFFFF")
    text(c, 40, H - 262, "2027-2031", "Sans", 22, "F4A6B3")
    text(c, 40, H - 320, "Making Kilverton safer: our plan for the next four years", "Sans-Italic", 12, "FFFFFF")
    w = Writer(c, 40, H - 395, W - 80, bottom=40)
    w.heading("Foreword from the Chief Fire Officer and the Chair of the Fire Authority", size=14, color=RED)
    w.para("Every fire and rescue authority must publish a Community Risk Management Plan that identifies the "
           "risks our communities face and says how we will use our resources to reduce them. This plan follows "
           "twelve weeks of public consultation in the autumn of 2026, when 2,317 people and 41 organisations "
           "told us what they thought of our proposals.")
    w.para("Fewer homes catch fire than ten years ago, but the people who die in fires are increasingly older, "
           "living alone, and known to other services. Deliberate fires, most of them linked to anti-social "
           "behaviour, rose by a fifth in two years. Our risk analysis, our commitments and the decisions we "
           "have taken after consultation are set out in the pages that follow.")
    w.para("<i>Chief Fire Officer Daniel Okoro-Pryce and Cllr Janet Wilmcote, Chair, Kilverton Fire Authority</i>",
           size=9.5, color="595959")
    text(c, W - 40, 20, "1", "Sans-Bold", 9, CHAR, anchor="right")


def page2(c):
    furniture(c, 2)
    w = Writer(c, 40, H - 58, W - 80, bottom=40)
    w.heading("Understanding risk in Kilverton", size=20, color=CHAR)
    w.para("Our community risk profile combines ten years of incident data with census, health and deprivation "
           "data. It groups the foreseeable risks into six risk themes. Each theme is scored for likelihood and "
           "impact, and the score decides how much of our prevention, protection and response effort goes to it.")
    tw, th, gap = (W - 80 - 2 * 12) / 3, 92, 12
    y = w.y - 6
    for i, (name, score) in enumerate(THEMES):
        col, row = i % 3, i // 3
        x, top = 40 + col * (tw + gap), y - row * (th + gap)
        box(c, x, top - th, tw, th, PALE)
        box(c, x, top - 5, tw, 5, RED)
        text(c, x + 10, top - 22, "RISK THEME", "Sans-Bold", 8, RED, char_space=0.8)
        para_at(c, name, x + 10, top - 30, tw - 20, font="Sans-Bold", size=14, color=CHAR, leading=17)
        text(c, x + 10, top - th + 12, f"Risk rating: {score}", "Sans", 9, "595959")
    w.y = y - 2 * (th + gap) - 6
    w.heading("What the analysis tells us", size=14, color=RED)
    w.bullets(["72% of people who died in accidental dwelling fires in the last five years were over 65; two "
               "thirds were known to adult social care.",
               "Road traffic collisions are now our most frequent life-risk incident, with the A52 and A614 "
               "corridors the worst.",
               "Deliberate fires (bins, vehicles, grassland and empty buildings) are concentrated in eight wards; "
               "most happen between 4pm and 10pm.",
               "Hotter, drier summers mean more wildfires on Kilverton Moor, and flooding in the Medwin valley is "
               "more frequent."])


def page3(c):
    furniture(c, 3)
    w = Writer(c, 40, H - 58, W - 80, bottom=40)
    w.heading("Our strategic commitments", size=20, color=CHAR)
    w.para("The Fire Authority has agreed four strategic commitments. They are our priorities for the life of "
           "this plan, and every department's annual plan, every station plan and our budget are built around "
           "them.")
    y = w.y - 4
    for kicker, title, desc in COMMITMENTS:
        box(c, 40, y - 96, W - 80, 96, PALE)
        box(c, 40, y - 96, 6, 96, RED)
        text(c, 60, y - 22, kicker, "Sans-Bold", 10, RED, char_space=1.2)
        h = para_at(c, title, 60, y - 32, W - 130, font="Sans-Bold", size=13.5, color=CHAR, leading=17)
        para_at(c, desc, 60, y - 40 - h, W - 130, size=10, color="595959", leading=13)
        y -= 108
    w.y = y - 2
    w.para("Our people, our finances and our use of technology are the enablers that make the commitments "
           "possible; they are covered in our People Strategy and our Medium Term Financial Plan.", size=10)


def page4(c):
    furniture(c, 4)
    w = Writer(c, 40, H - 58, W - 80, bottom=40)
    w.heading("What we proposed, and what we decided", size=20, color=CHAR)
    w.para("We consulted on three proposals to match our resources to risk. The Fire Authority considered the "
           "consultation report on 9 February 2027.")
    for n, (title, decision, body) in enumerate([
            ("Change Medwin fire station from wholetime to on-call crewing at night", "Agreed with changes",
             "Night-time calls at Medwin average 0.6 a night. The change will go ahead in 2028, a year later "
             "than proposed, with a second on-call appliance at Oxbridge Lane."),
            ("Create a dedicated road safety and water safety team", "Agreed",
             "Six posts funded from the savings in Proposal 1, working with the Wrenfield Safer Roads "
             "Partnership."),
            ("Charge for attending repeated false alarms from automatic fire alarms", "Not taken forward",
             "Most respondents supported the idea, but businesses asked for more time. We will review it in "
             "2028.")], 1):
        w.heading(f"Proposal {n}: {title}", size=13, color=RED, before=6)
        w.para(f"<b>Decision: {decision}.</b> {body}", size=10)
    w.heading("Our values and standards", size=14, color=CHAR, before=8)
    w.para("We follow the Core Code of Ethics for fire and rescue services in England, and its five ethical "
           "principles:", size=10)
    w.bullets(["Putting our communities first", "Integrity", "Dignity and respect", "Leadership",
               "Equality, diversity and inclusion"], size=10)
    w.para("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services inspects us against three "
           "pillars: effectiveness, efficiency and people. Our last inspection graded us \u201cAdequate\u201d in "
           "all three.", size=10)


def build(path: Path) -> None:
    c = make_canvas(path, "Kilverton Fire and Rescue Service Community Risk Management Plan 2027-2031",
                    "Kilverton Fire and Rescue Service")
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
